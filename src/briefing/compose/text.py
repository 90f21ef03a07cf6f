"""Display text: one cleaning step for every string that reaches the view model.

XML cannot hold most C0 control characters (python-docx raises on them, and
WeasyPrint's HTML parser drops or mangles them), so they go here, once, for
every renderer.
"""

from __future__ import annotations

import re

# C0 controls except tab/newline/carriage return, plus non-characters XML 1.0 forbids
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
MAX_LINE_CHARS = 600
"""A statement longer than this is cut at a word boundary (a runaway sentence split)."""


def clean(text: str | None) -> str:
    """Text with XML-invalid characters removed, whitespace collapsed to single spaces,
    and its bidi controls closed (see :func:`bidi_closed`)."""
    if not text:
        return ""
    return bidi_closed(_SPACES.sub(" ", _INVALID.sub("", text)).strip())


_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: closed by PDI
_POP_EMBEDDING, _POP_ISOLATE = "\u202c", "\u2069"


def bidi_closed(text: str) -> str:
    """``text`` with every bidi embedding, override or isolate it opens closed at its end.

    A title holding an unclosed right-to-left override (U+202E) would otherwise
    reverse whatever follows it in the same paragraph — the file name or link
    shown beside it in the sources list. Closing controls are appended in the
    order the Unicode bidi algorithm (UAX #9) pairs them.
    """
    if not _EMBEDDINGS.intersection(text) and not _ISOLATES.intersection(text):
        return text
    open_: list[str] = []
    for char in text:
        if char in _EMBEDDINGS:
            open_.append(_POP_EMBEDDING)
        elif char in _ISOLATES:
            open_.append(_POP_ISOLATE)
        elif char == _POP_EMBEDDING and open_ and open_[-1] == _POP_EMBEDDING:
            open_.pop()
        elif char == _POP_ISOLATE and _POP_ISOLATE in open_:  # closes the embeddings inside too
            del open_[len(open_) - 1 - open_[::-1].index(_POP_ISOLATE):]
    return text + "".join(reversed(open_))


def shorten(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, marked with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
