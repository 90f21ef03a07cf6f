"""Dates in running text, measured on dateparser's own search-in-text test cases.

Our own cases (``benchmarks/date_cases.py``) are written by us; these are not.
The script reads dateparser's ``tests/test_search.py`` from its source
distribution (not copied into this repository) with :mod:`ast`, keeps every
``param(...)`` that gives an English or Russian text and the dates it expects,
and measures the *absolute* ones: those whose matched words state a year
("26 July 1945", "13.07.2016", "in 1941"). A day and month whose year dateparser
fills from its ``RELATIVE_BASE`` ("20 марта", "Friday") and relative expressions
("50 years ago") are left out: the text does not state them.

The value expected of us is the date at the precision its words give (dateparser's
``period`` of the matched words: a day, a month or a year). A range of ours
("June 12-14, 2021" as 2021-06-12/2021-06-14) counts as finding the first day,
which is all dateparser returns for it. Cases whose settings change the reading
(``DATE_ORDER``, ``PREFER_*``, ``STRICT_PARSING``, time zones) are skipped: they test
settings we do not have.

One English case expects dateparser's own misreading ("the Sept. 11, 2001, attacks" as
November 2001); it is kept as it is and counts as a miss.

- found: the share of expected absolute dates among the record's dates stated by the text;
- consistent: the share of cases whose record states exactly those dates, no other.

    tar xzf dateparser-1.5.0.tar.gz -C /tmp/dp
    python benchmarks/dateparser_cases.py /tmp/dp/dateparser-1.5.0/tests/test_search.py [-v]
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import re
from pathlib import Path
from typing import Any, NamedTuple

from dateparser.date import DateDataParser

from briefing import ParseOptions, parse_text

LANGS = ("en", "ru")
# Settings that only change how the base is chosen; any other setting changes the reading.
_NEUTRAL_SETTINGS = frozenset({"RELATIVE_BASE", "RETURN_TIME_AS_PERIOD", "PARSERS"})
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d\d)(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# The expectation of a ``param(lang, string)`` of ``test_search_date_string``: the string
# is one date.
_WHOLE = "whole"


class Case(NamedTuple):
    lang: str
    text: str
    dates: list[str]
    line: int


def _literal(node: ast.AST) -> Any:
    """The value of a literal node, with ``datetime.datetime(...)`` calls evaluated."""
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func)
        if name.endswith("datetime") or name.endswith("datetime.datetime"):
            return dt.datetime(*[_literal(a) for a in node.args])
        raise ValueError(name)
    if isinstance(node, ast.Tuple | ast.List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {_literal(k) if k else None: None for k in node.keys}
    if isinstance(node, ast.Name):
        raise ValueError(node.id)
    return ast.literal_eval(node)


def _param_parts(call: ast.Call) -> tuple[list[str], str, Any, dict[str, Any]] | None:
    """(languages, text, expected, settings) of one ``param(...)``, or None when it is not
    a search case with literal values."""
    try:
        args = [_literal(a) for a in call.args]
        kwargs = {k.arg: _literal(k.value) for k in call.keywords if k.arg}
    except (ValueError, TypeError, SyntaxError):
        return None
    settings = kwargs.get("settings") or {}
    if len(args) >= 3 and isinstance(args[0], str) and isinstance(args[1], str):
        return [args[0]], args[1], args[2], settings
    if len(args) == 2 and all(isinstance(a, str) for a in args) and not kwargs:
        return [args[0]], args[1], _WHOLE, settings  # the whole string is one date
    if "text" in kwargs and "expected" in kwargs:
        langs = kwargs.get("languages") or args[:1]
        return list(langs), kwargs["text"], kwargs["expected"] or [], settings
    return None


def _lang(langs: list[str], text: str) -> str | None:
    script = "ru" if _CYRILLIC.search(text) else "en"
    return script if script in langs else None


_PARSERS: dict[str, DateDataParser] = {}


def _parser(lang: str) -> DateDataParser:
    if lang not in _PARSERS:
        _PARSERS[lang] = DateDataParser(languages=[lang])
    return _PARSERS[lang]


def _stated_value(lang: str, words: str, when: dt.datetime) -> str | None:
    """The value at the precision ``words`` state, or None when they state no year."""
    if not _YEAR.search(words):
        return None
    period = _parser(lang).get_date_data(words).period or "day"
    if period == "year":
        return f"{when.year}"
    if period == "month":
        return f"{when.year}-{when.month:02d}"
    return when.date().isoformat()


def _params(tree: ast.Module) -> list[tuple[str, ast.Call]]:
    """Every ``param(...)`` of the tests' ``parameterized.expand`` lists, with the name of
    the test it belongs to."""
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        for decorator in function.decorator_list:
            for node in ast.walk(decorator):
                if isinstance(node, ast.Call) and ast.unparse(node.func) == "param":
                    found.append((function.name, node))
    return found


def read_cases(path: Path) -> list[Case]:
    """The English and Russian search cases of dateparser's test file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    cases = []
    for function, node in _params(tree):
        parts = _param_parts(node)
        if parts is None:
            continue
        langs, text, expected, settings = parts
        if expected == _WHOLE and function != "test_search_date_string":
            continue  # a language detection case: no date expected
        lang = _lang(langs, text)
        if lang is None or not text.strip() or set(settings) - _NEUTRAL_SETTINGS:
            continue
        if expected == _WHOLE:
            when = _parser(lang).get_date_data(text).date_obj
            expected = [[text, when]] if when else []
        if not isinstance(expected, list):
            continue
        if not all(isinstance(e, list) and len(e) == 2 for e in expected):
            continue
        values = [_stated_value(lang, str(words), when) for words, when in expected]
        dates = [v for v in values if v is not None]
        if not expected and _YEAR.search(text):
            continue  # dateparser's own limit ("Today 13 Feb 2020 and 14 Mar 2021": none)
        # a case that expects no absolute date counts too: for consistency, none is right
        cases.append(Case(lang, text, dates, node.lineno))
    cases.sort(key=lambda c: c.line)
    return cases


def stated_values(text: str, lang: str) -> list[str]:
    """The absolute dates the record of ``text`` states, as the values expected of them
    (a range as its first day)."""
    record = parse_text(text, options=ParseOptions(lang=lang))
    values = []
    for mention in record.dates:
        if mention.relative is not None or mention.resolved_from != "text":
            continue
        if mention.date.precision == "partial":
            continue
        values.append(mention.date.value)
    return values


def _matches(want: str, got: str) -> bool:
    return got == want or got.startswith(want + "/")


def measure(cases: list[Case], *, verbose: bool = False) -> tuple[float, float]:
    """(found, consistent) over ``cases``."""
    stated = found = consistent = 0
    for case in cases:
        got = stated_values(case.text, case.lang)
        left = list(got)
        hits = 0
        for want in case.dates:
            match = next((g for g in left if _matches(want, g)), None)
            if match is not None:
                left.remove(match)
                hits += 1
        stated += len(case.dates)
        found += hits
        exact = hits == len(case.dates) and not left
        consistent += exact
        if verbose and not exact:
            print(f"  line {case.line}: want {case.dates} got {got}: {case.text[:150]!r}")
    return found / max(stated, 1), consistent / max(len(cases), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("test_search", type=Path, help="dateparser's tests/test_search.py")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    cases = read_cases(args.test_search)
    for lang in LANGS:
        subset = [c for c in cases if c.lang == lang]
        found, consistent = measure(subset, verbose=args.verbose)
        count = sum(len(c.dates) for c in subset)
        print(f"dateparser {lang}: {len(subset)} cases, {count} absolute dates  found {found:.3f}  "
              f"consistent {consistent:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
