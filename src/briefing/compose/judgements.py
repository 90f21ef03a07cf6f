"""Key judgements: computed from the records, written as sentences, each with citations.

They cover the period and the sources by kind; the most active partners,
their themes and the trend by year; partners new in the period; agreements;
upcoming events. Sentences come from the label files, so they read in the
briefing's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from briefing.compose.grouping import Context, period_text
from briefing.schema.briefing import Group, Line
from briefing.schema.record import Record

ACTIVE_PARTNERS = 3
"""Partners named as the most active in the key judgements."""
CITES_PER_JUDGEMENT = 6
"""Sources cited by one judgement at most: the most recent."""
NAMED_AGREEMENTS = 3


def judgements(records: dict[int, Record], groups: list[Group], ctx: Context) -> list[Line]:
    """The key judgements, in a fixed order, each with its citations."""
    text = ctx.labels.text
    found: list[Line] = []
    dated = sorted((r.published, n) for n, r in records.items() if r.published is not None)
    kinds = Counter(r.kind for r in records.values() if r.kind)
    kind_text = "; ".join(f"{ctx.labels.kind(k)}: {n}" for k, n in kinds.most_common())
    if dated:
        found.append(Line(text=text["judge_period"].format(
            count=len(records), period=period_text(dated[0][0], dated[-1][0], ctx.labels),
            kinds=kind_text), cites=tuple(sorted({dated[0][1], dated[-1][1]}))))
    elif records:
        found.append(Line(text=text["judge_undated"].format(count=len(records), kinds=kind_text),
                          cites=tuple(sorted(records))[:CITES_PER_JUDGEMENT]))
    found.extend(_active(records, groups, ctx))
    found.extend(_new_partners(records, groups, ctx))
    found.extend(_agreements(groups, ctx))
    found.extend(_upcoming(groups, ctx))
    return found


def _sources(group: Group) -> set[int]:
    numbers = {n for block in group.blocks for line in block.lines for n in line.cites}
    for lines in (group.issues, group.recommendations, group.upcoming):
        numbers |= {n for line in lines for n in line.cites}
    return numbers | {n for p in group.see_also for n in p.cites}


def _recent(numbers: set[int], records: dict[int, Record]) -> tuple[int, ...]:
    ordered = sorted(numbers, key=lambda n: (records[n].published or dt.date.min, n)
                     if n in records else (dt.date.min, n))
    return tuple(sorted(ordered[-CITES_PER_JUDGEMENT:]))


def _active(records: dict[int, Record], groups: list[Group], ctx: Context) -> list[Line]:
    text = ctx.labels.text
    partners = [g for g in groups if g.key]
    partners.sort(key=lambda g: -len(_sources(g)))
    found = []
    for group in partners[:ACTIVE_PARTNERS]:
        numbers = _sources(group)
        if len(numbers) < 2:
            break
        themes = ", ".join(b.heading for b in group.blocks if b.key)
        years = Counter(records[n].published.year for n in numbers  # type: ignore[union-attr]
                        if n in records and records[n].published is not None)
        values = {"partner": group.heading, "count": len(numbers),
                  "themes": themes or text["general"].lower()}
        if len(years) >= 2:
            (before, before_n), (last, last_n) = sorted(years.items())[-2:]
            trend = ("trend_rising" if last_n > before_n else
                     "trend_falling" if last_n < before_n else "trend_steady")
            sentence = text["judge_active_trend"].format(
                **values, trend=text[trend], before=ctx.labels.year(before), before_n=before_n,
                last=ctx.labels.year(last), last_n=last_n)
        else:
            sentence = text["judge_active"].format(**values)
        found.append(Line(text=sentence, cites=_recent(numbers, records)))
    return found


def _new_partners(records: dict[int, Record], groups: list[Group], ctx: Context) -> list[Line]:
    """Partners whose first source falls in the last year of a period of several years."""
    years = sorted({r.published.year for r in records.values() if r.published is not None})
    if len(years) < 2:
        return []
    last = years[-1]
    new: list[tuple[str, int]] = []
    for group in groups:
        if not group.key:
            continue
        dates = sorted((day, n) for n in _sources(group) if n in records
                       for day in [records[n].published] if day is not None)
        if dates and dates[0][0].year == last:
            new.append((group.heading, dates[0][1]))
    if not new:
        return []
    names = ", ".join(name for name, _ in new)
    return [Line(text=ctx.labels.text["judge_new"].format(year=ctx.labels.year(last),
                                                           partners=names),
                 cites=tuple(sorted({n for _, n in new}))[:CITES_PER_JUDGEMENT])]


def _agreements(groups: list[Group], ctx: Context) -> list[Line]:
    rows = [row for g in groups for row in g.agreements]
    if not rows:
        return []
    text = ctx.labels.text
    planned_words = {ctx.labels.status(s) for s in ("planned", "under_negotiation")}
    signed_words = {ctx.labels.status(s) for s in ("signed", "in_force", "ratified")}
    planned = [r for r in rows if r.status in planned_words]
    signed = [r for r in rows if r.status in signed_words]
    names = "; ".join(r.name for r in (signed + planned + rows)[:NAMED_AGREEMENTS])
    cites = tuple(sorted({n for r in rows for n in r.cites}))[:CITES_PER_JUDGEMENT]
    key = "judge_agreements" if signed or planned else "judge_agreements_plain"
    return [Line(text=text[key].format(
        count=len(rows), signed=len(signed), planned=len(planned), names=names), cites=cites)]


def _upcoming(groups: list[Group], ctx: Context) -> list[Line]:
    events = sorted(((line, g.heading) for g in groups for line in g.upcoming),
                    key=lambda item: item[0].sort_key)
    if not events:
        return []
    first, partner = events[0]
    cites = tuple(sorted({n for line, _ in events for n in line.cites}))[:CITES_PER_JUDGEMENT]
    return [Line(text=ctx.labels.text["judge_upcoming"].format(
        count=len(events), date=first.date, partner=partner), cites=cites)]
