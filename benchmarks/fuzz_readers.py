"""Fuzz the readers, records files and the cache: mutated inputs must give documents, records
or a named error, nothing else.

Usage: ``python benchmarks/fuzz_readers.py [SECONDS]`` (default 60).

Seeds are the repository's ``seeds/`` texts and JSON Lines, plus an HTML
page, DOCX files (python-docx) and PDFs (hand-written and WeasyPrint) built
here; then a records file (``briefing parse`` output of the seeds), a cache
entry's payload and a whole cache database holding them. A mutated records
file must give records or named bad lines; a mutated payload a hit or a
miss; a mutated database a hit, a miss or a ``CacheError`` at opening.

With atheris installed, libFuzzer mutates them under coverage guidance
in a child process (a crash or hang there is reported, not fatal); without
it, a plain byte-mutation loop runs. Every exception that is not an
``InputError`` is printed once per place it was raised, with one input that
triggers it saved under ``benchmarks/results/fuzz/``.
"""

from __future__ import annotations

import contextlib
import io
import random
import subprocess
import sys
import tempfile
import time
import traceback
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = ROOT / "benchmarks" / "results" / "fuzz"
# Each seed starts with one byte naming the reader (or the records-file and cache targets),
# so that mutations keep the file type.
FORMATS = ("txt", "md", "html", "docx", "pdf", "json")
TARGETS = (*FORMATS, "records", "payload", "database")
RECORDS, PAYLOAD, DATABASE = (TARGETS.index(name) for name in ("records", "payload", "database"))
# A single input taking longer than this counts as a hang (libFuzzer -timeout).
HANG_SECONDS = 20


def build_seeds() -> list[bytes]:
    """Format byte + content for every seed file."""
    sys.path.insert(0, str(ROOT / "tests"))
    import ingest_samples as samples

    seeds = [(0, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    seeds.append((5, (ROOT / "seeds" / "gold.jsonl").read_bytes()))
    seeds.append((1, b"# Days of culture\n- **Rome**: [concert](https://x.org)\n| a | b |\n"))
    seeds.append((2, samples.NEWS_PAGE.encode()))
    seeds.append(
        (
            3,
            samples.docx_bytes(
                [("Report", "Heading 1"), ("Body text.", None)],
                table=[["a", "b"], ["c", "d"]],
                title="T",
            ),
        )
    )
    seeds.append((4, samples.pdf_bytes([["Page one line."], ["Page two."]], title="T")))
    seeds.append((4, _weasyprint_pdf(samples.NEWS_PAGE)))
    lines = _seed_records()
    seeds.append((RECORDS, "\n".join(lines).encode() + b"\n"))
    seeds.append((PAYLOAD, zlib.compress("\n".join(lines[:2]).encode(), 3)))
    seeds.append((DATABASE, _database(lines)))
    return [bytes([kind]) + data for kind, data in seeds]


def _seed_records() -> list[str]:
    """The JSON lines ``briefing parse`` writes for the seed texts."""
    from briefing.parsing import parse_path

    paths = sorted((ROOT / "seeds").glob("*.txt"))[:3]
    return [record.model_dump_json() for path in paths for record in parse_path(path)]


def _database(lines: list[str]) -> bytes:
    """A cache database holding each line under the hash :data:`CACHE_KEYS` names."""
    from briefing.batch.cache import RecordCache
    from briefing.options import ParseOptions

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cache.sqlite"
        with RecordCache(path, ParseOptions()) as cache:
            for key, line in zip(CACHE_KEYS, lines, strict=False):
                cache.put(key, [line])
        return path.read_bytes()  # closing the last connection folded the WAL in


CACHE_KEYS = [f"{n:064x}" for n in range(3)]


def _weasyprint_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=html).write_pdf())


def run_one(data: bytes) -> str | None:
    """Read one mutated input; the place of an unexpected exception, else ``None``."""
    from briefing.batch.cache import CacheError
    from briefing.errors import InputError

    if not data:
        return None
    kind = data[0] % len(TARGETS)
    try:
        if kind == RECORDS:
            _read_records(data[1:])
        elif kind == PAYLOAD:
            _read_payload(data[1:])
        elif kind == DATABASE:
            _read_database(data[1:])
        else:
            from briefing.ingest import read_document

            read_document(data[1:], path=f"fuzz.{TARGETS[kind]}")
    except (InputError, CacheError):
        return None
    except Exception as exc:  # what the fuzzer is looking for
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        return f"{type(exc).__name__} at {frame.filename}:{frame.lineno}: {str(exc)[:120]}"
    return None


def _read_records(data: bytes) -> None:
    """Every line of a records file is a record or a named bad line."""
    from briefing.batch.records_file import BadLine, load_records
    from briefing.schema import Record

    with tempfile.NamedTemporaryFile(suffix=".jsonl") as stream:
        stream.write(data)
        stream.flush()
        for item in load_records(stream.name, max_bytes=64 << 20, max_records=100_000):
            if not isinstance(item, Record | BadLine):
                raise TypeError(f"load_records gave {type(item).__name__}")


def _read_payload(data: bytes) -> None:
    """A cached payload reads back as records, or as a miss."""
    from briefing.batch import cache

    found = cache._records(data, "fuzz.txt")
    if found is not None and any(r.source.path != "fuzz.txt" for r in found):
        raise AssertionError("a cache hit kept another path")


def _read_database(data: bytes) -> None:
    """A mutated cache database gives hits, misses or a note; opening it may fail by name."""
    from briefing.batch.cache import RecordCache
    from briefing.options import ParseOptions

    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stderr(io.StringIO()):
        path = Path(folder) / "cache.sqlite"
        path.write_bytes(data)
        with RecordCache(path, ParseOptions()) as store:
            for key in CACHE_KEYS:
                store.get(key, "fuzz.txt")
            store.put(CACHE_KEYS[0], ['{"text": "x"}'])


def _record(place: str, data: bytes, seen: set[str]) -> None:
    key = place.split(": ", 1)[0]  # exception type and where it was raised
    if key in seen:
        return
    seen.add(key)
    FINDINGS.mkdir(parents=True, exist_ok=True)
    (FINDINGS / f"finding-{len(seen)}.bin").write_bytes(data)
    print(f"FOUND {place}", flush=True)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random byte flips, inserts, deletions, truncations or duplications."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if len(buffer) < 2:
            break
        at = rng.randrange(1, len(buffer))
        action = rng.randrange(5)
        if action == 0:
            buffer[at] = rng.randrange(256)
        elif action == 1:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif action == 2:
            del buffer[at : at + rng.randint(1, 64)]
        elif action == 3:
            del buffer[at:]
        else:
            size = rng.randint(1, 256)
            buffer[at:at] = buffer[at : at + size] * rng.randint(1, 4)
    return bytes(buffer)


def mutation_loop(seconds: float, seeds: list[bytes]) -> None:
    rng = random.Random(1)
    seen: set[str] = set()
    runs = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        data = mutate(rng.choice(seeds), rng)
        place = run_one(data)
        runs += 1
        if place:
            _record(place, data, seen)
    print(f"mutation loop: {runs} inputs, {len(seen)} distinct unexpected exceptions")


def atheris_worker(seconds: int, corpus: str) -> None:
    """Runs inside the child process: libFuzzer over the corpus directory."""
    import atheris

    with atheris.instrument_imports():
        import briefing.batch.cache
        import briefing.batch.records_file
        import briefing.ingest  # noqa: F401

    seen: set[str] = set()

    def target(data: bytes) -> None:
        place = run_one(data)
        if place:
            _record(place, data, seen)

    atheris.Setup(
        [
            sys.argv[0],
            corpus,
            f"-max_total_time={seconds}",
            f"-timeout={HANG_SECONDS}",
            "-rss_limit_mb=3072",
            "-print_final_stats=1",
        ],
        target,
    )
    atheris.Fuzz()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        atheris_worker(int(sys.argv[2]), sys.argv[3])
        return 0
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    seeds = build_seeds()
    try:
        import atheris  # noqa: F401
    except ImportError:
        mutation_loop(seconds, seeds)
        return 0
    with tempfile.TemporaryDirectory() as corpus:
        for number, seed in enumerate(seeds):
            (Path(corpus) / f"seed-{number}").write_bytes(seed)
        child = subprocess.run(
            [sys.executable, __file__, "--worker", str(seconds), corpus],
            capture_output=True,
            text=True,
            check=False,
        )
    report = [
        line
        for line in (child.stdout + child.stderr).splitlines()
        if line.startswith(("FOUND", "==", "stat::number_of_executed_units", "Done"))
        or "Timeout" in line
        or "crash" in line.lower()
    ]
    print("\n".join(report) or "(no output)")
    print(f"atheris exit status {child.returncode}")
    return 0 if child.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
