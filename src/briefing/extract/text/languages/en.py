"""English: words keep their form; plurals and "-ed"/"-ing" are read from the ending."""

from __future__ import annotations

from typing import ClassVar

from briefing.extract.text.languages import Language
from briefing.extract.text.phrase_words import Word

_VERB_ENDINGS = ("ing", "ed")


class English(Language):
    """English rules: the defaults of :class:`Language`, plus what English endings say."""

    __slots__ = ()

    code: ClassVar[str] = "en"
    head_ending: ClassVar[str] = r"(?:s|es)?\b"

    def verb(self, word: str) -> bool:
        """A word of five letters or more ending in "-ing" or "-ed"."""
        return len(word) > 4 and word.lower().endswith(_VERB_ENDINGS)

    def past_form(self, word: str) -> bool:
        """A lower-case word of five letters or more in "-ed" ("helped", "organised");
        capitalised ones are names ("United", "Ahmed")."""
        return word.islower() and len(word) > 4 and word.endswith("ed")

    def closes_count(self, lower: str) -> bool:
        """A plural noun ("students", not "class" or "Kazakhstan's") closes an English count."""
        return lower[-1] == "s" and lower[-2:-1] not in ("", "s", "'")

    def adverb(self, lower: str) -> bool:
        """A word in "-ly" ("Currently", "Recently")."""
        return lower.endswith("ly")

    def modifier(self, word: Word) -> bool:
        """Any word but a function word, a verb of the tail's stop list or a participle."""
        if word.lower in self.phrase_words("tail_stop") or word.lower in self.phrase_words(
            "before_stop"
        ):
            return False
        return not self._participle(word.lower)

    def tail_stops(self, word: Word) -> bool:
        """A stop word or a participle ("signed", "visiting") ends the tail."""
        return word.lower in self.phrase_words("tail_stop") or self._participle(word.lower)

    def _participle(self, lower: str) -> bool:
        """ "-ed" or "-ing" on a word of six letters or more, but for the adjectives
        of that shape listed in the data ("leading")."""
        if not lower.endswith(_VERB_ENDINGS) or len(lower) <= 5:
            return False
        return lower not in self.phrase_words("adjective")


LANGUAGE = English()
