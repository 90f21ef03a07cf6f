"""The briefing as PDF: the HTML page printed by WeasyPrint.

WeasyPrint costs about 105 ms a page and does not hand its memory back, so
batch users render in a child process (``isolated=True``): the parent's
memory stays flat however many briefings it writes.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from pathlib import Path

from briefing.atomic import write_bytes
from briefing.compose.labels import template_folder
from briefing.errors import RenderError
from briefing.options import BuildOptions
from briefing.render.html_renderer import to_html
from briefing.render.url_fetcher import TemplateOnlyFetcher
from briefing.schema.briefing import Briefing


def html_to_pdf(html: str, folder: Path, options: BuildOptions,
                fetcher: TemplateOnlyFetcher | None = None) -> bytes:
    """Print ``html`` with WeasyPrint, fetching only from ``folder``."""
    import weasyprint  # costs ~0.6 s: only when a PDF is made

    fetcher = fetcher or TemplateOnlyFetcher(folder)
    document = weasyprint.HTML(string=html, base_url=folder.as_uri() + "/", url_fetcher=fetcher)
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    pdf: bytes = document.write_pdf(pdf_variant=options.pdf_variant, pdf_identifier=identifier)
    return pdf


def pdf_bytes(briefing: Briefing, options: BuildOptions | None = None) -> bytes:
    """The PDF of the briefing, in memory."""
    options = options or briefing.options
    folder = template_folder(options.template_dir)
    try:
        return html_to_pdf(to_html(briefing, options), folder, options)
    except (ValueError, OSError) as exc:
        raise RenderError(f"WeasyPrint failed: {exc}") from exc


def render_pdf(briefing: Briefing, path: str | Path, options: BuildOptions | None = None,
               *, isolated: bool = False) -> Path:
    """Write the briefing as PDF to ``path`` (atomically).

    ``isolated=True`` renders in a child process, so that WeasyPrint's memory
    is returned to the system when it ends (use it when writing many briefings).
    """
    path = Path(path)
    if isolated:
        _render_in_child(briefing, path, options)
    else:
        write_bytes(path, pdf_bytes(briefing, options))
    return path


def _render_in_child(briefing: Briefing, path: Path, options: BuildOptions | None) -> None:
    context = multiprocessing.get_context("spawn")  # no inherited threads or locks
    payload = briefing.model_dump_json()
    extra = options.model_dump_json() if options else None
    child = context.Process(target=_child_main, args=(payload, str(path), extra), daemon=True)
    child.start()
    child.join()
    if child.exitcode != 0:
        raise RenderError(f"the PDF renderer process failed (exit code {child.exitcode})",
                          path=path)


def _child_main(payload: str, path: str, options_json: str | None) -> None:
    briefing = Briefing.model_validate_json(payload)
    options = BuildOptions.model_validate_json(options_json) if options_json else None
    write_bytes(path, pdf_bytes(briefing, options))
