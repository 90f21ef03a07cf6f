"""A summary made of the document's own sentences.

The lead sentence of a news item or note usually states what happened; the
other sentences are scored by how much substance they carry (numbers,
capitalised names, cooperation words) and by position (earlier is better),
and the best one or two join the lead, in text order. Very short and very
long sentences (headings, run-on lists) are skipped.
"""

from __future__ import annotations

import re

from briefing.extract.document import Document
from briefing.extract.sentences import Sentence
from briefing.extract.spans import evidence
from briefing.schema import Summary

_MIN_CHARS = 60  # shorter sentences are headings or fragments
_MAX_CHARS = 400  # longer ones are run-on lists or glued paragraphs
_SENTENCES = 3
_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"(?<=\s)[A-ZА-ЯЁ][\w-]+")
_SUBSTANCE = re.compile(
    r"cooperat|agreement|memorand|programme|program|signed|visit|exchange|"
    r"сотруднич|соглашени|меморандум|программ|подписа|визит|обмен",
    re.IGNORECASE,
)


def extract_summary(doc: Document) -> Summary | None:
    """Two or three sentences of the document that carry its substance."""
    usable = [s for s in doc.sentences if _MIN_CHARS <= s.end - s.start <= _MAX_CHARS]
    if not usable:
        return None
    lead, rest = usable[0], usable[1:]
    ranked = sorted(rest, key=lambda s: _score(doc.text, s, rest.index(s)), reverse=True)
    chosen = sorted([lead, *ranked[: _SENTENCES - 1]], key=lambda s: s.start)
    spans = [evidence(doc.text, s.start, s.end) for s in chosen]
    return Summary(text=" ".join(span.text for span in spans), evidence=spans)


def _score(text: str, sentence: Sentence, position: int) -> float:
    body = sentence.of(text)
    substance = len(_SUBSTANCE.findall(body)) + 0.5 * len(_NAME.findall(body))
    return substance + 0.5 * bool(_NUMBER.search(body)) - 0.1 * position
