"""What changed between two sets of records: a briefing of differences, cited like any other.

    earlier records, newer records → stories on each side (near-duplicates told once)
      → new partners · partners gone quiet · new and changed agreements · new people
        met · themes that appear or vanish for a partner · new upcoming events

The result is a :class:`~briefing.schema.briefing.Briefing` whose groups are the
kinds of change, so every renderer (PDF, DOCX, HTML, Markdown, JSON, the review
page) shows it without a line of its own. Sources are numbered newer first,
then the earlier records a change cites ("gone quiet" cites the old sources).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.compose import (
    briefing_title,
    created_at,
    partner_names,
    records_period,
    source_entries,
)
from briefing.compose.labels import Labels, load_labels, template_folder
from briefing.compose.statements import sentences_of
from briefing.compose.stories import Selection, Story, merge_stories, select, source_order
from briefing.compose.tables import agreement_name, person_row
from briefing.compose.text import clean
from briefing.options import BuildOptions
from briefing.schema.briefing import Block, Briefing, Cover, Group, Line, Metadata, Method
from briefing.schema.record import Record

CHANGES = ("new_partners", "quiet_partners", "agreements", "people", "themes", "upcoming")
"""The kinds of change, in the order the briefing shows them (label keys ``delta_<kind>``)."""


@dataclass
class Delta:
    """A composed "what changed" briefing and its numbered records (newer first)."""

    briefing: Briefing
    records: list[Record]


@dataclass
class _Side:
    """One period: its stories, and for each partner the stories that name it."""

    stories: list[Story]
    by_partner: dict[str, list[Story]] = field(default_factory=dict)

    @classmethod
    def of(cls, stories: list[Story]) -> _Side:
        side = cls(stories)
        for story in stories:
            for code in story.partners:
                side.by_partner.setdefault(code, []).append(story)
        return side

    def themes(self, code: str) -> dict[str, list[Story]]:
        found: dict[str, list[Story]] = {}
        for story in self.by_partner.get(code, []):
            for theme in story.themes:
                found.setdefault(theme, []).append(story)
        return found


def build_delta(old: Iterable[Record], new: Iterable[Record],
                options: BuildOptions | None = None, *, parser_note: str = "") -> Delta:
    """The changes from ``old`` to ``new``; ``parser_note`` is said in the summary when given."""
    options = options or BuildOptions()
    labels = load_labels(template_folder(options.template_dir), options.lang)
    chosen_new, chosen_old = select(new, options), select(old, options)
    newer, earlier = source_order(chosen_new.records), source_order(chosen_old.records)
    now, before = _Side.of(merge_stories(newer, options.home)), _Side.of(
        _shifted(merge_stories(earlier, options.home), len(newer)))
    names = partner_names(newer + earlier, labels)
    today = options.reference_date or max(
        (r.published for r in newer if r.published), default=dt.date.today())
    changes = {
        "new_partners": _new_partners(now, before, names, labels),
        "quiet_partners": _quiet_partners(now, before, names, labels),
        "agreements": _agreements(now, before, names, labels),
        "people": _people(now, before, names, labels),
        "themes": _themes(now, before, names, labels),
        "upcoming": _upcoming(now, before, names, labels, today),
    }
    groups = tuple(_group(kind, blocks, labels, index)
                   for index, (kind, blocks) in enumerate(changes.items(), 1))
    created = created_at(options)
    title = briefing_title(options, labels.text["delta_title"])
    summary = [Line(text=_count_sentence(groups, labels))]
    if parser_note:
        summary.append(Line(text=parser_note))
    brief = Briefing(
        options=options, labels=labels.text,
        metadata=Metadata(title=title, author=clean(options.author),
                          subject=labels.text["subject"], created=created, lang=labels.lang),
        cover=Cover(title=title, period=_periods(newer, earlier, labels),
                    generated=labels.text["cover_generated"].format(
                        date=labels.day(created.date())),
                    sources=labels.text["cover_sources"].format(count=len(newer) + len(earlier)),
                    marking=clean(options.marking) or None),
        judgements=tuple(summary), groups=groups,
        sources=tuple(source_entries(newer + earlier, labels)),
        method=_method(chosen_new, chosen_old, labels),
    )
    return Delta(brief, newer + earlier)


def _method(newer: Selection, earlier: Selection, labels: Labels) -> Method:
    """What was read, and how to check a change: it is computed, not quoted."""
    failed = newer.skipped + earlier.skipped
    read = len(newer.records) + len(earlier.records) + failed
    skipped = newer.filtered + earlier.filtered
    return Method(read=read, failed=failed, skipped=skipped, notes=(
        labels.text["method_read"].format(read=read, failed=failed, skipped=skipped),
        labels.text["method_machine"], labels.text["delta_verify"]))


def _shifted(stories: list[Story], offset: int) -> list[Story]:
    """Stories whose source numbers come after the newer period's ``offset`` sources."""
    return [dataclasses.replace(s, cites=tuple(n + offset for n in s.cites)) for s in stories]


def _cites(stories: Iterable[Story]) -> tuple[int, ...]:
    return tuple(sorted({n for story in stories for n in story.cites}))


# -- the kinds of change: each gives blocks (heading → lines) ----------------------------


Blocks = list[tuple[str, list[Line]]]


def _new_partners(now: _Side, before: _Side, names: dict[str, str], labels: Labels) -> Blocks:
    blocks = []
    for code, stories in _most_active(now.by_partner):
        if code not in before.by_partner:
            themes = ", ".join(labels.theme(t) for t in now.themes(code)) or "—"
            text = labels.text["delta_new_partner"].format(count=len(stories), themes=themes)
            blocks.append((names.get(code, code), [Line(text=text, cites=_cites(stories))]))
    return blocks


def _quiet_partners(now: _Side, before: _Side, names: dict[str, str], labels: Labels) -> Blocks:
    blocks = []
    for code, stories in _most_active(before.by_partner):
        if code in now.by_partner:
            continue
        dates = [s.date for s in stories if s.date]
        text = labels.text["delta_quiet_partner"].format(
            count=len(stories), last=labels.day(max(dates))) if dates else \
            labels.text["delta_quiet_partner_undated"].format(count=len(stories))
        blocks.append((names.get(code, code), [Line(text=text, cites=_cites(stories))]))
    return blocks


def _agreements(now: _Side, before: _Side, names: dict[str, str], labels: Labels) -> Blocks:
    """Named instruments only, as the briefing's register shows them (a bare "agreement" is
    no instrument); new ones, and those whose status moved."""
    earlier = {_key(name): (a, s) for s in before.stories for a in s.main.agreements
               if (name := agreement_name(s.main, a))}
    found, seen = [], set()
    for story in now.stories:
        for agreement in story.main.agreements:
            name = agreement_name(story.main, agreement)
            key = _key(name)
            if not name or key in seen:
                continue
            seen.add(key)
            status = _status(agreement.status, labels)
            if key not in earlier:
                found.append((story, Line(text=labels.text["delta_new_agreement"].format(
                    name=name, status=status), cites=story.cites)))
                continue
            old, old_story = earlier[key]
            if (old.status or "") != (agreement.status or ""):
                found.append((story, Line(text=labels.text["delta_changed_agreement"].format(
                    name=name, old=_status(old.status, labels), new=status),
                    cites=tuple(sorted(story.cites + old_story.cites)))))
    return _by_partner(found, names, labels)


def _people(now: _Side, before: _Side, names: dict[str, str], labels: Labels) -> Blocks:
    """People met or who took part, as the briefing's table has them (not authors, not
    historical figures), whom no earlier source names."""
    known = {_key(p.name) for s in before.stories for p in s.main.people}
    found, seen = [], set()
    for story in now.stories:
        sentences = sentences_of(story.main) if story.main.people else []
        for person in story.main.people:
            key = _key(person.name)
            if key in known or key in seen:
                continue
            read = person_row(story.main, person, story.cites, labels, sentences)
            if read is None or not read[1]:
                continue
            seen.add(key)
            row = read[0]
            text = f"{row.name}, {row.role}" if row.role else row.name
            found.append((story, Line(text=text, cites=story.cites)))
    return _by_partner(found, names, labels)


def _themes(now: _Side, before: _Side, names: dict[str, str], labels: Labels) -> Blocks:
    blocks = []
    for code, _ in _most_active(now.by_partner):
        if code not in before.by_partner:
            continue  # a new partner's themes are all new; said once, under new partners
        themes_now, themes_then = now.themes(code), before.themes(code)
        lines = [Line(text=labels.text["delta_theme_appears"].format(theme=labels.theme(t)),
                      cites=_cites(stories))
                 for t, stories in themes_now.items() if t not in themes_then]
        lines += [Line(text=labels.text["delta_theme_vanishes"].format(theme=labels.theme(t)),
                       cites=_cites(stories))
                  for t, stories in themes_then.items() if t not in themes_now]
        if lines:
            blocks.append((names.get(code, code), lines))
    return blocks


def _upcoming(now: _Side, before: _Side, names: dict[str, str], labels: Labels,
              today: dt.date) -> Blocks:
    def future(side: _Side) -> Iterable[tuple[str, dt.date, str, Story]]:
        for story in side.stories:
            for event in story.main.events:
                if event.when is not None and event.when.start is not None \
                        and event.when.start > today:
                    yield _key(event.what), event.when.start, labels.date_value(event.when), story

    known = {(key, start) for key, start, _, _ in future(before)}
    found, seen = [], set()
    for key, start, shown, story in sorted(future(now), key=lambda item: item[1]):
        if (key, start) in known or (key, start) in seen:
            continue
        seen.add((key, start))
        what = next(clean(e.what) for e in story.main.events if _key(e.what) == key)
        found.append((story, Line(date=shown, sort_key=start.isoformat(), text=what,
                                  cites=story.cites)))
    return _by_partner(found, names, labels)


def _by_partner(found: list[tuple[Story, Line]], names: dict[str, str],
                labels: Labels) -> Blocks:
    """Lines under the main partner of the story each comes from; partnerless ones last."""
    blocks: dict[str, list[Line]] = {}
    for story, line in found:
        code = story.partners[0] if story.partners else ""
        blocks.setdefault(code, []).append(line)
    order = sorted(blocks, key=lambda code: (code == "", names.get(code, code)))
    return [(names.get(code, code) if code else labels.text["unattributed"], blocks[code])
            for code in order]


def _most_active(by_partner: dict[str, list[Story]]) -> list[tuple[str, list[Story]]]:
    return sorted(by_partner.items(), key=lambda item: (-len(item[1]), item[0]))


def _key(text: str | None) -> str:
    """A name as compared across periods: case and spacing aside."""
    return " ".join(clean(text).casefold().split())


def _status(status: str | None, labels: Labels) -> str:
    return labels.status(status) if status else labels.text["delta_status_unknown"]


# -- the briefing around the changes -----------------------------------------------------


def _group(kind: str, blocks: Blocks, labels: Labels, index: int) -> Group:
    count = sum(len(lines) for _, lines in blocks)
    return Group(
        key=kind, heading=labels.text[f"delta_{kind}"], anchor=f"g{index}",
        overview=labels.text["delta_count"].format(count=count) if count
        else labels.text["delta_none"],
        blocks=tuple(Block(key=heading, heading=heading, anchor=f"g{index}b{number}",
                           lines=tuple(lines))
                     for number, (heading, lines) in enumerate(blocks, 1)),
    )


def _count_sentence(groups: Iterable[Group], labels: Labels) -> str:
    parts = [f"{g.heading}: {sum(len(b.lines) for b in g.blocks)}" for g in groups]
    return labels.text["delta_summary"].format(changes="; ".join(parts))


def _periods(newer: list[Record], earlier: list[Record], labels: Labels) -> str:
    undated = labels.text["undated"]
    return labels.text["delta_periods"].format(new=records_period(newer, labels) or undated,
                                               old=records_period(earlier, labels) or undated)

