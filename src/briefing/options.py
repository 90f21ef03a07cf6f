"""Frozen option models, passed explicitly to each stage.

Parsing is a pure function of (bytes, :class:`ParseOptions`); the cache key
and the distributed pipeline rely on that, so every knob that changes a
record lives here and nowhere else (no globals, no environment lookups deep
inside the extractors).

The annotations are real objects, not strings (no ``from __future__ import
annotations``): pydantic would otherwise evaluate each from its text at import.
"""

import datetime as dt
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from briefing import vocabulary

GroupBy = Literal["partner", "theme"]
LabelLang = Literal["en", "ru"]
Paper = Literal["a4", "letter"]
PdfVariant = Literal["pdf/ua-1", "pdf/a-3b", "pdf/a-2b"]

MiB = 1024 * 1024
_LANGUAGE_CODE = re.compile("[a-z]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
    def _known_home(cls, value: str) -> str:
        return vocabulary.partner_code(value, states_only=True)

    @field_validator("lang")
    @classmethod
    def _language_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().lower()
        if not _LANGUAGE_CODE.fullmatch(code):
            raise ValueError(f"expected a two-letter ISO 639-1 language code such as en or ru, "
                             f"got {value!r}")
        return code


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
    annex: bool = False
    """Add an annex of the statements and rows beyond the sections' budgets."""

    @field_validator("home")
    @classmethod
    def _known_home(cls, value: str) -> str:
        return vocabulary.partner_code(value, states_only=True)

    @field_validator("title", "marking", "author")
    @classmethod
    def _writable_text(cls, value: str | None) -> str | None:
        """Lone surrogates (from a file name or argument that is not UTF-8) become U+FFFD:
        no output format can encode them."""
        return _LONE_SURROGATE.sub("\ufffd", value) if value else value

    @field_validator("partners")
    @classmethod
    def _known_partners(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(vocabulary.partner_code(value) for value in values))

    @field_validator("themes")
    @classmethod
    def _known_themes(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(vocabulary.theme_id(value) for value in values))

    @model_validator(mode="after")
    def _period_in_order(self) -> "BuildOptions":
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until}): "
                             "no source can be in that period")
        return self
