"""Renderers: one composed :class:`~briefing.schema.briefing.Briefing` in, files out.

Each renderer lays out the same view model, so PDF, DOCX, HTML, JSON and
Markdown say the same thing. Every file is written atomically. Heavy
libraries (WeasyPrint, python-docx) load only when their format is asked for.

Internal to briefing, not a public API (see the package docstring of :mod:`briefing`).
"""

from __future__ import annotations

from pathlib import Path

from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing

__all__ = ["render_docx", "render_html", "render_json", "render_markdown", "render_pdf"]


def render_pdf(briefing: Briefing, path: str | Path, options: BuildOptions | None = None,
               *, isolated: bool = False) -> Path:
    """Write the PDF (WeasyPrint); ``isolated=True`` renders in a child process."""
    from briefing.render.pdf_renderer import render_pdf as render

    return render(briefing, path, options, isolated=isolated)


def render_docx(briefing: Briefing, path: str | Path, options: BuildOptions | None = None) -> Path:
    """Write the DOCX (python-docx, on the reference document's styles)."""
    from briefing.render.docx_renderer import render_docx as render

    return render(briefing, path, options)


def render_html(briefing: Briefing, path: str | Path | None = None,
                options: BuildOptions | None = None) -> str:
    """The HTML page the PDF is printed from; also written to ``path`` when given."""
    from briefing.render.html_renderer import render_html as render

    return render(briefing, path, options)


def render_json(briefing: Briefing, path: str | Path, options: BuildOptions | None = None) -> Path:
    """Write the view model as JSON."""
    from briefing.render.json_renderer import render_json as render

    return render(briefing, path, options)


def render_markdown(briefing: Briefing, path: str | Path,
                    options: BuildOptions | None = None) -> Path:
    """Write the briefing as Markdown."""
    from briefing.render.markdown_renderer import render_markdown as render

    return render(briefing, path, options)
