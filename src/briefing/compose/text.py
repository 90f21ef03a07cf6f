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
    """Text with XML-invalid characters removed and whitespace collapsed to single spaces."""
    if not text:
        return ""
    return _SPACES.sub(" ", _INVALID.sub("", text)).strip()


def shorten(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, marked with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
