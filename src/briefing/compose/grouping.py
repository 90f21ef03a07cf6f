"""The two levels of a briefing: partner → theme, or theme → partner.

Groups come most active first (most stories), the "no identified partner" or
"general" bucket last. Repeated statements (the same sentence from two
stories) become one line citing both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from briefing.compose import lines as make
from briefing.compose.labels import Labels
from briefing.compose.stories import Story
from briefing.options import GroupBy
from briefing.schema.briefing import Block, Group, Line, PersonRow

RowT = TypeVar("RowT", bound=Line)


@dataclass
class Context:
    """What every group needs to know while it is being composed."""

    labels: Labels
    group_by: GroupBy
    partner_names: dict[str, str]
    today: dt.date


@dataclass
class _Bucket:
    key: str
    stories: list[Story] = field(default_factory=list)
    inner: dict[str, list[Story]] = field(default_factory=dict)


def build_groups(stories: list[Story], ctx: Context) -> list[Group]:
    """One :class:`Group` per partner (or theme), most active first."""
    buckets: dict[str, _Bucket] = {}
    for story in stories:
        for outer, inners in _placements(story, ctx.group_by):
            bucket = buckets.setdefault(outer, _Bucket(outer))
            bucket.stories.append(story)
            for inner in inners:
                bucket.inner.setdefault(inner, []).append(story)
    ordered = sorted(buckets.values(),
                     key=lambda b: (b.key == "", -len(b.stories), heading(b.key, ctx, True)))
    return [_group(bucket, index, ctx) for index, bucket in enumerate(ordered, 1)]


def _placements(story: Story, group_by: GroupBy) -> list[tuple[str, list[str]]]:
    partners, themes = story.partners or [""], story.themes or [""]
    if group_by == "partner":
        return [(p, themes) for p in partners]
    return [(t, partners) for t in themes]


def heading(key: str, ctx: Context, outer: bool) -> str:
    """Display name of a group or block key."""
    is_partner = (ctx.group_by == "partner") == outer
    if is_partner:
        return ctx.partner_names.get(key, key) if key else ctx.labels.text["unattributed"]
    return ctx.labels.theme(key) if key else ctx.labels.text["general"]


def _group(bucket: _Bucket, index: int, ctx: Context) -> Group:
    anchor = f"g{index}"
    inner = sorted(bucket.inner.items(),
                   key=lambda kv: (kv[0] == "", -len(kv[1]), heading(kv[0], ctx, False)))
    blocks = tuple(_block(bucket.key, key, stories, f"{anchor}-{n}", ctx)
                   for n, (key, stories) in enumerate(inner, 1))
    stories, labels = bucket.stories, ctx.labels
    upcoming = [line for s in stories for line in make.event_lines(s, labels, ctx.today)[1]]
    return Group(
        key=bucket.key, heading=heading(bucket.key, ctx, True), anchor=anchor,
        overview=_overview(stories, [b.heading for b in blocks], labels),
        blocks=blocks,
        agreements=tuple(r for s in stories for r in make.agreement_rows(s, labels)),
        figures=tuple(r for s in stories for r in make.figure_rows(s)),
        issues=tuple(_merged(x for s in stories
                             for x in make.statement_lines(s, s.main.assessments, labels))),
        recommendations=tuple(_merged(
            x for s in stories for x in make.statement_lines(s, s.main.recommendations, labels))),
        people=tuple(_people(r for s in stories for r in make.person_rows(s))),
        upcoming=tuple(sorted(_merged(upcoming), key=lambda line: line.sort_key)),
    )


def _block(outer: str, inner: str, stories: list[Story], anchor: str, ctx: Context) -> Block:
    theme, partner = (inner, outer) if ctx.group_by == "partner" else (outer, inner)
    found: list[Line] = []
    for story in stories:
        found.extend(make.theme_lines(story, theme, ctx.labels, partner) if theme
                     else [make.headline(story, ctx.labels)])
        if theme == (story.themes[0] if story.themes else ""):
            found.extend(make.event_lines(story, ctx.labels, ctx.today)[0])
    return Block(key=inner, heading=heading(inner, ctx, False), anchor=anchor,
                 lines=tuple(newest_first(_merged(found))))


def newest_first(found: Iterable[RowT]) -> list[RowT]:
    """Lines by date, most recent first; undated ones last, in their order."""
    items = list(found)
    dated = sorted((x for x in items if x.sort_key), key=lambda x: x.sort_key, reverse=True)
    return dated + [x for x in items if not x.sort_key]


def _merged(found: Iterable[Line]) -> list[Line]:
    """Lines with the same text (and date) made one, citing every source."""
    merged: dict[tuple[str, str], Line] = {}
    for line in found:
        key = (line.text.casefold(), line.sort_key)
        if key in merged:
            cites = tuple(sorted(set(merged[key].cites) | set(line.cites)))
            merged[key] = merged[key].model_copy(update={"cites": cites})
        else:
            merged[key] = line
    return list(merged.values())


def _people(found: Iterable[PersonRow]) -> list[PersonRow]:
    """One row per person: the first role given, every source cited."""
    people: dict[str, PersonRow] = {}
    for row in found:
        key = row.name.casefold()
        if key not in people:
            people[key] = row
            continue
        old = people[key]
        people[key] = old.model_copy(update={
            "role": old.role or row.role,
            "cites": tuple(sorted(set(old.cites) | set(row.cites))),
        })
    return list(people.values())


def _overview(stories: list[Story], themes: list[str], labels: Labels) -> str:
    sources = len({n for s in stories for n in s.cites})
    dates = sorted(d for s in stories for d in [s.date] if d is not None)
    text = labels.text
    if not dates:
        return text["overview_undated"].format(sources=sources, themes=", ".join(themes))
    period = period_text(dates[0], dates[-1], labels)
    return text["overview"].format(sources=sources, period=period, themes=", ".join(themes))


def period_text(start: dt.date, end: dt.date, labels: Labels) -> str:
    """A date range in the label language (one date when both ends agree)."""
    if start == end:
        return labels.day(start)
    return labels.text["period"].format(start=labels.day(start), end=labels.day(end))


