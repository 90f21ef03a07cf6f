"""Figures: a number, what it counts, and its year.

A number is a count when words follow it that say what it counts ("28
citizens of Kazakhstan", "около 500 студентов"). Years and dates (any span
the date finder took), ordinals and anniversaries ("100th", "25-летие"),
page, section and phone numbers, list numbering and bracketed references
are not figures. The year is that of the nearest date in the same sentence.
"""

from __future__ import annotations

import re
from itertools import chain

from briefing.extract.document import Document
from briefing.extract.figure_words import FigureWords, figure_words
from briefing.extract.phrase_words import folded, iter_words, matches_at, places, ru_verb
from briefing.extract.sentences import Sentence
from briefing.extract.spans import evidence
from briefing.schema import DateMention, Figure

MAX_WHAT_WORDS = 4  # "Kazakh students of technical universities" is already long
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR", "₸": "KZT", "₽": "RUB"}
_PERCENT_OF = frozenset({"of", "из"})
_EN_PLURAL = re.compile(r"[^s']s$")
_EN_VERB_END = re.compile(r"(?:ing|ed)$")


def extract_figures(doc: Document, dates: list[DateMention]) -> list[Figure]:
    """Quantities of the main text, in text order."""
    table = figure_words(doc.lang)
    date_spans = [(e.start, e.end, m) for m in dates for e in m.evidence]
    found: list[Figure] = []
    for sentence, match in _numbers(doc, table):
        figure = _figure(doc, table, match, sentence.start, sentence.end, date_spans)
        if figure is not None:
            found.append(figure)
    return found


def _numbers(doc: Document, table: FigureWords) -> list[tuple[Sentence, re.Match[str]]]:
    """The matches of ``table.number`` in each sentence, tried only where one can start.

    A number starts at a digit or at a written number; both are cheap to find
    (a one-character pattern, ``str.find``), while the full pattern costs about
    100 ns a character when it scans.
    """
    text = doc.text
    lower = folded(text)
    if lower is None:
        return [(s, m) for s in doc.sentences for m in table.number.finditer(text, s.start, s.end)]
    starts = {m.start() for m in table.digit_start.finditer(text)}
    starts.update(places(lower, table.number_words))
    return matches_at(table.number, text, doc.sentences, sorted(starts))


def _figure(
    doc: Document,
    table: FigureWords,
    match: re.Match[str],
    floor: int,
    ceiling: int,
    date_spans: list[tuple[int, int, DateMention]],
) -> Figure | None:
    text = doc.text
    if _not_a_count(text, table, match, floor, date_spans):
        return None
    value, end, percent = _value(text, table, match)
    if value is None:
        return None
    start, qualifier = _qualifier(text, table, match.start(), floor)
    start = start - 1 if text[start - 1 : start] in _CURRENCY else start
    currency = next((code for sign, code in _CURRENCY.items() if sign in text[start:end]), None)
    what = currency or _what(text, table, end, ceiling, doc.lang, percent=percent)
    if not what:
        return None
    span = evidence(text, start, end)
    year = _year(match.start(), floor, ceiling, date_spans)
    return Figure(
        value=value, text=span.text, what=what, year=year, qualifier=qualifier, evidence=[span]
    )


def _not_a_count(
    text: str,
    table: FigureWords,
    match: re.Match[str],
    floor: int,
    date_spans: list[tuple[int, int, DateMention]],
) -> bool:
    start, end = match.span()
    if any(s < end and start < e for s, e, _ in date_spans):
        return True
    digits = match.group("num") or ""
    if _BARE_YEAR.fullmatch(digits) or table.not_after.match(text, end):
        return True
    if table.reference_before.search(text, max(floor, start - 12), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and text[end : end + 1] in ".)":
        return True  # list numbering: "1. Introduction", "2) …"
    if "." in digits and not table.scale_after.match(text, end):
        return text[end : end + 1] != "%" and not table.percent_after.match(text, end)
    return text.rfind("[", floor, start) > text.rfind("]", floor, start)


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


def _number(written: str) -> float:
    compact = written.replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", compact):
        compact = compact.replace(",", "")
    return float(compact.replace(",", "."))


def _qualifier(text: str, table: FigureWords, start: int, floor: int) -> tuple[int, str]:
    found = table.qualifier_before.search(text, max(floor, start - 20), start)
    if found is None:
        return start, "exact"
    return found.start("q"), table.qualifiers[found.group("q").lower()]


def _what(
    text: str, table: FigureWords, end: int, ceiling: int, lang: str, *, percent: bool
) -> str:
    """The counted phrase after the number: a few words, cut at a stop word or a verb."""
    following = iter_words(text, end, min(ceiling, end + 80))
    if percent:
        first = next(following, None)
        if first is not None and first.lower in _PERCENT_OF:
            end = first.end
        elif first is not None:
            following = chain([first], following)
    taken: list[str] = []
    cursor = end
    for word in following:
        if text[cursor : word.start].strip() or len(taken) == MAX_WHAT_WORDS:
            break
        if word.lower in table.stops or _verb(word.text, lang):
            break
        taken.append(word.text)
        cursor = word.end
        if lang != "ru" and _EN_PLURAL.search(word.lower):
            break  # "600 Kazakh students": a plural noun closes an English count
    if percent:
        return " ".join(["%", *taken])
    return " ".join(taken)


def _verb(word: str, lang: str) -> bool:
    if lang == "ru":
        return ru_verb(word)
    return _EN_VERB_END.search(word.lower()) is not None and len(word) > 4


def _year(
    position: int, floor: int, ceiling: int, date_spans: list[tuple[int, int, DateMention]]
) -> int | None:
    near = [
        (abs(s - position), m.date.start.year)
        for s, e, m in date_spans
        if floor <= s and e <= ceiling and m.date.start is not None
    ]
    return min(near)[1] if near else None
