"""Partners: states (ISO 3166-1 alpha-2) and taxonomy organisations, ranked by salience.

Every mention of a state or organisation in the title and the body gets a weight from
what names it (a full name says more than an adjective) and from the words around it
(see ``data/partners/context.<lang>.tsv``): a mention beside the home country (not as
one of several states listed with it: its peers) or a word of cooperation counts more,
one joined to the home country ("Kazakhstan and the UN") most; a comparison ("than
France"), a language ("the French language"), an ethnic community ("the German
community"), a person's origin ("born in Finland"), an organisation as a framework
("within the SCO") or for its members ("the CIS countries"), a member state listed under
an organisation, or one of several states listed when an organisation leads (the
participants of its meeting) counts little; so does a people named with the home country
it lives in ("Koreans of Kazakhstan"), and a paragraph that points to an earlier report
("Earlier, …", "Ранее …": an agency's teaser). Two bodies joined by "and", one named by
the place and one by the home country ("the UN Development Programme and the Ministry of
Labour of Kazakhstan"), are the two sides, as "Kazakhstan and Italy" are. When the text
lists states several at a time, an organisation that outweighs them as its members
leads. A scholarly text's keywords weigh as its title; a title that is only the name of
an organisation's office ("Executive Committee of the CIS") as a menu line, being the
masthead of the office's site; a marking of the government that wrote the text
("SIPDIS") as a mention in it. A code whose weights add up to :data:`PARTNER_MIN` is a
partner; the others are kept as mentions, and so is a place named only in an envoy's
title ("Ambassador of Kazakhstan to Malta") unless nothing else leads. Regions are
matched only to hide the country names inside them, and the home country is never a
partner.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from briefing.extract.spans import evidence, merge_evidence
from briefing.extract.text.document import Document
from briefing.extract.text.matcher import Lexicon, Words
from briefing.extract.topics.gazetteer import (
    Envoys,
    Hit,
    articles,
    display_names,
    envoys,
    gazetteer,
    keyword_labels,
    masthead_heads,
    name_joints,
    names_partner,
    origin_marks,
    residence_words,
    teaser_openings,
)
from briefing.extract.topics.gazetteer import hits as gazetteer_hits
from briefing.extract.topics.salience import Unit, units
from briefing.schema import Partner

# What one mention weighs by what names the place: a full name says most.
KIND_WEIGHT = {
    "name": 1.0,
    "org": 1.0,
    "adj": 0.9,  # "the Polish Senate": the state (languages and communities are cued apart)
    "compound": 0.9,
    "capital": 0.5,  # "talks in Tehran": a government, or only a city
    "subdivision": 0.9,  # "Bavaria", "Northern Ireland": a region of the state, as its adjective
    "programme": 0.4,  # "Erasmus+": an organisation's programme, mostly a framework
}
PARTNER_MIN = 1.5
"""A partner needs two plain mentions, or one beside a cooperation word."""
RELATIVE_MIN = 0.2
"""A partner also needs this share of the top partner's weight: less is a passing mention."""
HOME_BONUS = 0.25  # the sentence also names the home country: a bilateral statement
COOPERATION_BONUS = 0.5  # the sentence names something done together
TITLE_FACTOR = 2.0  # the headline names what the story is about
MENU_FACTOR = 0.5  # a short line without end punctuation: a menu item, tag or teaser
MENU_MAX_TOKENS = 8
TEASER_REACH = 40  # characters of a paragraph's opening compared with the teaser openings
TEASER_FACTOR = 0.3  # a paragraph opening "Earlier," / "Ранее": a pointer to another report
SHOUTING_FACTOR = 0.3  # a line mostly in capitals (cable routing, banners): case tells nothing
SHOUTING_SHARE = 0.6
ORIGIN_WEIGHT = 2.0  # a marking of the government that wrote the text ("SIPDIS"): as a title
BILATERAL_WEIGHT = 2.5  # "Kazakh-German relations", "Kazakhstan and Italy", "Tehran and Astana"
INSTITUTION_WEIGHT = 0.3  # "Kazakh-German University": the name of a home institution
# Mentions that are not about the state as a counterpart.
LANGUAGE_WEIGHT = 0.15  # "the French language"
COMMUNITY_WEIGHT = 0.3  # "the German community of Kazakhstan": a diaspora, not the state
COMPARISON_WEIGHT = 0.2  # "more than in France"
FRAMEWORK_WEIGHT = 0.2  # "within the SCO"
MEMBER_WEIGHT = 0.3  # "16 EU member states": the organisation is the counterpart
MEMBER_FACTOR = 0.3  # a state beside the leading organisation: a member at its event
ROSTER = "*roster"
"""Marks a mention in a list of :data:`ROSTER_MIN` or more states: when an organisation leads,
they are the participants of its meeting ("delegations of Azerbaijan, Kyrgyzstan and
Uzbekistan took part"), not each a counterpart."""
ROSTER_MIN = 3
# How far cues reach, in tokens.
COMPARISON_REACH = 3
FRAMEWORK_REACH = 4
COMMUNITY_REACH = 2
ORIGIN_REACH = 3  # words before a place for a person's origin ("born in"): not ORIGIN_WEIGHT's
POST_REACH = 4  # "Head of the Delegation of the Republic of Kazakhstan": the post before the home
BODY_MAX_TOKENS = 6  # "the Ministry of Labour of": the words of a body's name around "and"
_HYPHENS = frozenset("-‐‑–")
_CITY_KINDS = frozenset({"capital", "subdivision"})
"""Places that also name clubs, stadiums, papers and schools ("Real Madrid", "Santiago
Bernabéu", "New York Times"): read as part of such a name when capitalised words join them."""
_PAIRED_KINDS = frozenset({"name", "capital", "subdivision"})
"""Kinds that pair as counterparts: "Kazakhstan and Bavaria", "Tehran and Astana"."""


@dataclass(slots=True)
class _Tally:
    """What is known of one code: its mentions' spans and weights."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    weights: list[tuple[float, frozenset[str]]] = field(default_factory=list)
    """Each mention's weight, with the organisations named in its sentence."""
    plain: bool = False
    """Has a mention that is not an ambiguous word."""
    unposted: bool = False
    """Has a mention that is not only where an envoy is posted (see :func:`_posted`)."""

    def score(self, leader: str = "") -> float:
        """Total weight; mentions beside the ``leader`` organisation count as membership."""
        if not leader:
            return sum(w for w, _ in self.weights)
        return sum(
            w * MEMBER_FACTOR if leader in orgs or ROSTER in orgs else w for w, orgs in self.weights
        )


class _Sentence:
    """One unit's words and gazetteer hits, with what the whole sentence says."""

    __slots__ = (
        "articles",
        "bilateral",
        "cooperation",
        "high",
        "hits",
        "home",
        "joints",
        "keywords",
        "kinds",
        "low",
        "membership",
        "organisations",
        "places",
        "residents",
        "shouting",
        "teasers",
        "unit",
        "words",
    )

    def __init__(
        self,
        unit: Unit,
        words: Words,
        low: int,
        high: int,
        hits: list[Hit],
        places: list[Hit],
        home: str,
        *,
        keywords: bool,
        articles: frozenset[str],
        residents: frozenset[str],
        teasers: tuple[str, ...],
        joints: frozenset[str],
    ) -> None:
        self.unit = unit
        self.articles = articles
        """The language's articles, which may stand inside a pair or a list."""
        self.residents = residents
        """The words between a people and the home country it lives in (see :func:`_resident`)."""
        self.teasers = teasers
        """How a paragraph pointing to another report opens (see :func:`_teaser`)."""
        self.joints = joints
        """Small words inside a body's name ("Ministry of Culture", see :func:`_bodies_paired`)."""
        self.keywords = keywords
        """The unit is a scholarly text's keyword list: it names the subject, as a title does."""
        self.words = words
        """The words of the whole text: the unit's are ``low`` to ``high`` (exclusive)."""
        self.low = low
        self.high = high
        self.hits = hits
        self.places = places
        """The hits that name a state or organisation other than the home country."""
        kinds: dict[str, list[int]] = {}
        for index, item in enumerate(hits):
            kinds.setdefault(item.kind, []).append(index)
        self.kinds = kinds
        """Kind -> indexes of the hits of that kind, so that a cue looked for is found at once."""
        orgs = [hits[i].code for kind in ("org", "programme") for i in kinds.get(kind, ())]
        self.home = any(h.code == home for h in hits)
        states = {h.code for h in places if h.kind not in ("org", "programme")}
        listed = len(states) >= ROSTER_MIN
        self.cooperation = "cooperation" in kinds or ("envoy" in kinds and not listed)
        """Something done together; an envoy word counts unless several states are listed:
        the ambassadors of many states at an event are its guests."""
        self.bilateral = self.home and not (listed and _home_listed(hits, home))
        """Names the home country, and not as one of several states listed together
        ("Kazakh, Belarusian, Russian and Turkmen corners"): their peer, not their partner."""
        self.membership = "membership" in kinds and bool(orgs)
        roster = frozenset({ROSTER}) if listed else frozenset()
        self.organisations = frozenset() if keywords else frozenset(orgs) | roster
        """The organisations named, and :data:`ROSTER` when several states are listed; none
        in a keyword list, whose every item is a subject, not a member of another."""
        self.shouting = _shouting(words.surfaces[low:high])
        """Mostly in capitals (cable routing, banners): case tells nothing."""

    def surface(self, index: int) -> str:
        """The written form of the unit's word ``index``."""
        return self.words.surfaces[self.low + index]

    def cue_before(self, item: Hit, reach: int, role: str) -> bool:
        """A cue of ``role`` ends within ``reach`` tokens before the mention."""
        hits = self.hits
        return any(
            item.first - reach <= hits[i].last < item.first for i in self.kinds.get(role, ())
        )

    def cue_after(self, item: Hit, reach: int, role: str) -> bool:
        """A cue of ``role`` starts within ``reach`` tokens after the mention."""
        hits = self.hits
        return any(
            item.last < hits[i].first <= item.last + reach for i in self.kinds.get(role, ())
        )


def _home_listed(hits: list[Hit], home: str) -> bool:
    """True when the home country is an item of a list of places: a place or "and" stands
    right before or after it, with nothing but a comma between."""
    for index, item in enumerate(hits):
        if item.code != home:
            continue
        for other in hits[max(0, index - 1) : index + 2]:
            if other is item or not (other.is_place or other.kind == "pair"):
                continue
            if other.last + 1 == item.first or item.last + 1 == other.first:
                return True
    return False


def extract_partners(doc: Document) -> tuple[list[Partner], list[Partner]]:
    """Partners ranked by salience, and countries only mentioned in passing."""
    lexicon = gazetteer(doc.lang)
    envoy_words = envoys(doc.lang)
    text, home = doc.text, doc.home
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    ambiguous: list[tuple[Hit, float, frozenset[str], bool]] = []
    for sentence in _sentences(doc, lexicon):
        for item in sentence.places:
            if item.kind in _CITY_KINDS and _in_longer_name(text, sentence, item):
                continue
            local = item.ambiguous or item.kind in _CITY_KINDS
            if local and _placed_in(text, sentence, item, home):
                continue
            weight = _weight(text, sentence, item, home)
            posted = _posted(sentence, item, home, envoy_words)
            orgs = sentence.organisations
            if item.ambiguous:
                if not _name_like(text, sentence, item):
                    kept = weight if sentence.home else 0.0
                    ambiguous.append((item, kept, orgs, posted))
                continue
            _add(tallies[item.code], item, weight, orgs, plain=True, posted=posted)
    for item, weight, orgs, posted in ambiguous:
        tally = tallies[item.code]
        if tally.plain or weight:
            weight = weight or KIND_WEIGHT.get(item.kind, 0.5)
            _add(tally, item, weight, orgs, plain=tally.plain, posted=posted)
    for item in _origins(text, home):
        _add(tallies[item.code], item, ORIGIN_WEIGHT, frozenset(), plain=True, posted=False)
    return _ranked(text, tallies)


def _origins(text: str, home: str) -> list[Hit]:
    """The government that wrote the document, from a marking only its documents carry
    ("SIPDIS" in a US cable): the first marking of each state other than the home."""
    found: dict[str, Hit] = {}
    for code, mark, pattern in origin_marks():
        if code == home or code in found or mark not in text:
            continue  # most texts carry no marking: a plain search rules it out at C speed
        match = pattern.search(text)
        if match is not None:
            found[code] = Hit(code, "origin", False, match.start(), match.end(), 0, 0)
    return list(found.values())


def _sentences(doc: Document, lexicon: Lexicon) -> list[_Sentence]:
    """The units that name a partner, read (told from the entries found, before any hit
    is made: most units name none)."""
    read = units(doc)
    the, residents = articles(doc.lang), residence_words(doc.lang)
    teasers, joints = teaser_openings(doc.lang), name_joints(doc.lang)
    starts, ends = [unit.start for unit in read], [unit.end for unit in read]
    words, found = lexicon.find_each(doc.text, starts, ends)
    sentences: list[_Sentence] = []
    for unit, (low, high, matches) in zip(read, found, strict=True):
        named = [names_partner(match.entry, doc.home) for match in matches]
        if any(named):
            hits = gazetteer_hits(matches, words.starts, words.ends, low)
            places_named = [item for item, names in zip(hits, named, strict=True) if names]
            keywords = _keyword_list(doc.text, unit)
            sentences.append(
                _Sentence(
                    unit, words, low, high, hits, places_named, doc.home,
                    keywords=keywords, articles=the, residents=residents, teasers=teasers,
                    joints=joints,
                )
            )
    return sentences


def _add(
    tally: _Tally, item: Hit, weight: float, orgs: frozenset[str], *, plain: bool, posted: bool
) -> None:
    if item.kind in ("org", "programme"):
        orgs -= {ROSTER}  # an organisation is never a participant of a meeting of states
    tally.weights.append((weight, orgs - {item.code}))
    tally.spans.append((item.start, item.end))
    tally.plain = tally.plain or plain
    tally.unposted = tally.unposted or not posted


def _weight(text: str, sentence: _Sentence, item: Hit, home: str) -> float:
    if sentence.keywords:
        return KIND_WEIGHT.get(item.kind, 0.5) * TITLE_FACTOR
    weight = _context_weight(text, sentence, item, home)
    if weight is None:
        weight = KIND_WEIGHT.get(item.kind, 0.5)
        weight *= 1 + HOME_BONUS * sentence.bilateral + COOPERATION_BONUS * sentence.cooperation
    if sentence.unit.title and item.kind == "org" and _masthead(text, sentence.unit, item):
        weight *= MENU_FACTOR
    elif sentence.unit.title:
        weight *= TITLE_FACTOR
    elif _menu_like(text, sentence):
        weight *= MENU_FACTOR
    elif _teaser(text, sentence):
        weight *= TEASER_FACTOR
    if sentence.shouting:
        weight *= SHOUTING_FACTOR
    return weight


def _context_weight(text: str, sentence: _Sentence, item: Hit, home: str) -> float | None:
    """A fixed weight when the words around the mention say what it is, else ``None``."""
    organisation = item.kind in ("org", "programme")
    if not organisation and sentence.bilateral and _paired_with_home(sentence, item, home):
        return BILATERAL_WEIGHT  # not the last two of a list ("Uzbekistan and Kazakhstan")
    if item.kind != "programme" and sentence.bilateral and _bodies_paired(sentence, item, home):
        return BILATERAL_WEIGHT
    if item.kind in ("adj", "compound", "name"):
        paired = _home_compound(text, sentence, item, home)
        if paired is not None:
            return INSTITUTION_WEIGHT if paired else BILATERAL_WEIGHT
    head = _list_head(sentence, item)  # "than France and Italy", "from Mongolia and China"
    if sentence.cue_before(head, COMPARISON_REACH, "comparison"):
        return COMPARISON_WEIGHT
    if sentence.cue_before(head, ORIGIN_REACH, "origin"):
        return COMMUNITY_WEIGHT  # "born in Germany", "уроженец Германии": a person's origin
    if item.kind == "adj" and sentence.cue_before(item, FRAMEWORK_REACH, "framework"):
        return FRAMEWORK_WEIGHT  # "within the Chinese initiative"
    if organisation:
        framed = sentence.cue_before(item, FRAMEWORK_REACH, "framework")
        members = sentence.cue_before(item, FRAMEWORK_REACH, "member_of")
        members = (
            members
            or sentence.cue_after(item, 1, "members")
            or sentence.cue_before(item, 1, "members")
            or sentence.cue_after(item, 1, "membership")
        )  # "the CIS countries", "страны СНГ", "EU member states": the states, not the body
        if framed or members:
            return FRAMEWORK_WEIGHT
        return BILATERAL_WEIGHT if _paired_with_home(sentence, item, home) else None
    if sentence.membership:
        return MEMBER_WEIGHT
    if item.kind == "adj" and sentence.cue_after(item, 1, "language"):
        return LANGUAGE_WEIGHT
    if item.kind == "adj" and (
        sentence.cue_before(item, COMMUNITY_REACH, "community")
        or sentence.cue_after(item, COMMUNITY_REACH, "community")
        or _resident(sentence, item, home)
    ):
        return COMMUNITY_WEIGHT
    return None


def _resident(sentence: _Sentence, item: Hit, home: str) -> bool:
    """True for a people named with the home country it lives in: "Koreans of Kazakhstan",
    "the Poles in Kazakhstan", "корейцев Казахстана", "немцы в Казахстане": a community
    of the home country (a diaspora), not the state. (A hyphen makes a compound, read
    before: "Kazakh-Korean".)"""
    for other in sentence.hits:
        if other.code != home or other.first <= item.last:
            continue
        between = [sentence.surface(i).lower() for i in range(item.last + 1, other.first)]
        return not between or (len(between) == 1 and between[0] in sentence.residents)
    return False


def _list_head(sentence: _Sentence, item: Hit) -> Hit:
    """The first place of the list of places that ``item`` ends or stands in ("Mongolia" for
    "China" in "from Mongolia, Turkey and China"), or ``item`` itself: a cue before a list
    holds for each of its places."""
    by_last = {hit.last: hit for hit in sentence.hits}
    head = item
    before = by_last.get(item.first - 1)
    while before is not None and (before.is_place or before.kind == "pair"):
        if before.is_place:
            head = before
        before = by_last.get(before.first - 1)
    return head


def _bodies_paired(sentence: _Sentence, item: Hit, home: str) -> bool:
    """True for two bodies joined by "and", the first named by the place and the second by
    the home country: "The UN Development Programme and the Ministry of Labour of
    Kazakhstan launched a project", "the Embassy of Italy and the Kazakh Ministry of
    Culture": the two sides of what the sentence says. Each side is a name: capitalised
    words, joined by small words ("of", "for") and articles, of at most
    :data:`BODY_MAX_TOKENS` words."""
    hits = sentence.hits
    index = hits.index(item)
    if index + 2 >= len(hits) or hits[index + 1].kind != "pair":
        return False
    joint, other = hits[index + 1], hits[index + 2]
    if other.code != home or joint.first - item.last - 1 > BODY_MAX_TOKENS:
        return False
    if other.first - joint.last - 1 > BODY_MAX_TOKENS:
        return False
    ahead = range(item.last + 1, joint.first)
    behind = range(joint.last + 1, other.first)
    if len(ahead) + len(behind) <= 1:
        return False  # the places themselves joined ("Italy and Kazakhstan"): see _paired_with_home
    return all(_in_name(sentence, i) for i in ahead) and all(_in_name(sentence, i) for i in behind)


def _in_name(sentence: _Sentence, index: int) -> bool:
    """True for a word that may stand inside the name of a body ("Ministry", "of", "the")."""
    surface = sentence.surface(index)
    lower = surface.lower()
    return surface[:1].isupper() or lower in sentence.articles or lower in sentence.joints


def _paired_with_home(sentence: _Sentence, item: Hit, home: str) -> bool:
    """True for "Kazakhstan and Italy", "Tehran and Astana" or "the Government of Kazakhstan
    and the UN": the place joined to the home, the two sides of what the sentence says. An
    organisation pairs with the home country's name, never with an adjective or a city. An
    article may stand before the second ("Kazakhstan and the UN")."""
    if item.kind == "programme" or not sentence.home:
        return False
    hits = sentence.hits
    for index in sentence.kinds.get("pair", ()):
        joint = hits[index]
        if not 0 < index < len(hits) - 1:
            continue
        left, right = hits[index - 1], hits[index + 1]
        gap = right.first - joint.last - 1
        between = sentence.surface(joint.last + 1).lower() if gap == 1 else ""
        adjoins = gap == 0 or between in sentence.articles
        if left.last + 1 != joint.first or not adjoins:
            continue
        if (left is item and right.code == home) or (right is item and left.code == home):
            if item.kind == "org":
                return (right if left is item else left).kind == "name"
            if left.kind == right.kind == "adj":
                # "Kazakh and Uzbek writers met": sides of something done together; "a concert
                # of Russian and Kazakh music": only two of a kind, without a cooperation word
                return sentence.cooperation
            return left.kind == right.kind or {left.kind, right.kind} <= _PAIRED_KINDS
    return False


def _home_compound(text: str, sentence: _Sentence, item: Hit, home: str) -> bool | None:
    """For "Kazakh-German …": ``None`` when not such a compound, else whether a name follows.

    A capitalised word after the compound ("Kazakh-German University") makes it the
    name of an institution rather than a statement about relations.
    """
    if not sentence.home:
        return None
    for other in sentence.hits:
        if other.code != home:
            continue
        if other.last + 1 == item.first and _hyphen_between(text, other.end, item.start):
            after = item.last + 1
        elif item.last + 1 == other.first and _hyphen_between(text, item.end, other.start):
            after = other.last + 1
        else:
            continue
        if after >= sentence.high - sentence.low:
            return False
        return sentence.surface(after)[:1].isupper()
    return None


def _posted(sentence: _Sentence, item: Hit, home: str, words: Envoys) -> bool:
    """True for the place an envoy of the home country is posted to, named in the envoy's
    title: "Ambassador of Kazakhstan to Italy, Malta and San Marino", "Head of the
    Delegation of Kazakhstan to the European Union", "the Kazakh Ambassador in Rome",
    "Постоянный представитель Казахстана при ООН". The title says where the envoy serves,
    not with whom the story's business is done (see :func:`_ranked`)."""
    if not sentence.home:
        return False
    by_last = {hit.last: hit for hit in sentence.hits}
    at = item.first - 1
    while at >= 0:
        before = by_last.get(at)
        if before is None:
            word = sentence.surface(at).lower()
            if word in sentence.articles:
                at -= 1
                continue
            return word in words.prepositions and _envoy_before(sentence, by_last, at, home, words)
        if not (before.is_place or before.kind == "pair"):
            return False
        at = before.first - 1  # the places listed after the preposition are posts too
    return False


def _envoy_before(
    sentence: _Sentence, by_last: dict[int, Hit], at: int, home: str, words: Envoys
) -> bool:
    """True when the word before ``at`` ends an envoy's title of the home country: the home
    country after a post word ("Ambassador of Kazakhstan"), or a post word after the home
    country ("Kazakh Ambassador"). ``by_last`` holds the sentence's hits by their last word."""
    prior = by_last.get(at - 1)
    if prior is not None and prior.code == home:
        low = max(0, prior.first - POST_REACH)
        return any(words.is_post(sentence.surface(i)) for i in range(low, prior.first))
    if at < 1 or not words.is_post(sentence.surface(at - 1)):
        return False
    return any(h.code == home and at - 1 - POST_REACH <= h.last < at - 1 for h in sentence.hits)


def _hyphen_between(text: str, start: int, end: int) -> bool:
    gap = text[start:end].strip()
    return len(gap) == 1 and gap in _HYPHENS


def _name_like(text: str, sentence: _Sentence, item: Hit) -> bool:
    """True when an ambiguous word reads as part of a name ("Michael Jordan", "Macon, Georgia")."""
    if item.first == 0:
        return False
    before = item.first - 1
    gap = text[sentence.words.ends[sentence.low + before] : item.start].strip()
    return sentence.surface(before)[:1].isupper() and gap in ("", ",") and before > 0


def _in_longer_name(text: str, sentence: _Sentence, item: Hit) -> bool:
    """True when a capitalised word that names no place is joined to a city or region by a
    space ("Real Madrid", "Dynamo Moscow", "Santiago Bernabéu", "New York Times"): the
    name of a club, a stadium or a paper. Not in a title or a line in capitals, where
    every word is capitalised, nor for the first word of a sentence ("In Tehran")."""
    if sentence.unit.title or sentence.shouting:
        return False
    words, low = sentence.words, sentence.low
    named = {index for hit in sentence.hits for index in range(hit.first, hit.last + 1)}
    before, after = item.first - 1, item.last + 1
    if (
        before > 0
        and before not in named
        and sentence.surface(before)[:1].isupper()
        and text[words.ends[low + before] : item.start] == " "
    ):
        return True
    if after >= sentence.high - low or after in named:
        return False
    joined = text[item.end : words.starts[low + after]] == " "
    return joined and sentence.surface(after)[:1].isupper()


def _masthead(text: str, unit: Unit, item: Hit) -> bool:
    """True for a title that is only the name of an organisation's office that publishes
    its site ("Executive Committee of the CIS", "Исполнительный комитет СНГ"): the
    publisher's masthead above the story, not its headline. The office's name may stand
    before the organisation's or after it ("CIS Executive Committee")."""
    words = text[unit.start : item.start].lower().split()
    while words and words[-1] in ("of", "the"):
        words.pop()
    before = " ".join(words)
    after = " ".join(text[item.end : unit.end].strip(" .:|-–—").lower().split())
    heads = masthead_heads()
    return (not after and before in heads) or (not before and after in heads)


def _keyword_list(text: str, unit: Unit) -> bool:
    """True for the keywords of a scholarly text: a line that opens with a keywords label
    ("Keywords: Kazakhstan; China; soft power") or follows a line that is only the label
    ("Ключевые слова" above "ЕАЭС / РОССИЯ / КАЗАХСТАН"). Such a list is in capitals and
    has no full stop, yet it names the subject as a title does."""
    if unit.title:
        return False
    labels = keyword_labels()
    line = text.rfind("\n", 0, unit.start) + 1
    if text[line : unit.end].lstrip().lower().startswith(labels):
        return True
    stop = line - 1  # the newline that ends the line above
    while stop > 0:  # the nearest line above with text (blank lines skipped)
        start = text.rfind("\n", 0, stop) + 1
        above = text[start:stop].strip()
        if above:
            return above.rstrip(":").rstrip().lower() in labels
        stop = start - 1
    return False


def _placed_in(text: str, sentence: _Sentence, item: Hit, home: str) -> bool:
    """True for a place followed by ", " and the name of another state (or a region of it)
    that ends the list: "Georgia, USA", "Paris, Texas": a place inside it, not a state of its
    own. Not in a list of states ("Georgia, Armenia and Azerbaijan"), nor in a headline or
    a keyword list, where a comma stands for "and" ("Kazakhstan, Georgia sign accord"),
    nor before the home country, which holds no foreign place."""
    if sentence.unit.title or sentence.keywords:
        return False
    hits = sentence.hits
    index = hits.index(item)
    if index + 1 >= len(hits):
        return False
    state = hits[index + 1]
    if state.kind not in ("name", "subdivision") or state.code in (item.code, home):
        return False
    if text[item.end : state.start] != ", ":
        return False
    if index + 2 >= len(hits):
        return True
    after = hits[index + 2]  # the list goes on: "and", or ", " and another place
    listed = after.kind == "pair" or (after.is_place and text[state.end : after.start] == ", ")
    return not (listed and after.first == state.last + 1)


def _menu_like(text: str, sentence: _Sentence) -> bool:
    if sentence.high - sentence.low > MENU_MAX_TOKENS:
        return False
    return not text[sentence.unit.start : sentence.unit.end].rstrip().endswith((".", "!", "?", "…"))


def _teaser(text: str, sentence: _Sentence) -> bool:
    """True for a paragraph that opens by pointing to an earlier report ("Earlier, Kazakhstan
    and Türkiye discussed …", "Ранее сообщалось", "Напомним"): an agency's teaser of another
    story, as a related-news line is, not the business of this one."""
    start = sentence.unit.start
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False  # not the first sentence of its paragraph
    return text[start : start + TEASER_REACH].lower().startswith(sentence.teasers)


def _shouting(surfaces: list[str]) -> bool:
    """Most words of more than one letter in capitals (a line of at least
    :data:`MENU_MAX_TOKENS` such words)."""
    capitals = words = 0
    for surface in surfaces:
        if len(surface) > 1:
            words += 1
            capitals += surface.isupper()
    return words >= MENU_MAX_TOKENS and capitals >= SHOUTING_SHARE * words


def _leader(tallies: dict[str, _Tally]) -> str:
    """The organisation whose meeting the text reports, or "": the code of most weight when
    it is an organisation; else, when the text lists states several at a time (the
    participants of a meeting: "The ministers of China, India, Russia and Pakistan
    adopted a plan"; see :data:`ROSTER`), the organisation of most weight that outweighs
    every state once the states beside it or in such a list count as its members."""
    top = max(tallies, key=lambda code: (tallies[code].score(), code), default="")
    if _kind_of(top) == "organisation":
        return top
    organisations = [code for code in tallies if _kind_of(code) == "organisation"]
    rosters = any(ROSTER in orgs for tally in tallies.values() for _, orgs in tally.weights)
    if not organisations or not rosters:
        return ""
    best = max(organisations, key=lambda code: (tallies[code].score(), code))
    weight = tallies[best].score()
    states = [tally.score(best) for code, tally in tallies.items() if code != best]
    return best if all(weight >= state for state in states) else ""


def _ranked(text: str, tallies: dict[str, _Tally]) -> tuple[list[Partner], list[Partner]]:
    leader = _leader(tallies)
    scores = {code: tally.score(leader) for code, tally in tallies.items()}
    order = sorted(scores, key=lambda code: (-scores[code], code))
    top = scores[order[0]] if order else 1.0
    partners: list[Partner] = []
    mentions: list[Partner] = []
    for code in order:
        score = scores[code]
        if score <= 0:
            continue
        # A place named only in an envoy's title is the counterpart when nothing else leads.
        leads = tallies[code].unposted or code == order[0]
        partner = score >= PARTNER_MIN and score >= RELATIVE_MIN * top and leads
        target = partners if partner else mentions
        target.append(_partner(text, code, tallies[code], score / top))
    return partners, mentions


def _kind_of(code: str) -> str:
    return display_names().get(code, ("state", code))[0]


def _partner(text: str, code: str, tally: _Tally, salience: float) -> Partner:
    kind, name = display_names().get(code, ("state", code))
    return Partner(
        code=code,
        name=name,
        type="organisation" if kind == "organisation" else "state",
        salience=round(salience, 3),
        evidence=merge_evidence([evidence(text, s, e) for s, e in tally.spans]),
    )
