"""Is this string a word? Dictionaries per script, loaded on first use.

Used only where a repair must not invent words: joining a hyphen broken at a
line end, and fixing OCR digit-for-letter confusions. Which dictionary serves
which script is data (``data/clean/lexicons.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from briefing import datafiles


@cache
def _backends() -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for script, backend, lang in datafiles.rows("clean", "lexicons.tsv"):
        found.setdefault(script, []).append((backend, lang))
    return found


@cache
def _spellchecker(lang: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=lang, case_sensitive=False)


@cache
def _morph(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _checker(backend: str, lang: str) -> Callable[[str], bool]:
    if backend == "pymorphy3":
        return lambda word: bool(_morph(lang).word_is_known(word))
    return lambda word: word in _spellchecker(lang)


def script_of(word: str) -> str:
    """``cyrillic`` or ``latin`` (by the first letter), ``other`` otherwise."""
    for char in word:
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
        if char.isascii() and char.isalpha():
            return "latin"
    return "other"


@lru_cache(maxsize=16384)
def is_word(word: str) -> bool:
    """True when a dictionary for the word's script knows it (lower-cased)."""
    lower = word.lower()
    return any(_checker(b, lang)(lower) for b, lang in _backends().get(script_of(word), []))
