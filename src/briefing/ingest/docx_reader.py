"""Word documents (``.docx``): paragraphs and tables in reading order, and core properties.

The package is checked before python-docx opens it (:mod:`.package_guard`):
bombs and DTDs are refused from the zip directory and a byte scan, so the
XML parser never meets them. python-docx's own parser is set up with
``resolve_entities=False`` as a second line of defence.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from briefing.errors import CorruptDocumentError, EmptyDocumentError, EncryptedDocumentError
from briefing.ingest.base import RawDocument
from briefing.ingest.package_guard import ZIP_ERRORS, check_package, check_xml_parts
from briefing.ingest.sniff import OLE_MAGIC
from briefing.options import Limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocxReader:
    """Reads ``.docx`` files (and zip packages that hold ``word/document.xml``)."""

    name = "docx"
    extensions: tuple[str, ...] = (".docx", ".docm", ".dotx")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Body text in order (tables one row a line), title and file dates from core properties."""
        document = _open(data, path, limits)
        try:
            lines = list(_block_lines(document.element.body))
            properties = _properties(document)
        except Exception as exc:  # python-docx on malformed XML: bad input, not our bug
            raise CorruptDocumentError(f"unreadable Word content ({exc})", path=path) from exc
        text = "\n".join(line for line in lines if line.strip())
        if not text.strip():
            raise EmptyDocumentError("the document holds no text", path=path)
        return [RawDocument(text=text, format=self.name, **properties)]


def _open(data: bytes, path: str | None, limits: Limits) -> Any:
    """The python-docx document, after the package passed its checks."""
    if data.startswith(OLE_MAGIC):
        raise EncryptedDocumentError(
            "an encrypted (password-protected) Word file or a legacy .doc", path=path
        )
    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            check_package(package, path=path, limits=limits)
            check_xml_parts(package, path=path)
    except ZIP_ERRORS as exc:
        raise CorruptDocumentError(f"not a readable zip package ({exc})", path=path) from exc
    from docx import Document  # imported here: only Word files need it

    try:
        return Document(BytesIO(data))
    except Exception as exc:  # any failure to open is a broken package, reported as such
        raise CorruptDocumentError(f"not a readable Word document ({exc})", path=path) from exc


def _block_lines(parent: Any) -> Iterator[str]:
    """Lines of paragraphs and table rows, in document order (content controls opened)."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            yield _paragraph_text(child)
        elif child.tag == f"{_W}tbl":
            yield from _table_lines(child)
        elif child.tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _block_lines(content)


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
    """One line a row, cells joined by `` | ``; a cell repeated by merging appears once."""
    for row in table.iterchildren(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iterchildren(f"{_W}tc"):
            text = " ".join(line for line in _block_lines(cell) if line.strip()).strip()
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def _properties(document: Any) -> dict[str, Any]:
    """Title, author and the file's own dates from the package's core properties, when set.

    The dates are the file's, not the document's (python-docx's default template
    carries ``created = 2013-12-23``): they go to ``source``, never to ``published``.
    """
    core = document.core_properties
    return {
        "title": (core.title or "").strip() or None,
        "author": (core.author or "").strip() or None,
        "file_created": _moment(core.created),
        "file_modified": _moment(core.modified),
    }


def _moment(value: object) -> dt.datetime | None:
    return value if isinstance(value, dt.datetime) else None
