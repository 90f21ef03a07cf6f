"""The units that partners and themes are read from: the title and the body's sentences.

Title and metadata regions are not body, but the title names what a story
is about, so it is read too and marked: extractors weigh it up for
salience and never use it alone as a sentence of substance.
"""

from __future__ import annotations

from typing import NamedTuple

from briefing.extract.text.document import Document


class Unit(NamedTuple):
    """A stretch of the cleaned text read as one sentence."""

    start: int
    end: int
    title: bool


def units(doc: Document) -> list[Unit]:
    """The title lines, then the body sentences, as offsets into ``doc.text``."""
    titles = [Unit(s, e, True) for s, e in doc.cleaned.spans("title")]
    return [*titles, *(Unit(s.start, s.end, False) for s in doc.sentences)]
