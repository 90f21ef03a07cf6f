"""The cleaned text and the map of what each part of it is.

Cleaning removes boilerplate but keeps metadata lines (a ``date`` header,
``Created at``, ``source:``, an author line, a dateline) in the text, so that
a publication date has evidence like any other field. The :class:`Cleaned`
result marks those lines, the title line, and ``aside`` blocks (back matter
such as references or notes on the authors: kept for the genre cues, never
main text), so that extractors of content fields (partners, themes,
people…) read only the body.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

LineRole = Literal["title", "metadata", "heading", "body", "aside"]


class Region(NamedTuple):
    """A span of the cleaned text with its role."""

    start: int
    end: int
    role: LineRole
    label: str = ""
    """For metadata: ``date``, ``created``, ``updated``, ``source``, ``author``,
    ``dateline`` (an agency's), ``placedate`` (a place and a date opening the text),
    ``published``; empty otherwise."""


class Cleaned:
    """The cleaned text and its regions, in order, covering the text's lines."""

    __slots__ = ("regions", "text", "warnings")

    def __init__(
        self, text: str, regions: list[Region] | None = None, warnings: list[str] | None = None
    ) -> None:
        self.text = text
        self.regions = regions if regions is not None else []
        self.warnings = warnings if warnings is not None else []

    def spans(self, role: LineRole) -> list[tuple[int, int]]:
        """Start and end of every region with this role."""
        return [(r.start, r.end) for r in self.regions if r.role == role]

    def metadata(self, label: str) -> list[Region]:
        """The metadata regions with this label, in text order."""
        return [r for r in self.regions if r.role == "metadata" and r.label == label]
