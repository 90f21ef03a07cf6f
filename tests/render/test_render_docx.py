"""The DOCX read back with python-docx (and opened by LibreOffice when present)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.render import render_docx
from briefing.schema.briefing import Briefing
from compose_factory import generated_records, make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def brief() -> Briefing:
    records = [*generated_records(30, seed=5),
               make_record(title="Bad\x00 chars\x1b", path="ctrl",
                           themes={"culture": [
                               "Control\x0c characters\x02 were removed from this text."]},
                           agreements=(("Memorandum on culture", "2019-10-14"),),
                           figures=((1000.0, "more than 1000", "students", 2019),),
                           people=(("Aigerim Sarsenova", "Consul"),)),
               make_record(title='R&D <pilot> "Open Labs"', path="markup",
                           themes={"science": ['Labs & partners of "R&D" kept this as text.']},
                           people=(("Anna Bennett", 'Adviser of Labs & <tags> "text"'),))]
    return build_briefing(records, options=BuildOptions(created=CREATED, author="Analyst"))


@pytest.fixture(scope="module")
def docx_path(brief: Briefing, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "briefing.docx"
    render_docx(brief, path)
    return path


def instructions(element) -> str:  # type: ignore[no-untyped-def]
    return " ".join(node.text or "" for node in element.iter(qn("w:instrText")))


def test_headings_use_real_heading_styles(docx_path: Path, brief: Briefing) -> None:
    doc = Document(str(docx_path))
    level1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert level1 == ["Executive summary", *(g.heading for g in brief.groups),
                      "Method and caveats", "Sources"]
    level2 = {p.text for p in doc.paragraphs if p.style.name == "Heading 2"}
    assert {b.heading for g in brief.groups for b in g.blocks} <= level2
    assert any(p.style.name == "Title" and p.text == brief.cover.title for p in doc.paragraphs)
    assert any(p.style.name == "List Bullet" for p in doc.paragraphs)


def test_toc_field_is_present_and_prefilled(docx_path: Path, brief: Briefing) -> None:
    doc = Document(str(docx_path))
    body = doc.element.body
    assert 'TOC \\o "1-2" \\h \\z \\u' in instructions(body)
    begin = next(c for c in body.iter(qn("w:fldChar")) if c.get(qn("w:fldCharType")) == "begin")
    assert begin.get(qn("w:dirty")) == "true"
    entries = [p.text for p in doc.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert entries[0] == "Executive summary" and entries[-1] == "Sources"
    assert all(g.heading in entries for g in brief.groups)


def test_footer_has_page_and_page_count_fields(docx_path: Path) -> None:
    footer = Document(str(docx_path)).sections[0].footer
    text = instructions(footer._element)
    assert "PAGE" in text.split() and "NUMPAGES" in text.split()


def test_citation_links_resolve_to_bookmarks(docx_path: Path, brief: Briefing) -> None:
    body = Document(str(docx_path)).element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    citations = [a for a in anchors if a.startswith("src")]
    assert citations and set(anchors) <= bookmarks
    assert {s.anchor for s in brief.sources} <= bookmarks
    ids = [b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkStart"))]
    assert len(ids) == len(set(ids))


def test_tables_repeat_their_header_rows(docx_path: Path, brief: Briefing) -> None:
    doc = Document(str(docx_path))
    assert doc.tables
    for table in doc.tables:
        assert table.style.name == "Briefing Table"
        first = table.rows[0]._tr
        assert first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    rows = [[c.text for c in row.cells] for t in doc.tables for row in t.rows
            if t.rows[0].cells[1].text == "Parties"]
    memorandum = next(row for row in rows if row[0].startswith("Memorandum on culture"))
    assert memorandum[2] == "14 October 2019"


def test_core_properties_and_clean_text(docx_path: Path) -> None:
    doc = Document(str(docx_path))
    core = doc.core_properties
    assert core.title == "Cultural and humanitarian cooperation"
    assert core.author == "Analyst"
    assert core.subject.startswith("Briefing on")
    assert core.created == CREATED
    assert "Italy" in core.keywords or "Germany" in core.keywords
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Control characters were removed from this text." in text


def test_markup_characters_are_text_not_xml(docx_path: Path) -> None:
    doc = Document(str(docx_path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert 'Labs & partners of "R&D" kept this as text.' in text
    cells = {c.text for table in doc.tables for row in table.rows for c in row.cells}
    assert 'Adviser of Labs & <tags> "text"' in cells


def test_empty_subsections_are_not_printed(tmp_path: Path) -> None:
    b = build_briefing([make_record()], options=BuildOptions(created=CREATED))
    render_docx(b, tmp_path / "plain.docx")
    headings = {p.text for p in Document(str(tmp_path / "plain.docx")).paragraphs
                if p.style.name.startswith("Heading")}
    assert not headings & {"Agreements", "Key figures", "Issues and risks", "People met",
                           "Upcoming events", "Recommendations and next steps"}


def test_styles_come_from_the_template_folder(tmp_path: Path, brief: Briefing) -> None:
    from briefing.compose.labels import packaged_templates

    custom = tmp_path / "tpl"
    shutil.copytree(packaged_templates(), custom)
    reference = Document(str(custom / "reference.docx"))
    reference.styles["Heading 1"].font.all_caps = True
    reference.save(str(custom / "reference.docx"))
    render_docx(brief, tmp_path / "styled.docx", brief.options.model_copy(
        update={"template_dir": custom}))
    assert Document(str(tmp_path / "styled.docx")).styles["Heading 1"].font.all_caps


@pytest.mark.slow
@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_docx(docx_path: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    converted = tmp_path / "briefing.pdf"
    assert converted.exists() and converted.stat().st_size > 10_000


@pytest.mark.slow
def test_a_briefing_of_500_sources_renders(tmp_path: Path) -> None:
    b = build_briefing(generated_records(500, seed=11), options=BuildOptions(created=CREATED))
    assert len(b.sources) == 500
    render_docx(b, tmp_path / "big.docx")
    body = Document(str(tmp_path / "big.docx")).element.body
    bookmarks = {m.get(qn("w:name")) for m in body.iter(qn("w:bookmarkStart"))}
    assert {f"src{n}" for n in range(1, 501)} <= bookmarks


@pytest.mark.parametrize(
    "text", ["plain", " spaced ", "a\tb", "line\nbreak\r", 'R&D <x> "q"', ""])
def test_written_runs_are_what_python_docx_makes(text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph
    from lxml import etree

    from briefing.render import docx_oxml as ox

    made = Paragraph(OxmlElement("w:p"), None).add_run(text)._r
    written = ox.parse(ox.run(text))
    assert [etree.tostring(e) for e in written] == [etree.tostring(made)]
