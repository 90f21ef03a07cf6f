"""Assessments (problems, risks, criticism) and recommendations."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import Statement


def extract_assessments(doc: Document) -> tuple[list[Statement], list[Statement]]:
    """Assessments and recommendations / next steps, as sentences."""
    del doc
    return [], []
