"""The partner gazetteer: states, organisations, regions and context cues of one language.

The data is built by ``tools/data/build_gazetteer.py`` (see
``data/partners/SOURCES.md``) and read once per process and language. A
language without its own gazetteer uses the English one, so Latin-script
names are still found.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from briefing import datafiles, vocabulary
from briefing.extract.text.matcher import Case, Entry, Lexicon, Match

PLACE_KINDS = frozenset({"name", "adj", "compound", "capital", "subdivision", "org", "programme"})
"""Entry kinds that name a state or an organisation (the rest are regions and cues)."""


class Hit(NamedTuple):
    """A gazetteer entry found in the text."""

    code: str
    """ISO alpha-2 or taxonomy organisation code; empty for regions and cues."""
    kind: str
    ambiguous: bool
    start: int
    end: int
    first: int
    last: int
    """Token indexes of the match, for looking at the words around it."""

    @property
    def is_place(self) -> bool:
        """True for a state or organisation (not a region or a cue)."""
        return bool(self.code) and self.kind in PLACE_KINDS


def _rows(name: str) -> list[list[str]]:
    return datafiles.rows("partners", name)


@cache
def gazetteer(lang: str) -> Lexicon:
    """The lexicon of places and cues for ``lang`` (English when there is none)."""
    source = _source(lang)
    return Lexicon(lang, _entries(lang)) if source == lang else gazetteer(source)


def _source(lang: str) -> str:
    """The language whose gazetteer ``lang`` uses: its own, or English when it has none."""
    return lang if lang == "en" or _entries(lang) else "en"


@cache
def _entries(lang: str) -> list[Entry]:
    return [
        Entry(tuple(key.split(" ")), _case(case), (code, kind, flags))
        for code, kind, flags, case, key in _rows(f"gazetteer.{lang}.tsv")
    ]


def names_partner(entry: Entry, home: str) -> bool:
    """True when the entry names a state or organisation other than ``home``: a stretch
    whose matches hold no such entry names no partner, told before any :class:`Hit`
    is made."""
    code, kind, _ = entry.value
    return bool(code) and code != home and kind in PLACE_KINDS


def _case(value: str) -> Case:
    if value == "upper":
        return "upper"
    return "title" if value == "title" else "any"


@cache
def _cues(lang: str) -> list[list[str]]:
    """The rows of ``cues.<lang>.tsv``: words read as written beside a match (English when
    ``lang`` has none)."""
    rows = _rows(f"cues.{lang}.tsv")
    return rows if rows or lang == "en" else _cues("en")


@cache
def articles(lang: str) -> frozenset[str]:
    """Articles that may stand after "and" in a pair ("Kazakhstan and the UN"), lower case."""
    return frozenset(form.lower() for role, form in _cues(lang) if role == "article")


@cache
def residence_words(lang: str) -> frozenset[str]:
    """Words that may stand between a people and the home country it lives in ("Koreans of
    Kazakhstan", "корейцы в Казахстане"), lower case."""
    return frozenset(form.lower() for role, form in _cues(lang) if role == "resident")


@cache
def teaser_openings(lang: str) -> tuple[str, ...]:
    """How a paragraph that points to another report opens ("earlier,", "ранее "), lower
    case, as written (a space or comma included)."""
    return tuple(sorted(form.lower() for role, form in _cues(lang) if role == "teaser"))


@cache
def name_joints(lang: str) -> frozenset[str]:
    """Small words inside the name of a body ("Ministry of Culture", "Agency for Youth"),
    lower case."""
    return frozenset(form.lower() for role, form in _cues(lang) if role == "name_joint")


@cache
def masthead_heads() -> frozenset[str]:
    """Heads of the names of an organisation's offices that publish its site, lower case
    and of every language ("executive committee", "секретариат")."""
    rows = datafiles.rows_of_every_language("partners", "cues")
    return frozenset(form.lower() for role, form in rows if role == "masthead")


@cache
def keyword_labels() -> tuple[str, ...]:
    """The labels, lower case and of every language, that open a scholarly text's list of
    keywords ("Keywords:", "Ключевые слова"): the ``keywords`` rows of
    ``data/facts/academic_labels.tsv``, the labels the academic digest reads (a paper in
    Russian may label its English keywords in English). The places listed are the subject
    the authors name, weighed like the title."""
    rows = datafiles.rows("facts", "academic_labels.tsv")
    return tuple(sorted({label.lower() for label, part in rows if part == "keywords"}))


@cache
def origin_marks() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(code, marking, pattern of the marking as a whole word) of the markings that name
    the government that wrote a document (``data/partners/origins.tsv``): "SIPDIS" in a
    US cable."""
    rows = _rows("origins.tsv")
    return tuple(
        (code, mark, re.compile(rf"(?<!\w){re.escape(mark)}(?!\w)")) for code, mark in rows
    )


class Envoys(NamedTuple):
    """The words of an envoy's title (roles ``post`` and ``posted_to`` of
    ``data/partners/cues.<lang>.tsv``), lower case."""

    posts: frozenset[str]
    """Whole words ("посол", "послом"), matched one by one."""
    post_stems: tuple[str, ...]
    """Beginnings of words ("ambassador*" -> "ambassador")."""
    prepositions: frozenset[str]
    """Between the home country and the place of the post: "to", "при"."""

    def is_post(self, word: str) -> bool:
        """True for a word of an envoy's title ("Ambassador", "представителя")."""
        lower = word.lower()
        return lower in self.posts or lower.startswith(self.post_stems)


@cache
def envoys(lang: str) -> Envoys:
    """The envoy words of ``lang`` (English when it has none)."""
    rows = _cues(lang)
    posts = [form.lower() for role, form in rows if role == "post"]
    return Envoys(
        posts=frozenset(p for p in posts if not p.endswith("*")),
        post_stems=tuple(p[:-1] for p in posts if p.endswith("*")),
        prepositions=frozenset(form.lower() for role, form in rows if role == "posted_to"),
    )


def display_names() -> dict[str, tuple[str, str]]:
    """Code -> (type, English display name) for states and organisations."""
    return vocabulary.partner_names()


def hit(match: Match, start: int, end: int) -> Hit:
    """A :class:`Hit` for a match spanning ``start``..``end`` of the text."""
    code, kind, flags = match.entry.value
    return Hit(
        code=code,
        kind=kind,
        ambiguous=flags == "ambiguous",
        start=start,
        end=end,
        first=match.first,
        last=match.last,
    )


def hits(matches: list[Match], starts: list[int], ends: list[int], at: int) -> list[Hit]:
    """The hits of ``matches`` found among words ``at`` onwards of the words with these
    ``starts`` and ``ends`` offsets."""
    return [hit(match, starts[at + match.first], ends[at + match.last]) for match in matches]

