"""Composition: records in, one render-ready :class:`~briefing.schema.briefing.Briefing` out.

    select (skip failed, filter) → number sources → merge near-duplicates into
    stories → statements (whole sentences, placed once) → groups (partner →
    theme, or theme → partner) within a budget, the rest to the annex →
    executive summary (key judgements, developments) → at a glance → sources →
    method and caveats

Every renderer consumes the result; none of them looks at a record again.

Internal to briefing, not a public API (see the package docstring of :mod:`briefing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefing.compose import glance, judgements, method, summary
from briefing.compose.grouping import Context, build_groups, period_text
from briefing.compose.labels import Labels, load_labels, template_folder
from briefing.compose.statements import is_furniture, is_whole_sentence, sentences_of
from briefing.compose.stories import merge_stories, select, source_order
from briefing.compose.text import clean, shorten
from briefing.options import BuildOptions, GroupBy
from briefing.schema.briefing import Briefing, Cover, Group, Metadata, SourceEntry
from briefing.schema.record import Record

MIN_TITLE_WORDS = 3
"""A title of fewer words is a site name or a menu, not a headline."""

__all__ = ["build_briefing"]


@dataclass(frozen=True)
class Composed:
    """A composed briefing and the records it numbers: source ``i`` is ``records[i - 1]``."""

    briefing: Briefing
    records: list[Record]


def build_briefing(records: Iterable[Record], group_by: GroupBy | None = None,
                   options: BuildOptions | None = None) -> Briefing:
    """Compose a briefing; failed records are skipped and counted, never shown.

    ``group_by`` overrides ``options.group_by`` when given.
    """
    options = options or BuildOptions()
    if group_by is not None and group_by != options.group_by:
        options = options.model_copy(update={"group_by": group_by})
    return compose(records, options).briefing


def compose(records: Iterable[Record], options: BuildOptions) -> Composed:
    """The briefing and its numbered sources, for a view that shows both (the review page)."""
    labels = load_labels(template_folder(options.template_dir), options.lang)
    chosen = select(records, options)
    numbered = source_order(chosen.records)
    stories = merge_stories(numbered, options.home)
    created = created_at(options)
    by_number = dict(enumerate(numbered, 1))
    ctx = Context(labels, options.group_by, partner_names(numbered, labels),
                  _reference_date(options, numbered, created), home=options.home,
                  records=by_number, annex=options.annex)
    composed = build_groups(stories, ctx)
    groups = composed.groups
    glossary = method.glossary(composed.shown, numbered, labels)
    organisations = _organisations(numbered)
    brief = Briefing(
        options=options, labels=labels.text,
        metadata=_metadata(options, labels, groups, created, ctx),
        cover=_cover(options, labels, numbered, created, ctx, chosen.skipped),
        judgements=tuple(judgements.judgements(stories, by_number, composed, ctx)),
        highlights=tuple(summary.highlights(composed.ranked, ctx)),
        counts=glance.counts(stories, ctx, organisations),
        matrix=summary.matrix(groups, ctx, organisations),
        timeline=tuple(summary.timeline(stories, ctx)),
        groups=tuple(groups), sources=tuple(source_entries(numbered, labels)),
        method=method.method(read=len(numbered) + chosen.skipped, failed=chosen.skipped,
                             skipped=chosen.filtered, shown=composed.shown,
                             annexed=composed.annexed, annex=options.annex,
                             glossary_entries=glossary, labels=labels),
        annex=tuple(composed.annex),
    )
    return Composed(briefing=brief, records=numbered)


def partner_names(records: list[Record], labels: Labels) -> dict[str, str]:
    """Each partner code of the records, with the name the briefing shows for it."""
    names: dict[str, str] = {}
    for record in records:
        for partner in record.partners:
            if partner.code not in names:
                names[partner.code] = labels.partner(partner.code, clean(partner.name)
                                                     or partner.code)
    return names


def _organisations(records: list[Record]) -> set[str]:
    """Codes of the partners that are international organisations, not states."""
    return {p.code for r in records for p in r.partners if p.type == "organisation"}


def _reference_date(options: BuildOptions, records: list[Record], created: dt.datetime) -> dt.date:
    """"Today" for upcoming events: the option, else the latest source, else creation."""
    if options.reference_date:
        return options.reference_date
    dates = [r.published for r in records if r.published is not None]
    return max(dates) if dates else created.date()


def created_at(options: BuildOptions) -> dt.datetime:
    """When the briefing is made: the option, else now; a naive time is taken as UTC
    (PDF dates need a zone)."""
    created = options.created or dt.datetime.now(dt.UTC).replace(microsecond=0)
    return created if created.tzinfo is not None else created.replace(tzinfo=dt.UTC)


def briefing_title(options: BuildOptions, default: str) -> str:
    """The title the options give, else ``default`` (the labels' title for the kind)."""
    if options.title == BuildOptions.model_fields["title"].default:
        return default
    return clean(options.title)


def _title(options: BuildOptions, labels: Labels) -> str:
    return briefing_title(options, labels.text.get("default_title", options.title))


def records_period(records: list[Record], labels: Labels) -> str:
    """The period the records' publication dates span, in words; empty when none is dated."""
    dates = sorted(r.published for r in records if r.published is not None)
    return period_text(dates[0], dates[-1], labels) if dates else ""


def _cover(options: BuildOptions, labels: Labels, records: list[Record], created: dt.datetime,
           ctx: Context, skipped: int) -> Cover:
    text = labels.text
    covered = records_period(records, labels)
    period = text["cover_period"].format(period=covered) if covered else ""
    partners = sorted(set(ctx.partner_names.values()))
    return Cover(
        title=_title(options, labels), period=period,
        generated=text["cover_generated"].format(date=labels.day(created.date())),
        sources=text["cover_sources"].format(count=len(records)),
        partners=text["cover_partners"].format(partners=", ".join(partners)) if partners else "",
        skipped=text["cover_skipped"].format(count=skipped) if skipped else "",
        marking=clean(options.marking) or None,
    )


def _metadata(options: BuildOptions, labels: Labels, groups: list[Group], created: dt.datetime,
              ctx: Context) -> Metadata:
    themes = sorted({b.heading for g in groups for b in g.blocks} if ctx.group_by == "partner"
                    else {g.heading for g in groups})
    partners = sorted(set(ctx.partner_names.values()))
    return Metadata(title=_title(options, labels), author=clean(options.author),
                    subject=labels.text["subject"], keywords=tuple(partners + themes),
                    created=created, lang=labels.lang)


def source_entries(records: list[Record], labels: Labels) -> list[SourceEntry]:
    """The numbered sources list: record ``i`` is source ``i + 1``."""
    entries = []
    for number, record in enumerate(records, 1):
        url = record.source.url
        web = url if _is_web(url) else None
        entries.append(SourceEntry(
            number=number, anchor=f"src{number}", kind=labels.kind(record.kind),
            date=labels.day(record.published) if record.published else "",
            title=shorten(_source_title(record, labels), 300),
            publisher=_publisher(web), location=clean(web or record.source.path or url),
            url=web, path=record.source.path,
        ))
    return entries


def _source_title(record: Record, labels: Labels) -> str:
    """The record's headline; when that is page furniture or a site name, the first
    whole sentence of the text stands for it."""
    title = clean(record.title)
    if len(title.split()) >= MIN_TITLE_WORDS and not is_furniture(title):
        return title
    for start, end in sentences_of(record):
        text = clean(record.text[start:end])
        if is_whole_sentence(text) and not is_furniture(text):
            return shorten(text, 160)
    return title or labels.text["no_title"]


def _publisher(url: str | None) -> str:
    """The site of a web address, without "www."."""
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _is_web(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("http://", "https://"))

