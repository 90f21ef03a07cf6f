"""A web page's publication date from its markup, without the page's furniture.

htmldate (which trafilatura calls) reads the whole page: a "related news"
list with dates, a site's current-date banner and the footer's copyright year
all compete with the article's own date, and its extensive search falls back
to 1 January of the copyright year. So the date is read here in tiers of trust,
from the page's metadata and from a copy of the page without navigation,
asides, footers, banners and lists of links:

- :func:`page_dates` ``stated``: what the markup itself says: ``<meta>``
  fields, JSON-LD, a date in the page's own address (canonical or ``og:url``),
  ``<abbr>`` and ``<time>`` elements (the first steps of htmldate's search,
  called one by one: its fast mode goes on to regular expressions over the
  text, which find DOIs and timestamps). Dates of change (``dateModified``,
  ``article:modified_time``, ``<time class="updated">``) are kept apart as
  ``changed``; the HTTP headers a page copies into ``<meta http-equiv>``
  (``date``, ``last-modified``) are the server's times, and a copyright year
  is no date: neither counts.
- ``searched``, run only when asked: a date the page's text labels as its
  publication or its last change, in many languages ("Published: …",
  "Veröffentlicht am …", "… tarihinde güncellendi"; ``data/dates/page_labels.tsv``),
  else one in an element whose class names a date or byline
  (``data/dates/page_classes.tsv``): both *marked* as the page's own; else what
  htmldate's extensive mode finds in the free text, when the page writes that full
  date somewhere (a year or a month alone, a DOI and the copyright fallback give
  none), used only when the main text does not state it as another date (see
  :mod:`briefing.extract.metadata.published`).

Nothing is fetched: lxml parses the string with its network access off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import cache, partial
from typing import Any, NamedTuple

from briefing import datafiles
from briefing.ingest.base import PageFind

# Elements that are page furniture wherever they stand.
_FURNITURE_TAGS = ("nav", "aside", "footer", "form", "script", "style", "noscript", "iframe")
_CLASS_WORDS = re.compile(r"[^a-z]+")
# A list whose items are mostly links is a list of other pages.
LINK_LIST_SHARE = 0.5
# A block holding more than this share of the page's text is its frame (a ``<form>``
# around a whole ASP.NET page, Blogger's ``widget Blog``), never furniture.
FRAME_SHARE = 0.5
# A current-date banner is a short line ("Monday, 7 October 2024, 10:42").
BANNER_MAX = 60
# Text blocks longer than this are running text: a label there is a sentence's word.
LINE_MAX = 160
# What may stand before a label that opens a field: nothing, or the end of another field.
_FIELD_START = re.compile(r"(?:^|[|•·,;:/()\[\]–—\"'«“-]|\d)\s*$")
# Letters between a label and its date ("Published by the Ministry on 5 May 2020"); after
# a bare "date" only a colon, spaces or a weekday ("Date: Monday, 5 May 2020").
LABEL_GAP = 40
BARE_LABEL_GAP = 12
# An element whose class names a date holds a date line, not a paragraph.
MARKED_MAX = 120
_NO_FIND = PageFind(None, False, None)
# Elements whose text ends a line of the page.
_BLOCKS = frozenset({
    "address", "article", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "section", "table", "td", "th", "tr", "ul",
})
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d])")
_NAMED = re.compile(
    r"(?<![\d\w])\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}"
    r"|(?<![\w])[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)"
)


class PageDates(NamedTuple):
    """The page's stated dates (metadata), and the search of its text for one.

    The search is a call made only when asked (and then once): htmldate's
    extensive search costs about 25 ms a page, and is wanted only when neither
    the markup nor the main text states a date.
    """

    stated: dt.date | None
    changed: dt.date | None
    searched: Callable[[], PageFind]


def _nothing() -> PageFind:
    return _NO_FIND


def page_dates(html: str, url: str | None) -> PageDates:
    """The publication and change dates of the page's metadata, and the search of its text."""
    from lxml import html as lxml_html  # imported here: only web pages need it

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return PageDates(None, None, _nothing)
    if not isinstance(tree.tag, str):  # a page that is only a comment: nothing dates it
        return PageDates(None, None, _nothing)
    changed = _detach_change_metas(tree)
    page_level = _page_metadata_date(tree, url)  # before furniture goes: JSON-LD may sit in it
    changed = changed or _date(_json_search(tree, original=False))
    with contextlib.suppress(ValueError):  # lxml refuses a tail with control characters
        _drop_furniture(tree)
        _drop_banners(tree)
    changed_time = _detach_change_times(tree)  # taken out either way: never the publication
    changed = changed or changed_time
    stated = page_level or _element_date(tree)
    return PageDates(stated, changed, cache(partial(_searched, tree, url)))


def _searched(tree: Any, url: str | None) -> PageFind:
    """A labelled date of the page's text, else one of a date element, else htmldate's."""
    published, updated = _labelled_dates(tree)
    if published is not None:
        return PageFind(published, True, updated)
    marked = _marked_date(tree)
    if marked is not None:
        return PageFind(marked, True, updated)
    return PageFind(_free_search(tree, url), False, updated)


def _free_search(tree: Any, url: str | None) -> dt.date | None:
    """htmldate's extensive search of the page, for a day the page writes in full."""
    from htmldate import find_date

    searched = _date(find_date(tree, extensive_search=True, original_date=True, url=url))
    if searched is not None and not _written([_text(tree), *_attribute_values(tree)], searched):
        return None  # a year or a month alone, a DOI, the copyright year: no day stated
    return searched


# Attributes that hold a date of the element itself (``<meta content>``, ``<time datetime>``,
# a title, a hidden field's value): a full date there is stated by the page, like one in its text.
_DATE_ATTRIBUTES = ("content", "datetime", "title", "value")


def _attribute_values(tree: Any) -> Iterator[str]:
    """The date attributes of the page's elements, but those of dates of change."""
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        values = [node.get(name) for name in _DATE_ATTRIBUTES if node.get(name)]
        if values and _marks(node) != "changed":
            yield from values


def _change_fields() -> frozenset[str]:
    """The meta fields of a date of change: htmldate's own tables of them."""
    from htmldate import core

    return frozenset(
        {*core.NAME_MODIFIED, *core.PROPERTY_MODIFIED, *core.ITEMPROP_ATTRS_MODIFIED,
         "og:updated_time"}
    )


def _detach_change_metas(tree: Any) -> dt.date | None:
    """Take out the meta fields of a date of change (the first one's date is returned),
    the server's HTTP times and the copyright year, which are no publication dates."""
    changes = _change_fields()
    found: dt.date | None = None
    for meta in list(tree.iter("meta")):
        copyright_year = meta.get("itemprop", "").lower() == "copyrightyear"
        if meta.get("http-equiv") is not None or copyright_year:
            meta.drop_tree()
            continue
        field = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if field in changes:
            found = found or _parse(meta.get("content") or meta.get("datetime") or "")
            meta.drop_tree()
    return found


def _detach_change_times(tree: Any) -> dt.date | None:
    """Take out ``<time>`` elements marked as a date of change; the first one's date."""
    found: dt.date | None = None
    for node in list(tree.iter("time")):
        if _marks(node) == "changed":
            found = found or _parse(node.get("datetime") or node.text_content())
            node.drop_tree()
    return found


def _options(*, original: bool) -> Any:
    from htmldate.utils import Extractor
    from htmldate.validators import get_max_date, get_min_date

    return Extractor(False, get_max_date(None), get_min_date(None), original, "%Y-%m-%d")


def _json_search(tree: Any, *, original: bool) -> object:
    from htmldate.extractors import json_search

    return json_search(tree, _options(original=original))


def _page_metadata_date(tree: Any, url: str | None) -> dt.date | None:
    """The publication date of the page's address, ``<meta>`` fields or JSON-LD."""
    from htmldate import core
    from htmldate.extractors import extract_url_date

    options = _options(original=True)
    if url is None:
        canonical = tree.find('.//link[@rel="canonical"]')
        url = canonical.get("href") if canonical is not None else None
    steps: tuple[Callable[[], object], ...] = (
        lambda: extract_url_date(url, options),
        lambda: core.examine_header(tree, options),
        lambda: _json_search(tree, original=True),
    )
    for step in steps:
        found = _date(step())
        if found is not None:
            return found
    return None


def _element_date(tree: Any) -> dt.date | None:
    """The publication date of the page's ``<abbr>`` and ``<time>`` elements."""
    from htmldate import core

    options = _options(original=True)
    for step in (core.examine_abbr_elements, core.examine_time_elements):
        found = _date(step(tree, options))
        if found is not None:
            return found
    return None


def _drop_furniture(tree: Any) -> None:
    """Remove menus, asides, footers, banners and lists of links, in place (walking down
    from the root, so that what goes inside a dropped block is never looked at)."""
    body = tree.find(".//body")
    total = len(_text(body if body is not None else tree))
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in list(node):
            if _furniture(child) and child.tag != "body" and (
                not _may_frame(child) or len(_text(child)) <= FRAME_SHARE * total
            ):
                child.drop_tree()  # furniture; a block holding most of the text is the frame
            else:
                stack.append(child)


def _drop_banners(tree: Any) -> None:
    """Remove a site's current-date banner: a weekday and a full date written before the
    page's headline (``<h1>``), outside its article; as the cleaner judges a text's lines."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return
    banners = []
    for node in tree.iter():
        if node is headline:
            break
        if not isinstance(node.tag, str) or not node.text or len(node.text) > BANNER_MAX:
            continue
        if any(a.tag in ("article", "main") for a in node.iterancestors()):
            continue
        words = {word.strip(",.()").lower() for word in node.text.split()}
        if not words.isdisjoint(_weekdays()) and any(
            _parse(m.group()) for m in _date_expressions(node.text)
        ):
            banners.append(node)
    for node in banners:
        if node.getparent() is not None and headline not in node.iter():
            node.drop_tree()


def _may_frame(node: Any) -> bool:
    """True for the elements whose text is the page's (scripts and styles have none)."""
    return node.tag not in ("script", "style", "noscript", "iframe")


def _furniture(node: Any) -> bool:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag == "script" and "ld+json" in (node.get("type") or "").lower():
        return False  # the page's own structured data ("datePublished"), read by json_search
    if tag in _FURNITURE_TAGS:
        return True
    if tag == "header" and not any(a.tag in ("article", "main") for a in node.iterancestors()):
        return True  # the site's header; an article's own header keeps its date
    words = _CLASS_WORDS.split(f"{node.get('class', '')} {node.get('id', '')}".lower())
    if not _furniture_words().isdisjoint(words):
        return True
    if tag in ("ul", "ol"):
        items = node.findall("li")
        linked = sum(1 for item in items if item.find(".//a") is not None)
        return bool(items) and linked / len(items) >= LINK_LIST_SHARE
    return False


def _text(node: Any) -> str:
    return " ".join(node.itertext())


def _lines(tree: Any) -> list[str]:
    """The page's text in lines, a block element to a line; an empty ``<time>`` gives
    its ``datetime`` (a byline's "Published on <time datetime=…></time>")."""
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(tree, events=("start", "end")):
        if not isinstance(node.tag, str):
            if event == "end" and node.tail:
                parts.append(node.tail)
            continue
        if node.tag in _BLOCKS:
            parts.append("\n")
        if event == "start":
            if node.text:
                parts.append(node.text)
            elif node.tag == "time" and len(node) == 0:
                parts.append(f" {node.get('datetime') or ''} ")
        elif node.tail:
            parts.append(node.tail)
    return [line.strip() for line in "".join(parts).split("\n") if line.strip()]


def _labelled_dates(tree: Any) -> tuple[dt.date | None, dt.date | None]:
    """The first dates the page's short lines label as its publication and its change."""
    found: dict[str, dt.date] = {}
    for line in _lines(tree):
        if len(line) > LINE_MAX:
            continue
        dates = [(m.start(), m.end(), day) for m in _date_expressions(line)
                 if (day := _parse(m.group())) is not None]
        if not dates:
            continue
        for kind, side, label in _labels():
            if ("updated" if kind == "updated" else "published") in found:
                continue
            for match in label.finditer(line):
                day = _bound_date(line, match, kind, side, dates)
                if day is not None:
                    found.setdefault("updated" if kind == "updated" else "published", day)
                    break
    return found.get("published"), found.get("updated")


def _bound_date(
    line: str, label: re.Match[str], kind: str, side: str, dates: list[tuple[int, int, dt.date]]
) -> dt.date | None:
    """The date a label names: the first after it (at once after a bare "date"), or the
    last before it for a label that follows its date, with no figure between them."""
    if side == "after":
        before = [d for d in dates if d[1] <= label.start() and label.start() - d[1] <= 3]
        if not before or not _FIELD_START.search(line[: before[-1][0]]):
            return None
        return before[-1][2]
    if not _FIELD_START.search(line[: label.start()]):
        return None
    longest = BARE_LABEL_GAP if kind == "date" else LABEL_GAP
    for start, _end, day in dates:
        gap = line[label.end() : start]
        if start >= label.end() and len(gap) <= longest and not any(c.isdigit() for c in gap):
            return day
    return None


def _date_expressions(text: str) -> Iterator[re.Match[str]]:
    yield from _NUMERIC.finditer(text)
    yield from _NAMED.finditer(text)


def _marked_date(tree: Any) -> dt.date | None:
    """The first full date of a short element whose class, id or itemprop names a date."""
    for node in tree.iter():
        if not isinstance(node.tag, str) or _marks(node) != "published":
            continue
        text = " ".join(node.text_content().split())
        values = [node.get(name) or "" for name in _DATE_ATTRIBUTES]
        for value in (text, *values):
            if not value or len(value) > MARKED_MAX:
                continue
            for match in _date_expressions(value):
                day = _parse(match.group())
                if day is not None:
                    return day
    return None


def _marks(node: Any) -> str | None:
    """``changed``, ``other`` or ``published`` when the element's class, id or itemprop
    names a date of that kind (``data/dates/page_classes.tsv``); else ``None``."""
    names = " ".join(node.get(a) or "" for a in ("class", "id", "itemprop")).lower()
    if not names.strip():
        return None
    for kind, pattern in _class_cues():
        if pattern.search(names):
            return kind
    return None


def _written(texts: list[str], day: dt.date) -> bool:
    """True when one of ``texts`` gives ``day`` in full (see :func:`writes`)."""
    return any(writes(text, day) for text in texts)


def writes(text: str, day: dt.date) -> bool:
    """True when ``text`` gives ``day`` in full: in a numeric form (``2024-03-15``,
    ``15.03.2024``, ``3/15/2024``) or with a month name ("15 March 2024", "March 15th,
    2024", "15 марта 2024 года")."""
    year, month, number = day.year, day.month, day.day
    numeric = re.compile(
        rf"(?<!\d)(?:{year}[-/.]0?{month}[-/.]0?{number}|0?{number}[-/.]0?{month}[-/.]{year}"
        rf"|0?{month}/0?{number}/{year})(?!\d)"
    )
    named = re.compile(
        rf"(?<!\d)0?{number}(?:st|nd|rd|th|-?го|-?е)?\s+(?:of\s+)?([^\W\d_]+)\.?,?\s+{year}"
        rf"(?!\d)|([^\W\d_]+)\.?\s+0?{number}(?:st|nd|rd|th)?,?\s+{year}(?!\d)"
    )
    if numeric.search(text):
        return True
    months = _month_names()
    return any(
        months.get((found.group(1) or found.group(2)).lower()) == month
        for found in named.finditer(text)
    )


def _parse(expression: str) -> dt.date | None:
    """The day of one date expression: numeric (day first unless that cannot be, a
    two-digit year of this century) or with a month name of any language htmldate reads."""
    numeric = _NUMERIC.search(expression)
    if numeric is not None:
        first, _sep, middle, last = numeric.groups()
        if len(first) == 4:
            year, month, day = int(first), int(middle), int(last)
        elif len(last) in (2, 4):
            day, month, year = int(first), int(middle), int(last)
            if month > 12 >= day:
                day, month = month, day  # 1/23/21: month first
            if year < 100:
                year += 2000 if 2000 + year <= dt.date.today().year else 1900
        else:
            return None
        with contextlib.suppress(ValueError):
            return _plausible(dt.date(year, month, day))
        return None
    return _iso(expression) or _named(expression)


def _named(expression: str) -> dt.date | None:
    from htmldate.extractors import try_date_expr
    from htmldate.validators import get_max_date, get_min_date

    found = try_date_expr(expression, "%Y-%m-%d", True, get_min_date(None), get_max_date(None))
    return _date(found)


def _iso(value: str) -> dt.date | None:
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    return _plausible(_date(match.group(1))) if match else None


def _plausible(day: dt.date | None) -> dt.date | None:
    """The day, when it lies between 1995 and today (htmldate's own bounds)."""
    if day is None or not dt.date(1995, 1, 1) <= day <= dt.date.today():
        return None
    return day


@cache
def _labels() -> list[tuple[str, str, re.Pattern[str]]]:
    """(kind, side, pattern) of every row of ``data/dates/page_labels.tsv``: publication
    labels first, then the bare "date", then those of change."""
    rows = datafiles.rows("dates", "page_labels.tsv")
    labels = [
        (kind, side, re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])\s*[:：]?", re.IGNORECASE))
        for kind, side, words in rows
    ]
    order = ("published", "date", "updated")
    return sorted(labels, key=lambda row: order.index(row[0]))


@cache
def _class_cues() -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) of ``data/dates/page_classes.tsv``, in the file's order of trust."""
    rows = datafiles.rows("dates", "page_classes.tsv")
    return [(kind, re.compile(words)) for kind, words in rows]


@cache
def _weekdays() -> frozenset[str]:
    """Weekday names and abbreviations of every language, lower case (``data/dates``)."""
    rows = datafiles.rows_of_every_language("dates", "weekdays")
    return frozenset(name.lower() for name, _number in rows)


@cache
def _furniture_words() -> frozenset[str]:
    """Class or id words of furniture blocks (``data/clean/furniture_classes.tsv``)."""
    return frozenset(datafiles.words("clean", "furniture_classes.tsv"))


@cache
def _month_names() -> dict[str, int]:
    """Month names and abbreviations of every language, lower case (``data/dates``)."""
    return {name.lower(): int(n) for name, n in datafiles.rows_of_every_language("dates", "months")}


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
