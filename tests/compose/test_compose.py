"""Composition: records in, one render-ready Briefing out (no rendering here)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefing.compose import build_briefing
from briefing.compose.grouping import SECTION_BASE
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing, Line
from briefing.schema.record import (
    DateMention,
    DateValue,
    Event,
    Evidence,
    Partner,
    Record,
    Source,
    Theme,
)
from compose_factory import TextBuilder, day, generated_records, make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
ROME = "Students of the Sapienza University came to study in Rome."
MILAN = "An exhibition of Kazakh applied art opened in Milan last week."


def build(records, **options) -> Briefing:  # type: ignore[no-untyped-def]
    return build_briefing(records, options=BuildOptions(created=CREATED, **options))


def body_lines(b: Briefing) -> list[Line]:
    """Every statement of the sections, as brief_check reads them."""
    found: list[Line] = []
    for g in b.groups:
        found += [line for block in g.blocks for line in block.lines]
        found += list(g.issues) + list(g.recommendations) + list(g.upcoming)
    return found


def test_partners_most_active_first_with_their_themes() -> None:
    records = [
        make_record(title="A", partners=(("DE", "Germany"),), path="a"),
        make_record(title="B", partners=(("IT", "Italy"),), path="b",
                    themes={"education": [ROME]}),
        make_record(title="C", partners=(("IT", "Italy"),), path="c",
                    themes={"culture": [MILAN]}),
    ]
    b = build(records)
    assert [g.heading for g in b.groups] == ["Italy", "Germany"]
    italy = b.groups[0]
    assert {block.heading for block in italy.blocks} == {"Education", "Culture"}
    education = next(block for block in italy.blocks if block.key == "education")
    assert [line.text for line in education.lines] == [ROME]
    assert italy.overview.startswith("Sources: 2 · 10 July 2024")
    assert "Themes: Education, Culture" in italy.overview or "Themes: Culture, Education" \
        in italy.overview


def test_group_by_theme_swaps_the_levels() -> None:
    records = [
        make_record(title="A", partners=(("DE", "Germany"),), path="a",
                    themes={"science": ["Joint research in seismology began in Berlin."]}),
        make_record(title="B", partners=(("IT", "Italy"),), path="b",
                    themes={"science": ["A laboratory for materials science opened."],
                            "culture": ["A concert of folk music was given."]}),
    ]
    b = build_briefing(records, group_by="theme", options=BuildOptions(created=CREATED))
    assert b.groups[0].heading == "Science"
    assert {block.heading for block in b.groups[0].blocks} == {"Germany", "Italy"}
    assert b.options.group_by == "theme"


def test_failed_records_are_skipped_and_counted() -> None:
    records = [make_record(path="ok"), make_record(path="bad", status="failed", title="Broken")]
    b = build(records)
    assert len(b.sources) == 1
    assert b.cover.skipped.endswith("(not included): 1")
    assert b.method.read == 2 and b.method.failed == 1


def test_near_duplicates_become_one_item_citing_every_source() -> None:
    first = make_record(title="Festival opens", path="x1", duplicate_group="g1",
                        themes={"culture": ["The festival of national cinema opened in Rome."]})
    second = make_record(title="Festival opens!", path="x2", duplicate_group="g1",
                         themes={"culture": ["The festival of national cinema opened in Rome."]})
    b = build([first, second])
    lines = b.groups[0].blocks[0].lines
    assert len(lines) == 1
    assert lines[0].cites == (1, 2)
    assert {place.record for place in lines[0].evidence} == {first.id, second.id}


def test_the_same_sentence_in_two_stories_is_shown_once_citing_both() -> None:
    sentence = "The embassy held a concert of folk music for the guests."
    records = [make_record(title="One", path="1", themes={"culture": [sentence]}),
               make_record(title="Two", path="2", themes={"culture": [sentence]})]
    lines = body_lines(build(records))
    assert [line.text for line in lines] == [sentence]
    assert lines[0].cites == (1, 2)


def test_statements_are_whole_sentences_with_their_place_in_the_source() -> None:
    b = build(generated_records(60))
    by_id = {r.id: r for r in generated_records(60)}
    lines = body_lines(b)
    assert lines
    for line in lines:
        assert line.text[0].isupper() and line.text.endswith((".", "!", "?"))
        assert len(line.text.split()) >= 6 and not line.text.endswith("…")
        for place in line.evidence:
            assert " ".join(by_id[place.record].text[place.start:place.end].split()) == line.text
    texts = [line.text for line in lines]
    assert len(texts) == len(set(texts))


def test_fragments_headlines_and_page_furniture_are_never_statements() -> None:
    record = make_record(title="Festival of national cinema", themes={"culture": [
        "exhibition of paintings",
        "Related news: the festival opens in Rome again this year.",
        "Contact the press office at press@example.org for more details.",
        "A festival of national cinema opened in Rome with twelve films.",
    ]})
    texts = [line.text for line in body_lines(build([record]))]
    assert texts == ["A festival of national cinema opened in Rome with twelve films."]


def _with_mentions(record: Record, mentions: dict[str, list[str]]) -> Record:
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
        themes={"culture": ["An Azerbaijani folk ensemble toured Baku in spring.",
                            "Polish films were shown in Warsaw to large audiences.",
                            "The festival closed with a joint concert of both ensembles."]}),
        {"AZ": ["Azerbaijani", "Baku"], "PL": ["Polish", "Warsaw"]})
    b = build_briefing([record], group_by=group_by,  # type: ignore[arg-type]
                       options=BuildOptions(created=CREATED))
    quoted: dict[str, list[str]] = {}
    for group in b.groups:
        for block in group.blocks:
            partner = group.key if group_by == "partner" else block.key
            quoted.setdefault(partner, []).extend(line.text for line in block.lines)
    assert "An Azerbaijani folk ensemble toured Baku in spring." in quoted["AZ"]
    assert "Polish films were shown in Warsaw to large audiences." in quoted["PL"]
    assert not any("Polish" in text for text in quoted["AZ"])
    assert not any("Azerbaijani" in text for text in quoted["PL"])
    everything = [text for texts in quoted.values() for text in texts]
    assert len(everything) == len(set(everything)) == 3


def test_a_statement_about_several_partners_is_shown_once_and_pointed_to() -> None:
    sentence = "The embassies of Italy and France organised a joint festival of cinema."
    record = _with_mentions(make_record(
        title="Joint festival", partners=(("IT", "Italy"), ("FR", "France")),
        themes={"culture": [sentence]}), {"IT": ["Italy"], "FR": ["France"]})
    b = build([record])
    italy, france = (next(g for g in b.groups if g.key == code) for code in ("IT", "FR"))
    (line,) = body_lines(b)
    assert line.text == sentence and line.also == ("FR",)
    assert line.also_note == "Also concerns: France"
    assert line in italy.blocks[0].lines and not france.blocks
    (pointer,) = france.see_also
    assert pointer.target == line.anchor and pointer.heading == "Italy — Culture"


def test_each_section_shows_a_budget_of_statements_the_rest_goes_to_the_annex() -> None:
    records = [make_record(title=f"Story {n}", path=f"s{n}", published=f"20{10 + n}-01-01",
                           themes={"culture": [f"Concert number {n}.{k} of folk music was held "
                                               "in Rome for the public." for k in range(6)]})
               for n in range(3)]
    plain = build(records)
    shown = body_lines(plain)
    assert len(shown) == SECTION_BASE
    assert {n for line in shown for n in line.cites} == {1, 2, 3}
    assert not plain.annex and plain.method.annexed == 18 - SECTION_BASE
    with_annex = build(records, annex=True)
    annexed = [line for g in with_annex.annex for block in g.blocks for line in block.lines]
    assert len(annexed) == 18 - SECTION_BASE
    assert not {line.text for line in annexed} & {line.text for line in shown}


def test_every_source_of_a_section_is_cited_within_its_budget() -> None:
    heavy = make_record(title="Heavy", path="h", themes={"culture": [
        f"Event number {n} of the heavy programme took place in Rome." for n in range(4)]},
        agreements=(("Memorandum on academic mobility", "2024-07-01"),))
    light = [make_record(title=f"Light {n}", path=f"l{n}", themes={"culture": [
        f"A small reading number {n} of Abai poems was held in Milan."]}) for n in range(5)]
    b = build([heavy, *light])
    cited = {n for line in body_lines(b) for n in line.cites}
    assert cited == {s.number for s in b.sources}


def test_upcoming_events_come_after_the_reference_date() -> None:
    coming = "Days of Kazakh culture will be held in Rome in May."
    past = "A concert of Kazakh music was held in Rome in December."
    record = make_record(published="2024-01-10", events=(
        (coming, "2024-05-20"), (past, "2023-12-01")))
    b = build([record])
    assert [line.text for line in b.groups[0].upcoming] == [coming]
    quoted = [line.text for block in b.groups[0].blocks for line in block.lines]
    assert past in quoted and coming not in quoted
    assert [line.text for line in b.timeline] == [past]
    later = build([record], reference_date=dt.date(2024, 6, 1))
    assert not later.groups[0].upcoming


def test_a_date_completed_from_the_source_is_marked_inferred() -> None:
    record = make_record(published="2017-03-03", events=(
        ("The ambassadors met in Astana to discuss scholarships.", "2016-08-26"),))
    mention = record.dates[0]
    partial = DateMention(date=mention.date, evidence=mention.evidence, resolved_from="published")
    record = record.model_copy(update={"dates": [partial]})
    b = build([record])
    (line,) = [line for block in b.groups[0].blocks for line in block.lines
               if line.text.startswith("The ambassadors")]
    assert line.inferred and line.date == "26 August 2016 (inferred)"
    assert b.timeline[0].inferred


def _told_twice(explicit: bool) -> Record:
    """An event told in two sentences; the second dates it, by its own words ("on 26 August
    2016") or by the source's date ("on 26 August"); a later "today" resolves to that day."""
    text = TextBuilder()
    title = text.add("Scholarship talks held")
    first = text.add("The ambassadors met in Astana to discuss scholarships for students.")
    second = text.add("They met again on 26 August 2016 to sign the scholarship programme."
                      if explicit else
                      "They met again on 26 August to sign the scholarship programme.")
    later = text.add("The embassy said today that forty students will travel in autumn.")
    when = day("2016-08-26")
    at = text.text.index("26 August", second.start)
    words = "26 August 2016" if explicit else "26 August"
    mention = DateMention(date=when, evidence=[Evidence(start=at, end=at + len(words),
                                                        text=words)],
                          resolved_from="text" if explicit else "published")
    at = text.text.index("today", later.start)
    today = DateMention(date=when, evidence=[Evidence(start=at, end=at + 5, text="today")],
                        resolved_from="published")
    event = Event(what="met", when=when, evidence=[first, second])
    return Record(id="told-twice", source=Source(path="a.txt"), kind="news", lang="en",
                  title=title.text, title_evidence=[title],
                  published=dt.date(2016, 8, 26), text=text.text,
                  partners=[Partner(code="IT", name="Italy", evidence=[first])],
                  themes=[Theme(id="education", evidence=[first, second])],
                  dates=[mention, today], events=[event])


@pytest.mark.parametrize("explicit", [True, False])
def test_statements_and_the_timeline_follow_one_rule_for_an_inferred_date(
        explicit: bool) -> None:
    b = build([_told_twice(explicit)])
    lines = [line for block in b.groups[0].blocks for line in block.lines]
    assert lines[0].text.startswith("The ambassadors")
    assert [line.inferred for line in lines] == [not explicit, not explicit]
    assert [line.inferred for line in b.timeline] == [not explicit]
    assert b.timeline[0].date.endswith("(inferred)") is (not explicit)


def test_filters_by_date_partner_and_theme() -> None:
    records = generated_records(80)
    b = build(records, since=dt.date(2018, 1, 1), until=dt.date(2020, 12, 31),
              partners=("IT", "DE"))
    assert b.method.skipped > 0
    assert all(s.date for s in b.sources)  # undated sources cannot pass a date filter
    years = {int(s.date[-4:]) for s in b.sources}
    assert years <= {2018, 2019, 2020}
    themed = build(records, themes=("sport",))
    assert themed.method.skipped > 0 and themed.sources


def test_russian_labels_and_dates() -> None:
    record = make_record(published="2016-10-14",
                         agreements=(("Соглашение о сотрудничестве в области культуры",
                                      "2016-10-14"),))
    b = build([record], lang="ru")
    assert b.cover.title == "Культурно-гуманитарное сотрудничество"
    assert b.sources[0].date == "14 октября 2016 г."
    assert b.groups[0].agreements[0].signed == "14 октября 2016 г."
    assert b.groups[0].agreements[0].status == "подписано"
    assert b.label("sources") == "Источники"
    assert b.groups[0].blocks[0].heading == "Культура"
    assert b.judgements[0].text.startswith("Справка основана")


def test_control_characters_never_reach_the_view_model() -> None:
    record = make_record(title="Bad\x00 title\x0b here",
                         themes={"culture": ["Text\x1f with\x07 bell rang in the hall."]})
    b = build([record])
    line = b.groups[0].blocks[0].lines[0]
    assert line.text == "Text with bell rang in the hall."
    assert b.sources[0].title == "Bad title here"


def test_highlights_are_whole_sentences_of_several_partners_most_recent_first() -> None:
    b = build(generated_records(200))
    assert 1 < len(b.highlights) <= 8
    keys = [line.sort_key for line in b.highlights if line.sort_key]
    assert keys == sorted(keys, reverse=True)
    assert len({line.label for line in b.highlights}) > 3
    shown = {line.text for line in body_lines(b)}
    assert all(line.text in shown and not line.anchor for line in b.highlights)


def test_matrix_counts_sources_per_partner_and_theme() -> None:
    records = [make_record(path="1", themes={"culture": [MILAN]}),
               make_record(path="2", themes={"culture": ["A theatre tour began in Rome."],
                                             "education": [ROME]})]
    b = build(records)
    assert b.matrix.rows == ("Italy",)
    assert dict(zip(b.matrix.columns, b.matrix.counts[0], strict=True)) == {
        "Culture": 2, "Education": 1}


def test_records_without_partner_or_theme_are_kept_last() -> None:
    records = [make_record(path="1", partners=(), themes={}, events=(
        ("A meeting of the rectors took place in the capital.", "2024-07-01"),)),
        make_record(path="2")]
    b = build(records)
    assert b.groups[-1].heading == "No identified partner"
    assert b.groups[-1].blocks[0].heading == "General"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_label_files_have_the_same_keys(lang: str) -> None:
    english = build([make_record()]).labels
    other = build([make_record()], lang=lang).labels
    assert set(other) == set(english)


def test_every_label_is_read_by_the_code() -> None:
    root = Path(__file__).resolve().parents[2]
    code = "\n".join(path.read_text(encoding="utf-8") for path in [
        *(root / "src" / "briefing").rglob("*.py"), *(root / "templates").glob("*.j2"),
        *(root / "templates").glob("*.js")])
    families = []  # keys built in f-strings: f"delta_{kind}" reads every "delta_…" label
    for text in re.findall(r'\bf"((?:[^"{}\n]|\{[^}\n]*\})*)"', code):
        parts = re.split(r"\{[^}]*\}", text)
        if len(parts) > 1 and re.fullmatch(r"[a-z]+_", parts[0]):
            families.append(re.compile(r"\w+".join(map(re.escape, parts)) + "$"))
    labels = build([make_record()]).labels
    unread = [key for key in labels if not re.search(rf"[\"']{key}[\"']", code)
              and not any(family.match(key) for family in families)]
    assert not unread


def test_partner_names_follow_the_label_language() -> None:
    records = [make_record(path="1", partners=(("IT", "Italy"),)),
               make_record(path="2", partners=(("EU", "European Union"),))]
    b = build(records, lang="ru")
    assert {g.heading for g in b.groups} == {"Италия", "Европейский союз"}
    assert {g.heading for g in build(records).groups} == {"Italy", "European Union"}


def test_ranges_are_shown_at_the_precision_they_were_stated() -> None:
    from briefing.compose.labels import load_labels, template_folder

    labels = load_labels(template_folder(None), "en")
    years = DateValue(value="2014/2016", precision="range",
                      start=dt.date(2014, 1, 1), end=dt.date(2016, 12, 31))
    days = DateValue(value="2015-03-01/2015-03-05", precision="range",
                     start=dt.date(2015, 3, 1), end=dt.date(2015, 3, 5))
    shown_years = labels.date_value(years)
    assert "2014" in shown_years and "2016" in shown_years
    assert "January" not in shown_years and "31" not in shown_years
    assert "1 March 2015" in labels.date_value(days) or "March 1, 2015" in labels.date_value(days)


def test_a_dateline_in_capitals_is_not_part_of_the_statement() -> None:
    record = make_record(partners=(("UNESCO", "UNESCO"),), themes={"culture": [
        "KAZINFORM The embassy opened a reading room of Kazakh literature in Rome.",
        "ROME -- A festival of national cinema began with twelve films.",
        "UNESCO Director-General Audrey Azoulay visited the museum in Rome."]})
    lines = body_lines(build([record]))
    assert sorted(line.text for line in lines) == [
        "A festival of national cinema began with twelve films.",
        "The embassy opened a reading room of Kazakh literature in Rome.",
        "UNESCO Director-General Audrey Azoulay visited the museum in Rome."]
    for line in lines:
        (place,) = line.evidence
        assert record.text[place.start:place.end] == line.text


def test_a_sentence_of_two_themes_goes_under_the_one_it_is_most_about() -> None:
    courses = "Kazakh diplomats attended Chinese language courses and language lessons in Beijing."
    record = make_record(themes={"education": ["Students of the university won scholarships.",
                                               courses]})
    shared = record.themes[0].evidence[1]
    assert shared.text == courses
    record = record.model_copy(update={
        "themes": [*record.themes, Theme(id="language", evidence=[shared])]})
    b = build([record])
    placed = {line.text: block.key for g in b.groups for block in g.blocks for line in block.lines}
    assert placed[courses] == "language"
    assert placed["Students of the university won scholarships."] == "education"
