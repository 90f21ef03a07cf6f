"""Publication and update dates, as the document states them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.extract.document import Document
from briefing.schema import Evidence


@dataclass
class PublicationDates:
    """What ``extract_published`` found."""

    published: dt.date | None = None
    published_evidence: list[Evidence] = field(default_factory=list)
    updated: dt.date | None = None
    updated_evidence: list[Evidence] = field(default_factory=list)


def extract_published(doc: Document) -> PublicationDates:
    """The stated publication date (and update date), or ``None``."""
    return PublicationDates(published=doc.raw.published, updated=doc.raw.updated)
