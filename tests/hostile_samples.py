"""Builders of inputs that attack time and memory, shared by the tests (small sizes) and
``benchmarks/hostile_resources.py`` (the sizes of issue 18). Everything is made here."""

from __future__ import annotations

import io
import json
import random
import zipfile
import zlib
from pathlib import Path

WORDS = (
    "embassy", "culture", "festival", "concert", "exhibition", "cooperation", "university",
    "museum", "theatre", "students", "scholarship", "memorandum", "ministry", "delegation",
    "heritage", "language", "film", "library", "Kazakhstan", "Italy", "France", "Japan",
    "Egypt", "Astana", "Rome", "Paris", "Tokyo", "Cairo", "signed", "opened", "held",
)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these object bodies (object 1 the catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _pages(contents: list[bytes], *, filtered: bool = False) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for content in contents:
        flate = b" /Filter /FlateDecode" if filtered else b""
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(content), flate)
                       + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                       % len(objects))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return _pdf(objects)


def dense_pdf(pages: int, runs_per_page: int, seed: int = 1) -> bytes:
    """Pages each drawing thousands of tiny text runs: slow to extract, page by page."""
    rng = random.Random(seed)
    contents = []
    for _ in range(pages):
        runs = b" ".join(
            b"1 0 0 1 %d %d Tm (%s) Tj" % (rng.randrange(600), rng.randrange(780),
                                            rng.choice(WORDS).encode())
            for _ in range(runs_per_page)
        )
        contents.append(b"BT /F1 4 Tf " + runs + b" ET")
    return _pages(contents)


def inflating_pdf(inflated_bytes: int) -> bytes:
    """One page whose content stream is a little text and then ``inflated_bytes`` of spaces,
    deflated (about a thousand times smaller): a decompression bomb within every size limit."""
    packer = zlib.compressobj(9)
    parts = [packer.compress(b"BT /F1 11 Tf 72 740 Td (Cultural cooperation with Italy.) Tj ET\n")]
    block = b" " * (1 << 20)
    for _ in range(inflated_bytes // len(block)):
        parts.append(packer.compress(block))
    parts.append(packer.flush())
    return _pages([b"".join(parts)], filtered=True)


def big_docx(path: Path, paragraphs: int, words: int = 60, seed: int = 1) -> None:
    """A Word document of many paragraphs of random words (a vocabulary of 300 made-up
    words: it deflates about 3.9 times, a little more than prose), written as it goes."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 11)))
                  for _ in range(300)]
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>'.encode())
            for _ in range(paragraphs):
                text = " ".join(rng.choice(vocabulary) for _ in range(words))
                part.write(f"<w:p><w:r><w:t>{text}.</w:t></w:r></w:p>".encode())
            part.write(b"</w:body></w:document>")


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def jsonl_documents(items: int, seed: int = 1) -> bytes:
    """A JSON Lines document file: ``items`` short news items, one a line."""
    rng = random.Random(seed)
    lines = []
    for number in range(items):
        text = " ".join(rng.choice(WORDS) for _ in range(25))
        lines.append(json.dumps({"title": f"Item {number}", "text": f"{text}."}))
    return ("\n".join(lines) + "\n").encode()
