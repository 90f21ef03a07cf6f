"""What a story says, as display items: dated lines, table rows, people.

Every item cites the story's sources. Text comes from grounded record fields
(theme evidence sentences, summaries, events, assessments…), cleaned once by
:mod:`briefing.compose.text`; nothing here invents wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from briefing.compose.labels import Labels
from briefing.compose.stories import Story
from briefing.compose.text import clean, shorten
from briefing.schema.briefing import AgreementRow, FigureRow, Line, PersonRow
from briefing.schema.record import DateValue, Evidence, Record, Statement

LINES_PER_THEME = 3
"""Sentences quoted per story and theme: enough to ground it, short enough to read."""
MIN_EVENT_WORDS = 3
"""An event named in fewer words ("visit", "a meeting") tells a reader nothing: left out."""


def story_date(story: Story, labels: Labels) -> tuple[str, str]:
    """(display date, sort key) of a story's publication."""
    date = story.date
    return (labels.day(date), date.isoformat()) if date else ("", "")


def theme_lines(story: Story, theme_id: str, labels: Labels, partner: str = "") -> list[Line]:
    """The story's sentences on one theme, as said of ``partner`` when one is given.

    Falls back to the story's summary or title when no sentence fits.
    """
    record = next((r for r in story.records if any(t.id == theme_id for t in r.themes)),
                  story.main)
    theme = next((t for t in record.themes if t.id == theme_id), None)
    spans = _said_of(record, theme.evidence, partner)[:LINES_PER_THEME] if theme else []
    lines = [_span_line(record, span, story, labels) for span in spans]
    lines = [line for line in lines if line.text]
    return lines or [headline(story, labels)]


def _said_of(record: Record, spans: list[Evidence], partner: str) -> list[Evidence]:
    """The sentences that may be quoted under one partner of a record.

    A record about several partners has theme sentences that name only some of
    them; quoted under Poland, a sentence about an Azerbaijani ensemble would
    read as a statement about Poland. A sentence that names another partner but
    not this one is left out; sentences naming this partner, or none, stay.
    """
    if not partner or len(record.partners) < 2:
        return spans
    mentions = {p.code: p.evidence for p in record.partners}

    def names(span: Evidence, code: str) -> bool:
        return any(span.start <= e.start < span.end for e in mentions.get(code, ()))

    others = [code for code in mentions if code != partner]
    return [s for s in spans if names(s, partner) or not any(names(s, c) for c in others)]


def headline(story: Story, labels: Labels) -> Line:
    """One line that stands for the whole story: its summary, else its title."""
    record = story.main
    text = clean(record.summary.text) if record.summary else ""
    text = text or clean(record.title) or labels.text["no_title"]
    date, key = story_date(story, labels)
    return Line(date=date, sort_key=key, text=shorten(text), cites=story.cites)


def title_line(story: Story, labels: Labels, label: str = "") -> Line:
    """The story's title (else its summary) as a one-line development."""
    record = story.main
    text = clean(record.title) or (clean(record.summary.text) if record.summary else "")
    date, key = story_date(story, labels)
    return Line(date=date, sort_key=key, text=shorten(text or labels.text["no_title"], 300),
                cites=story.cites, label=label)


def _span_line(record: Record, span: Evidence, story: Story, labels: Labels) -> Line:
    date, key = _date_inside(record, span, labels) or story_date(story, labels)
    return Line(date=date, sort_key=key, text=shorten(clean(span.text)), cites=story.cites)


def _date_inside(record: Record, span: Evidence, labels: Labels) -> tuple[str, str] | None:
    """The first resolved date mentioned within the span, if any."""
    for mention in record.dates:
        start = mention.evidence[0].start if mention.evidence else -1
        if span.start <= start < span.end and mention.date.start is not None:
            return labels.date_value(mention.date), mention.date.start.isoformat()
    return None


def event_lines(story: Story, labels: Labels, today: dt.date) -> tuple[list[Line], list[Line]]:
    """(past, upcoming) events of the story; undated events count as past."""
    past: list[Line] = []
    upcoming: list[Line] = []
    for event in story.main.events:
        text = clean(event.what)
        if len(text.split()) < MIN_EVENT_WORDS:
            continue
        when: DateValue | None = event.when
        date = labels.date_value(when) if when and when.start else ""
        key = when.start.isoformat() if when and when.start else ""
        line = Line(date=date, sort_key=key, text=shorten(text), cites=story.cites,
                    label=clean(event.where))
        is_future = when is not None and when.start is not None and when.start > today
        (upcoming if is_future else past).append(line)
    return past, upcoming


def statement_lines(story: Story, statements: Iterable[Statement],
                    labels: Labels) -> list[Line]:
    """Assessments or recommendations as lines dated with the story."""
    date, key = story_date(story, labels)
    return [Line(date=date, sort_key=key, text=shorten(clean(s.text)), cites=story.cites)
            for s in statements if clean(s.text)]


def agreement_rows(story: Story, labels: Labels) -> list[AgreementRow]:
    """The agreements table rows of a story."""
    return [
        AgreementRow(
            name=shorten(clean(a.name), 200), parties=clean(", ".join(a.parties)),
            signed=labels.date_value(a.signed) if a.signed else "",
            period=labels.date_value(a.period) if a.period else "",
            status=labels.status(clean(a.status)), cites=story.cites,
        )
        for a in story.main.agreements if clean(a.name)
    ]


def figure_rows(story: Story) -> list[FigureRow]:
    """The key figures table rows of a story."""
    return [
        FigureRow(value=clean(f.text) or f"{f.value:g}", what=shorten(clean(f.what), 200),
                  year=str(f.year) if f.year else "", cites=story.cites)
        for f in story.main.figures if clean(f.what)
    ]


def person_rows(story: Story) -> list[PersonRow]:
    """The people of a story, with their roles."""
    return [PersonRow(name=clean(p.name), role=shorten(clean(p.role), 200), cites=story.cites)
            for p in story.main.people if clean(p.name)]
