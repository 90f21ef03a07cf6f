"""A Word file's title and headings, as its styles state them, reach the cleaner.

The files are built with python-docx: a Title-style paragraph, Heading 1, a
style with a translated name, a style based on a heading, an outline level set
on a paragraph, and a run set much larger than the body.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from briefing.clean.pipeline import clean_document
from briefing.ingest.base import RawDocument
from briefing.ingest.docx_reader import TOP_BLOCKS, DocxReader
from briefing.ingest.docx_styles import DEFAULT_SIZE, Styles
from briefing.options import Limits

BODY_EN = (
    "The two ministries signed a programme of exchanges in culture and education "
    "for the years 2020 to 2022, with seasons in both capitals."
)
BODY_RU = (
    "Министерства двух стран подписали программу обменов в области культуры и "
    "образования на 2020–2022 годы, с сезонами в обеих столицах."
)


def _read(document: WordDocument) -> RawDocument:
    buffer = io.BytesIO()
    document.save(buffer)
    [raw] = DocxReader().read(buffer.getvalue(), path="note.docx", limits=Limits())
    return raw


def _roles(raw: RawDocument) -> dict[str, str]:
    cleaned = clean_document(raw)
    return {cleaned.text[r.start : r.end]: r.role for r in cleaned.regions}


def test_title_style_is_the_title_and_a_short_heading_stays() -> None:
    document = Document()
    document.add_paragraph("Menu", style="Normal")
    document.add_paragraph("Partnership", style="Title")
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph(BODY_EN)
    document.add_paragraph("Cultural cooperation", style="Heading 2")
    document.add_paragraph(BODY_EN.replace("2020", "2023"))
    raw = _read(document)
    assert raw.display == ("Partnership", "Introduction", "Cultural cooperation")
    roles = _roles(raw)
    assert "Menu" not in roles  # an unstyled word at the top is still a menu item
    assert roles["Partnership"] == "title"
    assert roles["Introduction"] == "heading"
    assert roles["Cultural cooperation"] == "heading"


def test_a_translated_heading_style_and_one_based_on_a_heading() -> None:
    document = Document()
    translated = document.styles.add_style("Заголовок 1", WD_STYLE_TYPE.PARAGRAPH)
    chapter = document.styles.add_style("Chapter", WD_STYLE_TYPE.PARAGRAPH)
    chapter.base_style = document.styles["Heading 2"]
    document.add_paragraph("Аннотация", style=translated)
    document.add_paragraph(BODY_RU)
    document.add_paragraph("Итоги", style=chapter)
    document.add_paragraph(BODY_RU.replace("2020", "2023"))
    raw = _read(document)
    assert raw.display == ("Аннотация", "Итоги")
    roles = _roles(raw)
    assert roles["Аннотация"] == "title"
    assert roles["Итоги"] == "heading"


def test_an_outline_level_and_a_much_larger_run_mark_a_heading() -> None:
    document = Document()
    outlined = document.add_paragraph("Overview")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    outlined._p.get_or_add_pPr().append(level)
    large = document.add_paragraph().add_run("Exchanges")
    large.font.size = Pt(20)
    document.add_paragraph().add_run("Seasons").font.size = Pt(11)  # body size: no heading
    document.add_paragraph(BODY_EN)
    raw = _read(document)
    assert raw.display == ("Overview", "Exchanges")


def test_tables_and_page_headers_give_no_display_line() -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Ministry of Culture"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].style = document.styles["Heading 1"]
    table.cell(0, 0).paragraphs[0].text = "Partner"
    document.add_paragraph(BODY_EN)
    raw = _read(document)
    assert raw.display == ()
    assert "Ministry of Culture" not in raw.text
    assert "Page 1" not in raw.text


def test_a_loop_of_based_on_styles_ends() -> None:
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(
        f'<w:styles xmlns:w="{w}">'
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/>'
        "</w:style></w:styles>"
    )
    styles = Styles(root)
    assert styles.headings == set()
    assert styles.body_size == DEFAULT_SIZE


def test_headings_are_looked_for_at_the_top_only() -> None:
    document = Document()
    document.add_paragraph("Partnership", style="Title")
    for _ in range(TOP_BLOCKS):
        document.add_paragraph(BODY_EN)
    document.add_paragraph("Outlook", style="Heading 1")
    raw = _read(document)
    assert raw.display == ("Partnership",)
    assert raw.text.endswith("\nOutlook")
