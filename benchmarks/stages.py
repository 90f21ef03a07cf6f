"""CPU time of every parse stage per document, to see where the milliseconds go.

Each field extractor that :mod:`briefing.extract.pipeline` calls is wrapped
with a timer for the run (the pipeline looks them up as module globals), so
the figures add up to the whole parse. Times are CPU time, not wall time:
other processes on the machine do not inflate them.

Two ways to warm up, since one-off costs (compiling patterns, loading
lexicons) are left out either way:

- ``--fresh`` (the honest figure for an archive): the files are split in two
  halves; a new process parses one half, then times one pass over the other,
  which it has never seen. Per-word and per-name memos hold only what other
  documents taught them, as when a batch reaches a new document.
- the default: every file is parsed once, then the same files are timed
  again (best of ``--passes``). Every memo is hot, so this is the floor the
  memos lead to on text seen before, not the cost of a new document.

    python benchmarks/stages.py FILE_OR_FOLDER... [--passes 3] [--fresh]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import briefing.extract.pipeline as pipeline
from briefing.clean import clean_document
from briefing.errors import InputError
from briefing.ingest import read_document
from briefing.options import ParseOptions
from briefing.schema import Source

EXTRACTORS = (
    "detect_language", "extract_published", "classify_kind", "extract_title", "find_dates",
    "extract_partners", "extract_assessments", "extract_themes", "extract_people",
    "extract_organisations", "extract_agreements", "extract_events", "extract_figures",
    "extract_academic", "extract_summary", "Record",
)


@contextmanager
def _timed_extractors(spent: Counter[str]) -> Iterator[None]:
    originals = {name: getattr(pipeline, name) for name in EXTRACTORS}

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started
        return timed

    for name, function in originals.items():
        setattr(pipeline, name, wrap(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)


def _parse(path: Path, data: bytes, spent: Counter[str], options: ParseOptions) -> int:
    clock = time.process_time
    started = clock()
    source = Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    try:
        raws = read_document(data, path=str(path), limits=options.limits)
    except InputError:  # a file no reader takes counts as no document
        return 0
    spent["read"] += clock() - started
    for raw in raws:
        started = clock()
        cleaned = clean_document(raw)
        spent["clean"] += clock() - started
        started = clock()
        record = pipeline.extract_record(cleaned, raw, source, options)
        spent["extract (all fields)"] += clock() - started
        started = clock()
        record.model_dump_json()
        spent["model_dump_json"] += clock() - started
    return len(raws)


def stage_times(files: list[Path], passes: int = 2) -> dict[str, float]:
    """CPU ms per document of each stage, warm, best of ``passes`` passes."""
    options = ParseOptions()
    inputs = [(path, path.read_bytes()) for path in files]
    for path, data in inputs:  # warm: patterns compiled, lexicons loaded
        _parse(path, data, Counter(), options)
    best: dict[str, float] = {}
    for _ in range(passes):
        spent: Counter[str] = Counter()
        with _timed_extractors(spent):
            documents = sum(_parse(path, data, spent, options) for path, data in inputs)
        total = sum(v for k, v in spent.items() if k not in EXTRACTORS)
        for name, seconds in [*spent.items(), ("total", total)]:
            best[name] = min(best.get(name, float("inf")), 1000 * seconds / max(documents, 1))
    return _ordered(best)


def _timed_pass(warm: list[Path], timed: list[Path]) -> tuple[Counter[str], int]:
    """Seconds per stage of one pass over ``timed``, after parsing ``warm``."""
    from briefing.extract.metadata.date_fallback import full_date

    for lang in ("en", "ru"):  # one-off: dateparser builds a parser per language at first use
        full_date("1.2.2003", lang)
    options = ParseOptions()
    for path in warm:
        _parse(path, path.read_bytes(), Counter(), options)
    inputs = [(path, path.read_bytes()) for path in timed]
    spent: Counter[str] = Counter()
    with _timed_extractors(spent):
        documents = sum(_parse(path, data, spent, options) for path, data in inputs)
    return spent, documents


def fresh_stage_times(files: list[Path], rounds: int = 3) -> dict[str, float]:
    """CPU ms per document of each stage on documents the process has not seen before.

    Each half of ``files`` is timed in its own new process that has first parsed
    the other half; best of ``rounds`` for each stage.
    """
    halves = [files[0::2], files[1::2]]
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent: Counter[str] = Counter()
        documents = 0
        for timed, warm in (halves, halves[::-1]):
            with ProcessPoolExecutor(max_workers=1) as pool:
                counted, found = pool.submit(_timed_pass, warm, timed).result()
            spent.update(counted)
            documents += found
        total = sum(v for k, v in spent.items() if k not in EXTRACTORS)
        for name, seconds in [*spent.items(), ("total", total)]:
            best[name] = min(best.get(name, float("inf")), 1000 * seconds / max(documents, 1))
    return _ordered(best)


def _ordered(times: dict[str, float]) -> dict[str, float]:
    order = ["read", "clean", "extract (all fields)", *EXTRACTORS, "model_dump_json", "total"]
    return {name: times[name] for name in order if name in times}


def _files(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in map(Path, args):
        found.extend(sorted(p for p in arg.iterdir() if p.is_file()) if arg.is_dir() else [arg])
    return found


def main() -> None:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--fresh", action="store_true",
                        help="time documents the process has not parsed before (see above)")
    args = parser.parse_args()
    files = _files(args.paths)
    times = fresh_stage_times(files, args.passes) if args.fresh else stage_times(files, args.passes)
    for name, ms in times.items():
        print(f"{name:24s} {ms:7.2f} ms/doc")


if __name__ == "__main__":
    main()
