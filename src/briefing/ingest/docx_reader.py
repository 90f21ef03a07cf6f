"""Word documents (``.docx``): paragraphs and tables in reading order, and core properties.

The package is checked before anything in it is parsed (:mod:`.package_guard`):
bombs and DTDs are refused from the zip directory and a byte scan, so the
XML parser never meets them. The main part is then read as a stream
(lxml ``iterparse``), one top-level block (paragraph, table, content
control) at a time, each dropped once its lines are taken, and reading
stops once the text is past its limit: memory follows the largest block,
not the document (python-docx built the whole tree: a 56 MB file took
1.8 GB). The parser loads no DTD, resolves no entity and never touches the
network; a part that declares a DTD in an encoding the byte scan missed is
refused when parsing starts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import IO, Any

from briefing.errors import CorruptDocumentError, EmptyDocumentError, EncryptedDocumentError
from briefing.ingest.base import RawDocument
from briefing.ingest.docx_styles import Styles
from briefing.ingest.package_guard import ZIP_ERRORS, check_package, check_xml_parts
from briefing.ingest.sniff import OLE_MAGIC
from briefing.options import Limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC = "{http://purl.org/dc/elements/1.1/}"
_TERMS = "{http://purl.org/dc/terms/}"
_MAIN_TYPE = "/officeDocument"  # relationship type suffixes in _rels/.rels
_CORE_TYPE = "/core-properties"
_STYLES_TYPE = "/styles"  # in the main part's relationships
MAIN_PART = "word/document.xml"  # where Word puts it, when the relationships do not say
CORE_PART = "docProps/core.xml"
MAX_SMALL_PART = 1024 * 1024  # relationships, core properties and styles are a few KB
# title and heading paragraphs are looked for in the body's first blocks only, as the PDF
# reader looks on the first page: the cleaner reads them only before the title (judging
# every paragraph cost 0.6x the reading time of a 3,300-paragraph file)
TOP_BLOCKS = 64


class DocxReader:
    """Reads ``.docx`` files (and zip packages that hold ``word/document.xml``)."""

    name = "docx"
    extensions: tuple[str, ...] = (".docx", ".docm", ".dotx")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Body text in order (tables one row a line), its title and heading paragraphs,
        title and file dates from core properties."""
        if data.startswith(OLE_MAGIC):
            raise EncryptedDocumentError(
                "an encrypted (password-protected) Word file or a legacy .doc", path=path
            )
        from lxml import etree  # imported here: only Word files need it

        try:
            with zipfile.ZipFile(BytesIO(data)) as package:
                check_package(package, path=path, limits=limits)
                check_xml_parts(package, path=path)
                targets = _targets(package, path)
                main = targets.get(_MAIN_TYPE, MAIN_PART)
                styles = Styles(_small_part(package, _styles_part(package, main, path), path))
                lines = _body_lines(package, main, styles, path, limits)
                properties = _properties(package, targets.get(_CORE_TYPE, CORE_PART), path)
        except etree.Error as exc:
            raise CorruptDocumentError(f"unreadable Word content ({exc})", path=path) from exc
        except ZIP_ERRORS as exc:
            raise CorruptDocumentError(f"not a readable zip package ({exc})", path=path) from exc
        text = "\n".join(line for line, _ in lines if line.strip())
        if not text.strip():
            raise EmptyDocumentError("the document holds no text", path=path)
        display = [line for line, shown in lines if shown and line.strip()]
        return [RawDocument(text=text, format=self.name, display=tuple(display), **properties)]


def _parse_events(stream: IO[bytes], events: tuple[str, ...]) -> Any:
    """lxml's pull parser, closed to DTDs, entities and the network."""
    from lxml import etree

    return etree.iterparse(
        stream, events=events, load_dtd=False, resolve_entities=False, no_network=True,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def _refuse_dtd(element: Any, name: str, path: str | None) -> None:
    """The byte scan's second line: a DTD however the part is encoded (UTF-32, EBCDIC…)."""
    info = element.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise CorruptDocumentError(
            f"{name} declares a DTD or entities (external entity or entity-expansion attack); "
            "refused",
            path=path,
        )


def _small_part(package: zipfile.ZipFile, name: str, path: str | None) -> Any | None:
    """The root of a small XML part (relationships, properties); None when it is missing."""
    try:
        member = package.getinfo(name)
    except KeyError:
        return None
    if member.file_size > MAX_SMALL_PART:
        return None
    with package.open(member) as stream:
        root = None
        for _event, element in _parse_events(stream, ("start",)):
            if root is None:
                _refuse_dtd(element, name, path)
                root = element
        return root


def _targets(package: zipfile.ZipFile, path: str | None) -> dict[str, str]:
    """Relationship type suffix -> part name, from the package's ``_rels/.rels``."""
    root = _small_part(package, "_rels/.rels", path)
    found: dict[str, str] = {}
    for relation in root.iter(_RELS) if root is not None else ():
        kind = relation.get("Type", "")
        target = posixpath.normpath(relation.get("Target", "").lstrip("/"))
        for suffix in (_MAIN_TYPE, _CORE_TYPE):
            if kind.endswith(suffix) and target in package.namelist():
                found.setdefault(suffix, target)
    return found


def _styles_part(package: zipfile.ZipFile, main: str, path: str | None) -> str:
    """The styles part the main part's relationships name (``word/styles.xml``)."""
    folder, file_name = posixpath.split(main)
    root = _small_part(package, posixpath.join(folder, "_rels", f"{file_name}.rels"), path)
    for relation in root.iter(_RELS) if root is not None else ():
        if relation.get("Type", "").endswith(_STYLES_TYPE):
            return posixpath.normpath(posixpath.join(folder, relation.get("Target", "")))
    return posixpath.join(folder, "styles.xml")


def _body_lines(
    package: zipfile.ZipFile, name: str, styles: Styles, path: str | None, limits: Limits
) -> list[tuple[str, bool]]:
    """The lines of the body's blocks in order, each with whether it is a title or
    heading paragraph (among the first :data:`TOP_BLOCKS`), until the text is past its limit."""
    try:
        member = package.getinfo(name)
    except KeyError:
        raise CorruptDocumentError(f"the package has no {name}", path=path) from None
    lines: list[tuple[str, bool]] = []
    size = 0
    blocks = 0
    with package.open(member) as stream:
        parser = _parse_events(stream, ("start", "end"))
        first = True
        for event, element in parser:
            if first:
                _refuse_dtd(element, name, path)
                first = False
            parent = element.getparent()
            if event != "end" or parent is None:
                continue
            if _top_level_row(element, parent):  # a long table streams row by row
                found = [(line, False)] if (line := _row_line(element)) else []
            elif parent.tag == f"{_W}body":
                judged = styles if blocks < TOP_BLOCKS else None
                blocks += 1
                found = [] if element.tag == f"{_W}tbl" else list(_element_lines(element, judged))
            else:
                continue
            lines.extend(found)
            size += sum(len(line) + 1 for line, _ in found)
            element.clear()
            while element.getprevious() is not None:  # keep no finished block in memory
                del parent[0]
            if size > limits.max_text_chars:  # the reader's caller cuts and says so
                break
    return lines


def _top_level_row(element: Any, parent: Any) -> bool:
    """A row of a table that sits in the body itself (not in a cell or a content control)."""
    if element.tag != f"{_W}tr" or parent.tag != f"{_W}tbl":
        return False
    grandparent = parent.getparent()
    return grandparent is not None and grandparent.tag == f"{_W}body"


def _element_lines(child: Any, styles: Styles | None) -> Iterator[tuple[str, bool]]:
    """Lines of one paragraph, table or content control, each with whether it is a title
    or heading paragraph (never one inside a table; none when ``styles`` is None)."""
    if child.tag == f"{_W}p":
        yield _paragraph_text(child), styles is not None and styles.display(child)
    elif child.tag == f"{_W}tbl":
        yield from ((line, False) for line in _table_lines(child))
    elif child.tag == f"{_W}sdt":  # a cover page's title sits in one
        for content in child.iterchildren(f"{_W}sdtContent"):
            yield from _block_lines(content, styles)


def _block_lines(parent: Any, styles: Styles | None) -> Iterator[tuple[str, bool]]:
    """Lines of paragraphs and table rows, in document order (content controls opened)."""
    for child in parent.iterchildren():
        yield from _element_lines(child, styles)


def _paragraph_text(paragraph: Any) -> str:
    """The visible text of a paragraph: runs and hyperlinks, tabs and breaks kept."""
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == f"{_W}tab" else "\n")
    return "".join(parts)


def _table_lines(table: Any) -> Iterator[str]:
    """One line a row (see :func:`_row_line`)."""
    for row in table.iterchildren(f"{_W}tr"):
        if line := _row_line(row):
            yield line


def _row_line(row: Any) -> str:
    """A row's cells joined by `` | ``; a cell repeated by merging appears once."""
    cells: list[str] = []
    for cell in row.iterchildren(f"{_W}tc"):
        text = " ".join(line for line, _ in _block_lines(cell, None) if line.strip()).strip()
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    return " | ".join(cells)


def _properties(package: zipfile.ZipFile, name: str, path: str | None) -> dict[str, Any]:
    """Title, author and the file's own dates from the package's core properties, when set.

    The dates are the file's, not the document's (python-docx's default template
    carries ``created = 2013-12-23``): they go to ``source``, never to ``published``.
    """
    root = _small_part(package, name, path)
    if root is None:
        return {}
    return {
        "title": _text(root, f"{_DC}title"),
        "author": _text(root, f"{_DC}creator"),
        "file_created": _moment(_text(root, f"{_TERMS}created")),
        "file_modified": _moment(_text(root, f"{_TERMS}modified")),
    }


def _text(root: Any, tag: str) -> str | None:
    element = root.find(tag)
    text = (element.text or "").strip() if element is not None else ""
    return text or None


_W3CDTF = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y-%m", "%Y")
_OFFSET = re.compile(r"([+-])(\d\d):(\d\d)")


def _moment(value: str | None) -> dt.datetime | None:
    """A W3CDTF stamp (``2024-03-05T10:00:00Z``, ``…-07:00``, ``2024-03``) as a UTC
    datetime, read as python-docx reads it; None when it is not one."""
    if not value:
        return None
    moment = None
    for template in _W3CDTF:
        with contextlib.suppress(ValueError):
            moment = dt.datetime.strptime(value[:19], template)  # UTC: set below
    if moment is None:
        return None
    offset = _OFFSET.fullmatch(value[19:])
    if offset is not None:
        sign = -1 if offset[1] == "+" else 1
        moment += sign * dt.timedelta(hours=int(offset[2]), minutes=int(offset[3]))
    return moment.replace(tzinfo=dt.UTC)
