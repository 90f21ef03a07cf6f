"""Extraction: from cleaned text to the fields of a :class:`~briefing.schema.Record`."""

from briefing.extract.pipeline import extract_record

__all__ = ["extract_record"]
