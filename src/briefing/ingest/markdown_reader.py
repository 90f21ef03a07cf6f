"""Markdown files, read as the plain lines a reader of the rendered page would see.

The syntax patterns live in :mod:`briefing.ingest.markdown_text`, imported on the
first Markdown file: compiling them costs every other run a few milliseconds.
"""

from __future__ import annotations

from briefing.errors import EmptyDocumentError
from briefing.ingest.base import RawDocument
from briefing.ingest.decoding import decode_text
from briefing.options import Limits


class MarkdownReader:
    """Reads ``.md`` files as plain text lines."""

    name = "md"
    extensions: tuple[str, ...] = (".md", ".markdown", ".mdown")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Decode the bytes, then reduce the Markdown syntax to plain lines."""
        from briefing.ingest.markdown_text import markdown_to_text

        decoded = decode_text(data, path=path, max_chars=limits.max_text_chars)
        text = markdown_to_text(decoded.text)
        if not text.strip():
            raise EmptyDocumentError("the file holds no text", path=path)
        return [RawDocument(text=text, format=self.name, warnings=decoded.warnings)]
