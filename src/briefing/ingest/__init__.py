"""Readers, one per format, chosen by extension or by sniffing the content.

Internal to briefing, not a public API (see the package docstring of :mod:`briefing`).
"""

from briefing.ingest.base import RawDocument, Reader
from briefing.ingest.registry import finish_text, read_document, reader_for

__all__ = ["RawDocument", "Reader", "finish_text", "read_document", "reader_for"]
