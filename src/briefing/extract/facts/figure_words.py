"""The words around a number, read once from ``data/facts/figures.<lang>.tsv``.

Each row gives a word or phrase and its kind: ``qualifier`` ("more than"),
``scale`` ("million", "млн"), ``word`` (a number written out), ``stop``
(ends the counted phrase), ``not`` (right after the number: an ordinal or an
anniversary), ``before`` (right before it: a page, a section, a phone) and
``percent``. Patterns are compiled here, once per language.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from briefing.extract.text.languages import language_of
from briefing.extract.text.lexicons import word_table_rows
from briefing.extract.text.phrase_words import prefix_free

GLUED = ".,/:+№#-–"
"""A number glued to one of these (or to a word character) is part of a code, date or range."""


class FigureWords(NamedTuple):
    """Compiled look-ups for one language."""

    qualifiers: dict[str, str]
    scales: dict[str, float]
    numbers: dict[str, float]
    stops: frozenset[str]
    percent_of: frozenset[str]
    """Words read past after a percentage ("30% of graduates")."""
    number: re.Pattern[str]
    digit_start: re.Pattern[str]
    """Where ``number`` can start with a digit (the digit, then the same look behind)."""
    number_words: tuple[str, ...]
    """The written numbers whose places hold every other one's (for ``str.find``)."""
    qualifier_before: re.Pattern[str]
    qualifier_words: tuple[str, ...]
    """The words ``qualifier_before`` looks for (a ``str.endswith`` test before it)."""
    reference_before: re.Pattern[str]
    before_words: tuple[str, ...]
    """The words ``reference_before`` looks for."""
    not_after: re.Pattern[str]
    scale_after: re.Pattern[str]
    percent_after: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def figure_words(lang: str) -> FigureWords:
    """The look-ups for ``lang`` (English for languages without a table)."""
    rows = word_table_rows("facts", f"figures.{language_of(lang).code}.tsv")
    by_kind: dict[str, dict[str, str]] = {}
    for key, rest in rows:  # a word may have several kinds ("of": a stop, and read past)
        kind, _, value = rest.partition("\t")
        by_kind.setdefault(kind.strip(), {}).setdefault(key, value.strip())
    numbers = {k: float(v) for k, v in by_kind.get("word", {}).items()}
    digits = r"\d{1,3}(?:[,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    words = _alternation(list(numbers))
    glued = rf"[\w{re.escape(GLUED)}]"
    return FigureWords(
        qualifiers=by_kind.get("qualifier", {}),
        scales={k: float(v) for k, v in by_kind.get("scale", {}).items()},
        numbers=numbers,
        stops=frozenset(by_kind.get("stop", {})),
        percent_of=frozenset(by_kind.get("percent_of", {})),
        number=re.compile(
            rf"(?<!{glued})(?:(?P<num>{digits})|(?P<word>\b(?:{words})))"
            r"(?!\w)(?!\.\d)(?![\-–:/]\d)(?!,\d)",
            re.IGNORECASE,
        ),
        digit_start=re.compile(rf"\d(?<!{glued}\d)"),
        number_words=prefix_free(numbers),
        qualifier_before=re.compile(
            rf"(?<!\w)(?P<q>{_alternation(list(by_kind.get('qualifier', {})))})\s+$",
            re.IGNORECASE,
        ),
        qualifier_words=tuple(by_kind.get("qualifier", {})),
        reference_before=re.compile(
            rf"(?<!\w)(?:{_alternation(list(by_kind.get('before', {})))})\s*$",
            re.IGNORECASE,
        ),
        before_words=tuple(by_kind.get("before", {})),
        not_after=re.compile(
            rf"(?:[\-–]?(?:{_alternation(list(by_kind.get('not', {})))})\b)", re.IGNORECASE
        ),
        scale_after=re.compile(
            rf"\s*(?P<s>{_alternation(list(by_kind.get('scale', {})))})\b", re.IGNORECASE
        ),
        percent_after=re.compile(
            rf"\s?(?:{_alternation(list(by_kind.get('percent', {})))})", re.IGNORECASE
        ),
    )
