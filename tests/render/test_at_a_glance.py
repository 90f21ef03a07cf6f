"""At a glance: the matrix drops nothing silently, keeps countries apart from international
organisations, prints its labels at 8 pt or more; the activity chart covers every year."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.render import render_docx
from briefing.render.chart import TEXT_W, every_year, matrix_svg, years_svg
from briefing.schema.briefing import Briefing
from compose_factory import THEMES, make_record

CREATED = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
COUNTRIES = [("AR", "Argentina"), ("AT", "Austria"), ("BE", "Belgium"), ("BG", "Bulgaria"),
             ("BR", "Brazil"), ("CA", "Canada"), ("CL", "Chile"), ("CZ", "Czechia"),
             ("DK", "Denmark"), ("EE", "Estonia"), ("EG", "Egypt"), ("ES", "Spain"),
             ("FI", "Finland"), ("GR", "Greece"), ("HR", "Croatia"), ("ID", "Indonesia"),
             ("IE", "Ireland"), ("IL", "Israel"), ("LT", "Lithuania"), ("LV", "Latvia"),
             ("MX", "Mexico"), ("NL", "Netherlands"), ("NO", "Norway"), ("PT", "Portugal")]
ORGANISATIONS = [("UNESCO", "UNESCO"), ("CIS", "Commonwealth of Independent States")]


def many_partners(group_by: str) -> Briefing:
    """26 partners (two of them organisations) over every theme, 2015 to 2024."""
    records = []
    for index, partner in enumerate(COUNTRIES + ORGANISATIONS):
        for repeat in range(1 + index % 3):
            theme = THEMES[(index + repeat) % len(THEMES)]
            records.append(make_record(
                title=f"Meeting {index}-{repeat}", partners=(partner,), path=f"{index}-{repeat}",
                themes={theme: [f"They met on {theme} number {index}."]},
                published=f"{2015 + (index + repeat) % 10}-05-0{1 + repeat}"))
    options = BuildOptions(created=CREATED, group_by=group_by)  # type: ignore[arg-type]
    return build_briefing(records, options=options)


@pytest.mark.parametrize("group_by", ["partner", "theme"])
def test_every_group_and_subgroup_is_drawn_or_named_in_the_note(group_by: str) -> None:
    brief = many_partners(group_by)
    matrix = brief.matrix
    drawn = set(matrix.rows) | set(matrix.columns)
    outer = {g.heading for g in brief.groups if g.key}
    inner = {b.heading for g in brief.groups for b in g.blocks if b.key}
    for name in outer | inner:
        assert name in drawn or re.search(rf"\b{re.escape(name)} \(\d+\)", matrix.note), name
    assert matrix.note  # 26 partners do not all fit
    shown = len(matrix.rows) if group_by == "partner" else len(matrix.columns)
    assert f"{26 - shown} more partners" in matrix.note


def test_countries_come_before_organisations_under_their_own_heading() -> None:
    matrix = many_partners("partner").matrix
    kinds = list(matrix.row_kinds)
    assert "organisation" in kinds and "state" in kinds
    assert kinds == sorted(kinds, key=lambda kind: kind == "organisation")
    svg = matrix_svg(matrix)
    assert svg.index(">Countries<") < svg.index(">International organisations<")
    organisation = matrix.rows[kinds.index("organisation")]
    assert svg.index(">International organisations<") < svg.index(f">{organisation[:20]}")


def test_chart_labels_print_at_8_points_or_more_and_are_not_scaled_down() -> None:
    brief = many_partners("theme")
    for svg in (matrix_svg(brief.matrix), years_svg(brief.counts.years)):
        sizes = [float(size) for size in re.findall(r'font-size="([\d.]+)"', svg)]
        assert sizes and min(sizes) * 0.75 >= 8  # CSS pixels to points
        width = float(re.search(r'<svg[^>]* width="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
        assert width <= TEXT_W


def test_activity_covers_every_year_of_the_period() -> None:
    records = [make_record(title=f"Visit {year}", path=str(year), published=f"{year}-03-01")
               for year in (2016, 2016, 2019)]
    brief = build_briefing(records, options=BuildOptions(created=CREATED))
    assert every_year(brief.counts.years) == [(2016, 2), (2017, 0), (2018, 0), (2019, 1)]
    svg = years_svg(brief.counts.years)
    assert all(f">{year}<" in svg for year in range(2016, 2020))


def test_the_docx_shows_the_note_the_kinds_and_the_years(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    brief = many_partners("partner")
    render_docx(brief, tmp_path / "glance.docx")
    doc = Document(str(tmp_path / "glance.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert brief.matrix.note in texts
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Countries" in cells and "International organisations" in cells
    assert {"2015", "2024"} <= set(cells)
