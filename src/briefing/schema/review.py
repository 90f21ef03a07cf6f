"""The review page's view model: the briefing's statements beside their sources.

The page lets an analyst check every statement against the sentence it came
from. It carries each source's cleaned text whole, every extracted item as a
*mark* (a field, its value and its span in that text), and each statement's
spans in the sources it cites. Renderers lay it out; the page script only
reads it.

Shape::

    ReviewPage
    ├── groups            ReviewGroup*   as in the briefing (summary, partners or themes)
    │   └── blocks        ReviewBlock*   → ReviewStatement* (text, cites, spans)
    └── sources           ReviewSource*  numbered as in the briefing's sources list
        ├── marks         Mark*          field, value, start, end, confidence
        └── warnings, removed            what parsing said, what cleaning took out
"""

from __future__ import annotations

from briefing.schema.briefing import ViewModel

FIELDS = ("partner", "theme", "person", "date", "agreement", "figure", "organisation",
          "event", "title", "published")
"""The fields a mark can belong to, in the order the page's legend lists them."""


class Mark(ViewModel):
    """One extracted item's span in a source's text."""

    field: str
    value: str
    start: int
    end: int
    confidence: float | None = None
    """The extractor's own score where it has one (partner salience, theme score)."""


class Span(ViewModel):
    """Where a statement stands in one cited source."""

    source: int
    """The number of the :class:`ReviewSource`."""
    start: int
    end: int


class ReviewStatement(ViewModel):
    """A statement of the briefing with the spans it was taken from."""

    text: str
    date: str = ""
    cites: tuple[int, ...] = ()
    spans: tuple[Span, ...] = ()


class ReviewBlock(ViewModel):
    """Statements under one heading (a theme within a partner, or a table's lines)."""

    heading: str
    statements: tuple[ReviewStatement, ...] = ()


class ReviewGroup(ViewModel):
    """A first-level section of the briefing."""

    heading: str
    blocks: tuple[ReviewBlock, ...] = ()


class ReviewSource(ViewModel):
    """One source: its description, cleaned text, marks, warnings, and what cleaning removed."""

    number: int
    record: str
    title: str
    location: str = ""
    kind: str = ""
    kind_confidence: float | None = None
    """How sure the kind classifier was, where it decided."""
    date: str = ""
    lang: str = ""
    status: str = "ok"
    warnings: tuple[str, ...] = ()
    text: str
    marks: tuple[Mark, ...] = ()
    removed: tuple[str, ...] | None = None
    """Lines cleaning took out; ``None`` when the original document was not at hand."""


class ReviewPage(ViewModel):
    """Everything the review page shows."""

    title: str
    generated: str
    groups: tuple[ReviewGroup, ...] = ()
    sources: tuple[ReviewSource, ...] = ()
