"""Technical page data a site prints for itself: never a title, never a statement.

Publishers' templates leave their own diagnostics in the page: the server
that rendered it, how long it took, the build or session it came from
("Hostname: page-component-7bb8b95d7b-dtkg6 Total loading time: 0 Render
date: 2024-10-02T15:26:04.541Z Has data issue: false"). Such a run is
recognised by what it is, not by its labels, which differ from one site to
the next: two or more ``label: value`` pairs (or a code-style
``camelCaseFlag value``) whose values are all machine data — a timestamp, a
boolean, a number or duration, an identifier mixing letters and digits (a host
name, a hash, a build or session id) — and at least one of them not a plain
number or date, since "Pages: 12 Figures: 3" describes a paper and
"Received: 2024-03-01" its history.
"""

from __future__ import annotations

import re

# So many label-value pairs at least make a run.
MIN_PAIRS = 2

# A date with a time of day to the second is a machine's; a date alone may be a person's.
_DATE = r"\d{4}-\d\d-\d\d"
_TIMESTAMP = rf"{_DATE}[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?"
_BOOLEAN = r"(?i:true|false|null|none|undefined|nan)"
# A host name, hash or id: letters and digits mixed, joined by - _ . (at least one digit
# and one letter), or a bare hexadecimal hash of 7 characters or more.
_IDENTIFIER = r"(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+|[0-9a-f]{7,}"
_NUMBER = r"\d+(?:[.,]\d+)?(?:\s?(?:ms|s|sec|kb|mb|%))?"
_MACHINE = rf"(?:{_TIMESTAMP}|{_BOOLEAN}|{_IDENTIFIER})"
_VALUE = rf"(?:{_MACHINE}|{_DATE}|{_NUMBER})(?=\s|$)"
_LABEL = r"[A-Za-z][A-Za-z_-]*(?: [A-Za-z][A-Za-z_-]*){0,3}"
_CAMEL_FLAG = r"[a-z]+[A-Z][A-Za-z]*"
_PAIR = re.compile(rf"\s*(?:{_LABEL}\s*[:=]\s*|{_CAMEL_FLAG}\s+)({_VALUE})")
_MACHINE_VALUE = re.compile(_MACHINE)
_LABEL_START = re.compile(rf"(?<!\S){_LABEL}\s*[:=]")


def page_data_end(line: str, start: int = 0) -> int | None:
    """Where a run of technical page data that starts at ``start`` of ``line`` ends
    (``None``: no run there)."""
    pairs, machine, pos = 0, False, start
    while (found := _PAIR.match(line, pos)) is not None:
        pairs += 1
        machine = machine or _MACHINE_VALUE.fullmatch(found.group(1)) is not None
        pos = found.end()
    if pairs < MIN_PAIRS or not machine:
        return None
    return pos


def is_page_data(text: str) -> bool:
    """True when ``text`` holds a run of technical page data anywhere (a sentence that
    took one in is no statement)."""
    return any(page_data_end(text, m.start()) is not None for m in _LABEL_START.finditer(text))
