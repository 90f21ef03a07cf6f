"""Table rows of a briefing: named instruments, counted figures, people met or mentioned."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from briefing.compose import build_briefing
from briefing.compose.labels import packaged_templates
from briefing.compose.tables import agreement_name, is_named_instrument, is_person_name
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing
from briefing.schema.record import Agreement, Evidence, Person, Record
from compose_factory import make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def build(records: list[Record], **options: object) -> Briefing:
    return build_briefing(records, options=BuildOptions(created=CREATED, **options))  # type: ignore[arg-type]


def _spanned(text: str, word: str) -> Evidence:
    start = text.index(word)
    return Evidence(start=start, end=start + len(word), text=word)


def test_generic_words_name_no_instrument() -> None:
    for generic in ("Program", "agreement", "memorandums", "treaties and agreements",
                    "joint programs", "important agreements", "Соглашение",
                    "Program of the gala concert", "Программа мероприятий в столице"):
        assert not is_named_instrument(generic), generic
    for named in ("Memorandum on cooperation in higher education", "Bolashak programme",
                  "English Access Microscholarship Program", "Соглашение о культурном обмене",
                  "Соглашение о проведении мероприятия"):
        assert is_named_instrument(named), named


def test_a_bare_head_takes_its_subject_from_the_text() -> None:
    text = "The sides signed a memorandum on cooperation in higher education, and more."
    record = make_record().model_copy(update={"text": text})
    agreement = Agreement(name="memorandum", evidence=[_spanned(text, "memorandum")])
    assert agreement_name(record, agreement) == "Memorandum on cooperation in higher education"
    bare = Agreement(name="agreement", evidence=[_spanned(text, "signed")])
    assert agreement_name(record, bare) == ""


def test_agreements_are_a_register_with_status_in_words() -> None:
    record = make_record(agreements=(("Memorandum on academic mobility", "2019-10-14"),
                                     ("Program", None)))
    record.agreements[0].status = "under_negotiation"
    b = build([record])
    (row,) = b.groups[0].agreements
    assert row.name == "Memorandum on academic mobility"
    assert row.signed == "14 October 2019" and row.status == "under negotiation"
    russian = build([record], lang="ru").groups[0].agreements[0]
    assert russian.status == "обсуждается" and russian.parties == "Казахстан"


def test_figures_say_what_they_count() -> None:
    record = make_record(figures=((7000.0, "7,000", "Kazakh students study in Russia", 2020),
                                  (2.0, "02", "ASTANA", None), (27.0, "27", "years", None),
                                  (1.0, "1", "Professor", None)))
    rows = build([record]).groups[0].figures
    assert [(r.value, r.what) for r in rows] == [("7,000", "Kazakh students study in Russia")]


def test_people_met_apart_from_people_mentioned_and_bylines_in_neither() -> None:
    record = make_record(people=(("Yerbolat Sembayev", "Ambassador of Kazakhstan to Italy"),
                                 ("Abai Kunanbayuly", "poet"),
                                 ("Azhar E", "Professor")))
    text = (record.text + "\nThe mausoleum of Ahmed Yasawi stands in Turkestan.\n"
            "Almas Zhexenbekov\n")
    byline = Person(name="Almas Zhexenbekov", evidence=[_spanned(text, "Almas Zhexenbekov")])
    saint = Person(name="Ahmed Yasawi", evidence=[_spanned(text, "Ahmed Yasawi")])
    record = record.model_copy(update={"text": text,
                                       "people": [*record.people, saint, byline]})
    group = build([record]).groups[0]
    assert [(r.name, r.role) for r in group.people] == [
        ("Yerbolat Sembayev", "Ambassador of Kazakhstan to Italy")]
    assert {r.name for r in group.people_mentioned} == {"Abai Kunanbayuly", "Ahmed Yasawi"}


def test_a_person_without_a_role_who_took_part_was_met() -> None:
    record = make_record(people=(("Mikhail Shvydkoy", None),))  # "Mikhail Shvydkoy spoke."
    assert [r.name for r in build([record]).groups[0].people] == ["Mikhail Shvydkoy"]


def test_the_sentence_of_a_person_is_not_cut_at_an_abbreviation() -> None:
    record = make_record(people=())
    text = (record.text + "\nAmbassador Yerlan Karin met with Dr. John Carter of the U.S. "
            "Embassy in Astana on Monday.\nAn exhibition for the anniversary of the St. "
            "Petersburg poet Olzhas Suleimenov opened in Almaty.\n")
    met = Person(name="John Carter", evidence=[_spanned(text, "John Carter")])
    honoured = Person(name="Olzhas Suleimenov", evidence=[_spanned(text, "Olzhas Suleimenov")])
    record = record.model_copy(update={"text": text, "people": [met, honoured]})
    group = build([record]).groups[0]
    assert [r.name for r in group.people] == ["John Carter"]  # "met" is before "Dr."
    assert [r.name for r in group.people_mentioned] == ["Olzhas Suleimenov"]  # before "St."


def test_a_role_cut_short_is_mended() -> None:
    record = make_record(people=(("Science Zhanseit Tuymebayev", "Minister of Education and"),
                                 ("Aleksey Volkov", "Ambassador of Kazakhstan to"),))
    rows = {r.name: r.role for r in build([record]).groups[0].people}
    assert rows == {"Zhanseit Tuymebayev": "Minister of Education and Science",
                    "Aleksey Volkov": "Ambassador of Kazakhstan"}


def test_agreements_are_counted_by_status_not_by_the_words_shown(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(packaged_templates(), folder)
    labels = folder / "labels" / "en.toml"  # a user's labels that word two statuses alike
    labels.write_text(labels.read_text(encoding="utf-8").replace(
        'expired = "expired"', 'expired = "signed"'), encoding="utf-8")
    record = make_record(agreements=(("Memorandum on museum cooperation", "2020-05-01"),
                                     ("Agreement on cultural exchange", None)))
    expired = record.agreements[1].model_copy(update={"status": "expired"})
    record = record.model_copy(update={"agreements": [record.agreements[0], expired]})
    b = build([record], template_dir=folder)
    assert [r.status for r in b.groups[0].agreements] == ["signed", "signed"]
    judgement = next(line.text for line in b.judgements if "agreements" in line.text)
    assert "(1 signed or in force, 0 planned" in judgement


def test_person_names_have_two_capitalised_words() -> None:
    assert is_person_name("Erlan Karin") and is_person_name("Luis de Montes")
    assert not is_person_name("Extraordinary") and not is_person_name("Nurzhan B")
    assert not is_person_name("Person 12")


def test_a_person_row_says_whom_the_role_serves() -> None:
    record = make_record(people=(("Yerbolat Sembayev", "Ambassador of Kazakhstan to Italy"),
                                 ("Marco Alberti", "Ambassador of the Italian Republic"),
                                 ("Anna Rossi", "Rector of the University")))
    sides = {r.name: r.side for r in build([record]).groups[0].people}
    assert sides == {"Yerbolat Sembayev": "Kazakhstan", "Marco Alberti": "Italy",
                     "Anna Rossi": ""}
    russian = {r.name: r.side for r in build([record], lang="ru").groups[0].people}
    assert russian["Marco Alberti"] == "Италия"
