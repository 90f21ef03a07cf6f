"""The case files of the small benchmarks: JSON Lines, one case a line, each with its ``lang``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path


def read_cases(path: Path) -> list[dict[str, object]]:
    """The cases of a JSON Lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def by_language(paths: list[Path]) -> Iterator[tuple[Path, str, list[dict[str, object]]]]:
    """(file, language, its cases) for each language of each file, in order."""
    for path in paths:
        cases = read_cases(path)
        for lang in sorted({str(case["lang"]) for case in cases}):
            yield path, lang, [case for case in cases if case["lang"] == lang]


def set_scores(cases: list[dict[str, object]], field: str, found_in: Callable[[str, str], set[str]],
               *, verbose: bool = False) -> tuple[float, float, float]:
    """(precision, recall, F1) of the items (names, codes, ids) a parse finds against each
    case's ``field``, micro-averaged over ``cases`` as ``shared/eval/score.py`` counts them.
    ``found_in(text, lang)`` gives the items of one parse."""
    true_positives = found = wanted = 0
    for case in cases:
        want = {str(item) for item in case[field]}  # type: ignore[attr-defined]
        got = found_in(str(case["text"]), str(case["lang"]))
        true_positives += len(want & got)
        found += len(got)
        wanted += len(want)
        if verbose and want != got:
            print(f"  missed {sorted(want - got)} extra {sorted(got - want)}: "
                  f"{str(case['text'])[:110]!r}")
    precision = true_positives / found if found else 1.0
    recall = true_positives / wanted if wanted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_sets(doc: str, field: str, found_in: Callable[[str, str], set[str]]) -> int:
    """The command line of a benchmark that scores one set-valued field: one line of
    precision, recall and F1 for each language of each case file given."""
    ap = argparse.ArgumentParser(description=doc,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path, nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for path, lang, subset in by_language(args.cases):
        precision, recall, f1 = set_scores(subset, field, found_in, verbose=args.verbose)
        print(f"{path.name} {lang}: {len(subset)} cases  precision {precision:.3f}  "
              f"recall {recall:.3f}  F1 {f1:.3f}")
    return 0
