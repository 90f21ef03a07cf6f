"""The review page's view model: statements placed in their sources, every item a mark."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from briefing import compose
from briefing.compose import review, stories
from briefing.compose.review import build_review, marks
from briefing.compose.stories import Selection
from briefing.options import BuildOptions
from compose_factory import make_record

OPTIONS = BuildOptions(created=dt.datetime(2026, 1, 1))


def test_each_statement_points_at_its_own_words_in_a_cited_source() -> None:
    records = [make_record(title="Days of culture held", path="a.txt"),
               make_record(title="A film week opened", path="b.txt", published="2024-08-01",
                           partners=(("FR", "France"),),
                           themes={"culture": ["A film week opened in Paris with six films."]})]
    page = build_review(records, OPTIONS)
    texts = {source.number: source.text for source in page.sources}
    sections = page.groups[1:]  # after the executive summary, whose judgements are computed
    statements = [s for g in sections for b in g.blocks for s in b.statements]
    assert statements
    for statement in statements:
        assert statement.spans, statement.text
        for span in statement.spans:
            assert span.source in statement.cites
            assert texts[span.source][span.start:span.end] == statement.text


def test_sources_keep_the_briefing_numbers_and_whole_texts() -> None:
    early = make_record(title="Early note", path="early.txt", published="2020-01-05")
    late = make_record(title="Late note", path="late.txt", published="2024-01-05")
    page = build_review([late, early], OPTIONS)
    assert [(s.number, s.record) for s in page.sources] == [(1, early.id), (2, late.id)]
    assert page.sources[0].text == early.text


def test_marks_cover_every_grounded_item_with_its_confidence() -> None:
    record = make_record(people=(("Aigerim Sadykova", "Minister of Culture"),),
                         agreements=(("Memorandum on museum cooperation", None),))
    found = marks(record)
    fields = {mark.field for mark in found}
    assert {"title", "partner", "theme", "person", "agreement"} <= fields
    for mark in found:
        assert 0 <= mark.start < mark.end <= len(record.text)
    partner = next(mark for mark in found if mark.field == "partner")
    assert partner.confidence == record.partners[0].salience
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_removed_lines_travel_with_their_record_and_unknown_stays_unknown() -> None:
    record = make_record(path="a.txt")
    assert build_review([record], OPTIONS).sources[0].removed is None
    record.removed = ["Subscribe to our newsletter"]
    assert build_review([record], OPTIONS).sources[0].removed == ("Subscribe to our newsletter",)


def test_the_briefing_is_composed_once_for_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = stories.select

    def counted(*args: Any, **kwargs: Any) -> Selection:
        calls.append(1)
        return real(*args, **kwargs)

    for module in (stories, compose, review):  # wherever a selection could be made again
        monkeypatch.setattr(module, "select", counted, raising=False)
    build_review([make_record(path="a.txt")], OPTIONS)
    assert len(calls) == 1
