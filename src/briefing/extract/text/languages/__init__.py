"""The languages the extractors read: one module each, one common interface.

An extractor asks the document's language what it needs to know about a
word (its look-up form, its nominative, whether it is a verb, whether it may
stand before or after the head of a phrase) instead of testing which
language it is. English is the model of a language that marks little by
endings; Russian inflects and reads its words through pymorphy3.

A new language is its data files (``data/*/<name>.<code>.tsv`` and
``.txt``) plus one module here, named by its code, that defines
``LANGUAGE``, an instance of a :class:`Language` subclass. A code without a
module is read with the English rules.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import ClassVar, Literal

from briefing import datafiles
from briefing.extract.text.phrase_words import Word

FALLBACK = "en"
Tense = Literal["past", "future"]


class Language:
    """What the extractors need to know of one language.

    The defaults are those of a language whose words keep their form
    (English): look-ups go by the lower-cased word, names are written as
    they stand, and nothing is analysed.
    """

    __slots__ = ()

    code: ClassVar[str] = FALLBACK
    inflected: ClassVar[bool] = False
    """Words take case endings: word lists hold lemmas or stems, names of
    institutions run on through genitive words, and people's names are put
    in the nominative."""
    head_ending: ClassVar[str] = r"\b"
    """The pattern a head word of ``data/facts`` may end with in the text."""
    cue_ending: ClassVar[str] = r"\b"
    """The pattern a status cue of ``data/facts`` may end with in the text."""

    def lemma(self, word: str) -> str:
        """The form under which the word is looked up in word lists."""
        return word.lower()

    def nominative(self, word: str) -> str:
        """The word (or a place's one-word name) in the nominative."""
        return word

    def name_in_nominative(self, words: list[str], text: str, start: int) -> list[str] | None:
        """The words of a person's name at ``start`` of ``text`` in the nominative;
        None when names are written as they stand."""
        del words, text, start
        return None

    def genitive_complement(self, word: str) -> bool:
        """A lower-case word in the genitive that completes an office's name
        ("министр науки"): none in a language without cases."""
        del word
        return False

    def verb(self, word: str) -> bool:
        """The word reads as a verb form (it ends a counted phrase)."""
        del word
        return False

    def closes_count(self, lower: str) -> bool:
        """The word closes the phrase after a number ("600 Kazakh students")."""
        del lower
        return False

    def modifier(self, word: Word) -> bool:
        """The word may stand before the head of an event or agreement phrase."""
        del word
        return False

    def tail_opens(self, word: Word) -> bool:
        """The word may start the tail that names a head ("of", "о")."""
        return word.lower in self.phrase_words("tail_start")

    def tail_stops(self, word: Word) -> bool:
        """The word ends the tail of a head's phrase."""
        return word.lower in self.phrase_words("tail_stop")

    def adjective(self, word: str) -> bool:
        """The word has the shape of an adjective that may open an institution's name."""
        del word
        return False

    def adverb(self, lower: str) -> bool:
        """The word is an adverb, which may open a sentence before a name ("Currently")."""
        del lower
        return False

    def genitive(self, word: str) -> bool:
        """Some reading of the word is in the genitive (a name runs on through it)."""
        del word
        return False

    def phrase_words(self, kind: str) -> frozenset[str]:
        """The words of one kind in ``data/facts/phrase_words.<code>.tsv``."""
        return _phrase_words(self.code, kind)

    def tense(self, words: list[str]) -> Tense | None:
        """Whether a sentence (its words) speaks of the past or the future; None when it
        does not say. A future word wins: "will be held" is future."""
        cues = _tense_words(self.code)
        if any(word.lower() in cues["future"] for word in words):
            return "future"
        for word in words:
            lower = word.lower()
            if lower in cues["past"] or (self.past_form(word) and lower not in cues["not_past"]):
                return "past"
        return None

    def past_form(self, word: str) -> bool:
        """A verb form of the past that no word list holds (English "-ed", Russian "-л")."""
        del word
        return False


@cache
def _phrase_words(code: str, kind: str) -> frozenset[str]:
    rows = datafiles.rows("facts", f"phrase_words.{code}.tsv")
    return frozenset(row[0].strip().lower() for row in rows if row[1].strip() == kind)


@cache
def _tense_words(code: str) -> dict[str, frozenset[str]]:
    """``data/dates/tense.<code>.tsv``: past and future words, and words that look past but
    are not ("hundred"); none for a language without the file."""
    found: dict[str, set[str]] = {"past": set(), "future": set(), "not_past": set()}
    for tense, word in datafiles.rows("dates", f"tense.{code}.tsv"):
        found[tense.strip()].add(word.strip().lower())
    return {tense: frozenset(words) for tense, words in found.items()}


@cache
def language_of(code: str) -> Language:
    """The language of ``code``; English rules for a code without a module."""
    name = code if code.isascii() and code.isalpha() else FALLBACK
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError:
        module = importlib.import_module(f"{__name__}.{FALLBACK}")
    found = module.LANGUAGE
    assert isinstance(found, Language)
    return found

