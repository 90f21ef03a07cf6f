"""How to read a numeric date that reads both ways ("03/04/2017").

The document decides first: the way it writes its other dates ("3 March
2017" and "25/03/2017" are day first, "March 3, 2017" and "12/25/2017" month
first). When they do not tell, the language's convention does: month first
in English (as dateparser and US usage read slashes), day first elsewhere.
The reading is recorded on each such date (``DateMention.reading``).
"""

from __future__ import annotations

from typing import Literal

from briefing.clean.date_patterns import FoundDate

Order = Literal["dmy", "mdy"]
Cue = Literal["document", "language"]
# Languages whose slash dates are month first when nothing else tells.
MONTH_FIRST_LANGUAGES = frozenset({"en"})


def numeric_reading(found: list[FoundDate], lang: str) -> tuple[Order, Cue]:
    """The order to read the ambiguous numeric dates of a document in, and why."""
    day_first = sum(1 for f in found if f.order == "dmy")
    month_first = sum(1 for f in found if f.order == "mdy")
    if day_first != month_first:
        return ("dmy" if day_first > month_first else "mdy"), "document"
    return ("mdy" if lang in MONTH_FIRST_LANGUAGES else "dmy"), "language"


def read_as(found: FoundDate, order: Order) -> FoundDate:
    """``found`` with its day and month in ``order`` (the patterns read day first)."""
    if not found.ambiguous or order == "dmy":
        return found
    return found._replace(day=found.month, month=found.day)
