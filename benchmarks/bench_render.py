"""Rendering speed and memory: our overhead over WeasyPrint, DOCX time, peak memory.

    .venv/bin/python benchmarks/bench_render.py [--records 1000] [--also 40] \
        [--records-file records.jsonl] [--generated 3300] [--repeat 2] [--annex]

For each briefing (generated records of tests/compose_factory.py, ``--records``
and ``--also`` of them; the records of a JSON Lines file made by ``briefing
parse``; or ``--generated N``: the records ``briefing parse`` makes of N documents
of benchmarks/generate.py, 3,300 of which give some 2,100 pages with ``--annex``),
it measures, each in a fresh child process so that memory figures are not polluted
by the previous run:

* ``pdf``        ``print_briefing``: templating, WeasyPrint on each document printed
                 (one, or the parts of a long briefing), the join;
* ``weasyprint`` WeasyPrint alone on the very HTML documents ``pdf`` printed, summed;
* ``docx``       python-docx.

The briefing is composed once, by the parent, and handed to each child as JSON
(as ``render_pdf(isolated=True)`` does). Memory: ``briefing_mb`` is the child's
resident size once the view model is loaded, ``peak_mb_*`` its peak during the
task alone (the peak is reset after loading: Linux ``clear_refs``). Times are CPU
seconds of the child (the machine is shared: CPU time moves far less than wall
time with the load); the best of ``--repeat`` runs is kept. ``body_pages`` are the
pages before the sources list (cover, contents, summary, at a glance, sections);
``goals`` says which of issue 19's goals the row meets (a body of at most 60
pages, a peak under 500 MB, a CPU time within 1.15 of WeasyPrint's own).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import multiprocessing
import subprocess
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the record generator lives with the tests

CREATED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _briefing(source: str, annex: bool):  # type: ignore[no-untyped-def]
    from briefing.compose import build_briefing
    from briefing.options import BuildOptions
    from briefing.schema.record import Record
    from compose_factory import generated_records

    if source.isdigit():
        records = generated_records(int(source))
    else:
        with Path(source).open(encoding="utf-8") as stream:
            records = [Record.model_validate_json(line) for line in stream if line.strip()]
    return build_briefing(records, options=BuildOptions(created=CREATED, annex=annex))


def _measure(task: str, folder: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import weasyprint  # imported before the clock starts in every task: not part of the cost

    from briefing.compose.labels import template_folder
    from briefing.render.pdf_renderer import html_to_pdf, print_briefing
    from briefing.schema.briefing import Briefing

    del weasyprint
    work = Path(folder)
    brief = Briefing.model_validate_json((work / "briefing.json").read_text(encoding="utf-8"))
    gc.collect()
    result: dict[str, float | int | str] = {"task": task, "base_mb": _status_mb("VmRSS")}
    _reset_peak()
    started = time.process_time()
    if task == "pdf":
        printed: list[Path] = []

        def keep(html: str) -> None:  # on disk: the render's memory alone is measured
            printed.append(work / f"part-{len(printed):03d}.html")
            printed[-1].write_text(html, encoding="utf-8")

        (work / "briefing.pdf").write_bytes(print_briefing(brief, on_printed=keep))
        result["parts"] = len(printed)
    elif task == "weasyprint":
        parts = sorted(work.glob("part-*.html"))
        htmls = [part.read_text(encoding="utf-8") for part in parts]
        started = time.process_time()
        for html in htmls:
            html_to_pdf(html, template_folder(None), brief.options)
    else:
        from briefing.render import render_docx

        render_docx(brief, work / "briefing.docx")
    result["cpu_s"] = time.process_time() - started
    result["peak_mb"] = _status_mb("VmHWM")
    queue.put(result)


def _reset_peak() -> None:
    """Start the peak resident size afresh (Linux): loading the briefing's JSON, text and
    objects at once, is not the render's memory."""
    with Path("/proc/self/clear_refs").open("w") as handle:
        handle.write("5")


def _status_mb(field: str) -> float:
    """A size from /proc/self/status (VmRSS now, VmHWM the peak), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(task: str, folder: str) -> dict[str, float]:
    """One measurement in a fresh spawned process."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_measure, args=(task, folder, queue))
    child.start()
    result: dict[str, float] = queue.get()
    child.join()
    return result


def best(tasks: tuple[str, ...], folder: str, repeat: int) -> dict[str, dict[str, float]]:
    """Of each task, the run of least CPU time among ``repeat``; the tasks take turns, so
    that a busy spell of the shared machine weighs on all of them alike."""
    runs: dict[str, list[dict[str, float]]] = {task: [] for task in tasks}
    for _ in range(repeat):
        for task in tasks:
            runs[task].append(run(task, folder))
    return {task: min(found, key=lambda r: r["cpu_s"]) for task, found in runs.items()}


def pages(path: Path) -> tuple[int, int]:
    """The pages of the PDF, and those before its sources list."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    starts = [reader.get_destination_page_number(item) for item in reader.outline
              if not isinstance(item, list) and item.title == "Sources"]
    return len(reader.pages), starts[0] if starts else len(reader.pages)


def generated(count: int, folder: Path) -> str:
    """The records `briefing parse` makes of ``count`` documents of benchmarks/generate.py."""
    documents, records = folder / f"generated-{count}", folder / f"generated-{count}.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(documents),
                    "--count", str(count)], check=True, capture_output=True)
    subprocess.run([str(Path(sys.executable).with_name("briefing")), "parse", str(documents),
                    "--no-cache", "-q", "-o", str(records)], check=True)
    return str(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000, help="0: none")
    parser.add_argument("--also", type=int, nargs="*", default=[40])
    parser.add_argument("--records-file", action="append", default=[],
                        help="records made by `briefing parse` (repeatable)")
    parser.add_argument("--generated", type=int, action="append", default=[],
                        help="records parsed from N documents of generate.py (repeatable)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--annex", action="store_true",
                        help="briefings with the annex (every statement not in the body)")
    args = parser.parse_args()
    sources = [*(str(n) for n in (*args.also, args.records) if n), *args.records_file,
               *(f"generated:{n}" for n in args.generated)]
    for source in sources:
        with TemporaryDirectory() as folder:
            if source.startswith("generated:"):
                source = generated(int(source.partition(":")[2]), Path(folder))
            brief = _briefing(source, args.annex)
            (Path(folder) / "briefing.json").write_text(brief.model_dump_json(), encoding="utf-8")
            found = best(("pdf", "weasyprint", "docx"), folder, args.repeat)
            pdf, alone, docx = found["pdf"], found["weasyprint"], found["docx"]
            total, body = pages(Path(folder) / "briefing.pdf")
            ratio = pdf["cpu_s"] / alone["cpu_s"]
            row = {
                "briefing": source if source.isdigit() else Path(source).name,
                "annex": args.annex, "pages": total, "body_pages": body, "parts": pdf["parts"],
                "pdf_cpu_s": round(pdf["cpu_s"], 2), "weasyprint_cpu_s": round(alone["cpu_s"], 2),
                "ratio": round(ratio, 3),
                "briefing_mb": round(pdf["base_mb"]),
                "peak_mb_pdf": round(pdf["peak_mb"]), "peak_mb_weasyprint": round(alone["peak_mb"]),
                "docx_cpu_s": round(docx["cpu_s"], 2), "peak_mb_docx": round(docx["peak_mb"]),
                "goals": {"body_pages <= 60": body <= 60, "peak_mb_pdf < 500": pdf["peak_mb"] < 500,
                          "ratio <= 1.15": ratio <= 1.15},
            }
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
