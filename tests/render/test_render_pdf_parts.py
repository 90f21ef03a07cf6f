"""A long briefing printed in parts and joined: numbers, contents, bookmarks and links hold."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from briefing.compose import build_briefing
from briefing.compose.labels import template_folder
from briefing.options import BuildOptions
from briefing.render import pdf_renderer
from briefing.render.html_renderer import to_html
from briefing.render.pdf_join import join
from briefing.render.pdf_renderer import body_parts, print_briefing
from briefing.render.url_fetcher import TemplateOnlyFetcher
from briefing.schema.briefing import Briefing
from compose_factory import generated_records

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
PART_CHARS = 12_000
"""Small parts, so that a briefing of a few dozen pages is cut in many places."""
TOC_ENTRY = re.compile(r"^(.+?) \.{3,}\s*(\d+)", re.MULTILINE)
HEADER = re.compile(r"Cultural and humanitarian cooperation ?(.*)$", re.MULTILINE)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def brief() -> Briefing:
    return build_briefing(generated_records(30, seed=5),
                          options=BuildOptions(created=CREATED, annex=True))


@pytest.fixture(scope="module")
def printed(brief: Briefing) -> tuple[PdfReader, list[str]]:
    htmls: list[str] = []
    pdf = print_briefing(brief, part_chars=PART_CHARS, whole_chars=0, on_printed=htmls.append)
    return PdfReader(io.BytesIO(pdf)), htmls


@pytest.fixture(scope="module")
def pdf(printed: tuple[PdfReader, list[str]]) -> PdfReader:
    return printed[0]


@pytest.fixture(scope="module")
def texts(pdf: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in pdf.pages]


def test_the_briefing_was_printed_in_many_parts(printed: tuple[PdfReader, list[str]]) -> None:
    htmls = printed[1]
    assert len(htmls) > 5
    assert all("<style>" in html for html in htmls)  # every part carries the styles


def test_body_parts_keep_every_chunk_once(brief: Briefing) -> None:
    html = to_html(brief, layout="body")
    body = html[html.index("<body>") + 6: html.rindex("</body>")]
    parts = list(body_parts(html, PART_CHARS))
    bodies = [p[p.index("<body>") + 6: p.rindex("</body>")] for p in parts]
    assert "".join(bodies) == re.sub(r"<!--part:(new|more)-->", "", body)
    assert all(len(b) <= PART_CHARS or "<!--part" not in b for b in bodies)


def test_page_numbers_run_on_across_the_joins(texts: list[str]) -> None:
    total = len(texts)
    assert "Page 1 of" not in texts[0]  # the cover has no footer
    for number, text in enumerate(texts[1:], 2):
        assert f"Page {number} of {total}" in text
        assert len(re.findall(r"Page \d+ of \d+", text)) == 1


def test_every_section_has_a_bookmark_at_its_heading(pdf: PdfReader, texts: list[str],
                                                      brief: Briefing) -> None:
    top = [(item.title, pdf.get_destination_page_number(item))
           for item in pdf.outline if not isinstance(item, list)]
    expected = ["Executive summary", *(g.heading for g in brief.groups), "Method and caveats",
                "Sources", brief.label("annex")]
    assert brief.annex  # the annex too is printed in parts
    assert [title for title, _ in top] == expected
    for title, page in top:
        assert title in texts[page]
    pages = [page for _, page in top]
    assert pages == sorted(pages)
    nested = [item for item in pdf.outline if isinstance(item, list)]
    assert nested  # themes under their partner, even where a part begins inside a section
    themes = {block.heading for g in (*brief.groups, *brief.annex) for block in g.blocks}
    partners = {g.heading for g in brief.annex}  # the annex's subheadings
    assert set(titles(nested)) <= themes | partners | set(brief.labels.values())


def titles(items: list) -> list[str]:  # type: ignore[type-arg]
    """The titles of nested outline items, at any depth."""
    found: list[str] = []
    for item in items:
        found += titles(item) if isinstance(item, list) else [item.title]
    return found


def test_citation_links_reach_their_source_in_another_part(pdf: PdfReader, texts: list[str],
                                                           brief: Briefing) -> None:
    destinations = pdf.named_destinations
    assert {s.anchor for s in brief.sources} <= set(destinations)
    for source in brief.sources:
        page = pdf.get_destination_page_number(destinations[source.anchor])
        assert f"[{source.number}]" in texts[page]
    links = [a.get_object() for page in pdf.pages for a in page.get("/Annots", [])]
    named = [str(a["/Dest"]) for a in links if "/Dest" in a]
    assert len(named) > len(brief.sources)
    assert set(named) <= set(destinations)


def test_links_cover_what_weasyprint_would_make_clickable(brief: Briefing) -> None:
    """A part's links, noted and written again by the join, lie where WeasyPrint itself puts
    them when it prints the same HTML whole."""
    small = brief.model_copy(update={"groups": brief.groups[:2], "annex": []})
    html = to_html(small)
    job = pdf_renderer.PrintJob(template_folder(None), small.options,
                                TemplateOnlyFetcher(template_folder(None)))
    part = pdf_renderer.print_part(html, job)
    overlay = pdf_renderer.html_to_pdf(
        to_html(small, layout="overlay", folios=["x"] * part.pages), job.folder, small.options)
    joined = PdfReader(io.BytesIO(join([part], [overlay], small.metadata)))
    whole = PdfReader(io.BytesIO(pdf_renderer.html_to_pdf(html, job.folder, small.options)))
    ours, theirs = link_places(joined), link_places(whole)
    assert len(ours) > 20
    assert any(target.startswith("http") for _, target, _ in ours)  # external links too
    assert ours == theirs
    for page, _, (left, bottom, right, top) in ours:  # a line of text, on the page
        width, height = joined.pages[page].mediabox.width, joined.pages[page].mediabox.height
        assert 0 <= left < right <= width and 0 <= bottom < top <= height
        assert top - bottom < 20


def link_places(pdf: PdfReader) -> list[tuple[int, str, tuple[float, ...]]]:
    """(page, target, rectangle rounded to 0.1 pt) of every link annotation, sorted."""
    places = []
    for index, page in enumerate(pdf.pages):
        for reference in page.get("/Annots", []):
            link = reference.get_object()
            target = str(link["/Dest"]) if "/Dest" in link else str(link["/A"]["/URI"])
            x1, y1, x2, y2 = (float(value) for value in link["/Rect"])
            rect = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            places.append((index, target, tuple(round(value, 1) for value in rect)))
    return sorted(places)


def test_contents_show_the_pages_of_the_joined_file(pdf: PdfReader, texts: list[str],
                                                    brief: Briefing) -> None:
    contents = "\n".join(t for t in texts[1:4] if "......" in t)
    shown = dict(TOC_ENTRY.findall(contents))
    destinations = pdf.named_destinations
    anchors = {"Executive summary": "summary", "Sources": "sources", brief.label("annex"): "annex",
               "Method and caveats": "method",
               **{g.heading: g.anchor for g in brief.groups}}
    for heading, anchor in anchors.items():
        page = pdf.get_destination_page_number(destinations[anchor]) + 1
        assert shown[heading] == str(page), heading


def test_running_header_names_the_section_on_pages_that_continue_it(
        pdf: PdfReader, texts: list[str]) -> None:
    starts = {pdf.get_destination_page_number(item): item.title
              for item in pdf.outline if not isinstance(item, list)}
    section, checked = "", 0
    for page, text in enumerate(texts):
        if page in starts:
            section = starts[page]
        elif section:  # a page inside a section, often the first page of a part
            header = HEADER.search(text)
            assert header and header.group(1).strip() == section, (page, header)
            checked += 1
    assert checked > 5


def test_a_short_briefing_is_printed_whole(brief: Briefing) -> None:
    htmls: list[str] = []
    pdf = print_briefing(brief.model_copy(update={"groups": brief.groups[:1]}),
                         on_printed=htmls.append)
    assert len(htmls) == 1
    reader = PdfReader(io.BytesIO(pdf))
    assert f"Page 2 of {len(reader.pages)}" in (reader.pages[1].extract_text() or "")


def test_footers_laid_out_in_several_runs_still_count_on(
        brief: Briefing, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_renderer, "OVERLAY_PAGES", 4)
    pdf = print_briefing(brief, part_chars=PART_CHARS * 4, whole_chars=0)
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total > 8
    for number, page in enumerate(reader.pages[1:], 2):
        assert f"Page {number} of {total}" in (page.extract_text() or "")
