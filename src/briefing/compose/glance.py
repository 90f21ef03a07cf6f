"""At a glance: sources counted by partner (countries apart from organisations),
theme, kind and year."""

from __future__ import annotations

from collections import Counter

from briefing.compose.grouping import Context
from briefing.compose.stories import Story
from briefing.schema.briefing import Count, Counts


def counts(stories: list[Story], ctx: Context, organisations: set[str]) -> Counts:
    """Sources by partner (countries apart from ``organisations``, the partner codes of
    international organisations), theme, kind and year."""
    partner: Counter[str] = Counter()
    theme: Counter[str] = Counter()
    kind: Counter[str] = Counter()
    year: Counter[int] = Counter()
    for story in stories:
        sources = len(story.cites)
        for code in story.partners:
            partner[code] += sources
        for theme_id in story.themes:
            theme[theme_id] += sources
        for record in story.records:
            if record.kind:
                kind[record.kind] += 1
            if record.published is not None:
                year[record.published.year] += 1

    def rows(counter: Counter[str], name: dict[str, str]) -> tuple[Count, ...]:
        return tuple(Count(key=k, name=name.get(k, k), sources=n)
                     for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    names = dict(ctx.partner_names)
    return Counts(
        countries=rows(Counter({k: n for k, n in partner.items() if k not in organisations}),
                       names),
        organisations=rows(Counter({k: n for k, n in partner.items() if k in organisations}),
                           names),
        themes=rows(theme, {t: ctx.labels.theme(t) for t in theme}),
        kinds=rows(kind, {k: ctx.labels.kind(k) for k in kind}),
        years=tuple(Count(key=str(y), name=ctx.labels.year(y), sources=n)
                    for y, n in sorted(year.items())),
    )
