"""Web-page furniture that is not part of the article.

Two kinds of evidence decide, both line by line: the words of a line
(``data/clean/boilerplate.<lang>.tsv``: "Related articles", "Читайте также",
"Share:"…) and its shape (only numbers, as in a currency widget; a place and
its temperature; a font-size switcher; a phone number; a language switcher; a
URL or an e-mail address alone).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Literal

from briefing import datafiles

Action = Literal["cut", "line", "aside"]
_ACTIONS: tuple[Action, ...] = ("cut", "line", "aside")
# Furniture lines are short; longer lines are never compared with the markers.
MARKER_MAX = 160

# Bullets and marks around a line's words, and after them (plain ``str.strip`` sets: after
# :func:`~briefing.clean.characters.repair_characters` the only spaces are " " and "\n").
_LEAD = " \t\n-–—•*·|>#"
_TAIL = " \t\n:：|•·>"
_PIPES = re.compile("[|•·]")
# Only numbers, signs and units: exchange rates, temperatures, view counters.
_WIDGET = (
    r"(?:(?:[A-Z]{3}\s*|[$€£₸₽¥]\s*)?[+\-−]?\d[\d\s.,:%°+\-−/]*"
    r"(?:°?\s*[CF]|\s*[$€£₸₽¥]|\s*[A-Z]{3})?$)"
)
# A place (a word or two) and its temperature: a weather widget ("Астана +7 °С", "New York 12°C").
_WEATHER = r"(?:[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*)?,?\s[+\-−]?\d{1,2}\s*°\s*[CFС]?$)"
# A font-size switcher: two to four letters A with their signs, apart ("A | A | A", "A- A A+";
# not "AA", an agency's credit).
_FONT_SIZES = r"(?:[AА][+\-−]{0,2}(?:[\s|/•·]+[AА][+\-−]{0,2}){1,3}$)"
_PHONE = r"(?i:(?:(?:tel|phone|fax|тел|телефон|факс)\.?\s*:?\s*)?\+?[\d\s()\-–.]{7,}$)"
MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
"""An e-mail address (the pattern, for the extractors that look for one inside a line)."""
_URL_OR_MAIL = rf"(?i:(?:https?://\S+|www\.\S+|{MAIL}|(?:[\w-]+\.)+[a-z]{{2,6}})$)"
_LANGUAGE_NAME = (
    r"(?:en|eng|english|ru|rus|рус|русский|kz|kaz|қаз|қазақша|kk|de|deutsch|fr|français|"
    r"es|español|tr|türkçe|zh|中文|ar|العربية)"
)
_LANGUAGE_SWITCH = rf"(?i:(?:{_LANGUAGE_NAME}[\s|/•·,]*){{2,}}$)"
_COPYRIGHT = r"(?i:©|\(c\)|copyright\b)"
# The shapes above in one pattern matched at the line's start: one call instead of five.
_SHAPE = re.compile(
    "|".join((_WIDGET, _WEATHER, _FONT_SIZES, _PHONE, _URL_OR_MAIL, _LANGUAGE_SWITCH, _COPYRIGHT))
)
_PIPE_PARTS = re.compile(r"\s+[|•·]\s+")


_Pattern = re.Pattern[str] | None
# A marker that may stand anywhere in the line ("… All rights reserved.") starts with this.
_ANYWHERE = ".*"


@cache
def _marker_patterns() -> tuple[tuple[Action, _Pattern, _Pattern], ...]:
    """For each action, in the order of :data:`_ACTIONS` (a line that is both a
    link-block heading and a furniture line is cut): one alternation of the markers
    that start where the line starts, to match against the whole line, and one of the
    markers that start with ``.*``, without it, to search for up to the line's end.

    Searching gives the same lines as matching ``.*`` first, without the backtracking
    through the whole line that makes such a marker ten times dearer than the others.
    """
    found: dict[Action, tuple[list[str], list[str]]] = {a: ([], []) for a in _ACTIONS}
    for action, pattern in datafiles.rows_of_every_language("clean", "boilerplate"):
        whole, anywhere = found[_as_action(action)]
        if pattern.startswith(_ANYWHERE):
            anywhere.append(f"(?:{pattern[len(_ANYWHERE) :]})")
        else:
            whole.append(f"(?:{pattern})")
    return tuple(
        (action, _alternation(whole, ""), _alternation(anywhere, r"\Z"))
        for action, (whole, anywhere) in found.items()
    )


def _alternation(patterns: list[str], end: str) -> _Pattern:
    """One case-insensitive alternation of ``patterns`` (``None`` when there are none)."""
    return re.compile(f"(?:{'|'.join(patterns)}){end}", re.IGNORECASE) if patterns else None


def _as_action(value: str) -> Action:
    for action in _ACTIONS:
        if action == value:
            return action
    raise ValueError(f"unknown action {value!r} in the boilerplate data")


@lru_cache(maxsize=4096)
def marker_action(line: str) -> Action | None:
    """``cut`` for the heading of a link block, ``line`` for a furniture line, ``aside``
    for the heading of back matter (references, notes on the authors), else ``None``."""
    core = _core(line)
    if not core or len(core) > MARKER_MAX:
        return None
    for action, whole, anywhere in _marker_patterns():
        if (whole and whole.fullmatch(core)) or (anywhere and anywhere.search(core)):
            return action
    return None


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture by its words or by its shape."""
    core = _core(line)
    if not core:
        return True
    if marker_action(core) == "line" or _by_shape(core):
        return True
    if _PIPES.search(core) is None:
        return False
    parts = _PIPE_PARTS.split(core)
    return len(parts) > 1 and all(marker_action(p) == "line" or _by_shape(p) for p in parts)


def _core(line: str) -> str:
    """The line without the bullets and marks around its words: the line itself when it
    has none (most lines; stripping copies a paragraph twice to find that out)."""
    if line[:1] not in _LEAD and line[-1:] not in _TAIL:
        return line
    return line.lstrip(_LEAD).rstrip(_TAIL)


def _by_shape(core: str) -> bool:
    return _SHAPE.match(core) is not None
