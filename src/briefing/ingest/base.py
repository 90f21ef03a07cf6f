"""What every reader returns, and the interface it implements.

A reader turns the bytes of one file into one or more :class:`RawDocument`
(a JSON Lines file holds many). Readers know nothing of cleaning, extraction
or rendering; they report trouble by raising an :class:`~briefing.errors.InputError`
or, when the text is still usable, by adding to ``warnings``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from briefing.options import Limits


@dataclass
class RawDocument:
    """Text read from a file, with whatever metadata the format itself carries."""

    text: str
    format: str
    """Reader name: ``txt``, ``md``, ``html``, ``docx``, ``pdf``, ``json``."""
    title: str | None = None
    published: dt.date | None = None
    """A publication date from the format's own metadata (HTML meta, JSON field)."""
    updated: dt.date | None = None
    url: str | None = None
    author: str | None = None
    lang: str | None = None
    kind: str | None = None
    """A kind stated by the input itself (JSON records may carry one)."""
    main_text: bool = False
    """True when the reader already isolated the main text (HTML extraction):
    the cleaner then skips its web-boilerplate heuristics."""
    layout: bool = False
    """True when the text comes from a page layout (PDF): hard wraps, hyphens,
    running headers and page numbers need repair."""
    warnings: list[str] = field(default_factory=list)


class Reader(Protocol):
    """One input format."""

    name: str
    extensions: tuple[str, ...]

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Read ``data`` (the whole file) into documents, or raise an ``InputError``."""
        ...
