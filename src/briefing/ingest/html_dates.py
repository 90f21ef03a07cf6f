"""A web page's publication date from its markup, without the page's furniture.

htmldate (which trafilatura calls) reads the whole page: a "related news"
list with dates, a site's current-date banner and the footer's copyright year
all compete with the article's own date, and its extensive search falls back
to 1 January of the copyright year. So the date is read here from a copy of
the page without navigation, asides, footers, banners and lists of links,
in two tiers of trust:

- :func:`page_dates` ``stated``: what the markup itself says: ``<meta>``
  fields, JSON-LD, a date in the URL, ``<abbr>`` and ``<time>`` elements (the
  first steps of htmldate's search, called one by one: its fast mode goes on
  to regular expressions over the text, which find DOIs and timestamps);
- ``searched``: what htmldate's extensive mode finds in the free text of that
  copy, used only when the main text states no date itself (and never a date
  the main text states as something else, see
  :mod:`briefing.extract.metadata.published`). The page must write that full
  date somewhere: a year or a month alone, a DOI and the copyright fallback
  give none.

Nothing is fetched: lxml parses the string with its network access off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from functools import cache, partial
from typing import Any, NamedTuple

from briefing import datafiles

# Elements that are page furniture wherever they stand.
_FURNITURE_TAGS = ("nav", "aside", "footer", "form", "script", "style", "noscript", "iframe")
_CLASS_WORDS = re.compile(r"[^a-z]+")
# A list whose items are mostly links is a list of other pages.
LINK_LIST_SHARE = 0.5


class PageDates(NamedTuple):
    """The page's stated date (metadata), and the search of its text for one.

    The search is a call made only when asked (and then once): htmldate's
    extensive search costs about 25 ms a page, and is wanted only when neither
    the markup nor the main text states a date.
    """

    stated: dt.date | None
    searched: Callable[[], dt.date | None]


def _nothing() -> dt.date | None:
    return None


def page_dates(html: str, url: str | None) -> PageDates:
    """The publication date of the page's metadata, and the search of its text for one."""
    from lxml import html as lxml_html  # imported here: only web pages need it

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return PageDates(None, _nothing)
    if not isinstance(tree.tag, str):  # a page that is only a comment: nothing dates it
        return PageDates(None, _nothing)
    with contextlib.suppress(ValueError):  # lxml refuses a tail with control characters
        _drop_furniture(tree)
    stated = _markup_date(tree, url)
    if stated is not None:
        return PageDates(stated, _nothing)
    return PageDates(None, cache(partial(_searched_date, tree, url)))


def _searched_date(tree: Any, url: str | None) -> dt.date | None:
    """htmldate's extensive search of the page, for a day the page writes in full."""
    from htmldate import find_date

    searched = _date(find_date(tree, extensive_search=True, original_date=True, url=url))
    if searched is not None and not (_written(tree, searched) or _in_attribute(tree, searched)):
        return None  # a year or a month alone, a DOI, the copyright year: no day stated
    return searched


# Attributes that hold a date of the element itself (``<meta content>``, ``<time datetime>``,
# a title): a full ISO date there is stated by the page, like one in its text.
_DATE_ATTRIBUTES = ("content", "datetime", "title")
# Words of a meta field or class that mark a date of change, not of publication.
_CHANGE_WORDS = re.compile(r"modif|updat|revis|edit", re.IGNORECASE)


def _in_attribute(tree: Any, day: dt.date) -> bool:
    """True when an element of the page states ``day`` in full in one of its date
    attributes ("DC.Issued" content, a ribbon's title), not as a date of change."""
    iso = day.isoformat()
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        values = [node.get(name) or "" for name in _DATE_ATTRIBUTES]
        if not any(value.startswith(iso) or iso in value for value in values):
            continue
        kind = " ".join(node.get(name) or "" for name in ("name", "property", "itemprop", "class"))
        if not _CHANGE_WORDS.search(kind):
            return True
    return False


def _markup_date(tree: Any, url: str | None) -> dt.date | None:
    """The publication date that the page's markup states, or ``None``."""
    from htmldate import core
    from htmldate.extractors import extract_url_date, json_search
    from htmldate.utils import Extractor
    from htmldate.validators import get_max_date, get_min_date

    options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
    if url is None:
        canonical = tree.find('.//link[@rel="canonical"]')
        url = canonical.get("href") if canonical is not None else None
    steps: tuple[Callable[[], object], ...] = (
        lambda: extract_url_date(url, options),
        lambda: core.examine_header(tree, options),
        lambda: json_search(tree, options),
        lambda: core.examine_abbr_elements(tree, options),
        lambda: core.examine_time_elements(tree, options),
    )
    for step in steps:
        found = _date(step())
        if found is not None:
            return found
    return None


def _drop_furniture(tree: Any) -> None:
    """Remove menus, asides, footers, banners and lists of links, in place."""
    doomed = [node for node in tree.iter() if _furniture(node)]
    for node in doomed:
        parent = node.getparent()
        if parent is not None:
            node.drop_tree()


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


def _written(tree: Any, day: dt.date) -> bool:
    """True when the text of the page gives ``day`` in full (see :func:`writes`)."""
    return writes(" ".join(tree.itertext()), day)


def outside_main_text(
    search: Callable[[], dt.date | None], text: str
) -> Callable[[], dt.date | None]:
    """The page search, for a day the main text ``text`` does not write: a date the main
    text writes is the main text's to state (the cleaner reads it, or, in a block of
    related news it cuts, it dates another article)."""

    def searched() -> dt.date | None:
        day = search()
        return None if day is not None and writes(text, day) else day

    return cache(searched)


def writes(text: str, day: dt.date) -> bool:
    """True when ``text`` gives ``day`` in full: in a numeric form (``2024-03-15``,
    ``15.03.2024``, ``3/15/2024``) or with a month name ("15 March 2024", "March 15th,
    2024", "15 марта 2024 года")."""
    year, month, number = day.year, day.month, day.day
    numeric = re.compile(
        rf"(?<!\d)(?:{year}[-/.]0?{month}[-/.]0?{number}|0?{number}[-/.]0?{month}[-/.]{year}"
        rf"|0?{month}/0?{number}/{year})(?!\d)"
    )
    if numeric.search(text):
        return True
    named = re.compile(
        rf"(?<!\d)0?{number}(?:st|nd|rd|th|-?го|-?е)?\s+(?:of\s+)?([^\W\d_]+)\.?,?\s+{year}"
        rf"(?!\d)|([^\W\d_]+)\.?\s+0?{number}(?:st|nd|rd|th)?,?\s+{year}(?!\d)"
    )
    months = _month_names()
    return any(
        months.get((found.group(1) or found.group(2)).lower()) == month
        for found in named.finditer(text)
    )


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
