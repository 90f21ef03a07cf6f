"""Publication and update dates, as the document states them.

A cascade in order of trust: the format's own metadata (HTML meta, a JSON
field), then labelled fields the cleaner kept (``Published``, ``date``,
``Created at``), then datelines and date stamps at the top of the page, and
last a date a search of a web page's text found (``RawDocument.page_search``,
run only then), unless the main text states that date as another one (then it is
the date of an event, or of receipt, that the cascade passed over: see
:func:`_in_main_text`) or writes it only in what the cleaner cut. A document that
states only the date of its last change ("Last updated: …", ``dateModified``) has
that date as its published date too: it is the date of the version the reader has.
A file's own dates (DOCX and PDF properties, file times) never count: they date the
file, not the document. Only a full date counts: a month and year, a day and month,
the dates of events, ``Received``/``Accepted`` and a site's current-date banner give
``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing.clean.base import Region
from briefing.clean.date_patterns import FoundDate, find_dates, vocabulary
from briefing.clean.metadata_lines import is_date_line
from briefing.extract.metadata.date_fallback import full_date
from briefing.extract.metadata.date_reading import numeric_reading, read_as
from briefing.extract.metadata.dates import date_regions
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.ingest.html_dates import writes
from briefing.schema import Evidence

# A day in a web address: year, month and day as path parts or joined by - or _.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})([/_-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)")
# What follows a date that stamps its line: a time, then a separator ("12.03.2024 | 10:42").
_STAMP_END = re.compile(r",?\s*(?:\d{1,2}:\d{2}\s*)?[-–—|•·]\s")
# Fields that state the publication date, most trusted first.
STATED = ("published", "date", "created")
# Date stamps that do when they sit at the top of the page (a byline's date too:
# "By A. Nurova in Nation on 14 February 2023", "Автор: И. Петров, 7 июля 2021").
STAMPS = ("time", "dateline", "placedate", "photo", "source", "author")
# The top of the page ends with this many lines of main text…
TOP_BODY_LINES = 3
# …lines of at least this many words: single words and figures ("News", "493.85",
# a cable's "Created" column head) are page furniture a reader skips.
LINE_WORDS = 3


class PublicationDates:
    """What ``extract_published`` found."""

    __slots__ = ("published", "published_evidence", "updated", "updated_evidence")

    def __init__(self) -> None:
        self.published: dt.date | None = None
        self.published_evidence: list[Evidence] = []
        self.updated: dt.date | None = None
        self.updated_evidence: list[Evidence] = []


def extract_published(doc: Document) -> PublicationDates:
    """The stated publication date (and update date), or ``None``."""
    fields = [r for r in _regions(doc, STATED) if not _event_card(doc, r)]
    published = _first_full_date(doc, fields + _top_regions(doc, STAMPS))
    published = published or _odd_field_date(doc, fields)
    updated = _first_full_date(doc, _regions(doc, ("updated",)))
    updated = updated or _odd_field_date(doc, _regions(doc, ("updated",)))
    result = PublicationDates()
    page_updated: dt.date | None = None
    if doc.raw.published:
        result.published = doc.raw.published
        if published and published[0] == doc.raw.published:
            result.published_evidence = published[1]
        else:
            stated = doc.raw.published
            result.published_evidence = _date_line_evidence(doc, stated, label="published")
    elif published:
        result.published, result.published_evidence = published
    elif doc.raw.page_search is not None:
        found = doc.raw.page_search()
        page_updated = found.updated
        if (
            found.published is not None
            and not _only_in_cut_text(doc, found.published)
            and not _in_main_text(doc, found.published, marked=found.marked)
        ):
            result.published = found.published
            result.published_evidence = _date_line_evidence(doc, found.published, label="published")
    if doc.raw.updated:
        result.updated = doc.raw.updated
        if updated and updated[0] == doc.raw.updated:
            result.updated_evidence = updated[1]
        else:
            result.updated_evidence = _date_line_evidence(doc, doc.raw.updated, label="updated")
    elif updated:
        result.updated, result.updated_evidence = updated
    elif page_updated:
        result.updated = page_updated
        result.updated_evidence = _date_line_evidence(doc, page_updated, label="updated")
    if result.published is None:
        result.published = _url_date(doc.raw.url)  # metadata: no evidence in the text
    if result.published is None and result.updated is not None:
        result.published = result.updated  # only a date of change: the version's date
        result.published_evidence = list(result.updated_evidence)
    return result


def _url_date(url: str | None) -> dt.date | None:
    """The day in the document's own address (``…/2019/07/01/slug``, ``…/2019-07-01-slug``):
    where a site files its pages by the day they were published."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None


def _regions(doc: Document, labels: tuple[str, ...]) -> list[Region]:
    """Metadata regions with these labels, by label priority then text order."""
    return [r for label in labels for r in doc.cleaned.metadata(label)]


def _event_card(doc: Document, region: Region) -> bool:
    """True when a bare ``Date:`` field is an event's (a listing: "Date: 15 May 2024, 19:30"
    then "Venue: …"): a field of the event's card follows on its line or the next one."""
    if region.label != "date":
        return False
    after = doc.text.find("\n", region.end)
    end = doc.text.find("\n", after + 1) if after >= 0 else -1
    window = doc.text[region.end : end if end >= 0 else len(doc.text)]
    return _event_field().search(window) is not None


@cache
def _event_field() -> re.Pattern[str]:
    """An event card's field label ("Venue:", "Место проведения:") at a field's start."""
    words = "|".join(f"(?:{p})" for p in vocabulary().words.get("event_field", [])) or "(?!)"
    return re.compile(rf"(?:^|[|•·;]\s*)\s*(?:{words})\s*:", re.IGNORECASE | re.MULTILINE)


def _top_regions(doc: Document, labels: tuple[str, ...]) -> list[Region]:
    limit = _top_end(doc)
    return [r for r in _regions(doc, labels) if r.start < limit]


def _top_end(doc: Document) -> int:
    """Where the top of the page ends: at its fourth line of main text."""
    body = [
        r
        for r in doc.cleaned.regions
        if r.role in ("body", "heading") and len(doc.text[r.start : r.end].split()) >= LINE_WORDS
    ]
    return body[TOP_BODY_LINES].start if len(body) > TOP_BODY_LINES else len(doc.text)


def _first_full_date(doc: Document, regions: list[Region]) -> tuple[dt.date, list[Evidence]] | None:
    for region in regions:
        for found in find_dates(doc.text, region.start, region.end):
            if found.ambiguous:  # "03/04/2017": read as the document's other dates show
                every = [f for r in date_regions(doc) for f in find_dates(doc.text, r.start, r.end)]
                found = read_as(found, numeric_reading(every, doc.lang, doc.raw.url)[0])
            day = _as_date(found)
            if day is not None:
                return day, [evidence(doc.text, found.start, found.end)]
    return None


def _odd_field_date(doc: Document, regions: list[Region]) -> tuple[dt.date, list[Evidence]] | None:
    """A stated field whose value our patterns cannot read, handed to dateparser."""
    for region in regions:
        field_text = doc.text[region.start : region.end]
        colon = field_text.find(":")
        start = region.start + (colon + 1 if colon >= 0 else len(field_text.split()[0]))
        value = evidence(doc.text, start, region.end)
        day = full_date(value.text, doc.lang)
        if day is not None:
            return day, [value]
    return None


def _in_main_text(doc: Document, day: dt.date, *, marked: bool) -> bool:
    """True when the main text states ``day`` as another date: the cascade above read it
    and found it a date of events, of receipt or of acceptance, not of publication.

    A range of days ("5-7 March, 2018") is the span of events, and a labelled field
    (``Received:``) says what its date is, wherever they stand. A mention in running text
    counts unless the page marks the date as its own (a byline that the extractor ran
    into the first paragraph); a line that is only the date (and a label our fields do
    not know, a time, a zone) states nothing else of it.
    """
    return any(
        day in _days_of(found)
        and (
            found.precision == "range"
            or bool(region.label)
            or not (marked or _stamp(doc, region, found))
        )
        for region in date_regions(doc)
        for found in find_dates(doc.text, region.start, region.end)
    )


def _only_in_cut_text(doc: Document, day: dt.date) -> bool:
    """True when the reader's text writes ``day`` but the cleaned text does not: it stood
    in what the cleaner cut (a block of related news inside the article's container),
    where it dates another page."""
    return writes(doc.raw.text, day) and not writes(doc.text, day)


def _stamp(doc: Document, region: Region, found: FoundDate) -> bool:
    """True when the date is a line's stamp: the line is only the date, or, at the top of
    the page, opens with it before a separator ("05/10/2018 - Publicado por: …")."""
    if _only_a_date(doc, region):
        return True
    opens = not doc.text[region.start : found.start].strip()
    return opens and region.start < _top_end(doc) and bool(_STAMP_END.match(doc.text, found.end))


def _only_a_date(doc: Document, region: Region) -> bool:
    """True when the region is a date line, give or take one word ("Datum:", "AMT")."""
    line = doc.text[region.start : region.end].strip()
    words = line.split()
    return any(
        is_date_line(candidate)
        for candidate in (line, " ".join(words[1:]), " ".join(words[:-1]))
        if candidate
    )


def _date_line_evidence(doc: Document, day: dt.date, *, label: str) -> list[Evidence]:
    """Where a line of the text that is only this date, or a field of this kind
    (``published`` or ``updated``) holding it, writes it: the evidence of a date the
    page's metadata or search gave, when the text has it."""
    other = ("received", "accepted", "updated" if label == "published" else "published")
    for region in date_regions(doc):
        if region.label in other:
            continue
        for found in find_dates(doc.text, region.start, region.end):
            if _as_date(found) == day and (region.label or _stamp(doc, region, found)):
                return [evidence(doc.text, found.start, found.end)]
    return []


def _days_of(found: FoundDate) -> tuple[dt.date | None, ...]:
    """The full days an expression names: a date, or both ends of a range of days."""
    if found.precision != "range" or found.year is None:
        return (_as_date(found),)
    try:
        return tuple(
            dt.date(year, month, day)
            for year, month, day in (
                (found.year, found.month, found.day),
                (found.end_year or found.year, found.end_month, found.end_day),
            )
            if month and day
        )
    except ValueError:
        return ()


def _as_date(found: FoundDate) -> dt.date | None:
    if not found.is_full or found.year is None or found.month is None or found.day is None:
        return None
    return dt.date(found.year, found.month, found.day)
