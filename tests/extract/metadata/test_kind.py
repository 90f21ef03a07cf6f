"""Document kind from weighted cues, with the signals that decided it."""

from __future__ import annotations

from briefing.clean import clean_document
from briefing.extract.metadata.kind import classify_kind
from briefing.extract.metadata.language import detect_language
from briefing.extract.text.document import Document
from briefing.ingest.base import RawDocument
from briefing.schema import KindInfo
from briefing.schema.record import Kind


def kind_of(text: str, **raw: object) -> tuple[Kind, KindInfo, str]:
    document = RawDocument(text=text, format="txt", **raw)  # type: ignore[arg-type]
    cleaned = clean_document(document)
    doc = Document(cleaned=cleaned, raw=document, lang=detect_language(cleaned.text))
    kind, info = classify_kind(doc)
    return kind, info, cleaned.text


EMBASSY = """Cultural and humanitarian cooperation
The Embassy attaches importance to work with the media of the host country.
The Embassy considers it expedient to hold the Days of Culture next year.
Created at : 3.03.2017, 00:00"""

NEWS = """Forum opens in Astana
ASTANA. KAZINFORM - A forum of young scientists opened today, the press service reports.
"We are glad to host it," said Anna Petrova."""

ACADEMIC = """Abstract: The article studies the cultural cooperation of two states.
Keywords: culture, education, diplomacy
Introduction. Cooperation has been studied before [1], [2].
References"""

ACADEMIC_RU = """Аннотация. В статье рассматривается сотрудничество Казахстана и Франции.
Ключевые слова: культура, образование
МРНТИ 11.25.67
Введение"""

EMBASSY_RU = """Культурно-гуманитарное сотрудничество
Посольство уделяет внимание работе со СМИ страны пребывания.
Посольство считает целесообразным провести Дни культуры."""

NEWS_RU = """Конкурс прошел в Пекине
Астана. 3 декабря. KAZAKHSTAN TODAY - В Пекине прошел конкурс, сообщает пресс-служба МИД."""


def test_each_kind_in_english_and_russian() -> None:
    for text, expected in [
        (EMBASSY, "embassy_note"),
        (NEWS, "news"),
        (ACADEMIC, "academic"),
        (ACADEMIC_RU, "academic"),
        (EMBASSY_RU, "embassy_note"),
        (NEWS_RU, "news"),
    ]:
        assert kind_of(text)[0] == expected, text[:40]


def test_signals_carry_evidence_that_slices_the_text() -> None:
    for text in (EMBASSY, NEWS, ACADEMIC, ACADEMIC_RU):
        _, info, cleaned = kind_of(text)
        assert info.signals
        for signal in info.signals:
            for ev in signal.evidence:
                assert cleaned[ev.start : ev.end] == ev.text


def test_embassy_named_by_an_agency_is_still_news() -> None:
    text = (
        "Ambassador meets students\n"
        "The Ambassador of Kazakhstan to Egypt met students of the university, El.kz cites the MFA."
    )
    assert kind_of(text)[0] == "news"


def test_no_cue_means_news_with_low_confidence() -> None:
    kind, info, _ = kind_of("A concert\nMusicians played in the park on Sunday evening.")
    assert kind == "news" and info.confidence < 0.5


def test_kind_stated_by_the_input_wins() -> None:
    assert kind_of(NEWS, kind="academic")[0] == "academic"


def test_a_mission_page_about_its_own_work_is_an_embassy_note() -> None:
    text = (
        "Students completed the language programme\n"
        "Twenty students received certificates at a ceremony in the capital on Monday.\n"
        "The Canadian Embassy in Astana supports eight such programmes across the country, "
        "and the Embassy organized the closing ceremony."
    )
    kind, info, _ = kind_of(text)
    assert kind == "embassy_note"
    assert any(s.name == "embassy_note:the mission acts" for s in info.signals)


def test_an_agency_republication_with_a_dateline_is_news() -> None:
    en = (
        "Days of culture open\n"
        "OTTAWA (Qazinform) - The Embassy of Kazakhstan held Days of Kazakh culture, "
        "the press service of the Ministry said."
    )
    ru = (
        "Дни культуры открылись\n"
        "Оттава. 12 мая. «Нью-Медиа» — Посольство Казахстана провело Дни культуры, "
        "сказал дипломат журналистам."
    )
    assert kind_of(en)[0] == "news"
    assert kind_of(ru)[0] == "news"


def test_an_academic_text_without_an_abstract_line() -> None:
    en = (
        "Soft power in Central Asia\n"
        "The article examines the cultural diplomacy of two states since 1991. "
        "Earlier work (Smith, 2015; Brown et al., 2019) saw it as a tool of soft power. "
        "The scientific novelty lies in new archival sources."
    )
    ru = (
        "Мягкая сила в Центральной Азии\n"
        "Статья посвящена культурной дипломатии двух государств [1, с. 25]. "
        "Научная новизна состоит в привлечении архивных источников [2]."
    )
    assert kind_of(en)[0] == "academic"
    assert kind_of(ru)[0] == "academic"


def test_titles_and_journalists_do_not_make_news_academic() -> None:
    en = (
        "Lecture at the university\n"
        "Associate Professor Anna Petrova, PhD, gave a lecture to students on Monday."
    )
    ru = "Встреча с журналистами\nПосол встретился с журналистами и рассказал о сотрудничестве."
    assert kind_of(en)[0] == "news"
    assert kind_of(ru)[0] == "news"


def test_a_ministry_page_on_its_ambassadors_meeting_is_an_embassy_note() -> None:
    own = (
        "Казахстан и Таиланд обсудили культурное сотрудничество\n"
        "Бангкок, 14 июня 2024 года – Посол Казахстана в Таиланде Арман Беков провёл встречу "
        "с Министром культуры Таиланда. Стороны обсудили проведение Дней культуры."
    )
    republished = own + " Об этом сообщает пресс-служба МИД, передает корреспондент агентства."
    assert kind_of(own)[0] == "embassy_note"
    assert kind_of(republished)[0] == "news"


def test_a_foreign_ministry_banner_makes_its_press_release_an_embassy_note() -> None:
    for banner in (
        "Ministry of Foreign Affairs and Trade of Hungary",
        "Министерство иностранных дел Республики Казахстан",
        "U.S. Embassy & Consulate in Kazakhstan",
    ):
        text = f"{banner}\nPress release\n21 June 2021\nThe Minister received his counterpart."
        kind, info, _ = kind_of(text)
        assert kind == "embassy_note", (banner, info.scores)
    # the same words inside an agency's sentence are no banner
    kind, _, _ = kind_of(
        "Ministers meet\n21 June 2021\nThe Ministry of Foreign Affairs of Hungary said the "
        "minister received his counterpart, the press service reports."
    )
    assert kind == "news"


def test_a_line_that_is_only_a_date_is_no_cue_of_news() -> None:
    _, dated, _ = kind_of("Visit of the delegation\n21 June 2021\nThe delegation arrived.")
    _, agency, _ = kind_of("Visit\nASTANA. KAZINFORM - The delegation arrived today.")
    assert dated.scores["news"] < 1.0
    assert agency.scores["news"] >= 2.0


def test_a_faculty_of_international_relations_is_no_overview_title() -> None:
    kind, _, _ = kind_of(
        "Faculty of International Relations\nLecture by the Ambassador of Italy\n"
        "Date: 10.11.2021\nThe Ambassador of Italy gave a lecture to students."
    )
    assert kind == "news"
    kind, _, _ = kind_of("Kazakhstan - Japan relations\nThe two countries cooperate in culture.")
    assert kind == "embassy_note"


def test_a_universitys_news_of_an_ambassadors_visit_is_news() -> None:
    kind, info, _ = kind_of(
        "Ambassador visits the university\n22.02.2024\nThe Ambassador of Hungary visited the "
        "university.\nThe Ambassador met students learning Hungarian.\n"
        "The Rector thanked the Ambassador for his support."
    )
    assert kind == "news", info.scores
    kind, info, _ = kind_of(
        "Посол посетил университет\n22.02.2024\nПосол Венгрии посетил университет.\n"
        "Ректор университета поблагодарил посла за поддержку."
    )
    assert kind == "news", info.scores
    # on a mission's own page the rector is one cue among the mission's
    kind, info, _ = kind_of(
        "Embassy of the Republic of Kazakhstan in Hungary\n22.02.2024\nThe Embassy held a "
        "meeting at the university.\nThe Embassy presented books.\nThe Rector thanked the "
        "Ambassador for his support."
    )
    assert kind == "embassy_note", info.scores
