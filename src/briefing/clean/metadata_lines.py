"""Metadata printed around a text: labelled fields, datelines, date-only lines.

Pages and journals print fields such as ``date 2024-07-10``, ``Created at :
3.03.2017, 00:00, Updated at : …``, ``[Source] … [Time] …``, ``Author:``,
``Received: …``, and agency datelines such as ``NUR-SULTAN. KAZINFORM`` or
``Астана. 3 декабря. KAZAKHSTAN TODAY -``. They stay in the cleaned text (a
publication date needs evidence) but as metadata regions, never as body.
The label words are data (``data/clean/metadata.<lang>.tsv``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from briefing import datafiles
from briefing.clean.base import LineRole
from briefing.clean.date_patterns import find_dates, time_span_end, vocabulary

# Labels whose value is a date: the field ends where its date (and time) ends.
DATE_LABELS = frozenset({"date", "created", "updated", "published", "received", "accepted", "time"})
_COLON = re.compile(r"\s*(?:\]\s*[:：]?|[:：])\s*")
# Who published, between a date label and its colon: "by Cambridge University Press:".
_BY_WHOM = re.compile(r"(?i:by|от)\s[^:：\n]{1,60}?[:：]\s*")
_SPACE = re.compile(r"\s*\]?\s*")
# Between fields: "Received: 3.09.2020. Accepted: 11.12.2020" has a stop too.
_SEPARATORS = re.compile(r"[\s,;|•·.]*")
_BULLETS = " -–•*|"  # before a line's first field
# Patterns with Latin and Cyrillic letter classes take ~0.3 ms per class to compile;
# those that only a rare line reaches are kept as text, compiled on first use (_compiled).
_NAME = r"^(?:[A-ZА-ЯЁ][\w'’.-]*\s*){1,4}$"
_NAME_FIRST = r"(?:[A-ZА-ЯЁ][\w'’.-]*\s+){1,3}[A-ZА-ЯЁ][\w'’-]*\b"
_CAPS = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:[ -][A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,3}\b"
_CAPITALISED = r"[A-ZА-ЯЁ][a-zа-яё'’-]+(?:[ -][A-ZА-ЯЁ][a-zа-яё'’-]+){0,2}"
_PAREN = re.compile(r"\s*\([^()\n]{2,60}\)\s*")
_CITY_CAPS = re.compile(_CAPS)
# A place of one to three words, hyphens inside words ("Нью-Йорк", "Nur-Sultan").
_PLACE = r"[A-ZА-ЯЁ][a-zа-яё'’]+(?:[ -][A-ZА-ЯЁ][a-zа-яё'’]+){0,2}"
_CITY = re.compile(_CAPITALISED)
_COUNTRY = re.compile(rf",\s*{_CAPITALISED}")
_STOP = re.compile(r"\s*[.,]\s*")
_DASH = re.compile(r"\s*[-–—]\s*")
_AGENCY = rf"\s*{_CAPS}"
# What ends the name of a byline and starts its next field: "By J. Smith | Published: …".
_BYLINE_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# A byline with its date ("By A. Nurova in Nation on 14 February 2023") is short.
BYLINE_MAX_WORDS = 14
# The parts of a date stamp line: "3 October 2019 / 11:02 AM / Updated", "Новости | 5 июня".
_STAMP_SEPARATOR = re.compile(r"\s+[/–—-]\s+|\s*[|•·]\s*")
# Words of furniture beside a stamp's date, at most; times and figures are not counted…
STAMP_REST_WORDS = 5
_AM_PM = re.compile(r"[AaPp]\.?[Mm]\.?")
# …but rates, temperatures and prices make the line a site's banner.
_FIGURES = re.compile(r"\d[.,]\d|°|%|[$€£₸]")
# A line of dates, times and counters is short; longer lines are not compared.
DATE_LINE_MAX = 120
_DATE_LINE_FILLER = re.compile(
    r"(?:\b(?:GMT|UTC|МСК)\s*[+-]?\s*\d{0,2}|\b\d{1,7}\b|[\s|,.:;/()\-–—]+)", re.IGNORECASE
)


class Piece(NamedTuple):
    """A part of one line, with offsets into that line."""

    start: int
    end: int
    role: LineRole
    label: str = ""


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _label_pattern() -> re.Pattern[str]:
    """``(?P<created>…)|(?P<updated>…)…`` from every language's label file."""
    labels: dict[str, list[str]] = {}
    for label, words in datafiles.rows_of_every_language("clean", "metadata"):
        labels.setdefault(label, []).append(words)
    # The bare word for "date" begins other labels ("Date created", "Дата публикации"):
    # tried last, or it would take their first word and lose the field.
    labels["date"] = labels.pop("date", [])
    groups = "|".join(f"(?P<{label}>{'|'.join(words)})" for label, words in labels.items())
    return re.compile(rf"\[?(?:{groups})(?![^\W\d_])", re.IGNORECASE)


def metadata_pieces(line: str) -> list[Piece] | None:
    """The labelled fields of a line that starts with one, then the rest as body.

    ``None`` when the line does not start with a metadata label.
    """
    start = 0 if line[:1] not in _BULLETS else len(line) - len(line.lstrip(_BULLETS))
    pieces: list[Piece] = []
    pos = start
    while pos < len(line):
        field = _field_at(line, pos)
        if field is None:
            break
        pieces.append(field)
        pos = _SEPARATORS.match(line, field.end).end()  # type: ignore[union-attr]
    if not pieces:
        return None
    if pos < len(line):
        pieces.append(Piece(pos, len(line), "body"))
    return pieces


def _field_at(line: str, pos: int) -> Piece | None:
    match = _label_pattern().match(line, pos)
    if match is None or match.lastgroup is None:
        return None
    label = match.lastgroup
    colon = _COLON.match(line, match.end())
    value_start = colon.end() if colon else _SPACE.match(line, match.end()).end()  # type: ignore[union-attr]
    if label in DATE_LABELS and colon is None:
        # "Published online by Cambridge University Press: 22 August 2023"
        by_whom = _BY_WHOM.match(line, value_start)
        value_start = by_whom.end() if by_whom else value_start
    dates = find_dates(line, value_start) if label in DATE_LABELS else []
    dated = bool(dates) and dates[0].start == value_start
    if label in DATE_LABELS and dated:
        return Piece(pos, time_span_end(line, dates[0].end), "metadata", label)
    if colon is None:
        spaced = value_start > match.end()
        return _byline(line, pos, value_start) if label == "author" and spaced else None
    return Piece(pos, _next_field(line, value_start), "metadata", label)


def _byline(line: str, pos: int, value_start: int) -> Piece | None:
    """An author label without a colon ("By John Smith"): a byline when a name follows,
    alone, or before a separator and the next field ("By J. Smith | Published: …"), or
    with the day it was written at the end ("By A. Nurova in Nation on 14 February 2023")."""
    rest = line[value_start:]
    name_end = _BYLINE_SEPARATOR.search(rest)
    name = rest[: name_end.start()] if name_end else rest
    if not _compiled(_NAME).match(name.strip()):
        dates = find_dates(line, value_start)
        last = dates[-1] if dates else None
        tail = line[time_span_end(line, last.end) :] if last is not None else "-"
        dated = last is not None and last.is_full and not tail.strip()
        short = len(rest.split()) <= BYLINE_MAX_WORDS
        named = _compiled(_NAME_FIRST).match(rest) is not None
        return Piece(pos, len(line), "metadata", "author") if dated and short and named else None
    end = value_start + name_end.start() if name_end else len(line)
    return Piece(pos, end, "metadata", "author")


def _next_field(line: str, pos: int) -> int:
    """Where the next labelled field of the line starts (or the line's end)."""
    for match in _label_pattern().finditer(line, pos):
        before = line[match.start() - 1] if match.start() > 0 else " "
        if before in " ,;|]" and _field_at(line, match.start()) is not None and match.start() > pos:
            return len(line[: match.start()].rstrip(" ,;|"))
    return len(line)


def dateline_label(line: str, end: int) -> str:
    """``dateline`` for an agency's dateline ("ASTANA. KAZINFORM -", "ROME, 12 July (AP) -"),
    ``placedate`` for a place and a date alone ("Баку, 30 ноября 2023 года –").

    Both date the page; only an agency's is a cue of its genre: ministries and
    embassies open their own releases with a place and a date too.
    """
    head = line[:end]
    first = _CITY_CAPS.match(head, _indent(head))
    if first is not None and first.end() < len(head) and not head[first.end()].isalnum():
        return "dateline"  # a city in capitals: the agency style
    rest = head[first.end() if first else 0 :]
    return "dateline" if _CITY_CAPS.search(rest) or _PAREN.search(head) else "placedate"


def dateline_end(line: str) -> int | None:
    """End of an agency dateline at the start of ``line`` ("ASTANA. KAZINFORM -"), if any."""
    paren = _PAREN.match(line)
    pos = paren.end() if paren else _indent(line)
    caps = _CITY_CAPS.match(line, pos)
    city = caps or _CITY.match(line, pos)
    if city is None:
        return _date_first(line, pos)
    pos = city.end()
    country = _COUNTRY.match(line, pos)
    if country and _STOP.match(line, country.end()):  # "SEOUL, November 8, 2022": no country
        pos = country.end()
    stop = _STOP.match(line, pos)
    if stop is None:
        return None
    pos, dated = _skip_date(line, stop.end())
    agency = _compiled(_AGENCY).match(line, pos)
    pos = agency.end() if agency else pos
    dash = _DASH.match(line, pos)
    pos = dash.end() if dash else pos
    strong = bool(agency or dated or paren or dash)
    if (caps and strong) or (not caps and dated and (agency or dash)):
        return pos
    return None


def _indent(line: str) -> int:
    """Where the line's first non-space stands (without copying a line that has none)."""
    return len(line) - len(line.lstrip()) if line[:1].isspace() else 0


def _skip_date(line: str, pos: int) -> tuple[int, bool]:
    dates = find_dates(line, pos, min(len(line), pos + 40))
    if not dates or dates[0].start != pos:
        return pos, False
    stop = _STOP.match(line, dates[0].end)
    return (stop.end() if stop else dates[0].end), True


def _date_first(line: str, pos: int) -> int | None:
    """A dateline that starts with the date: "3 февраля, 2015. Астана. "."""
    after, dated = _skip_date(line, pos)
    if not dated or after == pos:
        return None
    city = _CITY.match(line, after)
    if city is None:
        return None
    stop = re.compile(r"\s*[.,]\s+").match(line, city.end())
    return stop.end() if stop else None


def is_date_line(line: str) -> bool:
    """True when the line holds a date and nothing else but times, zones and counters."""
    if len(line) > DATE_LINE_MAX:
        return False
    dates = find_dates(line)
    if not dates:
        return False
    rest = line
    for date in reversed(dates):
        rest = rest[: date.start] + rest[time_span_end(line, date.end) :]
    weekdays = vocabulary().weekdays
    words = [
        w
        for w in _DATE_LINE_FILLER.sub(" ", rest).split()
        if w.rstrip(".") not in weekdays and not _counter().fullmatch(w)
    ]
    return not words


@cache
def _counter() -> re.Pattern[str]:
    """The words of a page's counters ("Views", "Просмотров"), which a date line may hold."""
    patterns = vocabulary().words.get("counter", [])
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def names_weekday(line: str) -> bool:
    """True when the line names a day of the week (a site's current-date banner does)."""
    weekdays = vocabulary().weekdays
    return any(word.strip(",.()") in weekdays for word in line.split())


def date_stamp(line: str) -> bool:
    """True when the line is a date stamp: a full date in a part of its own, between
    separators, beside a few words of page furniture ("OCTOBER 3, 2019 / 11:02 AM /
    Updated 4 years ago", "Новости | 5 июня 2023 г. | Просмотров: 120"). Not a site's
    banner: that names the weekday, or carries rates and temperatures ("5 December 2023 |
    USD 460.12 | Almaty -3°C")."""
    if len(line) > DATE_LINE_MAX or names_weekday(line):
        return False
    parts = _STAMP_SEPARATOR.split(line)
    dated = [
        n
        for n, part in enumerate(parts)
        if is_date_line(part) and any(found.is_full for found in find_dates(part))
    ]
    if len(parts) < 2 or not dated:
        return False
    rest = " ".join(part for n, part in enumerate(parts) if n not in dated)
    words = [w for w in rest.split() if any(c.isalpha() for c in w) and not _AM_PM.fullmatch(w)]
    return len(words) <= STAMP_REST_WORDS and _FIGURES.search(rest) is None


def place_date_line(line: str) -> bool:
    """True when the line is only a place and a full date ("New York, 5 October 2022",
    "Нью-Йорк, 5 октября 2022 г."): where and when a statement, a letter or a release
    was issued, on a line of its own."""
    if len(line) > DATE_LINE_MAX:
        return False
    city = _CITY_CAPS.match(line) or _compiled(_PLACE).match(line)
    stop = _STOP.match(line, city.end()) if city else None
    if stop is None:
        return False
    dates = find_dates(line, stop.end())
    if not dates or dates[0].start != stop.end() or not dates[0].is_full:
        return False
    return not line[time_span_end(line, dates[0].end) :].strip(" .")
