"""Small documents of every format, built in memory for the ingest and hostile tests.

Nothing here is read from outside the repository: PDFs are written by hand
(a few objects and a correct cross-reference table), DOCX files by
python-docx, hostile packages with :mod:`zipfile`.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document


def pdf_bytes(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A PDF with one page per item, each line set in Helvetica; a page of no lines draws a box."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for lines in pages:
        content = _page_content(lines).encode("latin-1")
        objects.append(
            f"<< /Length {len(content)} >>\nstream\n{content.decode('latin-1')}\nendstream"
        )
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    info = f"<< /Title ({_escape(title)}) >>" if title else None
    if info:
        objects.append(info)
    return _assemble(objects, info_number=len(objects) if info else None)


def layout_pdf_bytes(lines: list[tuple[str, float, float, float]]) -> bytes:
    """A one-page PDF of lines each set where it says: text, left edge, baseline, type size."""
    shown = " ".join(
        f"BT /F1 {size} Tf 1 0 0 1 {left} {baseline} Tm ({_escape(text)}) Tj ET"
        for text, left, baseline, size in lines
    )
    content = shown.encode("latin-1")
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content.decode('latin-1')}\nendstream",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
    ]
    return _assemble(objects, info_number=None)


def _page_content(lines: list[str]) -> str:
    if not lines:
        return "72 600 200 100 re S"
    shown = " T* ".join(f"({_escape(line)}) Tj" for line in lines)
    return f"BT /F1 11 Tf 14 TL 72 740 Td {shown} ET"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _assemble(objects: list[str], info_number: int | None) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    info = f" /Info {info_number} 0 R" if info_number else ""
    trailer = (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n"
    )
    out.write(trailer.encode())
    return out.getvalue()


def encrypted_pdf(password: str = "secret") -> bytes:
    """A text PDF that opens only with ``password`` (RC4, which pypdf writes on its own)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([["Confidential note"]]))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(
    paragraphs: list[tuple[str, str | None]],
    *,
    table: list[list[str]] | None = None,
    title: str | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """A Word document: (text, style) paragraphs, then an optional table."""
    document = Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    if title:
        document.core_properties.title = title
    if created:
        document.core_properties.created = created
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_part(docx: bytes, name: str, content: bytes, *, stored: bool = False) -> bytes:
    """The same package with one member replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item.filename, source.read(item))
        target.writestr(name, content)
    return out.getvalue()


NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kazakh and Italian universities sign an exchange agreement | World News</title>
<meta property="og:title" content="Kazakh and Italian universities sign an exchange agreement">
<meta property="article:published_time" content="2024-07-10T09:30:00+00:00">
<meta name="author" content="Anna Rossi">
</head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav></header>
<main><article>
<h1>Kazakh and Italian universities sign an exchange agreement</h1>
<p>The University of Camerino and Al-Farabi Kazakh National University signed an agreement
on academic mobility on Wednesday, opening forty places a year for students of both countries.</p>
<p>The ambassador of Kazakhstan to Italy said the programme would also fund joint research
in archaeology and a summer school on the cultural heritage of the Silk Road.</p>
<p>The first students are expected to arrive in Camerino in September, the rector said,
adding that language courses in Italian and Kazakh would be offered before the term.</p>
</article>
<aside><h3>Most popular</h3><ul>
<li><a href="/a">Celebrity chef opens a restaurant in Paris</a></li>
<li><a href="/b">Stock markets fall for a third day</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 World News. All rights reserved.</p>
<p>Cookie policy | Privacy | Contact us</p></footer>
</body></html>
"""
