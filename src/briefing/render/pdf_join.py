"""One PDF from the parts a long briefing is printed in (pypdf).

WeasyPrint lays out a whole document before it writes any of it, at about
2.7 MB a page; a long briefing is therefore printed as several documents
(:mod:`briefing.render.pdf_renderer`) and joined here. What WeasyPrint would
have done across the whole document is redone across the parts:

* links: each part is printed without them; their places and targets are noted
  and they are written here, an internal one to the named destination of its
  target wherever that now lies (a citation to the sources list, a contents line);
* named destinations and bookmarks: gathered from every part's pages, offset
  by the pages before the part, written once for the whole file;
* "Page X of Y": printed on pages of their own (an overlay, with the
  template's footer style) and drawn over the joined pages.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    Fit,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from briefing.schema.briefing import Metadata


@dataclass(frozen=True)
class Point:
    """A place on a page: the page's index and PDF coordinates (points, from bottom left)."""

    page: int
    x: float
    y: float


@dataclass
class PrintedPart:
    """One part as WeasyPrint printed it, with what the join needs to know of its pages."""

    pdf: bytes
    pages: int
    anchors: dict[str, Point] = field(default_factory=dict)
    """Named destinations (element ids), pages counted within the part."""
    bookmarks: list[tuple[int, str, Point]] = field(default_factory=list)
    """(level, label, place) of each heading, in document order."""
    links: list[Link] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """A link's page (within its part), rectangle (PDF points) and target: an anchor name
    (``internal``) or a URL."""

    page: int
    rect: tuple[float, float, float, float]
    internal: bool
    target: str


def join(parts: Sequence[PrintedPart], overlays: Sequence[bytes], metadata: Metadata) -> bytes:
    """The parts as one PDF, with the pages of the ``overlays`` (one after the other) drawn
    over theirs, page by page."""
    writer = PdfWriter()
    anchors: dict[str, Point] = {}
    bookmarks: list[tuple[int, str, Point]] = []
    links: list[Link] = []
    for part in parts:
        offset = len(writer.pages)
        for page in PdfReader(io.BytesIO(part.pdf)).pages:
            writer.add_page(page)
        for name, point in part.anchors.items():
            anchors.setdefault(name, _moved(point, offset))
        bookmarks += [(level, label, _moved(point, offset)) for level, label, point in
                      part.bookmarks]
        links += [Link(link.page + offset, link.rect, link.internal, link.target)
                  for link in part.links]
    _link(writer, links, anchors)
    _destinations(writer, anchors)
    _outline(writer, bookmarks)
    _draw_over(writer, [page for pdf in overlays for page in PdfReader(io.BytesIO(pdf)).pages])
    _describe(writer, metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _moved(point: Point, offset: int) -> Point:
    return Point(point.page + offset, point.x, point.y)


def _link(writer: PdfWriter, links: list[Link], anchors: dict[str, Point]) -> None:
    """Link annotations as WeasyPrint writes them; a link to a name no part defines is
    dropped, as WeasyPrint drops it."""
    for link in links:
        if link.internal and link.target not in anchors:
            continue
        annotation = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject(FloatObject(value) for value in link.rect),
            NameObject("/BS"): DictionaryObject({NameObject("/W"): NumberObject(0)}),
        })
        # A go-to action to the named destination, not a /Dest: pypdf before 5.1 takes any
        # /Dest given to add_annotation for one of its own making.
        kind, key = ("/GoTo", "/D") if link.internal else ("/URI", "/URI")
        annotation[NameObject("/A")] = DictionaryObject({
            NameObject("/Type"): NameObject("/Action"), NameObject("/S"): NameObject(kind),
            NameObject(key): TextStringObject(link.target)})
        writer.add_annotation(link.page, annotation)


def _destinations(writer: PdfWriter, anchors: dict[str, Point]) -> None:
    """The named destinations of the whole file, one sorted name tree leaf."""
    pairs = ArrayObject()
    for name in sorted(anchors):
        point = anchors[name]
        pairs += [TextStringObject(name), ArrayObject([
            writer.pages[point.page].indirect_reference, NameObject("/XYZ"),
            FloatObject(point.x), FloatObject(point.y), NumberObject(0)])]
    writer.root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/Dests"): DictionaryObject({NameObject("/Names"): pairs})})


def _outline(writer: PdfWriter, bookmarks: list[tuple[int, str, Point]]) -> None:
    """Bookmarks nested by level across the parts: a part that begins inside a section
    hangs its subheadings under the section's heading in an earlier part."""
    parents: list[tuple[int, IndirectObject]] = []  # (level, outline item) of open headings
    for level, label, point in bookmarks:
        while parents and parents[-1][0] >= level:
            parents.pop()
        parent = parents[-1][1] if parents else None
        item = writer.add_outline_item(title=label, page_number=point.page, parent=parent,
                                       fit=Fit.xyz(left=point.x, top=point.y, zoom=None),
                                       is_open=level < 2)
        parents.append((level, item))


def _draw_over(writer: PdfWriter, overlay: list[PageObject]) -> None:
    for page, over in zip(writer.pages, overlay, strict=True):
        page.merge_page(over)
        page.compress_content_streams()


def _describe(writer: PdfWriter, meta: Metadata) -> None:
    """Document properties as WeasyPrint writes them from the HTML head."""
    created = _pdf_date(meta.created)
    writer.add_metadata({
        "/Title": meta.title, "/Author": meta.author, "/Subject": meta.subject,
        "/Keywords": ", ".join(meta.keywords), "/Creator": "briefing",
        "/CreationDate": created, "/ModDate": created,
    })
    writer.root_object[NameObject("/Lang")] = TextStringObject(meta.lang)


def _pdf_date(moment: dt.datetime) -> str:
    """A PDF date string ("D:20250301093000+00'00'")."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("D:%Y%m%d%H%M%S+00'00'")
