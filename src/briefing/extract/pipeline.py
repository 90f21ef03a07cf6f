"""Runs the field extractors in dependency order and assembles the record.

Order matters: the language decides the lexicons; the publication date
resolves partial dates; dates feed agreements, events and figures. Each
extractor is a pure function of the :class:`Document` (and earlier results).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace

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
from briefing.extract.metadata.published import extract_published
from briefing.extract.metadata.title import extract_title
from briefing.extract.people.persons import extract_people
from briefing.extract.text.document import Document
from briefing.extract.topics.partners import extract_partners
from briefing.extract.topics.themes import extract_themes
from briefing.ingest.base import RawDocument
from briefing.options import ParseOptions
from briefing.schema import Record, Source

_SPACE = re.compile(r"\s+")


def record_id(text: str) -> str:
    """sha256 of the normalised text (NFC, collapsed whitespace), first 16 hex digits."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def extract_record(
    cleaned: Cleaned, raw: RawDocument, source: Source, options: ParseOptions
) -> Record:
    """Every field of the record for one cleaned document."""
    lang = options.lang or raw.lang or detect_language(cleaned.text)
    doc = Document(cleaned=cleaned, raw=raw, options=options, lang=lang)
    dated = extract_published(doc)
    doc = replace(doc, published=dated.published)
    kind, kind_info = classify_kind(doc)
    title, title_evidence = extract_title(doc)
    dates = find_dates(doc)
    partners, mentions = extract_partners(doc)
    assessments, recommendations = extract_assessments(doc)
    people = extract_people(doc)
    return Record(
        id=record_id(cleaned.text),
        source=source,
        warnings=[*raw.warnings, *cleaned.warnings],
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
        themes=extract_themes(doc),
        people=people,
        organisations=extract_organisations(doc),
        agreements=extract_agreements(doc, dates),
        events=extract_events(doc, dates, people),
        figures=extract_figures(doc, dates),
        assessments=assessments,
        recommendations=recommendations,
        academic=extract_academic(doc),
        summary=extract_summary(doc),
    )
