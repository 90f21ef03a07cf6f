"""Assessments (problems, risks, criticism) and recommendations, as whole sentences.

Embassy notes state their findings in set phrases ("we note the poor
execution", "considers it expedient to hold"); each body sentence holding a
cue phrase from ``data/facts/statements.*.tsv`` becomes one statement, with
the sentence as evidence. The first cue in the sentence decides the type.

The cues are found with ``str.find`` on the lower-cased text, then checked for
word boundaries: a few dozen fixed phrases are found faster this way than by
one regular expression, which Python's engine tries at every position.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.lexicons import word_table
from briefing.schema import Statement

_RECOMMENDATION_TYPES = frozenset({"recommendation", "next_step"})


@cache
def _cues(lang: str) -> tuple[tuple[str, str], ...]:
    """(cue, type) pairs of one language, longest cue first."""
    table = word_table("facts", f"statements.{language_of(lang).code}.tsv")
    return tuple(sorted(table.items(), key=lambda item: len(item[0]), reverse=True))


def extract_assessments(doc: Document) -> tuple[list[Statement], list[Statement]]:
    """Assessments and recommendations / next steps, as sentences."""
    assessments: list[Statement] = []
    recommendations: list[Statement] = []
    sentences = doc.sentences
    starts = [sentence.start for sentence in sentences]
    read = -1  # the last sentence whose first cue was read
    for position, end, kind in _cue_hits(doc.folded, doc.lang):
        index = bisect_right(starts, position) - 1
        if index <= read:
            continue  # before the first sentence, or not the first cue of its sentence
        read = index
        sentence = sentences[index]
        if end > sentence.end:
            continue  # the sentence's first cue runs past its end
        span = evidence(doc.text, sentence.start, sentence.end)
        statement = Statement(text=span.text, type=kind, evidence=[span])
        (recommendations if kind in _RECOMMENDATION_TYPES else assessments).append(statement)
    return assessments, recommendations


def _cue_hits(lower: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of every cue standing as words, in text order; at one
    position the longest cue comes first.

    English cues are whole words; Russian ones are stems that take endings, so
    only their start must be a word's start.
    """
    hits: list[tuple[int, int, str]] = []
    whole_words = not language_of(lang).inflected  # an inflected language lists stems
    for cue, kind in _cues(lang):
        start = lower.find(cue)
        while start >= 0:
            end = start + len(cue)
            if not _word_char(lower, start - 1) and not (whole_words and _word_char(lower, end)):
                hits.append((start, end, kind))
            start = lower.find(cue, start + 1)
    hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    return hits


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")

