"""Writing the DOCX package with a body that was never an element tree.

python-docx saves the package it opened (styles, numbering, header, footer,
properties) with an empty body; the body, written as WordprocessingML text,
is streamed into the main document part as the package is copied to its
target. A long briefing's body as an lxml tree takes about ten times the
memory of its XML (170 MB for 1,000 records), and it would only be
serialised again.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from briefing.errors import RenderError

_BODY_START = b"<w:body>"
_ZIP32_LIMIT = 2**31
_UTF8_MAX = 4  # bytes a character takes in UTF-8, at most


APP_PART = "docProps/app.xml"
APP_PROPERTIES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>briefing</Application></Properties>")
"""The extended properties: the application that wrote the file is briefing (python-docx
leaves those of the reference document, which name the word processor that saved it)."""


def write_with_body(skeleton: bytes, target: Path, document_part: str, body: Sequence[str]) -> None:
    """Copy the package ``skeleton`` to ``target``, with ``body`` (XML pieces) put at the start
    of the body of ``document_part`` (the section properties stay after it)."""
    with zipfile.ZipFile(io.BytesIO(skeleton)) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = APP_PROPERTIES if info.filename == APP_PART else source.read(info)
            if info.filename != document_part:
                package.writestr(info, data)
                continue
            cut = data.find(_BODY_START)
            if cut < 0:
                raise RenderError(f"the reference document's {document_part} has no w:body")
            cut += len(_BODY_START)
            large = sum(map(len, body)) * _UTF8_MAX > _ZIP32_LIMIT
            with package.open(info, "w", force_zip64=large) as stream:
                stream.write(data[:cut])
                for piece in body:
                    stream.write(piece.encode("utf-8"))
                stream.write(data[cut:])
