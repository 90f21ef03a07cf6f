"""Organisations: universities, ministries, academies, agencies, companies."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import Organisation


def extract_organisations(doc: Document) -> list[Organisation]:
    """Organisations of the main text, with their country where known."""
    del doc
    return []
