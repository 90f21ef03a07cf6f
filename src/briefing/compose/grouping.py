"""The two levels of a briefing: partner → theme, or theme → partner.

Every statement is shown once, under its main group; the sections of the
other groups it concerns point to it. Each section has a budget of
statements, chosen by weight after one statement per source (so every source
of a section is cited in it); the rest goes to the annex when one is asked
for. Groups come most active first, the "no identified partner" or "general"
bucket last.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from briefing.compose import tables
from briefing.compose.labels import Labels
from briefing.compose.statements import Statement, sentences_of, story_statements
from briefing.compose.stories import Story
from briefing.options import GroupBy
from briefing.schema.briefing import (
    AgreementRow,
    Block,
    FigureRow,
    Group,
    Line,
    PersonRow,
    Place,
    Pointer,
)
from briefing.schema.record import Record

RowT = TypeVar("RowT", bound=Line)

SECTION_BASE = 8
"""Statements a section may always show."""
SECTION_MAX = 24
"""Statements a section shows at most, however many sources it has: the rest is annex."""
BODY_STATEMENTS = 360
"""Statements the body may show in all: with few sections (by theme), each may show more
than :data:`SECTION_MAX`, up to its share of this."""
PEOPLE_MAX = 12
"""Rows of each people table in a section (most cited first)."""
FIGURES_MAX = 8
AGREEMENTS_MAX = 12
POINTERS_MAX = 12
_WORDS = re.compile(r"\w+")


@dataclass
class Context:
    """What every group needs to know while it is being composed."""

    labels: Labels
    group_by: GroupBy
    partner_names: dict[str, str]
    today: dt.date
    home: str = "KZ"
    records: dict[int, Record] = field(default_factory=dict)
    """Source number → record, for the evidence of every cited source."""
    annex: bool = False
    """Compose the annex too (else only counted)."""


@dataclass
class Composition:
    """The sections, the annex, and the counts the closing section reports."""

    groups: list[Group]
    annex: list[Group]
    shown: list[Line]
    annexed: int
    ranked: list[tuple[float, str, Line]]
    """(weight, group key, line) of every statement shown, for the summary."""
    agreements: list[Agreed]
    """Every agreement row, within the budgets or beyond, for the key judgements."""
    upcoming: list[Line]
    """Every upcoming event (a line without evidence, labelled with its partner)."""


class Agreed(NamedTuple):
    """An agreement's row and its status id (the row holds the status in words, for display)."""

    row: AgreementRow
    status: str


@dataclass
class _Section:
    key: str
    statements: list[Statement] = field(default_factory=list)
    agreements: list[Agreed] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    mentioned: list[PersonRow] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)


def norm(text: str) -> str:
    """Text compared for repeats: case, accents' forms and punctuation aside."""
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))


def all_statements(stories: list[Story], ctx: Context) -> list[Statement]:
    """Every statement of the stories, each sentence once (a repeat adds its sources)."""
    seen: dict[str, Statement] = {}
    for story in stories:
        for statement in story_statements(story, ctx.labels, ctx.today, ctx.home):
            key = norm(statement.text)
            if key in seen:
                first = seen[key]
                first.extra_cites.update(story.cites)
                first.also_partners = _joined(first.partner, first.also_partners,
                                              [statement.partner, *statement.also_partners])
                first.also_themes = _joined(first.theme, first.also_themes,
                                            [statement.theme, *statement.also_themes])
            else:
                seen[key] = statement
    return list(seen.values())


def _joined(main: str, also: tuple[str, ...], more: list[str]) -> tuple[str, ...]:
    """``also`` with the keys of ``more`` that are neither the main key nor empty."""
    found = dict.fromkeys(also)
    found.update(dict.fromkeys(k for k in more if k and k != main))
    return tuple(found)


def build_groups(stories: list[Story], ctx: Context) -> Composition:
    """One :class:`Group` per partner (or theme), most active first, and the annex."""
    statements = all_statements(stories, ctx)
    sections: dict[str, _Section] = {}
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for statement in statements:
        outer = statement.key(ctx.group_by)[0]
        sections.setdefault(outer, _Section(outer)).statements.append(statement)
        spans.setdefault(id(statement.record), []).append((statement.start, statement.end, outer))
    for story in stories:
        _tables(story, ctx, sections, spans.get(id(story.main), []))
    body: dict[str, _Section] = {}
    annex: dict[str, _Section] = {}
    cap = max(SECTION_MAX, BODY_STATEMENTS // max(1, len(sections)))
    needed = _needed(statements)
    for key, section in sections.items():
        kept, rest = _budget(section.statements, cap, needed)
        body[key] = _Section(key, kept, *_cut_tables(section, keep=True))
        annex[key] = _Section(key, rest, *_cut_tables(section, keep=False))
    anchors = _anchors(body)
    for section in list(body.values()):
        for statement in section.statements:
            for other in statement.also(ctx.group_by):
                target = body.setdefault(other, _Section(other))
                if len(target.pointers) < POINTERS_MAX:
                    target.pointers.append(_pointer(statement, anchors, ctx))
    ordered = sorted(body.values(), key=lambda s: (s.key == "", -_activity(s),
                                                    heading(s.key, ctx, True)))
    groups = [_group(section, f"g{n}", anchors, ctx) for n, section in enumerate(ordered, 1)]
    groups = [g for g in groups if _has_content(g)]
    extra = [_group(section, f"x{n}", anchors, ctx)
             for n, section in enumerate(sorted(annex.values(), key=lambda s: (
                 s.key == "", heading(s.key, ctx, True))), 1)] if ctx.annex else []
    shown = [line for g in groups for line in _statement_lines(g)]
    annexed = sum(len(s.statements) for s in annex.values())
    weights = {anchors[id(s)]: (s.weight, s.key(ctx.group_by)[0])
               for section in body.values() for s in section.statements}
    ranked = [(*weights[line.anchor], line) for line in shown if line.anchor in weights]
    upcoming = [Line(date=s.date, sort_key=s.sort_key, text=s.text, cites=_cites(s),
                     label=ctx.partner_names.get(s.partner, s.partner)
                     or ctx.labels.text["unattributed"])
                for s in statements if s.role == "upcoming"]
    agreements = [row for section in sections.values() for row in section.agreements]
    return Composition(groups=groups, annex=[g for g in extra if _has_content(g)], shown=shown,
                       annexed=annexed, ranked=ranked, agreements=_merged_rows(agreements),
                       upcoming=upcoming)


def _statement_lines(group: Group) -> list[Line]:
    lines = [line for block in group.blocks for line in block.lines]
    return lines + list(group.issues) + list(group.recommendations) + list(group.upcoming)


def _has_content(group: Group) -> bool:
    return bool(group.blocks or group.issues or group.recommendations or group.upcoming
                or group.agreements or group.figures or group.people or group.people_mentioned
                or group.see_also)


def _activity(section: _Section) -> int:
    return len({n for s in section.statements for n in (*s.story.cites, *s.extra_cites)}
               | {n for p in section.pointers for n in p.cites})


def _needed(statements: list[Statement]) -> set[int]:
    """The statements that keep every source cited under each partner it concerns: the
    preferred one of each story for each of its main partners, and of each story."""
    best: dict[tuple[int, str], Statement] = {}
    for statement in statements:
        for key in ((id(statement.story), statement.partner), (id(statement.story), "\0")):
            if key not in best or _preferred(statement) > _preferred(best[key]):
                best[key] = statement
    return {id(s) for s in best.values()}


def _preferred(statement: Statement) -> tuple[bool, bool, float]:
    """Which statement stands for a source under a partner: one of the sections' statements
    (not an issue or an upcoming event), on a theme, then the weightiest."""
    return statement.role == "line", bool(statement.theme), statement.weight


def _budget(found: list[Statement], cap: int,
            needed: set[int]) -> tuple[list[Statement], list[Statement]]:
    """(shown, annexed): the statements needed to cite each source under each partner
    first (weightiest first), then the weightiest others, within the section's budget."""
    required = [s for s in found if id(s) in needed]
    stories = {id(s.story) for s in found}
    budget = min(cap, max(SECTION_BASE, len(required), len(stories)))
    ranked = sorted(found, key=lambda s: (-s.weight, s.story.cites[0], s.order))
    chosen = [s for s in ranked if id(s) in needed][:budget]
    for statement in ranked:
        if len(chosen) >= budget:
            break
        if statement not in chosen:
            chosen.append(statement)
    picked = {id(s) for s in chosen}
    return chosen, [s for s in found if id(s) not in picked]


def _anchors(sections: dict[str, _Section]) -> dict[int, str]:
    anchors: dict[int, str] = {}
    for section in sections.values():
        for statement in section.statements:
            anchors[id(statement)] = f"s{len(anchors) + 1}"
    return anchors


def _pointer(statement: Statement, anchors: dict[int, str], ctx: Context) -> Pointer:
    outer, inner = statement.key(ctx.group_by)
    where = heading(outer, ctx, True)
    if inner:
        where = f"{where} — {heading(inner, ctx, False)}"
    return Pointer(target=anchors.get(id(statement), ""), heading=where, date=statement.date,
                   cites=_cites(statement))


def _cites(statement: Statement) -> tuple[int, ...]:
    return tuple(sorted(set(statement.story.cites) | statement.extra_cites))


def _line(statement: Statement, anchors: dict[int, str], ctx: Context) -> Line:
    cites = _cites(statement)
    places = [Place(record=statement.record.id or "", start=statement.start, end=statement.end)]
    raw = statement.record.text[statement.start: statement.end]
    for number in cites:
        record = ctx.records.get(number)
        if record is None or record is statement.record:
            continue
        at = record.text.find(raw)
        if at >= 0:
            places.append(Place(record=record.id or "", start=at, end=at + len(raw)))
    date = statement.date
    if date and statement.inferred:
        date = ctx.labels.text["inferred_date"].format(date=date)
    also = statement.also(ctx.group_by)
    note = ctx.labels.text["also_concerns"] + ": " + ", ".join(
        heading(key, ctx, True) for key in also) if also else ""
    return Line(date=date, sort_key=statement.sort_key, text=statement.text, cites=cites,
                also=also, also_note=note, evidence=tuple(places),
                inferred=statement.inferred, anchor=anchors.get(id(statement), ""))


def _tables(story: Story, ctx: Context, sections: dict[str, _Section],
            spans: list[tuple[int, int, str]]) -> None:
    """The story's table rows, each under the group of the statement it stands in
    (``spans``: start, end and group of the story's statements)."""
    record = story.main
    fallback = (story.partners if ctx.group_by == "partner" else story.themes) or [""]

    def group_at(offsets: list[int]) -> _Section:
        for offset in offsets:
            for start, end, key in spans:
                if start <= offset < end:
                    return sections.setdefault(key, _Section(key))
        return sections.setdefault(fallback[0], _Section(fallback[0]))

    for agreement in record.agreements:
        row = tables.agreement_row(record, agreement, ctx.labels, story.cites)
        if row is not None:
            group_at([e.start for e in agreement.evidence]).agreements.append(
                Agreed(row, tables.status_of(agreement)))
    for figure in record.figures:
        figure_row = tables.figure_row(figure, story.cites)
        if figure_row is not None:
            group_at([e.start for e in figure.evidence]).figures.append(figure_row)
    sentences = sentences_of(record) if record.people else []
    for person in record.people:
        found = tables.person_row(record, person, story.cites, ctx.labels, sentences)
        if found is None:
            continue
        person_row, met = found
        section = group_at([e.start for e in person.evidence])
        (section.people if met else section.mentioned).append(person_row)


def _cut_tables(section: _Section, keep: bool) -> tuple[list[Agreed], list[FigureRow],
                                                         list[PersonRow], list[PersonRow]]:
    """The table rows within the section's budget (``keep``), or the rows beyond it."""
    agreements = _merged_rows(section.agreements)
    people = _people(section.people)
    mentioned = [r for r in _people(section.mentioned)
                 if r.name.casefold() not in {p.name.casefold() for p in people}]
    figures = section.figures
    people.sort(key=lambda r: -len(r.cites))
    mentioned.sort(key=lambda r: -len(r.cites))
    if keep:
        return (agreements[:AGREEMENTS_MAX], figures[:FIGURES_MAX], people[:PEOPLE_MAX],
                mentioned[:PEOPLE_MAX])
    return (agreements[AGREEMENTS_MAX:], figures[FIGURES_MAX:], people[PEOPLE_MAX:],
            mentioned[PEOPLE_MAX:])


def _merged_rows(rows: list[Agreed]) -> list[Agreed]:
    """Rows of one instrument (the same name) as one, citing every source; the first
    status known stands, in words and as its id."""
    merged: dict[str, Agreed] = {}
    for row, status in rows:
        key = norm(row.name)
        if key in merged:
            old, old_status = merged[key]
            if not old.status:
                old_status = status
            merged[key] = Agreed(old.model_copy(update={
                "cites": tuple(sorted(set(old.cites) | set(row.cites))),
                "signed": old.signed or row.signed, "status": old.status or row.status,
                "parties": old.parties or row.parties}), old_status)
        else:
            merged[key] = Agreed(row, status)
    return list(merged.values())


def heading(key: str, ctx: Context, outer: bool) -> str:
    """Display name of a group or block key."""
    is_partner = (ctx.group_by == "partner") == outer
    if is_partner:
        return ctx.partner_names.get(key, key) if key else ctx.labels.text["unattributed"]
    return ctx.labels.theme(key) if key else ctx.labels.text["general"]


def _group(section: _Section, anchor: str, anchors: dict[int, str], ctx: Context) -> Group:
    by_role: dict[str, list[Line]] = {"issue": [], "recommendation": [], "upcoming": []}
    inner: dict[str, list[Line]] = {}
    for statement in section.statements:
        line = _line(statement, anchors, ctx)
        if statement.role in by_role:
            by_role[statement.role].append(line)
        else:
            inner.setdefault(statement.key(ctx.group_by)[1], []).append(line)
    ordered = sorted(inner.items(),
                     key=lambda kv: (kv[0] == "", -len(kv[1]), heading(kv[0], ctx, False)))
    blocks = tuple(Block(key=key, heading=heading(key, ctx, False), anchor=f"{anchor}-{n}",
                         lines=tuple(newest_first(lines)))
                   for n, (key, lines) in enumerate(ordered, 1))
    group = Group(
        key=section.key, heading=heading(section.key, ctx, True), anchor=anchor, overview="",
        blocks=blocks, agreements=tuple(row for row, _ in section.agreements),
        figures=tuple(section.figures),
        issues=tuple(newest_first(by_role["issue"])),
        recommendations=tuple(newest_first(by_role["recommendation"])),
        people=tuple(section.people), people_mentioned=tuple(section.mentioned),
        upcoming=tuple(sorted(by_role["upcoming"], key=lambda line: line.sort_key)),
        see_also=tuple(section.pointers),
    )
    return group.model_copy(update={"overview": status_line(group, ctx)})


def status_line(group: Group, ctx: Context) -> str:
    """Sources, period, themes, last contact, agreements: one line atop a section."""
    lines = _statement_lines(group)
    sources = {n for line in lines for n in line.cites} | {
        n for p in group.see_also for n in p.cites} | {
        n for rows in (group.agreements, group.figures, group.people, group.people_mentioned)
        for row in rows for n in row.cites}
    text = ctx.labels.text
    parts = [text["status_sources"].format(count=len(sources))]
    days = sorted(day for n in sources if n in ctx.records
                  for day in [ctx.records[n].published] if day is not None)
    past = [dt.date.fromisoformat(line.sort_key) for line in lines
            if line.sort_key and dt.date.fromisoformat(line.sort_key) <= ctx.today]
    if days:
        parts.append(period_text(days[0], days[-1], ctx.labels))
    else:
        parts.append(text["undated"])
    if group.blocks and any(b.key for b in group.blocks):
        parts.append(text["status_themes"].format(
            themes=", ".join(b.heading for b in group.blocks if b.key)))
    if past:
        parts.append(text["status_last"].format(date=ctx.labels.day(max(past))))
    if group.agreements:
        parts.append(text["status_agreements"].format(count=len(group.agreements)))
    return " · ".join(parts)


def newest_first(found: Iterable[RowT]) -> list[RowT]:
    """Lines by date, most recent first; undated ones last, in their order."""
    items = list(found)
    dated = sorted((x for x in items if x.sort_key), key=lambda x: x.sort_key, reverse=True)
    return dated + [x for x in items if not x.sort_key]


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


def period_text(start: dt.date, end: dt.date, labels: Labels) -> str:
    """A date range in the label language (one date when both ends agree)."""
    if start == end:
        return labels.day(start)
    return labels.text["period"].format(start=labels.day(start), end=labels.day(end))
