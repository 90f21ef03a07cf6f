"""From records to stories: filtering, merging near-duplicates, numbering sources.

A *story* is one record, or several near-duplicate records (same
``duplicate_group``, set by the batch layer) told once and citing every
source. Sources are numbered in date order (undated last), so the list reads
as a chronology and every number is stable for the same input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.options import BuildOptions
from briefing.schema.record import Record


@dataclass
class Story:
    """One story told by one or more sources."""

    records: list[Record]
    cites: tuple[int, ...] = ()
    partners: list[str] = field(default_factory=list)
    """Partner codes, the representative's order first."""
    themes: list[str] = field(default_factory=list)

    @property
    def main(self) -> Record:
        """The representative record: the one with the most grounded content."""
        return self.records[0]

    @property
    def date(self) -> dt.date | None:
        """The earliest publication date among the sources."""
        dates = [r.published for r in self.records if r.published is not None]
        return min(dates) if dates else None


UNDATED = "undated"


@dataclass
class Selection:
    """The records a briefing is built from, and what was left out."""

    records: list[Record]
    skipped: int = 0
    filtered: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    """Why the filters removed records ("undated", "before 2024-01-01", ...) -> how many."""

    def explain(self) -> str:
        """The filters' removals in words: ``3 undated, 1 not about IT``."""
        counts = ", ".join(f"{count} {reason}" for reason, count in self.reasons.items())
        if UNDATED in self.reasons:
            counts += " (a date filter keeps only dated sources)"
        return counts


def select(records: Iterable[Record], options: BuildOptions) -> Selection:
    """Keep readable records that pass the date, partner and theme filters."""
    kept: list[Record] = []
    skipped = 0
    reasons: dict[str, int] = {}
    for record in records:
        if record.status == "failed" or record.error is not None:
            skipped += 1
            continue
        reason = _left_out(record, options)
        if reason is None:
            kept.append(record)
        else:
            reasons[reason] = reasons.get(reason, 0) + 1
    return Selection(kept, skipped, sum(reasons.values()), reasons)


def _left_out(record: Record, options: BuildOptions) -> str | None:
    """Why the filters leave ``record`` out (the first filter it fails), or None."""
    if options.since or options.until:
        if record.published is None:
            return UNDATED
        if options.since and record.published < options.since:
            return f"before {options.since}"
        if options.until and record.published > options.until:
            return f"after {options.until}"
    if options.partners and not {p.code for p in record.partners} & set(options.partners):
        return f"not about {', '.join(options.partners)}"
    if options.themes and not {t.id for t in record.themes} & set(options.themes):
        return f"not on {', '.join(options.themes)}"
    return None


def source_order(records: list[Record]) -> list[Record]:
    """Records in source-list order: dated ones oldest first, then undated; ties by title."""
    return sorted(records, key=lambda r: (r.published is None, r.published or dt.date.min,
                                          r.title or "", r.source.path or ""))


def merge_stories(numbered: list[Record], home: str) -> list[Story]:
    """Stories from records already in source order (record ``i`` is source ``i + 1``)."""
    groups: dict[str, list[tuple[int, Record]]] = {}
    for number, record in enumerate(numbered, 1):
        key = record.duplicate_group or f"\0{number}"
        groups.setdefault(key, []).append((number, record))
    stories = [_story(members, home) for members in groups.values()]
    stories.sort(key=lambda s: s.cites[0])
    return stories


def _story(members: list[tuple[int, Record]], home: str) -> Story:
    records = [r for _, r in members]
    if len(records) > 1:
        records.sort(key=_richness, reverse=True)
    partners = _union([p.code for p in r.partners if p.code != home] for r in records)
    themes = _union([t.id for t in r.themes] for r in records)
    return Story(records=records, cites=tuple(sorted(n for n, _ in members)),
                 partners=partners, themes=themes)


def _richness(record: Record) -> tuple[int, int]:
    return (len(record.evidence_items()), len(record.text))


def _union(lists: Iterable[list[str]]) -> list[str]:
    seen: dict[str, None] = {}
    for items in lists:
        seen.update(dict.fromkeys(items))
    return list(seen)
