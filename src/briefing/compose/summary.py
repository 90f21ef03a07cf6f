"""The executive summary: significant developments, the matrix, the timeline."""

from __future__ import annotations

import datetime as dt

from briefing.compose.grouping import Context, heading
from briefing.compose.statements import (
    event_date_inferred,
    is_furniture,
    is_whole_sentence,
    sentences_of,
)
from briefing.compose.stories import Story
from briefing.compose.text import clean
from briefing.schema.briefing import Group, Line, Matrix
from briefing.schema.record import Record

HIGHLIGHTS = 8
"""Developments in the executive summary: one screen, not a second report."""
RECENT_BONUS = ((366, 2.0), (3 * 366, 1.0))
"""(age in days, weight added): a development of the last year, or the last three."""
UNDATED_PENALTY = -1.0
TIMELINE = 24
"""Most recent dated events in the timeline."""
MIN_EVENT_WORDS = 3
"""An event named in fewer words ("visit", "a meeting") tells a reader nothing: left out."""
TIMELINE_WORDS = 35
"""An event is told by its whole sentence when that is at most this long, else by its name."""
MATRIX_ROWS = 20
MATRIX_COLUMNS = 12


def highlights(ranked: list[tuple[float, str, Line]], ctx: Context) -> list[Line]:
    """The weightiest statement of each group, then the next weightiest; newest first."""
    ordered = sorted(ranked, key=lambda item: -(item[0] + _recency(item[2], ctx)))
    chosen: list[tuple[str, Line]] = []
    groups_seen: set[str] = set()
    for _, key, line in ordered:
        if len(chosen) < HIGHLIGHTS and key not in groups_seen:
            chosen.append((key, line))
            groups_seen.add(key)
    for _, key, line in ordered:
        if len(chosen) >= HIGHLIGHTS:
            break
        if all(line is not other for _, other in chosen):
            chosen.append((key, line))
    lines = [line.model_copy(update={"label": heading(key, ctx, True) if key else "",
                                     "anchor": ""})
             for key, line in chosen]
    return sorted(lines, key=lambda line: line.sort_key, reverse=True)


def _recency(line: Line, ctx: Context) -> float:
    """Weight a development gains by being recent: the summary leads with what is new."""
    if not line.sort_key:
        return UNDATED_PENALTY
    age = (ctx.today - dt.date.fromisoformat(line.sort_key)).days
    return next((bonus for days, bonus in RECENT_BONUS if age <= days), 0.0)


def timeline(stories: list[Story], ctx: Context) -> list[Line]:
    """Past dated events in date order (the most recent ones); future ones are upcoming."""
    events: dict[tuple[str, str], Line] = {}
    for story in stories:
        record = story.main
        sentences: list[tuple[int, int]] | None = None
        for event in record.events:
            when = event.when
            if when is None or when.start is None or when.start > ctx.today:
                continue
            if sentences is None:
                sentences = sentences_of(record)
            span = event.evidence[0] if event.evidence else None
            sentence = _sentence(sentences, span.start) if span else None
            text = _told(record, sentence, span.start, span.end) if span else clean(event.what)
            if len(text.split()) < MIN_EVENT_WORDS:
                continue
            date = ctx.labels.date_value(when)
            inferred = event_date_inferred(record, event, sentences)
            if inferred:
                date = ctx.labels.text["inferred_date"].format(date=date)
            label = ", ".join(ctx.partner_names.get(c, c) for c in story.partners)
            line = Line(date=date, sort_key=when.start.isoformat(), text=text,
                        cites=story.cites, label=label, inferred=inferred)
            events.setdefault((line.sort_key, text.casefold()), line)
    return sorted(events.values(), key=lambda line: line.sort_key)[-TIMELINE:]


def _sentence(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The sentence holding ``offset``; ``None`` when it falls between sentences."""
    return next(((first, last) for first, last in sentences if first <= offset < last), None)


def _told(record: Record, sentence: tuple[int, int] | None, start: int, end: int) -> str:
    """The event's sentence when it is whole and short, else its name in whole words."""
    if sentence is not None:
        text = clean(record.text[sentence[0]:sentence[1]])
        if (is_whole_sentence(text) and not is_furniture(text)
                and len(text.split()) <= TIMELINE_WORDS):
            return text
    return _whole_words(record, start, end)


def _whole_words(record: Record, start: int, end: int) -> str:
    """The span widened to whole words ("rd Film Festival" → "3rd Film Festival")."""
    text = record.text
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return clean(text[start:end])


def matrix(groups: list[Group], ctx: Context, organisations: set[str]) -> Matrix:
    """Sources per group and sub-group: the most active groups and sub-groups, countries
    before international organisations (``organisations``: their partner codes); the note
    names the rest and says where they are."""
    keyed = [g for g in groups if g.key]
    totals: dict[str, int] = {}
    for group in keyed:
        for block in group.blocks:
            if block.key:
                totals[block.key] = totals.get(block.key, 0) + len(_sources(block.lines))
    ranked = sorted(totals, key=lambda k: -totals[k])
    partner_rows = ctx.group_by == "partner"

    def kind(key: str, is_partner: bool) -> str:
        return ("organisation" if key in organisations else "state") if is_partner else "theme"

    rows = sorted(keyed[:MATRIX_ROWS], key=lambda g: kind(g.key, partner_rows) == "organisation")
    columns = sorted(ranked[:MATRIX_COLUMNS],
                     key=lambda k: kind(k, not partner_rows) == "organisation")
    counts = []
    for group in rows:
        by_key = {b.key: len(_sources(b.lines)) for b in group.blocks}
        counts.append(tuple(by_key.get(column, 0) for column in columns))
    hidden_rows = [(g.heading, len(_sources(tuple(x for b in g.blocks for x in b.lines))))
                   for g in keyed[MATRIX_ROWS:]]
    hidden_columns = [(heading(k, ctx, False), totals[k]) for k in ranked[MATRIX_COLUMNS:]]
    text = ctx.labels.text
    return Matrix(rows=tuple(g.heading for g in rows),
                  columns=tuple(heading(c, ctx, False) for c in columns),
                  counts=tuple(counts),
                  row_kinds=tuple(kind(g.key, partner_rows) for g in rows),
                  column_kinds=tuple(kind(c, not partner_rows) for c in columns),
                  kind_names={"state": text["countries"], "organisation": text["organisations"]},
                  note=" ".join(_more(hidden, key, text) for hidden, key in (
                      (hidden_rows, f"more_{'partners' if partner_rows else 'themes'}_rows"),
                      (hidden_columns, f"more_{'themes' if partner_rows else 'partners'}_columns"),
                  ) if hidden))


def _more(hidden: list[tuple[str, int]], key: str, text: dict[str, str]) -> str:
    """The note on rows or columns not drawn: how many, which (with their counts)."""
    names = ", ".join(f"{name} ({count})" for name, count in hidden)
    return text[key].format(count=len(hidden), names=names)


def _sources(found: tuple[Line, ...]) -> set[int]:
    return {n for line in found for n in line.cites}
