"""Date expressions found with compiled patterns and our own month tables.

The cleaner uses these patterns to recognise metadata lines (a ``date``
header, a dateline); the extractors use them for the publication date and
for every date of the text. dateparser's ``search_dates`` is far too slow
and too eager for that (see the shared notes), so candidates come from one
master pattern built from ``data/dates/*.<lang>.tsv``: adding a language is
adding its files. Month and weekday names are matched as any word and then
looked up in those tables, which keeps the patterns small and quick to
compile. Every match keeps the precision the text gives it: a month and a
year never become a day, a day and a month never get a year here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Literal, NamedTuple

from briefing import datafiles

DatePrecision = Literal["day", "month", "year", "range", "partial"]

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MM = r"(?:0?[1-9]|1[0-2])"
# A time of day right after a date: "14:58", ", 16:49", "08:51:00".
# A four-digit year that is not the start of a longer number or a decimal.
_BARE_YEAR = re.compile(rf"{_YEAR}(?![\d]|[.,]\d)")
_TIME = re.compile(r"[,\s]*(?:at\s+|в\s+)?\d{1,2}:\d{2}(?::\d{2})?")


class FoundDate(NamedTuple):
    """One date expression: its span and the parts the text states."""

    start: int
    end: int
    precision: DatePrecision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    """ISO weekday named right before the date (1 = Monday), if any."""

    @property
    def is_full(self) -> bool:
        """True for a single date with day, month and year."""
        return self.precision == "day"


class _Vocabulary(NamedTuple):
    months: dict[str, int]
    weekdays: dict[str, int]
    words: dict[str, list[str]]


def _data_rows(name: str) -> list[list[str]]:
    """Rows of every ``data/dates/<name>.<lang>.tsv`` file, all languages together."""
    return datafiles.rows_of_every_language("dates", name)


def _forms(word: str) -> set[str]:
    return {word, word[:1].upper() + word[1:], word.upper()}


@cache
def vocabulary() -> _Vocabulary:
    """Month and weekday names and date words of every language with data files."""
    months = {form: int(n) for name, n in _data_rows("months") for form in _forms(name)}
    weekdays = {form: int(n) for name, n in _data_rows("weekdays") for form in _forms(name)}
    words: dict[str, list[str]] = {}
    for role, pattern in _data_rows("words"):
        words.setdefault(role, []).append(pattern)
    return _Vocabulary(months, weekdays, words)


def _word(role: str) -> str:
    return "(?i:" + "|".join(f"(?:{p})" for p in vocabulary().words.get(role, [])) + ")"


# A month (or weekday) is any run of letters in the patterns, checked against the
# tables in Python: a dict lookup replaces a huge alternation of every name in every
# case form, which cost a third of a second to compile in each new process.
_NAME = r"[^\W\d_]+(?![^\W\d_])"
_MONTH_GROUPS = re.compile(r"_m\d?$")


@cache
def _date_forms() -> tuple[tuple[str, str], ...]:
    """Each date form as (name, regex), from the most to the least specific."""
    month = rf"{_NAME}\.?"
    ordinal = rf"(?:{_word('ordinal')})?"
    day = rf"(?<![\d.,])(?:{_DAY}){ordinal}(?![\d:])"
    rng = rf"\s*(?:{_word('range')})\s*"
    year = rf"{_YEAR}(?!\d)"
    forms = {
        "iso": rf"(?<![\d.])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])"
        rf"-(?P<iso_d>0[1-9]|[12]\d|3[01])(?!\d)",
        "num": rf"(?<![\d.])(?P<num_d>{_DAY})[./](?P<num_m>{_MM})[./](?P<num_y>{year})",
        "rdm": rf"(?P<rdm_d1>{day}){rng}(?P<rdm_d2>{day})\s+(?P<rdm_m>{month})"
        rf"(?:,?\s+(?P<rdm_y>{year}))?",
        "rmd": rf"(?P<rmd_m>{month})\s+(?P<rmd_d1>{day}){rng}(?P<rmd_d2>{day})"
        rf"(?:,?\s+(?P<rmd_y>{year}))?",
        "rmm": rf"(?P<rmm_m1>{month})\s+(?P<rmm_d1>{day}){rng}(?P<rmm_m2>{month})"
        rf"\s+(?P<rmm_d2>{day})(?:,?\s+(?P<rmm_y>{year}))?",
        "dmy": rf"(?P<dmy_d>{day})(?:\s+of)?\s+(?P<dmy_m>{month}),?\s+(?P<dmy_y>{year})",
        "mdy": rf"(?P<mdy_m>{month})\s+(?P<mdy_d>{day}),?\s+(?P<mdy_y>{year})",
        "my": rf"(?P<my_m>{month}),?\s+(?P<my_y>{year})",
        "dm": rf"(?P<dm_d>{day})(?:\s+of)?\s+(?P<dm_m>{month})",
        "md": rf"(?P<md_m>{month})\s+(?P<md_d>{day})",
        "yy": rf"(?<![\d.,/-])(?P<yy_1>{_YEAR})\s*[-–—]\s*(?P<yy_2>{year})",
        "ya": rf"(?<![\d.,])(?P<ya_y>{_YEAR})\s*(?:{_word('year_after')})(?![^\W\d_])",
    }
    return tuple(forms.items())


# Forms that start with a month name; every other form starts with a number.
_MONTH_FIRST = frozenset({"rmd", "rmm", "mdy", "my", "md"})
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_NUMBER = re.compile(r"\d+")


@cache
def master_pattern(month_first: bool) -> re.Pattern[str]:
    """The forms that start with a month name (or those that start with a number) in one
    alternation: the first that matches wins, as in :func:`_date_forms`.

    A date starts with one or the other, so the two halves never compete, and each
    is smaller and quicker to try (and to compile: a text of numeric dates never
    compiles the other).
    """
    forms = (form for name, form in _date_forms() if (name in _MONTH_FIRST) == month_first)
    return re.compile("|".join(f"(?:{form})" for form in forms))


@cache
def _form_pattern(name: str) -> re.Pattern[str]:
    """One form alone, compiled only when the master's choice had to be rejected."""
    return re.compile(dict(_date_forms())[name])


@cache
def _month_groups(form: str) -> tuple[str, ...]:
    """Names of the groups of one form that hold a month."""
    names = _GROUP_NAME.findall(dict(_date_forms())[form])
    return tuple(name for name in names if _MONTH_GROUPS.search(name))


def _date_match(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The first form matching at ``pos`` whose month words are months.

    The master pattern answers in one call; only when the words it took for
    months are not months are the later forms tried one by one.
    """
    month_first = not text[pos].isdigit()
    match = master_pattern(month_first).match(text, pos, end)
    if match is None or _months_known(match):
        return match
    forms = _date_forms()
    after = next(i for i, (name, _) in enumerate(forms) if name == _form_of(match)) + 1
    for name, _ in forms[after:]:
        if (name in _MONTH_FIRST) != month_first:
            continue
        found = _form_pattern(name).match(text, pos, end)
        if found is not None and _months_known(found):
            return found
    return None


def _form_of(match: re.Match[str]) -> str:
    return match.lastgroup.split("_")[0] if match.lastgroup else ""


def _months_known(match: re.Match[str]) -> bool:
    months = vocabulary().months
    for name in _month_groups(_form_of(match)):
        value = match[name]
        if value is not None and not value[0].isdigit() and value.rstrip(".") not in months:
            return False
    return True


# A number: an ASCII digit, then any digits. The pattern starts with a plain class, so the
# engine skips to the next digit in one fast loop (digits are few in running text).
_DIGITS = re.compile(r"[0-9]\d*")


def _anchors(text: str, start: int, end: int) -> Iterator[int]:
    """Where a date can start in ``text[start:end]``, in text order: a number not glued
    to a word before it, and a month name before ``.``, ``,`` and spaces and a number.

    Every date holds a day or a year, so the scan is for numbers only, and the few words
    before them are read back in Python. (A pattern that looks for month names
    itself has to try every letter of the text that can start one.)
    """
    for number in _DIGITS.finditer(text, start, end):
        at = number.start()
        month = _month_before(text, start, at)
        if month is not None:
            yield month
        if at == 0 or not text[at - 1].isalnum():
            yield at


def _month_before(text: str, floor: int, number: int) -> int | None:
    """The start of the month name (a whole word of ``text[floor:]``) that stands before
    the number at ``number``, with an optional ``.`` and ``,`` and some spaces between."""
    end = number
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end == number:
        return None
    end -= end > floor and text[end - 1] == ","
    end -= end > floor and text[end - 1] == "."
    first = end
    while first > 0 and (char := text[first - 1]).isalnum() and not char.isdecimal():
        first -= 1  # back over ``[^\W\d_]``: word characters but digits and "_"
    if first < floor or (first > 0 and text[first - 1].isalnum()):
        return None  # a word that starts before ``floor``, or glued to a number before it
    return first if text[first:end] in vocabulary().months else None


@cache
def _year_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{_word('year_before')})\s+$")


_WEEKDAY_BEFORE = re.compile(rf"(?<![^\W\d_])({_NAME})\.?\s*[,(]?\s*$")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every date expression in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    found: list[FoundDate] = []
    done = start
    for anchor in _anchors(text, start, end):
        if anchor < done:
            continue
        match = _date_match(text, anchor, end)
        date = _interpret(match) if match else _bare_year(text, anchor, end)
        if date is not None:
            found.append(_with_weekday(text, date))
            done = date.end
    return found


def _bare_year(text: str, pos: int, end: int) -> FoundDate | None:
    """A four-digit year after a word that makes it one ("in 2018", "since 1992")."""
    digits = _BARE_YEAR.match(text, pos, end)
    if digits is None or not _year_before().search(text, max(0, pos - 16), pos):
        return None
    return FoundDate(pos, digits.end(), "year", year=int(digits.group()))


def time_follows(text: str, end: int) -> bool:
    """True when a time of day ("14:58") comes right after position ``end``."""
    return _TIME.match(text, end) is not None


def time_span_end(text: str, end: int) -> int:
    """End of the time of day that follows ``end``, or ``end`` itself."""
    match = _TIME.match(text, end)
    return match.end() if match else end


def _month(name: str) -> int:
    return vocabulary().months[name.rstrip(".")]


def _num(value: str | None) -> int | None:
    if value is None:
        return None
    digits = _NUMBER.match(value)
    return int(digits.group()) if digits else None


def _interpret(match: re.Match[str]) -> FoundDate | None:
    form = _form_of(match)
    g = match.group
    s, e = match.span()
    if form in ("iso", "num"):
        return _single(s, e, _num(g(f"{form}_y")), _num(g(f"{form}_m")), _num(g(f"{form}_d")))
    if form in ("dmy", "mdy"):
        return _single(s, e, _num(g(f"{form}_y")), _month(g(f"{form}_m")), _num(g(f"{form}_d")))
    if form == "my":
        return FoundDate(s, e, "month", year=_num(g("my_y")), month=_month(g("my_m")))
    if form in ("dm", "md"):
        return _single(s, e, None, _month(g(f"{form}_m")), _num(g(f"{form}_d")))
    if form in ("rdm", "rmd", "rmm"):
        return _day_range(s, e, form, g)
    if form == "yy":
        return _year_range(s, e, g)
    if form == "ya":
        return FoundDate(s, e, "year", year=_num(g("ya_y")))
    return None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    limit = calendar.monthrange(year or 2000, month)[1]
    return 1 <= day <= limit


def _single(
    s: int, e: int, year: int | None, month: int | None, day: int | None
) -> FoundDate | None:
    if not _valid(year, month, day):
        return None
    precision: DatePrecision = "day" if year is not None else "partial"
    return FoundDate(s, e, precision, year=year, month=month, day=day)


def _day_range(s: int, e: int, form: str, g: Callable[[str], str | None]) -> FoundDate | None:
    year = _num(g(f"{form}_y"))
    if form == "rmm":
        m1, m2 = _month(g("rmm_m1") or ""), _month(g("rmm_m2") or "")
    else:
        m1 = m2 = _month(g(f"{form}_m") or "")
    d1, d2 = _num(g(f"{form}_d1")), _num(g(f"{form}_d2"))
    if not (_valid(year, m1, d1) and _valid(year, m2, d2)) or (m1, d1 or 0) >= (m2, d2 or 0):
        return None
    return FoundDate(
        s, e, "range", year=year, month=m1, day=d1, end_year=year, end_month=m2, end_day=d2
    )


def _year_range(s: int, e: int, g: Callable[[str], str | None]) -> FoundDate | None:
    first, last = _num(g("yy_1")), _num(g("yy_2"))
    if first is None or last is None or not 0 < last - first <= 50:
        return None
    return FoundDate(s, e, "range", year=first, end_year=last)


def _with_weekday(text: str, date: FoundDate) -> FoundDate:
    if date.day is None or date.precision == "range":
        return date
    window = text[max(0, date.start - 24) : date.start]
    match = _WEEKDAY_BEFORE.search(window)
    weekday = vocabulary().weekdays.get(match.group(1)) if match else None
    if weekday is None:
        return date
    return date._replace(weekday=weekday)
