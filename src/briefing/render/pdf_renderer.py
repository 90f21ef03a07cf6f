"""The briefing as PDF: the HTML page printed by WeasyPrint.

WeasyPrint costs about 105 ms a page and does not hand its memory back, so
batch users render in a child process (``isolated=True``): the parent's
memory stays flat however many briefings it writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from briefing.atomic import write_bytes
from briefing.compose.labels import template_folder
from briefing.errors import RenderError
from briefing.options import BuildOptions
from briefing.render import pdf_child
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
    """Render in a fresh interpreter (:mod:`briefing.render.pdf_child`), which imports
    nothing of the caller's script: safe without a main guard and from standard input."""
    job = (f'{{"path": {json.dumps(str(path))}, '
           f'"options": {options.model_dump_json() if options else "null"}, '
           f'"briefing": {briefing.model_dump_json()}}}')
    package_root = str(Path(__file__).resolve().parents[2])  # where ``briefing`` is imported from
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    child = subprocess.run(  # our own interpreter and module, no shell
        [sys.executable, "-P", "-m", "briefing.render.pdf_child"],
        input=job.encode("utf-8", "surrogatepass"), capture_output=True, env=env, check=False,
    )
    if child.returncode != 0:
        lines = child.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else "no message"
        if child.returncode == pdf_child.FAILED:  # a named error, told in its own words
            raise RenderError(last, path=path)
        raise RenderError(f"the PDF renderer process failed (exit code {child.returncode}): "
                          f"{last}", path=path)
