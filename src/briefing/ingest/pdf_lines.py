"""Where a PDF page's paragraphs end, read from where its lines stand.

A PDF's text layer has printed lines, not paragraphs: a heading ("Abstract"),
a one-line paragraph and the first line of a long one are all just lines.
What tells them apart is the page itself, so each line break is classified
here from where each character stands (:class:`Glyph`):

- a **paragraph break** (written as an empty line) when the next line stands
  lower than the page's ordinary line spacing (paragraph spacing), changes the
  type size (a heading), starts right of the lines around it (a first-line
  indent; not the hanging indent of a list item), or when its first word would
  have fitted at the end of this line (the typesetter ended the line on
  purpose; not said of a centred line, whose lines all end short);
- a **turn** (a form feed, as between pages) when the next line does not
  stand below this one (a new column, a table cell on the same line): the
  cleaner then judges by the words;
- otherwise a **wrap**, a plain line break inside a paragraph.

PDFium merges a word hyphenated at a line end into one line, marking the
hyphen with U+FFFE (or U+0002); it is written back as a hyphen and a wrap, so
that the cleaner decides with its dictionary whether the hyphen stays
("Kazakh-\\nGerman") or goes ("inter-\\nnational").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

PARAGRAPH_BREAK = "\n\n"
TURN = "\n\f"
WRAP = "\n"
# PDFium's marks for a hyphen it saw at a line end (the line break itself is dropped).
LINE_END_HYPHENS = frozenset("\ufffe\x02")
# A line lower than this share above the page's ordinary line spacing starts a paragraph
# (measured: a texinfo manual sets paragraphs 1.23 times its line spacing apart, WeasyPrint
# about twice; lines of one paragraph differ by a few per cent).
SPACING_TOLERANCE = 1.15
# Line spacing is read at this quantile of the page's spacings: most lines are inside paragraphs.
SPACING_QUANTILE = 0.2
# Type this share larger or smaller than the line before starts a paragraph (a heading).
SIZE_CHANGE = 0.15
# A line standing less than this share of its height below the last is beside it, not below.
BELOW = 0.3
# The "next word would have fitted" test holds for a line that is not centred (a centred
# line's margins differ by less than this many line heights, and exceed it) …
CENTRED = 1.0
# … and the word must fit with this much room to spare (in line heights): a space and a margin.
FIT_ROOM = 0.4
# A first line standing this many ems right of the lines around it is indented …
INDENT = 0.8
# … when those two share their left edge within this many ems.
ALIGNED = 0.3
_LIST_MARKER = re.compile(r"[•◦▪‣·*–—-]\s|\(?(?:\d{1,2}|[a-zA-Zа-яА-Я])[.)]\s")
# A page of more text columns than this is a table, taken as one column.
MAX_COLUMNS = 6

# Characters that end a printed line in PDFium's text.
_LINE_END = re.compile("[\r\n\ufffe\x02]")
# A line is at least this high (PDF units): a broken font's flat boxes divide nothing by zero.
MIN_HEIGHT = 0.01
# A line's baseline, height and type size are the median of its first and last character and
# of about this many between (marking then costs 0.7-1.2 ms a page, measured on a 36-page
# manual and a two-column page; with every character it cost about 9).
SAMPLE = 2
# Quotation marks: a line may not break after one before an opening bracket.
QUOTES = frozenset('"\'«»“”‘’„')


class Glyph(NamedTuple):
    """Where one character stands, in PDF units (y grows upwards)."""

    left: float
    right: float
    baseline: float
    height: float
    """The height of the character's loose box (about the font's ascent and descent)."""
    size: float
    """The type size."""


GlyphAt = Callable[[int], Glyph]
"""Where the character at an index of the page's text stands."""


class _Line(NamedTuple):
    """One printed line."""

    text: str
    hyphen: bool
    """The line ends in a hyphen PDFium saw at the line end: a wrap, always."""
    left: float
    right: float
    baseline: float
    height: float
    size: float
    """The type size most of the line is set in."""
    first_word: float
    """The width of the line's first word (up to its first space; after a quotation mark,
    to the next), the least that would have had to fit at the end of the line before."""


class Page(NamedTuple):
    """One page read from where its characters stand."""

    text: str
    """The page's text with each line break as a wrap, a paragraph break or a turn."""
    display: list[str]
    """The printed lines set larger than the page's body type (a title, a heading), in
    page order. The body type is the size most of the page's characters are set in."""


def read_page(text: str, glyph: GlyphAt) -> Page:
    """The :class:`Page` of ``text`` (PDFium's, ``\\r\\n`` line ends); ``glyph(n)``
    tells where character ``n`` stands."""
    lines = _lines(text, glyph)
    return Page(text=_marked(lines), display=_display(lines))


def _marked(lines: list[_Line]) -> str:
    if not lines:
        return ""
    spacing = _line_spacing(lines)
    columns = _columns(lines)
    out = [lines[0].text]
    for index in range(1, len(lines)):
        before = lines[index - 1]
        if before.hyphen:
            out.append("-" + WRAP)
        elif _first_line_indent(before, lines[index], lines[index + 1 : index + 2]):
            out.append(PARAGRAPH_BREAK)
        else:
            out.append(_break(before, lines[index], spacing, columns[index - 1]))
        out.append(lines[index].text)
    return "".join(out)


def _display(lines: list[_Line]) -> list[str]:
    by_size: dict[float, int] = {}
    for line in lines:
        by_size[line.size] = by_size.get(line.size, 0) + len(line.text)
    if not by_size:
        return []
    body = max(by_size, key=lambda size: by_size[size])
    return [line.text for line in lines if line.size > body * (1 + SIZE_CHANGE)]


def _lines(text: str, glyph: GlyphAt) -> list[_Line]:
    """The printed lines of a page with their geometry (lines without a visible character
    are left out: they hold no text, and their boxes are PDFium's guesses)."""
    lines: list[_Line] = []
    start = 0
    for found in [*_LINE_END.finditer(text), None]:
        end = found.start() if found else len(text)
        hyphen = found is not None and found.group() in LINE_END_HYPHENS
        line = _line(text, glyph, (start, end), hyphen=hyphen)
        if line is not None:
            lines.append(line)
        start = end + 1
    return lines


def _line(text: str, glyph: GlyphAt, span: tuple[int, int], *, hyphen: bool) -> _Line | None:
    """One line's geometry from a few of its characters: the first, the last, the end of
    the first word, and a sample for the baseline, height and type size most of it has."""
    start, end = span
    words = text[start:end]
    first = start + len(words) - len(words.lstrip())
    last = start + len(words.rstrip()) - 1
    if last < first:
        return None
    first_space = text.find(" ", first, last)
    if first_space > 0 and text[first_space - 1] in QUOTES:
        # no break after a quotation before an opening bracket ("Nauryz" (March…): UAX #14
        first_space = text.find(" ", first_space + 1, last)
    word_end = last if first_space < 0 else first_space - 1
    step = max(1, (last - first) // SAMPLE)
    inner = [glyph(n) for n in range(first + step, last, step) if not text[n].isspace()]
    head, tail = glyph(first), glyph(last)
    sample = [head, *inner, tail]
    return _Line(
        text=words.strip(),
        hyphen=hyphen,
        left=head.left,
        right=tail.right,
        baseline=_median([g.baseline for g in sample]),
        height=max(MIN_HEIGHT, _median([g.height for g in sample])),
        size=_median([g.size for g in sample]),
        first_word=(tail if word_end == last else glyph(word_end)).right - head.left,
    )


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _line_spacing(lines: list[_Line]) -> float | None:
    """The page's ordinary distance between lines, in line heights (``None``: too few lines)."""
    ratios = sorted(
        (a.baseline - b.baseline) / max(a.height, b.height)
        for a, b in itertools.pairwise(lines)
        if _below(a, b) and not _resized(a, b)
    )
    if len(ratios) < 2:
        return None
    return ratios[int(len(ratios) * SPACING_QUANTILE)]


def _break(before: _Line, line: _Line, spacing: float | None, column: tuple[float, float]) -> str:
    if not _below(before, line):
        return TURN
    if _resized(before, line):
        return PARAGRAPH_BREAK
    height = max(before.height, line.height)
    distance = (before.baseline - line.baseline) / height
    if spacing is not None and distance > spacing * SPACING_TOLERANCE:
        return PARAGRAPH_BREAK
    left, right = column
    inset_left, inset_right = before.left - left, right - before.right
    centred = min(inset_left, inset_right) > CENTRED * height and (
        abs(inset_left - inset_right) < CENTRED * height
    )
    if not centred and before.right + line.first_word + FIT_ROOM * height < right:
        return PARAGRAPH_BREAK
    return WRAP


def _first_line_indent(before: _Line, line: _Line, after: list[_Line]) -> bool:
    """Whether ``line`` is a paragraph's indented first line: it stands right of
    ``before``, and the line after it is aligned with ``before`` (the paragraph goes on)
    or with ``line`` (a one-line paragraph before the next indented one). Under a list
    item's marker ("•", "1.") the indent is the item's own (a hanging indent)."""
    if not after or not _below(before, line) or not _below(line, after[0]):
        return False
    em = line.size
    return (
        line.left - before.left > INDENT * em
        and min(abs(after[0].left - before.left), abs(after[0].left - line.left)) < ALIGNED * em
        and _LIST_MARKER.match(before.text) is None
    )


def _below(before: _Line, line: _Line) -> bool:
    return before.baseline - line.baseline > BELOW * max(before.height, line.height)


def _resized(before: _Line, line: _Line) -> bool:
    """A change of type size (not of the box height: a monospaced font of the same size has
    other ascent and descent)."""
    return abs(before.size - line.size) > SIZE_CHANGE * max(before.size, line.size)


def _columns(lines: list[_Line]) -> list[tuple[float, float]]:
    """The left and right edges of each line's text column.

    The widest line not yet placed opens a column, which takes every unplaced line that
    shares most of its span (the other column of a two-column page does not); its edges
    are theirs. A page that needs more than :data:`MAX_COLUMNS` (a table) is one column.
    """
    whole = (min(line.left for line in lines), max(line.right for line in lines))
    column_of: list[int] = [-1] * len(lines)
    edges: list[tuple[float, float]] = []
    by_width = sorted(range(len(lines)), key=lambda n: lines[n].left - lines[n].right)
    for opener in by_width:
        if column_of[opener] >= 0:
            continue
        if len(edges) == MAX_COLUMNS:
            return [whole] * len(lines)
        span = lines[opener]
        members = [
            n for n in range(len(lines))
            if column_of[n] < 0 and (n == opener or _shares(lines[n], span.left, span.right))
        ]
        for n in members:
            column_of[n] = len(edges)
        edges.append((min(lines[n].left for n in members), max(lines[n].right for n in members)))
    return [edges[column] for column in column_of]


def _shares(line: _Line, left: float, right: float) -> bool:
    """Whether ``line`` and the span from ``left`` to ``right`` overlap by more than half
    the narrower of the two."""
    overlap = min(line.right, right) - max(line.left, left)
    return overlap > 0.5 * min(line.right - line.left, right - left)
