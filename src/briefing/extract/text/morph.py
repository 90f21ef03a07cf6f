"""Russian morphology through pymorphy3, loaded once and memoised.

Gazetteers and lexicons store lemmas; text words are lemmatised before
lookup, so "Германией", "в Германии" and "германская" all reach their entry
without hand-written endings. The analyser costs about 0.2 s to load, so it
is created on first use, only for documents that need it.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from typing import Any

LANGUAGE = "ru"
"""The language of the analyser's dictionary: every Cyrillic word is read as Russian."""

# A word of two or more Cyrillic letters (and hyphens): the analyser reads such a
# word in lower case only, so it is analysed once for all the ways it is written.
# (One capital letter is an initial to it; Latin letters and digits may be read
# as written: Roman numerals, Latin words.)
_CASE_BLIND = re.compile("[\u0400-\u04ff-]{2,}")


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(path=_dictionary_path(), lang=LANGUAGE)


def _dictionary_path() -> str | None:
    """The folder of the Russian dictionary, asked of its package.

    Left to itself, pymorphy3 finds the folder through the entry points of
    the installed packages, a scan of every package's metadata that costs
    about as much as loading the dictionary. Its environment variable
    ``PYMORPHY2_DICT_PATH`` still wins (None lets pymorphy3 read it).
    """
    if "PYMORPHY2_DICT_PATH" in os.environ:
        return None
    import pymorphy3_dicts_ru  # type: ignore[import-untyped]  # no stubs; pymorphy3 is ignored likewise in pyproject

    return str(pymorphy3_dicts_ru.get_path())


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The most likely normal form of a Russian word, lower-cased."""
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form the analyser considers for the word (for ambiguous forms)."""
    forms = frozenset(str(p.normal_form) for p in parses(word))
    return forms or frozenset({word.lower()})


@lru_cache(maxsize=65536)
def nominative(word: str, *, name_part: str | None = None) -> str:
    """The word in the nominative singular, keeping its capitalisation.

    ``name_part`` narrows the analysis to a grammeme such as ``Name``
    (first name), ``Surn`` (surname) or ``Patr`` (patronymic) when known.
    """
    found = parses(word)
    if name_part:
        found = tuple(p for p in found if name_part in p.tag) or found
    if not found:
        return word
    form = found[0].inflect({"nomn"})
    result = str(form.word) if form else word.lower()
    return _same_case(word, result)


def _same_case(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a word, memoised: one analysis serves every caller.

    The analysis is the costly part of reading a Russian word (a tenth of a
    millisecond or more for a word the dictionary lacks), and the same word is
    asked about for its tags, its lemma and its case, as written by some
    callers ("Министерство") and in lower case by others.
    """
    lower = word.lower()
    if lower != word and _CASE_BLIND.fullmatch(word):
        word = lower
    return _parses(word)


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(_analyzer().parse(word))


def analyzer() -> Any:
    """The shared pymorphy3 analyser (loaded on first use), for callers that need tags."""
    return _analyzer()
