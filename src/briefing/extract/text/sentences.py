"""Sentence boundaries with offsets, tolerant of abbreviations and initials.

Evidence for themes, assessments and summaries is whole sentences, so the
splitter must not cut "A.Muhamediuly", "M.M. Lebedeva", "Dr. Smith" or
"т.е." in half.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from briefing import datafiles

# A sentence ends at . ! ? … (optionally followed by closing quotes or brackets),
# then whitespace, then something that can start a sentence. (The first mark is written
# apart, [.!?…][.!?…]* and not [.!?…]+, so that the regex engine skips to the next mark
# in one fast loop instead of trying the pattern at every position.)
_BOUNDARY = re.compile(r"""[.!?…][.!?…]*["'”»)\]]*(?=\s+["'“«(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])""")


MAX_SENTENCE_CHARS = 1500  # far beyond real sentences (~20-60 words); bounds per-sentence work


class Sentence(NamedTuple):
    """A sentence as offsets into the cleaned text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The sentence's own text."""
        return text[self.start : self.end]


def split_sentences(
    text: str, start: int = 0, end: int | None = None, lang: str = "en"
) -> list[Sentence]:
    """Split ``text[start:end]`` into trimmed sentences (offsets into ``text``)."""
    del lang  # one rule set serves the Latin and Cyrillic scripts we read
    end = len(text) if end is None else end
    found: list[Sentence] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if text[match.start()] == ".":
            word_start = max(cursor, match.start() - 12)
            before = text[word_start : match.start()].split()[-1:] or [""]
            word = before[0]
            if _no_break_before().search(word) and not _list_end().match(word):
                continue
        found.extend(_trimmed(text, cursor, match.end()))
        cursor = match.end()
    found.extend(_trimmed(text, cursor, end))
    return found


@cache
def _no_break_before() -> re.Pattern[str]:
    """A token before a full stop that does not end a sentence: an initial, or an
    abbreviation of ``data/text/abbreviations.*.tsv`` (every language: a text
    quotes others)."""
    return re.compile(rf"(?:\b[A-ZА-ЯЁ]|\b(?:{_abbreviations('no_break')}))$", re.IGNORECASE)


@cache
def _list_end() -> re.Pattern[str]:
    """An abbreviation that closes a list ("etc"): a capital after it starts a sentence."""
    return re.compile(rf"^(?:{_abbreviations('list_end')})$", re.IGNORECASE)


def _abbreviations(kind: str) -> str:
    rows = datafiles.rows_of_every_language("text", "abbreviations")
    return "|".join(re.escape(row[0]) for row in rows if row[1] == kind)


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_SENTENCE_CHARS:
        return _chunked(text, start, end)
    return [Sentence(start, end)] if start < end else []


def _chunked(text: str, start: int, end: int) -> list[Sentence]:
    """A run of text without sentence ends, cut at spaces into bounded pieces.

    Extractors look at pairs of mentions within a sentence; an unpunctuated
    megabyte line (a broken export, a hostile file) would make that quadratic.
    """
    pieces: list[Sentence] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.extend(_trimmed(text, start, cut))
        start = cut
    pieces.extend(_trimmed(text, start, end))
    return pieces
