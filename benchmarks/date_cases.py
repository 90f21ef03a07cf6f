"""Dates in running text: how many a parse finds, and how many cases it reads exactly.

Reads cases written in the style of dateparser's search-in-text tests (one
JSON object a line: ``lang``, ``text``, ``dates``, the values of the absolute
dates the text states, in our ``DateValue.value`` notation), parses each text
with ``briefing.parse_text`` and prints two rates:

- found: the share of the stated dates whose value is among the record's dates;
- consistent: the share of cases whose record states exactly those dates (no
  other date, none missing, each at its precision).

    python benchmarks/date_cases.py tests/data/date_cases.jsonl [-v]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from case_files import by_language

from briefing import ParseOptions, parse_text


def found_values(text: str, lang: str | None = None) -> list[str]:
    """The values of the absolute dates a parse of ``text`` finds, in text order."""
    record = parse_text(text, options=ParseOptions(lang=lang))
    return [m.date.value for m in record.dates if m.date.precision not in ("relative", "partial")]


def measure(cases: list[dict[str, object]], *, verbose: bool = False) -> tuple[float, float]:
    """(found, consistent) over ``cases``."""
    stated = found = consistent = 0
    for case in cases:
        want = [str(v) for v in case["dates"]]  # type: ignore[attr-defined]
        got = found_values(str(case["text"]))
        hits = sum((Counter(want) & Counter(got)).values())
        stated += len(want)
        found += hits
        consistent += Counter(want) == Counter(got)
        if verbose and Counter(want) != Counter(got):
            print(f"  want {want} got {got}: {case['text']}")
    return found / stated, consistent / len(cases)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path, nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for path, lang, subset in by_language(args.cases):
        found, consistent = measure(subset, verbose=args.verbose)
        print(f"{path.name} {lang}: {len(subset)} cases  found {found:.3f}  "
              f"consistent {consistent:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
