"""Statements: whole sentences of a source, word for word, placed once.

A statement is a sentence of a record's main text that carries something the
extractors found (a theme's evidence, an agreement, an event, a figure, a
finding, the summary). It is quoted whole, never cut, and keeps its place in
the record (``start``/``end``) so a reader can check it. Headlines, fragments,
keyword lists and page furniture never become statements.

Each statement has one main partner, the counterpart it names (else the one
its paragraph names, else the record's main partner), and lists the other
partners it names (``also``); the same for themes. It is shown once, under its
main partner (or theme), and the sections of the others point to it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from briefing.compose.labels import Labels
from briefing.compose.method import known_acronyms
from briefing.compose.stories import Story
from briefing.compose.text import clean
from briefing.datafiles import rows
from briefing.extract.text.sentences import split_sentences
from briefing.extract.topics.themes import sentence_weights
from briefing.schema.record import DateValue, Event, Evidence, Record

Role = Literal["line", "issue", "recommendation", "upcoming"]

MIN_WORDS = 6
"""A sentence of fewer words is a heading or a fragment, not a statement."""
MAX_CHARS = 900
"""A longer "sentence" is a run of text the splitter could not cut (a table, a list):
never quoted, because it could only be shown cut."""
SHOUTING_SHARE = 0.6
"""A sentence with more capitals than this share of its letters is a heading or a cable line."""
MAX_LIST_SHARE = 0.34
"""A sentence whose words are this much separated by ``/ | ; ·`` is a keyword list."""
_WORD = re.compile(r"\w+")
_NEWLINE = re.compile("\n")
_DATELINE = re.compile(r"([A-ZА-ЯЁ]{4,})(\s*(?:--|[-–—:])\s*|\s+)(?=[A-ZА-ЯЁ«\"“])")
"""A word in capitals before the sentence proper: an agency's or a city's dateline."""
_END = re.compile(r"[.!?…][\"'”»’)\]]*$")
_LIST_MARKS = re.compile(r"[/|;·•]")
_GLUED_NOTE = re.compile(r"^\d+[A-ZА-ЯЁ]")
"""A footnote number glued to a word ("3Candidate of …"): an author block."""

# How much each kind of extracted item says about a sentence's weight.
WEIGHT_SUMMARY = 3.0
WEIGHT_AGREEMENT = 2.0
WEIGHT_EVENT = 1.5
WEIGHT_FINDING = 1.5
WEIGHT_FIGURE = 1.0
WEIGHT_THEME = 1.0
WEIGHT_PARTNER = 1.0
WEIGHT_PERSON = 0.5
NEAR_DAYS = 366
"""A date inside a sentence dates it only when at most this many days before the publication."""
LONG_WORDS = 60
"""Beyond this many words a sentence is heavy to read: it loses weight."""


@dataclass
class Statement:
    """A sentence of one story, where it stands and what it concerns."""

    story: Story
    record: Record
    start: int
    end: int
    text: str
    partner: str = ""
    also_partners: tuple[str, ...] = ()
    theme: str = ""
    also_themes: tuple[str, ...] = ()
    role: Role = "line"
    weight: float = 0.0
    date: str = ""
    sort_key: str = ""
    inferred: bool = False
    order: int = 0
    """Position in the record: earlier sentences first among equals."""
    extra_cites: set[int] = field(default_factory=set)
    """Sources of other stories that carry the same sentence word for word."""

    def also(self, group_by: str) -> tuple[str, ...]:
        """The other groups the statement concerns, for the grouping in use."""
        return self.also_partners if group_by == "partner" else self.also_themes

    def key(self, group_by: str) -> tuple[str, str]:
        """(outer, inner) group keys of the statement."""
        if group_by == "partner":
            return self.partner, self.theme
        return self.theme, self.partner


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], dict[str, list[re.Pattern[str]]]]:
    """One search for every cue at once, and the expressions to try for each cue found."""
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for row in rows("compose", "furniture.tsv"):
        if len(row) >= 2 and row[0]:
            patterns.setdefault(row[0], []).append(re.compile(row[1]))
    cues = sorted(patterns, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues))), patterns


def is_furniture(text: str) -> bool:
    """Page furniture: menus, related lists, credits, e-mails, markup, routing lines."""
    lowered = text.lower()
    cues, patterns = _furniture()
    return bool(patterns) and any(pattern.search(lowered) for cue in set(cues.findall(lowered))
               for pattern in patterns[cue])


def is_whole_sentence(text: str) -> bool:
    """A sentence a reader can take as it stands: long enough, starting as a sentence
    starts and ending as one ends, not shouted, not a keyword list."""
    if len(text) > MAX_CHARS or not _END.search(text):
        return False
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    first = next((c for c in text if c.isalnum()), "")
    if not first or (first.isalpha() and first.islower()) or _GLUED_NOTE.match(text):
        return False
    if sum(map(str.isupper, text)) > SHOUTING_SHARE * sum(map(str.isalpha, text)):
        return False
    return len(_LIST_MARKS.findall(text)) <= MAX_LIST_SHARE * len(words)


def story_statements(story: Story, labels: Labels, today: dt.date, home: str) -> list[Statement]:
    """The statements of a story's representative record, in text order."""
    record = story.main
    sentences = sentences_of(record)
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    weight = [0.0] * len(sentences)
    themes: list[dict[str, None]] = [{} for _ in sentences]
    roles: list[Role] = ["line"] * len(sentences)
    dated: list[tuple[DateValue, bool] | None] = [None] * len(sentences)
    carries = [False] * len(sentences)

    def at(span: Evidence) -> int | None:
        index = bisect.bisect_right(starts, span.start) - 1
        if index >= 0 and span.start < sentences[index][1]:
            return index
        return None

    def mark(spans: list[Evidence], amount: float, substance: bool = True) -> list[int]:
        found = []
        for span in spans:
            index = at(span)
            if index is not None:
                weight[index] += amount
                carries[index] = carries[index] or substance
                found.append(index)
        return found

    if record.summary:
        mark(record.summary.evidence, WEIGHT_SUMMARY)
    for theme in record.themes:
        for index in mark(theme.evidence, WEIGHT_THEME):
            themes[index][theme.id] = None
    for agreement in record.agreements:
        mark(agreement.evidence, WEIGHT_AGREEMENT)
    for event in record.events:
        for index in mark(event.evidence, WEIGHT_EVENT):
            when = event.when
            if when is not None and when.start is not None:
                dated[index] = dated[index] or (
                    when, event_date_inferred(record, event, sentences))
                if when.start > today:
                    roles[index] = "upcoming"
    for figure in record.figures:
        mark(figure.evidence, WEIGHT_FIGURE)
    for finding in record.assessments:
        for index in mark(finding.evidence, WEIGHT_FINDING):
            roles[index] = "issue" if roles[index] == "line" else roles[index]
    for finding in record.recommendations:
        for index in mark(finding.evidence, WEIGHT_FINDING):
            roles[index] = "recommendation" if roles[index] == "line" else roles[index]
    for person in record.people:
        mark(person.evidence, WEIGHT_PERSON, substance=False)
    partners = [p for p in record.partners if p.code != home]
    named: list[list[str]] = [[] for _ in sentences]
    for partner in partners:
        for index in mark(partner.evidence, 0.0, substance=False):
            if partner.code not in named[index]:
                named[index].append(partner.code)
    paragraphs = _paragraph_of(record.text, sentences)
    by_paragraph: dict[int, list[str]] = {}
    for index, codes in enumerate(named):
        for code in codes:
            by_paragraph.setdefault(paragraphs[index], [])
            if code not in by_paragraph[paragraphs[index]]:
                by_paragraph[paragraphs[index]].append(code)
    ranking = {p.code: n for n, p in enumerate(partners)}
    theme_rank = {t.id: n for n, t in enumerate(record.themes)}
    found: list[Statement] = []
    names = _names(record)
    for index, (first, end) in enumerate(sentences):
        if not carries[index]:
            continue
        start = _after_dateline(record.text, first, end, names)
        text = clean(record.text[start:end])
        if not is_whole_sentence(text) or is_furniture(text):
            continue
        in_sentence = sorted(named[index], key=ranking.__getitem__)
        near = sorted(by_paragraph.get(paragraphs[index], []), key=ranking.__getitem__)
        main = (in_sentence or near or [p.code for p in partners[:1]] or [""])[0]
        ordered_themes = _about(record, first, end, themes[index], theme_rank)
        words = len(_WORD.findall(text))
        date, key, inferred = _date(record, index, sentences, dated[index], story, labels)
        found.append(Statement(
            story=story, record=record, start=start, end=end, text=text,
            partner=main, also_partners=tuple(c for c in in_sentence if c != main),
            theme=(ordered_themes or [""])[0], also_themes=tuple(ordered_themes[1:]),
            role=roles[index], weight=weight[index] + WEIGHT_PARTNER * bool(in_sentence)
            - (1.0 if words > LONG_WORDS else 0.0),
            date=date, sort_key=key, inferred=inferred, order=index,
        ))
    return found


def _about(
    record: Record, start: int, end: int, themes: dict[str, None], rank: dict[str, int]
) -> list[str]:
    """The sentence's themes, the one it is most about first: a sentence on language
    courses in a record mostly on education goes under language. Ties keep the record's
    order of themes."""
    if len(themes) < 2:
        return list(themes)
    weights = sentence_weights(record.text, start, end, record.lang or "en")
    return sorted(themes, key=lambda theme: (-weights.get(theme, 0.0), rank[theme]))


def _names(record: Record) -> frozenset[str]:
    """Words in capitals that name something in the record (partners, organisations,
    known acronyms): a sentence starting with one of them starts with its subject."""
    found = {e.text.upper() for p in (*record.partners, *record.mentions) for e in p.evidence}
    found.update(o.name.upper() for o in record.organisations)
    found.update(acronym.upper() for acronym in known_acronyms())
    return frozenset(found)


def _after_dateline(text: str, start: int, end: int, names: frozenset[str]) -> int:
    """Where the sentence proper starts after a dateline in capitals ("KAZINFORM The
    embassy…", "DUSHANBE -- A congress…"); ``start`` when there is none. A word in
    capitals that names something of the record ("UNESCO Director-General…") is the
    sentence's subject unless a dash or colon sets it apart."""
    match = _DATELINE.match(text, start, end)
    if match is None or (not match.group(2).strip() and match.group(1).upper() in names):
        return start
    return match.end()


def sentences_of(record: Record) -> list[tuple[int, int]]:
    """Sentences of the record's text, paragraph by paragraph, the title cut away."""
    text = record.text
    titles = [(e.start, e.end) for e in record.title_evidence]
    found: list[tuple[int, int]] = []
    cursor = 0
    for line in text.split("\n"):
        start, end = cursor, cursor + len(line)
        cursor = end + 1
        for sentence in split_sentences(text, start, end):
            begin = sentence.start
            for t_start, t_end in titles:
                if t_start <= begin < t_end:
                    begin = t_end
            while begin < sentence.end and text[begin].isspace():
                begin += 1
            if begin < sentence.end:
                found.append((begin, sentence.end))
    return found


def _paragraph_of(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """The paragraph (line) number of each sentence."""
    breaks = [match.start() for match in _NEWLINE.finditer(text)]
    return [bisect.bisect_left(breaks, start) for start, _ in sentences]


def date_inferred(record: Record, value: DateValue, places: list[tuple[int, int]]) -> bool:
    """Whether a date took its year (or more) from outside its own words (the source's
    date, the context): the one rule of "inferred" for statements and the timeline.
    The mention of that date inside ``places`` (the sentences it was read from) says
    so; where none is there, the record's first mention of it."""
    found = [m for m in record.dates if m.date == value]
    within = [m for m in found
              if any(start <= span.start < end for span in m.evidence for start, end in places)]
    chosen = within or found
    return bool(chosen) and chosen[0].resolved_from != "text"


def event_date_inferred(record: Record, event: Event, sentences: list[tuple[int, int]]) -> bool:
    """Whether the event's date is inferred: read in the sentences that tell the event."""
    if event.when is None:
        return False
    places = [(start, end) for start, end in sentences
              if any(start <= span.start < end for span in event.evidence)]
    return date_inferred(record, event.when, places)


def _date(record: Record, index: int, sentences: list[tuple[int, int]],
          event: tuple[DateValue, bool] | None, story: Story,
          labels: Labels) -> tuple[str, str, bool]:
    """(display date, sort key, inferred) of a sentence: the event's date, else the first
    date inside it not long before the story's publication (a date years before is history
    the sentence recalls, not when it happened), else the story's publication."""
    if event is not None:
        value, inferred = event
        if value.start is not None:
            return labels.date_value(value), value.start.isoformat(), inferred
    start, end = sentences[index]
    for mention in record.dates:
        span = mention.evidence[0] if mention.evidence else None
        when = mention.date.start
        if span is None or not start <= span.start < end or when is None:
            continue
        if story.date is None and mention.date.precision == "year":
            continue  # a bare year in an undated text is history it recalls, mostly
        if story.date is None or (story.date - when).days <= NEAR_DAYS:
            return (labels.date_value(mention.date), when.isoformat(),
                    date_inferred(record, mention.date, [(start, end)]))
    if story.date is not None:
        return labels.day(story.date), story.date.isoformat(), False
    return "", "", False
