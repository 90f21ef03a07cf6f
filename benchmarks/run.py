"""Speed and memory of briefing, written to benchmarks/results/latest.md (``make bench``).

Measures, on generated documents (benchmarks/generate.py, 1-6 KB of text
each, like real news items):
- parse throughput for 1,000 documents with -j 1 and -j N back to back:
  wall time, CPU time per document (the figure that holds on a loaded
  machine), documents/s;
- with ``--full``, growth: parse and build times for 100, 1,000 and 10,000
  documents, per document, so that linear growth can be read off;
- CPU milliseconds per document for every parse stage (in this process, warm),
  and the same total on the development corpus when ``../shared`` is there;
- a re-run of the same archive with a warm cache;
- parse_text on a 5 KB text against dateparser.search_dates on the same text
  (the figure the field notes warn about: ours must be at most 1/20 of it);
- the cold start of ``briefing parse small.txt``;
- build times (and, with ``--full``, benchmarks/bench_render.py: minutes of PDF, then
  issue 19's run at scale, the records of 3,300 generated documents with the annex:
  some 2,100 pages, a quarter of an hour);
- peak memory (resource.getrusage of the child processes).

    python benchmarks/run.py [--full] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

Row = tuple[str, str]


def run_cli(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one ``briefing`` command (output discarded)."""
    return run_cli_cpu(args, env)[0]


def run_cli_cpu(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (the process and its workers) of one ``briefing`` command."""
    before = _children_cpu()
    started = time.perf_counter()
    subprocess.run([str(BIN / "briefing"), *args], env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parsed(records: Path) -> tuple[int, int, float]:
    """Records written, how many failed, and the MB of the files they came from."""
    lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    failed = sum(r["status"] == "failed" for r in lines)
    size = sum(r["source"].get("size") or 0 for r in lines)
    return len(lines), failed, size / 1e6


def rates(records: Path, seconds: float, cpu: float) -> str:
    """Throughput counted on the documents actually read (formats without a reader are skipped)."""
    count, failed, megabytes = parsed(records)
    return (f"{seconds:.2f} s wall for {count:,} records ({failed} failed): "
            f"{count / seconds:.0f} docs/s, {megabytes / seconds:.2f} MB/s; "
            f"CPU {1000 * cpu / max(count, 1):.1f} ms/doc")


def throughput(work: Path, jobs: int, env: dict[str, str]) -> list[Row]:
    """-j 1 and -j ``jobs`` back to back on 1,000 documents."""
    rows = []
    corpus = work / "corpus1000"
    generate(corpus, 1000)
    for j in [1, jobs] if jobs > 1 else [jobs]:
        seconds, cpu = run_cli_cpu(["parse", str(corpus), "-o", str(work / "r.jsonl"),
                                    "--no-cache", "-j", str(j), "-q"], env)
        rows.append((f"parse 1,000 generated files, -j {j}",
                     rates(work / "r.jsonl", seconds, cpu)))
    return rows


PDF_GROWTH_MAX = 1000
"""Larger briefings are not rendered to PDF here: 10,000 records make about 9,000 pages,
over twenty minutes of WeasyPrint (printed in parts, its memory stays flat)."""


def growth(work: Path, jobs: int, env: dict[str, str]) -> list[Row]:
    """Parse, then build DOCX and PDF, for 100, 1,000 and 10,000 generated documents.

    Each figure is also given per document: when those stay flat while the
    corpus grows a hundredfold, the cost grows linearly.
    """
    rows = []
    for size in (100, 1000, 10_000):
        corpus, records = work / f"growth{size}", work / f"growth{size}.jsonl"
        generate(corpus, size)
        parse = run_cli(["parse", str(corpus), "-o", str(records), "--no-cache",
                         "-j", str(jobs), "-q"], env)
        builds = [f"parse {parse:.1f} s ({1000 * parse / size:.1f} ms/doc)"]
        for fmt in ("docx", "pdf") if size <= PDF_GROWTH_MAX else ("docx",):
            seconds = run_cli(["build", str(records), "-o", str(work / "out"), "--format", fmt,
                               "-q"], env)
            builds.append(f"{fmt} {seconds:.1f} s ({1000 * seconds / size:.1f} ms/record)")
        rows.append((f"growth: {size:,} generated documents, -j {jobs}", "; ".join(builds)))
    return rows


def stages(work: Path) -> list[Row]:
    """CPU ms per fresh document of every parse stage, over the first 200 generated files."""
    from stages import fresh_stage_times

    files = sorted((work / "corpus1000").iterdir())[:200]
    times = fresh_stage_times(files)
    return [(f"stage {name} (CPU ms/doc)", f"{ms:.2f}") for name, ms in times.items()]


def dev_corpus(shared: Path) -> list[Row]:
    """CPU cost per fresh document on the annotated development documents, when they are here.

    These are real documents (embassy notes, news items, abstracts; 1-6 KB), the
    set the speed goal of 250 documents/s/core is stated on. Each is parsed once
    by a process that has parsed only the other half (see ``stages.py``).
    """
    from stages import fresh_stage_times

    folders = [shared / "seeds", shared / "corpus" / "en", shared / "corpus" / "ru"]
    files = sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.txt"))
    if not files:
        return [("dev corpus", f"n/a (no documents under {shared})")]
    total = fresh_stage_times(files)["total"]
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    return [(f"parse {len(files)} dev-corpus documents (goal >= 250 docs/s/core)",
             f"{total:.2f} CPU ms/doc: {1000 / total:.0f} docs/s/core, "
             f"{megabytes / len(files) * 1000 / total:.2f} MB/s/core")]


def cache_rerun(work: Path, jobs: int, env: dict[str, str]) -> list[Row]:
    corpus, db = work / "corpus1000", work / "cache.sqlite"
    args = ["parse", str(corpus), "-o", str(work / "r.jsonl"), "--cache", str(db),
            "-j", str(jobs), "-q"]
    first = run_cli(args, env)
    second = run_cli(args, env)
    return [("1,000 docs with cache: first run / re-run", f"{first:.2f} s / {second:.2f} s")]


def best_of(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def date_ratio() -> list[Row]:
    """parse_text on fresh 5 KB texts versus dateparser.search_dates on them.

    Both are warmed on other text first. Each 5 KB text is parsed once (a second
    parse of the same text would find every word in the memos); the median over
    five texts is reported, and the ratio is taken text by text.
    """
    import dateparser.search

    from briefing import parse_text

    with tempfile.TemporaryDirectory() as tmp:
        texts = [p.read_text(encoding="utf-8") for p in generate(Path(tmp), 200)
                 if p.suffix == ".txt"]
    warm, pieces = texts[:10], texts[10:]
    samples = ["\n\n".join(pieces[i::5])[:5000] for i in range(5)]
    for text in warm:
        parse_text(text)
    dateparser.search.search_dates(warm[0], languages=["en"])
    ours = [best_of(lambda text=text: parse_text(text), 1) for text in samples]
    theirs = [best_of(lambda text=text: dateparser.search.search_dates(text, languages=["en"]), 1)
              for text in samples]
    ratio = statistics.median(a / b for a, b in zip(ours, theirs, strict=True))
    return [("parse_text, fresh 5 KB text (whole record, median of 5)",
             f"{statistics.median(ours) * 1000:.1f} ms"),
            ("dateparser.search_dates, same texts", f"{statistics.median(theirs) * 1000:.1f} ms"),
            ("ratio parse_text / search_dates (goal <= 0.05)", f"{ratio:.3f}")]


def cold_start(work: Path, env: dict[str, str]) -> list[Row]:
    """Best of five: the floor a quiet machine gives (the median mostly measures the load)."""
    small = work / "small.txt"
    small.write_text("Kazakhstan and Italy signed a memorandum on culture in Rome "
                     "on 14 October 2016.\n", encoding="utf-8")
    no_cache = [run_cli_cpu(["parse", str(small), "--no-cache"], env) for _ in range(5)]
    cached = [run_cli_cpu(["parse", str(small), "--cache", str(work / "c.sqlite")], env)
              for _ in range(5)]
    return [("cold `briefing parse --no-cache small.txt` (goal < 0.5 s wall)",
             f"{min(w for w, _ in no_cache):.2f} s wall, {min(c for _, c in no_cache):.2f} s CPU"),
            ("cold `briefing parse small.txt`, warm cache",
             f"{min(w for w, _ in cached):.2f} s wall, {min(c for _, c in cached):.2f} s CPU")]


def build_times(work: Path, env: dict[str, str]) -> list[Row]:
    """Seconds of ``briefing build`` from 100 records into each format that has a renderer."""
    try:
        import briefing.compose as compose
        import briefing.render as render
    except ImportError as exc:
        return [("build", f"n/a ({exc})")]
    from briefing.batch.run import OUTPUTS

    ready = [fmt for fmt, (function, _) in OUTPUTS.items() if hasattr(render, function)]
    if not hasattr(compose, "build_briefing") or not ready:
        return [("build", "n/a (compose or renderers not written yet)")]
    generate(work / "corpus100", 100)
    records = work / "records100.jsonl"
    run_cli(["parse", str(work / "corpus100"), "-o", str(records), "--no-cache", "-q"], env)
    rows = []
    for fmt in ready:
        seconds = run_cli(["build", str(records), "-o", str(work / "out"), "--format", fmt,
                           "-q"], env)
        made = (work / "out" / OUTPUTS[fmt][1]).exists()
        rows.append((f"build 100 records -> {fmt}", f"{seconds:.2f} s" + ("" if made else
                                                                         " (no file made)")))
    return rows


def render_bench(env: dict[str, str]) -> str:
    script = HERE / "bench_render.py"
    if not script.exists():
        return ""
    found = ""
    for extra in ([], ["--records", "0", "--also", "--generated", "3300", "--annex",
                       "--repeat", "1"]):
        done = subprocess.run([sys.executable, str(script), *extra], env=env,
                              capture_output=True, text=True, check=False)
        found += f"\n## bench_render.py {' '.join(extra)}\n\n{done.stdout}{done.stderr[-2000:]}\n"
    return found


def peak_memory() -> list[Row]:
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [("peak RSS of the largest briefing process", f"{child:.0f} MB"),
            ("peak RSS of this benchmark process", f"{own:.0f} MB")]


def table(rows: list[Row], jobs: int) -> str:
    lines = [f"# briefing benchmarks ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
             f"-j {jobs}, Python {sys.version.split()[0]})", "",
             "| measure | result |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true",
                        help="also the growth run (100 to 10,000 documents) and bench_render.py")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder with the development corpus (optional)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg")}
    try:
        rows = throughput(work, args.jobs, env)
        rows += dev_corpus(args.shared) + stages(work) + cache_rerun(work, args.jobs, env)
        rows += date_ratio() + cold_start(work, env) + build_times(work, env)
        rows += growth(work, args.jobs, env) if args.full else []
        rows += peak_memory()
        report = table(rows, args.jobs) + (render_bench(env) if args.full else "")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
