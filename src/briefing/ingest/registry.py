"""Choosing the reader for a file and running it under the size limits."""

from __future__ import annotations

from pathlib import PurePath

from briefing.errors import TooLargeError, UnsupportedFormatError
from briefing.ingest.base import RawDocument, Reader
from briefing.ingest.text_reader import TextReader
from briefing.options import Limits

READERS: tuple[Reader, ...] = (TextReader(),)


def reader_for(path: str | None, data: bytes, fmt: str | None = None) -> Reader:
    """The reader named by ``fmt``, else by the file's extension."""
    for reader in READERS:
        if fmt == reader.name:
            return reader
    suffix = PurePath(path).suffix.lower() if path else ""
    for reader in READERS:
        if suffix in reader.extensions:
            return reader
    if fmt is None and not suffix:
        return READERS[0]
    raise UnsupportedFormatError(f"no reader for format {fmt or suffix!r}", path=path)


def read_document(
    data: bytes, *, path: str | None = None, fmt: str | None = None, limits: Limits | None = None
) -> list[RawDocument]:
    """Read one file's bytes into documents, or raise an ``InputError``."""
    limits = limits or Limits()
    if len(data) > limits.max_file_bytes:
        raise TooLargeError(
            f"{len(data)} bytes is over the limit of {limits.max_file_bytes}", path=path
        )
    return reader_for(path, data, fmt).read(data, path=path, limits=limits)
