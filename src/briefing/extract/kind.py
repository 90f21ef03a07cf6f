"""Document kind: embassy note, news or academic text.

A weighted vote of cues (``data/kind/cues.<lang>.tsv``) and of the metadata
fields the cleaner found (``data/kind/labels.tsv``). Each cue that fires
becomes a :class:`~briefing.schema.Signal` with its evidence, so a reader
can see why a document got its kind. With no clear cue a document is
``news``, the commonest kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice

from briefing.extract.document import Document
from briefing.extract.spans import evidence
from briefing.schema import KindInfo, Signal
from briefing.schema.record import Kind

KINDS: tuple[Kind, ...] = ("news", "embassy_note", "academic")
DEFAULT: Kind = "news"
# Below this score the evidence for a kind is too thin to overrule the default.
MIN_SCORE = 2.0


@dataclass(frozen=True)
class _Cue:
    kind: Kind
    weight: float
    most: int
    scope: str
    name: str
    triggers: tuple[str, ...]
    """Lower-case strings of which the text must contain one before the regex runs."""
    pattern: re.Pattern[str]


def _rows(name: str) -> list[list[str]]:
    entry = resources.files("briefing") / "data" / "kind" / name
    if not entry.is_file():
        return []
    lines = entry.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


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
            re.compile(regex),
        )
        for kind, weight, most, scope, name, triggers, regex in rows
    )


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
    lower = text.lower()
    titles = doc.cleaned.spans("title")
    found: list[Signal] = []
    for cue in _cues(doc.lang):
        if not any(t in lower for t in cue.triggers):
            continue
        spans = titles if cue.scope == "title" else [(0, len(text))]
        hits = (m for s, e in spans for m in cue.pattern.finditer(text, s, e))
        matches = list(islice(hits, cue.most))
        if matches:
            found.append(
                Signal(
                    name=f"{cue.kind}:{cue.name}",
                    weight=cue.weight * len(matches),
                    evidence=[evidence(text, m.start(), m.end()) for m in matches],
                )
            )
    return found


def _label_signals(doc: Document) -> list[Signal]:
    weights = _label_weights()
    found: dict[str, Signal] = {}
    for region in doc.cleaned.regions:
        if region.role != "metadata" or region.label not in weights or region.label in found:
            continue
        kind, weight = weights[region.label]
        found[region.label] = Signal(
            name=f"{kind}:{region.label} field",
            weight=weight,
            evidence=[evidence(doc.text, region.start, region.end)],
        )
    return list(found.values())
