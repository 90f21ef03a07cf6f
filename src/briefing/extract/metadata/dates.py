"""Dates inside the text, each with its precision.

Candidates come from :mod:`briefing.clean.date_patterns` (compiled patterns
and our month tables: no ``search_dates``). A day and month without a year
("on August 26", "Last Wednesday (30 June)") gets its year from the
publication date, or else from the weekday the text names when exactly one
year mentioned in the text fits it; otherwise it stays partial
(``--08-26``). No day or year is ever invented.
"""

from __future__ import annotations

import calendar
import datetime as dt

from briefing.clean.date_patterns import FoundDate
from briefing.clean.date_patterns import find_dates as find_date_spans
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.schema import DateMention, DateValue

# A partial date is read in the year that puts it nearest to the publication
# date, looking this many years either side.
YEAR_WINDOW = 1


def find_dates(doc: Document) -> list[DateMention]:
    """Every date expression of the body, resolved as far as the text allows."""
    found = [f for r in doc.body_regions for f in find_date_spans(doc.text, r.start, r.end)]
    years = {y for f in found for y in (f.year, f.end_year) if y is not None}
    return [
        DateMention(date=value, resolved_from=source, evidence=[evidence(doc.text, f.start, f.end)])
        for f in found
        for value, source in [_value(f, doc.published, years)]
    ]


def _value(found: FoundDate, published: dt.date | None, years: set[int]) -> tuple[DateValue, str]:
    if found.year is None:
        return _resolve(found, published, years)
    return _dated(found, found.year), "text"


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
        return DateValue(
            value=f"{year}", precision="year", start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)
        )
    if day is None:
        last_day = calendar.monthrange(year, month)[1]
        return DateValue(
            value=f"{year}-{month:02d}",
            precision="month",
            start=dt.date(year, month, 1),
            end=dt.date(year, month, last_day),
        )
    day_date = dt.date(year, month, day)
    return DateValue(value=day_date.isoformat(), precision="day", start=day_date, end=day_date)


def _resolve(found: FoundDate, published: dt.date | None, years: set[int]) -> tuple[DateValue, str]:
    candidates = [
        y for y in _fitting_years(found, years | _around(published)) if _fits_weekday(found, y)
    ]
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
