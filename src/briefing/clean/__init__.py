"""Cleaning: boilerplate out, metadata lines kept and marked."""

from briefing.clean.base import Cleaned, Region
from briefing.clean.pipeline import clean_document

__all__ = ["Cleaned", "Region", "clean_document"]
