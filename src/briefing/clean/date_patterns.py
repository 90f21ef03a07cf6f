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
_TIME = re.compile(r"[,\s]*(?:at\s+|в\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?")


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
    ambiguous: bool = False
    order: Literal["dmy", "mdy"] | None = None
    """The order of day and month as the text writes them, when it shows ("3 March 2017",
    "March 3, 2017", "25/03/2017", "12/25/2017"): the document's cue for reading its
    ambiguous numeric dates."""
    """A numeric date with slashes that reads as a valid date both day first and month
    first ("03/04/2017"): read here day first, the extractor decides with the document's
    cues (:mod:`briefing.extract.metadata.date_reading`)."""

    @property
    def is_full(self) -> bool:
        """True for a single date with day, month and year."""
        return self.precision == "day"


class _Vocabulary(NamedTuple):
    months: dict[str, int]
    weekdays: dict[str, int]
    words: dict[str, list[str]]
    lowered: frozenset[str]
    """Month names that the tables write with a capital, in lower case ("march"): words of
    their own too ("may", "march"), so they count only in a date that states a year."""
    ordinals: dict[str, int]
    """Days written as ordinal words ("twenty-first", "первого"), lower case."""


def _data_rows(name: str) -> list[list[str]]:
    """Rows of every ``data/dates/<name>.<lang>.tsv`` file, all languages together."""
    return datafiles.rows_of_every_language("dates", name)


def _forms(word: str) -> set[str]:
    return {word, word[:1].upper() + word[1:], word.upper(), word.lower()}


@cache
def vocabulary() -> _Vocabulary:
    """Month and weekday names and date words of every language with data files."""
    month_rows = _data_rows("months")
    months = {form: int(n) for name, n in month_rows for form in _forms(name)}
    lowered = frozenset(name.lower() for name, _ in month_rows if name != name.lower())
    weekdays = {form: int(n) for name, n in _data_rows("weekdays") for form in _forms(name)}
    words: dict[str, list[str]] = {}
    for role, pattern in _data_rows("words"):
        words.setdefault(role, []).append(pattern)
    ordinals = {name.lower(): int(n) for name, n in _data_rows("ordinals")}
    return _Vocabulary(months, weekdays, words, lowered, ordinals)


def _word(role: str) -> str:
    """The words of ``role`` of every language as one group (one that never matches when
    no language has any)."""
    patterns = vocabulary().words.get(role, [])
    if not patterns:
        return "(?!)"
    return "(?i:" + "|".join(f"(?:{p})" for p in patterns) + ")"


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
    of = rf"(?:\s+(?:{_word('day_of')}))?"  # "7th of May", "the 15th day of May"
    # a year word after the year belongs to the date: "14 октября 2016 года", "2016 г."
    suffix = rf"(?:{_word('year_suffix')}(?![^\W\d_]))?"  # "2017-го года"
    year = rf"{_YEAR}(?!\d){suffix}(?:\s*(?:{_word('year_after')})(?![^\W\d_]))?"
    forms = {
        "iso": rf"(?<![\d.])(?P<iso_y>{_YEAR})(?P<iso_s>[-/.])(?P<iso_m>0?[1-9]|1[0-2])"
        rf"(?P=iso_s)(?P<iso_d>0?[1-9]|[12]\d|3[01])(?![\d.,]\d|\d)",
        # "17.06.2014", "25/03/2017", "17-06-2014" (a hyphen only before a year of four digits)
        "num": rf"(?<![\d.-])(?P<num_d>{_DAY})(?P<num_s>[./-])(?P<num_m>{_MM})(?P=num_s)"
        rf"(?P<num_y>{year})",
        # month first, read so only when the day cannot be a month ("12/25/2017", "06-17-2014")
        "nmd": rf"(?<![\d.-])(?P<nmd_m>{_MM})(?P<nmd_s>[/-])(?P<nmd_d>{_DAY})(?P=nmd_s)"
        rf"(?P<nmd_y>{year})",
        "rdm": rf"(?P<rdm_d1>{day}){rng}(?P<rdm_d2>{day})\s+(?P<rdm_m>{month})"
        rf"(?:,?\s+(?P<rdm_y>{year}))?",
        "rmd": rf"(?P<rmd_m>{month})\s+(?P<rmd_d1>{day}){rng}(?P<rmd_d2>{day})"
        rf"(?:,?\s+(?P<rmd_y>{year}))?",
        "rmm": rf"(?P<rmm_m1>{month})\s+(?P<rmm_d1>{day}){rng}(?P<rmm_m2>{month})"
        rf"\s+(?P<rmm_d2>{day})(?:,?\s+(?P<rmm_y>{year}))?",
        # "1 March – 15 April 2017", "с 1 марта по 15 апреля 2017 года"; "and" only after
        # "between" (checked in _interpret)
        "rdd": rf"(?P<rdd_d1>{day}){of}\s+(?P<rdd_m1>{month})"
        rf"(?P<rdd_j>{rng}|\s+(?:{_word('range_and')})\s+)"
        rf"(?P<rdd_d2>{day}){of}\s+(?P<rdd_m2>{month}),?\s+(?P<rdd_y>{year})",
        "dmy": rf"(?P<dmy_d>{day}){of}\s+(?P<dmy_m>{month}),?\s+(?P<dmy_y>{year})",
        # "14 декабря в 1989 году": a day and month, then the year as its own phrase
        "dvy": rf"(?P<dvy_d>{day})\s+(?P<dvy_m>{month})\s+(?:{_word('year_in')})\s+"
        rf"(?P<dvy_y>{_YEAR})\s*(?:{_word('year_after')})(?![^\W\d_])",
        "mdy": rf"(?P<mdy_m>{month})\s+(?P<mdy_d>{day}),?\s+(?P<mdy_y>{year})",
        "my": rf"(?P<my_m>{month}),?\s+(?:(?:{_word('month_of')})\s+)?(?P<my_y>{year})",
        "dm": rf"(?P<dm_d>{day}){of}\s+(?P<dm_m>{month})",
        "md": rf"(?P<md_m>{month})\s+(?P<md_d>{day})",
        "yy": rf"(?<![\d.,/-])(?P<yy_1>{_YEAR})\s*[-–—]\s*(?P<yy_2>{year})",
        # "from 1887 to 1912", "с 1887 по 1912 год": only after an opening word (_interpret)
        "yr": rf"(?<![\d.,/-])(?P<yr_1>{_YEAR})\s+(?P<yr_j>{_word('range_word')})\s+"
        rf"(?P<yr_2>{year})",
        "ya": rf"(?<![\d.,])(?P<ya_y>{_YEAR}){suffix}\s*(?:{_word('year_after')})(?![^\W\d_])",
    }
    return tuple(forms.items())


# Forms that start with a month name; every other form starts with a number.
_MONTH_FIRST = frozenset({"rmd", "rmm", "mdy", "my", "md"})
# Forms that state no year: a month name in lower case that is a word of its own ("may",
# "march") is not taken for a month in them.
_NO_YEAR = frozenset({"dm", "md"})
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


def _date_at(text: str, pos: int, end: int) -> FoundDate | None:
    """The date of the first form that reads at ``pos``: its month words are months and
    its parts make a date.

    The master pattern answers in one call; only when its choice is rejected are the
    later forms tried one by one.
    """
    month_first = not text[pos].isdigit()
    match = master_pattern(month_first).match(text, pos, end)
    if match is None:
        return None
    if _months_known(match):
        found = _interpret(match)
        if found is not None:
            return found
    forms = _date_forms()
    after = next(i for i, (name, _) in enumerate(forms) if name == _form_of(match)) + 1
    for name, _ in forms[after:]:
        if (name in _MONTH_FIRST) != month_first:
            continue
        again = _form_pattern(name).match(text, pos, end)
        if again is not None and _months_known(again):
            found = _interpret(again)
            if found is not None:
                return found
    return None


def _form_of(match: re.Match[str]) -> str:
    return match.lastgroup.split("_")[0] if match.lastgroup else ""


def _months_known(match: re.Match[str]) -> bool:
    words = vocabulary()
    form = _form_of(match)
    yearless = form in _NO_YEAR or (form in ("rdm", "rmd", "rmm") and not match[f"{form}_y"])
    for name in _month_groups(form):
        value = match[name]
        if value is None or value[0].isdigit():
            continue
        value = value.rstrip(".")
        if value not in words.months or (yearless and value in words.lowered):
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
    linked = _month_of().search(text, max(floor, end - 8), end)
    if linked is not None:  # "June of 2014": back over "of" and the spaces before it
        end = linked.start()
    end -= end > floor and text[end - 1] == ","
    end -= end > floor and text[end - 1] == "."
    first = end
    while first > 0 and (char := text[first - 1]).isalnum() and not char.isdecimal():
        first -= 1  # back over ``[^\W\d_]``: word characters but digits and "_"
    if first < floor or (first > 0 and text[first - 1].isalnum()):
        return None  # a word that starts before ``floor``, or glued to a number before it
    return first if text[first:end] in vocabulary().months else None


@cache
def _month_of() -> re.Pattern[str]:
    """A word that may join a month to its year ("June of 2014"), with the spaces before it."""
    return re.compile(rf"(?<=[^\W\d_])\s+(?:{_word('month_of')})$")


@cache
def _year_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{_word('year_before')})\s+$")


_WEEKDAY_BEFORE = re.compile(rf"(?<![^\W\d_])({_NAME})\.?\s*[,(]?\s*$")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every date expression in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    worded = _worded_dates(text, start, end)
    found: list[FoundDate] = []
    done = start
    for anchor in _anchors(text, start, end):
        if anchor < done or any(w.start <= anchor < w.end for w in worded):
            continue
        date = _date_at(text, anchor, end) or _bare_year(text, anchor, end)
        if date is not None and not any(w.start < date.end and date.start < w.end for w in worded):
            found.append(_with_weekday(text, date))
            done = date.end
    if worded:
        found = sorted([*found, *(_with_weekday(text, w) for w in worded)])
    return found


_LETTERS = re.compile(r"[^\W\d_]+")
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")
_ORDINAL_BEFORE = re.compile(
    r"(?<![^\W\d_-])(?P<o>(?:[^\W\d_]+[ -])?(?!(?i:of)\s)[^\W\d_]+)\s+(?:(?i:of)\s+)?$"
)


@cache
def _year_after() -> re.Pattern[str]:
    """A year right after a month name: ", 2019", " 2019 года"."""
    return re.compile(
        rf",?\s+(?P<y>{_YEAR})(?!\d)(?:\s*(?:{_word('year_after')})(?![^\W\d_]))?"
    )


def _worded_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """Dates whose day is an ordinal word: "the twenty-first of February 1946",
    "двадцать первое февраля", "первого мая 1946 года" (no digit to anchor them).

    Every word is looked up as a month; only before a month are the words read back.
    """
    words = vocabulary()
    if _ordinal_tokens().isdisjoint(text[start:end].lower().split()):
        return []  # no ordinal word at all: the usual case, settled by one split
    found: list[FoundDate] = []
    for word in _LETTERS.finditer(text, start, end):
        month = words.months.get(word.group())
        if month is None:
            continue
        ordinal = _ORDINAL_BEFORE.search(text, max(start, word.start() - 40), word.start())
        day, first = _ordinal_day(ordinal)
        if day is None:
            continue
        if _DAY_AFTER.match(text, word.end(), end):
            continue  # "the second March 5": the number is the day
        year = _year_after().match(text, word.end(), end)
        if year is None and word.group() in words.lowered:
            continue  # "the first may": a month in lower case needs its year
        last = year.end() if year else word.end()
        date = _single(first, last, int(year["y"]) if year else None, month, day)
        if date is not None:
            found.append(date)
    return found


@cache
def _ordinal_tokens() -> frozenset[str]:
    """The last word of every ordinal day ("first", "twenty-first", "первого")."""
    return frozenset(name.split()[-1] for name in vocabulary().ordinals)


def _ordinal_day(ordinal: re.Match[str] | None) -> tuple[int | None, int]:
    """The day an ordinal phrase before a month names (its two words, or its last one)."""
    if ordinal is None:
        return None, 0
    table = vocabulary().ordinals
    phrase = ordinal["o"].lower()
    if phrase in table:
        return table[phrase], ordinal.start("o")
    last = re.split(r"[ -]", phrase)[-1]
    if last in table and "-" not in phrase:
        return table[last], ordinal.end("o") - len(last)
    return None, 0


def _bare_year(text: str, pos: int, end: int) -> FoundDate | None:
    """A four-digit year after a word that makes it one ("in 2018", "since 1992")."""
    digits = _BARE_YEAR.match(text, pos, end)
    if digits is None or not _year_before().search(text, max(0, pos - 16), pos):
        return None
    return FoundDate(pos, digits.end(), "year", year=int(digits.group()))


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
    if form in ("iso", "num", "nmd"):
        found = _single(s, e, _num(g(f"{form}_y")), _num(g(f"{form}_m")), _num(g(f"{form}_d")))
        if found is None or form == "iso":
            return found
        if form == "nmd":
            return found._replace(order="mdy")
        day, month = found.day or 0, found.month or 0
        if g("num_s") in ("/", "-") and day != month and day <= 12:
            return found._replace(ambiguous=True)
        return found._replace(order="dmy")
    if form in ("dmy", "mdy", "dvy"):
        found = _single(s, e, _num(g(f"{form}_y")), _month(g(f"{form}_m")), _num(g(f"{form}_d")))
        return found._replace(order="mdy" if form == "mdy" else "dmy") if found else None
    if form == "my":
        return FoundDate(s, e, "month", year=_num(g("my_y")), month=_month(g("my_m")))
    if form in ("dm", "md"):
        return _single(s, e, None, _month(g(f"{form}_m")), _num(g(f"{form}_d")))
    if form in ("rdm", "rmd", "rmm", "rdd"):
        if form == "rdd" and not _opened(match, "rdd_j"):
            return None
        return _day_range(s, e, form, g)
    if form == "yy":
        return _year_range(s, e, g, "yy")
    if form == "yr":
        return _year_range(s, e, g, "yr") if _opened(match, "yr_j") else None
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


def _opened(match: re.Match[str], joiner: str) -> bool:
    """True when a range whose ends are joined by ``match[joiner]`` is opened as one.

    "from 1887 to 1912" and "between 1 March and 15 April" are ranges; "in 2014 and
    2016", "1887 to 1912" alone are not read as one. A dash or "по" joins a day range
    by itself ("1 марта – 15 апреля", "с 1 марта по 15 апреля").
    """
    words = match[joiner].strip().lower()
    if joiner == "rdd_j" and not re.fullmatch(_word("range_and"), words):
        return True
    before = match.string[max(0, match.start() - 16) : match.start()]
    return re.search(rf"(?<![^\W\d_])(?:{_word('range_open')})\s+$", before) is not None


def _day_range(s: int, e: int, form: str, g: Callable[[str], str | None]) -> FoundDate | None:
    year = _num(g(f"{form}_y"))
    if form in ("rmm", "rdd"):
        m1, m2 = _month(g(f"{form}_m1") or ""), _month(g(f"{form}_m2") or "")
    else:
        m1 = m2 = _month(g(f"{form}_m") or "")
    d1, d2 = _num(g(f"{form}_d1")), _num(g(f"{form}_d2"))
    if not (_valid(year, m1, d1) and _valid(year, m2, d2)) or (m1, d1 or 0) >= (m2, d2 or 0):
        return None
    return FoundDate(
        s, e, "range", year=year, month=m1, day=d1, end_year=year, end_month=m2, end_day=d2
    )


def _year_range(s: int, e: int, g: Callable[[str], str | None], form: str) -> FoundDate | None:
    first, last = _num(g(f"{form}_1")), _num(g(f"{form}_2"))
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
