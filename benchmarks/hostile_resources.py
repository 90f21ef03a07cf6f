"""Time and peak memory of ``briefing`` on inputs that attack time and memory (issue 18).

Usage: ``python benchmarks/hostile_resources.py [--items N] [--briefing PATH]``

Builds each input in a temporary folder (``tests/hostile_samples.py``), runs
the command line on it in a child process and prints one Markdown table
row per case: wall time, peak resident memory of the largest process (the
parent or a worker: ``ru_maxrss`` of the children) and what the run said.
``--briefing`` names another checkout's ``briefing`` command to compare with
(add ``--skip-fifo`` there: a FIFO hangs an unfixed run for ever). Never
give ``-o /dev/null`` to an unfixed run as root: it replaces the device.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile_samples as samples  # noqa: E402 (the tests' builders)

BUILD_RECORDS = 20_000  # a briefing of some 850 pages: over a page limit of 500
MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=1800)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{done.returncode}\\t{peak:.0f}\\t{(done.stderr.strip().splitlines() or [''])[-1][:150]}")
"""


def measure(command: list[str]) -> tuple[float, str]:
    """Wall seconds, and "exit status | peak MB | last line of stderr", of one run."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                          text=True, check=False)
    seconds = time.monotonic() - started
    status, peak, said = [*done.stdout.strip().split("\t"), "", "", ""][:3]
    return seconds, f"{status} | {peak} MB | {said.replace('|', '/')}"


def build_inputs(folder: Path, items: int) -> dict[str, Path]:
    """The inputs of issue 18, made here."""
    made = {
        "dense.pdf": samples.dense_pdf(200, 10_000),
        "inflating.pdf": samples.inflating_pdf(1200 * 1024 * 1024),
        "items.jsonl": samples.jsonl_documents(items),
    }
    paths = {}
    for name, data in made.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    paths["big.docx"] = folder / "big.docx"
    samples.big_docx(paths["big.docx"], paragraphs=450_000)
    paths["fifo.txt"] = folder / "fifo.txt"
    os.mkfifo(paths["fifo.txt"])
    paths["zero.txt"] = folder / "zero.txt"
    paths["zero.txt"].symlink_to("/dev/zero")
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000,
                        help="items of the JSON Lines document file (default 200,000)")
    parser.add_argument("--briefing", default=str(ROOT / ".venv" / "bin" / "briefing"))
    parser.add_argument("--skip-fifo", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = build_inputs(folder, args.items)
        out = folder / "out.jsonl"
        cases = [
            ("FIFO, --timeout 2", ["fifo.txt", "--timeout", "2"]),
            ("symlink to /dev/zero", ["zero.txt"]),
            ("dense PDF (200 pages), --timeout 2", ["dense.pdf", "--timeout", "2"]),
            ("1.2 MB PDF inflating to 1.2 GB, --timeout 5", ["inflating.pdf", "--timeout", "5"]),
            ("56 MB DOCX", ["big.docx"]),
            (f"JSON Lines of {args.items:,} items", ["items.jsonl"]),
        ]
        print("| case | size | wall s | exit | peak | last line |")
        print("|---|---|---|---|---|---|")
        for name, (target, *options) in cases:
            if target == "fifo.txt" and args.skip_fifo:
                continue
            path = paths[target]
            size = path.stat().st_size if path.is_file() else 0
            seconds, said = measure([args.briefing, "parse", str(path), "--no-cache", "-q",
                                     "-o", str(out), *options])
            print(f"| {name} | {size / 2**20:.1f} MB | {seconds:.1f} | {said} |", flush=True)
        records = folder / "records.jsonl"  # the first of the last case's records
        with out.open(encoding="utf-8") as lines, records.open("w", encoding="utf-8") as head:
            head.writelines(line for _, line in zip(range(BUILD_RECORDS), lines, strict=False))
        seconds, said = measure([args.briefing, "build", str(records), "-o", str(folder / "b"),
                                 "--no-cache", "-q", "--max-pages", "500"])
        size = records.stat().st_size
        print(f"| build from {BUILD_RECORDS:,} of those records, --max-pages 500 | "
              f"{size / 2**20:.1f} MB | {seconds:.1f} | {said} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
