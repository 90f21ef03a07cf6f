"""Word-level tools shared by the fact extractors (organisations, agreements, events, figures).

These extractors grow a phrase out from a head word ("University",
"соглашение", "forum") one word at a time, so they need the words of a
sentence with offsets, the gap between two words, and for Russian a cheap
look at a word's grammar (an adjective ending, a genitive, a verb). The
grammar comes from pymorphy3 through :mod:`briefing.extract.morph`, memoised
per word, and is asked only for the few words next to a head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract import morph

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")
_RU_ADJECTIVE = re.compile(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ей|ую|юю|ых|их|ыми|ими)$"
)
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@dataclass(frozen=True)
class Word:
    """A word of the text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """The word in lower case."""
        return self.text.lower()

    @property
    def capital(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[:1].isupper()


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` (letters, inner hyphens and apostrophes)."""
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def gap(text: str, left: Word, right: Word) -> str:
    """What stands between two words."""
    return text[left.end : right.start]


def tight(text: str, left: Word, right: Word) -> bool:
    """True when only a space (or the dot of an initial) separates the words."""
    between = gap(text, left, right)
    if between in (" ", "\u00a0"):
        return True
    return len(left.text) == 1 and left.capital and between in (".", ". ", ".\u00a0")


def ru_adjective(word: str) -> bool:
    """True when a Russian word has an adjective ending (cheap shape test)."""
    return len(word) > 3 and _RU_ADJECTIVE.search(word.lower()) is not None


@lru_cache(maxsize=32768)
def ru_genitive(word: str) -> bool:
    """True when some reading of a Russian word is a genitive noun, adjective or numeral."""
    return any(
        "gent" in p.tag and str(p.tag.POS) in ("NOUN", "ADJF", "NUMR")
        for p in morph.analyzer().parse(word)
    )


@lru_cache(maxsize=32768)
def ru_verb(word: str) -> bool:
    """True when the likeliest reading of a Russian word is a verb form."""
    parses = morph.analyzer().parse(word)
    return bool(parses) and str(parses[0].tag.POS) in _VERB_POS
