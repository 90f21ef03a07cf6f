"""The document's title: the headline or article title, never a furniture line.

A cascade: the title the format itself states (HTML ``<title>``/``og:title``,
DOCX and PDF properties), when it has a title's shape — not a paragraph, not page
furniture ("Back to top", a number, a URL), not a site's technical page data —
then the line the cleaner marked as the title (it has already dropped menus,
banners and page data and merged a title printed twice). A file's property title
is often left over from the template or an earlier draft ("Microsoft Word -
draft3.doc"), so a DOCX or PDF keeps it over the cleaner's title only when the text
prints it.
"""

from __future__ import annotations

import re

from briefing.clean.boilerplate import is_furniture
from briefing.clean.page_data import is_page_data
from briefing.clean.pipeline import TITLE_MAX
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.schema import Evidence

_SPACES = re.compile(r"\s+")
# Formats whose stated title is a file property, not part of the published page.
_FILE_PROPERTY_FORMATS = frozenset({"docx", "pdf"})


def extract_title(doc: Document) -> tuple[str | None, list[Evidence]]:
    """The title and, when it is printed in the text, its span."""
    stated = _SPACES.sub(" ", doc.raw.title or "").strip()
    if not _stated_title(stated):
        stated = ""
    at = doc.text.find(stated) if stated else -1
    if stated and (at >= 0 or doc.raw.format not in _FILE_PROPERTY_FORMATS):
        return stated, [evidence(doc.text, at, at + len(stated))] if at >= 0 else []
    for region in doc.cleaned.regions:
        if region.role == "title":
            found = evidence(doc.text, region.start, region.end)
            return found.text, [found]
    return (stated or None), []


def _stated_title(stated: str) -> bool:
    """Whether the format's own title reads as a title (a template may fill it with
    anything: the first paragraph, a menu label, the server's diagnostics). Its
    sentences are not counted: headlines of the web have stops ("Meth. We're on it.")."""
    return (
        bool(stated)
        and len(stated) <= TITLE_MAX
        and not is_furniture(stated)
        and not is_page_data(stated)
    )
