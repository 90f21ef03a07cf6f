"""The seeds' gold scored inside the repository: the metrics of the shared scorer.

Kind and published date are accuracies; partners and themes are micro P/R/F1
over codes; people are matched one to one with :func:`same_person` (the same
surname, the other parts equal or initials of each other), as the project's
shared ``eval/score.py`` does, so the gate here and ``make eval`` agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("kind", "published", "partners", "themes", "people")


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> float:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        total = precision + recall
        return 2 * precision * recall / total if total else 0.0


@dataclass(slots=True)
class Score:
    """The five figures of a gold set, with one line per difference."""

    documents: int = 0
    kind: int = 0
    published: int = 0
    sets: dict[str, Counts] = field(
        default_factory=lambda: {name: Counts() for name in ("partners", "themes", "people")}
    )
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        n = self.documents or 1
        return {
            "kind": self.kind / n,
            "published": self.published / n,
            **{name: counts.f1() for name, counts in self.sets.items()},
        }


def name_key(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return tuple(t for t in re.split(r"[^\w]+", text.replace(".", ". ")) if t)


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person: equal keys, or the same surname with the shorter
    form's other parts found (as words or initials) in the longer one."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or "".join(ka) == "".join(kb):
        return True
    if ka[-1] != kb[-1]:
        return False
    short, long_ = sorted((ka, kb), key=len)
    rest = list(long_[:-1])
    for token in short[:-1]:
        hit = next((r for r in rest if r == token or (len(token) == 1 and r.startswith(token))),
                   None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def score(gold: Sequence[Mapping[str, Any]], records: Mapping[str, Mapping[str, Any]]) -> Score:
    """Score records (JSON dicts, by file name) against gold rows."""
    result = Score(documents=len(gold))
    for row in gold:
        record = records.get(row["file"], {})
        if record.get("kind") == row["kind"]:
            result.kind += 1
        else:
            result.notes.append(f"{row['id']}: kind {record.get('kind')!r} != {row['kind']!r}")
        if record.get("published") == row["published"]:
            result.published += 1
        else:
            result.notes.append(
                f"{row['id']}: published {record.get('published')!r} != {row['published']!r}"
            )
        for name, key in (("partners", "code"), ("themes", "id")):
            want = set(row[name])
            got = {item[key] for item in record.get(name) or []}
            counts = result.sets[name]
            counts.tp += len(want & got)
            counts.fp += len(got - want)
            counts.fn += len(want - got)
            if want != got:
                result.notes.append(
                    f"{row['id']}: {name} extra {sorted(got - want)} missing {sorted(want - got)}"
                )
        _score_people(row, record, result)
    return result


def _score_people(row: Mapping[str, Any], record: Mapping[str, Any], result: Score) -> None:
    want = list(row.get("people") or [])
    got = [item["name"] for item in record.get("people") or []]
    matched: set[int] = set()
    for name in want:
        hit = next(
            (i for i, other in enumerate(got) if i not in matched and same_person(name, other)),
            None,
        )
        if hit is not None:
            matched.add(hit)
    counts = result.sets["people"]
    extra = [other for i, other in enumerate(got) if i not in matched]
    counts.tp += len(matched)
    counts.fp += len(extra)
    counts.fn += len(want) - len(matched)
    if extra or len(matched) < len(want):
        result.notes.append(f"{row['id']}: people extra {extra} recall {len(matched)}/{len(want)}")
