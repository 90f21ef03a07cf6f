"""The parts of an academic text: abstract, keywords, aim, methods, sections."""

from __future__ import annotations

from briefing.extract.document import Document
from briefing.schema import Academic


def extract_academic(doc: Document) -> Academic | None:
    """Labelled parts of a scholarly text, or ``None`` when there are none."""
    del doc
    return None
