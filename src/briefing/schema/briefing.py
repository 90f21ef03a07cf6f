"""The briefing: many records, grouped, cited and ready to render.

This is the one render-ready view that feeds every renderer (HTML/PDF, DOCX,
JSON, Markdown), so the formats cannot drift apart. Everything a renderer
prints is already here as display text: dates written in the label language,
theme and kind names, citation numbers. Renderers lay it out; they never go
back to the records or re-parse text.

Shape::

    Briefing
    ├── cover                 title, period, generation date, counts, marking
    ├── highlights            Line*   executive summary, most recent first
    ├── matrix                Matrix  groups × sub-groups, counts of sources
    ├── activity              YearCount*  sources by year
    ├── timeline              Line*   dated events, in date order
    ├── groups                Group*  partner (or theme), most active first
    │   ├── blocks            Block*  theme (or partner) → Line*
    │   └── agreements, figures, issues, recommendations, people, upcoming
    └── sources               SourceEntry*  numbered; every Line.cites points here
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from briefing.options import BuildOptions


class ViewModel(BaseModel):
    """Base of the view models: no unknown fields, immutable once composed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Line(ViewModel):
    """One dated statement, with the sources that support it."""

    date: str = ""
    """The date as displayed ("14 October 2016"); empty when undated."""
    sort_key: str = ""
    """ISO date used for ordering; empty when undated."""
    text: str
    cites: tuple[int, ...] = ()
    """Numbers of :class:`SourceEntry` items."""
    label: str = ""
    """A short lead (the partner, or the place of an event) shown before the text."""


class AgreementRow(ViewModel):
    """A row of the agreements table."""

    name: str
    parties: str = ""
    signed: str = ""
    period: str = ""
    status: str = ""
    cites: tuple[int, ...] = ()


class FigureRow(ViewModel):
    """A row of the key figures table."""

    value: str
    what: str
    year: str = ""
    cites: tuple[int, ...] = ()


class PersonRow(ViewModel):
    """A person met, with the role the sources give."""

    name: str
    role: str = ""
    cites: tuple[int, ...] = ()


class Block(ViewModel):
    """The second level: a theme within a partner (or a partner within a theme)."""

    key: str
    heading: str
    anchor: str
    lines: tuple[Line, ...] = ()


class Group(ViewModel):
    """The first level: a partner (or a theme) with everything said about it."""

    key: str
    heading: str
    anchor: str
    overview: str
    blocks: tuple[Block, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
    figures: tuple[FigureRow, ...] = ()
    issues: tuple[Line, ...] = ()
    recommendations: tuple[Line, ...] = ()
    people: tuple[PersonRow, ...] = ()
    upcoming: tuple[Line, ...] = ()


class Matrix(ViewModel):
    """Counts of sources for each group (rows) and sub-group (columns): the most active ones;
    ``note`` says how many more there are and where they are, so none is dropped silently."""

    rows: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    counts: tuple[tuple[int, ...], ...] = ()
    row_kinds: tuple[str, ...] = ()
    """Per row: "state", "organisation" or "theme"; states come before organisations."""
    column_kinds: tuple[str, ...] = ()
    """Per column, the same."""
    kind_names: dict[str, str] = Field(default_factory=dict)
    """Display names of the kinds ("Countries", "International organisations")."""
    note: str = ""
    """The rows and columns not drawn, by name, and where to find them."""

    @property
    def peak(self) -> int:
        """The largest count (1 when empty), for shading."""
        return max((max(row, default=0) for row in self.counts), default=0) or 1


class YearCount(ViewModel):
    """Sources published in one year (the activity chart)."""

    year: int
    sources: int


class SourceEntry(ViewModel):
    """A numbered entry of the sources list."""

    number: int
    anchor: str
    kind: str = ""
    date: str = ""
    title: str
    location: str = ""
    """The URL when known, else the file path."""
    url: str | None = None


class Cover(ViewModel):
    """What the cover page says."""

    title: str
    period: str = ""
    generated: str
    sources: str
    partners: str = ""
    skipped: str = ""
    marking: str | None = None


class Metadata(ViewModel):
    """Document properties written into the PDF and the DOCX."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...] = ()
    created: dt.datetime
    lang: str


class Briefing(ViewModel):
    """A composed briefing: build with :func:`briefing.compose.build_briefing`."""

    options: BuildOptions = Field(default_factory=BuildOptions)
    labels: dict[str, str] = Field(default_factory=dict)
    """Fixed labels in the briefing's language (headings, table heads)."""
    metadata: Metadata
    cover: Cover
    highlights: tuple[Line, ...] = ()
    matrix: Matrix = Field(default_factory=Matrix)
    activity: tuple[YearCount, ...] = ()
    """Sources by year of publication, every year of the period (none left out)."""
    timeline: tuple[Line, ...] = ()
    groups: tuple[Group, ...] = ()
    sources: tuple[SourceEntry, ...] = ()
    skipped: int = 0
    """Records that failed to parse: counted, not shown."""
    filtered: int = 0
    """Records left out by the since/until/partner/theme filters."""

    def label(self, key: str) -> str:
        """A fixed label; the key itself when the language file lacks it."""
        return self.labels.get(key, key)
