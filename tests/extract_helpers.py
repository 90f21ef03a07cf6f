"""Documents for extractor tests, built from short texts without the cleaner.

Every line is a body region, except that ``title`` becomes a title region
before them, so a test controls exactly what is body and what is title.
"""

from __future__ import annotations

from briefing.clean.base import Cleaned, Region
from briefing.extract.text.document import Document
from briefing.ingest.base import RawDocument
from briefing.options import ParseOptions


def make_doc(body: str, *, lang: str = "en", title: str = "", home: str = "KZ") -> Document:
    """A document whose title (if any) and body lines have the regions their names say."""
    text = f"{title}\n{body}" if title else body
    regions: list[Region] = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            role = "title" if title and index == 0 else "body"
            regions.append(Region(offset, offset + len(line), role))
        offset += len(line) + 1
    cleaned = Cleaned(text=text, regions=regions)
    raw = RawDocument(text=text, format="txt")
    return Document(cleaned=cleaned, raw=raw, options=ParseOptions(home=home), lang=lang)
