"""The briefing as Markdown, for wikis and e-mail.

Document text is escaped, so a quoted ``![x](http://…)`` or ``<img>`` stays
text in any Markdown viewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing.atomic import atomic_text
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing, Group, Line

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~-])")
_NOT_IN_URL = re.compile(r"[\s<>]")


def md(text: str) -> str:
    """``text`` with Markdown and HTML syntax characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def cites(numbers: Iterable[int]) -> str:
    """Citation links to the sources list."""
    return "".join(f"[\\[{n}\\]](#src{n})" for n in numbers)


def line(item: Line) -> str:
    """A bullet for one dated statement."""
    date = f"**{md(item.date)}** " if item.date else ""
    lead = f"**{md(item.label)}:** " if item.label else ""
    return f"- {date}{lead}{md(item.text)} {cites(item.cites)}"


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    """A pipe table (cells already escaped)."""
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *("| " + " | ".join(row) + " |" for row in rows), ""]


def _summary(b: Briefing) -> Iterator[str]:
    yield f"## {md(b.label('executive_summary'))}\n"
    if b.highlights:
        yield f"### {md(b.label('highlights'))}\n"
        yield from (line(item) for item in b.highlights)
        yield ""
    if b.matrix.rows and b.matrix.columns:
        yield f"### {md(b.label('matrix'))}\n"
        yield from table(["", *map(md, b.matrix.columns)],
                         [[md(r), *map(str, c)] for r, c in zip(b.matrix.rows, b.matrix.counts,
                                                                strict=True)])
        if b.matrix.note:
            yield f"{md(b.matrix.note)}\n"
    if b.activity:
        yield f"### {md(b.label('activity'))}\n"
        yield from table([md(b.label("year")), md(b.label("sources"))],
                         [[str(item.year), str(item.sources)] for item in b.activity])
    if b.timeline:
        yield f"### {md(b.label('timeline'))}\n"
        yield from (line(item) for item in b.timeline)
        yield ""


def _group(b: Briefing, g: Group) -> Iterator[str]:
    yield f"## {md(g.heading)}\n\n*{md(g.overview)}*\n"
    for block in g.blocks:
        yield f"### {md(block.heading)}\n"
        yield from (line(item) for item in block.lines)
        yield ""
    if g.agreements:
        yield f"### {md(b.label('agreements'))}\n"
        yield from table([md(b.label(k)) for k in ("name", "parties", "signed", "term", "status")],
                         [[md(r.name) + " " + cites(r.cites), md(r.parties), md(r.signed),
                           md(r.period), md(r.status)] for r in g.agreements])
    if g.figures:
        yield f"### {md(b.label('figures'))}\n"
        yield from table([md(b.label(k)) for k in ("value", "what", "year")],
                         [[md(r.value), md(r.what) + " " + cites(r.cites), r.year]
                          for r in g.figures])
    for key, items in (("issues", g.issues), ("recommendations", g.recommendations),
                       ("upcoming", g.upcoming)):
        if items:
            yield f"### {md(b.label(key))}\n"
            yield from (line(item) for item in items)
            yield ""
    if g.people:
        yield f"### {md(b.label('people'))}\n"
        yield from table([md(b.label("person")), md(b.label("role"))],
                         [[md(r.name) + " " + cites(r.cites), md(r.role)] for r in g.people])


def markdown_lines(b: Briefing) -> Iterator[str]:
    """The briefing as Markdown lines."""
    cover = b.cover
    yield f"# {md(cover.title)}\n"
    if cover.marking:
        yield f"**{md(cover.marking)}**\n"
    for fact in (cover.period, cover.generated, cover.sources, cover.partners, cover.skipped):
        if fact:
            yield f"{md(fact)}  "
    yield ""
    yield from _summary(b)
    for group in b.groups:
        yield from _group(b, group)
    yield f"## {md(b.label('sources'))}\n"
    for s in b.sources:
        plain_url = s.url and not _NOT_IN_URL.search(s.url)
        where = f" <{s.url}>" if plain_url else (f" {md(s.location)}" if s.location else "")
        yield (f'<a id="{s.anchor}"></a>{s.number}. {md(s.kind)}'
               f"{', ' + md(s.date) if s.date else ''}. *{md(s.title)}*.{where}")


def render_markdown(briefing: Briefing, path: str | Path,
                    options: BuildOptions | None = None) -> Path:
    """Write the briefing as Markdown (UTF-8) to ``path``."""
    del options  # Markdown has no page layout
    with atomic_text(path) as stream:
        stream.write("\n".join(markdown_lines(briefing)) + "\n")
    return Path(path)
