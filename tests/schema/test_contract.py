"""The JSON output contract: stable fields, exact evidence, failed records."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from briefing import parse_file, parse_text
from briefing.parsing import parse_bytes
from briefing.schema import Record


def test_every_evidence_span_slices_the_text_exactly(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        record = parse_file(path)
        for ev in record.evidence_items():
            assert record.text[ev.start : ev.end] == ev.text, (path.name, ev)


def test_every_extracted_item_has_evidence(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        record = parse_file(path)
        for name in type(record).model_fields:
            items = getattr(record, name)
            if not isinstance(items, list):
                continue
            for item in items:
                if hasattr(item, "evidence"):
                    assert item.evidence, (path.name, name, item)


def test_record_dump_has_the_contract_fields(seed_paths: list[Path]) -> None:
    dumped = parse_file(seed_paths[0]).model_dump(mode="json")
    for name in ("schema_version", "id", "source", "kind", "title", "published", "partners",
                 "themes", "people"):
        assert name in dumped
    assert dumped["schema_version"] == "1"
    assert len(dumped["id"]) == 16 and int(dumped["id"], 16) >= 0
    assert Record.model_validate(json.loads(json.dumps(dumped))) == parse_file(seed_paths[0])


def test_same_text_gives_same_id_whatever_the_whitespace() -> None:
    a = parse_text("Kazakhstan and Italy\n\nsigned a memorandum.")
    b = parse_text("Kazakhstan and Italy\nsigned   a memorandum.  ")
    assert a.id == b.id


def test_unreadable_input_gives_a_failed_record_not_an_exception() -> None:
    (record,) = parse_bytes(b"   \n\t ", path="blank.txt")
    assert record.status == "failed"
    assert record.error is not None and record.error.type == "EmptyDocumentError"
    assert record.source.path == "blank.txt"


def test_parse_output_validates_against_the_printed_schema(
    seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert main(["parse", *map(str, seed_paths)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(seed_paths)
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_text_that_cleaning_would_remove_entirely_is_kept_with_a_warning() -> None:
    # A lone short line reads like navigation to the cleaner; it is still the whole document.
    record = parse_text("Hello, world!")
    assert record.text == "Hello, world!"
    assert record.status == "partial"
    assert any("kept as read" in w for w in record.warnings)


def test_a_document_with_warnings_is_partial_not_ok() -> None:
    (record,) = parse_bytes("Kazakhstan and Italy signed a memorandum.\n".encode("utf-16"),
                            path="note.txt")
    assert record.text.startswith("Kazakhstan and Italy")
    assert record.status == ("partial" if record.warnings else "ok")
