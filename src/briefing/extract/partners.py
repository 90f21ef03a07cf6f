"""Partners: states (ISO 3166-1 alpha-2) and taxonomy organisations."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import Partner


def extract_partners(doc: Document) -> tuple[list[Partner], list[Partner]]:
    """Partners ranked by salience, and countries only mentioned in passing."""
    del doc
    return [], []
