"""From a reader's raw text to :class:`Cleaned` text with its regions."""

from __future__ import annotations

import re

from briefing.clean.base import Cleaned, Region
from briefing.ingest.base import RawDocument

_LINE = re.compile(r"[^\n]+")


def clean_document(raw: RawDocument) -> Cleaned:
    """Clean ``raw.text``: first non-empty line is the title, the rest is body."""
    text = raw.text.strip()
    regions: list[Region] = []
    for match in _LINE.finditer(text):
        role = "title" if not regions else "body"
        regions.append(Region(match.start(), match.end(), role))
    return Cleaned(text=text, regions=regions)
