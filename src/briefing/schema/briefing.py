"""The briefing: many records, grouped, cited and ready to render.

This is the one render-ready view that feeds every renderer (HTML/PDF, DOCX,
JSON, Markdown), so the formats cannot drift apart. Everything a renderer
prints is already here as display text: dates written in the label language,
theme and kind names, citation numbers. Renderers lay it out; they never go
back to the records or re-parse text.

Shape::

    Briefing
    ├── cover                 title, period, generation date, counts, marking
    ├── judgements            Line*   key judgements computed from the records
    ├── highlights            Line*   significant developments: whole sentences
    ├── counts                Count*  sources by partner (states, then organisations),
    │                                 theme, kind, and year
    ├── matrix                Matrix  groups × sub-groups, counts of sources
    ├── timeline              Line*   dated events, in date order
    ├── groups                Group*  partner (or theme), most active first
    │   ├── blocks            Block*  theme (or partner) → Line*
    │   └── agreements, figures, issues, recommendations, people, upcoming
    ├── sources               SourceEntry*  numbered; every Line.cites points here
    ├── method                Method  documents read, failed, skipped; caveats; glossary
    └── annex                 Group*  statements and rows beyond the sections' budgets
                                      (only with ``BuildOptions.annex``)
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from briefing.options import BuildOptions


class ViewModel(BaseModel):
    """Base of the view models: no unknown fields, immutable once composed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Place(ViewModel):
    """Where a statement stands in a cited record: ``text[start:end]`` of record ``record``."""

    record: str
    start: int
    end: int


class Line(ViewModel):
    """One dated statement, with the sources that support it.

    In the sections a line is a whole sentence of a source, word for word;
    ``evidence`` gives its place in each cited record so a reader can check it.
    """

    date: str = ""
    """The date as displayed ("14 October 2016"); empty when undated."""
    sort_key: str = ""
    """ISO date used for ordering; empty when undated."""
    text: str
    cites: tuple[int, ...] = ()
    """Numbers of :class:`SourceEntry` items."""
    label: str = ""
    """A short lead (the partner, or the place of an event) shown before the text."""
    also: tuple[str, ...] = ()
    """The other partner codes (or theme ids) the statement concerns; their sections
    point to it."""
    also_note: str = ""
    """``also`` as displayed: "Also concerns: Russia, Belarus"."""
    evidence: tuple[Place, ...] = ()
    inferred: bool = False
    """The date was not written in full: its year (or more) was inferred from the
    source's own date."""
    anchor: str = ""
    """Link target of the line, for the pointers of other sections."""


class Pointer(ViewModel):
    """A statement shown in another section, which also concerns this one."""

    target: str
    """Anchor of the line pointed to."""
    heading: str
    """The section (and block) where the statement stands."""
    date: str = ""
    cites: tuple[int, ...] = ()


class Count(ViewModel):
    """One row of the at-a-glance counts."""

    key: str
    name: str
    sources: int


class Counts(ViewModel):
    """Sources counted by partner (countries apart from organisations), theme, kind, year."""

    countries: tuple[Count, ...] = ()
    organisations: tuple[Count, ...] = ()
    themes: tuple[Count, ...] = ()
    kinds: tuple[Count, ...] = ()
    years: tuple[Count, ...] = ()
    """Activity by year, oldest first (``key`` is the year)."""


class GlossaryEntry(ViewModel):
    """An acronym used in the briefing and what it stands for."""

    acronym: str
    meaning: str


class Method(ViewModel):
    """The closing section: what was read, and how far to trust it."""

    read: int = 0
    failed: int = 0
    """Records of documents that could not be read: counted, never shown."""
    skipped: int = 0
    """Left out by the since/until/partner/theme filters."""
    annexed: int = 0
    """Statements beyond the sections' budgets (in the annex, or left out without one)."""
    notes: tuple[str, ...] = ()
    """The caveats as sentences in the briefing's language."""
    glossary: tuple[GlossaryEntry, ...] = ()


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
    """A person met (or mentioned), with the role the sources give."""

    name: str
    role: str = ""
    side: str = ""
    """The country or organisation the person acts for, as the role names it first
    ("Ambassador of Kazakhstan to Italy": Kazakhstan)."""
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
    """The status line: sources, period, themes, last contact, agreements."""
    blocks: tuple[Block, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
    figures: tuple[FigureRow, ...] = ()
    issues: tuple[Line, ...] = ()
    recommendations: tuple[Line, ...] = ()
    people: tuple[PersonRow, ...] = ()
    """People met or who took part, with role and counterpart."""
    people_mentioned: tuple[PersonRow, ...] = ()
    """People only mentioned: historical figures, honorees."""
    upcoming: tuple[Line, ...] = ()
    see_also: tuple[Pointer, ...] = ()
    """Statements standing under another section that also concern this one."""


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


class SourceEntry(ViewModel):
    """A numbered entry of the sources list."""

    number: int
    anchor: str
    kind: str = ""
    date: str = ""
    title: str
    publisher: str = ""
    """The site or publisher, from the document's URL."""
    location: str = ""
    """The URL when known, else the file path."""
    url: str | None = None
    path: str | None = None
    """The input path as given, whenever the source was read from a file."""


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
    judgements: tuple[Line, ...] = ()
    highlights: tuple[Line, ...] = ()
    counts: Counts = Field(default_factory=Counts)
    matrix: Matrix = Field(default_factory=Matrix)
    timeline: tuple[Line, ...] = ()
    groups: tuple[Group, ...] = ()
    sources: tuple[SourceEntry, ...] = ()
    method: Method = Field(default_factory=Method)
    annex: tuple[Group, ...] = ()

    def label(self, key: str) -> str:
        """A fixed label; the key itself when the language file lacks it."""
        return self.labels.get(key, key)
