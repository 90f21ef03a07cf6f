"""The executive summary: highlights across partners, the matrix, the timeline."""

from __future__ import annotations

from briefing.compose import lines as make
from briefing.compose.grouping import Context, heading
from briefing.compose.stories import Story
from briefing.schema.briefing import Group, Line, Matrix

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


def matrix(groups: list[Group], ctx: Context) -> Matrix:
    """Sources per group and sub-group: rows are the most active groups."""
    rows = [g for g in groups if g.key][:MATRIX_ROWS]
    totals: dict[str, int] = {}
    for group in rows:
        for block in group.blocks:
            if block.key:
                totals[block.key] = totals.get(block.key, 0) + len(_sources(block.lines))
    columns = sorted(totals, key=lambda k: -totals[k])[:MATRIX_COLUMNS]
    counts = []
    for group in rows:
        by_key = {b.key: len(_sources(b.lines)) for b in group.blocks}
        counts.append(tuple(by_key.get(column, 0) for column in columns))
    return Matrix(rows=tuple(g.heading for g in rows),
                  columns=tuple(heading(c, ctx, False) for c in columns),
                  counts=tuple(counts))


def _sources(found: tuple[Line, ...]) -> set[int]:
    return {n for line in found for n in line.cites}
