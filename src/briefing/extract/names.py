"""Runs of capitalised words: the candidates from which people are read.

A run is a sequence of capitalised words (or initials) separated by single
spaces, with name particles ("al", "van", "de") allowed inside. The run is
the raw material; :mod:`briefing.extract.people` decides which part of it,
if any, is a personal name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from briefing.extract.lexicons import word_set

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІŞÇĞİ"
_TOKEN = re.compile(
    rf"(?P<init>(?:[{_UPPER}]\.\s?){{1,3}})(?=[{_UPPER}][^\W\d_])"
    r"|(?P<word>[^\W\d_](?:[\w'’-]*[^\W\d_])?)(?<!['’]s)"
)
# Surname endings shared by Kazakh, Russian, Ukrainian, Polish, Caucasian,
# Scandinavian and Turkish usage, Latin and Cyrillic. "-ian"/"-an" are left
# out: they are the endings of demonyms ("Italian", "Armenian").
_SURNAME_END = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|in|ina|sky|ski|skiy|skaya|ska|enko|chuk|yuk|uly|uli|kyzy|yan|dze|"
    r"shvili|sson|sen|oglu|oğlu|zade|ova|ovich|evich|ovna|evna|"
    r"ов|ова|ев|ева|ин|ина|ский|ская|енко|ук|юк|улы|ұлы|кызы|қызы|ян|дзе|швили|оглы|"
    r"ович|евич|овна|евна|ова|ову|овым|ове|овой|ева|еву|евым|еве|евой|ина|ину|иным|иной|"
    r"ского|скому|ским|ской)$"
)


@dataclass(frozen=True)
class Token:
    """One word or group of initials, with offsets into the text."""

    start: int
    end: int
    text: str
    initials: bool = False

    @property
    def lower(self) -> str:
        """The word in lower case, for lexicon look-ups."""
        return self.text.lower()


def runs(text: str, start: int, end: int) -> list[list[Token]]:
    """Runs of capitalised tokens in ``text[start:end]``."""
    found: list[list[Token]] = []
    current: list[Token] = []
    previous_end = -1
    for match in _TOKEN.finditer(text, start, end):
        token = _token(match)
        capital = token.initials or token.text[0].isupper()
        particle = not capital and token.lower in particles()
        joined = previous_end >= 0 and _joined(text, previous_end, token.start)
        if current and not (joined and (capital or particle)):
            found.append(_trim_particles(current))
            current = []
        if capital or (particle and current):
            current.append(token)
        previous_end = token.end
    if current:
        found.append(_trim_particles(current))
    return [run for run in found if run]


def _token(match: re.Match[str]) -> Token:
    if match.group("init"):
        raw = match.group("init")
        return Token(match.start(), match.start() + len(raw.rstrip()), raw.rstrip(), initials=True)
    return Token(match.start(), match.end(), match.group())


def _joined(text: str, previous_end: int, start: int) -> bool:
    gap = text[previous_end:start]
    return gap == "" or gap in (" ", "\u00a0")


def _trim_particles(run: list[Token]) -> list[Token]:
    while run and not (run[-1].initials or run[-1].text[0].isupper()):
        run = run[:-1]
    return run


def surname_shaped(word: str) -> bool:
    """True when the word ends like a surname of the regions we read."""
    return len(word) > 3 and bool(_SURNAME_END.search(word.lower()))


@cache
def particles() -> frozenset[str]:
    """Lower-case name particles ("al", "van", "de")."""
    return word_set("people", "particles.txt")


@cache
def country_words() -> frozenset[str]:
    """Lower-cased words of English country names (never a given name)."""
    words: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+", value))
    return frozenset(words - {"of", "the", "and", "republic", "state", "states", "islands"})
