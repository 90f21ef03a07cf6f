"""Kind and publication date of held-out documents, in each format.

Reads documents written as they reach an analyst (one JSON object a line:
``id``, ``lang``, ``kind``, ``published`` (ISO date or null), ``text``), writes
each in the formats asked for (with ``format_variants``: a news page with menus
and a date banner, a DOCX from python-docx's default template, a WeasyPrint
PDF), parses every file and prints, per language and format, the share of
documents whose kind and whose published date are right.

    python benchmarks/kind_date_cases.py tests/data/kind_date_cases.jsonl [--formats txt,html] [-v]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from case_files import by_language
from format_variants import FORMATS, write_variant

from briefing import parse_file


def measure(
    cases: list[dict[str, object]], fmt: str, folder: Path, *, verbose: bool = False
) -> tuple[float, float]:
    """(kind accuracy, published accuracy) of ``cases`` written as ``fmt``."""
    kinds = dates = 0
    for case in cases:
        path = folder / f"{case['id']}.{fmt}"
        write_variant(str(case["text"]), fmt, path, str(case["lang"]))
        record = parse_file(path)
        published = record.published.isoformat() if record.published else None
        kind_ok = record.kind == case["kind"]
        date_ok = published == case["published"]
        kinds += kind_ok
        dates += date_ok
        if verbose and not (kind_ok and date_ok):
            print(f"  {case['id']}.{fmt}: kind {record.kind} (want {case['kind']}), "
                  f"published {published} (want {case['published']})")
    return kinds / len(cases), dates / len(cases)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path, nargs="+")
    ap.add_argument("--formats", default=",".join(FORMATS),
                    help=f"comma-separated, of {', '.join(FORMATS)}")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for path, lang, subset in by_language(args.cases):
            for fmt in args.formats.split(","):
                kind, published = measure(subset, fmt, Path(tmp), verbose=args.verbose)
                print(f"{path.name} {lang} {fmt}: {len(subset)} documents  kind {kind:.3f}  "
                      f"published {published:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
