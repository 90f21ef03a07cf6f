"""Rendering speed and memory: our overhead over WeasyPrint, DOCX time, peak memory.

    .venv/bin/python benchmarks/bench_render.py [--records 1000] [--also 500]

For each size it composes a briefing from generated records (tests/compose_factory.py),
then measures, each in a fresh child process so that memory figures are not
polluted by the previous run:

* ``pdf``        compose + HTML templating + WeasyPrint (``render_pdf`` end to end)
* ``weasyprint`` WeasyPrint alone on the final HTML of the same briefing
* ``docx``       compose + python-docx

and prints seconds, pages, ms per page, the overhead of ours over WeasyPrint
alone, and each child's peak resident memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the record generator lives with the tests

CREATED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _briefing(count: int):  # type: ignore[no-untyped-def]
    from briefing.compose import build_briefing
    from briefing.options import BuildOptions
    from compose_factory import generated_records

    records = generated_records(count)
    started = time.perf_counter()
    brief = build_briefing(records, options=BuildOptions(created=CREATED))
    return brief, time.perf_counter() - started


def _measure(task: str, count: int, folder: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import weasyprint  # imported before the clock starts in every task: not part of the cost

    from briefing.compose.labels import template_folder
    from briefing.render.html_renderer import to_html
    from briefing.render.pdf_renderer import html_to_pdf

    del weasyprint
    target = Path(folder) / f"{task}-{count}"
    brief, compose_s = _briefing(count)
    started = time.perf_counter()
    if task == "weasyprint":
        html = to_html(brief)
        started = time.perf_counter()  # WeasyPrint alone: the HTML is given
        target.with_suffix(".pdf").write_bytes(
            html_to_pdf(html, template_folder(None), brief.options))
    elif task == "pdf":
        from briefing.render import render_pdf

        render_pdf(brief, target.with_suffix(".pdf"))
    else:
        from briefing.render import render_docx

        render_docx(brief, target.with_suffix(".docx"))
    seconds = time.perf_counter() - started + (0 if task == "weasyprint" else compose_s)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"task": task, "records": count, "seconds": seconds, "peak_mb": peak_mb,
               "compose_s": compose_s})


def run(task: str, count: int, folder: str) -> dict[str, float]:
    """One measurement in a fresh spawned process."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_measure, args=(task, count, folder, queue))
    child.start()
    result: dict[str, float] = queue.get()
    child.join()
    return result


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--also", type=int, nargs="*", default=[500])
    args = parser.parse_args()
    report = []
    with TemporaryDirectory() as folder:
        for count in [*args.also, args.records]:
            results = {task: run(task, count, folder) for task in ("weasyprint", "pdf", "docx")}
            n_pages = pages(Path(folder) / f"pdf-{count}.pdf")
            ours, alone = results["pdf"]["seconds"], results["weasyprint"]["seconds"]
            row = {
                "records": count, "pages": n_pages,
                "compose_s": round(results["pdf"]["compose_s"], 3),
                "pdf_s": round(ours, 2), "weasyprint_s": round(alone, 2),
                "ms_per_page": round(1000 * alone / n_pages),
                "overhead_pct": round(100 * (ours - alone) / alone, 1),
                "docx_s": round(results["docx"]["seconds"], 2),
                "peak_mb_pdf": round(results["pdf"]["peak_mb"]),
                "peak_mb_docx": round(results["docx"]["peak_mb"]),
            }
            report.append(row)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
