"""HTML, DOCX and PDF readers on documents the tests build, and choosing the reader."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.errors import UnsupportedFormatError
from briefing.ingest import read_document
from briefing.ingest.sniff import sniff
from briefing.parsing import parse_bytes
from ingest_samples import NEWS_PAGE, docx_bytes, pdf_bytes

BODY = [
    "The University of Camerino and Al-Farabi Kazakh National University signed an agreement",
    "archaeology and a summer school on the cultural heritage of the Silk Road",
    "language courses in Italian and Kazakh would be offered before the term",
]
BOILERPLATE = ["Subscribe", "Most popular", "Celebrity chef", "Copyright", "Cookie policy"]


def test_html_keeps_the_article_and_drops_the_page_furniture() -> None:
    [document] = read_document(NEWS_PAGE.encode(), path="page.html")
    flat = " ".join(document.text.split())
    for phrase in BODY:
        assert phrase in flat
    for phrase in BOILERPLATE:
        assert phrase not in document.text
    assert document.main_text


def test_html_metadata_gives_title_date_and_author() -> None:
    [document] = read_document(NEWS_PAGE.encode(), path="page.html")
    assert document.title == "Kazakh and Italian universities sign an exchange agreement"
    assert document.published == dt.date(2024, 7, 10)
    assert document.author == "Anna Rossi"


def test_html_record_text_has_no_boilerplate() -> None:
    [record] = parse_bytes(NEWS_PAGE.encode(), path="page.html")
    assert record.status != "failed"
    assert "signed an agreement" in record.text
    assert "Most popular" not in record.text and "Copyright" not in record.text


def test_html_in_a_declared_legacy_charset() -> None:
    page = NEWS_PAGE.replace('charset="utf-8"', 'charset="windows-1251"')
    page = page.replace("signed an agreement", "подписали соглашение")
    [document] = read_document(page.encode("cp1251"), path="page.htm")
    assert "подписали соглашение" in document.text


def test_docx_paragraphs_headings_and_table_rows_in_order() -> None:
    data = docx_bytes(
        [
            ("Cultural cooperation with Italy", "Heading 1"),
            ("The Embassy held a concert in Rome.", None),
            ("Plans", "Heading 2"),
        ],
        table=[["Date", "Event"], ["12 May", "Exhibition"]],
        title="Note on Italy",
        created=dt.datetime(2023, 5, 14, 10, 0),
    )
    [document] = read_document(data, path="note.docx")
    assert document.text.split("\n") == [
        "Cultural cooperation with Italy",
        "The Embassy held a concert in Rome.",
        "Plans",
        "Date | Event",
        "12 May | Exhibition",
    ]
    assert document.title == "Note on Italy"
    assert document.file_created == dt.datetime(2023, 5, 14, 10, 0, tzinfo=dt.UTC)
    assert document.published is None  # the file's date, not the document's


def test_docx_file_dates_go_to_source_never_to_published() -> None:
    data = docx_bytes([("The Embassy held a concert in Rome.", None)])  # python-docx's template
    [record] = parse_bytes(data, path="note.docx")
    assert record.published is None
    assert record.source.file_created == dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)


def test_pdf_pages_are_separated_by_form_feeds() -> None:
    data = pdf_bytes(
        [["Cultural cooperation between", "Kazakhstan and Poland."], ["Second page text."]],
        title="Report",
    )
    [document] = read_document(data, path="report.pdf")
    assert (
        document.text == "Cultural cooperation between\nKazakhstan and Poland.\n\fSecond page text."
    )
    assert document.layout and document.title == "Report"


def test_pdf_record_text_has_no_control_characters() -> None:
    data = pdf_bytes([["First page ends here."], ["Second page goes on."]])
    [record] = parse_bytes(data, path="report.pdf")
    assert "First page ends here." in record.text and "Second page goes on." in record.text
    assert "\f" not in record.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (pdf_bytes([["x"]]), "pdf"),
        (b"junk before\n" + pdf_bytes([["x"]]), "pdf"),
        (docx_bytes([("x", None)]), "docx"),
        (NEWS_PAGE.encode(), "html"),
        (b"\n  <div><p>fragment</p></div>", "html"),
        (b'  {"text": "x"}', "json"),
        (b"[1, 2]", "json"),
        (b"Plain note about <b> tags", "txt"),
        ("\ufeff<!doctype html><p>x".encode(), "html"),
    ],
)
def test_sniffing_the_content(data: bytes, expected: str) -> None:
    assert sniff(data) == expected


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (pdf_bytes([["A report saved with the wrong name."]]), "report.docx", "pdf"),
        (docx_bytes([("A note saved as text.", None)]), "note.txt", "docx"),
        (NEWS_PAGE.encode(), "download", "html"),
        (b'{"text": "From a feed."}', "feed", "json"),
        (NEWS_PAGE.encode(), "page.docx", "html"),
    ],
)
def test_content_wins_over_a_wrong_or_missing_extension(data: bytes, name: str, fmt: str) -> None:
    [document] = read_document(data, path=name)
    assert document.format == fmt
    has_extension = "." in name
    assert any("looks like" in w for w in document.warnings) == has_extension


def test_text_named_file_starting_with_a_brace_stays_text() -> None:
    [document] = read_document(b"{draft} Notes on the visit.", path="notes.txt")
    assert document.format == "txt"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Office"),
        (b"{\\rtf1\\ansi Hello}", "RTF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
    ],
)
def test_known_unsupported_formats_are_named(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=what):
        read_document(data, path="attachment.bin")


def test_format_can_be_forced() -> None:
    [document] = read_document(b"# Title\ntext", path="x.txt", fmt="md")
    assert document.text == "Title\ntext"
    with pytest.raises(UnsupportedFormatError):
        read_document(b"x", path="x.txt", fmt="odt")
