"""Figures: a number, what it counts, and its year.

A number is a count when words follow it that say what it counts ("28
citizens of Kazakhstan", "около 500 студентов"). Years and dates (any span
the date finder took), ordinals and anniversaries ("100th", "25-летие"),
page, section and phone numbers, list numbering and bracketed references
are not figures. The year is that of the nearest date in the same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter

from briefing.extract.facts.figure_words import GLUED, FigureWords, figure_words
from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.phrase_words import (
    folded,
    matches_at,
    places,
    shapes,
    word_matches,
)
from briefing.extract.text.sentences import Sentence
from briefing.schema import DateMention, Figure

MAX_WHAT_WORDS = 4  # "Kazakh students of technical universities" is already long
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR", "₸": "KZT", "₽": "RUB"}
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def extract_figures(doc: Document, dates: list[DateMention]) -> list[Figure]:
    """Quantities of the main text, in text order."""
    table = figure_words(doc.lang)
    text = doc.text
    lower = folded(text)
    dated = _DateSpans(dates)
    found: list[Figure] = []
    for sentence, match in _numbers(doc, table, lower):
        if dated.overlap(match.start(), match.end()):
            continue  # a day or a year the date finder took
        figure = _figure(text, lower, table, match, sentence, dated, doc.lang)
        if figure is not None:
            found.append(figure)
    return found


class _DateSpans:
    """The evidence spans of the dates, sorted, to ask which touch a number.

    Most numbers of a text are days and years: each is rejected with one
    bisection instead of a look at every date.
    """

    __slots__ = ("ends", "spans", "starts")

    def __init__(self, dates: list[DateMention]) -> None:
        self.spans = sorted(
            ((e.start, e.end, m.date.start) for m in dates for e in m.evidence),
            key=itemgetter(0),
        )
        self.starts = [start for start, _, _ in self.spans]
        # the furthest end of the spans up to each one
        self.ends = list(accumulate((end for _, end, _ in self.spans), max))

    def overlap(self, start: int, end: int) -> bool:
        """True when a date span shares a character with ``start:end``."""
        before = bisect_left(self.starts, end)  # the spans that start before ``end``
        return before > 0 and self.ends[before - 1] > start

    def year(self, position: int, sentence: Sentence) -> int | None:
        """The year of the sentence's date nearest to ``position`` (on a tie, the earlier year)."""
        first = bisect_left(self.starts, sentence.start)
        last = bisect_right(self.starts, sentence.end)
        near = [
            (abs(s - position), day.year)
            for s, e, day in self.spans[first:last]
            if e <= sentence.end and day is not None
        ]
        return min(near)[1] if near else None


def _numbers(
    doc: Document, table: FigureWords, lower: str | None
) -> list[tuple[Sentence, re.Match[str]]]:
    """The matches of ``table.number`` in each sentence, tried only where one can start.

    A number starts at a digit or at a written number; both are cheap to find
    (a one-character pattern, ``str.find`` in ``lower``, the folded text), while
    the full pattern costs about 100 ns a character when it scans.
    """
    text = doc.text
    if lower is None:
        return [(s, m) for s in doc.sentences for m in table.number.finditer(text, s.start, s.end)]
    starts = set(_digit_starts(text, table))
    starts.update(places(lower, table.number_words))
    return matches_at(table.number, text, doc.sentences, sorted(starts))


def _digit_starts(text: str, table: FigureWords) -> list[int]:
    """Where ``table.digit_start`` matches: a digit not glued to what stands before it.

    Found as the class pair "not glued, digit" in the text's classes
    (:func:`_digit_shape`) by ``bytes.find``, one call a number, where the
    pattern tests every character.
    """
    classes = shapes(text, _digit_shape)
    if classes is None:
        return [m.start() for m in table.digit_start.finditer(text)]
    starts = [0] if classes[:1] == b"0" else []
    at = classes.find(b".0")
    while at >= 0:
        starts.append(at + 1)
        at = classes.find(b".0", at + 2)
    return starts


def _digit_shape(char: str) -> str:
    """``0`` for ``\\d``, ``g`` for another character a digit is glued to, ``.`` for the rest."""
    if char.isdecimal():
        return "0"
    return "g" if char.isalnum() or char == "_" or char in GLUED else "."


def _figure(
    text: str,
    lower: str | None,
    table: FigureWords,
    match: re.Match[str],
    sentence: Sentence,
    dated: _DateSpans,
    lang: str,
) -> Figure | None:
    floor = sentence.start
    if _not_a_count(text, lower, table, match, floor):
        return None
    value, end, percent = _value(text, table, match)
    if value is None:
        return None
    start, qualifier = _qualifier(text, lower, table, match.start(), floor)
    start = start - 1 if text[start - 1 : start] in _CURRENCY else start
    written = text[start:end]
    currency = None
    if not _CURRENCY.keys().isdisjoint(written):
        currency = next(code for sign, code in _CURRENCY.items() if sign in written)
    what = currency or _what(text, table, end, sentence.end, lang, percent=percent)
    if not what:
        return None
    span = evidence(text, start, end)
    return Figure(
        value=value,
        text=span.text,
        what=what,
        year=dated.year(match.start(), sentence),
        qualifier=qualifier,
        evidence=[span],
    )


def _not_a_count(
    text: str, lower: str | None, table: FigureWords, match: re.Match[str], floor: int
) -> bool:
    start, end = match.span()
    digits = match.group("num") or ""
    if _BARE_YEAR.fullmatch(digits):
        return True
    if not text[end : end + 1].isspace() and table.not_after.match(text, end):
        return True  # (``not_after`` cannot start at a space: its words are stripped)
    if _ends_with(text, lower, max(floor, start - 12), start, table.before_words) and (
        table.reference_before.search(text, max(floor, start - 12), start)
    ):
        return True
    if text[end : end + 1] in ".)" and not text[text.rfind("\n", 0, start) + 1 : start].strip():
        return True  # list numbering: "1. Introduction", "2) …"
    if "." in digits and not table.scale_after.match(text, end):
        return text[end : end + 1] != "%" and not table.percent_after.match(text, end)
    return text.rfind("[", floor, start) > text.rfind("]", floor, start)


def _ends_with(text: str, lower: str | None, start: int, end: int, words: tuple[str, ...]) -> bool:
    """False when no word of ``words`` ends ``text[start:end]`` before trailing whitespace.

    A cheap test before a case-blind pattern that looks for such a word: it
    reads the folded text (``lower``), and says True when there is none.
    """
    return lower is None or lower[start:end].rstrip().endswith(words)


def _value(text: str, table: FigureWords, match: re.Match[str]) -> tuple[float | None, int, bool]:
    """The number's value, where its written form ends, and whether it is a percentage."""
    end = match.end()
    if match.group("num"):
        number: float | None = _number(match.group("num"))
    else:
        number = table.numbers.get(match.group("word").lower())
    scale = table.scale_after.match(text, end)
    if scale is not None:
        scaled = number * table.scales[scale.group("s").lower()] if number else None
        return scaled, scale.end(), False
    if match.group("word") and (number or 0) < 100:
        return None, end, False  # "two students" is prose, not a figure worth a line
    percent = table.percent_after.match(text, end)
    return number, percent.end() if percent else end, percent is not None


def _number(written: str) -> float | None:
    """The value of a number as written, or ``None`` when the digits do not make one.

    The number pattern lets spaces group thousands ("132 000"), so numbers that
    merely stand side by side ("7,000 359,000") can come as one run of digits.
    """
    compact = written.replace("\u00a0", "").replace(" ", "")
    if "," in compact and _THOUSANDS.fullmatch(compact):
        compact = compact.replace(",", "")
    try:
        return float(compact.replace(",", "."))
    except ValueError:
        return None


def _qualifier(
    text: str, lower: str | None, table: FigureWords, start: int, floor: int
) -> tuple[int, str]:
    window = max(floor, start - 20)
    if not _ends_with(text, lower, window, start, table.qualifier_words):
        return start, "exact"
    found = table.qualifier_before.search(text, window, start)
    if found is None:
        return start, "exact"
    return found.start("q"), table.qualifiers[found.group("q").lower()]


def _what(
    text: str, table: FigureWords, end: int, ceiling: int, lang: str, *, percent: bool
) -> str:
    """The counted phrase after the number: a few words, cut at a stop word or a verb."""
    language = language_of(lang)
    taken: list[str] = []
    cursor = end
    for index, word in enumerate(word_matches(text, end, min(ceiling, end + 80))):
        written = word.group()
        lower = written.lower()
        if percent and not index and lower in table.percent_of:
            cursor = word.end()  # "30% of graduates": the "of" is read past
            continue
        if text[cursor : word.start()].strip() or len(taken) == MAX_WHAT_WORDS:
            break
        if lower in table.stops or language.verb(written):
            break
        taken.append(written)
        cursor = word.end()
        if language.closes_count(lower):
            break  # "600 Kazakh students": a plural noun closes an English count
    if percent:
        return " ".join(["%", *taken])
    return " ".join(taken)
