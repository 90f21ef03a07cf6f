"""How many pages a briefing will print, estimated from its view model before rendering.

Rendering is where size hurts (WeasyPrint holds some 2.7 MB a page and
about 0.1 s; 200,000 records ran out of memory with nothing written), so
``build`` checks the estimate against ``--max-pages`` first. The estimate
walks the whole view model, whatever sections it holds: each item's text
wraps at :data:`CHARS_PER_LINE` and each item starts a line of its own.
The constants were fitted on real and generated briefings; the estimate is
meant to be within a fifth of the PDF's page count, which is plenty to
tell 300 pages from 30,000.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel

from briefing.errors import BriefingError
from briefing.schema.briefing import Briefing

# Fitted on four PDFs (5, 60, 60 and 150 sources: 11, 42, 33 and 39 pages; estimates
# 11, 42, 32 and 40).
CHARS_PER_LINE = 95  # A4, body text, table cells summed over a row
LINES_PER_PAGE = 41
FRONT_PAGES = 4  # cover, contents and the chapters' page breaks
ANNEX_WEIGHT = 0.48
"""The annex prints plain lines, denser than the sections with their tables: its lines
counted as the sections' ran to 2.1 times its pages (fitted on generated briefings with the
annex of 22, 56, 709 and 2,108 pages: estimates 21, 49, 714 and 2,136, against 24, 69,
1,379 and 4,214 when counted alike)."""
PAGED_FORMATS = frozenset({"pdf", "docx"})
_NOT_PRINTED_AS_BODY = frozenset({"options", "labels", "metadata"})


class TooManyPagesError(BriefingError):
    """The briefing would print more pages than ``--max-pages`` allows."""

    stage = "render"


def estimate_pages(brief: Briefing) -> int:
    """About how many pages the PDF of ``brief`` will have."""
    lines = sum(_lines(getattr(brief, name)) * (ANNEX_WEIGHT if name == "annex" else 1)
                for name in type(brief).model_fields if name not in _NOT_PRINTED_AS_BODY)
    return FRONT_PAGES + math.ceil(lines / LINES_PER_PAGE)


def _lines(value: Any) -> int:
    """Printed lines of one view-model item and everything in it (walked, not dumped:
    a dump of 200,000 records' briefing would itself cost a lot of memory)."""
    if isinstance(value, BaseModel):
        fields = [getattr(value, name) for name in type(value).model_fields]
        chars = sum(len(field) for field in fields if isinstance(field, str))
        own = math.ceil(chars / CHARS_PER_LINE) if chars else 0
        return own + sum(_lines(field) for field in fields if not isinstance(field, str))
    if isinstance(value, list | tuple):
        return sum(_lines(item) for item in value)
    if isinstance(value, str):  # an item of a list (a table's row names): a line of its own
        return math.ceil(len(value) / CHARS_PER_LINE)
    return 0


def check_pages(brief: Briefing, formats: set[str], max_pages: int) -> None:
    """Refuse, with the numbers and what to do, a paged briefing over ``max_pages``."""
    if max_pages <= 0 or not formats & PAGED_FORMATS:
        return
    pages = estimate_pages(brief)
    if pages <= max_pages:
        return
    annex = "leave out --annex, " if getattr(brief.options, "annex", False) else ""
    raise TooManyPagesError(
        f"the briefing would run to about {pages:,} pages ({len(brief.sources):,} sources), "
        f"over the limit of {max_pages:,} (--max-pages); nothing was rendered. Narrow it with "
        f"--since/--until, --partner or --theme, {annex}build only json or md, "
        "or raise --max-pages"
    )
