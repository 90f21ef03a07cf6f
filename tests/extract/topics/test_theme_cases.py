"""Themes of the short documents written for issue 17's traps (tests/data/theme_cases.jsonl):
institution names, bare lists, page furniture, passing clauses, sport beside youth,
diaspora beside migration, medical staff training, language learning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import ParseOptions, parse_text

CASES = Path(__file__).resolve().parents[2] / "data" / "theme_cases.jsonl"


def _f1(lang: str) -> float:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    hits = found = wanted = 0
    for case in (c for c in cases if c["lang"] == lang):
        record = parse_text(case["text"], options=ParseOptions(lang=lang))
        want, got = set(case["themes"]), {theme.id for theme in record.themes}
        hits, found, wanted = hits + len(want & got), found + len(got), wanted + len(want)
    precision, recall = hits / found, hits / wanted
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize(("lang", "floor"), [("en", 0.86), ("ru", 0.91)])
def test_theme_cases_keep_their_f1(lang: str, floor: float) -> None:
    # measured with benchmarks/theme_cases.py on all cases: en 0.837 -> 0.880, ru 0.845 ->
    # 0.931 (each batch first measured held out: see the benchmark's docstring)
    assert _f1(lang) >= floor
