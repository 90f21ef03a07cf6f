"""The review page's view model: the briefing's statements, and each source with its marks.

Built from the same records and the same :class:`~briefing.schema.briefing.Briefing`
as the PDF and DOCX, composed once, so the statements and the source numbers are the
ones the briefing shows. A statement's spans are its evidence (record and character
span); a line without evidence is computed from its sources (a key judgement, a
change). What cleaning took out of a document is what its record kept at parse time:
the page never reads a source file again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing.compose import compose
from briefing.compose.text import clean
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing, Line
from briefing.schema.record import Evidence, Record
from briefing.schema.review import (
    Mark,
    ReviewBlock,
    ReviewGroup,
    ReviewPage,
    ReviewSource,
    ReviewStatement,
    Span,
)


def build_review(records: Iterable[Record], options: BuildOptions | None = None) -> ReviewPage:
    """The review page of the briefing these records make."""
    composed = compose(records, options or BuildOptions())
    return review_page(composed.briefing, composed.records)


def review_page(brief: Briefing, numbered: Sequence[Record]) -> ReviewPage:
    """The review page of a composed briefing whose source ``i`` is ``numbered[i - 1]``."""
    sources = [_source(number, record, brief) for number, record in enumerate(numbered, 1)]
    numbers = {source.record: source.number for source in sources}
    return ReviewPage(
        title=brief.cover.title, generated=brief.cover.generated,
        groups=tuple(_groups(brief, numbers)), sources=tuple(sources),
    )


# -- statements --------------------------------------------------------------------------


def _groups(brief: Briefing, numbers: dict[str, int]) -> list[ReviewGroup]:
    summary = (
        ReviewBlock(heading=brief.label("key_judgements"),
                    statements=_statements(brief.judgements, numbers)),
        ReviewBlock(heading=brief.label("highlights"),
                    statements=_statements(brief.highlights, numbers)),
        ReviewBlock(heading=brief.label("timeline"),
                    statements=_statements(brief.timeline, numbers)),
    )
    groups = [ReviewGroup(heading=brief.label("executive_summary"), blocks=summary)]
    for group in brief.groups:
        blocks = [ReviewBlock(heading=block.heading, statements=_statements(block.lines, numbers))
                  for block in group.blocks]
        for key in ("issues", "recommendations", "upcoming"):
            lines: tuple[Line, ...] = getattr(group, key)
            if lines:
                blocks.append(ReviewBlock(heading=brief.label(key),
                                          statements=_statements(lines, numbers)))
        groups.append(ReviewGroup(heading=group.heading, blocks=tuple(blocks)))
    return groups


def _statements(lines: Iterable[Line], numbers: dict[str, int]) -> tuple[ReviewStatement, ...]:
    return tuple(
        ReviewStatement(text=line.text, date=line.date, cites=line.cites,
                        spans=tuple(Span(source=numbers[place.record], start=place.start,
                                         end=place.end)
                                    for place in line.evidence if place.record in numbers))
        for line in lines
    )


# -- sources -----------------------------------------------------------------------------


def _source(number: int, record: Record, brief: Briefing) -> ReviewSource:
    entry = brief.sources[number - 1]
    return ReviewSource(
        number=number, record=record.id or "", title=entry.title, location=entry.location,
        kind=entry.kind, kind_confidence=record.kind_info.confidence if record.kind_info else None,
        date=entry.date, lang=record.lang or "", status=record.status,
        warnings=tuple(record.warnings), text=record.text, marks=tuple(marks(record)),
        removed=tuple(record.removed) if record.removed is not None else None,
    )


def marks(record: Record) -> list[Mark]:
    """Every extracted item of a record as marks on its text, in text order."""
    found: list[Mark] = []

    def add(field: str, value: str, evidence: Iterable[Evidence],
            confidence: float | None = None) -> None:
        for span in evidence:
            found.append(Mark(field=field, value=clean(value), start=span.start, end=span.end,
                              confidence=confidence))

    add("title", record.title or "", record.title_evidence)
    add("published", record.published.isoformat() if record.published else "",
        record.published_evidence)
    for partner in record.partners:
        add("partner", f"{partner.name} ({partner.code})", partner.evidence, partner.salience)
    for theme in record.themes:
        add("theme", theme.name or theme.id, theme.evidence, theme.score)
    for person in record.people:
        add("person", f"{person.name}, {person.role}" if person.role else person.name,
            person.evidence)
    for mention in record.dates:
        add("date", mention.date.value, mention.evidence)
    for agreement in record.agreements:
        add("agreement", agreement.name, agreement.evidence)
    for figure in record.figures:
        add("figure", f"{figure.text} — {figure.what}", figure.evidence)
    for organisation in record.organisations:
        add("organisation", organisation.name, organisation.evidence)
    for event in record.events:
        add("event", event.what, event.evidence)
    found.sort(key=lambda mark: (mark.start, -mark.end))
    return found
