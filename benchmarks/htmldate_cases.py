"""Publication dates of small web pages, measured on htmldate's own unit tests.

htmldate's ``tests/unit_tests.py`` (in its source distribution; not copied into this
repository) holds many small HTML pages with the date its ``find_date`` must give.
The script reads that file with :mod:`ast` and keeps the cases that can be taken out
cleanly: ``find_date(<literal page>) == "<date>"`` (or ``is None``) with no argument
but ``extensive_search`` and ``original_date=True``. Cases that ask for the last
modified date (``original_date=False``), another output format, date bounds, a web
address or a page read from a file test settings we do not have, and are left out.
A page asserted twice (fast and extensive mode) counts once.

htmldate falls back, last, to 1 January of a copyright year; our records never take a
copyright year (``spec/output-contract.md``). So a case whose expected date is 1
January of a year the page gives only as a copyright notice (``copyright``, ``©``,
``copyrightyear``) is expected to give *no* date, from us and from htmldate alike.

Each page is parsed as an ``.html`` file (``briefing.parse_bytes``); its ``published``
is compared with the expected date, and so is htmldate's ``find_date`` in extensive
mode (``original_date=True``) on the same page.

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


class Case(NamedTuple):
    html: str
    expected: str | None
    line: int


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
    if original is not None and not (isinstance(original, ast.Constant) and original.value):
        return None
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
    return Case(page.value, expected, compare.lineno)


def read_cases(path: Path) -> list[Case]:
    """The cleanly taken cases of htmldate's unit tests, one per page."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    cases: dict[str, Case] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            case = _case(node)
            if case is not None and case.html not in cases:
                cases[case.html] = case
    return sorted(cases.values(), key=lambda c: c.line)


def ours(html: str) -> str | None:
    record = parse_bytes(html.encode("utf-8"), path="page.html")[0]
    return record.published.isoformat() if record.published else None


def htmldates(html: str) -> str | None:
    from htmldate import find_date

    return find_date(html, extensive_search=True, original_date=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("unit_tests", type=Path, help="htmldate's tests/unit_tests.py")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    cases = read_cases(args.unit_tests)
    right_ours = right_theirs = 0
    for case in cases:
        mine, theirs = ours(case.html), htmldates(case.html)
        right_ours += mine == case.expected
        right_theirs += theirs == case.expected
        if args.verbose and mine != case.expected:
            print(f"  line {case.line}: want {case.expected} got {mine} (htmldate {theirs}): "
                  f"{case.html[:160]!r}")
    undated = sum(c.expected is None for c in cases)
    print(f"htmldate unit-test pages: {len(cases)} ({undated} without a date)  "
          f"briefing {right_ours / len(cases):.3f}  "
          f"htmldate extensive {right_theirs / len(cases):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
