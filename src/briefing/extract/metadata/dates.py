"""Dates in the text, each with its precision, wherever they stand.

Candidates come from :mod:`briefing.clean.date_patterns` (compiled patterns
and our month tables: no ``search_dates``), in every region of the text but
the asides and a site's current-date banner: the title and the date lines
count as much as the body. Nothing is invented; what a date leaves open is
filled only from a named source, which ``resolved_from`` records:

- a day and month without a year ("on August 26", "Last Wednesday (30 June)")
  takes the year of a full date stated earlier in the same sentence, else the
  year that puts it nearest the publication date (or, for a document without
  one, ``ParseOptions.reference_date``), else the one year mentioned in the
  text that fits the weekday it names; otherwise it stays partial
  (``--08-26``);
- a numeric date that reads both ways ("03/04/2017") is read in the order the
  document's other dates show, else its web address's country, else its
  language's (:mod:`.date_reading`);
- a relative date ("two days ago", "в прошлом году") is counted from the
  publication date, else from ``ParseOptions.reference_date``, else kept as
  an offset (:mod:`.relative_dates`).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.clean.base import Region
from briefing.clean.date_patterns import FoundDate
from briefing.clean.date_patterns import find_dates as find_date_spans
from briefing.extract.metadata.date_reading import numeric_reading, read_as
from briefing.extract.metadata.date_values import day_value, month_value, year_value
from briefing.extract.metadata.relative_dates import find_relative, resolve
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import Tense, language_of
from briefing.schema import DateMention, DateValue

_WORD = re.compile(r"\w+")

# A partial date is read in the year that puts it nearest to the publication
# date, looking this many years either side.
YEAR_WINDOW = 1
# Regions whose dates are not the document's: back matter and a site's date banner.
_SKIPPED = ("aside",)
_SKIPPED_LABELS = ("banner",)
_SENTENCE_END = (".", "!", "?", "\n")


def date_regions(doc: Document) -> list[Region]:
    """The regions whose dates are the document's: all but asides and date banners."""
    return [
        r
        for r in doc.cleaned.regions
        if r.role not in _SKIPPED and not (r.role == "metadata" and r.label in _SKIPPED_LABELS)
    ]


def find_dates(doc: Document) -> list[DateMention]:
    """Every absolute and relative date expression, resolved as far as the text allows."""
    regions = date_regions(doc)
    found = [f for r in regions for f in find_date_spans(doc.text, r.start, r.end)]
    reading = None
    if any(f.ambiguous for f in found):
        order, cue = numeric_reading(found, doc.lang, doc.raw.url)
        reading = (order, cue)
        found = [read_as(f, order) for f in found]
    years = {y for f in found for y in (f.year, f.end_year) if y is not None}
    mentions: list[DateMention] = []
    for index, date in enumerate(found):
        value, source = _value(doc, date, found[:index], years)
        mention = DateMention(
            date=value, resolved_from=source, evidence=[evidence(doc.text, date.start, date.end)]
        )
        if date.ambiguous and reading is not None:
            mention.reading, mention.reading_cue = reading
        mentions.append(mention)
    mentions.extend(_relative(doc, regions, found))
    mentions.sort(key=lambda m: m.evidence[0].start)
    return mentions


def _relative(doc: Document, regions: list[Region], found: list[FoundDate]) -> list[DateMention]:
    """The relative dates of the regions that no absolute date overlaps."""
    day = doc.published or doc.options.reference_date
    source = "published" if doc.published else "reference" if day else "text"
    mentions: list[DateMention] = []
    for region in regions:
        for phrase in find_relative(doc.text, region.start, region.end, doc.lang):
            if any(f.start < phrase.end and phrase.start < f.end for f in found):
                continue
            try:
                value = resolve(phrase, day)
            except (ValueError, OverflowError):  # a count beyond the calendar
                continue
            mentions.append(
                DateMention(
                    date=value,
                    resolved_from=source,
                    relative=phrase.duration,
                    evidence=[evidence(doc.text, phrase.start, phrase.end)],
                )
            )
    return mentions


def _value(
    doc: Document, found: FoundDate, before: list[FoundDate], years: set[int]
) -> tuple[DateValue, str]:
    if found.year is not None:
        return _dated(found, found.year), "text"
    year = _year_in_sentence(doc.text, found, before)
    if year is not None:
        return _dated(found, year), "context"
    tense = language_of(doc.lang).tense(_WORD.findall(_sentence_around(doc, found)))
    if doc.published is None and doc.options.reference_date is not None:
        value, source = _resolve(found, doc.options.reference_date, years, tense)
        return value, "reference" if source == "published" else source
    return _resolve(found, doc.published, years, tense)


def _sentence_around(doc: Document, found: FoundDate) -> str:
    """The body sentence that holds the date, else its line (a title, a date line)."""
    for sentence in doc.sentences:
        if sentence.start <= found.start < sentence.end:
            return sentence.of(doc.text)
    start = doc.text.rfind("\n", 0, found.start) + 1
    end = doc.text.find("\n", found.end)
    return doc.text[start : end if end >= 0 else len(doc.text)]


def _year_in_sentence(text: str, found: FoundDate, before: list[FoundDate]) -> int | None:
    """The year of the last full date before ``found`` in its sentence, when ``found`` falls
    after that date within the same year ("opened on 15 March 2016 and closed on 30 April")."""
    for earlier in reversed(before):
        between = text[earlier.end : found.start]
        if any(mark in between for mark in _SENTENCE_END):
            return None
        if earlier.year is None or earlier.month is None or found.month is None:
            continue
        last_year = earlier.end_year or earlier.year
        last = (earlier.end_month or earlier.month, earlier.end_day or earlier.day or 1)
        if (found.month, found.day or 1) >= last and _fits(found, last_year):
            return last_year
        return None
    return None


def _fits(found: FoundDate, year: int) -> bool:
    return year in _fitting_years(found, {year}) and _fits_weekday(found, year)


def _dated(found: FoundDate, year: int) -> DateValue:
    month, day = found.month, found.day
    if found.precision == "range":
        last = found.end_year or year
        if month is None or found.end_month is None or day is None or found.end_day is None:
            return DateValue(
                value=f"{year}/{last}",
                precision="range",
                start=dt.date(year, 1, 1),
                end=dt.date(last, 12, 31),
            )
        first, end = dt.date(year, month, day), dt.date(last, found.end_month, found.end_day)
        return DateValue(value=f"{first}/{end}", precision="range", start=first, end=end)
    if month is None:
        return year_value(year)
    if day is None:
        return month_value(year, month)
    return day_value(dt.date(year, month, day))


def _resolve(found: FoundDate, published: dt.date | None, years: set[int],
             tense: Tense | None = None) -> tuple[DateValue, str]:
    """The year nearest the document's date; a sentence of the past takes a year whose
    date is not after it, one of the future a year whose date is not before it."""
    candidates = [
        y for y in _fitting_years(found, years | _around(published)) if _fits_weekday(found, y)
    ]
    if published is not None and tense is not None:
        on_side = [y for y in candidates
                   if (_first_day(found, y) <= published) == (tense == "past")
                   or _first_day(found, y) == published]
        candidates = on_side or candidates
    if published is not None and candidates:
        year = min(candidates, key=lambda y: abs((_first_day(found, y) - published).days))
        if abs(year - published.year) <= YEAR_WINDOW:
            return _dated(found, year), "published"
    if published is None and found.weekday is not None and len(candidates) == 1:
        return _dated(found, candidates[0]), "weekday"
    return _partial(found), "text"


def _around(published: dt.date | None) -> set[int]:
    if published is None:
        return set()
    return set(range(published.year - YEAR_WINDOW, published.year + YEAR_WINDOW + 1))


def _fitting_years(found: FoundDate, years: set[int]) -> list[int]:
    """Years in which every day of the expression exists (29 February…)."""
    fitting = []
    for year in sorted(years):
        try:
            _first_day(found, year)
            if found.end_month and found.end_day:
                dt.date(year, found.end_month, found.end_day)
        except ValueError:
            continue
        fitting.append(year)
    return fitting


def _fits_weekday(found: FoundDate, year: int) -> bool:
    return found.weekday is None or _first_day(found, year).isoweekday() == found.weekday


def _first_day(found: FoundDate, year: int) -> dt.date:
    return dt.date(year, found.month or 1, found.day or 1)


def _partial(found: FoundDate) -> DateValue:
    value = f"--{found.month:02d}-{found.day:02d}"
    if found.precision == "range" and found.end_month and found.end_day:
        value += f"/--{found.end_month:02d}-{found.end_day:02d}"
    return DateValue(value=value, precision="partial")
