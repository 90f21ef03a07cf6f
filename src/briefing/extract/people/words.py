"""What one capitalised word may be: a given name, a surname, a role, an organisation word…

English words are looked up in the lexicons; Cyrillic words go through
pymorphy3's tags (Name, Surn, Patr, Geox, Orgn) as well. The answer depends on
the word alone, so it is memoised per word and shared by all its tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefing import datafiles
from briefing.extract.people.names import (
    Token,
    country_words,
    particles,
    surname_shaped,
)
from briefing.extract.people.roles import is_role_word
from briefing.extract.text import morph
from briefing.extract.text.lexicons import (
    east_asian_family_names,
    given_names,
    org_types,
    roles,
    word_set,
)

_CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
# Parts of speech that never start a Russian name (sentence-initial words, adjectives).
_RU_NOT_NAME = frozenset(
    {"PREP", "CONJ", "PRCL", "NPRO", "ADJF", "ADJS", "VERB", "INFN", "ADVB", "PRTF", "NUMR"}
)
_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))  # English plural endings and their singular
_SHORT = 4  # letters: a short word with two capitals is an abbreviation
_RU_TRUST = 0.3  # a pymorphy3 parse below this score is too unsure to decide on
_MEMO_SIZE = 65536  # words whose signals are remembered (a bound: memory stays flat)
_SYLLABLE = 4  # letters of one syllable of an East Asian name in Cyrillic ("Чжэн", "Ын")


@dataclass(frozen=True, slots=True)
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
_NO_SIGNAL = WordInfo()


def word_infos(run: Sequence[Token], lang: str) -> list[WordInfo]:
    """Signals for every token of a run (one call per run: this is a hot path).

    A given name that is also an English word ("Mark", ``data/people/given_words.en.txt``)
    is a given name only before another given name or a surname in the run ("Mark Turner").
    An East Asian family name opens the name before any other word of the run.
    """
    infos = [
        _INITIALS if token.initials else _token_info(token, lang, inner=index > 0)
        for index, token in enumerate(run)
    ]
    for index in range(len(run) - 1):
        following = infos[index + 1]
        if (following.given or following.surname) and run[index].text in _given_words():
            infos[index] = replace(infos[index], given=True)
        elif not run[index + 1].initials and run[index].text in east_asian_family_names():
            infos[index] = replace(infos[index], given=True, function=False, place=False)
            # its syllables are no Russian words nor places ("Ким Чен Ын", "Ван И")
            for after in range(index + 1, min(index + 3, len(run))):
                if len(run[after].text) <= _SYLLABLE:
                    infos[after] = replace(infos[after], function=False, place=False)
    return infos


def _token_info(token: Token, lang: str, *, inner: bool) -> WordInfo:
    """A particle inside a run ("фон дер", "van", "Абдулла бин Зайед Аль Нахайян")
    gives no signal: the analyser would read "фон" as a Russian noun, "Аль" as a
    function word. A capitalised one opening a run is read as a word."""
    if (inner or token.text[:1].islower()) and token.lower in particles():
        return _NO_SIGNAL
    return word_info(token.text, lang)


@cache
def _given_words() -> frozenset[str]:
    """Given names that are English words, as written (a capital tells the name)."""
    return frozenset(datafiles.words("people", "given_words.en.txt"))


@lru_cache(maxsize=_MEMO_SIZE)
def word_info(word: str, lang: str) -> WordInfo:
    """Signals of one word (not initials), memoised per word."""
    if _is_cyrillic(word):
        return _cyrillic(word)
    role, org, function, place = _latin_classes(word, lang)
    names = given_names()
    bare = _without_diacritics(word)
    given = not place and (bare in names or ("-" in bare and bare.split("-")[0] in names))
    abbreviation = function and _abbreviation(word)  # an abbreviation is a function word
    return WordInfo(
        given=given,
        surname=surname_shaped(word),
        role=role,
        org=org,
        function=function,
        place=place,
        abbreviation=abbreviation,
    )


def never_a_name(word: str, lang: str) -> bool:
    """A function, role, place or organisation word, which no context makes a name.

    A Latin word is judged without the given-name list (long to load): a word
    read alone needs only this test, so a short text with no run of several
    words never loads the list. A Cyrillic abbreviation ("МИД") is a function
    word without the analysis of the word.
    """
    if _is_cyrillic(word):
        if _abbreviation(word):
            return True
        info = word_info(word, lang)
        return info.function or info.role or info.place or info.org
    return any(_latin_classes(word, lang))


def is_org_word(word: str, lang: str) -> bool:
    """An organisation word ("University", "Комитета"): a Latin one is known without
    the other signals of the word, a Cyrillic one needs its analysis."""
    if _is_cyrillic(word):
        return word_info(word, lang).org
    return word.lower() in _org_words(lang)


def is_adjective(word: str, lang: str) -> bool:
    """A Russian word one of whose likely readings is a full adjective ("Пражского")."""
    return _is_cyrillic(word) and word_info(word, lang).adjective


def _without_diacritics(word: str) -> str:
    """"André" -> "Andre": the given-name list is written without diacritics."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def is_known_word(word: str) -> bool:
    """A Cyrillic word the analyser's dictionary knows (a common word, or a known name)."""
    return bool(morph.analyzer().word_is_known(word.lower()))


def _is_cyrillic(word: str) -> bool:
    return not word.isascii() and _CYRILLIC.search(word) is not None


@lru_cache(maxsize=_MEMO_SIZE)
def _latin_classes(word: str, lang: str) -> tuple[bool, bool, bool, bool]:
    """Whether a Latin word is a role, an organisation word, a function word, a place
    (memoised: a word read alone is often met again in a run of several)."""
    lower = word.lower()
    return (
        is_role_word(word, lang),
        lower in _org_words(lang),
        lower in _function_words()
        or _abbreviation(word)
        or _plural_of_common(lower, lang)
        or _compound_adjective(lower),
        lower in country_words(),
    )


def _compound_adjective(lower: str) -> bool:
    """A word with a lower-case suffix that makes it an adjective ("Chicago-based",
    "Kazakh-born", "UN-backed", ``data/people/adjective_suffixes.en.txt``): never a
    name's part."""
    _, hyphen, suffix = lower.rpartition("-")
    return bool(hyphen) and suffix in word_set("people", "adjective_suffixes.en.txt")


@cache
def _org_words(lang: str) -> frozenset[str]:
    """Organisation head words of the language and of English (Latin words in any text),
    and the words of firms' and teams' names."""
    firms = word_set("people", "organisation_words.txt")
    return frozenset(org_types(lang)) | frozenset(org_types("en")) | firms


@cache
def _function_words() -> frozenset[str]:
    return word_set("people", "function_words.en.txt")


def _plural_of_common(lower: str, lang: str) -> bool:
    """The plural of a function word or of a role ("States", "Members"):
    a plural common noun is never a person's name."""
    if not lower.endswith("s"):  # every plural ending ends so
        return False
    common, role_words = _function_words(), roles(lang)
    for ending, replacement in _PLURALS:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            singular = lower[: -len(ending)] + replacement
            if singular in common or singular in role_words:
                return True
    return False


def _cyrillic(word: str) -> WordInfo:
    """The signals of a Cyrillic word, from one pass over its pymorphy3 readings."""
    lower = word.lower()
    every = morph.parses(lower)
    # readings the analyser trusts; else every reading tied with the best (their order is arbitrary)
    parses = [p for p in every if p.score >= _RU_TRUST] or [
        p for p in every if p.score >= every[0].score
    ]
    named = surnamed = False
    for parse in parses:
        grammemes = parse.tag.grammemes
        named = named or ("Name" in grammemes and "sing" in grammemes)
        surnamed = surnamed or "Surn" in grammemes or "Patr" in grammemes
    shaped = surname_shaped(word)
    given, surname = named and not shaped, surnamed or shaped
    top = parses[0].tag if parses else None
    lemma = str(parses[0].normal_form) if parses else lower
    abbreviation = _abbreviation(word)
    # only plural readings: no one person, unless a given name's ("Анн": of "Анна", or the
    # French "Анн" of "мэр Парижа Анн Идальго")
    plural = bool(parses) and all(
        "plur" in p.tag.grammemes and "Name" not in p.tag.grammemes for p in parses
    )
    # the analyser's guess for a word it does not know ("Айгүл" read as a verb by its
    # "-л") makes no function word: a capitalised unknown word is most often a name
    function = (
        top is not None
        and not (given or surname)
        and (top.POS in _RU_NOT_NAME or plural)  # a plural ("Эмиратах") names no one person
        and is_known_word(lower)
    ) or abbreviation
    # a place by the dictionary; the analyser's guess for a word it does not know
    # ("Керимли" read as a place by its ending) is no evidence
    place = (
        top is not None
        and not (given or surname)
        and not top.grammemes.isdisjoint(_PLACE)
        and is_known_word(lower)
    )
    org_words = org_types(morph.LANGUAGE)
    return WordInfo(
        given=given,
        surname=surname,
        role=is_role_word(word, morph.LANGUAGE),
        org=lemma in org_words or lower in org_words,
        function=function,
        place=place,
        abbreviation=abbreviation,
        # the readings' scores added up: an adjective's are spread over its cases
        # ("Туркестанской": four readings of 0.25)
        adjective=sum(p.score for p in every if "ADJF" in p.tag.grammemes) >= _RU_TRUST,
    )


_PLACE = frozenset({"Geox", "Orgn"})  # grammemes of a place or an organisation's name


def _abbreviation(word: str) -> bool:
    """All capitals ("UNESCO", "МИД") or a short word with two ("PhD", "MSc"): never a name."""
    if word.isupper() and len(word) > 1:
        return True
    if len(word) > _SHORT:
        return False
    capitals = 0
    for char in word:
        capitals += char.isupper()
    return capitals > 1


def uncommon_name(tokens: Sequence[Token], lang: str) -> bool:
    """Every word is a given name, a surname or no common word ("Kofi Annan"; not
    "Foreign Affairs", "First Lady", "Национальный Совет")."""
    for token in tokens:
        info = word_info(token.text, lang)
        if not (info.given or info.surname) and common_word(token.text):
            return False
    return True


def common_word(word: str) -> bool:
    """A common word: a Latin one among the common English words (a list made from a
    frequency list), a Cyrillic one known to the analyser's dictionary."""
    if word.isascii():
        return word.lower() in _common_words()
    return is_known_word(word)


@cache
def _common_words() -> frozenset[str]:
    """``data/people/common_words.en.txt``."""
    return word_set("people", "common_words.en.txt")
