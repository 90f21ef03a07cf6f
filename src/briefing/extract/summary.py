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

from briefing.extract.document import Document
from briefing.extract.sentences import Sentence
from briefing.extract.spans import evidence
from briefing.schema import Summary

_MIN_CHARS = 60  # shorter sentences are headings or fragments
_MAX_CHARS = 400  # longer ones are run-on lists or glued paragraphs
_SENTENCES = 3
_NUMBER = re.compile(r"\d")
# Capitalised words after a space (the whitespace first: the engine then skips
# ahead to it instead of testing a look-behind at every position).
_NAME = re.compile(r"\s[A-ZА-ЯЁ][\w-]+")
# Stems of cooperation words, counted with str.count in the lower-cased
# sentence (much faster than a case-insensitive regular expression).
_SUBSTANCE = (
    "cooperat",
    "agreement",
    "memorand",
    "program",
    "signed",
    "visit",
    "exchange",
    "сотруднич",
    "соглашени",
    "меморандум",
    "программ",
    "подписа",
    "визит",
    "обмен",
)


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
    for stem in _SUBSTANCE:
        at = lower.find(stem, first, last)
        while at >= 0:
            _count(counts, sentences, starts, at, at + len(stem))
            at = lower.find(stem, at + len(stem), last)
    return [
        count
        + 0.5 * len(_NAME.findall(text, s.start, s.end))
        + 0.5 * bool(_NUMBER.search(text, s.start, s.end))
        - 0.1 * position
        for position, (count, s) in enumerate(zip(counts, sentences, strict=True))
    ]


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
