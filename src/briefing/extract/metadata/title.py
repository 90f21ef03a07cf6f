"""The document's title: the headline or article title, never a furniture line.

A cascade: the title the format itself states (HTML ``<title>``/``og:title``,
DOCX core properties; not a site's technical page data), then the line the
cleaner marked as the title (it has already dropped menus, banners and page
data and merged a title printed twice).
"""

from __future__ import annotations

import re

from briefing.clean.page_data import is_page_data
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.schema import Evidence

_SPACES = re.compile(r"\s+")


def extract_title(doc: Document) -> tuple[str | None, list[Evidence]]:
    """The title and, when it is printed in the text, its span."""
    stated = _SPACES.sub(" ", doc.raw.title or "").strip()
    if stated and not is_page_data(stated):
        at = doc.text.find(stated)
        return stated, [evidence(doc.text, at, at + len(stated))] if at >= 0 else []
    for region in doc.cleaned.regions:
        if region.role == "title":
            found = evidence(doc.text, region.start, region.end)
            return found.text, [found]
    return None, []
