"""The document's title."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.extract.spans import evidence
from briefing.schema import Evidence


def extract_title(doc: Document) -> tuple[str | None, list[Evidence]]:
    """The title line of the cleaned text, or the reader's title."""
    for region in doc.cleaned.regions:
        if region.role == "title":
            ev = evidence(doc.text, region.start, region.end)
            return ev.text, [ev]
    return doc.raw.title, []
