"""Readers, one per format, chosen by extension or by sniffing the content."""

from briefing.ingest.base import RawDocument, Reader
from briefing.ingest.registry import finish_text, read_document, reader_for

__all__ = ["RawDocument", "Reader", "finish_text", "read_document", "reader_for"]
