"""What every reader returns, and the interface it implements.

A reader turns the bytes of one file into one or more :class:`RawDocument`
(a JSON Lines file holds many). Readers know nothing of cleaning, extraction
or rendering; they report trouble by raising an :class:`~briefing.errors.InputError`
or, when the text is still usable, by adding to ``warnings``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple, Protocol

from briefing.options import Limits


class PageFind(NamedTuple):
    """What a search of a web page's text found (:mod:`briefing.ingest.html_dates`)."""

    published: dt.date | None
    marked: bool
    """True when the page marks ``published`` as its own date (a publication label, an
    element whose class names a date): it stands even where the main text states it."""
    updated: dt.date | None


class RawDocument:
    """Text read from a file, with whatever metadata the format itself carries."""

    __slots__ = (
        "author",
        "display",
        "file_created",
        "file_modified",
        "format",
        "kind",
        "lang",
        "layout",
        "main_text",
        "page_search",
        "paragraphs",
        "published",
        "text",
        "title",
        "updated",
        "url",
        "warnings",
    )

    def __init__(
        self,
        text: str,
        format: str,
        title: str | None = None,
        published: dt.date | None = None,
        updated: dt.date | None = None,
        url: str | None = None,
        author: str | None = None,
        lang: str | None = None,
        kind: str | None = None,
        main_text: bool = False,
        layout: bool = False,
        paragraphs: bool = False,
        display: tuple[str, ...] = (),
        warnings: list[str] | None = None,
        file_created: dt.datetime | None = None,
        file_modified: dt.datetime | None = None,
        page_search: Callable[[], PageFind] | None = None,
    ) -> None:
        self.text = text
        self.format = format
        """Reader name: ``txt``, ``md``, ``html``, ``docx``, ``pdf``, ``json``."""
        self.title = title
        self.published = published
        """A publication date from the format's own metadata (HTML meta, JSON field)."""
        self.updated = updated
        self.url = url
        self.author = author
        self.lang = lang
        self.kind = kind
        """A kind stated by the input itself (JSON records may carry one)."""
        self.main_text = main_text
        """True when the reader already isolated the main text (HTML extraction):
        the cleaner then drops furniture by its words only (a related-news heading and
        what follows it, "Share"), not by its shape or its place at the top."""
        self.layout = layout
        """True when the text comes from a page layout (PDF): hard wraps, hyphens,
        running headers and page numbers need repair."""
        self.paragraphs = paragraphs
        """True when a layout's line breaks are classified (PDF geometry): an empty line
        ends a paragraph, a form feed leaves the break to the cleaner's judgement, and a
        plain line break wraps a paragraph's line."""
        self.display = display
        """Lines the first page sets larger than its body type (PDF geometry), in page
        order: a title or heading, never a menu item, however short."""
        self.warnings = warnings if warnings is not None else []
        self.file_created = file_created
        """The file's own creation time from its properties (DOCX, PDF): never ``published``."""
        self.file_modified = file_modified
        self.page_search = page_search
        """A search of a web page's text for a date, run only when asked: trusted less
        than a date the main text states (see :mod:`briefing.ingest.html_dates`)."""


class Reader(Protocol):
    """One input format."""

    name: str
    extensions: tuple[str, ...]

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Read ``data`` (the whole file) into documents, or raise an ``InputError``."""
        ...
