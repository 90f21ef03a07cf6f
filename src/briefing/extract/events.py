"""Events: what, where, when, who."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import DateMention, Event


def extract_events(doc: Document, dates: list[DateMention]) -> list[Event]:
    """Events of the main text with resolved dates."""
    del doc, dates
    return []
