"""Key judgements: computed from the records, written as sentences, each with citations.

They cover the period and the sources by kind; the most active partners,
their themes and the trend by year; partners new in the period; agreements;
upcoming events. Sentences come from the label files, so they read in the
briefing's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from briefing.compose.grouping import Agreed, Composition, Context, period_text
from briefing.compose.stories import Story
from briefing.schema.briefing import Line
from briefing.schema.record import Record

ACTIVE_PARTNERS = 3
"""Partners named as the most active in the key judgements."""
CITES_PER_JUDGEMENT = 6
"""Sources cited by one judgement at most: the most recent."""
NAMED_AGREEMENTS = 3
THEMES_NAMED = 3
"""Themes named for an active partner: its most frequent ones."""
PLANNED = frozenset({"planned", "under_negotiation"})
SIGNED = frozenset({"signed", "in_force", "ratified"})
"""Status ids (data/facts/agreement_status.*.tsv) of instruments to come, and of those concluded."""


def judgements(stories: list[Story], records: dict[int, Record], composed: Composition,
               ctx: Context) -> list[Line]:
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
    activity = _activity(stories)
    found.extend(_active(activity, records, ctx))
    found.extend(_new_partners(activity, records, ctx))
    found.extend(_agreements(composed.agreements, ctx))
    found.extend(_upcoming(composed.upcoming, ctx))
    return found


def _activity(stories: list[Story]) -> dict[str, tuple[set[int], Counter[str]]]:
    """Each partner's sources and the themes of its stories, from every story."""
    found: dict[str, tuple[set[int], Counter[str]]] = {}
    for story in stories:
        for code in story.partners:
            sources, themes = found.setdefault(code, (set(), Counter()))
            sources.update(story.cites)
            themes.update(story.themes)
    return found


def _recent(numbers: set[int], records: dict[int, Record]) -> tuple[int, ...]:
    ordered = sorted(numbers, key=lambda n: (records[n].published or dt.date.min, n)
                     if n in records else (dt.date.min, n))
    return tuple(sorted(ordered[-CITES_PER_JUDGEMENT:]))


def _active(activity: dict[str, tuple[set[int], Counter[str]]], records: dict[int, Record],
            ctx: Context) -> list[Line]:
    text = ctx.labels.text
    ranked = sorted(activity.items(), key=lambda kv: (-len(kv[1][0]), kv[0]))
    found = []
    for code, (numbers, theme_counts) in ranked[:ACTIVE_PARTNERS]:
        if len(numbers) < 2:
            break
        name = ctx.partner_names.get(code, code)
        themes = ", ".join(ctx.labels.theme(t) for t, _ in theme_counts.most_common(THEMES_NAMED))
        years = Counter(day.year for n in numbers if n in records
                        for day in [records[n].published] if day is not None)
        values = {"partner": name, "count": len(numbers),
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


def _new_partners(activity: dict[str, tuple[set[int], Counter[str]]],
                  records: dict[int, Record], ctx: Context) -> list[Line]:
    """Partners whose first source falls in the last year of a period of several years."""
    years = sorted({r.published.year for r in records.values() if r.published is not None})
    if len(years) < 2:
        return []
    last = years[-1]
    new: list[tuple[str, int]] = []
    for code, (numbers, _) in sorted(activity.items()):
        dates = sorted((day, n) for n in numbers if n in records
                       for day in [records[n].published] if day is not None)
        if dates and dates[0][0].year == last:
            new.append((ctx.partner_names.get(code, code), dates[0][1]))
    if not new:
        return []
    names = ", ".join(name for name, _ in new)
    return [Line(text=ctx.labels.text["judge_new"].format(year=ctx.labels.year(last),
                                                           partners=names),
                 cites=tuple(sorted({n for _, n in new}))[:CITES_PER_JUDGEMENT])]


def _agreements(agreed: list[Agreed], ctx: Context) -> list[Line]:
    if not agreed:
        return []
    text = ctx.labels.text
    rows = [row for row, _ in agreed]
    planned = [row for row, status in agreed if status in PLANNED]
    signed = [row for row, status in agreed if status in SIGNED]
    # Signed first, then planned, then the rest; each instrument named once.
    ordered = dict.fromkeys(r.name for r in signed + planned + rows)
    names = "; ".join(list(ordered)[:NAMED_AGREEMENTS])
    cites = tuple(sorted({n for r in rows for n in r.cites}))[:CITES_PER_JUDGEMENT]
    key = "judge_agreements" if signed or planned else "judge_agreements_plain"
    return [Line(text=text[key].format(
        count=len(rows), signed=len(signed), planned=len(planned), names=names), cites=cites)]


def _upcoming(events: list[Line], ctx: Context) -> list[Line]:
    """``events``: the upcoming statements, their ``label`` the partner; the soonest
    are cited."""
    if not events:
        return []
    soonest = sorted(events, key=lambda line: line.sort_key)
    first = soonest[0]
    cited: dict[int, None] = {}
    for line in soonest:
        cited.update(dict.fromkeys(line.cites))
    cites = tuple(sorted(list(cited)[:CITES_PER_JUDGEMENT]))
    return [Line(text=ctx.labels.text["judge_upcoming"].format(
        count=len(events), date=first.date, partner=first.label), cites=cites)]
