"""CPU time of every parse stage per document, to see where the milliseconds go.

Each field extractor that :mod:`briefing.extract.pipeline` calls is wrapped
with a timer for the run (the pipeline looks them up as module globals), so
the figures add up to the whole parse. Times are CPU time, not wall time:
other processes on the machine do not inflate them. Every file is parsed
once before timing, so one-off costs (compiling patterns, loading lexicons)
are left out.

    python benchmarks/stages.py FILE_OR_FOLDER... [--passes 3]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterator
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
    order = ["read", "clean", "extract (all fields)", *EXTRACTORS, "model_dump_json", "total"]
    return {name: best[name] for name in order if name in best}


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
    args = parser.parse_args()
    for name, ms in stage_times(_files(args.paths), args.passes).items():
        print(f"{name:24s} {ms:7.2f} ms/doc")


if __name__ == "__main__":
    main()
