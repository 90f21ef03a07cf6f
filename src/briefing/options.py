"""Frozen option models, passed explicitly to each stage.

Parsing is a pure function of (bytes, :class:`ParseOptions`); the cache key
and the distributed pipeline rely on that, so every knob that changes a
record lives here and nowhere else (no globals, no environment lookups deep
inside the extractors).

The annotations are real objects, not strings (no ``from __future__ import
annotations``): pydantic would otherwise evaluate each from its text at import.
"""

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

GroupBy = Literal["partner", "theme"]
LabelLang = Literal["en", "ru"]
Paper = Literal["a4", "letter"]
PdfVariant = Literal["pdf/ua-1", "pdf/a-3b", "pdf/a-2b"]

MiB = 1024 * 1024


class Limits(BaseModel):
    """Size limits that keep hostile or huge input from exhausting the machine.

    Change them with ``--max-file-mb`` on the command line or by passing a
    ``Limits`` to :class:`ParseOptions`.
    """

    model_config = ConfigDict(frozen=True)

    max_file_bytes: int = Field(default=64 * MiB, gt=0)
    """Files larger than this are refused before reading."""
    max_text_chars: int = Field(default=2_000_000, gt=0)
    """Text longer than this (after reading) is cut, with a warning."""
    max_unpacked_bytes: int = Field(default=256 * MiB, gt=0)
    """Total uncompressed size allowed inside a DOCX (zip) package."""
    max_compression_ratio: float = Field(default=200.0, gt=1)
    """A zip member inflating more than this many times its size is a bomb."""
    max_pdf_pages: int = Field(default=2000, gt=0)
    """PDF pages read at most; the rest is skipped with a warning."""


class ParseOptions(BaseModel):
    """Everything that changes how one document becomes a record."""

    model_config = ConfigDict(frozen=True)

    home: str = "KZ"
    """ISO 3166-1 alpha-2 code of the home country: never its own partner."""
    lang: str | None = None
    """ISO 639-1 language of the documents; ``None`` detects it per document."""
    limits: Limits = Field(default_factory=Limits)
    reference_date: dt.date | None = None
    """The day relative dates ("two days ago", "в прошлом году") are read from when a
    document states no publication date of its own; ``None`` leaves them unresolved."""

    @field_validator("home")
    @classmethod
    def _upper_home(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 2 or not value.isalpha():
            raise ValueError(f"home must be an ISO 3166-1 alpha-2 code, got {value!r}")
        return value


class BuildOptions(BaseModel):
    """Everything that shapes a briefing built from records."""

    # Built on first use: ``briefing parse`` and ``import briefing`` never need its validator.
    model_config = ConfigDict(frozen=True, defer_build=True)

    group_by: GroupBy = "partner"
    title: str = "Cultural and humanitarian cooperation"
    marking: str | None = None
    """An optional marking line on the cover, e.g. "For official use"."""
    home: str = "KZ"
    lang: LabelLang = "en"
    """Language of the fixed labels (headings, table heads, dates)."""
    since: dt.date | None = None
    until: dt.date | None = None
    partners: tuple[str, ...] = ()
    """Keep only these partner codes (empty: all)."""
    themes: tuple[str, ...] = ()
    """Keep only these theme ids (empty: all)."""
    reference_date: dt.date | None = None
    """"Today" for upcoming events; defaults to the latest source date."""
    created: dt.datetime | None = None
    """Creation date written into the documents; fixed for reproducible output."""
    author: str = "briefing"
    paper: Paper = "a4"
    template_dir: Path | None = None
    """A copy of ``templates/`` to render with instead of the packaged one."""
    pdf_variant: PdfVariant | None = None
