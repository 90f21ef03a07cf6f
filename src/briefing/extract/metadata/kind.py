"""Document kind: embassy note, news or academic text.

A weighted vote of cues (``data/kind/cues.<lang>.tsv``) and of the metadata
fields the cleaner found (``data/kind/labels.tsv``). Each cue that fires
becomes a :class:`~briefing.schema.Signal` with its evidence, so a reader
can see why a document got its kind. With no clear cue a document is
``news``, the commonest kind.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import NamedTuple

from briefing import datafiles
from briefing.clean.base import Region
from briefing.clean.metadata_lines import date_stamp, is_date_line
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.schema import KindInfo, Signal
from briefing.schema.record import Kind

KINDS: tuple[Kind, ...] = ("news", "embassy_note", "academic")
DEFAULT: Kind = "news"
# Below this score the evidence for a kind is too thin to overrule the default.
MIN_SCORE = 2.0
_NEWLINE = re.compile("\n")


class _Cue(NamedTuple):
    """One cue of the data file."""

    kind: Kind
    weight: float
    most: int
    scope: str
    name: str
    triggers: tuple[str, ...]
    """Lower-case strings of which a line must contain one for the regex to run on it."""
    regex: str

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex: compiled the first time a line holds a trigger, as most
        cues never meet one in a given text (compiling them all costs a one-file run ~8 ms)."""
        return _compiled(self.regex)


def _rows(name: str) -> list[list[str]]:
    return datafiles.rows("kind", name)


@cache
def _cues(lang: str) -> tuple[_Cue, ...]:
    rows = _rows(f"cues.{lang}.tsv") or _rows("cues.en.tsv")
    return tuple(
        _Cue(
            _as_kind(kind),
            float(weight),
            int(most),
            scope,
            name,
            tuple(triggers.split(",")),
            regex,
        )
        for kind, weight, most, scope, name, triggers, regex in rows
    )


@cache
def _compiled(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _as_kind(value: str) -> Kind:
    for kind in KINDS:
        if kind == value:
            return kind
    raise ValueError(f"unknown kind {value!r} in the kind cue data")


@cache
def _label_weights() -> dict[str, tuple[Kind, float]]:
    return {label: (_as_kind(kind), float(w)) for label, kind, w in _rows("labels.tsv")}


def classify_kind(doc: Document) -> tuple[Kind, KindInfo]:
    """The kind of ``doc`` and how sure we are."""
    stated = next((k for k in KINDS if k == doc.raw.kind), None)
    if stated is not None:
        return stated, KindInfo(confidence=1.0)
    signals = [*_cue_signals(doc), *_label_signals(doc)]
    scores = {kind: 0.0 for kind in KINDS}
    for signal in signals:
        kind = signal.name.split(":", 1)[0]
        scores[kind] += signal.weight  # type: ignore[index]
    best = max(KINDS, key=lambda k: (scores[k], k == DEFAULT))
    if scores[best] < MIN_SCORE:
        best = DEFAULT
    confidence = (scores[best] + 1) / (sum(scores.values()) + len(KINDS))
    return best, KindInfo(
        confidence=round(min(1.0, confidence), 3),
        signals=sorted(signals, key=lambda s: -s.weight),
        scores={k: round(v, 2) for k, v in scores.items()},
    )


def _cue_signals(doc: Document) -> list[Signal]:
    text = doc.text
    lines = _LineIndex(text)
    found: list[Signal] = []
    for cue in _cues(doc.lang):
        spans = lines.with_any(cue.triggers)
        if not spans:
            continue  # most cues: no trigger in the text, nothing more to do
        if cue.scope == "title":
            spans = doc.cleaned.spans("title")
        matches = _first_matches(cue, text, spans)
        if matches:
            found.append(
                Signal(
                    name=f"{cue.kind}:{cue.name}",
                    weight=cue.weight * len(matches),
                    evidence=[evidence(text, m.start(), m.end()) for m in matches],
                )
            )
    return found


def _first_matches(cue: _Cue, text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The cue's first matches in these spans, as many as it counts."""
    matches: list[re.Match[str]] = []
    for start, end in spans:
        for match in cue.pattern.finditer(text, start, end):
            matches.append(match)
            if len(matches) == cue.most:
                return matches
    return matches


class _LineIndex:
    """The lines of a text, to find those that hold a cue's trigger.

    A cue's regex runs only on the lines that contain one of its triggers (a
    substring search is far cheaper than a regex scan of the whole text).
    """

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.size = len(text)
        # Lower-casing that changes lengths ("İ") would shift offsets: then use the whole text.
        self.exact = len(self.lower) == self.size

    def with_any(self, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
        """Start and end of every line holding one of ``triggers``, in text order."""
        if not self.exact:
            present = any(t in self.lower for t in triggers)
            return [(0, self.size)] if present else []
        numbers: set[int] = set()
        for trigger in triggers:
            at = self.lower.find(trigger)
            while at >= 0:
                n = bisect_right(self.starts, at) - 1
                numbers.add(n)
                at = self.lower.find(trigger, self._end(n))
        return [(self.starts[n], self._end(n)) for n in sorted(numbers)]

    def _end(self, n: int) -> int:
        return self.starts[n + 1] - 1 if n + 1 < len(self.starts) else self.size


def _label_signals(doc: Document) -> list[Signal]:
    weights = _label_weights()
    found: dict[str, Signal] = {}
    for region in doc.cleaned.regions:
        if region.role != "metadata":
            continue
        label = _genre_label(doc, region)
        if label not in weights or label in found:
            continue
        kind, weight = weights[label]
        found[label] = Signal(
            name=f"{kind}:{label} field",
            weight=weight,
            evidence=[evidence(doc.text, region.start, region.end)],
        )
    return list(found.values())


def _genre_label(doc: Document, region: Region) -> str:
    """The region's label as a genre cue. A line that is only a date ("21 June 2021"),
    or a date stamp ("12.03.2024 | Politics"), is a ``date``: every kind of page prints
    one; only an agency's dateline (a place, an agency, a dash) is typical of news."""
    if region.label != "dateline":
        return region.label
    line = doc.text[region.start : region.end]
    return "date" if is_date_line(line) or date_stamp(line) else region.label
