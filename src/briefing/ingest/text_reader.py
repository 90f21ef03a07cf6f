"""Plain text files, in whatever encoding they were saved."""

from __future__ import annotations

from briefing.errors import EmptyDocumentError
from briefing.ingest.base import RawDocument
from briefing.ingest.decoding import decode_text
from briefing.options import Limits


class TextReader:
    """Reads ``.txt`` files (and anything that sniffs as neither container nor markup)."""

    name = "txt"
    extensions: tuple[str, ...] = (".txt", ".text")

    def read(self, data: bytes, *, path: str | None, limits: Limits) -> list[RawDocument]:
        """Decode the bytes in their detected encoding."""
        decoded = decode_text(data, path=path, max_chars=limits.max_text_chars)
        if not decoded.text.strip():
            raise EmptyDocumentError("the file holds no text", path=path)
        return [RawDocument(text=decoded.text, format=self.name, warnings=decoded.warnings)]
