"""Telling a format from the first bytes of a file, for files whose name does not.

Only signatures that cannot occur in ordinary text are *strong*: ``%PDF`` and a
zip package. They override a wrong extension (a PDF saved as ``.docx``). The
weak guesses (HTML, JSON, plain text) are used only when the name says
nothing, so that a ``.txt`` note that begins with ``{`` stays a note.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from briefing.ingest.package_guard import ZIP_ERRORS

# Where a PDF header may start: readers accept junk before it within the first KiB.
PDF_HEADER_WINDOW = 1024
# Bytes looked at for the weak, text-based guesses.
TEXT_WINDOW = 4096
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOCX_MAIN_PART = "word/document.xml"
# Markup that only HTML has, looked for in a file that starts with a tag.
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|br)\b", re.I)
_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b|\bendobj\b|\bstartxref\b|\btrailer\s*<<")
_UTF_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

STRONG_FORMATS = frozenset({"pdf", "docx", "zip"})


def sniff(data: bytes) -> str:
    """``pdf``, ``docx``, ``zip`` (some other package), ``html``, ``json`` or ``txt``."""
    strong = sniff_container(data)
    if strong is not None:
        return strong
    head = _ascii_head(data)
    if head.lstrip()[:1] == b"<" and _HTML_TAG.search(head):
        return "html"
    if head.lstrip()[:1] in (b"{", b"["):
        return "json"
    return "txt"


def sniff_container(data: bytes) -> str | None:
    """``pdf``, ``docx`` or ``zip`` when the bytes carry that signature, else ``None``."""
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return "docx" if _has_docx_part(data) else "zip"
    return None


def pdf_fragment(data: bytes) -> bool:
    """True for PDF object syntax without the header: a damaged PDF, not a text."""
    return _PDF_OBJECT.search(data[:TEXT_WINDOW]) is not None


def _has_docx_part(data: bytes) -> bool:
    """True when the zip's directory lists ``word/document.xml`` (nothing is inflated)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            return DOCX_MAIN_PART in package.namelist()
    except ZIP_ERRORS:
        # A truncated package still names its main part in its local headers.
        return DOCX_MAIN_PART.encode() in data[: 1 << 20]


def _ascii_head(data: bytes) -> bytes:
    """The first bytes without a byte order mark and, for UTF-16, without the zero bytes."""
    head = data[:TEXT_WINDOW]
    for bom in _UTF_BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:200].count(b"\x00") > 20:
        head = head.replace(b"\x00", b"")
    return head


# Signatures of formats that no reader takes, so that the error can name them.
_UNSUPPORTED = (
    (OLE_MAGIC, "a legacy Office file (.doc, .xls, .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
)


def known_binary(data: bytes) -> str | None:
    """What an unsupported file is, when its signature says so."""
    return next((what for magic, what in _UNSUPPORTED if data.startswith(magic)), None)
