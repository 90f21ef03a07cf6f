"""Head words of events and agreements, and the phrase that grows around one.

``data/facts/<name>.<lang>.tsv`` lists head words with a type; English heads
are whole words (a plural "s" allowed), Russian ones stems read with any
ending. The phrase is the head with the modifiers before it ("international
scientific conference", "Казахский национальный") and the tail that names it
("… of British and Kazakh universities", "… о сотрудничестве в области
культуры"), cut at punctuation, a verb or a word that starts a new part.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefing.extract.text.languages import Language, language_of
from briefing.extract.text.lexicons import word_table
from briefing.extract.text.phrase_words import (
    folded,
    matches_at,
    places,
    prefix_free,
    word_ending_at,
    word_starting_at,
)
from briefing.extract.text.sentences import Sentence

MAX_TAIL_WORDS = 7  # "Agreement on cooperation in the field of culture and art" fits
_SPACES = (" ", "\u00a0")


@cache
def head_pattern(name: str, lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The compiled heads of ``data/facts/<name>.<lang>.tsv`` and their types."""
    language = language_of(lang)
    table = word_table("facts", f"{name}.{language.code}.tsv")
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    tail = language.head_ending
    return re.compile(rf"(?<![\w-])(?:{alternation}){tail}", re.IGNORECASE), table


def head_matches(
    name: str, text: str, sentences: list[Sentence], lang: str
) -> list[tuple[Sentence, re.Match[str]]]:
    """The matches of :func:`head_pattern` in each sentence, in text order.

    The heads are first looked up with ``str.find`` in the lower-cased text and
    the pattern is tried only where one starts: scanning with a case-blind
    alternation of every head costs far more than the few places it can match.
    """
    pattern = head_pattern(name, lang)[0]
    lower = folded(text)
    if lower is None:
        return [(s, m) for s in sentences for m in pattern.finditer(text, s.start, s.end)]
    return matches_at(pattern, text, sentences, places(lower, _needles(name, lang)))


@cache
def _needles(name: str, lang: str) -> tuple[str, ...]:
    return prefix_free(head_pattern(name, lang)[1])


def head_type(found: str, name: str, lang: str) -> str:
    """The type of the longest head of ``name`` that the found words start with."""
    return _head_type(found.lower(), name, lang)


@lru_cache(maxsize=4096)
def _head_type(lower: str, name: str, lang: str) -> str:
    """Memoised per found words: a document repeats its heads, and all heads are tried."""
    table = head_pattern(name, lang)[1]
    best = max((k for k in table if lower.startswith(k)), key=len, default="")
    return table.get(best, "other")


def phrase(text: str, start: int, end: int, floor: int, ceiling: int, lang: str) -> tuple[int, int]:
    """The span of the phrase around a head at ``start:end`` within one sentence.

    Modifiers and a tail are joined to the head by a single space, so without
    one the words on that side are not read at all.
    """
    language = language_of(lang)
    first = _modifiers(text, max(floor, start - 60), start, language)
    last = _tail(text, end, min(ceiling, end + 120), language)
    return first, last


def _modifiers(text: str, floor: int, start: int, language: Language) -> int:
    """Where up to three modifiers before the head begin, each one space before the next."""
    first = start
    for _ in range(3):
        if text[first - 1 : first] not in _SPACES:
            break
        word = word_ending_at(text, floor, first - 1)
        if word is None:
            break
        if not language.modifier(word):
            break
        first = word.start
    return first


def _tail(text: str, end: int, ceiling: int, language: Language) -> int:
    """Where the words that name the head end: up to seven, each one space after the last."""
    word = word_starting_at(text, end + 1, ceiling) if text[end : end + 1] == " " else None
    if word is None or not language.tail_opens(word):
        return _quoted(text, end)
    starts, joiners = language.phrase_words("tail_start"), language.phrase_words("joiner")
    last = end
    for count in range(MAX_TAIL_WORDS):
        if count and language.tail_stops(word):
            break
        if word.lower not in starts and word.lower not in joiners:
            last = word.end
        following = word.end + 1
        if text[word.end : following] not in _SPACES:
            break
        if (next_word := word_starting_at(text, following, ceiling)) is None:
            break
        word = next_word
    return last


def _quoted(text: str, end: int) -> int:
    """A quoted name right after the head ("festival «Spirit of Tengri»") belongs to it."""
    opening = text[end : end + 2].lstrip()[:1]
    closing = {"«": "»", "“": "”", '"': '"'}.get(opening)
    if closing is None:
        return end
    close = text.find(closing, end + 2, end + 100)
    return close + 1 if close > 0 else end
