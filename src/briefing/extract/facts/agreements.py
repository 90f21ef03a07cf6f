"""Agreements: memoranda, programmes, treaties, roadmaps.

Each head word of ``data/facts/agreements.<lang>.tsv`` in a body sentence
gives an agreement named by the phrase around it. Its parties are the
organisations and states named in the same sentence; its signing date is
the sentence's single date nearest to the head when the sentence speaks of
signing; its period is a year range of the sentence ("for 2014-2016"); its
status is the first cue of ``agreement_status.<lang>.tsv`` in the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.facts.heads import head_matches, head_type, phrase
from briefing.extract.facts.org_spans import organisation_spans
from briefing.extract.facts.organisations import states_named
from briefing.extract.spans import by_sentence, evidence, merge_evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.lexicons import word_table
from briefing.extract.text.phrase_words import folded
from briefing.extract.text.sentences import Sentence
from briefing.extract.topics.gazetteer import display_names
from briefing.schema import Agreement, DateMention, DateValue

_CAPITALISED_RUN = re.compile(r"[A-ZА-ЯЁ][\w-]*(?:[ -][A-ZА-ЯЁ][\w-]*)*")
_SIGNED_TYPES = frozenset({"signed", "planned", "in_force", "ratified"})


@cache
def _status_cues(lang: str, case_blind: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """The status cues of ``lang`` in one pattern, for the lower-cased text (or, when
    ``case_blind``, for a text that cannot be lower-cased: see :func:`folded`)."""
    language = language_of(lang)
    table = word_table("facts", f"agreement_status.{language.code}.tsv")
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    tail = language.cue_ending
    flags = re.IGNORECASE if case_blind else 0
    return re.compile(rf"(?<!\w)(?:{alternation}){tail}", flags), table


def extract_agreements(doc: Document, dates: list[DateMention]) -> list[Agreement]:
    """Agreements with parties, signing date, period and status when stated."""
    heads = head_matches("agreements", doc.text, doc.sentences, doc.lang)
    if not heads:
        return []
    dated = by_sentence(dates, doc.sentences)
    found: dict[str, Agreement] = {}
    covered: dict[int, int] = {}  # by sentence start: where the last agreement's name ends
    for sentence, match in heads:
        if match.start() < covered.get(sentence.start, 0):
            continue  # a head inside the name of the last one ("MoU on the … programme")
        agreement = _agreement(doc, sentence, match, dated.get(sentence.start, []))
        covered[sentence.start] = agreement.evidence[0].end
        known = found.get(agreement.name.lower())
        if known is None:
            found[agreement.name.lower()] = agreement
        else:
            known.evidence = merge_evidence([*known.evidence, *agreement.evidence])
            known.signed = known.signed or agreement.signed
            known.period = known.period or agreement.period
            known.status = known.status or agreement.status
    return list(found.values())


def _agreement(
    doc: Document,
    sentence: Sentence,
    match: re.Match[str],
    mentions: list[DateMention],
) -> Agreement:
    """The agreement named around ``match``; ``mentions`` are the dates of its sentence."""
    first, last = phrase(
        doc.text, match.start(), match.end(), sentence.start, sentence.end, doc.lang
    )
    span = evidence(doc.text, first, last)
    status = _status(doc, sentence)
    return Agreement(
        name=span.text,
        type=head_type(match.group(), "agreements", doc.lang),
        parties=_parties(doc, sentence, first, last),
        signed=_signed(mentions, match.start()) if status in _SIGNED_TYPES else None,
        period=next((m.date for m in mentions if m.date.precision == "range"), None),
        status=status,
        evidence=[span],
    )


def _status(doc: Document, sentence: Sentence) -> str | None:
    """The first status cue of the sentence, looked for in the lower-cased text with a
    plain pattern (half the cost of a case-blind one) when the text can be lower-cased."""
    lower = folded(doc.text)
    pattern, table = _status_cues(doc.lang, case_blind=lower is None)
    found = pattern.search(doc.text if lower is None else lower, sentence.start, sentence.end)
    if found is None:
        return None
    # casefold, not lower: the case-blind pattern also takes "ſigned" (long s), which only
    # casefold reads as "signed"; a fold no key starts is no status rather than a crash
    folded_cue = doc.text[found.start() : found.end()].casefold()
    keys = [k for k in table if folded_cue.startswith(k)]
    return table[max(keys, key=len)] if keys else None


def _signed(mentions: list[DateMention], position: int) -> DateValue | None:
    single = [m for m in mentions if m.date.precision in ("day", "month", "year")]
    if not single:
        return None
    return min(single, key=lambda m: abs(m.evidence[0].start - position)).date


def _parties(doc: Document, sentence: Sentence, first: int, last: int) -> list[str]:
    """Organisations and states named in the sentence outside the agreement's own name."""
    parties: list[str] = []
    spans = [(first, last)]
    for org in organisation_spans(doc.text, sentence.start, sentence.end, doc.lang):
        spans.append((org.start, org.end))
        if org.end <= first or org.start >= last:
            parties.append(doc.text[org.start : org.end])
    names = display_names()
    for run in _CAPITALISED_RUN.finditer(doc.text, sentence.start, sentence.end):
        if any(s <= run.start() < e for s, e in spans):
            continue
        for code in states_named(run.group(), doc.lang):
            name = names.get(code, ("", code))[1]
            if name not in parties:
                parties.append(name)
    return parties
