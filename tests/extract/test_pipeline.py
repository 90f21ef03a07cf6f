"""The pipeline: a failing extractor costs its own field, never the record."""

from __future__ import annotations

import pytest

from briefing import parse_text
from briefing.extract import pipeline


def test_a_failing_extractor_leaves_its_field_empty_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: object) -> list[object]:
        raise ValueError("odd digits")

    monkeypatch.setattr(pipeline, "extract_figures", broken)
    record = parse_text("Kazakhstan and Germany signed a memorandum on 14 October 2016.")
    assert record.status == "partial"
    assert record.figures == []
    assert "figures could not be read (ValueError: odd digits)" in record.warnings
    assert [p.code for p in record.partners] == ["DE"]
