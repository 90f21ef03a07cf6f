"""The executive summary, at a glance, sources, and the method section."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.compose import build_briefing, grouping
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing
from briefing.schema.record import Record
from compose_factory import make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def build(records: list[Record], **options: object) -> Briefing:
    return build_briefing(records, options=BuildOptions(created=CREATED, **options))  # type: ignore[arg-type]


def _story(n: int, code: str, name: str, published: str, kind: str = "news") -> Record:
    return make_record(title=f"Story {n}", path=f"{code}{n}", partners=((code, name),),
                       published=published, kind=kind,
                       themes={"culture": [f"Concert number {n} of folk music was held for "
                                           f"guests from {name}."]})


def test_key_judgements_are_sentences_computed_from_the_records_with_citations() -> None:
    records = [_story(1, "IT", "Italy", "2022-03-01"),
               _story(2, "IT", "Italy", "2023-03-01"),
               _story(3, "IT", "Italy", "2023-05-01", kind="embassy_note"),
               _story(4, "FR", "France", "2023-06-01")]
    b = build(records)
    period, active, new = (line.text for line in b.judgements[:3])
    assert period == ("The briefing draws on 4 sources published 1 March 2022 – 1 June 2023 "
                      "(News: 3; Embassy note: 1).")
    assert active.startswith("Italy is among the most active partners, with 3 sources on Culture")
    assert "activity is rising (2022: 1; 2023: 2)" in active
    assert new == "Partners new in 2023: France."
    assert all(line.cites for line in b.judgements)
    assert b.judgements[2].cites == (4,)


def test_agreements_and_upcoming_events_are_judged() -> None:
    record = make_record(published="2024-01-10",
                         agreements=(("Memorandum on academic mobility", "2023-12-01"),),
                         events=(("Days of Kazakh culture will be held in Rome in May.",
                                  "2024-05-20"),))
    texts = [line.text for line in build([record]).judgements]
    assert any(t.startswith("The sources name 1 agreements and programmes (1 signed")
               and "Memorandum on academic mobility" in t for t in texts)
    assert "Upcoming events: 1, the next on 20 May 2024 (Italy)." in texts


def test_an_agreement_signed_is_named_once_among_the_agreements() -> None:
    record = make_record(published="2024-01-10",
                         agreements=(("Memorandum on academic mobility", "2023-12-01"),
                                     ("Programme of cultural exchange", "2023-11-01")))
    judged = [line.text for line in build([record]).judgements if "agreements" in line.text]
    assert len(judged) == 1
    assert judged[0].count("Memorandum on academic mobility") == 1
    assert "Programme of cultural exchange" in judged[0]


def test_counts_keep_countries_apart_from_organisations_and_count_years() -> None:
    eu = make_record(path="eu", partners=(("EU", "European Union"),), published="2021-02-02")
    eu.partners[0].type = "organisation"
    b = build([eu, _story(1, "IT", "Italy", "2022-03-01"), _story(2, "IT", "Italy", "2022-04-01")])
    assert [(c.key, c.sources) for c in b.counts.countries] == [("IT", 2)]
    assert [(c.key, c.sources) for c in b.counts.organisations] == [("EU", 1)]
    assert [(c.key, c.sources) for c in b.counts.years] == [("2021", 1), ("2022", 2)]
    assert {c.key for c in b.counts.kinds} == {"news"}


def test_sources_show_headline_publisher_url_and_path() -> None:
    web = make_record(path="in/a.html", url="https://www.mfa.example.kz/news/1")
    menu = make_record(title="Skip to content | Menu", path="in/b.txt", themes={"culture": [
        "The embassy opened a reading room of Kazakh literature in Rome."]})
    b = build([web, menu])
    first, second = sorted(b.sources, key=lambda s: s.path or "")
    assert first.publisher == "mfa.example.kz" and first.url == "https://www.mfa.example.kz/news/1"
    assert first.location == first.url and first.path == "in/a.html"
    assert second.title.startswith("The embassy opened a reading room")
    assert second.url is None and second.location == "in/b.txt" and not second.publisher


def test_method_counts_what_was_read_and_explains_how_to_verify() -> None:
    records = [make_record(path="1"), make_record(path="2", published=None, title="Other",
                                                   status="failed")]
    b = build(records)
    method = b.method
    assert (method.read, method.failed) == (2, 1)
    assert method.notes[1].startswith("Statements shown: 1; of them 0% carry no date")
    assert any("extracted from the sources by machine" in note for note in method.notes)
    assert any("word for word" in note for note in method.notes)


def test_glossary_explains_the_acronyms_the_statements_use() -> None:
    record = make_record(themes={"culture": [
        "The Shanghai Cooperation Organisation (SCO) held a festival in Rome.",
        "Guests from the SCO and the CIS states watched films together.",
        "The XYZQ committee met representatives of the embassy in Rome."]})
    entries = {e.acronym: e.meaning for e in build([record]).method.glossary}
    assert entries == {"SCO": "Shanghai Cooperation Organisation",
                       "CIS": "Commonwealth of Independent States"}
    russian = {e.acronym: e.meaning for e in build([record], lang="ru").method.glossary}
    assert russian["CIS"] == "Содружество Независимых Государств"


def test_judgements_count_every_source_not_only_those_shown(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "SECTION_MAX", 10)
    monkeypatch.setattr(grouping, "BODY_STATEMENTS", 10)
    records = [_story(n, "IT", "Italy", f"20{10 + n % 10}-03-01") for n in range(40)]
    records += [_story(n, "FR", "France", "2019-06-01") for n in range(40, 43)]
    b = build(records)
    shown = {n for g in b.groups if g.key == "IT" for blk in g.blocks
             for line in blk.lines for n in line.cites}
    assert len(shown) < 40  # the section keeps to its budget
    assert b.judgements[1].text.startswith(
        "Italy is among the most active partners, with 40 sources")
