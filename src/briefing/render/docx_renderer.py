"""The briefing as DOCX, built on the styles of ``templates/reference.docx``.

Every paragraph uses a named style of the reference document (Title,
Heading 1–2, List Bullet, Caption, TOC 1–2, Source, Overview, Marking,
Citation, Briefing Table), so a ministry restyles its briefings by editing
that one file. Fields, bookmarks and internal links come from
:mod:`briefing.render.docx_oxml`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph
from lxml import etree

from briefing.atomic import atomic_path
from briefing.compose.labels import template_folder
from briefing.errors import RenderError
from briefing.options import BuildOptions
from briefing.render import docx_oxml as ox
from briefing.render.chart import every_year, kind_runs, shade
from briefing.render.columns import fit_columns
from briefing.render.docx_package import write_with_body
from briefing.schema.briefing import Briefing, Count, Group, Line, PersonRow

REFERENCE = "reference.docx"
PAPER_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}
TABLE_STYLE = "Briefing Table"
WHITE = "FFFFFF"
CORE_PROPERTY_CHARS = 255
MATRIX_HEAD_MM = 24
BAR, BAR_LENGTH, BAR_COLOUR = "█", 40, "14365D"
"""The activity chart: a full block, the longest bar's length, the heading colour."""


class DocxWriter:
    """Builds one DOCX document from a briefing, top to bottom."""

    def __init__(self, briefing: Briefing, options: BuildOptions) -> None:
        self.b = briefing
        self.options = options
        reference = template_folder(options.template_dir) / REFERENCE
        try:
            self.doc: Any = Document(str(reference))
        except Exception as exc:  # python-docx raises several types for a bad package
            raise RenderError(f"cannot open the reference document: {exc}",
                              path=reference) from exc
        self.bookmarks = ox.Bookmarks()
        self.text_width = 0
        self._section: str | None = None
        """The running header of the section being written."""
        self._first_section = ""
        """The cover and contents' section properties, as the reference document set them."""
        self._styles: dict[str, Any] = {}
        self.body: list[str] = []
        """The body's XML, in pieces (see :meth:`add`)."""

    def style(self, name: str) -> Any:
        """A style of the reference document (looked up once)."""
        if name not in self._styles:
            self._styles[name] = self.doc.styles[name]
        return self._styles[name]

    def build(self) -> None:
        """Set up the document and write its body (see :attr:`body`)."""
        body = self.doc.element.body
        for child in list(body):
            if not child.tag.endswith("sectPr"):
                body.remove(child)
        body.get_or_add_sectPr()
        self._page_setup()
        self._properties()
        self._update_fields_on_opening()
        self._cover()
        self._contents()
        self.start_section(self.b.label("executive_summary"))
        self._summary()
        for group in self.b.groups:
            self.start_section(group.heading)
            self._group(group)
        self.start_section(self.b.label("method"))
        self._method()
        self.start_section(self.b.label("sources"))
        self._sources()
        if self.b.annex:
            self.start_section(self.b.label("annex"))
            self._annex()
        self._last_section()

    # -- page, header, footer, properties -----------------------------------------------

    def _page_setup(self) -> None:
        section = self.doc.sections[0]
        width, height = PAPER_MM[self.options.paper]
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.different_first_page_header_footer = True
        self.text_width = section.page_width - section.left_margin - section.right_margin
        self._fill_header(section.header.paragraphs[0], self.b.label("contents"))
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer._p.extend(ox.parse(
            ox.run(f"{self.b.label('page')} ") + ox.field("PAGE", "1")
            + ox.run(f" {self.b.label('of')} ") + ox.field("NUMPAGES", "1")))
        self._first_section = etree.tostring(section._sectPr, encoding="unicode")

    def _fill_header(self, header: Any, name: str) -> None:
        """The running header: the title, and at the right the section's name."""
        header._p.extend(ox.parse(ox.run(self.b.cover.title) + ox.TAB + ox.run(name)))
        stops = header.paragraph_format.tab_stops
        for inherited in self.style("Header").paragraph_format.tab_stops:  # centre, right…
            stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)

    # -- sections: one per part of the briefing, each with its own running header --------
    #
    # A section's properties (w:sectPr) close it: they sit in its last paragraph, or in the
    # body for the last section. A section without footer references keeps the footer of
    # the one before; the cover's section alone has a first page of its own. Each section
    # starts on a new page: LibreOffice changes headers only there.

    def start_section(self, name: str) -> None:
        """Close the section being written and open one whose running header is ``name``."""
        if self._section is None:
            self.add(ox.paragraph(properties=self._first_section))
        else:
            self.add(ox.paragraph(properties=self._section_properties(self._section)))
        self._section = name

    def _section_properties(self, name: str) -> str:
        part, rid = self.doc.part.add_header_part()
        self._fill_header(Paragraph(part.element.p_lst[0], part), name)
        body = self.doc.element.body.sectPr
        layout = "".join(etree.tostring(child, encoding="unicode") for child in body
                         if child.tag.split("}")[-1] in ("pgSz", "pgMar", "cols", "docGrid"))
        return ox.section_properties(rid, layout)

    def _last_section(self) -> None:
        """The body's own section properties become the last section's."""
        assert self._section is not None
        properties = ox.parse(ox.paragraph(properties=self._section_properties(self._section)))
        final = properties[0].find(f"{{{ox.W_NAMESPACE}}}pPr")[0]
        body = self.doc.element.body
        body.remove(body.sectPr)
        body.append(final)

    def _properties(self) -> None:
        meta, core = self.b.metadata, self.doc.core_properties
        core.title, core.author = _fit(meta.title), _fit(meta.author)
        core.subject, core.keywords = _fit(meta.subject), _fit(", ".join(meta.keywords))
        core.language = meta.lang
        core.created = core.modified = meta.created.astimezone(dt.UTC).replace(tzinfo=None)
        core.last_modified_by = meta.author

    def _update_fields_on_opening(self) -> None:
        """Ask Word to update the contents and page references when the file is opened."""
        settings = self.doc.settings.element
        flag = ox.parse(ox.UPDATE_FIELDS)[0]
        later = [child for child in settings if not child.tag.startswith(f"{{{ox.W_NAMESPACE}}}")
                 or child.tag.split("}")[-1] in ox.AFTER_UPDATE_FIELDS]
        if later:
            later[0].addprevious(flag)
        else:
            settings.append(flag)

    # -- building blocks ----------------------------------------------------------------
    #
    # The body is written as WordprocessingML text (see docx_oxml) and streamed into the
    # package when it is saved (see docx_package): python-docx's element-by-element
    # building costs milliseconds a table row, and the tree ten times the XML's memory.

    def add(self, xml: str) -> None:
        """Append body XML."""
        self.body.append(xml)

    def style_id(self, name: str) -> str | None:
        """The id of a style of the reference document, ``None`` for Normal (no ``w:pStyle``)."""
        return None if name == "Normal" else self.style(name).style_id

    def para(self, text: str = "", style: str = "Normal") -> None:
        """A paragraph of ``style`` holding ``text``."""
        self.add(ox.paragraph(ox.run(text) if text else "", self.style_id(style)))

    def heading(self, text: str, level: int, anchor: str | None = None) -> None:
        """A real heading (Heading 1–3), bookmarked when it is a link target."""
        bookmark = self.bookmarks.new(anchor) if anchor else None
        self.add(ox.paragraph(ox.run(text), self.style_id(f"Heading {level}"), bookmark))

    @staticmethod
    def cites(numbers: Iterable[int]) -> str:
        """Citation links [n] to the sources list."""
        return "".join(ox.link(f"[{number}]", f"src{number}") for number in numbers)

    def line(self, item: Line) -> str:
        """A bullet for one dated statement."""
        runs = [ox.run(f"{item.date} ", ox.BOLD) if item.date else "",
                ox.run(f"{item.label}: ", ox.BOLD) if item.label else "",
                ox.run(f"{item.text} "), self.cites(item.cites),
                ox.run(f" ({item.also_note})") if item.also_note else ""]
        bookmark = self.bookmarks.new(item.anchor) if item.anchor else None
        return ox.paragraph("".join(runs), self.style_id("List Bullet"), bookmark)

    def lines(self, title: str, items: Sequence[Line], anchor: str | None = None) -> None:
        """A heading and its bullets; nothing at all when there are no items."""
        if items:
            self.heading(title, 2, anchor)
            self.add("".join(map(self.line, items)))

    def widths(self, shares: Sequence[float]) -> list[int]:
        """Column widths in twips: ``shares`` are the columns' parts of the text width
        (python-docx would otherwise split it evenly and wrap names letter by letter)."""
        return [Emu(int(self.text_width * share / sum(shares))).twips for share in shares]

    def table(self, head: Sequence[str],
              rows: Iterable[Sequence[tuple[str, Sequence[int]]]]) -> None:
        """A table in the reference table style, its header row repeated on each page, its
        columns sized to their content; each cell is a text and the sources it cites."""
        rows = list(rows)
        shown = [[head[index], *(_with_cites(*cells[index]) for cells in rows)]
                 for index in range(len(head))]
        widths = fit_columns(shown, Emu(self.text_width).twips)
        header = ox.row("".join(map(ox.cell, widths, map(ox.run, head))), ox.HEADER_ROW)
        body = (ox.row("".join(
            ox.cell(width, ox.run(text) + (ox.run(" ") + self.cites(cites) if cites else ""))
            for width, (text, cites) in zip(widths, cells, strict=True))) for cells in rows)
        self.add(ox.table(self.style(TABLE_STYLE).style_id, widths, [header, *body]))

    def page_break(self) -> None:
        """Start the next part on a new page."""
        self.add(ox.PAGE_BREAK)

    # -- parts --------------------------------------------------------------------------

    def _cover(self) -> None:
        cover = self.b.cover
        for _ in range(6):
            self.para()
        if cover.marking:
            self.para(cover.marking, "Marking")
        self.para(cover.title, "Title")
        if cover.period:
            self.para(cover.period, "Subtitle")
        self.para()
        for fact in (cover.generated, cover.sources, cover.partners, cover.skipped):
            if fact:
                self.para(fact)
        self.page_break()

    def _contents(self) -> None:
        """A Word TOC field, pre-filled with linked entries (LibreOffice shows those)."""
        self.para(self.b.label("contents"), "TOC Heading")
        entries = [(self.b.label("executive_summary"), "summary", 1)]
        detail = len(self.b.groups) <= 15
        for group in self.b.groups:
            entries.append((group.heading, group.anchor, 1))
            entries += [(b.heading, b.anchor, 2) for b in group.blocks] if detail else []
        entries.append((self.b.label("method"), "method", 1))
        entries.append((self.b.label("sources"), "sources", 1))
        if self.b.annex:
            entries.append((self.b.label("annex"), "annex", 1))
        for index, (text, anchor, level) in enumerate(entries):
            content = ox.link(text, anchor, style="")
            if index == 0:
                content = ox.field_begin(ox.TOC_INSTRUCTION, dirty=True) + content
            if index == len(entries) - 1:
                content += ox.FIELD_END
            self.add(ox.paragraph(content, self.style_id(f"TOC {level}")))

    def _summary(self) -> None:
        b = self.b
        self.heading(b.label("executive_summary"), 1, "summary")
        self.lines(b.label("key_judgements"), b.judgements)
        self.lines(b.label("highlights"), b.highlights)
        counts = b.counts
        if counts.countries or counts.themes:
            self.heading(b.label("at_a_glance"), 2)
            for key, rows in (("countries", counts.countries),
                              ("organisations", counts.organisations),
                              ("by_theme", counts.themes), ("by_kind", counts.kinds)):
                self._counts(b.label(key), rows)
        if counts.years:
            self.heading(b.label("by_year"), 2)
            self._activity()
            self.para(b.label("activity_caption"), "Caption")
        if b.matrix.rows and b.matrix.columns:
            self.heading(b.label("matrix"), 2)
            self._matrix()
            self.para(b.label("matrix_caption"), "Caption")
            if b.matrix.note:
                self.para(b.matrix.note)
        if b.timeline:
            self.heading(b.label("timeline"), 2)
            self.table([b.label("date"), b.label("event")],
                       ([(t.date, ()), (f"{t.label}: {t.text}" if t.label else t.text, t.cites)]
                        for t in b.timeline))

    def _counts(self, title: str, rows: Sequence[Count]) -> None:
        """One paragraph of counts: "Countries: China 5 · Russia 5 · …"."""
        if rows:
            text = " · ".join(f"{row.name}\u00a0{row.sources}" for row in rows)
            self.add(ox.paragraph(ox.run(f"{title}: ", ox.BOLD) + ox.run(text)))

    def _people(self, title: str, rows: Sequence[PersonRow]) -> None:
        if rows:
            b = self.b
            self.heading(title, 2)
            self.table([b.label("person"), b.label("role"), b.label("side")],
                       ([(r.name, r.cites), (r.role, ()), (r.side, ())] for r in rows))

    def _matrix(self) -> None:
        """Partners by themes, each count shaded by its size; theme names written upwards."""
        matrix = self.b.matrix
        widths = self.widths((3, *[1] * len(matrix.columns)))
        names = [ox.cell(widths[0], ox.run(""))]
        names += [ox.cell(width, ox.run(name), ox.VERTICAL)
                  for width, name in zip(widths[1:], matrix.columns, strict=True)]
        rows = [ox.row("".join(names), ox.row_height(Mm(MATRIX_HEAD_MM).twips) + ox.HEADER_ROW)]
        runs = kind_runs(matrix.row_kinds or ("",) * len(matrix.rows))
        for kind, start, end in runs:
            if len(runs) > 1:  # countries, then international organisations, under headings
                name = matrix.kind_names.get(kind, kind)
                rows.append(ox.row(ox.cell(sum(widths), ox.run(name, ox.BOLD),
                                           f'<w:gridSpan w:val="{len(widths)}"/>')))
            for name, counts in zip(matrix.rows[start:end], matrix.counts[start:end],
                                    strict=True):
                cells = [ox.cell(widths[0], ox.run(name))]
                for width, number in zip(widths[1:], counts, strict=True):
                    dark = bool(number) and number / matrix.peak > 0.45
                    text = ox.run(str(number) if number else "",
                                  ox.colour(WHITE) if dark else "")
                    cells.append(ox.cell(width, text, ox.shading(shade(number, matrix.peak)),
                                         ox.CENTERED))
                rows.append(ox.row("".join(cells)))
        self.add(ox.table(self.style(TABLE_STYLE).style_id, widths, rows))

    def _activity(self) -> None:
        """Sources by year (every year of the period) as bars of block characters."""
        activity = every_year(self.b.counts.years)
        peak = max(sources for _, sources in activity) or 1
        widths = self.widths((1, 6))
        head = (self.b.label("year"), self.b.label("count_sources"))
        rows = [ox.row("".join(map(ox.cell, widths, map(ox.run, head))), ox.HEADER_ROW)]
        for year, sources in activity:
            bar = BAR * max(round(BAR_LENGTH * sources / peak), 1 if sources else 0)
            rows.append(ox.row(ox.cell(widths[0], ox.run(str(year))) + ox.cell(
                widths[1], ox.run(bar, ox.colour(BAR_COLOUR)) + ox.run(f" {sources}"))))
        self.add(ox.table(self.style(TABLE_STYLE).style_id, widths, rows))

    def _group(self, group: Group) -> None:
        b = self.b
        self.heading(group.heading, 1, group.anchor)
        self.para(group.overview, "Overview")
        for block in group.blocks:
            self.lines(block.heading, block.lines, block.anchor)
        if group.agreements:
            self.heading(b.label("agreements"), 2)
            self.table([b.label(k) for k in ("name", "parties", "signed", "term", "status")],
                       ([(r.name, r.cites), (r.parties, ()), (r.signed, ()), (r.period, ()),
                         (r.status, ())] for r in group.agreements))
        if group.figures:
            self.heading(b.label("figures"), 2)
            self.table([b.label(k) for k in ("value", "what", "year")],
                       ([(r.value, ()), (r.what, r.cites), (r.year, ())] for r in group.figures))
        self.lines(b.label("issues"), group.issues)
        self.lines(b.label("recommendations"), group.recommendations)
        self._people(b.label("people"), group.people)
        self._people(b.label("people_mentioned"), group.people_mentioned)
        self.lines(b.label("upcoming"), group.upcoming)
        if group.see_also:
            self.heading(b.label("see_also"), 2)
            self.add("".join(ox.paragraph(
                ox.link(p.heading, p.target, style="") + ox.run(f", {p.date} " if p.date else " ")
                + self.cites(p.cites), self.style_id("List Bullet")) for p in group.see_also))

    def _method(self) -> None:
        method = self.b.method
        self.heading(self.b.label("method"), 1, "method")
        for note in method.notes:
            self.para(note)
        if method.glossary:
            self.heading(self.b.label("glossary"), 2)
            self.table([self.b.label("acronym"), self.b.label("meaning")],
                       ([(e.acronym, ()), (e.meaning, ())] for e in method.glossary))

    def _annex(self) -> None:
        self.heading(self.b.label("annex"), 1, "annex")
        for group in self.b.annex:
            self.heading(group.heading, 2)
            for block in group.blocks:
                self.add("".join(map(self.line, block.lines)))
            for items in (group.issues, group.recommendations, group.upcoming):
                self.add("".join(map(self.line, items)))
            self._people(self.b.label("people"), group.people)
            self._people(self.b.label("people_mentioned"), group.people_mentioned)

    def _sources(self) -> None:
        self.heading(self.b.label("sources"), 1, "sources")
        style = self.style_id("Source")
        for source in self.b.sources:
            lead = " · ".join(x for x in (source.kind, source.date) if x)
            runs = [ox.run(f"[{source.number}]\t"), ox.run(f"{lead}. " if lead else ""),
                    ox.run(source.title, ox.ITALIC),
                    ox.run(f". {source.publisher}") if source.publisher else "",
                    ox.run(f". {source.location}") if source.location else ""]
            self.add(ox.paragraph("".join(runs), style, self.bookmarks.new(source.anchor)))


def _with_cites(text: str, cites: Sequence[int]) -> str:
    """A cell's text as shown, with its citation marks."""
    return f"{text} {''.join(f'[{n}]' for n in cites)}" if cites else text


def _fit(text: str) -> str:
    """Core properties hold at most 255 characters (python-docx refuses more)."""
    return text if len(text) <= CORE_PROPERTY_CHARS else text[: CORE_PROPERTY_CHARS - 1] + "…"


def render_docx(briefing: Briefing, path: str | Path, options: BuildOptions | None = None) -> Path:
    """Write the briefing as DOCX to ``path`` (atomically)."""
    options = options or briefing.options
    writer = DocxWriter(briefing, options)
    writer.build()
    skeleton = io.BytesIO()
    writer.doc.save(skeleton)
    part = writer.doc.part.partname.lstrip("/")
    with atomic_path(path) as tmp:
        write_with_body(skeleton.getvalue(), tmp, part, writer.body)
    return Path(path)
