"""The record: one document, normalised and grounded.

The stable part of the JSON contract (``../shared/spec/output-contract.md``)
is: ``schema_version``, ``id``, ``source``, ``kind``, ``title``,
``published``, ``partners[].code``, ``themes[].id``, ``people[].name`` and
every ``evidence`` list. Everything else may grow.

Every extracted item carries ``evidence``: spans into :attr:`Record.text`
such that ``record.text[e.start:e.end] == e.text``. Spans are only ever made
by :mod:`briefing.extract.spans`, which checks that promise.

The annotations are real objects, not strings (no ``from __future__ import
annotations``): pydantic would otherwise evaluate every one of them from its
text when it builds the models, which every ``import briefing`` pays for.
"""

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Kind = Literal["embassy_note", "news", "academic"]
Precision = Literal["day", "week", "month", "year", "range", "partial", "relative"]
Status = Literal["ok", "partial", "failed"]


def _empty_list() -> list[Any]:
    """A fresh empty list: the ``default_factory`` of the list fields.

    Not the ``list`` builtin itself: pydantic inspects each factory's signature
    when it builds a model, and a builtin's is parsed from text with
    :mod:`tokenize` (6 ms the first time, 0.3 ms a field after), which every
    ``import briefing`` would pay.
    """
    return []


def _empty_dict() -> dict[str, Any]:
    """A fresh empty dict (see :func:`_empty_list`)."""
    return {}


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _encodable(value: str) -> str:
    """``value`` with each lone surrogate as U+FFFD.

    Python carries the bytes of a file name that is not UTF-8 as lone
    surrogates; JSON, XML and PDF text cannot hold them, so a path (or a
    message quoting it) would stop the batch when the record is written.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


Encodable = Annotated[str, AfterValidator(_encodable)]
"""Text from outside the document (file names, messages quoting them), made writable."""


class Model(BaseModel):
    """Base of all record models: unknown fields are an error, not silently kept."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Model):
    """A span of the record's cleaned text that supports an item."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Grounded(Model):
    """An item with the spans it was read from."""

    evidence: list[Evidence] = Field(default_factory=_empty_list)


class Source(Model):
    """Where the record came from."""

    path: Encodable | None = None
    format: str = "txt"
    url: Encodable | None = None
    sha256: str | None = None
    """Hash of the raw input bytes (the cache key uses it)."""
    size: int | None = None
    file_created: dt.datetime | None = None
    """When the file says it was created (DOCX core properties, PDF ``CreationDate``).

    Kept apart from :attr:`Record.published` on purpose: it dates the file,
    not the document (python-docx's default template says 2013-12-23; a copy
    or an export gets a new one). Never used as a publication date."""
    file_modified: dt.datetime | None = None
    """When the file says it was last modified (same sources, same caveat)."""


class ErrorInfo(Model):
    """Why a document could not be read; the record then holds little else."""

    type: str
    message: Encodable
    stage: str = "ingest"


class Signal(Grounded):
    """One reason a classification was made (``kind``, a theme…)."""

    name: str
    weight: float


class KindInfo(Model):
    """How sure the kind is, and what decided it."""

    confidence: float = Field(ge=0, le=1)
    signals: list[Signal] = Field(default_factory=_empty_list)
    scores: dict[str, float] = Field(default_factory=_empty_dict)


class DateValue(Model):
    """A date as precise as the text makes it, never more.

    ``value`` is ISO 8601 at the stated precision: ``2016-10-14`` (day),
    ``2024-W18`` (week: "last week" resolved), ``2016-10`` (month), ``2016``
    (year), ``2014/2016`` or ``2015-03-01/2015-03-05`` (range), ``--08-26``
    (partial: a day and month whose year could not be resolved), or, for a
    relative date with nothing to resolve it against, its offset as an ISO 8601
    duration with a sign: ``-P2D`` ("two days ago"), ``+P1W`` ("next week"),
    ``P0D`` ("today") (relative). ``start``/``end`` give the covered interval
    when a year is known, for sorting and filtering.
    """

    value: str
    precision: Precision
    start: dt.date | None = None
    end: dt.date | None = None


class DateMention(Grounded):
    """A date found in the text (title, date lines and body alike).

    Nothing is invented: what the text does not state is either left open
    (``partial``, ``relative``) or taken from a named source, which
    ``resolved_from`` records (anything but ``"text"`` means inferred).
    """

    date: DateValue
    resolved_from: Literal["text", "published", "reference", "context", "weekday"] = "text"
    """Where missing parts came from: ``text`` (all stated), ``published`` (the year of
    a day and month, or a relative date, read from the document's publication date),
    ``reference`` (the same, from ``ParseOptions.reference_date`` when the document has no
    publication date), ``context`` (the year of a date stated earlier in the same
    sentence: "on 15 March 2016 … on 30 April"), ``weekday`` (the one year in which the
    named weekday fits)."""
    relative: str | None = None
    """For a relative date ("two days ago", "в прошлом году"): its offset from the
    reference day as a signed ISO 8601 duration (``-P2D``, ``-P1Y``, ``+P1W``)."""
    reading: Literal["dmy", "mdy"] | None = None
    """For a numeric date that reads both ways ("03/04/2017"): the order it was read in."""
    reading_cue: Literal["document", "locale", "language"] | None = None
    """What decided ``reading``: the document's other dates (an unambiguous "25/03/2017"
    or "March 3, 2017"), else the country of its web address (``locale``: ``.us`` month
    first, other country domains day first), else its language's convention."""


class Partner(Grounded):
    """A counterpart of the home country: an ISO state or a taxonomy organisation."""

    code: str
    name: str
    type: Literal["state", "organisation"] = "state"
    salience: float = 0.0


class Theme(Grounded):
    """A theme of cooperation from the taxonomy, with its supporting sentences."""

    id: str
    name: str = ""
    score: float = 0.0


class Person(Grounded):
    """A named person of the main text, in the nominative case."""

    name: str
    role: str | None = None
    country: str | None = None


class Organisation(Grounded):
    """A university, ministry, academy, agency, company or other body."""

    name: str
    type: str = "other"
    country: str | None = None


class Agreement(Grounded):
    """A memorandum, programme or intergovernmental agreement."""

    name: str
    type: str = "agreement"
    parties: list[str] = Field(default_factory=_empty_list)
    signed: DateValue | None = None
    period: DateValue | None = None
    status: str | None = None


class Event(Grounded):
    """Something that happened or will happen: what, where, when, who."""

    what: str
    where: str | None = None
    when: DateValue | None = None
    who: list[str] = Field(default_factory=_empty_list)


class Figure(Grounded):
    """A number, what it counts, and its year."""

    value: float
    text: str
    """The number as written ("more than 1000", "over 11,000")."""
    what: str
    year: int | None = None
    qualifier: Literal["exact", "more_than", "less_than", "about"] = "exact"


class Statement(Grounded):
    """A sentence-level finding: an assessment or a recommendation."""

    text: str
    type: str = "other"
    """For assessments: ``problem``, ``risk``, ``criticism``, ``positive``;
    for recommendations: ``recommendation``, ``next_step``."""


class Section(Grounded):
    """A labelled part of an academic text (abstract, aim, methods…)."""

    label: str
    text: str


class Academic(Model):
    """The parts of a scholarly text."""

    abstract: Section | None = None
    keywords: list[str] = Field(default_factory=_empty_list)
    keywords_evidence: list[Evidence] = Field(default_factory=_empty_list)
    aim: Section | None = None
    methods: Section | None = None
    sections: list[Section] = Field(default_factory=_empty_list)


class Summary(Grounded):
    """Two or three of the document's own sentences that carry its substance."""

    text: str


class Record(Model):
    """One document, normalised: the unit of ``briefing parse`` output."""

    schema_version: str = SCHEMA_VERSION
    parser: str | None = None
    """The version of briefing that made the record; another version may read a document
    differently (``briefing diff`` parses such records again where it can)."""
    id: str | None = None
    """sha256 of the normalised text, first 16 hex digits."""
    source: Source = Field(default_factory=Source)
    status: Status = "ok"
    error: ErrorInfo | None = None
    warnings: list[str] = Field(default_factory=_empty_list)
    lang: str | None = None
    kind: Kind | None = None
    kind_info: KindInfo | None = None
    title: str | None = None
    title_evidence: list[Evidence] = Field(default_factory=_empty_list)
    published: dt.date | None = None
    published_evidence: list[Evidence] = Field(default_factory=_empty_list)
    updated: dt.date | None = None
    updated_evidence: list[Evidence] = Field(default_factory=_empty_list)
    author: str | None = None
    text: str = ""
    """The cleaned main text; every evidence span points into it."""
    dates: list[DateMention] = Field(default_factory=_empty_list)
    partners: list[Partner] = Field(default_factory=_empty_list)
    mentions: list[Partner] = Field(default_factory=_empty_list)
    """Countries named only in passing: kept for reference, not partners."""
    themes: list[Theme] = Field(default_factory=_empty_list)
    people: list[Person] = Field(default_factory=_empty_list)
    organisations: list[Organisation] = Field(default_factory=_empty_list)
    agreements: list[Agreement] = Field(default_factory=_empty_list)
    events: list[Event] = Field(default_factory=_empty_list)
    figures: list[Figure] = Field(default_factory=_empty_list)
    assessments: list[Statement] = Field(default_factory=_empty_list)
    recommendations: list[Statement] = Field(default_factory=_empty_list)
    academic: Academic | None = None
    summary: Summary | None = None
    removed: list[str] | None = None
    """Lines of the document that cleaning took out (menus, footers…), for the review page;
    ``None`` where not known (a failed document, a record made before they were kept)."""
    duplicate_group: str | None = None
    """Records telling the same story (near-duplicate texts) share this id. The last field:
    a batch writes it into the end of a record's JSON line (``batch.workers``)."""

    def evidence_items(self) -> list[Evidence]:
        """Every evidence span of the record, for checks and highlighting."""
        found: list[Evidence] = []
        _collect_evidence(self, found)
        return found


def _collect_evidence(node: object, found: list[Evidence]) -> None:
    if isinstance(node, Evidence):
        found.append(node)
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            _collect_evidence(getattr(node, name), found)
    elif isinstance(node, list):
        for item in node:
            _collect_evidence(item, found)
