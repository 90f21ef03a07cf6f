"""Web pages: the main text without navigation and boilerplate, with the page's metadata.

trafilatura finds the main text (in its precision mode, which keeps less
boilerplate) and reads title, date (htmldate), author, canonical URL and
language from the page's metadata (the address from the page's canonical
link only: :func:`page_url`). When the precise pass finds little, a
second, more generous pass is tried, since short pages are where precision
mode cuts real paragraphs. Nothing is fetched: trafilatura parses the string
with lxml's HTML parser, which loads no DTD, resolves no external entity and
has network access switched off.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from briefing.errors import EmptyDocumentError, TooLargeError
from briefing.ingest.base import RawDocument
from briefing.ingest.decoding import decode_text
from briefing.ingest.html_dates import page_dates
from briefing.ingest.html_text import tidy_main_text
from briefing.options import Limits

# A precise extraction shorter than this many characters is retried generously.
SHORT_EXTRACTION = 400
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE
)
# Markup beyond this many characters (scripts and styles removed) is refused: trafilatura's
# cost grows faster than linearly (about 5 s for 2.4 MB of paragraphs), and no news page
# needs more.
MAX_MARKUP_CHARS = 4_000_000
_SCRIPTS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# The page's head is looked for in this many characters at most (its link and meta tags).
MAX_HEAD_CHARS = 200_000
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
# trafilatura's own date search, at its cheapest: its result is not used.
_FAST_DATE = {"extensive_search": False, "original_date": True}
# Where a charset declaration must appear to count (HTML: the first 1024 bytes).
CHARSET_WINDOW = 2048


class HtmlReader:
    """Reads ``.html`` and ``.htm`` pages (and files that sniff as HTML)."""

    name = "html"
    extensions: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """The page's main text and metadata as one document."""
        html, warnings = _decode(data, path, limits)
        if len(html) > MAX_MARKUP_CHARS:
            html = _SCRIPTS.sub("", html)
            if len(html) > MAX_MARKUP_CHARS:
                raise TooLargeError(
                    f"{len(html)} characters of page markup, over the HTML limit of "
                    f"{MAX_MARKUP_CHARS}",
                    path=path,
                )
        found = _extract(html)
        text = tidy_main_text(found.get("text") or "")
        url = page_url(html)
        dates = page_dates(html, url)
        if not text.strip():
            searched = dates.searched()
            if (dates.stated, dates.changed, searched.published, searched.updated) == (None,) * 4:
                raise EmptyDocumentError("no main text found in the page", path=path)
            warnings.append("no main text found in the page; only its metadata is kept")
        document = RawDocument(
            text=text,
            format=self.name,
            title=found.get("title"),
            published=dates.stated,
            updated=dates.changed,
            page_search=dates.searched,
            url=url,
            author=found.get("author"),
            main_text=True,
            warnings=warnings,
        )
        return [document]


def _decode(data: bytes, path: str | None, limits: Limits) -> tuple[str, list[str]]:
    """The page as text, in the charset it declares, else the one detected."""
    declared = _META_CHARSET.search(data[:CHARSET_WINDOW])
    if declared is not None and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        encoding = declared.group(1).decode("ascii")
        try:
            return data[: limits.max_file_bytes].decode(encoding, errors="replace"), []
        except LookupError:
            pass
    decoded = decode_text(data, path=path, max_chars=limits.max_file_bytes)
    return decoded.text, decoded.warnings


def page_url(html: str) -> str | None:
    """The page's own address as it states it: ``<link rel="canonical">``, else
    ``<meta property="og:url">``; absolute http(s) only.

    Never ``<base href>`` (it only resolves the page's relative links, and a
    saved or hostile page can point it anywhere) nor the alternates that
    trafilatura also takes for the address.
    """
    from lxml import etree
    from lxml import html as lxml_html

    end = _HEAD_END.search(html, 0, MAX_HEAD_CHARS)
    head = html[: end.start() if end else MAX_HEAD_CHARS]
    try:
        tree = lxml_html.document_fromstring(head or "<html></html>")
    except (etree.ParserError, ValueError):
        return None
    canonical = [link.get("href") for link in tree.iter("link")
                 if "canonical" in (link.get("rel") or "").lower().split()]
    stated = [meta.get("content") for meta in tree.iter("meta")
              if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url"]
    return next((url.strip() for url in [*canonical, *stated] if _absolute(url)), None)


def _absolute(url: str | None) -> bool:
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


def _extract(html: str) -> dict[str, Any]:
    """trafilatura's main text and metadata, precise first, generous when that is short.

    Its date is not used (see :mod:`.html_dates`); without main text, its
    metadata is read on its own, since ``bare_extraction`` then returns nothing.
    """
    import trafilatura  # imported here: a second of start-up that only HTML needs
    from trafilatura.settings import Document

    precise = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params=_FAST_DATE,
    )
    found: dict[str, Any] = precise.as_dict() if isinstance(precise, Document) else {}
    if not found:
        from trafilatura.metadata import extract_metadata

        found = extract_metadata(html, date_config=_FAST_DATE).as_dict()
    if len(found.get("text") or "") < SHORT_EXTRACTION:
        generous = trafilatura.extract(html, include_comments=False) or ""
        if len(generous) > len(found.get("text") or ""):
            found["text"] = generous
    return found
