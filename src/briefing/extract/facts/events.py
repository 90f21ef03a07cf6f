"""Events: what, where, when, who.

Each head word of ``data/facts/events.<lang>.tsv`` in a body sentence gives
an event: the phrase around it (what), a state or city of the gazetteer
after "in"/"в" in the same sentence (where), the date of the sentence nearest
to the head (when) and the people of the sentence (who). One sentence gives
at most one event of a type; the same phrase again merges its evidence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefing.extract.facts.heads import head_matches, head_type, phrase
from briefing.extract.people.persons import extract_people
from briefing.extract.spans import by_sentence, evidence, merge_evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.sentences import Sentence
from briefing.extract.topics.gazetteer import gazetteer, hit
from briefing.schema import DateMention, DateValue, Event, Person

_PLACE_KINDS = frozenset({"name", "capital"})


@cache
def _in_place() -> re.Pattern[str]:
    """A place after "in", "at", "в", "во" (each letter first, then the look behind, so that
    the scan jumps from one of those letters to the next); compiled at first use (~1 ms)."""
    return re.compile(
        r"(?:i(?<!\w.)n|a(?<!\w.)t|в(?<!\w.)о?)\s+"
        r"(?P<place>[A-ZА-ЯЁ][\w-]*(?:\s[A-ZА-ЯЁ][\w-]*){0,2})"
    )


def extract_events(
    doc: Document, dates: list[DateMention], people: list[Person] | None = None
) -> list[Event]:
    """Events of the main text; ``people`` (from :func:`extract_people`) fill ``who``."""
    heads = head_matches("events", doc.text, doc.sentences, doc.lang)
    if not heads:
        return []
    dated = by_sentence(dates, doc.sentences, first_only=True)
    named = by_sentence(extract_people(doc) if people is None else people, doc.sentences)
    found: dict[str, Event] = {}
    kinds: set[tuple[int, str]] = set()  # (sentence start, event type) already read
    for sentence, match in heads:
        kind = head_type(match.group(), "events", doc.lang)
        if (sentence.start, kind) in kinds:
            continue
        kinds.add((sentence.start, kind))
        mentions, names = dated.get(sentence.start, []), named.get(sentence.start, [])
        _add(found, _event(doc, sentence, match, mentions, names))
    return list(found.values())


def _event(
    doc: Document,
    sentence: Sentence,
    match: re.Match[str],
    mentions: list[DateMention],
    names: list[Person],
) -> Event:
    """The event named around ``match``; ``mentions`` and ``names`` are its sentence's."""
    first, last = phrase(
        doc.text, match.start(), match.end(), sentence.start, sentence.end, doc.lang
    )
    span = evidence(doc.text, first, last)
    return Event(
        what=span.text,
        where=_where(doc, sentence),
        when=_when(mentions, match.start()),
        who=[p.name for p in names],
        evidence=[span],
    )


def _add(found: dict[str, Event], event: Event) -> None:
    key = event.what.lower()
    known = found.get(key)
    if known is None:
        found[key] = event
        return
    known.evidence = merge_evidence([*known.evidence, *event.evidence])
    known.where = known.where or event.where
    known.when = known.when or event.when
    known.who = known.who or event.who


def _where(doc: Document, sentence: Sentence) -> str | None:
    """The first state or city of the gazetteer named after "in"/"в" in the sentence."""
    for match in _in_place().finditer(doc.text, sentence.start, sentence.end):
        place = _place(match.group("place"), doc.lang)
        if place is not None:
            return place
    return None


@lru_cache(maxsize=4096)
def _place(words: str, lang: str) -> str | None:
    lexicon = gazetteer(lang)
    tokens = lexicon.tokens(words)
    for match in lexicon.find(words, tokens):
        place = hit(match, tokens[match.first].start, tokens[match.last].end)
        if match.first == 0 and place.is_place and place.kind in _PLACE_KINDS:
            written = words[place.start : place.end]
            return language_of(lang).nominative(written) if " " not in written else written
    return None


def _when(mentions: list[DateMention], position: int) -> DateValue | None:
    """The date nearest to ``position`` of ``mentions`` (the dates that start in its sentence)."""
    near = [(abs(m.evidence[0].start - position), m.date) for m in mentions]
    return min(near, key=lambda pair: pair[0])[1] if near else None
