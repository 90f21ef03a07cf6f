"""dateparser for the odd date our own patterns cannot read.

Only ever called on one short span (the value of a ``Published:`` or
``Created:`` field whose date is in an unusual form), never on running text:
``search_dates`` is slow and eager (see the shared notes). One parser per
language is built on first use and reused, results are memoised, and the
parser order puts absolute forms before relative ones so that "в 2019
году" can never become "2019 years ago".
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import Any

# Longer spans are running text, not a date field's value.
MAX_SPAN = 40
_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "DMY",
    "RETURN_TIME_AS_PERIOD": True,
    "STRICT_PARSING": False,
}


@cache
def _parser(lang: str) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings=_SETTINGS)


@lru_cache(maxsize=4096)
def full_date(span: str, lang: str) -> dt.date | None:
    """The date of ``span`` when it states a day, month and year; else ``None``."""
    span = span.strip()
    if not span or len(span) > MAX_SPAN or not any(c.isdigit() for c in span):
        return None
    try:
        data = _parser(lang).get_date_data(span)
    except (ValueError, KeyError, OverflowError):
        return None
    if data is None or data.date_obj is None or data.period not in ("day", "time"):
        return None
    return data.date_obj.date()  # type: ignore[no-any-return]
