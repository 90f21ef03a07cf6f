"""Regenerate ``reference.docx``: the styles every DOCX briefing is built on.

Run ``python templates/make_reference_docx.py`` after changing a style here.
Users need not run it: to restyle briefings, open ``reference.docx`` in Word
or LibreOffice, change the styles (Title, Heading 1–3, List Bullet, Caption,
TOC 1–2, Citation, Source, Overview, Marking, Briefing Table), save, and point
``--template`` at the folder holding the copy.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt, RGBColor

NAVY = RGBColor(0x14, 0x36, 0x5D)
BLUE = RGBColor(0x1D, 0x5F, 0xA6)
BODY_FONT = "Arial"  # Latin, Cyrillic and Kazakh letters on Windows, macOS; Liberation elsewhere
TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingTable">
  <w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/>
  <w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr>
  <w:tblPr><w:tblBorders>
    <w:bottom w:val="single" w:sz="4" w:color="C8D1DC"/>
    <w:insideH w:val="single" w:sz="4" w:color="C8D1DC"/></w:tblBorders>
    <w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="14365D"/></w:rPr>
    <w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:color="14365D"/></w:tcBorders>
      <w:shd w:val="clear" w:color="auto" w:fill="E3EAF3"/></w:tcPr>
  </w:tblStylePr>
</w:style>"""


def paragraph_style(document, name, base="Normal", size=None, bold=None, italic=None,
                    colour=None, before=None, after=None):
    """Create (or fetch) a paragraph style and set its font and spacing."""
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(
        name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if base and name != base else style.base_style
    font = style.font
    font.name = BODY_FONT
    for attribute, value in (("size", size), ("bold", bold), ("italic", italic)):
        if value is not None:
            setattr(font, attribute, value)
    if colour is not None:
        font.color.rgb = colour
    if before is not None:
        style.paragraph_format.space_before = before
    if after is not None:
        style.paragraph_format.space_after = after
    return style


def build(target: Path) -> None:
    """Write the reference document to ``target``."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(22)
    paragraph_style(document, "Normal", base=None, size=Pt(10), after=Pt(4))
    paragraph_style(document, "Title", size=Pt(26), colour=NAVY, after=Pt(12))
    grey = RGBColor(0x33, 0x33, 0x33)
    paragraph_style(document, "Subtitle", size=Pt(13), italic=False, colour=grey)
    paragraph_style(document, "Heading 1", size=Pt(16), bold=True, colour=NAVY, before=Pt(18))
    paragraph_style(document, "Heading 2", size=Pt(12), bold=True, colour=NAVY, before=Pt(12))
    paragraph_style(document, "Heading 3", size=Pt(10.5), bold=True, colour=NAVY, before=Pt(8))
    paragraph_style(document, "List Bullet", size=Pt(10), after=Pt(3))
    paragraph_style(document, "Caption", size=Pt(8), italic=True, colour=RGBColor(0x55, 0x55, 0x55))
    paragraph_style(document, "TOC Heading", base="Heading 1")
    paragraph_style(document, "TOC 1", size=Pt(10), after=Pt(2))
    toc2 = paragraph_style(document, "TOC 2", size=Pt(9), after=Pt(1))
    toc2.paragraph_format.left_indent = Mm(6)
    overview = paragraph_style(document, "Overview", italic=True, colour=RGBColor(0x44, 0x44, 0x44))
    overview.paragraph_format.keep_with_next = True
    paragraph_style(document, "Marking", bold=True, colour=RGBColor(0x9B, 0x1C, 0x1C))
    source = paragraph_style(document, "Source", size=Pt(8.5), after=Pt(2))
    source.paragraph_format.left_indent = Mm(9)
    source.paragraph_format.first_line_indent = Mm(-9)
    citation = document.styles.add_style("Citation", WD_STYLE_TYPE.CHARACTER)
    citation.font.color.rgb = BLUE
    citation.font.size = Pt(8)
    document.styles.element.append(parse_xml(TABLE_STYLE))
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    document.core_properties.title = "briefing reference styles"
    document.save(str(target))


if __name__ == "__main__":
    build(Path(__file__).with_name("reference.docx"))
