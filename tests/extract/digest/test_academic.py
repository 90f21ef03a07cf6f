"""Academic parts: labelled abstract, keywords, sections, aim; none without labels."""

from __future__ import annotations

from briefing.clean.base import Cleaned, Region
from briefing.extract.digest.academic import extract_academic
from briefing.extract.text.document import Document
from briefing.ingest.base import RawDocument


def doc(text: str, lang: str = "en") -> Document:
    regions, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            regions.append(Region(offset, offset + len(line), "body"))
        offset += len(line) + 1
    cleaned = Cleaned(text=text, regions=regions)
    return Document(cleaned=cleaned, raw=RawDocument(text=text, format="txt"), lang=lang)


def test_labelled_english_parts() -> None:
    text = (
        "Abstract: The aim of the study is to trace student mobility. It uses surveys.\n"
        "Keywords: mobility, higher education; Latvia\n"
        "Introduction\nExchanges grew quickly.\n"
        "Methods\nWe interviewed forty rectors."
    )
    academic = extract_academic(doc(text))
    assert academic is not None and academic.abstract is not None
    assert academic.abstract.text.startswith("The aim of the study")
    assert academic.keywords == ["mobility", "higher education", "Latvia"]
    assert academic.methods is not None and academic.methods.text == "We interviewed forty rectors."
    assert [s.label for s in academic.sections] == ["abstract", "introduction", "methods"]
    assert academic.aim is not None and academic.aim.text.startswith("Abstract: The aim")
    for item in academic.model_dump()["sections"]:
        span = item["evidence"][0]
        assert text[span["start"] : span["end"]] == span["text"]


def test_russian_keywords_and_conclusion() -> None:
    text = "Аннотация. Статья о культуре.\nКлючевые слова: культура, диалог\nЗаключение\nИтоги."
    academic = extract_academic(doc(text, "ru"))
    assert academic is not None
    assert academic.keywords == ["культура", "диалог"]
    assert academic.sections[-1].label == "conclusion"


def test_index_terms_are_the_keywords_of_an_engineering_paper() -> None:
    text = "Abstract: A study of grids.\nIndex Terms: smart grid, Kazakhstan\nIntroduction\nGrids."
    academic = extract_academic(doc(text))
    assert academic is not None
    assert academic.keywords == ["smart grid", "Kazakhstan"]


def test_news_without_labels_has_no_academic_parts() -> None:
    assert extract_academic(doc("The results of the festival pleased the audience.")) is None


def test_a_label_word_opening_a_sentence_is_not_a_label() -> None:
    assert extract_academic(doc("Results of the talks were announced in Vilnius.")) is None
