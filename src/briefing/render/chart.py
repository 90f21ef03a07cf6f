"""The charts of the summary as SVG, drawn in Python: the partner × theme matrix (a heat
map) and the activity by year (bars).

The SVG is made here from numbers and escaped labels, so nothing from a
document can become markup; the PDF inlines it, the DOCX uses a shaded table.
Both are drawn at their printed size (they fit the text width of A4 and
Letter), so that their 11 px labels print at 8.25 pt and are never scaled down.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from briefing.schema.briefing import Count, Matrix

FONT_PX = 11
"""Label size: 8.25 pt."""
CHAR_PX = 0.64 * FONT_PX
"""An average character of DejaVu Sans, Latin or Cyrillic (generous)."""
CELL_W, CELL_H = 34, 18
LABEL_W = 200
SLANT = 55
"""Degrees the column labels are turned: steep enough that the last ones stay on the page."""
TEXT_W = 640
"""The text width of A4 in CSS pixels (Letter's is wider): the widest a chart is drawn."""
KIND_GAP = 8
"""Space between the country columns and the organisation columns."""
LOW, HIGH = (0xF1, 0xF5, 0xFA), (0x14, 0x36, 0x5D)
"""Colours of an empty cell and of the largest count (the heading colour)."""
MAX_LABEL = 27
CHART_W, BARS_H = 620, 110
"""The activity chart: its width (the text width of A4 is 642 px) and the bars' height."""


def shade(count: int, peak: int) -> str:
    """Cell colour for ``count`` on a scale from LOW (0) to HIGH (``peak``)."""
    ratio = 0.0 if count <= 0 else 0.2 + 0.8 * count / max(peak, 1)
    channels = (round(lo + (hi - lo) * ratio) for lo, hi in zip(LOW, HIGH, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*channels)


def text_colour(count: int, peak: int) -> str:
    """White text on dark cells, dark text on light ones."""
    return "#ffffff" if count and count / max(peak, 1) > 0.45 else "#1a1a1a"


def _svg(width: float, height: float, parts: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" font-family="DejaVu Sans" '
            f'font-size="{FONT_PX}">{"".join(parts)}</svg>')


def kind_runs(kinds: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """(kind, first index, end index) of each run of equal kinds, in order."""
    runs: list[tuple[str, int, int]] = []
    for index, kind in enumerate(kinds):
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1], index + 1)
        else:
            runs.append((kind, index, index + 1))
    return runs


def matrix_svg(matrix: Matrix) -> str:
    """The SVG of ``matrix`` (empty string when there is nothing to draw): countries and
    international organisations under headings of their own (rows) or apart (columns)."""
    if not matrix.rows or not matrix.columns:
        return ""
    xs = _column_positions(matrix)
    rise = [_extent(column) for column in matrix.columns]
    head = round(max(rise) * math.sin(math.radians(SLANT))) + 12
    reach = max(x + CELL_W / 2 + r * math.cos(math.radians(SLANT)) + FONT_PX
                for x, r in zip(xs, rise, strict=True))
    parts = _column_labels(matrix, xs, head)
    y = head
    row_runs = kind_runs(matrix.row_kinds or ("",) * len(matrix.rows))
    for kind, start, end in row_runs:
        if len(row_runs) > 1:
            parts.append(f'<text x="0" y="{y + CELL_H - 5}" font-weight="bold" fill="#14365d">'
                         f"{escape(matrix.kind_names.get(kind, kind))}</text>")
            y += CELL_H
        for row in range(start, end):
            parts += _row(y, matrix.rows[row], matrix.counts[row], xs, matrix.peak)
            y += CELL_H
    return _svg(round(min(max(reach, xs[-1] + CELL_W + 10), TEXT_W)), y + 4, parts)


def _extent(label: str) -> float:
    """The estimated length of a label as drawn, in pixels."""
    return len(_short(label)) * CHAR_PX


def _column_positions(matrix: Matrix) -> list[int]:
    xs, x = [], LABEL_W
    kinds = matrix.column_kinds or ("",) * len(matrix.columns)
    for index, kind in enumerate(kinds):
        if index and kind != kinds[index - 1]:
            x += KIND_GAP
        xs.append(x)
        x += CELL_W
    return xs


def _column_labels(matrix: Matrix, xs: list[int], head: int) -> list[str]:
    out = []
    for x_left, column in zip(xs, matrix.columns, strict=True):
        x, y = x_left + CELL_W // 2, head - 6
        out.append(f'<text x="{x}" y="{y}" transform="rotate(-{SLANT} {x} {y})">'
                   f"{escape(_short(column))}</text>")
    return out


def _row(y: int, label: str, counts: tuple[int, ...], xs: list[int], peak: int) -> list[str]:
    out = [f'<text x="{LABEL_W - 6}" y="{y + CELL_H - 5}" text-anchor="end">'
           f"{escape(_short(label))}</text>"]
    for x, count in zip(xs, counts, strict=True):
        out.append(f'<rect x="{x}" y="{y}" width="{CELL_W - 2}" height="{CELL_H - 2}" '
                   f'fill="{shade(count, peak)}"/>')
        if count:
            out.append(f'<text x="{x + (CELL_W - 2) / 2}" y="{y + CELL_H - 5}" '
                       f'text-anchor="middle" fill="{text_colour(count, peak)}">{count}</text>')
    return out


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def every_year(years: tuple[Count, ...]) -> list[tuple[int, int]]:
    """(year, sources) from the first year counted to the last, the years without any too."""
    found = {int(count.key): count.sources for count in years if count.key.isdigit()}
    return [(year, found.get(year, 0)) for year in range(min(found), max(found) + 1)] \
        if found else []


def years_svg(years: tuple[Count, ...]) -> str:
    """Bars of sources by year (every year of the period), each with its count above and its
    year below (upwards when the years are many)."""
    activity = every_year(years)
    if not activity:
        return ""
    peak = max(sources for _, sources in activity) or 1
    step = (CHART_W - 10) / len(activity)
    bar = max(min(step * 0.7, 40), 2)
    upright = step >= 4.2 * FONT_PX * 0.6  # a year's four digits fit under its bar
    foot = FONT_PX + 6 if upright else 4 * FONT_PX * 0.6 + 8
    top = FONT_PX + 4
    parts = [f'<line x1="0" x2="{CHART_W}" y1="{top + BARS_H}" y2="{top + BARS_H}" '
             'stroke="#8a99ab" stroke-width="0.8"/>']
    for index, (year, sources) in enumerate(activity):
        x = 5 + step * index + (step - bar) / 2
        height = BARS_H * sources / peak
        y = top + BARS_H - height
        middle = x + bar / 2
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" '
                     f'fill="{shade(sources, peak)}"/>')
        if sources and step >= 2.5 * FONT_PX * 0.6:
            parts.append(f'<text x="{middle:.1f}" y="{y - 3:.1f}" text-anchor="middle">'
                         f"{sources}</text>")
        if upright:
            parts.append(f'<text x="{middle:.1f}" y="{top + BARS_H + FONT_PX + 2}" '
                         f'text-anchor="middle">{year}</text>')
        else:  # written downwards from the axis, the glyphs beside the bar's middle
            x_text, y_text = middle + FONT_PX * 0.35, top + BARS_H + 4
            parts.append(f'<text x="{x_text:.1f}" y="{y_text}" text-anchor="end" '
                         f'transform="rotate(-90 {x_text:.1f} {y_text})">{year}</text>')
    return _svg(CHART_W, top + BARS_H + foot, parts)
