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
from typing import IO, Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    Fit,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from briefing.schema.briefing import Metadata

FOLIO = b"/BriefingFolio"
"""The name of the footer form in each page's resources."""


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
    offsets: list[int] = []  # of each part's first page
    for part in parts:
        offset = len(writer.pages)
        offsets.append(offset)
        for page in PdfReader(io.BytesIO(part.pdf)).pages:
            writer.add_page(page)
        for name, point in part.anchors.items():
            anchors.setdefault(name, _moved(point, offset))
        bookmarks += [(level, label, _moved(point, offset)) for level, label, point in
                      part.bookmarks]
    pages = list(writer.pages)
    for part, offset in zip(parts, offsets, strict=True):
        _link(writer, pages[offset:offset + part.pages], part.links, anchors)
    _destinations(writer, anchors)
    _outline(writer, bookmarks)
    _draw_over(writer, [page for pdf in overlays for page in PdfReader(io.BytesIO(pdf)).pages])
    _describe(writer, metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _moved(point: Point, offset: int) -> Point:
    return Point(point.page + offset, point.x, point.y)


def _link(writer: PdfWriter, pages: list[PageObject], links: list[Link],
          anchors: dict[str, Point]) -> None:
    """The links of a part's ``pages``, as WeasyPrint writes them (an internal one to the
    named destination of its target); a link to a name no part defines is dropped, as
    WeasyPrint drops it."""
    strings: dict[str, bytes] = {}  # a target's PDF string: many links cite one source
    for link in links:
        if link.internal and link.target not in anchors:
            continue
        if link.target not in strings:
            strings[link.target] = _pdf_string(link.target)
        target = strings[link.target]
        rect = " ".join(f"{value:.3f}" for value in link.rect).encode("ascii")
        action = (b"/Dest" + target if link.internal
                  else b"/A<</Type/Action/S/URI/URI" + target + b">>")
        annotation = _Written(b"<</Type/Annot/Subtype/Link/Rect[" + rect
                              + b"]/BS<</W 0>>" + action + b">>")
        page = pages[link.page]
        annotations = page.get("/Annots")
        if not isinstance(annotations, ArrayObject):  # parts are printed without links
            annotations = page[NameObject("/Annots")] = ArrayObject()
        annotations.append(_add(writer, annotation))


class _Written(PdfObject):
    """An object written out already: a link annotation held as pypdf objects costs some
    4 KB of Python objects (80,000 links in 2,100 pages took 300 MB), as its bytes 0.2 KB."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def write_to_stream(self, stream: IO[Any], encryption_key: object = None) -> None:
        """Write the bytes (pypdf before 6 passes an encryption key; the join encrypts
        nothing)."""
        stream.write(self.data)


def _pdf_string(text: str) -> bytes:
    """``text`` as a PDF string, escaped and encoded as pypdf writes it."""
    out = io.BytesIO()
    TextStringObject(text).write_to_stream(out)
    return out.getvalue()


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
    """Each overlay page becomes a form drawn at the end of its page, in the page's own
    coordinates: the page's content is wrapped in ``q``/``Q`` and left as it was printed
    (merging the content streams, as pypdf's ``merge_page`` does, parsed and rewrote every
    page: 2.1 s and a third of the join's memory for 2,100 pages)."""
    save = _add(writer, _stream(b"q\n"))
    restore_and_draw = _add(writer, _stream(b"\nQ\n" + FOLIO + b" Do\n"))
    for page, over in zip(writer.pages, overlay, strict=True):
        drawn = over.get_contents()  # the footer's streams, read as one
        form = _stream(drawn.get_data() if drawn is not None else b"")
        form.update({
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(over.mediabox),
            NameObject("/Resources"): over[NameObject("/Resources")].clone(writer),
        })
        resources = DictionaryObject(_dictionary(page, "/Resources"))
        forms = DictionaryObject(_dictionary(resources, "/XObject"))
        forms[NameObject(FOLIO.decode("ascii"))] = _add(writer, form.flate_encode())
        resources[NameObject("/XObject")] = forms
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = ArrayObject([save, *_contents(page), restore_and_draw])


def _contents(page: PageObject) -> list[PdfObject]:
    """The page's content streams as referred to in the file: one, or an array of them."""
    contents = page[NameObject("/Contents")]
    found = contents.get_object()
    return list(found) if isinstance(found, ArrayObject) else [contents]


def _dictionary(owner: DictionaryObject, key: str) -> DictionaryObject:
    """The dictionary ``owner`` holds under ``key`` (an empty one if none)."""
    found = owner.get(key)
    found = found.get_object() if found is not None else None
    return found if isinstance(found, DictionaryObject) else DictionaryObject()


def _add(writer: PdfWriter, pdf_object: PdfObject) -> IndirectObject:
    """``pdf_object`` as an object of its own in the file (pypdf's own way, as yet private:
    an annotation or form must be referred to, not repeated)."""
    reference: IndirectObject = writer._add_object(pdf_object)
    return reference


def _stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


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
