"""Composition: records in, one render-ready Briefing out (no rendering here)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing, Line
from briefing.schema.record import Evidence
from compose_factory import generated_records, make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def build(records, **options) -> Briefing:  # type: ignore[no-untyped-def]
    return build_briefing(records, options=BuildOptions(created=CREATED, **options))


def all_lines(b: Briefing) -> list[Line]:
    found = list(b.highlights) + list(b.timeline)
    for g in b.groups:
        found += [line for block in g.blocks for line in block.lines]
        found += list(g.issues) + list(g.recommendations) + list(g.upcoming)
    return found


def test_partners_most_active_first_with_their_themes() -> None:
    records = [
        make_record(title="A", partners=(("DE", "Germany"),), path="a"),
        make_record(title="B", partners=(("IT", "Italy"),), path="b",
                    themes={"education": ["Students came to Rome."]}),
        make_record(title="C", partners=(("IT", "Italy"),), path="c",
                    themes={"culture": ["An exhibition opened in Milan."]}),
    ]
    b = build(records)
    assert [g.heading for g in b.groups] == ["Italy", "Germany"]
    italy = b.groups[0]
    assert {block.heading for block in italy.blocks} == {"Education", "Culture"}
    education = next(block for block in italy.blocks if block.key == "education")
    assert [line.text for line in education.lines] == ["Students came to Rome."]
    assert italy.overview.startswith("Sources: 2 · 10 July 2024")


def test_group_by_theme_swaps_the_levels() -> None:
    records = [
        make_record(title="A", partners=(("DE", "Germany"),), path="a",
                    themes={"science": ["Joint research began."]}),
        make_record(title="B", partners=(("IT", "Italy"),), path="b",
                    themes={"science": ["A lab opened."], "culture": ["A concert."]}),
    ]
    b = build_briefing(records, group_by="theme", options=BuildOptions(created=CREATED))
    assert b.groups[0].heading == "Science"
    assert {block.heading for block in b.groups[0].blocks} == {"Germany", "Italy"}
    assert b.options.group_by == "theme"


def test_failed_records_are_skipped_and_counted() -> None:
    records = [make_record(path="ok"), make_record(path="bad", status="failed", title="Broken")]
    b = build(records)
    assert b.skipped == 1
    assert len(b.sources) == 1
    assert b.cover.skipped.endswith("(not included): 1")


def test_near_duplicates_become_one_item_citing_every_source() -> None:
    first = make_record(title="Festival opens", path="x1", duplicate_group="g1",
                        themes={"culture": ["The festival opened in Rome."]})
    second = make_record(title="Festival opens!", path="x2", duplicate_group="g1",
                         themes={"culture": ["The festival opened in Rome."]})
    b = build([first, second])
    lines = b.groups[0].blocks[0].lines
    assert len(lines) == 1
    assert lines[0].cites == (1, 2)
    assert len(b.sources) == 2


def test_every_citation_resolves_to_a_source() -> None:
    b = build(generated_records(120))
    numbers = {s.number for s in b.sources}
    assert numbers == set(range(1, len(b.sources) + 1))
    cited = {n for line in all_lines(b) for n in line.cites}
    assert cited and cited <= numbers
    for g in b.groups:
        for row in (*g.agreements, *g.figures, *g.people):
            assert set(row.cites) <= numbers


def test_sources_are_numbered_in_date_order_undated_last() -> None:
    records = [make_record(title="late", published="2023-05-01", path="1"),
               make_record(title="none", published=None, path="2"),
               make_record(title="early", published="2019-01-02", path="3")]
    b = build(records)
    assert [s.title for s in b.sources] == ["early", "late", "none"]
    assert b.cover.period == "Period covered: 2 January 2019 – 1 May 2023"


def test_empty_subsections_are_omitted_and_present_ones_filled() -> None:
    plain = make_record(path="p")
    rich = make_record(
        path="r", partners=(("FR", "France"),), published="2020-01-10",
        agreements=(("Memorandum on academic mobility", "2019-10-14"),),
        figures=((1000.0, "more than 1000", "students", 2019),),
        people=(("Jean Dupont", "Ambassador of France"),),
        assessments=("Execution of the programme is poor.",),
        recommendations=("Consider opening a language centre.",),
        events=(("Days of French cinema", "2020-03-01"), ("A past forum", "2019-05-05")),
    )
    b = build([plain, rich])
    italy, france = (next(g for g in b.groups if g.key == code) for code in ("IT", "FR"))
    assert not (italy.agreements or italy.figures or italy.people or italy.issues
                or italy.recommendations or italy.upcoming)
    assert france.agreements[0].signed == "14 October 2019"
    assert france.figures[0].value == "more than 1000"
    assert france.people[0].role == "Ambassador of France"
    assert france.issues[0].text == "Execution of the programme is poor."
    assert france.recommendations[0].text.startswith("Consider opening")
    # the reference date is the latest source (10 July 2024): nothing of 2020 is upcoming
    assert not france.upcoming


def test_upcoming_events_come_after_the_reference_date() -> None:
    record = make_record(published="2024-01-10", events=(
        ("Days of Kazakh culture in Rome", "2024-05-20"), ("A past concert", "2023-12-01"),
        ("Visit", "2024-06-01")))  # a one-word event says nothing: left out
    b = build([record])
    assert [line.text for line in b.groups[0].upcoming] == ["Days of Kazakh culture in Rome"]
    past = [line.text for block in b.groups[0].blocks for line in block.lines]
    assert "A past concert" in past and "Days of Kazakh culture in Rome" not in past
    later = build([record], reference_date=dt.date(2024, 6, 1))
    assert not later.groups[0].upcoming


def test_filters_by_date_partner_and_theme() -> None:
    records = generated_records(80)
    b = build(records, since=dt.date(2018, 1, 1), until=dt.date(2020, 12, 31),
              partners=("IT", "DE"))
    assert b.filtered > 0
    assert all(s.date for s in b.sources)  # undated sources cannot pass a date filter
    years = {int(s.date[-4:]) for s in b.sources}
    assert years <= {2018, 2019, 2020}
    kept = {g.key: {n for blk in g.blocks for ln in blk.lines for n in ln.cites} for g in b.groups}
    chosen = kept.get("IT", set()) | kept.get("DE", set())
    assert chosen and all(cites <= chosen for cites in kept.values())  # second partners only
    themed = build(records, themes=("sport",))
    assert themed.filtered > 0 and themed.sources


def test_russian_labels_and_dates() -> None:
    record = make_record(published="2016-10-14", agreements=(("Соглашение", "2016-10-14"),))
    b = build([record], lang="ru")
    assert b.cover.title == "Культурно-гуманитарное сотрудничество"
    assert b.sources[0].date == "14 октября 2016 г."
    assert b.groups[0].agreements[0].signed == "14 октября 2016 г."
    assert b.label("sources") == "Источники"
    assert b.groups[0].blocks[0].heading == "Культура"


def test_control_characters_never_reach_the_view_model() -> None:
    record = make_record(title="Bad\x00 title\x0b here",
                         themes={"culture": ["Text\x1f with\x07 bell."]})
    b = build([record])
    line = b.groups[0].blocks[0].lines[0]
    assert line.text == "Text with bell."
    assert b.sources[0].title == "Bad title here"


def test_highlights_cover_several_partners_most_recent_first() -> None:
    b = build(generated_records(200))
    assert 1 < len(b.highlights) <= 8
    keys = [line.sort_key for line in b.highlights if line.sort_key]
    assert keys == sorted(keys, reverse=True)
    assert len({line.label for line in b.highlights}) > 3


def test_matrix_counts_sources_per_partner_and_theme() -> None:
    records = [make_record(path="1", themes={"culture": ["x."]}),
               make_record(path="2", themes={"culture": ["y."], "education": ["z."]})]
    b = build(records)
    assert b.matrix.rows == ("Italy",)
    assert dict(zip(b.matrix.columns, b.matrix.counts[0], strict=True)) == {
        "Culture": 2, "Education": 1}


def test_records_without_partner_or_theme_are_kept_last() -> None:
    records = [make_record(path="1", partners=(), themes={}), make_record(path="2")]
    b = build(records)
    assert b.groups[-1].heading == "No identified partner"
    assert b.groups[-1].blocks[0].heading == "General"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_label_files_have_the_same_keys(lang: str) -> None:
    english = build([make_record()]).labels
    other = build([make_record()], lang=lang).labels
    assert set(other) == set(english)


def test_partner_names_follow_the_label_language() -> None:
    records = [make_record(path="1", partners=(("IT", "Italy"),)),
               make_record(path="2", partners=(("EU", "European Union"),))]
    b = build(records, lang="ru")
    assert {g.heading for g in b.groups} == {"Италия", "Европейский союз"}
    assert {g.heading for g in build(records).groups} == {"Italy", "European Union"}


def test_ranges_are_shown_at_the_precision_they_were_stated() -> None:
    import datetime as dt

    from briefing.compose.labels import load_labels, template_folder
    from briefing.schema import DateValue

    labels = load_labels(template_folder(None), "en")
    years = DateValue(value="2014/2016", precision="range",
                      start=dt.date(2014, 1, 1), end=dt.date(2016, 12, 31))
    days = DateValue(value="2015-03-01/2015-03-05", precision="range",
                     start=dt.date(2015, 3, 1), end=dt.date(2015, 3, 5))
    shown_years = labels.date_value(years)
    assert "2014" in shown_years and "2016" in shown_years
    assert "January" not in shown_years and "31" not in shown_years
    assert "1 March 2015" in labels.date_value(days) or "March 1, 2015" in labels.date_value(days)


def _with_mentions(record, mentions: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    """The record with each partner's evidence moved onto the given words of its text."""
    partners = []
    for partner in record.partners:
        spans = []
        for word in mentions.get(partner.code, []):
            start = record.text.index(word)
            spans.append(Evidence(start=start, end=start + len(word), text=word))
        partners.append(partner.model_copy(update={"evidence": spans or partner.evidence}))
    return record.model_copy(update={"partners": partners})


@pytest.mark.parametrize("group_by", ["partner", "theme"])
def test_a_partner_is_never_given_a_sentence_about_another_partner(group_by: str) -> None:
    record = _with_mentions(make_record(
        title="Two ensembles", partners=(("AZ", "Azerbaijan"), ("PL", "Poland")),
        themes={"culture": ["An Azerbaijani ensemble toured Baku.",
                            "Polish films were shown in Warsaw.",
                            "The festival closed with a joint concert."]}),
        {"AZ": ["Azerbaijani", "Baku"], "PL": ["Polish", "Warsaw"]})
    b = build_briefing([record], group_by=group_by, options=BuildOptions(created=CREATED))  # type: ignore[arg-type]
    quoted: dict[str, list[str]] = {}
    for group in b.groups:
        for block in group.blocks:
            partner = group.key if group_by == "partner" else block.key
            quoted.setdefault(partner, []).extend(line.text for line in block.lines)
    assert quoted["AZ"] == ["An Azerbaijani ensemble toured Baku.",
                            "The festival closed with a joint concert."]
    assert quoted["PL"] == ["Polish films were shown in Warsaw.",
                            "The festival closed with a joint concert."]
