"""Which paragraphs of a Word file are a title or heading, by the file's own styles.

A Word file says this directly, where a text file leaves it to the shape of a
line: the paragraph's style is Title or "Heading n" (or a translated name of
one, or a style based on one), the style or the paragraph carries an outline
level, or its runs are set much larger than the body type. The reader passes
such paragraphs as :attr:`RawDocument.display`, the field the PDF reader fills
with the first page's large lines, so the cleaner keeps a short heading
("Introduction", "Аннотация") and never drops it as a menu item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from briefing import datafiles

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
BODY_OUTLINE = 9  # w:outlineLvl 0-8 are heading levels; 9 is body text
DEFAULT_SIZE = 20  # half-points: the size a file states nowhere (ECMA-376 17.3.2.38)
LARGER = 1.4  # "much larger than the body": 11 pt body -> 15.4 pt and up
MAX_BASES = 16  # a chain of based-on styles longer than this is a loop or a trap
_NUMBER = re.compile(r"[\s\d]+$")


@cache
def _heading_names() -> frozenset[str]:
    """Style names, number dropped, that mark a title or heading (data file)."""
    names = datafiles.words("clean", "docx_heading_styles.tsv")
    return frozenset(name.casefold() for name in names)


class _Style(NamedTuple):
    """What one paragraph style states itself."""

    heading: bool
    size: int | None
    base: str | None


class Styles:
    """The paragraph styles of one file: which are headings, and their type sizes."""

    __slots__ = ("body_size", "headings", "sizes")

    def __init__(self, root: Any | None) -> None:
        own: dict[str, _Style] = {}
        default_id = ""
        default_size = None
        if root is not None:
            default_size = _size(root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"))
        for style in root.iterchildren(f"{_W}style") if root is not None else ():
            style_id = style.get(f"{_W}styleId") or ""
            if style.get(f"{_W}type") != "paragraph" or not style_id:
                continue
            name = style.find(f"{_W}name")
            base = style.find(f"{_W}basedOn")
            own[style_id] = _Style(
                heading=_heading_name(name.get(_VAL, "") if name is not None else "")
                or _outline(style.find(f"{_W}pPr")),
                size=_size(style.find(f"{_W}rPr")),
                base=base.get(_VAL) if base is not None else None,
            )
            if style.get(f"{_W}default") in ("1", "true", "on") and not default_id:
                default_id = style_id
        self.headings = {
            style_id for style_id in own if any(style.heading for style in _chain(own, style_id))
        }
        self.sizes: dict[str, int] = {}
        for style_id in own:
            sizes = [style.size for style in _chain(own, style_id) if style.size]
            if sizes:
                self.sizes[style_id] = sizes[0]
        self.body_size = self.sizes.get(default_id, default_size or DEFAULT_SIZE)

    def display(self, paragraph: Any) -> bool:
        """Whether a ``w:p`` is a title or heading: its style, its outline level, or
        every run of its text set much larger than the body."""
        properties = paragraph.find(f"{_W}pPr")
        style = properties.find(f"{_W}pStyle") if properties is not None else None
        style_id = style.get(_VAL, "") if style is not None else ""
        if style_id in self.headings or _outline(properties):
            return True
        paragraph_size = self.sizes.get(style_id, self.body_size)
        sizes = [
            _size(run.find(f"{_W}rPr")) or paragraph_size
            for run in paragraph.iter(f"{_W}r")
            if any((text.text or "").strip() for text in run.iterchildren(f"{_W}t"))
        ]
        return bool(sizes) and min(sizes) >= self.body_size * LARGER


def _heading_name(name: str) -> bool:
    """Title, "heading 1", or a translated name of one ("Заголовок 1", "Titre")."""
    return _NUMBER.sub("", name).strip().casefold() in _heading_names()


def _outline(properties: Any | None) -> bool:
    """A heading's outline level (0-8) in paragraph properties."""
    level = properties.find(f"{_W}outlineLvl") if properties is not None else None
    value = level.get(_VAL, "") if level is not None else ""
    return value.isdigit() and int(value) < BODY_OUTLINE


def _size(run_properties: Any | None) -> int | None:
    """A font size in half-points (``w:sz``), when stated."""
    size = run_properties.find(f"{_W}sz") if run_properties is not None else None
    value = size.get(_VAL, "") if size is not None else ""
    return int(value) if value.isdigit() and 0 < int(value) < 10000 else None


def _chain(own: dict[str, _Style], style_id: str) -> Iterator[_Style]:
    """A style and the styles it is based on (``w:basedOn``), nearest first."""
    seen: set[str] = set()
    current: str | None = style_id
    while current in own and current not in seen and len(seen) < MAX_BASES:
        seen.add(current)
        yield own[current]
        current = own[current].base
