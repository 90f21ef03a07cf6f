"""The DateValue of a day, a month and a year: one builder each, so an absolute date
("August 2016") and a resolved relative one ("last month") carry the same value and
interval."""

from __future__ import annotations

import calendar
import datetime as dt

from briefing.schema import DateValue


def day_value(day: dt.date) -> DateValue:
    """One day: ``2016-08-26``."""
    return DateValue(value=day.isoformat(), precision="day", start=day, end=day)


def month_value(year: int, month: int) -> DateValue:
    """A month, from its first day to its last: ``2016-08``."""
    last_day = calendar.monthrange(year, month)[1]
    return DateValue(
        value=f"{year}-{month:02d}",
        precision="month",
        start=dt.date(year, month, 1),
        end=dt.date(year, month, last_day),
    )


def year_value(year: int) -> DateValue:
    """A year, from 1 January to 31 December: ``2016``."""
    return DateValue(
        value=f"{year}", precision="year", start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)
    )
