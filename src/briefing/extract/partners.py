"""Partners: states (ISO 3166-1 alpha-2) and taxonomy organisations, ranked by salience.

Every mention of a state or organisation in the title and the body gets a
weight from what names it (a full name says more than an adjective) and
from the words around it (see ``data/partners/context.<lang>.tsv``): a
mention beside the home country or a word of cooperation counts more; a
comparison ("than France"), a language ("the French language"), an ethnic
community ("the German community"), an organisation as a framework
("within the SCO") or a member state listed under an organisation counts
little. A code whose weights add up to :data:`PARTNER_MIN` is a partner; the
others are kept as mentions. Regions are matched only to hide the country
names inside them, and the home country is never a partner.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from briefing.extract.document import Document
from briefing.extract.gazetteer import Hit, display_names, gazetteer, hit
from briefing.extract.matcher import Lexicon, Token
from briefing.extract.salience import Unit, units
from briefing.extract.spans import evidence, merge_evidence
from briefing.schema import Partner

# What one mention weighs by what names the place: a full name says most.
KIND_WEIGHT = {
    "name": 1.0,
    "org": 1.0,
    "adj": 0.6,  # "the Polish Senate": often the state, sometimes only a language or people
    "compound": 0.6,
    "capital": 0.5,  # "talks in Tehran": a government, or only a city
    "programme": 0.4,  # "Erasmus+": an organisation's programme, mostly a framework
}
PARTNER_MIN = 1.5
"""A partner needs two plain mentions, or one beside the home country or a cooperation word."""
CONTEXT_FACTOR = 1.5  # the sentence also names the home country or cooperation
TITLE_FACTOR = 2.0  # the headline names what the story is about
MENU_FACTOR = 0.5  # a short line without end punctuation: a menu item, tag or teaser
MENU_MAX_TOKENS = 8
BILATERAL_WEIGHT = 2.5  # "Kazakh-German relations", "казахстанско-германский"
INSTITUTION_WEIGHT = 0.3  # "Kazakh-German University": the name of a home institution
# Mentions that are not about the state as a counterpart.
LANGUAGE_WEIGHT = 0.15  # "the French language"
COMMUNITY_WEIGHT = 0.3  # "the German community of Kazakhstan": a diaspora, not the state
COMPARISON_WEIGHT = 0.2  # "more than in France"
FRAMEWORK_WEIGHT = 0.2  # "within the SCO"
MEMBER_WEIGHT = 0.3  # "16 EU member states": the organisation is the counterpart
# How far cues reach, in tokens.
COMPARISON_REACH = 3
FRAMEWORK_REACH = 4
COMMUNITY_REACH = 2
_HYPHENS = frozenset("-‐‑–")


@dataclass
class _Tally:
    score: float = 0.0
    spans: list[tuple[int, int]] = field(default_factory=list)
    plain: bool = False
    """Has a mention that is not an ambiguous word."""


@dataclass(frozen=True)
class _Sentence:
    """One unit's tokens and gazetteer hits, with what the whole sentence says."""

    unit: Unit
    tokens: list[Token]
    hits: list[Hit]
    home: bool
    cooperation: bool
    membership: bool

    def cue_before(self, item: Hit, reach: int, role: str) -> bool:
        """A cue of ``role`` ends within ``reach`` tokens before the mention."""
        return any(h.kind == role and item.first - reach <= h.last < item.first for h in self.hits)

    def cue_after(self, item: Hit, reach: int, role: str) -> bool:
        """A cue of ``role`` starts within ``reach`` tokens after the mention."""
        return any(h.kind == role and item.last < h.first <= item.last + reach for h in self.hits)


def extract_partners(doc: Document) -> tuple[list[Partner], list[Partner]]:
    """Partners ranked by salience, and countries only mentioned in passing."""
    lexicon = gazetteer(doc.lang)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    ambiguous: list[tuple[Hit, float]] = []
    for unit in units(doc):
        sentence = _read(doc.text, unit, lexicon, doc.home)
        for item in sentence.hits:
            if not item.is_place or item.code == doc.home:
                continue
            weight = _weight(doc.text, sentence, item, doc.home)
            if item.ambiguous:
                if not _name_like(doc.text, sentence, item):
                    ambiguous.append((item, weight if sentence.home else 0.0))
                continue
            _add(tallies[item.code], item, weight, plain=True)
    for item, weight in ambiguous:
        tally = tallies[item.code]
        if tally.plain or weight:
            _add(tally, item, weight or KIND_WEIGHT.get(item.kind, 0.5), plain=tally.plain)
    return _ranked(doc.text, tallies)


def _read(text: str, unit: Unit, lexicon: Lexicon, home: str) -> _Sentence:
    tokens = lexicon.tokens(text, unit.start, unit.end)
    hits = [
        hit(m, tokens[m.first].start, tokens[m.last].end) for m in lexicon.find(text, tokens)
    ]
    kinds = {h.kind for h in hits}
    has_org = any(h.kind in ("org", "programme") for h in hits)
    return _Sentence(
        unit,
        tokens,
        hits,
        home=any(h.code == home for h in hits),
        cooperation="cooperation" in kinds,
        membership="membership" in kinds and has_org,
    )


def _add(tally: _Tally, item: Hit, weight: float, *, plain: bool) -> None:
    tally.score += weight
    tally.spans.append((item.start, item.end))
    tally.plain = tally.plain or plain


def _weight(text: str, sentence: _Sentence, item: Hit, home: str) -> float:
    weight = _context_weight(text, sentence, item, home)
    if weight is None:
        weight = KIND_WEIGHT.get(item.kind, 0.5)
        if sentence.home or sentence.cooperation:
            weight *= CONTEXT_FACTOR
    if sentence.unit.title:
        weight *= TITLE_FACTOR
    elif _menu_like(text, sentence):
        weight *= MENU_FACTOR
    return weight


def _context_weight(text: str, sentence: _Sentence, item: Hit, home: str) -> float | None:
    """A fixed weight when the words around the mention say what it is, else ``None``."""
    if item.kind in ("adj", "compound", "name"):
        paired = _home_compound(text, sentence, item, home)
        if paired is not None:
            return INSTITUTION_WEIGHT if paired else BILATERAL_WEIGHT
    if sentence.cue_before(item, COMPARISON_REACH, "comparison"):
        return COMPARISON_WEIGHT
    if item.kind in ("org", "programme"):
        framed = sentence.cue_before(item, FRAMEWORK_REACH, "framework")
        return FRAMEWORK_WEIGHT if framed else None
    if sentence.membership:
        return MEMBER_WEIGHT
    if item.kind == "adj" and sentence.cue_after(item, 1, "language"):
        return LANGUAGE_WEIGHT
    if item.kind == "adj" and (
        sentence.cue_before(item, COMMUNITY_REACH, "community")
        or sentence.cue_after(item, COMMUNITY_REACH, "community")
    ):
        return COMMUNITY_WEIGHT
    return None


def _home_compound(text: str, sentence: _Sentence, item: Hit, home: str) -> bool | None:
    """For "Kazakh-German …": ``None`` when not such a compound, else whether a name follows.

    A capitalised word after the compound ("Kazakh-German University") makes it the
    name of an institution rather than a statement about relations.
    """
    for other in sentence.hits:
        if other.code != home:
            continue
        if other.last + 1 == item.first and _hyphen_between(text, other.end, item.start):
            after = item.last + 1
        elif item.last + 1 == other.first and _hyphen_between(text, item.end, other.start):
            after = other.last + 1
        else:
            continue
        if after >= len(sentence.tokens):
            return False
        return sentence.tokens[after].surface[:1].isupper()
    return None


def _hyphen_between(text: str, start: int, end: int) -> bool:
    gap = text[start:end].strip()
    return len(gap) == 1 and gap in _HYPHENS


def _name_like(text: str, sentence: _Sentence, item: Hit) -> bool:
    """True when an ambiguous word reads as part of a name ("Michael Jordan", "Macon, Georgia")."""
    if item.first == 0:
        return False
    before = sentence.tokens[item.first - 1]
    gap = text[before.end : item.start].strip()
    return before.surface[:1].isupper() and gap in ("", ",") and item.first - 1 > 0


def _menu_like(text: str, sentence: _Sentence) -> bool:
    if len(sentence.tokens) > MENU_MAX_TOKENS:
        return False
    return not text[sentence.unit.start : sentence.unit.end].rstrip().endswith((".", "!", "?", "…"))


def _ranked(text: str, tallies: dict[str, _Tally]) -> tuple[list[Partner], list[Partner]]:
    order = sorted(tallies.items(), key=lambda item: (-item[1].score, item[0]))
    top = order[0][1].score if order else 1.0
    partners: list[Partner] = []
    mentions: list[Partner] = []
    for code, tally in order:
        if tally.score <= 0:
            continue
        target = partners if tally.score >= PARTNER_MIN else mentions
        target.append(_partner(text, code, tally, top))
    return partners, mentions


def _partner(text: str, code: str, tally: _Tally, top: float) -> Partner:
    kind, name = display_names().get(code, ("state", code))
    return Partner(
        code=code,
        name=name,
        type="organisation" if kind == "organisation" else "state",
        salience=round(tally.score / top, 3),
        evidence=merge_evidence([evidence(text, s, e) for s, e in tally.spans]),
    )
