"""WordprocessingML written directly: the body's paragraphs, runs, links, fields, bookmarks.

python-docx opens the reference document and sets up the page, header,
footer and properties; the body (paragraphs, runs, tables, citation links, of
which a long briefing has hundreds of thousands) is written here as XML text,
exactly as python-docx would have made it, and streamed into the package
(:mod:`briefing.render.docx_package`). So are the fields (TOC, PAGE,
NUMPAGES), bookmarks and internal hyperlinks that python-docx has no API for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import count
from typing import Any, NamedTuple

from docx.oxml.parser import oxml_parser
from lxml import etree

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


class Bookmark(NamedTuple):
    """A bookmark's document-unique id and its name (the link target)."""

    ident: int
    name: str


class Bookmarks:
    """Bookmark ids are unique per document: one counter per DOCX being built."""

    def __init__(self) -> None:
        self._ids = count(1)

    def new(self, name: str) -> Bookmark:
        """The next bookmark, named ``name``."""
        return Bookmark(next(self._ids), name)


# -- WordprocessingML written as text ------------------------------------------------------
#
# Making each element through python-docx (or lxml's element factory, which
# instantiates python-docx's element classes) costs several microseconds, and an
# lxml tree takes about ten times the memory of its XML; a string costs neither.

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""C0 controls other than tab and line breaks: XML cannot carry them at all."""
_BREAKS = re.compile(r"([\t\n\r])")


def escape(text: str) -> str:
    """``text`` as XML character data (escaped as lxml writes it: quotes stay as they are)."""
    if _NOT_TEXT.search(text):
        text = _NOT_TEXT.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _quoted(value: str) -> str:
    """An attribute value, quoted and escaped."""
    return '"' + escape(value).replace('"', "&quot;") + '"'


def _t(text: str) -> str:
    # As python-docx: spaces are kept only where an end of the text has some.
    space = ' xml:space="preserve"' if text.strip() != text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def _run_content(text: str) -> str:
    """What ``Run.text = text`` puts in a run: text, ``w:tab`` for tabs, ``w:br`` for breaks."""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return _t(text) if text else ""
    pieces = {"\t": "<w:tab/>", "\n": "<w:br/>", "\r": "<w:br/>"}
    return "".join(pieces.get(piece) or _t(piece) for piece in _BREAKS.split(text) if piece)


def run(text: str, properties: str = "") -> str:
    """A ``w:r`` of ``text``; ``properties`` are the ``w:rPr`` children (``<w:b/>``…)."""
    inner = (f"<w:rPr>{properties}</w:rPr>" if properties else "") + _run_content(text)
    return f"<w:r>{inner}</w:r>" if inner else "<w:r/>"


BOLD = "<w:b/>"
ITALIC = "<w:i/>"


def link(text: str, anchor: str, style: str = "Citation") -> str:
    """An internal hyperlink to bookmark ``anchor`` showing ``text``."""
    return (f'<w:hyperlink w:anchor={_quoted(anchor)} w:history="1">'
            f'{run(text, f"<w:rStyle w:val={_quoted(style)}/>")}</w:hyperlink>')


def paragraph(
    content: str = "", style_id: str | None = None, bookmark: Bookmark | None = None,
    properties: str = "",
) -> str:
    """A ``w:p`` of ``style_id`` (``None``: Normal) holding ``content`` (runs, links, fields),
    wrapped whole in ``bookmark`` when it is a link target; ``properties`` are more ``w:pPr``
    children (:func:`right_tab`…)."""
    style = f"<w:pStyle w:val={_quoted(style_id)}/>" if style_id else ""
    head = f"<w:pPr>{style}{properties}</w:pPr>" if style or properties else ""
    if bookmark is not None:
        ident, name = bookmark
        head += f'<w:bookmarkStart w:id="{ident}" w:name={_quoted(name)}/>'
        content += f'<w:bookmarkEnd w:id="{ident}"/>'
    return f"<w:p>{head}{content}</w:p>" if head or content else "<w:p/>"


R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def section_properties(header_id: str, layout: str) -> str:
    """A ``w:sectPr`` with its own default header (relationship ``header_id``) and ``layout``
    (``w:type``, ``w:pgSz``, ``w:pgMar``… in schema order); footers are the previous
    section's."""
    return (f'<w:sectPr xmlns:r="{R_NAMESPACE}"><w:headerReference w:type="default" '
            f"r:id={_quoted(header_id)}/>{layout}</w:sectPr>")


TAB = "<w:r><w:tab/></w:r>"
UPDATE_FIELDS = '<w:updateFields w:val="true"/>'
"""The ``w:settings`` child that makes Word update fields (the contents) on opening."""
AFTER_UPDATE_FIELDS = frozenset((
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator"))
"""``w:settings`` children that come after ``w:updateFields`` (ECMA-376 CT_Settings order)."""
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def field_begin(instruction: str, dirty: bool = False) -> str:
    """Open a complex field: begin, instruction, separate (closed by :data:`FIELD_END`)."""
    flag = ' w:dirty="true"' if dirty else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')


FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def field(instruction: str, shown: str) -> str:
    """A whole field (``PAGE``, ``NUMPAGES``…) showing ``shown`` until a viewer updates it."""
    return field_begin(instruction) + run(shown) + FIELD_END


def cell(width: int, content: str, properties: str = "", paragraph_properties: str = "") -> str:
    """A table cell ``width`` twips wide holding one paragraph of ``content``; ``properties``
    and ``paragraph_properties`` are more ``w:tcPr`` and ``w:pPr`` children."""
    head = f"<w:pPr>{paragraph_properties}</w:pPr>" if paragraph_properties else ""
    return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{properties}</w:tcPr>'
            f"<w:p>{head}{content}</w:p></w:tc>")


def row(cells: str, properties: str = "") -> str:
    """A table row; ``properties`` are ``w:trPr`` children (:data:`HEADER_ROW`…)."""
    head = f"<w:trPr>{properties}</w:trPr>" if properties else ""
    return f"<w:tr>{head}{cells}</w:tr>"


HEADER_ROW = '<w:tblHeader w:val="true"/>'
"""Repeat the row at the top of every page the table runs over."""
CENTERED = '<w:jc w:val="center"/>'
VERTICAL = '<w:textDirection w:val="btLr"/>'
"""Text written bottom to top (narrow column headings)."""


def row_height(twips: int) -> str:
    """The ``w:trPr`` child that sets a row's height."""
    return f'<w:trHeight w:val="{twips}"/>'


def shading(fill: str) -> str:
    """The ``w:tcPr`` child that fills a cell with the hex colour ``fill``."""
    return f'<w:shd w:val="clear" w:color="auto" w:fill={_quoted(fill.lstrip("#"))}/>'


def colour(hex_rgb: str) -> str:
    """The ``w:rPr`` child that colours a run's text."""
    return f"<w:color w:val={_quoted(hex_rgb)}/>"


def table(style_id: str, widths: list[int], rows: Iterable[str]) -> str:
    """A fixed-layout table of ``style_id`` with columns ``widths`` twips wide, as python-docx's
    ``add_table`` makes it (with ``style`` set and ``autofit`` off)."""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return (f"<w:tbl><w:tblPr><w:tblStyle w:val={_quoted(style_id)}/>"
            '<w:tblW w:type="auto" w:w="0"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0"'
            ' w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def parse(xml: str) -> list[Any]:
    """The elements of ``xml`` (siblings written with the ``w:`` prefix), as python-docx's
    element objects, ready to be appended where they belong."""
    return list(etree.fromstring(f'<w:body xmlns:w="{W_NAMESPACE}">{xml}</w:body>', oxml_parser))
