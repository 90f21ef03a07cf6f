"""The PDF read back: sections in order, headings, citations, outline, metadata, safety."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.render import render_html, render_pdf
from briefing.render.url_fetcher import TemplateOnlyFetcher
from briefing.schema.briefing import Briefing
from compose_factory import generated_records, make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
CITATION = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def brief() -> Briefing:
    records = generated_records(14, seed=3)
    options = BuildOptions(created=CREATED, marking="For official use", author="Analyst")
    return build_briefing(records, options=options)


@pytest.fixture(scope="module")
def pdf(brief: Briefing, tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    path = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    render_pdf(brief, path)
    return PdfReader(path)


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


@pytest.fixture(scope="module")
def texts(pdf: PdfReader) -> list[str]:
    """Text of each page of the shared PDF, extracted once (pypdf is slow at it)."""
    return page_texts(pdf)


def body_and_sources(texts: list[str]) -> tuple[str, str]:
    text = "\n".join(texts)
    start = text.rindex("\nSources")
    return text[:start], text[start:]


def test_sections_come_in_order(pdf: PdfReader, texts: list[str], brief: Briefing) -> None:
    chapters = [(item.title, pdf.get_destination_page_number(item))
                for item in pdf.outline if not isinstance(item, list)]
    expected = ["Executive summary", *(g.heading for g in brief.groups), "Method and caveats",
                "Sources"]
    assert [title for title, _ in chapters] == expected
    pages = [page for _, page in chapters]
    assert pages == sorted(pages) and pages[0] >= 2  # cover, contents, then the summary
    assert "FOR OFFICIAL USE" in texts[0].upper()
    assert brief.cover.title in " ".join(texts[0].split())
    assert "Page 2 of" in texts[1]
    assert "Page" not in texts[0]  # the cover has no footer


def test_every_group_and_block_heading_is_printed(texts: list[str], brief: Briefing) -> None:
    body, _ = body_and_sources(texts)
    flat = " ".join(body.split())
    for group in brief.groups:
        assert group.heading in flat
        for block in group.blocks:
            assert block.heading in flat


def test_every_citation_has_a_source_entry(texts: list[str], brief: Briefing) -> None:
    body, sources = body_and_sources(texts)
    cited = {int(n) for n in CITATION.findall(body)}
    listed = {int(n) for n in CITATION.findall(sources)}
    assert cited and cited <= listed
    assert listed == {s.number for s in brief.sources}


def test_citations_link_to_named_destinations(pdf: PdfReader, brief: Briefing) -> None:
    destinations = set(pdf.named_destinations)
    assert {s.anchor for s in brief.sources} <= destinations
    links = [a.get_object() for page in pdf.pages for a in page.get("/Annots", [])]
    internal = [a for a in links if a.get("/Subtype") == "/Link" and "/Dest" in a]
    assert len(internal) > len(brief.sources)


def test_outline_holds_the_headings(pdf: PdfReader, brief: Briefing) -> None:
    def titles(items: list) -> list[str]:  # type: ignore[type-arg]
        found = []
        for item in items:
            found += titles(item) if isinstance(item, list) else [item.title]
        return found

    outline = titles(pdf.outline)
    assert "Executive summary" in outline and "Sources" in outline
    assert all(g.heading in outline for g in brief.groups)
    assert brief.cover.title not in outline  # the cover title is not a chapter


def test_metadata_and_kazakh_letters(pdf: PdfReader, texts: list[str]) -> None:
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == "Cultural and humanitarian cooperation"
    assert meta.author == "Analyst"
    assert meta.subject == "Briefing on cultural and humanitarian cooperation"
    assert "Culture" in (meta.get("/Keywords") or "") or "Education" in meta.get("/Keywords", "")
    assert meta.creation_date is not None and meta.creation_date.year == 2025
    text = "".join(texts)
    assert all(letter in text for letter in "әқңөұүһі")


def test_running_header_names_the_current_section(texts: list[str]) -> None:
    summary_page = next(t for t in texts[2:] if "Executive summary" in t)
    assert summary_page.count("Executive summary") >= 2  # header and heading


HOSTILE = [
    '<img src="http://127.0.0.1:9/tracker.png"> opened the festival.',
    'See <a href="file:///etc/passwd">the file</a> now.',
    "<style>body { background: url(http://127.0.0.1:9/bg.png) }</style> was quoted.",
    "The sum {{ 7 * 7 }} and {% if true %}TRUE{% endif %} stay literal.",
]


def test_hostile_text_is_shown_literally_and_nothing_is_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested: list[str] = []
    original = TemplateOnlyFetcher.fetch

    def spy(self: TemplateOnlyFetcher, url: str, headers: object = None):  # type: ignore[no-untyped-def]
        requested.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(TemplateOnlyFetcher, "fetch", spy)
    # markup in the main text is page furniture, never a statement: the roles carry it here
    record = make_record(title='<img src="file:///etc/hostname">',
                         people=tuple((f"Anna Bennett{'s' * n}", role)
                                      for n, role in enumerate(HOSTILE)),
                         url="javascript:alert(1)")
    b = build_briefing([record], options=BuildOptions(created=CREATED))
    html = render_html(b)
    assert "<img src=" not in html and "&lt;img src=" in html
    assert "{{ 7 * 7 }}" in html and "49" not in html.split("{{ 7 * 7 }}")[0][-5:]
    assert 'href="javascript:' not in html
    render_pdf(b, tmp_path / "hostile.pdf")
    text = " ".join("".join(page_texts(PdfReader(tmp_path / "hostile.pdf"))).split())
    assert '<img src="http://127.0.0.1:9/tracker.png">' in text
    assert "{{ 7 * 7 }}" in text and "{% if true %}TRUE{% endif %}" in text
    assert "url(http://127.0.0.1:9/bg.png)" in text
    assert requested == []  # our own page needs nothing from outside either


def test_fetcher_serves_only_the_template_folder(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    fetcher = TemplateOnlyFetcher(folder)
    assert fetcher.fetch((folder / "logo.svg").as_uri()).read() == b"<svg/>"
    for url in [(tmp_path / "secret.txt").as_uri(), f"{folder.as_uri()}/../secret.txt",
                "http://127.0.0.1:9/x", "https://example.org/", "data:text/plain,hi",
                "ftp://example.org/x", "file://otherhost/etc/passwd"]:
        with pytest.raises(ValueError, match=r"outside its template folder|disallowed"):
            fetcher.fetch(url)


def test_letter_paper_and_russian_labels(tmp_path: Path) -> None:
    record = make_record(published="2016-10-14")
    b = build_briefing([record], options=BuildOptions(created=CREATED, lang="ru",
                                                      paper="letter"))
    render_pdf(b, tmp_path / "ru.pdf")
    reader = PdfReader(tmp_path / "ru.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = "\n".join(page_texts(reader))
    assert "Содержание" in text and "Источники" in text and "14 октября 2016 г." in text
    assert "Стр. 2 из" in text


@pytest.mark.slow
def test_tagged_pdf_variant(tmp_path: Path) -> None:
    b = build_briefing([make_record()], options=BuildOptions(created=CREATED,
                                                             pdf_variant="pdf/ua-1"))
    render_pdf(b, tmp_path / "ua.pdf")
    root = PdfReader(tmp_path / "ua.pdf").trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]


@pytest.mark.slow
def test_isolated_rendering_in_a_child_process(tmp_path: Path) -> None:
    b = build_briefing([make_record()], options=BuildOptions(created=CREATED))
    render_pdf(b, tmp_path / "child.pdf", isolated=True)
    text = "".join(page_texts(PdfReader(tmp_path / "child.pdf")))
    assert "Italy" in text
    assert not list(tmp_path.glob(".*part"))
