"""Fuzz the readers: mutated real files must give documents or an ``InputError``, nothing else.

Usage: ``python benchmarks/fuzz_readers.py [SECONDS]`` (default 60).

Seeds are the repository's ``seeds/`` texts and JSON Lines, plus an HTML
page, DOCX files (python-docx) and PDFs (hand-written and WeasyPrint) built
here. With atheris installed, libFuzzer mutates them under coverage guidance
in a child process (a crash or hang there is reported, not fatal); without
it, a plain byte-mutation loop runs. Every exception that is not an
``InputError`` is printed once per place it was raised, with one input that
triggers it saved under ``benchmarks/results/fuzz/``.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = ROOT / "benchmarks" / "results" / "fuzz"
# Each seed starts with one byte naming the reader, so that mutations keep the file type.
FORMATS = ("txt", "md", "html", "docx", "pdf", "json")
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
    return [bytes([kind]) + data for kind, data in seeds]


def _weasyprint_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=html).write_pdf())


def run_one(data: bytes) -> str | None:
    """Read one mutated input; the place of an unexpected exception, else ``None``."""
    from briefing.errors import InputError
    from briefing.ingest import read_document

    if not data:
        return None
    fmt = FORMATS[data[0] % len(FORMATS)]
    try:
        read_document(data[1:], path=f"fuzz.{fmt}")
    except InputError:
        return None
    except Exception as exc:  # what the fuzzer is looking for
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        return f"{type(exc).__name__} at {frame.filename}:{frame.lineno}: {str(exc)[:120]}"
    return None


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
