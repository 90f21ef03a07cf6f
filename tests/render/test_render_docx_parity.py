"""The DOCX as Word and LibreOffice open it: fields updated, running headers, sized columns,
application name, every label in the briefing's language."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from briefing.compose import build_briefing
from briefing.compose.labels import load_labels, packaged_templates
from briefing.options import BuildOptions
from briefing.render import render_docx
from briefing.render.columns import CHAR_TWIPS, fit_columns
from briefing.schema.briefing import Briefing
from briefing.schema.record import Record
from compose_factory import generated_records, make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def negotiated(record: Record) -> Record:
    """The record with its agreements under negotiation (a status id with an underscore)."""
    agreements = [a.model_copy(update={"status": "under_negotiation"}) for a in record.agreements]
    return record.model_copy(update={"agreements": agreements})


def records() -> list[Record]:
    return [*generated_records(12, seed=4),
            negotiated(make_record(title="Talks on a memorandum", path="talks",
                                   agreements=(("Memorandum on higher education", None),)))]


@pytest.fixture(scope="module", params=["en", "ru"])
def built(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Path]:
    brief = build_briefing(records(), options=BuildOptions(created=CREATED, lang=request.param))
    path = tmp_path_factory.mktemp("docx") / f"briefing-{request.param}.docx"
    render_docx(brief, path)
    return brief, path


def test_word_is_asked_to_update_the_fields_on_opening(built: tuple[Briefing, Path]) -> None:
    settings = Document(str(built[1])).settings.element
    flags = settings.findall(qn("w:updateFields"))
    assert len(flags) == 1 and flags[0].get(qn("w:val")) == "true"
    names = [child.tag for child in settings]
    assert names.index(qn("w:updateFields")) < names.index(qn("w:compat"))  # schema order


def test_the_contents_field_holds_its_entries(built: tuple[Briefing, Path]) -> None:
    brief, path = built
    doc = Document(str(path))
    entries = [p for p in doc.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert [p.text for p in entries][:2] == [brief.label("executive_summary"),
                                             brief.groups[0].heading]
    first, last = entries[0]._p, entries[-1]._p
    kinds = [c.get(qn("w:fldCharType")) for c in first.iter(qn("w:fldChar"))]
    assert kinds[:2] == ["begin", "separate"]  # the entries are the field's shown result
    assert [c.get(qn("w:fldCharType")) for c in last.iter(qn("w:fldChar"))][-1] == "end"


def test_each_section_has_a_running_header_naming_it(built: tuple[Briefing, Path]) -> None:
    brief, path = built
    sections = Document(str(path)).sections
    headers = [section.header.paragraphs[0].text for section in sections]
    names = [brief.label("contents"), brief.label("executive_summary"),
             *(g.heading for g in brief.groups), brief.label("method"), brief.label("sources")]
    assert headers == [f"{brief.cover.title}\t{name}" for name in names]
    assert sections[0].different_first_page_header_footer  # the cover has no header
    assert not any(section.different_first_page_header_footer for section in sections[1:])
    footers = {section.footer.is_linked_to_previous for section in sections[1:]}
    assert footers == {True}  # one footer, "Page X of Y", throughout


def test_the_application_is_briefing(built: tuple[Briefing, Path]) -> None:
    with zipfile.ZipFile(built[1]) as package:
        app = package.read("docProps/app.xml").decode()
    assert "<Application>briefing</Application>" in app
    assert "Word" not in app


def test_status_ids_become_words(built: tuple[Briefing, Path]) -> None:
    brief, path = built
    doc = Document(str(path))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert not [text for text in cells if "_" in text]
    expected = load_labels(packaged_templates(), brief.metadata.lang).statuses[
        "under_negotiation"]
    assert "_" not in expected and expected in cells


def test_table_columns_are_at_least_as_wide_as_their_words(
        built: tuple[Briefing, Path]) -> None:
    doc = Document(str(built[1]))
    for table in doc.tables:
        if table._tbl.find(f".//{qn('w:textDirection')}") is not None:
            continue  # the matrix: its heads are written upwards, its columns all alike
        grid = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        for row in table.rows:
            for width, cell in zip(grid, row.cells, strict=True):
                longest = max((len(word) for word in cell.text.split()), default=0)
                assert longest * CHAR_TWIPS <= width, (cell.text, width)


def test_fit_columns_gives_words_their_room_and_the_rest_to_long_texts() -> None:
    status = ["under_negotiation", "signed"]
    text = ["A memorandum on cooperation in higher education and science " * 3]
    widths = fit_columns([text, status], 9000)
    assert sum(widths) == 9000
    assert widths[1] >= len("under_negotiation") * CHAR_TWIPS
    assert widths[0] > widths[1]
    short = fit_columns([["Name"], ["Role"]], 9000)
    assert sum(short) == 9000 and abs(short[0] - short[1]) <= 1  # even room is shared evenly
    squeezed = fit_columns([["a" * 60], ["b" * 60]], 3000)
    assert sum(squeezed) == 3000  # words too long for the page still fill it, no more


def words(label: str) -> bool:
    """Whether a label has words of its own (beyond ``{placeholders}``)."""
    return any(c.isalpha() for c in re.sub(r"\{\w+\}", "", label))


def test_every_label_has_its_russian_text() -> None:
    folder = packaged_templates() / "labels"
    english = tomllib.loads((folder / "en.toml").read_text(encoding="utf-8"))
    russian = tomllib.loads((folder / "ru.toml").read_text(encoding="utf-8"))
    for table, labels in english.items():
        missing = set(labels) - set(russian.get(table, {}))
        assert not missing, (table, missing)
        same = [key for key in labels if isinstance(labels[key], str)
                and labels[key] == russian[table][key] and words(labels[key])]
        assert not same, (table, same)  # translated, not copied
