"""What one capitalised word may be: a given name, a surname, a role, an organisation word…

English words are looked up in the lexicons; Cyrillic words go through
pymorphy3's tags (Name, Surn, Patr, Geox, Orgn) as well. The answer depends on
the word alone, so it is memoised per word and shared by all its tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract import morph
from briefing.extract.lexicons import given_names, org_types, roles, word_set
from briefing.extract.names import Token, country_words, surname_shaped
from briefing.extract.roles import is_role_word

_CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
# Parts of speech that never start a Russian name (sentence-initial words, adjectives).
_RU_NOT_NAME = frozenset(
    {"PREP", "CONJ", "PRCL", "NPRO", "ADJF", "ADJS", "VERB", "INFN", "ADVB", "PRTF", "NUMR"}
)
_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))  # English plural endings and their singular
_SHORT = 4  # letters: a short word with two capitals is an abbreviation
_RU_TRUST = 0.3  # a pymorphy3 parse below this score is too unsure to decide on


@dataclass(frozen=True)
class WordInfo:
    """The signals one token gives."""

    initials: bool = False
    given: bool = False
    surname: bool = False
    role: bool = False
    org: bool = False
    function: bool = False
    place: bool = False
    abbreviation: bool = False
    adjective: bool = False


_INITIALS = WordInfo(initials=True)


def word_infos(run: list[Token], lang: str) -> list[WordInfo]:
    """Signals for every token of a run (one call per run: this is a hot path)."""
    word = word_info
    return [_INITIALS if token.initials else word(token.text, lang) for token in run]


@lru_cache(maxsize=65536)
def word_info(word: str, lang: str) -> WordInfo:
    """Signals of one word (not initials), memoised per word."""
    if _CYRILLIC.search(word):
        return WordInfo(False, *_cyrillic(word), _abbreviation(word), _adjective(word))
    return WordInfo(False, *_latin(word, lang), _abbreviation(word))


def never_a_name(word: str, lang: str) -> bool:
    """A function, role, place or organisation word, which no context makes a name.

    A Latin word is judged without the given-name list (long to load): a word
    read alone needs only this test, so a short text with no run of several
    words never loads the list.
    """
    if _CYRILLIC.search(word):
        info = word_info(word, lang)
        return info.function or info.role or info.place or info.org
    return any(_latin_classes(word, lang))


def is_adjective(word: str, lang: str) -> bool:
    """A Russian word one of whose likely readings is a full adjective ("Пражского")."""
    return bool(_CYRILLIC.search(word)) and word_info(word, lang).adjective


def _latin(word: str, lang: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    role, org, function, place = _latin_classes(word, lang)
    given = not place and (word in given_names() or word.split("-")[0] in given_names())
    return given, surname_shaped(word), role, org, function, place


def _latin_classes(word: str, lang: str) -> tuple[bool, bool, bool, bool]:
    """Whether a Latin word is a role, an organisation word, a function word, a place."""
    lower = word.lower()
    return (
        is_role_word(word, lang),
        lower in org_types(lang) or lower in org_types("en"),
        _common_word(lower, lang) or _abbreviation(word),
        lower in country_words(),
    )


def _common_word(lower: str, lang: str) -> bool:
    """A function word, or the plural of one or of a role ("States", "Members"):
    a plural common noun is never a person's name."""
    common = word_set("people", "function_words.en.txt")
    if lower in common:
        return True
    for ending, replacement in _PLURALS:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            singular = lower[: -len(ending)] + replacement
            if singular in common or singular in roles(lang):
                return True
    return False


def _cyrillic(word: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    lower = word.lower()
    every = morph.parses(lower)
    # readings the analyser trusts; else every reading tied with the best (their order is arbitrary)
    parses = [p for p in every if p.score >= _RU_TRUST] or [
        p for p in every if p.score >= every[0].score
    ]
    tags = [p.tag for p in parses]
    lemma = str(parses[0].normal_form) if parses else lower
    given = any("Name" in t and "sing" in t for t in tags) and not surname_shaped(word)
    surname = any("Surn" in t or "Patr" in t for t in tags) or surname_shaped(word)
    top = tags[0] if tags else None
    function = bool(top and top.POS in _RU_NOT_NAME and not (given or surname)) or _abbreviation(
        word
    )
    place = bool(top and ("Geox" in top or "Orgn" in top) and not given and not surname)
    return (
        given,
        surname,
        is_role_word(word, "ru"),
        lemma in org_types("ru") or lower in org_types("ru"),
        function,
        place,
    )


def _adjective(word: str) -> bool:
    """A Russian word one of whose likely readings is a full adjective ("Пражского")."""
    return any(p.tag.POS == "ADJF" for p in morph.parses(word.lower()) if p.score >= _RU_TRUST)


def _abbreviation(word: str) -> bool:
    """All capitals ("UNESCO", "МИД") or a short word with two ("PhD", "MSc"): never a name."""
    capitals = sum(c.isupper() for c in word)
    return (word.isupper() and len(word) > 1) or (len(word) <= _SHORT and capitals > 1)
