"""Hostile and broken inputs built by the tests: each gives a clear error, fast, naming the file."""

from __future__ import annotations

import io
import zipfile

import pytest

from briefing.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InputError,
    NoTextLayerError,
    TooLargeError,
    UnsupportedFormatError,
)
from briefing.ingest import read_document
from briefing.options import Limits
from ingest_samples import docx_bytes, encrypted_pdf, pdf_bytes, replace_part

XXE_BODY = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE cp [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&b;</dc:title></cp:coreProperties>"""


@pytest.fixture(scope="module")
def docx() -> bytes:
    return docx_bytes([("Cultural cooperation report.", None)])


def test_external_entity_in_the_body_is_refused(docx: bytes) -> None:
    hostile = replace_part(docx, "word/document.xml", XXE_BODY)
    with pytest.raises(CorruptDocumentError, match=r"word/document\.xml declares a DTD") as caught:
        read_document(hostile, path="inbox/xxe.docx")
    assert "inbox/xxe.docx" in str(caught.value)


def test_entity_expansion_in_core_properties_is_refused(docx: bytes) -> None:
    hostile = replace_part(docx, "docProps/core.xml", LAUGHS)
    with pytest.raises(CorruptDocumentError, match=r"docProps/core\.xml"):
        read_document(hostile, path="laughs.docx")


def test_utf16_encoded_doctype_is_found(docx: bytes) -> None:
    hostile = replace_part(docx, "word/document.xml", XXE_BODY.decode().encode("utf-16-le"))
    with pytest.raises(CorruptDocumentError, match="DTD"):
        read_document(hostile, path="xxe16.docx")


def test_zip_bomb_member_is_refused_from_the_directory(docx: bytes) -> None:
    hostile = replace_part(docx, "word/media/filler.bin", bytes(8 * 1024 * 1024))
    with pytest.raises(CorruptDocumentError, match="zip bomb"):
        read_document(hostile, path="bomb.docx")


def test_total_unpacked_size_is_limited(docx: bytes) -> None:
    padded = replace_part(docx, "word/media/photo.bin", bytes(2 * 1024 * 1024), stored=True)
    with pytest.raises(TooLargeError, match="unpacks to"):
        read_document(padded, path="big.docx", limits=Limits(max_unpacked_bytes=1024 * 1024))


def test_package_with_too_many_members_is_refused(docx: bytes) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", b"<x/>")
        for number in range(6000):
            package.writestr(f"m/{number}", b"")
    with pytest.raises(CorruptDocumentError, match="members"):
        read_document(out.getvalue(), path="many.docx")


def test_lying_sizes_in_the_directory_do_not_inflate_the_member(docx: bytes) -> None:
    """A member whose declared size is smaller than its content fails its check, no more."""
    package = bytearray(docx)
    header = package.find(b"word/document.xml", package.find(b"PK\x01\x02"))
    size_field = header - 46 + 24  # uncompressed size in the central directory entry
    package[size_field : size_field + 4] = (10).to_bytes(4, "little")
    with pytest.raises(CorruptDocumentError):
        read_document(bytes(package), path="lying.docx")


def test_spreadsheet_renamed_to_docx_is_named(docx: bytes) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("xl/workbook.xml", b"<workbook/>")
    with pytest.raises(UnsupportedFormatError, match=r"word/document\.xml"):
        read_document(out.getvalue(), path="sheet.docx")


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_docx_is_corrupt(docx: bytes, cut: float) -> None:
    with pytest.raises(CorruptDocumentError):
        read_document(docx[: int(len(docx) * cut)], path="cut.docx")


def test_encrypted_word_file_is_named() -> None:
    with pytest.raises(EncryptedDocumentError):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000), path="secret.docx")


def test_encrypted_pdf_needs_a_password() -> None:
    with pytest.raises(EncryptedDocumentError, match="password"):
        read_document(encrypted_pdf(), path="secret.pdf")


def test_pdf_without_text_layer_needs_ocr() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        read_document(pdf_bytes([[], []]), path="scan.pdf")


def test_pdf_with_some_scanned_pages_warns() -> None:
    [document] = read_document(pdf_bytes([["Typed page."], []]), path="mixed.pdf")
    assert document.text.startswith("Typed page.")
    assert any("pages 2 have no text layer" in warning for warning in document.warnings)


def test_pdf_page_limit_is_kept() -> None:
    data = pdf_bytes([[f"Page {n} text."] for n in range(1, 6)])
    [document] = read_document(data, path="long.pdf", limits=Limits(max_pdf_pages=2))
    assert "Page 2 text." in document.text and "Page 3" not in document.text
    assert any("first 2 of 5 pages" in warning for warning in document.warnings)


@pytest.mark.parametrize("cut", [0.2, 0.5, 0.8])
def test_truncated_pdf_reads_what_it_can_or_is_corrupt(cut: float) -> None:
    data = pdf_bytes([["Cultural cooperation with Poland."], ["More text."]])
    try:
        documents = read_document(data[: int(len(data) * cut)], path="cut.pdf")
    except InputError:
        return
    assert documents[0].text.strip()


def test_pdf_fragment_without_header_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match="not a readable PDF"):
        read_document(b"1 0 obj<</Kids 1 0 R>>\nendobj\ntrailer<</Root 1 0 R>>", path="f.pdf")


def test_garbage_named_pdf_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match=r"not .pdf"):
        read_document(bytes(range(256)) * 10, path="garbage.pdf")


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.html", "empty.json"])
def test_empty_files_of_every_format(name: str) -> None:
    with pytest.raises(EmptyDocumentError):
        read_document(b"", path=name)


def test_file_over_the_size_limit_is_refused_before_reading() -> None:
    with pytest.raises(TooLargeError):
        read_document(b"x" * 2000, path="a.txt", limits=Limits(max_file_bytes=1000))


def test_html_with_entities_and_scripts_fetches_nothing() -> None:
    page = (
        b'<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>'
        b'<script>fetch("http://example.invalid")</script><img src="http://example.invalid/a.png">'
        b"<article><p>"
        + b"The embassy opened a cultural centre in Warsaw this week. " * 8
        + b"&x;</p></article></body></html>"
    )
    [document] = read_document(page, path="evil.html")
    assert "root:" not in document.text and "fetch(" not in document.text
    assert "cultural centre in Warsaw" in document.text


def test_corrupt_deflate_stream_in_a_member_is_corrupt(docx: bytes) -> None:
    """Found by the fuzzer: zlib's own error escaped as a bug."""
    package = bytearray(docx)
    start = package.find(b"word/document.xml") + len(b"word/document.xml")
    package[start + 5 : start + 40] = bytes(range(200, 235))
    with pytest.raises(CorruptDocumentError):
        read_document(bytes(package), path="flipped.docx")


@pytest.mark.parametrize(
    ("field", "value"),
    [(10, 97), (6, 250)],
    ids=["unknown-compression-method", "unknown-zip-version"],
)
def test_unsupported_zip_features_are_corrupt(docx: bytes, field: int, value: int) -> None:
    """Found by the fuzzer: zipfile raises NotImplementedError for these."""
    package = bytearray(docx)
    entry = package.rfind(
        b"PK\x01\x02", 0, package.find(b"word/document.xml", package.find(b"PK\x01\x02"))
    )
    package[entry + field : entry + field + 2] = value.to_bytes(2, "little")
    with pytest.raises(CorruptDocumentError):
        read_document(bytes(package), path="odd.docx")


def test_huge_page_markup_is_refused_but_scripts_do_not_count() -> None:
    from briefing.ingest.html_reader import MAX_MARKUP_CHARS

    article = (
        "<article><p>" + "The embassy opened a cultural centre in Warsaw. " * 10 + "</p></article>"
    )
    script = "<script>var x = 1;" + " " * MAX_MARKUP_CHARS + "</script>"
    [document] = read_document(
        f"<html><body>{script}{article}</body></html>".encode(), path="s.html"
    )
    assert "cultural centre" in document.text
    filler = "<div>x</div>" * (MAX_MARKUP_CHARS // 12 + 1)
    with pytest.raises(TooLargeError, match="page markup"):
        read_document(f"<html><body>{filler}{article}</body></html>".encode(), path="big.html")
