"""Text, Markdown and JSON readers: encodings detected, syntax reduced, limits kept."""

from __future__ import annotations

import json

import pytest

from briefing.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError
from briefing.ingest import read_document
from briefing.ingest.markdown_text import markdown_to_text
from briefing.options import Limits

RUSSIAN = "Посольство Казахстана провело в Ереване Дни культуры. Выставка ковров и концерт."
ENGLISH = "The Embassy of Kazakhstan held Days of Culture in Yerevan, with a carpet exhibition."


@pytest.mark.parametrize(
    "encoded",
    [
        RUSSIAN.encode("utf-8"),
        b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"),
        RUSSIAN.encode("utf-16"),  # with a byte order mark
        RUSSIAN.encode("utf-16-le"),
        RUSSIAN.encode("utf-16-be"),
        RUSSIAN.encode("cp1251"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1251"],
)
def test_russian_text_decodes_in_every_common_encoding(encoded: bytes) -> None:
    [document] = read_document(encoded, path="note.txt")
    assert document.text == RUSSIAN


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_english_utf16_without_mark_decodes(encoding: str) -> None:
    [document] = read_document(ENGLISH.encode(encoding), path="note.txt")
    assert document.text == ENGLISH


def test_invalid_utf8_bytes_are_replaced_with_a_warning() -> None:
    data = ("Café culturel à Almaty. " * 20).encode("utf-8") + b"\xff\xfe broken"
    [document] = read_document(data, path="note.txt")
    assert document.text.startswith("Café culturel")
    assert any("invalid UTF-8" in warning for warning in document.warnings)


def test_binary_file_named_txt_is_refused() -> None:
    data = bytes(range(256)) * 40
    with pytest.raises(UnsupportedFormatError, match="binary"):
        read_document(data, path="photo.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff".encode()])
def test_empty_and_whitespace_files_are_refused_naming_the_file(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError) as caught:
        read_document(data, path="inbox/empty.txt")
    assert "inbox/empty.txt" in str(caught.value)


def test_xml_invalid_control_characters_are_removed() -> None:
    data = b"Cultural\x00 and\x07 educational cooperation\x0b between the two countries."
    [document] = read_document(data, path="a.txt")
    assert document.text == "Cultural and educational cooperation between the two countries."


def test_long_text_is_cut_at_the_limit_with_a_warning() -> None:
    data = ("word " * 100_000).encode()
    [document] = read_document(data, path="big.txt", limits=Limits(max_text_chars=10_000))
    assert len(document.text) == 10_000
    assert any("cut" in warning for warning in document.warnings)


def test_one_megabyte_line_is_read_whole() -> None:
    line = "Kazakhstan and Armenia " * 45_000
    [document] = read_document(line.encode(), path="line.txt")
    assert document.text == line


def test_markdown_syntax_is_reduced_to_plain_lines() -> None:
    markdown = (
        "# Days of *Culture*\n"
        "Setext title\n"
        "============\n"
        "The **Embassy** opened an [exhibition](https://example.org/x) in _Rome_.\n"
        "- first item\n"
        "2. second item\n"
        "> a quoted line with `code`\n"
        "![poster](poster.png)\n"
        "---\n"
        "| City | Event |\n"
        "|------|-------|\n"
        "| Rome | Concert |\n"
        "[ref]: https://example.org\n"
    )
    assert markdown_to_text(markdown).split("\n") == [
        "Days of Culture",
        "Setext title",
        "The Embassy opened an exhibition in Rome.",
        "first item",
        "second item",
        "a quoted line with code",
        "poster",
        "City | Event",
        "Rome | Concert",
        "",
    ]


def test_markdown_keeps_snake_case_and_arithmetic() -> None:
    assert markdown_to_text("file_name_here and 2*3*4") == "file_name_here and 2*3*4"


def test_markdown_reader_is_chosen_by_extension() -> None:
    [document] = read_document(b"## Agreement\nSigned in **Astana**.", path="notes/a.md")
    assert document.format == "md"
    assert document.text == "Agreement\nSigned in Astana."


def test_json_list_gives_one_document_per_object_with_metadata() -> None:
    items = [
        {"text": "First note.", "title": "One", "published": "2024-03-05", "kind": "news"},
        {"text": "", "title": "skipped"},
        {"text": "Second note.", "url": "https://example.org/2", "lang": "ru"},
    ]
    first, second = read_document(json.dumps(items).encode(), path="items.json")
    assert (first.text, first.title, str(first.published), first.kind) == (
        "First note.",
        "One",
        "2024-03-05",
        "news",
    )
    assert (second.url, second.lang) == ("https://example.org/2", "ru")
    assert any("item 2" in warning for warning in second.warnings)


def test_json_lines_and_single_object() -> None:
    lines = b'{"text": "A."}\n\n{"text": "B.", "published": "not a date"}\n'
    first, second = read_document(lines, path="items.jsonl")
    assert (first.text, second.text, second.published) == ("A.", "B.", None)
    assert any("not an ISO date" in warning for warning in second.warnings)
    [single] = read_document(b'{"text": "Only."}', path="one.json")
    assert single.text == "Only."


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b'{"text": "unterminated', CorruptDocumentError),
        (b"[" * 100_000, CorruptDocumentError),
        (b'[{"title": "no text"}, 5, "x"]', EmptyDocumentError),
    ],
    ids=["truncated", "deep-nesting", "no-text"],
)
def test_bad_json_is_an_input_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        read_document(data, path="bad.json")


@pytest.mark.parametrize("unit", ["**a ", "[a", "*a ", "__a ", "# "])
def test_long_line_of_unclosed_markdown_marks_is_left_as_it_is(unit: str) -> None:
    """Each mark fails at the next one of its kind: linear, not one scan per mark."""
    line = "x " + unit * 100_000
    assert markdown_to_text(line).strip() != ""
