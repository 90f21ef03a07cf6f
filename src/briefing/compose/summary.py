"""The executive summary: highlights across partners, the matrix, the timeline."""

from __future__ import annotations

from collections import Counter

from briefing.compose import lines as make
from briefing.compose.grouping import Context, heading
from briefing.compose.stories import Story
from briefing.schema.briefing import Group, Line, Matrix, YearCount
from briefing.schema.record import Record

HIGHLIGHTS = 8
"""Developments in the executive summary: one screen, not a second report."""
TIMELINE = 24
"""Most recent dated events in the timeline."""
MATRIX_ROWS = 20
MATRIX_COLUMNS = 12


def highlights(stories: list[Story], ctx: Context) -> list[Line]:
    """The most recent, most significant story of each partner, then the next heaviest."""
    ranked = sorted(stories, key=lambda s: (s.date is not None, s.date, s.weight), reverse=True)
    chosen: list[Story] = []
    covered: set[str] = set()
    for story in ranked:  # first pass: one per partner, most recent first
        if len(chosen) < HIGHLIGHTS and not covered.issuperset(story.partners or [""]):
            chosen.append(story)
            covered.update(story.partners or [""])
    rest = sorted((s for s in ranked if s not in chosen), key=lambda s: s.weight, reverse=True)
    chosen.extend(rest[: HIGHLIGHTS - len(chosen)])
    lines = [make.title_line(s, ctx.labels, _partners(s, ctx)) for s in chosen]
    return sorted(lines, key=lambda line: line.sort_key, reverse=True)


def _partners(story: Story, ctx: Context) -> str:
    return ", ".join(ctx.partner_names.get(code, code) for code in story.partners)


def timeline(stories: list[Story], ctx: Context) -> list[Line]:
    """Dated events in date order (the most recent ones); publications when none is known."""
    events: dict[tuple[str, str], Line] = {}
    for story in stories:
        past, upcoming = make.event_lines(story, ctx.labels, ctx.today)
        for line in past + upcoming:
            if line.sort_key:
                label = _partners(story, ctx)
                events.setdefault((line.sort_key, line.text.casefold()),
                                  line.model_copy(update={"label": label}))
    if not events:
        for story in stories:
            if story.date is not None:
                line = make.title_line(story, ctx.labels, _partners(story, ctx))
                events[(line.sort_key, line.text)] = line
    recent = sorted(events.values(), key=lambda line: line.sort_key)[-TIMELINE:]
    return recent


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
                  kind_names={"state": text["states"], "organisation": text["organisations"]},
                  note=" ".join(_more(hidden, key, text) for hidden, key in (
                      (hidden_rows, f"more_{'partners' if partner_rows else 'themes'}_rows"),
                      (hidden_columns, f"more_{'themes' if partner_rows else 'partners'}_columns"),
                  ) if hidden))


def _more(hidden: list[tuple[str, int]], key: str, text: dict[str, str]) -> str:
    """The note on rows or columns not drawn: how many, which (with their counts)."""
    names = ", ".join(f"{name} ({count})" for name, count in hidden)
    return text[key].format(count=len(hidden), names=names)


def activity(records: list[Record]) -> list[YearCount]:
    """Sources by year of publication, from the first year to the last (empty years too)."""
    years = Counter(r.published.year for r in records if r.published is not None)
    if not years:
        return []
    return [YearCount(year=year, sources=years.get(year, 0))
            for year in range(min(years), max(years) + 1)]


def _sources(found: tuple[Line, ...]) -> set[int]:
    return {n for line in found for n in line.cites}
