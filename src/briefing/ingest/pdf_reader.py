"""PDF files: the text layer of each page, pages separated by a form feed.

PDFium (through pypdfium2) was chosen by measurement on 56 broken and
hostile files: it is 3–10 times faster than pypdf, reads text from fuzzed
files pypdf gives up on, opens AES-256 files with an empty password, and
stops on cyclic page trees instead of recursing. The output keeps the page
layout: one line per printed line, ``\\n\\f`` between pages (as
``pdftotext`` writes it), and an empty line where the page shows a paragraph
ends (:mod:`.pdf_lines`). Joining hard wraps and hyphenated words, and
dropping running headers and page numbers, is the cleaner's job
(:mod:`briefing.clean.pdf_text`, triggered by ``RawDocument.layout``).

The work is bounded: at most ``Limits.max_pdf_pages`` pages and
:data:`TIME_BUDGET_S` seconds; what is left unread is named in a warning.
A PDF whose pages hold no text at all is an error (it needs OCR), never an
empty success.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import zlib
from typing import Any

from briefing.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    TooLargeError,
)
from briefing.ingest.base import RawDocument
from briefing.ingest.pdf_lines import LINE_END_HYPHENS, WRAP, Glyph, GlyphAt, Page, read_page
from briefing.options import Limits

PAGE_BREAK = "\n\f"
# A stream inflating beyond this is refused: a dense page's content is ~100 KB, and PDFium
# holds a whole content stream in memory (images, never decoded for text, are not checked).
MAX_STREAM_BYTES = 128 * 1024 * 1024
_DEFLATE_MAX_RATIO = 1032
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_DICT_WINDOW = 4096
_IN_CHUNK = 64 * 1024
_OUT_CHUNK = 4 * 1024 * 1024
# Reading stops after this many seconds, keeping the pages read so far.
TIME_BUDGET_S = 60.0
# A page with fewer non-space characters than this has no text layer worth the name.
MIN_PAGE_CHARS = 3
# PDFium's error codes for a document that needs a password (fpdfview.h).
_PASSWORD_ERRORS = frozenset({4, 5})


class PdfReader:
    """Reads ``.pdf`` files that have a text layer."""

    name = "pdf"
    extensions: tuple[str, ...] = (".pdf",)

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Page texts joined by form feeds, with the title and the file's own dates (never
        ``published``: they date the file, not the document)."""
        check_inflation(data, path)
        document = _open(data, path)
        try:
            pages, marked, display, warnings = _page_texts(document, path, limits)
            info = _metadata(document)
        finally:
            document.close()
        text = PAGE_BREAK.join(pages)
        return [
            RawDocument(
                text=text,
                format=self.name,
                title=info.get("Title", "").strip() or None,
                layout=True,
                paragraphs=marked,
                display=tuple(display),
                warnings=warnings,
                file_created=_pdf_moment(info.get("CreationDate", "")),
                file_modified=_pdf_moment(info.get("ModDate", "")),
            )
        ]


def check_inflation(data: bytes, path: str | None) -> None:
    """Refuse a PDF with a stream that inflates beyond :data:`MAX_STREAM_BYTES`.

    PDFium inflates a page's whole content stream in memory, and aborts the
    process when memory runs out: a 1.2 MB file of one 1.2 GB stream took
    2.3 GB. Streams are found by their keyword and inflated here piece by
    piece, output thrown away, stopping at the limit. Streams too short to
    reach it (deflate inflates 1,032 times at most) and images (never
    decoded for text) are not inflated, so an ordinary PDF costs a scan.
    """
    shortest = MAX_STREAM_BYTES // _DEFLATE_MAX_RATIO
    for match in _STREAM.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        if end - start <= shortest or _is_image(data, match.start()):
            continue
        if _inflates_beyond(memoryview(data)[start:end], MAX_STREAM_BYTES):
            raise TooLargeError(
                f"a stream at byte {start} inflates to more than {MAX_STREAM_BYTES // 2**20} MB "
                "(a decompression bomb); refused",
                path=path,
            )


def _is_image(data: bytes, keyword: int) -> bool:
    """Whether the stream dictionary just before ``keyword`` is an image's."""
    head = data[max(0, keyword - _DICT_WINDOW) : keyword]
    head = head[head.rfind(b"obj") + 1 :]
    return _IMAGE.search(head) is not None


def _inflates_beyond(stream: memoryview, limit: int) -> bool:
    inflater = zlib.decompressobj()
    total = 0
    for at in range(0, len(stream), _IN_CHUNK):
        pending: bytes | memoryview = stream[at : at + _IN_CHUNK]
        try:
            while pending and not inflater.eof:
                total += len(inflater.decompress(pending, _OUT_CHUNK))
                if total > limit:
                    return True
                pending = inflater.unconsumed_tail
        except zlib.error:  # not deflate, or broken: PDFium decides
            return False
        if inflater.eof:
            return False
    return False


def _open(data: bytes, path: str | None) -> Any:
    import pypdfium2 as pdfium  # imported here: only PDF files need it

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in _PASSWORD_ERRORS:
            raise EncryptedDocumentError(
                "the PDF is encrypted and needs a password", path=path
            ) from exc
        raise CorruptDocumentError(f"not a readable PDF ({exc})", path=path) from exc


def _page_texts(
    document: Any, path: str | None, limits: Limits
) -> tuple[list[str], bool, list[str], list[str]]:
    """The text of each page read within the limits, whether every page's paragraphs
    were marked from its geometry, the first page's lines set larger than its body
    type, and warnings about the rest."""
    count = len(document)
    if count == 0:
        raise EmptyDocumentError("the PDF has no pages", path=path)
    deadline = time.monotonic() + TIME_BUDGET_S
    pages: list[str] = []
    failed: list[int] = []
    marked = True
    display: list[str] = []
    for number in range(1, min(count, limits.max_pdf_pages) + 1):
        if time.monotonic() > deadline:
            break
        text, page_marked, page_display = _page_text(document, number - 1)
        display = display or page_display
        if text is None:
            failed.append(number)
        pages.append(text or "")
        marked = marked and page_marked
    warnings = _warnings(pages, failed, count, path)
    return pages, marked, display, warnings


def _page_text(document: Any, index: int) -> tuple[str | None, bool, list[str]]:
    """One page's text with ``\\n`` line ends (``None`` when PDFium cannot load the page),
    whether its paragraph breaks are marked, and (first page only) its lines set larger
    than its body type."""
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                text: str = textpage.get_text_range()
                read = _read(text, _glyph_at(textpage, len(text)))
            finally:
                textpage.close()
        finally:
            page.close()
    except MemoryError:  # the worker's memory limit: never a broken page
        raise
    except Exception:  # PDFium reports any broken page object this way; the page is skipped
        return None, False, []
    if read is not None:
        return read.text, True, read.display if index == 0 else []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for hyphen in LINE_END_HYPHENS:
        text = text.replace(hyphen, "-" + WRAP)
    return text, False, []


def _read(text: str, glyph: GlyphAt | None) -> Page | None:
    """The page's text with its paragraph breaks marked and its lines in display type,
    or ``None`` without usable geometry (a box PDFium cannot give, a font of no height
    in a broken file)."""
    if glyph is None:
        return None
    try:
        return read_page(text, glyph)
    except (_NoGeometryError, ArithmeticError):
        return None


def _glyph_at(textpage: Any, size: int) -> GlyphAt | None:
    """Where each character of the page stands (loose box, baseline, type size), asked of
    PDFium one character at a time; ``None`` when the text and the characters do not
    match one for one (characters beyond the BMP count twice in the text)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    if textpage.count_chars() != size:
        return None
    raw = textpage.raw
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()

    def glyph(n: int) -> Glyph:
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, n, box):
            raise _NoGeometryError
        if not pdfium_c.FPDFText_GetCharOrigin(raw, n, x, y):
            y.value = box.bottom
        type_size = float(pdfium_c.FPDFText_GetFontSize(raw, n))
        return Glyph(box.left, box.right, y.value, box.top - box.bottom, type_size)

    return glyph


class _NoGeometryError(Exception):
    """PDFium gave no box for a character: the page keeps its plain lines."""


def _warnings(pages: list[str], failed: list[int], count: int, path: str | None) -> list[str]:
    """What was not read; an error when nothing has text."""
    blank = [n for n, text in enumerate(pages, 1) if _blank(text) and n not in failed]
    if all(_blank(text) for text in pages):
        if failed and not blank:
            raise CorruptDocumentError(
                f"no page of the PDF could be read ({count} pages)", path=path
            )
        raise NoTextLayerError(
            "the PDF has no text layer (scanned pages?); it needs OCR first", path=path
        )
    warnings: list[str] = []
    if len(pages) < count:
        warnings.append(f"only the first {len(pages)} of {count} pages were read (limit)")
    if failed:
        warnings.append(f"pages {_numbers(failed)} could not be read")
    if blank:
        warnings.append(f"pages {_numbers(blank)} have no text layer (OCR needed)")
    return warnings


def _blank(text: str) -> bool:
    return len("".join(text.split())) < MIN_PAGE_CHARS


def _numbers(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20])
    return shown + (f" and {len(numbers) - 20} more" if len(numbers) > 20 else "")


def _metadata(document: Any) -> dict[str, str]:
    try:
        found = document.get_metadata_dict(skip_empty=True)
    except MemoryError:
        raise
    except Exception:  # a broken info dictionary costs the title only
        return {}
    return {str(k): str(v) for k, v in found.items()}


_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def _pdf_moment(value: str) -> dt.datetime | None:
    """A PDF date string (``D:20240310143000+01'00'``) as a naive date-time, or ``None``."""
    match = _PDF_DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = (int(part or 1) for part in match.groups()[:3])
    hour, minute, second = (int(part or 0) for part in match.groups()[3:])
    try:  # the time zone is left out: it is often missing or broken
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
