"""The briefing as PDF: the HTML page printed by WeasyPrint.

WeasyPrint lays out a whole document before it writes any of it, at about
2.7 MB a page, and does not hand that memory back. A short briefing is printed
as one document. A long one is printed in parts (the template marks where a
part may end: chapter and section starts first, then between chunks of a long
list) and the parts are joined by :mod:`briefing.render.pdf_join`:

1. the body (summary, sections, sources, whatever the template prints after the
   contents), part by part: each part's pages, anchors and headings are noted,
   its PDF kept, its layout freed before the next part is laid out;
2. the cover and contents, last, with the page numbers now known;
3. the footers ("Page X of Y") on empty pages, drawn over the joined pages.

A tagged PDF (``pdf_variant``) is always printed whole: its structure tree
cannot be joined. Batch users render in a child process (``isolated=True``),
so that the parent's memory stays flat however many briefings it writes.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.atomic import write_bytes
from briefing.compose.labels import template_folder
from briefing.errors import RenderError
from briefing.options import BuildOptions
from briefing.render import pdf_child
from briefing.render.html_renderer import TOC_DETAIL, to_html
from briefing.render.pdf_join import Link, Point, PrintedPart, join
from briefing.render.url_fetcher import TemplateOnlyFetcher
from briefing.schema.briefing import Briefing

WHOLE_CHARS = 600_000
"""A briefing whose body is up to this much HTML is printed as one document: about 130 pages,
some 330 MB (WeasyPrint takes about 1.7 MB a page, 409 pages peaked at 802 MB); printed in
parts, it would cost some 10 % more time (the footer pages, the join)."""
PART_CHARS = 100_000
"""A part grows up to this much HTML (about 25 pages, 60 MB of layout), and ends at a
chapter or section start once it holds a quarter of that."""
OVERLAY_PAGES = 300
"""Footer pages laid out at a time (an empty page's layout holds about 0.1 MB)."""
PT_PER_PX = 0.75
"""PDF points per CSS pixel."""
TOC_LINES_PER_PAGE = 40
"""A first guess of the contents' length; a wrong guess costs one more layout of them."""
_CUT = re.compile(r"<!--part:(new|more)-->")


@dataclass(frozen=True)
class PrintJob:
    """What every part is printed with."""

    folder: Path
    options: BuildOptions
    fetcher: TemplateOnlyFetcher
    on_printed: Callable[[str], None] | None = None
    """Told the HTML of each document printed for the briefing (footers aside)."""

    def noted(self, html: str) -> None:
        """Tell ``on_printed`` of a document printed."""
        if self.on_printed is not None:
            self.on_printed(html)


def html_to_pdf(html: str, folder: Path, options: BuildOptions,
                fetcher: TemplateOnlyFetcher | None = None) -> bytes:
    """Print ``html`` with WeasyPrint, fetching only from ``folder``."""
    document = _layout(html, PrintJob(folder, options, fetcher or TemplateOnlyFetcher(folder)))
    pdf: bytes = document.write_pdf(pdf_variant=options.pdf_variant,
                                    pdf_identifier=_identifier(html))
    return pdf


def _layout(html: str, job: PrintJob) -> Any:
    import weasyprint  # costs ~0.6 s: only when a PDF is made

    return weasyprint.HTML(string=html, base_url=job.folder.as_uri() + "/",
                           url_fetcher=job.fetcher).render()


def _identifier(html: str) -> bytes:
    return hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")


def pdf_bytes(briefing: Briefing, options: BuildOptions | None = None) -> bytes:
    """The PDF of the briefing, in memory."""
    return print_briefing(briefing, options)


def print_briefing(briefing: Briefing, options: BuildOptions | None = None, *,
                   part_chars: int = PART_CHARS, whole_chars: int = WHOLE_CHARS,
                   on_printed: Callable[[str], None] | None = None) -> bytes:
    """The PDF of the briefing. ``on_printed`` is handed the HTML of each document printed
    for it, as it is printed (one when the briefing is printed whole; the benchmark prints
    them again with WeasyPrint alone)."""
    options = options or briefing.options
    folder = template_folder(options.template_dir)
    job = PrintJob(folder, options, TemplateOnlyFetcher(folder), on_printed)
    try:
        body = to_html(briefing, options, layout="body")
        if len(body) > whole_chars and not options.pdf_variant:
            parts = body_parts(body, part_chars)
            del body  # the parts free the body's HTML once cut: 22 MB of 2,100 pages
            return _print_in_parts(briefing, job, parts)
        html = to_html(briefing, options)
        job.noted(html)
        return html_to_pdf(html, folder, options, job.fetcher)
    except (ValueError, OSError) as exc:
        raise RenderError(f"WeasyPrint failed: {exc}") from exc


def _print_in_parts(briefing: Briefing, job: PrintJob, htmls: Iterator[str]) -> bytes:
    body: list[PrintedPart] = []
    for html in htmls:
        body.append(print_part(html, job))
        job.noted(html)
    front = _front(briefing, job, body)
    parts = [front, *body]
    total = sum(part.pages for part in parts)
    folios = [folio(briefing, number, total) if number > 1 else ""
              for number in range(1, total + 1)]
    overlays = [html_to_pdf(to_html(briefing, job.options, layout="overlay",
                                    folios=folios[start:start + OVERLAY_PAGES]),
                            job.folder, job.options, job.fetcher)
                for start in range(0, total, OVERLAY_PAGES)]
    return join(parts, overlays, briefing.metadata)


def folio(briefing: Briefing, number: int, total: int) -> str:
    """The footer of page ``number`` of ``total`` ("Page 3 of 41")."""
    return f"{briefing.label('page')} {number} {briefing.label('of')} {total}"


def body_parts(html: str, part_chars: int = PART_CHARS) -> Iterator[str]:
    """The body HTML cut into documents of about ``part_chars`` each, at the template's marks:
    a chapter or section start ends a part that holds a quarter of that, any mark one that
    would otherwise outgrow it. Each document has the page's head and styles."""
    start, end = html.index("<body>") + len("<body>"), html.rindex("</body>")
    head, tail = html[:start], html[end:]
    pieces = _CUT.split(html[start:end])
    del html  # held by the pieces now (the caller lets go of it too: 22 MB at 2,100 pages)
    current: list[str] = [pieces[0]]
    size = len(pieces[0])
    for kind, chunk in zip(pieces[1::2], pieces[2::2], strict=True):
        full = size + len(chunk) > part_chars
        if size and (full or (kind == "new" and size >= part_chars // 4)) \
                and "".join(current).strip():
            yield head + "".join(current) + tail
            current, size = [], 0
        current.append(chunk)
        size += len(chunk)
    if "".join(current).strip():
        yield head + "".join(current) + tail


def print_part(html: str, job: PrintJob) -> PrintedPart:
    """Print one part; its anchors, headings and links are noted by page, and the links left
    to the join (their targets may lie in another part)."""
    document = _layout(html, job)
    part = PrintedPart(pdf=b"", pages=len(document.pages))
    for index, page in enumerate(document.pages):
        def point(x: float, y: float, index: int = index, height: float = page.height) -> Point:
            return Point(index, x * PT_PER_PX, (height - y) * PT_PER_PX)

        for name, (x, y, *_) in page.anchors.items():
            part.anchors.setdefault(name, point(x, y))
        part.bookmarks += [(level, label, point(*target))
                           for level, label, target, _ in page.bookmarks]
        for kind, target, (left, top, right, bottom), _ in page.links:
            if kind in ("internal", "external"):
                low, high = point(left, bottom), point(right, top)
                part.links.append(Link(index, (low.x, low.y, high.x, high.y),
                                       kind == "internal", target))
        page.links = []
    part.pdf = document.write_pdf(pdf_identifier=_identifier(html))
    return part


def _front(briefing: Briefing, job: PrintJob, body: list[PrintedPart]) -> PrintedPart:
    """The cover and contents, numbered for the body that follows them. Their own length
    is guessed first; a wrong guess is corrected by laying them out once more."""
    detail = len(briefing.groups) <= TOC_DETAIL  # the contents list themes too
    entries = 2 + len(briefing.groups) + detail * sum(len(g.blocks) for g in briefing.groups)
    pages = 1 + max(1, math.ceil(entries / TOC_LINES_PER_PAGE))
    for _ in range(3):
        numbers = _page_numbers(body, pages)
        html = to_html(briefing, job.options, layout="front", toc_pages=numbers)
        front = print_part(html, job)
        if front.pages == pages:
            break
        pages = front.pages
    job.noted(html)  # a second layout, for a wrong guess, is ours alone
    return front


def _page_numbers(body: list[PrintedPart], before: int) -> dict[str, int]:
    """The page number of every anchor of the body, ``before`` pages coming first."""
    numbers: dict[str, int] = {}
    offset = before
    for part in body:
        for name, point in part.anchors.items():
            numbers.setdefault(name, offset + point.page + 1)
        offset += part.pages
    return numbers


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
           f'"options": {options.model_dump_json() if options else "null"}}}\n')
    package_root = str(Path(__file__).resolve().parents[2])  # where ``briefing`` is imported from
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    child = subprocess.run(  # our own interpreter and module, no shell
        [sys.executable, "-P", "-m", "briefing.render.pdf_child"],
        input=job.encode("utf-8", "surrogatepass")
        + briefing.model_dump_json().encode("utf-8", "surrogatepass"),
        capture_output=True, env=env, check=False,
    )
    if child.returncode != 0:
        lines = child.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else "no message"
        if child.returncode == pdf_child.FAILED:  # a named error, told in its own words
            raise RenderError(last, path=path)
        raise RenderError(f"the PDF renderer process failed (exit code {child.returncode}): "
                          f"{last}", path=path)
