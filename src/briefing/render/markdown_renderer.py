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
from briefing.schema.briefing import Briefing, Count, Group, Line, PersonRow

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
    anchor = f'<a id="{item.anchor}"></a>' if item.anchor else ""
    note = f" \\({md(item.also_note)}\\)" if item.also_note else ""
    return f"- {anchor}{date}{lead}{md(item.text)} {cites(item.cites)}{note}"


def counts(title: str, rows: Iterable[Count]) -> str:
    """A paragraph of counts: "**Countries:** China 5 · Russia 5"."""
    return f"**{md(title)}:** " + " · ".join(f"{md(r.name)} {r.sources}" for r in rows) + "\n"


def people(title: str, rows: Iterable[PersonRow], head: list[str]) -> Iterator[str]:
    """A people table under its heading; nothing when there are no rows."""
    found = list(rows)
    if found:
        yield f"### {md(title)}\n"
        yield from table(head, [[md(r.name) + " " + cites(r.cites), md(r.role), md(r.side)]
                                for r in found])


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    """A pipe table (cells already escaped)."""
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *("| " + " | ".join(row) + " |" for row in rows), ""]


def _summary(b: Briefing) -> Iterator[str]:
    yield f"## {md(b.label('executive_summary'))}\n"
    if b.judgements:
        yield f"### {md(b.label('key_judgements'))}\n"
        yield from (line(item) for item in b.judgements)
        yield ""
    if b.highlights:
        yield f"### {md(b.label('highlights'))}\n"
        yield from (line(item) for item in b.highlights)
        yield ""
    if b.counts.countries or b.counts.themes:
        yield f"### {md(b.label('at_a_glance'))}\n"
        for key, rows in (("countries", b.counts.countries),
                          ("organisations", b.counts.organisations),
                          ("by_theme", b.counts.themes), ("by_kind", b.counts.kinds),
                          ("by_year", b.counts.years)):
            if rows:
                yield counts(b.label(key), rows)
    if b.matrix.rows and b.matrix.columns:
        yield f"### {md(b.label('matrix'))}\n"
        yield from table(["", *map(md, b.matrix.columns)],
                         [[md(r), *map(str, c)] for r, c in zip(b.matrix.rows, b.matrix.counts,
                                                                strict=True)])
        if b.matrix.note:
            yield f"{md(b.matrix.note)}\n"
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
    head = [md(b.label(k)) for k in ("person", "role", "side")]
    yield from people(b.label("people"), g.people, head)
    yield from people(b.label("people_mentioned"), g.people_mentioned, head)
    if g.see_also:
        yield f"### {md(b.label('see_also'))}\n"
        yield from (f"- [{md(p.heading)}](#{p.target}){', ' + md(p.date) if p.date else ''} "
                    f"{cites(p.cites)}" for p in g.see_also)
        yield ""


def _method(b: Briefing) -> Iterator[str]:
    yield f"## {md(b.label('method'))}\n"
    for note in b.method.notes:
        yield f"{md(note)}\n"
    if b.method.glossary:
        yield f"### {md(b.label('glossary'))}\n"
        yield from table([md(b.label("acronym")), md(b.label("meaning"))],
                         [[md(e.acronym), md(e.meaning)] for e in b.method.glossary])


def _annex(b: Briefing) -> Iterator[str]:
    if not b.annex:
        return
    yield f"## {md(b.label('annex'))}\n"
    head = [md(b.label(k)) for k in ("person", "role", "side")]
    for g in b.annex:
        yield f"### {md(g.heading)}\n"
        for block in g.blocks:
            yield from (line(item) for item in block.lines)
        for items in (g.issues, g.recommendations, g.upcoming):
            yield from (line(item) for item in items)
        yield ""
        yield from people(b.label("people"), g.people, head)
        yield from people(b.label("people_mentioned"), g.people_mentioned, head)


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
    yield from _method(b)
    yield f"## {md(b.label('sources'))}\n"
    for s in b.sources:
        plain_url = s.url and not _NOT_IN_URL.search(s.url)
        where = f" <{s.url}>" if plain_url else (f" {md(s.location)}" if s.location else "")
        publisher = f" {md(s.publisher)}." if s.publisher else ""
        yield (f'<a id="{s.anchor}"></a>{s.number}. {md(s.kind)}'
               f"{', ' + md(s.date) if s.date else ''}. *{md(s.title)}*.{publisher}{where}")
    yield ""
    yield from _annex(b)


def render_markdown(briefing: Briefing, path: str | Path,
                    options: BuildOptions | None = None) -> Path:
    """Write the briefing as Markdown (UTF-8) to ``path``."""
    del options  # Markdown has no page layout
    with atomic_text(path) as stream:
        stream.write("\n".join(markdown_lines(briefing)) + "\n")
    return Path(path)
