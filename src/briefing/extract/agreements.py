"""Agreements: memoranda, programmes, intergovernmental agreements."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import Agreement, DateMention


def extract_agreements(doc: Document, dates: list[DateMention]) -> list[Agreement]:
    """Agreements with parties, signing date, period and status when stated."""
    del doc, dates
    return []
