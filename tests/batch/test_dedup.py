"""Near-duplicate groups: the same story from several outlets, found without pairwise work."""

from __future__ import annotations

import json

from briefing.batch.dedup import DuplicateIndex, signature, similarity
from briefing.batch.run import LazyGroups
from briefing.batch.workers import Parsed
from briefing.schema import Record

STORY = (
    "The Ministry of Culture of Kazakhstan and the Italian Embassy opened an exhibition of "
    "nomadic jewellery at the National Museum in Astana on Tuesday. More than two hundred "
    "objects from private and state collections are on show until the end of September, and "
    "the curators plan a travelling version for Milan and Naples next spring. The ambassador "
    "said the exhibition was the largest cultural event of the bilateral year of culture."
)
REWRITE = (
    "ASTANA (agency) - " + STORY.replace("on Tuesday", "this week").replace(
        "the curators plan", "organisers plan") + " Entry is free for students."
)
OTHER = (
    "Al-Farabi Kazakh National University signed a memorandum with the Azerbaijan National "
    "Academy of Sciences on joint doctoral programmes in physics and chemistry. Under the "
    "agreement, ten researchers a year will spend a semester at the partner institution, and "
    "the two sides will publish a joint journal on materials science from next year onwards."
)


def _record(key: str, text: str) -> Record:
    return Record(id=key, text=text)


def test_a_rewritten_story_joins_the_first_ones_group() -> None:
    index = DuplicateIndex()
    records = [_record("a1", STORY), _record("b1", OTHER), _record("a2", REWRITE)]
    index.assign_all(records)
    assert [r.duplicate_group for r in records] == ["a1", "b1", "a1"]


def test_different_stories_stay_apart() -> None:
    a, b = signature(STORY), signature(OTHER)
    assert a is not None and b is not None
    assert similarity(a, b) < 0.2
    index = DuplicateIndex()
    records = [_record("a", STORY), _record("b", OTHER)]
    index.assign_all(records)
    assert records[1].duplicate_group == "b"


def test_failed_and_short_records_are_handled() -> None:
    index = DuplicateIndex()
    failed = Record(status="failed")
    short_one, short_two = _record("s1", "Short note."), _record("s2", "Short note!")
    index.assign_all([failed, short_one, short_two])
    assert failed.duplicate_group is None
    assert (short_one.duplicate_group, short_two.duplicate_group) == ("s1", "s2")


def test_lazy_groups_give_the_same_answer_as_the_index() -> None:
    records = [_record("a1", STORY), _record("b1", OTHER), _record("a2", REWRITE)]
    groups = LazyGroups()
    groups.assign(records[:1])
    groups.assign(records[1:])
    assert [r.duplicate_group for r in records] == ["a1", "b1", "a1"]


def test_signatures_made_in_workers_give_the_same_groups() -> None:
    records = [_record("a1", STORY), _record("b1", OTHER), _record("a2", REWRITE)]
    sent = [Parsed.of(r, signed=True, keep=False) for r in records]
    LazyGroups().assign(sent)
    assert [p.duplicate_group for p in sent] == ["a1", "b1", "a1"]
    assert all(p.record is None for p in sent)  # grouped without rebuilding a record
    assert json.loads(sent[2].line())["duplicate_group"] == "a1"
    assert sent[2].to_record().duplicate_group == "a1"


def test_signature_is_stable_across_runs() -> None:
    first, second = signature(STORY), signature(STORY)
    assert first is not None and second is not None
    assert similarity(first, second) == 1.0
    assert first.dtype.kind == "u" and len(first) == 64
