"""The context every field extractor reads: the cleaned text and what is known so far.

Extractors take a :class:`Document` and return plain results; the pipeline
adds what later stages need (the language, the publication date) with
:func:`dataclasses.replace`, so each extractor stays a pure function.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from briefing.clean.base import Cleaned, Region
from briefing.extract.text.lexicons import fold_case
from briefing.extract.text.sentences import Sentence, split_sentences
from briefing.ingest.base import RawDocument
from briefing.options import ParseOptions


@dataclass(frozen=True)
class Document:
    """One document under extraction."""

    cleaned: Cleaned
    raw: RawDocument
    options: ParseOptions = field(default_factory=ParseOptions)
    lang: str = "en"
    published: dt.date | None = None

    @property
    def text(self) -> str:
        """The cleaned text; evidence offsets point into it."""
        return self.cleaned.text

    @property
    def home(self) -> str:
        """ISO code of the home country (never a partner)."""
        return self.options.home

    @cached_property
    def body_regions(self) -> list[Region]:
        """Regions of main text (body and headings), without title and metadata lines."""
        return [r for r in self.cleaned.regions if r.role in ("body", "heading")]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences of the body, in text order, with offsets into :attr:`text`."""
        found: list[Sentence] = []
        for region in self.body_regions:
            found.extend(split_sentences(self.text, region.start, region.end, self.lang))
        return found

    def in_body(self, start: int, end: int) -> bool:
        """True when the span lies inside a body or heading region."""
        return any(r.start <= start and end <= r.end for r in self.body_regions)

    @cached_property
    def folded(self) -> str:
        """:attr:`text` in lower case with its offsets kept (see :func:`fold_case`),
        made once for every extractor that matches cue words in it."""
        return fold_case(self.text)
