"""A summary made of the document's own sentences.

The lead sentence of a news item or note usually states what happened; the
other sentences are scored by how much substance they carry (numbers,
capitalised names, cooperation words) and by position (earlier is better),
and the best one or two join the lead, in text order. Very short and very
long sentences (headings, run-on lists) are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from briefing import datafiles
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.extract.text.phrase_words import shapes
from briefing.extract.text.sentences import Sentence
from briefing.schema import Summary

_MIN_CHARS = 60  # shorter sentences are headings or fragments
_MAX_CHARS = 400  # longer ones are run-on lists or glued paragraphs
_SENTENCES = 3
_NUMBER = re.compile(r"\d")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZЁАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_NAME_SHAPES = re.compile(rb" A[Aa0]")  # see _shape: a space, a capital, a word character


def extract_summary(doc: Document) -> Summary | None:
    """Two or three sentences of the document that carry its substance."""
    usable = [s for s in doc.sentences if _MIN_CHARS <= s.end - s.start <= _MAX_CHARS]
    if not usable:
        return None
    lead, rest = usable[0], usable[1:]
    scores = _scores(doc.text, doc.folded, rest)
    order = sorted(range(len(rest)), key=lambda index: scores[index], reverse=True)
    chosen = sorted([lead, *(rest[i] for i in order[: _SENTENCES - 1])], key=lambda s: s.start)
    spans = [evidence(doc.text, s.start, s.end) for s in chosen]
    return Summary(text=" ".join(span.text for span in spans), evidence=spans)


def _scores(text: str, lower: str, sentences: list[Sentence]) -> list[float]:
    """Substance minus position for each sentence (``lower`` is ``text`` folded).

    Cue stems are found in one pass over the stretch the sentences cover, then
    counted per sentence, instead of one search per sentence and stem.
    """
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    first, last = sentences[0].start, sentences[-1].end
    counts = [0.0] * len(sentences)
    for stem in _substance():
        at = lower.find(stem, first, last)
        while at >= 0:
            _count(counts, sentences, starts, at, at + len(stem))
            at = lower.find(stem, at + len(stem), last)
    classes = shapes(text, _shape)
    return [
        count
        + 0.5 * _names(text, classes, s)
        + 0.5 * _has_number(text, classes, s)
        - 0.1 * position
        for position, (count, s) in enumerate(zip(counts, sentences, strict=True))
    ]


@cache
def _substance() -> tuple[str, ...]:
    """Stems of cooperation words (``data/digest/substance.*.tsv``, every language), counted
    with ``str.find`` in the lower-cased sentence (much faster than a case-blind pattern)."""
    return tuple(row[0] for row in datafiles.rows_of_every_language("digest", "substance"))


@cache
def _name_pattern() -> re.Pattern[str]:
    """Capitalised words after a space (the whitespace first: the engine then skips
    ahead to it instead of testing a look-behind at every position). Read only
    in texts that :func:`shapes` cannot class, so compiled at first use."""
    return re.compile(r"\s[A-ZА-ЯЁ][\w-]+")


def _names(text: str, classes: bytes | None, sentence: Sentence) -> int:
    """How many times :func:`_name_pattern` matches in the sentence.

    ``classes``: the text's classes (see :func:`_shape`), or None to scan with the pattern.
    """
    start, end = sentence.start, sentence.end
    if classes is None:
        return len(_name_pattern().findall(text, start, end))
    return len(_NAME_SHAPES.findall(classes, start, end))  # they cannot overlap


def _has_number(text: str, classes: bytes | None, sentence: Sentence) -> bool:
    """Whether ``_NUMBER`` matches in the sentence."""
    if classes is None:
        return _NUMBER.search(text, sentence.start, sentence.end) is not None
    return classes.find(b"0", sentence.start, sentence.end) >= 0


def _shape(char: str) -> str:
    """``" "`` for ``\\s``, ``A`` for a capital of :func:`_name_pattern`, ``0`` for ``\\d``,
    ``a`` for the rest of ``[\\w-]``, ``.`` for anything else.

    The name pattern and ``_NUMBER`` scan a sentence a character at a time, most of
    the cost of a score; their matches are runs of these classes, found in the
    classes (see :func:`shapes`) by ``bytes.find`` and by a pattern that opens
    with a fixed "space, capital" and so is tried only there.
    """
    if char.isspace():
        return " "
    if char in _CAPITALS:
        return "A"
    if char.isdecimal():
        return "0"
    return "a" if char.isalnum() or char in "_-" else "."


def _count(
    counts: list[float],
    sentences: list[Sentence],
    starts: list[int],
    start: int,
    end: int,
) -> None:
    index = bisect_right(starts, start) - 1
    if index >= 0 and end <= sentences[index].end:
        counts[index] += 1
