"""briefing: documents on cultural and humanitarian cooperation in, grounded briefings out.

The library face::

    import briefing

    record = briefing.parse_file("note.txt")            # one validated Record
    records = briefing.parse_paths(["notes/"], exclude=["drafts/*"])   # folders, as the CLI
    brief = briefing.build_briefing(records, group_by="partner")
    briefing.render_pdf(brief, "out/briefing.pdf")
    briefing.render_docx(brief, "out/briefing.docx")

Parsing imports nothing heavy; the renderers (WeasyPrint, python-docx) are
imported on first use, so ``import briefing`` stays fast.

The public API is this module's ``__all__`` and the modules ``briefing.schema``
(the Record and its parts; ``briefing.schema.briefing`` for the Briefing),
``briefing.options``, ``briefing.errors`` and ``briefing.distributed`` (the Dask
pipeline). Everything else (``ingest``, ``clean``, ``extract``, ``compose``,
``render``, ``batch``, ``parsing``, ``datafiles``, ``atomic``, ``cli``) is internal
and may change in any release; ``tests/test_public_api.py`` pins the public names.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from briefing._version import VERSION
from briefing.errors import BriefingError, InputError, RenderError, UsageError
from briefing.options import BuildOptions, Limits, ParseOptions
from briefing.parsing import parse_bytes, parse_file, parse_path, parse_text
from briefing.schema import Record

if TYPE_CHECKING:
    from briefing.batch.library import find_documents, parse_paths
    from briefing.compose import build_briefing
    from briefing.render import render_docx, render_html, render_json, render_markdown, render_pdf
    from briefing.schema.briefing import Briefing


__version__ = VERSION

_LAZY = {
    "find_documents": "briefing.batch.library",
    "parse_paths": "briefing.batch.library",
    "build_briefing": "briefing.compose",
    "Briefing": "briefing.schema.briefing",
    "render_pdf": "briefing.render",
    "render_docx": "briefing.render",
    "render_html": "briefing.render",
    "render_json": "briefing.render",
    "render_markdown": "briefing.render",
}


def __getattr__(name: str) -> Any:
    """Import the building and rendering API on first use (it pulls in heavy libraries)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")


__all__ = [
    "Briefing",
    "BriefingError",
    "BuildOptions",
    "InputError",
    "Limits",
    "ParseOptions",
    "Record",
    "RenderError",
    "UsageError",
    "__version__",
    "build_briefing",
    "find_documents",
    "parse_bytes",
    "parse_file",
    "parse_path",
    "parse_paths",
    "parse_text",
    "render_docx",
    "render_html",
    "render_json",
    "render_markdown",
    "render_pdf",
]
