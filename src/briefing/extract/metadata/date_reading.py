"""How to read a numeric date that reads both ways ("03/04/2017").

The document decides first: the way it writes its other dates ("3 March
2017" and "25/03/2017" are day first, "March 3, 2017" and "12/25/2017" month
first). When they do not tell, the country of its web address does (a
``.us`` page writes month first, a ``.uk``, ``.kz`` or ``.de`` page day
first), and else its language's convention: month first in English (as
dateparser and US usage read slashes), day first elsewhere. The reading is
recorded on each such date (``DateMention.reading``, ``reading_cue``).
"""

from __future__ import annotations

import re
from typing import Literal

from briefing.clean.date_patterns import FoundDate

Order = Literal["dmy", "mdy"]
Cue = Literal["document", "locale", "language"]
# Languages whose slash dates are month first when nothing else tells.
MONTH_FIRST_LANGUAGES = frozenset({"en"})
# Country domains of month-first countries; other country domains are day first.
MONTH_FIRST_DOMAINS = frozenset({"us"})
# Two-letter domains sold to anyone, which say nothing of a country.
OPEN_DOMAINS = frozenset({"io", "co", "tv", "me", "ai", "fm", "ly", "to", "cc", "ws", "gg"})
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", re.IGNORECASE)


def numeric_reading(found: list[FoundDate], lang: str, url: str | None = None) -> tuple[Order, Cue]:
    """The order to read the ambiguous numeric dates of a document in, and why."""
    day_first = sum(1 for f in found if f.order == "dmy")
    month_first = sum(1 for f in found if f.order == "mdy")
    if day_first != month_first:
        return ("dmy" if day_first > month_first else "mdy"), "document"
    country = _country_domain(url)
    if country:
        return ("mdy" if country in MONTH_FIRST_DOMAINS else "dmy"), "locale"
    return ("mdy" if lang in MONTH_FIRST_LANGUAGES else "dmy"), "language"


def _country_domain(url: str | None) -> str:
    """The country-code top-level domain of ``url`` ("uk", "kz"), or ``""``."""
    host = _HOST.match(url or "")
    if host is None:
        return ""
    tld = host.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    return tld if len(tld) == 2 and tld.isalpha() and tld not in OPEN_DOMAINS else ""


def read_as(found: FoundDate, order: Order) -> FoundDate:
    """``found`` with its day and month in ``order`` (the patterns read day first)."""
    if not found.ambiguous or order == "dmy":
        return found
    return found._replace(day=found.month, month=found.day)
