"""Russian morphology through pymorphy3, loaded once and memoised.

Gazetteers and lexicons store lemmas; text words are lemmatised before
lookup, so "Германией", "в Германии" and "германская" all reach their entry
without hand-written endings. The analyser costs about 0.2 s to load, so it
is created on first use, only for documents that need it.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import Any


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(path=_dictionary_path(), lang="ru")


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
    parses = _analyzer().parse(word)
    return str(parses[0].normal_form) if parses else word.lower()


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form the analyser considers for the word (for ambiguous forms)."""
    forms = frozenset(str(p.normal_form) for p in _analyzer().parse(word))
    return forms or frozenset({word.lower()})


@lru_cache(maxsize=65536)
def nominative(word: str, *, name_part: str | None = None) -> str:
    """The word in the nominative singular, keeping its capitalisation.

    ``name_part`` narrows the analysis to a grammeme such as ``Name``
    (first name), ``Surn`` (surname) or ``Patr`` (patronymic) when known.
    """
    parses = _analyzer().parse(word)
    if name_part:
        parses = [p for p in parses if name_part in p.tag] or parses
    if not parses:
        return word
    form = parses[0].inflect({"nomn"})
    result = str(form.word) if form else word.lower()
    return _same_case(word, result)


def _same_case(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a word, memoised: one analysis serves every caller.

    The analysis is the costly part of reading a Russian word (a tenth of a
    millisecond or more for a word the dictionary lacks), and the same word is
    asked about for its tags, its lemma and its case.
    """
    return tuple(_analyzer().parse(word))


def analyzer() -> Any:
    """The shared pymorphy3 analyser (loaded on first use), for callers that need tags."""
    return _analyzer()
