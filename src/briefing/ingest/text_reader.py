"""Plain text and Markdown."""

from __future__ import annotations

from briefing.errors import EmptyDocumentError
from briefing.ingest.base import RawDocument
from briefing.options import Limits


class TextReader:
    """Reads ``.txt`` and ``.md`` files."""

    name = "txt"
    extensions = (".txt", ".md", ".markdown", ".text")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Decode the bytes as UTF-8 (replacing what does not decode)."""
        del limits
        text = data.decode("utf-8-sig", errors="replace")
        if not text.strip():
            raise EmptyDocumentError("the file holds no text", path=path)
        return [RawDocument(text=text, format=self.name)]
