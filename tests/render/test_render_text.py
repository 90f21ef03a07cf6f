"""HTML, JSON and Markdown outputs: the same view model, escaped, written atomically."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.render import render_html, render_json, render_markdown
from briefing.schema.briefing import Briefing
from compose_factory import make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def sample() -> Briefing:
    role = "![x](http://127.0.0.1:9/a.png) <b>bold</b> [1]"
    record = make_record(people=(("Anna Bennett", role),),
                         url="https://example.org/a")
    return build_briefing([record], options=BuildOptions(created=CREATED))


def test_json_is_the_view_model_round_trip(tmp_path: Path) -> None:
    b = sample()
    render_json(b, tmp_path / "b.json")
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert Briefing.model_validate(data) == b
    assert data["sources"][0]["url"] == "https://example.org/a"


def test_markdown_escapes_document_text_and_links_citations(tmp_path: Path) -> None:
    render_markdown(sample(), tmp_path / "b.md")
    text = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert "![x](http" not in text and "\\!\\[x\\]\\(http" in text
    assert "<b>" not in text
    assert "[\\[1\\]](#src1)" in text and '<a id="src1"></a>' in text


def test_html_is_written_atomically_and_escaped(tmp_path: Path) -> None:
    target = tmp_path / "b.html"
    html = render_html(sample(), target)
    assert target.read_text(encoding="utf-8") == html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="#src1"' in html and 'id="src1"' in html
    assert not list(tmp_path.glob(".*.part"))


def test_theme_grouping_renders_themes_as_chapters() -> None:
    records = [make_record(path="1", partners=(("DE", "Germany"),),
                           themes={"science": ["Joint research in seismology began in Berlin."]}),
               make_record(path="2",
                           themes={"science": ["A laboratory for materials science opened."]})]
    b = build_briefing(records, group_by="theme", options=BuildOptions(created=CREATED))
    html = render_html(b)
    chapter = html.index('<section class="group" id="g1">')
    assert html.index("<h1>Science</h1>", chapter) < html.index("<h2 id=\"g1-1\">", chapter)
    assert "Germany</h2>" in html and "Italy</h2>" in html
