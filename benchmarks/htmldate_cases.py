"""Publication dates of small web pages, measured on htmldate's own unit tests.

htmldate's ``tests/unit_tests.py`` (in its source distribution; not copied into this
repository) holds many small HTML pages with the date its ``find_date`` must give.
The script reads that file with :mod:`ast` and keeps the cases that can be taken out
cleanly: ``find_date(<literal page>) == "<date>"`` (or ``is None``) with no argument
but ``extensive_search`` and ``original_date``. Cases that ask for another output
format, date bounds, a web address or a page read from a file test settings we do not
have, and are left out.

Counted fairly: ``find_date`` looks for the *last modified* date unless told
``original_date=True``, while our ``published`` is the publication date and a date of
change goes to ``updated``. So each case is scored on what it asks for:

- a *publication* case (``original_date=True``, or a page that marks no date as a date
  of change) is scored on our ``published``, against htmldate run with
  ``original_date=True``;
- a *change* case (``original_date`` not given or ``False``, on a page that marks a date
  as a date of change: ``modified``, ``updated``, German ``Stand``, Turkish
  ``güncelleme``) is scored on our ``updated``, against htmldate run as the case says.

A page asserted twice for the same kind of date (fast and extensive mode) counts once.

htmldate falls back, last, to 1 January of a copyright year; our records never take a
copyright year (``spec/output-contract.md``). So a case whose expected date is 1
January of a year the page gives only as a copyright notice (``copyright``, ``©``,
``copyrightyear``) is expected to give *no* date, from us and from htmldate alike.

Each page is parsed as an ``.html`` file (``briefing.parse_bytes``); htmldate's
``find_date`` runs in extensive mode on the same page.

    tar xzf htmldate-1.11.0.tar.gz -C /tmp/htmld
    python benchmarks/htmldate_cases.py /tmp/htmld/htmldate-1.11.0/tests/unit_tests.py [-v]
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path
from typing import NamedTuple

from briefing import parse_bytes

_TAKEN = frozenset({"extensive_search", "original_date"})
_COPYRIGHT = re.compile(r"copyright|©|&copy;", re.IGNORECASE)
# What marks a date of change on htmldate's test pages (the benchmark's judgement of
# which date a case asks for, not a rule of the library).
_CHANGE = re.compile(r"modif|updat|güncel|\bstand\b|aktualisiert", re.IGNORECASE)


class Case(NamedTuple):
    html: str
    expected: str | None
    line: int
    change: bool
    """True when the case asks for the page's date of change (``updated``)."""


def _find_date_call(node: ast.AST) -> ast.Call | None:
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "find_date":
        return node
    return None


def _case(compare: ast.Compare) -> Case | None:
    """The case of one ``assert find_date(...) == ...`` comparison, or None."""
    call = _find_date_call(compare.left)
    if call is None or len(compare.ops) != 1 or len(call.args) != 1:
        return None
    page = call.args[0]
    if not (isinstance(page, ast.Constant) and isinstance(page.value, str)):
        return None
    kwargs = {k.arg: k.value for k in call.keywords}
    if None in kwargs or set(kwargs) - _TAKEN:  # type: ignore[operator]
        return None
    original = kwargs.get("original_date")
    if original is not None and not isinstance(original, ast.Constant):
        return None
    wants_original = original is not None and bool(original.value)
    right, op = compare.comparators[0], compare.ops[0]
    if isinstance(op, ast.Is) and isinstance(right, ast.Constant) and right.value is None:
        expected = None
    elif isinstance(op, ast.Eq) and isinstance(right, ast.Constant) and isinstance(
        right.value, str
    ):
        expected = right.value
    else:
        return None
    if expected is not None and expected.endswith("-01-01") and _COPYRIGHT.search(page.value):
        expected = None  # htmldate's copyright-year fallback: no date for us
    change = not wants_original and bool(_CHANGE.search(page.value))
    return Case(page.value, expected, compare.lineno, change)


def read_cases(path: Path) -> list[Case]:
    """The cleanly taken cases of htmldate's unit tests, one per page and kind of date."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    cases: dict[tuple[str, bool], Case] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            case = _case(node)
            if case is not None and (case.html, case.change) not in cases:
                cases[(case.html, case.change)] = case
    return sorted(cases.values(), key=lambda c: c.line)


def ours(case: Case) -> str | None:
    """Our ``updated`` for a change case, our ``published`` for the others."""
    record = parse_bytes(case.html.encode("utf-8"), path="page.html")[0]
    day = record.updated if case.change else record.published
    return day.isoformat() if day else None


def htmldates(case: Case) -> str | None:
    from htmldate import find_date

    return find_date(case.html, extensive_search=True, original_date=not case.change)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("unit_tests", type=Path, help="htmldate's tests/unit_tests.py")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    cases = read_cases(args.unit_tests)
    right: dict[str, list[int]] = {"publication": [0, 0, 0], "change": [0, 0, 0]}
    for case in cases:
        mine, theirs = ours(case), htmldates(case)
        counts = right["change" if case.change else "publication"]
        counts[0] += 1
        counts[1] += mine == case.expected
        counts[2] += theirs == case.expected
        if args.verbose and mine != case.expected:
            kind = "updated" if case.change else "published"
            print(f"  line {case.line}: {kind} want {case.expected} got {mine} "
                  f"(htmldate {theirs}): {case.html[:160]!r}")
    for kind, (count, mine_right, theirs_right) in right.items():
        print(f"{kind} cases: {count}  briefing {mine_right / count:.3f}  "
              f"htmldate extensive {theirs_right / count:.3f}")
    undated = sum(c.expected is None for c in cases)
    total = len(cases)
    print(f"htmldate unit-test cases: {total} ({undated} without a date)  "
          f"briefing {sum(r[1] for r in right.values()) / total:.3f}  "
          f"htmldate extensive {sum(r[2] for r in right.values()) / total:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
