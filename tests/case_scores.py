"""F1 of a set-valued field on a case file of tests/data (one JSON object a line, with
``lang`` and ``text``), counted as the benchmarks and ``shared/eval/score.py`` count it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path


def case_f1(path: Path, lang: str, field: str, found_in: Callable[[str, str], set[str]]) -> float:
    """Micro-averaged F1 of ``found_in(text, lang)`` against each ``lang`` case's ``field``."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    hits = found = wanted = 0
    for case in (c for c in cases if c["lang"] == lang):
        want, got = set(case[field]), found_in(case["text"], lang)
        hits, found, wanted = hits + len(want & got), found + len(got), wanted + len(want)
    precision, recall = hits / found, hits / wanted
    return 2 * precision * recall / (precision + recall)
