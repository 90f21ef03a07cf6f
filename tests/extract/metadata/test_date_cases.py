"""Dates in running text, on cases written in the style of dateparser's search tests.

``tests/data/date_cases.jsonl`` holds English and Russian sentences with the
absolute dates each states (our own cases, not dateparser's data); the
relative cases give a reference day and the dates it resolves to.
``benchmarks/date_cases.py`` prints the rates; here every case must hold.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing import ParseOptions, parse_text

DATA = Path(__file__).resolve().parents[2] / "data"


def _cases(name: str) -> list[dict[str, object]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases("date_cases.jsonl"), ids=lambda c: str(c["text"])[:40])
def test_every_stated_date_is_found_at_its_precision(case: dict[str, object]) -> None:
    record = parse_text(str(case["text"]))
    assert record.status == "ok"
    absolute = [m.date.value for m in record.dates if m.date.precision != "relative"]
    assert absolute == case["dates"]


@pytest.mark.parametrize(
    "case", _cases("date_relative_cases.jsonl"), ids=lambda c: str(c["text"])[:40]
)
def test_relative_dates_resolve_against_the_reference_day(case: dict[str, object]) -> None:
    reference = dt.date.fromisoformat(str(case["reference"]))
    record = parse_text(str(case["text"]), options=ParseOptions(reference_date=reference))
    found = [[m.date.value, m.date.precision] for m in record.dates]
    assert found == case["relative"]
    unresolved = parse_text(str(case["text"]))
    assert [m.date.precision for m in unresolved.dates] == ["relative"] * len(found)
