"""What changed: two archives a month apart, each kind of change found and cited."""

from __future__ import annotations

import datetime as dt

from briefing.compose.delta import build_delta
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing
from briefing.schema.record import Record
from compose_factory import make_record

OPTIONS = BuildOptions(created=dt.datetime(2024, 7, 1))
MEMORANDUM = "Memorandum on museum cooperation"


def _with_status(record: Record, status: str) -> Record:
    agreements = [a.model_copy(update={"status": status}) for a in record.agreements]
    return record.model_copy(update={"agreements": agreements})


def _may() -> list[Record]:
    italy = make_record(title="Museum talks with Italy", path="may/it.txt", published="2024-05-10",
                        themes={"culture": ["Museum directors met in Rome."]},
                        agreements=((MEMORANDUM, None),), people=(("Marco Rossi", "Director"),))
    germany = make_record(title="Scholarships with Germany", path="may/de.txt",
                          published="2024-05-20", partners=(("DE", "Germany"),),
                          themes={"education": ["Forty scholarships were offered in Berlin."]})
    return [_with_status(italy, "under_negotiation"), germany]


def _june() -> list[Record]:
    italy = make_record(
        title="Museum memorandum signed with Italy", path="june/it.txt", published="2024-06-12",
        themes={"culture": ["The memorandum links six museums."],
                "education": ["Curators will train in Florence."]},
        agreements=((MEMORANDUM, "2024-06-11"),),
        people=(("Marco Rossi", "Director"), ("Anna Bianchi", "Curator")),
        events=(("Exhibition of Kazakh jewellery opens in Milan", "2024-09-03"),))
    france = [make_record(title=f"Film week in Paris ({outlet})", path=f"june/fr-{outlet}.txt",
                          published="2024-06-20", partners=(("FR", "France"),),
                          themes={"culture": ["A film week opened in Paris."]},
                          duplicate_group="film-week")
              for outlet in ("agency", "embassy")]
    return [_with_status(italy, "signed"), *france]


def _group(brief: Briefing, key: str) -> list[str]:
    group = next(g for g in brief.groups if g.key == key)
    return [f"{b.heading}|{line.text}" if b.heading else line.text
            for b in group.blocks for line in b.lines]


def test_each_kind_of_change_is_found() -> None:
    brief = build_delta(_may(), _june(), OPTIONS).briefing
    assert _group(brief, "new_partners") == [
        "France|First sources in this period: 1; themes: Culture."]
    assert _group(brief, "quiet_partners") == [
        "Germany|No sources in this period (earlier: 1; the last on 20 May 2024)."]
    assert _group(brief, "agreements") == [f"Italy|{MEMORANDUM}: under negotiation → signed."]
    assert _group(brief, "people") == ["Italy|Anna Bianchi, Curator"]
    assert _group(brief, "themes") == ["Italy|Education: new in this period."]
    upcoming = next(g for g in brief.groups if g.key == "upcoming").blocks[0].lines
    assert [(line.date, line.text) for line in upcoming] == [
        ("3 September 2024", "Exhibition of Kazakh jewellery opens in Milan")]


def test_every_change_cites_the_sources_it_comes_from() -> None:
    delta = build_delta(_may(), _june(), OPTIONS)
    titles = {entry.number: entry.title for entry in delta.briefing.sources}
    assert len(titles) == 5 and [r.title for r in delta.records] == [
        titles[n] for n in sorted(titles)]
    quiet = next(g for g in delta.briefing.groups if g.key == "quiet_partners")
    assert [titles[n] for n in quiet.blocks[0].lines[0].cites] == ["Scholarships with Germany"]
    france = next(g for g in delta.briefing.groups if g.key == "new_partners")
    assert len(france.blocks[0].lines[0].cites) == 2  # one story, both outlets cited
    changed = next(g for g in delta.briefing.groups if g.key == "agreements")
    assert {titles[n] for n in changed.blocks[0].lines[0].cites} == {
        "Museum talks with Italy", "Museum memorandum signed with Italy"}


def test_no_change_is_said_and_a_parser_note_is_kept() -> None:
    same = _may()
    brief = build_delta(same, same, OPTIONS, parser_note="Made by another version.").briefing
    assert all(not g.blocks for g in brief.groups)
    assert {g.overview for g in brief.groups} == {"No change."}
    assert brief.judgements[-1].text == "Made by another version."


def test_the_delta_briefing_renders_in_russian() -> None:
    options = OPTIONS.model_copy(update={"lang": "ru"})
    brief = build_delta(_may(), _june(), options).briefing
    assert brief.cover.title == "Что изменилось"
    assert "подписано" in _group(brief, "agreements")[0]


def test_the_method_counts_both_periods_and_says_changes_are_computed() -> None:
    method = build_delta(_may(), _june(), OPTIONS).briefing.method
    assert (method.read, method.failed) == (5, 0)
    assert any("computed from the sources" in note for note in method.notes)
