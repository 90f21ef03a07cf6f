"""Kind and publication date of documents written as they reach an analyst.

``tests/data/kind_date_cases.jsonl`` holds English and Russian pages (agency
news, embassy and ministry pages, university news, journal abstracts, event
listings, pages with only a month, a current-date banner or event dates) with
the kind and published date ``annotation.md`` gives them, decided before the
parser ran. ``benchmarks/kind_date_cases.py`` prints the rates in every format;
here every case must hold as plain text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import parse_text

CASES = Path(__file__).resolve().parents[2] / "data" / "kind_date_cases.jsonl"


def _cases() -> list[dict[str, object]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: str(c["id"]))
def test_kind_and_published_as_annotated(case: dict[str, object]) -> None:
    record = parse_text(str(case["text"]))
    assert record.kind == case["kind"]
    published = record.published.isoformat() if record.published else None
    assert published == case["published"]
    for ev in record.published_evidence:
        assert record.text[ev.start : ev.end] == ev.text
