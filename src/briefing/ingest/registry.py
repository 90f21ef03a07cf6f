"""Choosing the reader for a file and running it under the size limits.

The extension chooses, unless the content contradicts it: a PDF or Word
signature wins over any name (a report saved as ``.txt`` by a mail client),
and a file named ``.pdf`` or ``.docx`` without that signature is sniffed
again. Files without a known extension are sniffed. Every string a reader
returns is then made XML-safe, because the DOCX renderer refuses control
characters that a PDF or an old text file can carry.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from briefing.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    TooLargeError,
    UnsupportedFormatError,
)
from briefing.ingest.base import RawDocument, Reader
from briefing.ingest.docx_reader import DocxReader
from briefing.ingest.html_reader import HtmlReader
from briefing.ingest.json_reader import JsonReader
from briefing.ingest.markdown_reader import MarkdownReader
from briefing.ingest.pdf_reader import PdfReader
from briefing.ingest.sniff import OLE_MAGIC, STRONG_FORMATS, known_binary, pdf_fragment, sniff
from briefing.ingest.text_reader import TextReader
from briefing.options import Limits

READERS: tuple[Reader, ...] = (
    TextReader(),
    MarkdownReader(),
    HtmlReader(),
    DocxReader(),
    PdfReader(),
    JsonReader(),
)
_BY_NAME = {reader.name: reader for reader in READERS}
# Characters XML 1.0 forbids (C0 controls but tab, newline, carriage return; surrogates;
# U+FFFE/U+FFFF). The form feed stays: PDF pages end with one, the cleaner drops it.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def read_document(
    data: bytes, *, path: str | None = None, fmt: str | None = None, limits: Limits | None = None
) -> list[RawDocument]:
    """Read one file's bytes into documents, or raise an ``InputError``."""
    limits = limits or Limits()
    if len(data) > limits.max_file_bytes:
        raise TooLargeError(
            f"{len(data)} bytes is over the limit of {limits.max_file_bytes}", path=path
        )
    if not data or data.isspace():
        raise EmptyDocumentError("the file is empty", path=path)
    reader, note = choose_reader(path, data, fmt)
    try:
        documents = reader.read(data, path=path, limits=limits)
    except UnsupportedFormatError:
        if not note:
            raise
        raise CorruptDocumentError(f"{note}, and it is not readable as such", path=path) from None
    for document in documents:
        _finish(document, limits, note, path)
    return documents


def reader_for(path: str | None, data: bytes, fmt: str | None = None) -> Reader:
    """The reader for these bytes (see :func:`choose_reader`)."""
    return choose_reader(path, data, fmt)[0]


def choose_reader(path: str | None, data: bytes, fmt: str | None = None) -> tuple[Reader, str]:
    """The reader named by ``fmt``, else by the extension unless the content says otherwise.

    The second value is a warning when the name and the content disagree.
    """
    if fmt is not None:
        return _named(fmt, path), ""
    suffix = PurePath(path).suffix.lower() if path else ""
    by_extension = next((r for r in READERS if suffix in r.extensions), None)
    if _encrypted_office(data, suffix):
        return _BY_NAME["docx"], ""
    found = sniff(data)
    binary = known_binary(data)
    if binary is not None and found not in STRONG_FORMATS:
        raise UnsupportedFormatError(f"{binary} is not a supported format", path=path)
    if found == "zip":
        raise UnsupportedFormatError(
            "a zip package without word/document.xml (not a Word .docx document)", path=path
        )
    if by_extension is None:
        return _BY_NAME[found], ""
    container_named = by_extension.name in STRONG_FORMATS
    if by_extension.name == "pdf" and pdf_fragment(data):
        return by_extension, ""
    if found != by_extension.name and (found in STRONG_FORMATS or container_named):
        return _BY_NAME[found], f"the content looks like {found.upper()}, not {suffix}"
    return by_extension, ""


def _encrypted_office(data: bytes, suffix: str) -> bool:
    """Word saves a password-protected .docx as an OLE file: the DOCX reader says so."""
    return suffix in DocxReader.extensions and data.startswith(OLE_MAGIC)


def _named(fmt: str, path: str | None) -> Reader:
    wanted = fmt.lower().lstrip(".")
    for reader in READERS:
        if wanted == reader.name or f".{wanted}" in reader.extensions:
            return reader
    raise UnsupportedFormatError(f"no reader for format {fmt!r}", path=path)


def finish_text(document: RawDocument, limits: Limits, path: str | None) -> None:
    """The checks every reader's output goes through, for text given as a string
    (``parse_text``): XML-invalid characters out, the length limit, nothing but
    whitespace an ``EmptyDocumentError``."""
    _finish(document, limits, "", path)


def _finish(document: RawDocument, limits: Limits, note: str, path: str | None) -> None:
    """XML-safe strings, the text within its limit, and the reader-choice warning."""
    for name in RawDocument.__slots__:
        value = getattr(document, name)
        if isinstance(value, str):
            setattr(document, name, _XML_INVALID.sub("", value))
    if len(document.text) > limits.max_text_chars:
        document.text = document.text[: limits.max_text_chars]
        document.warnings.append(f"text cut at the limit of {limits.max_text_chars} characters")
    if note:
        document.warnings.insert(0, note)
    if not document.text.strip() and document.published is None and document.page_search is None:
        # (a page whose main text is empty but whose metadata dates it is kept, partial)
        raise EmptyDocumentError("no text left after removing control characters", path=path)
