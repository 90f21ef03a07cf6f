"""Cleaning: boilerplate out, metadata lines kept and marked.

Internal to briefing, not a public API (see the package docstring of :mod:`briefing`).
"""

from briefing.clean.base import Cleaned, Region
from briefing.clean.pipeline import clean_document

__all__ = ["Cleaned", "Region", "clean_document"]
