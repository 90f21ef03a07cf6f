"""Extraction: from cleaned text to the fields of a :class:`~briefing.schema.Record`.

Internal to briefing, not a public API (see the package docstring of :mod:`briefing`).
"""

from briefing.extract.pipeline import extract_record

__all__ = ["extract_record"]
