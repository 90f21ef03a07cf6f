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
