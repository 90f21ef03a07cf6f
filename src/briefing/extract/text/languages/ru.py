"""Russian: words inflect, and pymorphy3 reads their lemma, case and part of speech."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import ClassVar

from briefing.extract.text import morph
from briefing.extract.text.languages import Language
from briefing.extract.text.languages.ru_names import case_hint, nominative_name
from briefing.extract.text.phrase_words import Word

_LOWER_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
_GENITIVE_POS = ("NOUN", "ADJF", "NUMR")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


class Russian(Language):
    """Russian rules: look-ups by lemma, names in the nominative, phrases by case."""

    __slots__ = ()

    code: ClassVar[str] = "ru"
    inflected: ClassVar[bool] = True
    head_ending: ClassVar[str] = r"[\w-]*"
    cue_ending: ClassVar[str] = r"\w*"

    def lemma(self, word: str) -> str:
        """The likeliest normal form, lower-cased."""
        return morph.lemma(word)

    def nominative(self, word: str) -> str:
        """The word in the nominative singular, its capitals kept."""
        return morph.nominative(word)

    def name_in_nominative(self, words: list[str], text: str, start: int) -> list[str] | None:
        """The name's words in the nominative, the case read from the word before it."""
        return nominative_name(words, case_hint(text, start))

    def genitive_complement(self, word: str) -> bool:
        """A word in the genitive that completes an office's name: a lower-case word
        ("министр науки", "ректор университета") or a capitalised one that is no
        part of a person's name ("министр культуры Азербайджана")."""
        return _genitive_complement(word)

    def verb(self, word: str) -> bool:
        """The likeliest reading is a verb, infinitive, short participle or gerund."""
        return _verb(word)

    def modifier(self, word: Word) -> bool:
        """An adjective (by its ending) may stand before a head: "Казахский национальный"."""
        return self.adjective(word.text)

    def tail_opens(self, word: Word) -> bool:
        """A preposition of the list ("о", "по") or a genitive that is not a verb."""
        if word.lower in self.phrase_words("tail_start"):
            return True
        return len(word.text) > 2 and self.genitive(word.text) and not _verb(word.text)

    def tail_stops(self, word: Word) -> bool:
        """A stop word of the list ("между", "который") or a verb."""
        return word.lower in self.phrase_words("tail_stop") or _verb(word.text)

    def past_form(self, word: str) -> bool:
        """A verb in the past tense ("состоялась", "подписали"), as the analyser reads it."""
        return _past(word)

    def adjective(self, word: str) -> bool:
        """The word has an adjective ending (a cheap shape test: no analysis)."""
        return len(word) > 3 and word.lower().endswith(_adjective_endings())

    def genitive(self, word: str) -> bool:
        """Some reading of the word is a genitive noun, adjective or numeral."""
        return _genitive(word)


@cache
def _adjective_endings() -> tuple[str, ...]:
    return tuple(sorted(LANGUAGE.phrase_words("adjective_ending")))


@lru_cache(maxsize=32768)
def _genitive(word: str) -> bool:
    """Memoised: the readings come from :func:`morph.parses`, shared with the other
    extractors, and the same words are asked about again and again."""
    return any("gent" in p.tag and str(p.tag.POS) in _GENITIVE_POS for p in morph.parses(word))


@lru_cache(maxsize=32768)
def _genitive_complement(word: str) -> bool:
    lower = word.lower()
    if len(lower) < 3 or not _LOWER_WORD.fullmatch(lower):
        return False  # "в" also reads as a genitive abbreviation
    parses = morph.parses(lower)
    if word[:1].isupper() and any(_NAME_GRAMMEMES & p.tag.grammemes for p in parses):
        return False  # "министра Аскара": the name itself
    return any(p.tag.case == "gent" and "Abbr" not in p.tag.grammemes for p in parses)


@lru_cache(maxsize=32768)
def _verb(word: str) -> bool:
    parses = morph.parses(word)
    return bool(parses) and str(parses[0].tag.POS) in _VERB_POS


@lru_cache(maxsize=32768)
def _past(word: str) -> bool:
    parses = morph.parses(word)
    return bool(parses) and parses[0].tag.tense == "past"


LANGUAGE = Russian()
