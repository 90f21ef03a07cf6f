"""Property tests: any valid set of records builds and renders without raising."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import BuildOptions, build_briefing, render_docx, render_html, render_pdf
from briefing.schema import Record
from compose_factory import PARTNERS, THEMES, make_record

# Text anywhere in a record: control characters, template syntax, markup, Cyrillic.
_PIECE = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8),
    st.sampled_from(["{{ x }}", "{% if %}", "<b>", "\x00", "\x0b", "ә", "қ", "&amp;", "\n"]),
)
_TEXT = st.lists(_PIECE, min_size=1, max_size=6).map("".join)
_DAY = st.dates(min_value=dt.date(1990, 1, 1)).map(lambda d: d.isoformat())


@st.composite
def _records(draw: st.DrawFn) -> list[Record]:
    records = []
    for index in range(draw(st.integers(min_value=0, max_value=5))):
        partners = draw(st.lists(st.sampled_from(PARTNERS), max_size=3, unique=True))
        themes = draw(st.lists(st.sampled_from(THEMES), max_size=3, unique=True))
        records.append(make_record(
            title=draw(_TEXT),
            partners=tuple(partners),
            themes={t: [draw(_TEXT)] for t in themes},
            published=draw(st.none() | _DAY),
            events=tuple(draw(st.lists(st.tuples(_TEXT, st.none() | _DAY), max_size=2))),
            agreements=tuple(draw(st.lists(st.tuples(_TEXT, st.none() | _DAY), max_size=2))),
            figures=tuple(draw(st.lists(
                st.tuples(st.floats(0, 1e9), _TEXT, _TEXT, st.none() | st.integers(1900, 2100)),
                max_size=2))),
            people=tuple(draw(st.lists(st.tuples(_TEXT, st.none() | _TEXT), max_size=2))),
            assessments=tuple(draw(st.lists(_TEXT, max_size=2))),
            recommendations=tuple(draw(st.lists(_TEXT, max_size=2))),
            summary=draw(st.none() | _TEXT),
            kind=draw(st.sampled_from(["news", "embassy_note", "academic"])),
            path=f"docs/{index}.txt",
            duplicate_group=draw(st.none() | st.sampled_from(["g1", "g2"])),
            status=draw(st.sampled_from(["ok", "ok", "partial", "failed"])),
        ))
    return records


_OPTIONS = st.builds(
    BuildOptions,
    group_by=st.sampled_from(["partner", "theme"]),
    lang=st.sampled_from(["en", "ru"]),
    title=_TEXT,
    marking=st.none() | _TEXT,
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_records(), _OPTIONS)
def test_any_records_build_and_render_to_html_and_docx(
    records: list[Record], options: BuildOptions
) -> None:
    brief = build_briefing(records, options=options)
    assert render_html(brief).lstrip().lower().startswith("<!doctype html")
    with tempfile.TemporaryDirectory() as folder:
        path = render_docx(brief, Path(folder) / "b.docx")
        assert docx.Document(str(path)).paragraphs


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_records(), _OPTIONS)
def test_any_records_render_to_pdf(records: list[Record], options: BuildOptions) -> None:
    brief = build_briefing(records, options=options)
    with tempfile.TemporaryDirectory() as folder:
        path = render_pdf(brief, Path(folder) / "b.pdf")
        assert path.read_bytes().startswith(b"%PDF")
