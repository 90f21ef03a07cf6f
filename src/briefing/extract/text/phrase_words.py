"""Word-level tools shared by the fact extractors (organisations, agreements, events, figures).

These extractors grow a phrase out from a head word ("University",
"соглашение", "forum") one word at a time, so they need the words of a
sentence with offsets and the gap between two words; what a word's grammar
says (an adjective ending, a genitive, a verb) is asked of the document's
language (:mod:`briefing.extract.text.languages`).

A word (``_WORD``) is a run of letters, digits, hyphens and apostrophes from
its first letter to its last. The heads and numbers the phrases grow from are
looked up with ``str.find`` in the lower-cased text (:func:`folded`,
:func:`places`) and checked with their own patterns only there
(:func:`matches_at`): a case-blind scan of a whole document costs far more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

from briefing.extract.text.sentences import Sentence

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")
_WORD_OR_GAP = re.compile(f"({_WORD.pattern})")
_INITIAL_DOT = (".", ". ", ".\u00a0")
_ONE_BYTE_CODECS = ("latin-1", "cp1251")  # Western and Cyrillic texts
_CASE_ODD = "ıſ\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"
"""Letters that ``re.IGNORECASE`` takes for a Latin or Cyrillic letter while ``str.lower``
keeps them apart: dotless i, long s, the old variants of в д о с т ъ ѣ ꙋ."""


class Word:
    """A word of the text with its offsets.

    A plain class with slots: phrases are grown word by word, and building
    the words is a large part of that work (a frozen dataclass costs twice).
    """

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text

    @property
    def lower(self) -> str:
        """The word in lower case."""
        return self.text.lower()

    @property
    def capital(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[:1].isupper()


class Words:
    """The words of a sentence as parallel lists.

    Organisation names are grown over whole sentences, so every word of a
    sentence is made; one object per word cost more than the growing itself.
    Word ``i`` is ``text[i]`` at ``start[i]:end[i]``; ``gap[i]`` is what stands
    before it (from the sentence's start for the first word).
    """

    __slots__ = ("capital", "end", "gap", "lower", "size", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        parts = _WORD_OR_GAP.split(text[start:end])  # gap, word, gap, word, …, gap
        offsets = list(accumulate((len(part) for part in parts), initial=start))
        self.text: list[str] = parts[1::2]
        self.start: list[int] = offsets[1:-2:2]
        self.end: list[int] = offsets[2::2]
        self.gap: list[str] = parts[:-1:2]
        self.lower: list[str] = [word.lower() for word in self.text]
        self.capital: list[bool] = [word[0].isupper() for word in self.text]
        self.size = len(self.text)

    def tight(self, i: int) -> bool:
        """True when only a space (or the dot of an initial) separates words ``i - 1`` and ``i``."""
        between = self.gap[i]
        if between in (" ", "\u00a0"):
            return True
        return len(self.text[i - 1]) == 1 and self.capital[i - 1] and between in _INITIAL_DOT


def iter_words(text: str, start: int, end: int) -> Iterator[Word]:
    """The words of ``text[start:end]``, made one by one as they are read (a phrase stops early)."""
    return (Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end))


def word_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]`` as matches, for a caller that reads few of each."""
    return _WORD.finditer(text, start, end)


def word_starting_at(text: str, start: int, end: int) -> Word | None:
    """The word of ``text[...:end]`` that starts at ``start``, as :func:`iter_words` reads it.

    ``text[start - 1]`` must not be part of the word (a space, a sign).
    """
    found = _WORD.match(text, start, end)
    return None if found is None else Word(start, found.end(), found.group())


def word_ending_at(text: str, floor: int, end: int) -> Word | None:
    """The word of ``text[floor:...]`` that ends at ``end``, as :func:`iter_words` reads it.

    ``text[end]`` must not continue the word (a space, a sign). A word is a
    run's stretch from its first letter to its last, so it ends at ``end`` when
    a letter stands before it, and starts at the first letter of that run (or
    of the part of the run after ``floor``). Reading back from a head this way
    looks at the few letters of the words taken, not at the whole window.
    """
    if end <= floor or not _letter(text[end - 1]):
        return None
    start = end - 1
    while start > floor and _in_run(text[start - 1]):
        start -= 1
    while not _letter(text[start]):
        start += 1
    return Word(start, end, text[start:end])


def _letter(char: str) -> bool:
    """``[^\\W\\d_]``: a word character that is no digit and no underscore."""
    return char.isalnum() and not char.isdecimal()


def _in_run(char: str) -> bool:
    """``[\\w'’-]``: a character that a word's run is made of."""
    return char.isalnum() or char in "_'’-"


@lru_cache(maxsize=4)
def folded(text: str) -> str | None:
    """``text`` in lower case with its offsets kept, or None when that could miss a match.

    Word lists are looked up in a document with ``str.find`` on this text (C speed,
    where a case-blind pattern of many words costs ~100 ns a character), and each
    place found is then checked with the list's own pattern. That finds every match
    only if each case-blind match is a plain one in the lower-cased text, which fails
    for a letter whose lower case is longer ("İ") and for the letters of
    ``_CASE_ODD``; for such rare texts the callers scan with the pattern itself.
    """
    lower = text.lower()
    if len(lower) != len(text):
        return None
    if not lower.isascii() and any(letter in lower for letter in _CASE_ODD):
        return None  # one ``in`` per letter: a character class would scan slower
    return lower


def shapes(text: str, shape: Callable[[str], str]) -> bytes | None:
    """The one-letter class ``shape(char)`` of each character of ``text``, or None.

    A pattern of one or two character classes costs ~25 ns a character when
    ``re`` scans for it, and a call per sentence; on the classes, ``bytes.find``
    and ``bytes.count`` do the same at C speed. The classes come from a
    one-byte codec that writes every character of the text (Western or
    Cyrillic); for a text that no such codec writes (None), callers scan with
    their patterns.
    """
    written = _one_byte(text)
    if written is None:
        return None
    codec, raw = written
    return raw.translate(_shape_table(codec, shape))


@lru_cache(maxsize=4)
def _one_byte(text: str) -> tuple[str, bytes] | None:
    """``text`` in the first one-byte codec that writes all of it (one byte a character)."""
    for codec in _ONE_BYTE_CODECS:
        raw = text.encode(codec, errors="replace")
        if raw.count(b"?") == text.count("?"):  # no character was left out
            return codec, raw
    return None


@lru_cache(maxsize=16)
def _shape_table(codec: str, shape: Callable[[str], str]) -> bytes:
    """The class of each byte of ``codec`` (a table for ``bytes.translate``)."""
    characters = bytes(range(256)).decode(codec, errors="replace")
    return "".join(map(shape, characters)).encode("ascii")


def places(lower: str, needles: Iterable[str]) -> list[int]:
    """Sorted offsets where any of the needles starts in ``lower`` (overlapping ones too)."""
    found: set[int] = set()
    for needle in needles:
        at = lower.find(needle)
        while at >= 0:
            found.add(at)
            at = lower.find(needle, at + 1)
    return sorted(found)


def matches_at(
    pattern: re.Pattern[str], text: str, sentences: list[Sentence], starts: list[int]
) -> list[tuple[Sentence, re.Match[str]]]:
    """What ``pattern.finditer`` finds in each sentence, tried only at ``starts``.

    ``starts`` (sorted) must hold every offset where a match can begin; the pattern
    itself decides at each, with the sentence's end as its bound, and a match hides
    the starts inside it, as in ``finditer``. The pattern must not match empty text,
    and the sentences are in text order, as a document's are.
    """
    found: list[tuple[Sentence, re.Match[str]]] = []
    firsts = [sentence.start for sentence in sentences]
    reading, covered = -1, 0  # the sentence read last, and where its last match ended
    for at in starts:
        index = bisect_right(firsts, at) - 1
        if index < 0 or at >= sentences[index].end:
            continue  # not in a sentence (a title, a metadata line)
        if index != reading:
            reading, covered = index, sentences[index].start
        if at >= covered and (match := pattern.match(text, at, sentences[index].end)):
            found.append((sentences[index], match))
            covered = match.end()
    return found


def prefix_free(needles: Iterable[str]) -> tuple[str, ...]:
    """The needles that do not start with another one (those others find their places)."""
    unique = sorted(set(needles))
    return tuple(n for n in unique if not any(n != o and n.startswith(o) for o in unique))
