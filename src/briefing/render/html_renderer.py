"""The briefing as HTML (Jinja2, autoescaped): the page WeasyPrint prints as PDF.

The environment loads templates from one folder only, escapes every value,
and gets no access to Python beyond the view model and two filters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import jinja2
from markupsafe import Markup

from briefing.atomic import atomic_text
from briefing.compose.labels import template_folder
from briefing.errors import RenderError
from briefing.options import BuildOptions
from briefing.render.chart import matrix_svg, years_svg
from briefing.schema.briefing import Briefing

TEMPLATE = "briefing.html.j2"
PAGE_SIZES = {"a4": "A4", "letter": "letter"}
TOC_DETAIL = 15
"""Up to this many groups the contents list their themes too; beyond, groups only."""
CHUNK_LINES = 40
"""Lines (or sources) between two places where a long briefing may be cut into parts."""
Layout = Literal["whole", "front", "body", "overlay"]
"""What the template prints: see templates/briefing.html.j2."""


def css_string(value: object) -> Markup:
    """``value`` as a quoted CSS string, safe inside ``<style>`` (no HTML escaping there)."""
    text = str(value)
    escaped = "".join(c if c.isalnum() or c in " .,:;-–()'" else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{escaped}"')


@lru_cache(maxsize=8)
def environment(folder: Path) -> jinja2.Environment:
    """A sandboxed-enough environment: one folder, autoescape on, undefined is an error."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["css_string"] = css_string
    return env


def to_html(briefing: Briefing, options: BuildOptions | None = None, *,
            layout: Layout = "whole", toc_pages: Mapping[str, int] | None = None,
            folios: Sequence[str] = ()) -> str:
    """The briefing as one self-contained HTML page (styles inline).

    ``layout`` picks what is printed (the whole briefing, or one of the pieces a
    long briefing is printed in, see :mod:`briefing.render.pdf_renderer`);
    ``toc_pages`` are the contents' page numbers by anchor, ``folios`` the footers
    of the "overlay" layout.
    """
    options = options or briefing.options
    folder = template_folder(options.template_dir)
    try:
        template = environment(folder).get_template(TEMPLATE)
        return template.render(
            b=briefing, title=briefing.cover.title, page_size=PAGE_SIZES[options.paper],
            chart=Markup(matrix_svg(briefing.matrix)) if layout in ("whole", "body") else "",
            years=Markup(years_svg(briefing.counts.years)) if layout in ("whole", "body") else "",
            toc_detail=TOC_DETAIL, chunk_lines=CHUNK_LINES, layout=layout,
            toc_pages=dict(toc_pages or {}), folios=folios,
        )
    except jinja2.TemplateError as exc:
        raise RenderError(f"template error: {exc}", path=folder / TEMPLATE) from exc


def render_html(briefing: Briefing, path: str | Path | None = None,
                options: BuildOptions | None = None) -> str:
    """The HTML of the briefing; also written (atomically) to ``path`` when given."""
    html = to_html(briefing, options)
    if path is not None:
        with atomic_text(path) as stream:
            stream.write(html)
    return html
