"""Named people with their roles."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import Person


def extract_people(doc: Document) -> list[Person]:
    """People of the main text, in order of first mention."""
    del doc
    return []
