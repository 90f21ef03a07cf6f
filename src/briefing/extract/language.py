"""Language of a document (ISO 639-1)."""

from __future__ import annotations


def detect_language(text: str) -> str:
    """``ru`` when Cyrillic letters dominate, else ``en``."""
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "ru" if cyrillic > latin else "en"
