"""Runs the field extractors in dependency order and assembles the record.

Order matters: the language decides the lexicons; the publication date
resolves partial dates; dates feed agreements, events and figures. Each
extractor is a pure function of the :class:`Document` (and earlier results).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from briefing.clean.base import Cleaned
from briefing.extract.digest.academic import extract_academic
from briefing.extract.digest.assessments import extract_assessments
from briefing.extract.digest.summary import extract_summary
from briefing.extract.facts.agreements import extract_agreements
from briefing.extract.facts.events import extract_events
from briefing.extract.facts.figures import extract_figures
from briefing.extract.facts.organisations import extract_organisations
from briefing.extract.metadata.dates import find_dates
from briefing.extract.metadata.kind import classify_kind
from briefing.extract.metadata.language import detect_language
from briefing.extract.metadata.published import PublicationDates, extract_published
from briefing.extract.metadata.title import extract_title
from briefing.extract.people.persons import extract_people
from briefing.extract.text.document import Document
from briefing.extract.topics.partners import extract_partners
from briefing.extract.topics.themes import extract_themes
from briefing.ingest.base import RawDocument
from briefing.options import ParseOptions
from briefing.schema import Record, Source

_SPACE = re.compile(r"\s+")
_T = TypeVar("_T")


def record_id(text: str) -> str:
    """sha256 of the normalised text (NFC, collapsed whitespace), first 16 hex digits."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def extract_record(
    cleaned: Cleaned, raw: RawDocument, source: Source, options: ParseOptions
) -> Record:
    """Every field of the record for one cleaned document.

    An extractor that fails on some odd text costs its own field only: the
    field stays empty, a warning names it, and the record is ``partial``
    (parsing never raises, see :mod:`briefing.parsing`).
    """
    lang = options.lang or raw.lang or detect_language(cleaned.text)
    doc = Document(cleaned=cleaned, raw=raw, options=options, lang=lang)
    guard = _Guard()
    dated = guard.run("published", extract_published, doc) or PublicationDates()
    doc = replace(doc, published=dated.published)
    kind, kind_info = guard.run("kind", classify_kind, doc) or (None, None)
    title, title_evidence = guard.run("title", extract_title, doc) or (None, [])
    dates = guard.run("dates", find_dates, doc) or []
    partners, mentions = guard.run("partners", extract_partners, doc) or ([], [])
    assessments, recommendations = guard.run("assessments", extract_assessments, doc) or ([], [])
    people = guard.run("people", extract_people, doc) or []
    return Record(
        id=record_id(cleaned.text),
        source=source,
        lang=lang,
        kind=kind,
        kind_info=kind_info,
        title=title,
        title_evidence=title_evidence,
        published=dated.published,
        published_evidence=dated.published_evidence,
        updated=dated.updated,
        updated_evidence=dated.updated_evidence,
        author=raw.author,
        text=cleaned.text,
        dates=dates,
        partners=partners,
        mentions=mentions,
        themes=guard.run("themes", extract_themes, doc) or [],
        people=people,
        organisations=guard.run("organisations", extract_organisations, doc) or [],
        agreements=guard.run("agreements", extract_agreements, doc, dates) or [],
        events=guard.run("events", extract_events, doc, dates, people) or [],
        figures=guard.run("figures", extract_figures, doc, dates) or [],
        assessments=assessments,
        recommendations=recommendations,
        academic=guard.run("academic", extract_academic, doc),
        summary=guard.run("summary", extract_summary, doc),
        # last: keyword arguments run in order, so every guarded extractor has run by now
        warnings=[*raw.warnings, *cleaned.warnings, *guard.warnings],
    )


class _Guard:
    """Runs extractors, turning a failure into an empty field and a warning."""

    __slots__ = ("warnings",)

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def run(self, field: str, extractor: Callable[..., _T], *args: Any) -> _T | None:
        """``extractor(*args)``, or ``None`` with a warning when it raises."""
        try:
            return extractor(*args)
        except Exception as exc:  # a bug met on odd text must not cost the whole record
            self.warnings.append(f"{field} could not be read ({type(exc).__name__}: {exc})")
            return None
