"""Figures: a number, what it counts, and its year."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import DateMention, Figure


def extract_figures(doc: Document, dates: list[DateMention]) -> list[Figure]:
    """Quantities of the main text."""
    del doc, dates
    return []
