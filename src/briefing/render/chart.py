"""The partner × theme matrix as an SVG heat map, drawn in Python.

The SVG is made here from numbers and escaped labels, so nothing from a
document can become markup; the PDF inlines it, the DOCX uses a shaded table.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from briefing.schema.briefing import Matrix

CELL_W, CELL_H = 38, 17
LABEL_W, HEAD_H = 150, 78
LOW, HIGH = (0xF1, 0xF5, 0xFA), (0x14, 0x36, 0x5D)
"""Colours of an empty cell and of the largest count (the heading colour)."""
MAX_LABEL = 26


def shade(count: int, peak: int) -> str:
    """Cell colour for ``count`` on a scale from LOW (0) to HIGH (``peak``)."""
    ratio = 0.0 if count <= 0 else 0.2 + 0.8 * count / max(peak, 1)
    channels = (round(lo + (hi - lo) * ratio) for lo, hi in zip(LOW, HIGH, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*channels)


def text_colour(count: int, peak: int) -> str:
    """White text on dark cells, dark text on light ones."""
    return "#ffffff" if count and count / max(peak, 1) > 0.45 else "#1a1a1a"


def matrix_svg(matrix: Matrix) -> str:
    """The SVG document of ``matrix`` (empty string when there is nothing to draw)."""
    if not matrix.rows or not matrix.columns:
        return ""
    width = LABEL_W + CELL_W * len(matrix.columns) + 10
    height = HEAD_H + CELL_H * len(matrix.rows) + 4
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" font-family="DejaVu Sans" font-size="9">']
    parts += _column_labels(matrix)
    for index, (row, counts) in enumerate(zip(matrix.rows, matrix.counts, strict=True)):
        parts += _row(index, row, counts, matrix.peak)
    parts.append("</svg>")
    return "".join(parts)


def _column_labels(matrix: Matrix) -> list[str]:
    out = []
    for index, column in enumerate(matrix.columns):
        x = LABEL_W + CELL_W * index + CELL_W // 2
        y = HEAD_H - 6
        out.append(f'<text x="{x}" y="{y}" transform="rotate(-40 {x} {y})">'
                   f"{escape(_short(column))}</text>")
    return out


def _row(index: int, label: str, counts: tuple[int, ...], peak: int) -> list[str]:
    y = HEAD_H + CELL_H * index
    out = [f'<text x="{LABEL_W - 6}" y="{y + CELL_H - 5}" text-anchor="end">'
           f"{escape(_short(label))}</text>"]
    for column, count in enumerate(counts):
        x = LABEL_W + CELL_W * column
        out.append(f'<rect x="{x}" y="{y}" width="{CELL_W - 2}" height="{CELL_H - 2}" '
                   f'fill="{shade(count, peak)}"/>')
        if count:
            out.append(f'<text x="{x + (CELL_W - 2) / 2}" y="{y + CELL_H - 6}" '
                       f'text-anchor="middle" fill="{text_colour(count, peak)}">{count}</text>')
    return out


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"
