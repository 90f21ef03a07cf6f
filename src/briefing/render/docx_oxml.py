"""Raw WordprocessingML that python-docx has no API for: fields, bookmarks, links.

python-docx builds paragraphs, runs, tables and styles; fields (TOC, PAGE,
NUMPAGES), bookmarks, internal hyperlinks and repeated header rows are XML
we add here, in one place.
"""

from __future__ import annotations

from functools import cache
from itertools import count
from typing import Any

from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.table import _Row
from docx.text.paragraph import Paragraph

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


@cache
def _tag(tag: str) -> tuple[str, dict[str, str]]:
    """The Clark name and namespace map of ``w:tag``, as ``OxmlElement`` works them out."""
    prefixed = NamespacePrefixedTag(tag)
    return prefixed.clark_name, prefixed.nsmap


def _element(tag: str, **attributes: str) -> Any:
    """A new WordprocessingML element (lxml, typed loosely: python-docx ships no stubs).

    What ``OxmlElement`` makes, without parsing the tag again for each of the
    hundreds of thousands of elements of a long briefing.
    """
    clark, namespaces = _tag(tag)
    node = oxml_parser.makeelement(clark, nsmap=namespaces)
    for name, value in attributes.items():
        node.set(qn(f"w:{name}"), value)
    return node


def _field_char(kind: str, dirty: bool = False) -> Any:
    run = _element("w:r")
    char = _element("w:fldChar", fldCharType=kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instruction(text: str) -> Any:
    run = _element("w:r")
    instr = _element("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def field_begin(paragraph: Paragraph, instruction: str, dirty: bool = False) -> None:
    """Open a complex field (begin, instruction, separate) at the end of ``paragraph``."""
    p = paragraph._p
    p.append(_field_char("begin", dirty))
    p.append(_instruction(instruction))
    p.append(_field_char("separate"))


def field_end(paragraph: Paragraph) -> None:
    """Close the complex field opened earlier (possibly in an earlier paragraph)."""
    paragraph._p.append(_field_char("end"))


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A whole field (``PAGE``, ``NUMPAGES``…) showing ``shown`` until a viewer updates it."""
    field_begin(paragraph, instruction)
    paragraph.add_run(shown)
    field_end(paragraph)


class Bookmarks:
    """Bookmark ids are unique per document: one counter per DOCX being built."""

    def __init__(self) -> None:
        self._ids = count(1)

    def wrap(self, paragraph: Paragraph, name: str) -> None:
        """Bookmark the whole paragraph as ``name`` (a link target)."""
        ident = str(next(self._ids))
        p = paragraph._p
        start = _element("w:bookmarkStart", id=ident, name=name)
        properties = p.pPr
        if properties is not None:
            properties.addnext(start)
        else:
            p.insert(0, start)
        p.append(_element("w:bookmarkEnd", id=ident))


_BREAKING = frozenset("\t\r\n")


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    """A run of plain ``text`` at the end of ``paragraph``, as ``paragraph.add_run`` makes it.

    Built with lxml directly: python-docx's ``add_run`` and ``Run.text`` look
    up the allowed position of every child they add and cost about 0.3 ms a
    run, which is most of a long briefing's DOCX time. Text with tabs or line
    breaks (which become ``w:tab`` and ``w:br`` elements) still goes through
    python-docx.
    """
    if _BREAKING.intersection(text):
        paragraph.add_run(text).bold = bold or None
        return
    paragraph._p.append(_run(text, _element("w:b") if bold else None))


def _run(text: str, property_: Any = None) -> Any:
    """A ``w:r`` of ``text`` with at most one run property (bold, a character style)."""
    run = _element("w:r")
    if property_ is not None:
        properties = _element("w:rPr")
        properties.append(property_)
        run.append(properties)
    if text:
        text_node = _element("w:t")
        if text.strip() != text:  # as python-docx: only where spaces at an end must be kept
            text_node.set(qn("xml:space"), "preserve")
        text_node.text = text
        run.append(text_node)
    return run


def set_style(paragraph: Paragraph, style_id: str) -> None:
    """Give a new, empty paragraph the style ``style_id`` (its first child, ``w:pPr``)."""
    properties = _element("w:pPr")
    properties.append(_element("w:pStyle", val=style_id))
    paragraph._p.insert(0, properties)


def add_link(paragraph: Paragraph, text: str, anchor: str, style: str = "Citation") -> None:
    """An internal hyperlink to bookmark ``anchor`` showing ``text``."""
    link = _element("w:hyperlink", anchor=anchor, history="1")
    link.append(_run(text, _element("w:rStyle", val=style)))
    paragraph._p.append(link)


def repeat_header(row: _Row) -> None:
    """Repeat ``row`` at the top of every page the table runs over."""
    properties = row._tr.get_or_add_trPr()
    properties.append(_element("w:tblHeader", val="true"))


def shade_cell(cell_properties: Any, fill: str) -> None:
    """Fill a table cell (``tcPr``) with the hex colour ``fill``."""
    cell_properties.append(_element("w:shd", val="clear", color="auto", fill=fill.lstrip("#")))


def vertical_text(cell_properties: Any) -> None:
    """Write a cell's text bottom to top (narrow column headings of the matrix)."""
    cell_properties.append(_element("w:textDirection", val="btLr"))
