"""Themes of cooperation from the taxonomy, each with the sentences that carry it.

Cue words and phrases (``data/themes/<lang>.tsv``) are found in one pass over each body
sentence and the title. A sentence's weight for a theme is the sum of its cue weights; a
cue that is only an item of a bare list of themes ("cooperation in education, science
and culture") counts for :data:`LISTED_FACTOR` of its weight, as the annotation guide
asks for a sentence of substance; so does a cue that only completes the name of a body
("Ministry of Culture and Sport", :data:`NAMED_FACTOR`). Role rows of the lexicon name
the words that join a list, repeat its frame ("in the field of"), head a body's name or
link it to its field.

A line that is a name (an affiliation, a conference name) or a heading or menu item
counts for :data:`NAMED_FACTOR` too (page furniture is not a sentence of substance; a
line of items parted by bars, a menu, tags or teasers of other articles, title or not,
counts for nothing, and so does a line with an e-mail address, an author block, or one
labelled as furniture, "Read also: …", "Tags: …"); so does a cue inside an institution's
capitalised name ("Turkic Culture and Heritage Foundation", "University of Modern
Languages"; the lexicon's ``=org`` words make a name an institution's) and "language" as
the medium of a thing ("a film in the Kazakh language", ``=medium`` words), and one in
an enumeration of an event's guests ("attended by diplomats, students, and the
diaspora", ``=audience`` words). The field an event's name gives ("Days of Kazakh
Culture", ``=event`` words) weighs :data:`EVENT_WEIGHT`, in a list or not. A word of
training (``=trains``) whose trainees are the people of a field that the lexicon lists
as ``=trains-for`` ("training of oncologists", "стажировка кардиохирургов": medical
staff training is health's, as the taxonomy says) is that field's work, not education's.
A language's name (``=tongue``) makes the cue beside it the learning of a language:
before a word of teaching (``=taught``: "Turkish courses", "English teachers") or after
one of learning (``=learns``: "learned German"), it weighs :data:`TONGUE_WEIGHT` for
language. A youth cue right before a cue of a theme listed as ``=young-in`` ("youth
teams", "юных спортсменов": sport) says how old its people are and counts for nothing.

In a sentence about the text itself ("this study", "the authors") or one that cites the
literature ("[4]", "(Smith, 2015)"), the cues of the themes the lexicon lists as
``=meta-of`` (research, sources) count for :data:`META_FACTOR`: they name the text's own
work, unless a word of cooperation (``=cooperation``) stands beside them: "this article
examines scientific cooperation" names its subject. A theme needs one body sentence of
at least :data:`SUBSTANCE` and a total of :data:`THEME_MIN`; its evidence is its
strongest sentences, in text order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from briefing import datafiles, vocabulary
from briefing.clean.boilerplate import MAIL, marker_action
from briefing.extract.spans import evidence, merge_evidence
from briefing.extract.text.document import Document
from briefing.extract.text.matcher import Entry, Lexicon, Match, Words, case_of
from briefing.extract.topics.salience import Unit, units
from briefing.schema import Theme

SUBSTANCE = 1.0
"""A sentence carries a theme from this weight: one specific cue, or two generic ones."""
THEME_MIN = 1.5
"""A theme's total over the text: a sentence of substance and more than one cue."""
RECURRENCE = 3
"""Or the theme returns in this many sentences, each with a generic cue at least."""
RECURRENT_WEIGHT = 0.5
LISTED_FACTOR = 0.3  # a cue that is one item of a list of themes
NAMED_FACTOR = 0.3  # a cue inside the name of a body ("Ministry of Culture and Sport")
NAME_LINE_SHARE = 0.6  # a line with this share of capitalised words is a name, not a sentence
NAME_LINE_MIN_WORDS = 4
NAME_LINE_JOINER_MAX = 4  # letters of a lower-case word that may join a name: "of", "and", "für"
META_FACTOR = 0.3  # "this research", "the study": the text's own research, not cooperation in it
NAME_REACH = 3  # link words that may stand between the body and its cue ("for the Development of")
TITLE_FACTOR = 1.0  # the headline adds to the total, but is not a sentence of substance
MAX_EVIDENCE = 4
JOIN = "=join"
FRAME = "=frame"
BODY = "=body"  # head of a body's name whose complement names a field: "ministry", "комитет"
LINK = "=link"  # words between the head and the field: "of", "по делам", "по вопросам"
META = "=meta"  # words of a text about itself: "this paper", "the study", "в статье"
META_OF = "=meta-of"  # a theme (in the cue column) whose cues a =meta sentence discounts
ORG = "=org"  # a word that makes a capitalised name an institution's: "University", "Foundation"
MEDIUM = "=medium"  # a word before "<language> language" that makes it the medium: "in", "на"
AUDIENCE = "=audience"  # a word of attending: "attended", "присутствовать"
AUDIENCE_LIST_COMMAS = 2  # commas or joins after it that make an enumeration of people
AUDIENCE_ITEM_WORDS = 4  # a join counts within these words after the first comma: "B and C"
EVENT = "=event"  # a word that heads an event's name: "Days (of Kazakh Culture)", "Год (молодежи)"
EVENT_WEIGHT = 1.5  # a cue that names an event's field weighs as "days of culture" does
COOPERATION = "=cooperation"  # "cooperation", "сотрудничество": a field beside it is a subject
COOPERATION_REACH = 4  # frame or link words between it and the field: "in the field of"
TRAINS = "=trains"  # a word of training: "training", "internship", "стажировка"
TRAINS_FOR = "=trains-for"  # a theme (in the cue column) whose people's training is its own
TRAINEES_REACH = 3  # words that may stand between it and its trainees ("of young Kazakh")
YOUNG_IN = "=young-in"  # a theme (in the cue column) whose cues a youth word only qualifies
YOUTH = "youth"
TONGUE = "=tongue"  # a language's name: "Turkish", "German"
TAUGHT = "=taught"  # a word of teaching after it: "(Turkish) courses", "(English) teachers"
LEARNS = "=learns"  # a word of learning before it: "learned (German)", "teaching (English)"
TONGUE_WEIGHT = 1.5  # "Turkish courses" weighs as "language courses" does
LANGUAGE = "language"
# Roles of word sets, not entries.
_WORD_ROLES = frozenset(
    {META_OF, ORG, MEDIUM, AUDIENCE, EVENT, TRAINS, TRAINS_FOR, COOPERATION, TONGUE, TAUGHT, LEARNS}
    | {YOUNG_IN}
)
_LIST_ROLES = frozenset({JOIN, FRAME, LINK})
_WORD = re.compile(r"[^\W\d_]+")
# A reference to the literature: "[4]", "[1, 2]", "[3, p. 25]", "[2, с. 14]", "(Smith, 2015)".
_CITATION = re.compile(
    r"\[\d{1,3}(?:\s*[,;–-]\s*(?:[pс]\.\s*)?\d{1,4})*\]"
    r"|\([A-ZА-ЯЁ][\w'-]+(?: et al\.| и др\.)?,? (?:19|20)\d\d[a-z]?(?:[;,:][^()\n]{0,60})?\)"
)
# A bar between spaces parts the items of a menu, a tag list or a row of teasers ("Home |
# News | Culture", "Related: Film week opens | Students visit Almaty"); prose has none.
LABEL_MAX = 40  # characters of a line's label before its colon: "Related news:"
_LINK_BAR = re.compile(r"\s\|\s")
# An e-mail address marks an author block or a contact line: "1Master of History, … University,
# name@uni.kz"; "[email protected]" is how a protected page shows one.
_MAIL = re.compile(rf"{MAIL}|\[email\W?protected\]")
_LIST_PUNCTUATION = frozenset(" ,;/&\n\t")
# What may stand between two words of one name: "Al-Farabi", "Centre for ...", quotes.
_NAME_GAP = frozenset(" -‐‑'’\"“”«»")
_SENTENCE_ENDS = (".", "!", "?", "…")
_SEPARATORS = _LIST_PUNCTUATION - {" ", "\n", "\t"}


class _Lexicon(NamedTuple):
    """The theme lexicon and its role words."""

    lexicon: Lexicon
    join_words: frozenset[str]
    """Words that join the items of a list ("and", "as well as")."""
    frame_words: frozenset[str]
    """Words that may repeat the frame of a list beside a join ("in culture and in sport")."""
    link_words: frozenset[str]
    """Words between a body's head and the field it names ("Ministry of", "Комитет по делам")."""
    meta_themes: frozenset[str]
    """Themes whose cues in a sentence about the text itself name its own work ("science":
    "this research")."""
    org_words: frozenset[str]
    """Words that make a capitalised name an institution's ("University", "Foundation")."""
    medium_words: frozenset[str]
    """Words that, a word or two before "language", make it the medium ("in the Kazakh
    language", "на казахском языке"), not the learning of a language."""
    audience_words: frozenset[str]
    """Words of attending, which an enumeration of guests follows ("attended")."""
    event_words: frozenset[str]
    """Words that head an event's name, whose complement is its field ("Days", "Year")."""
    training_words: frozenset[str]
    """Words of training ("training", "стажировка"), whose trainees may make the field."""
    training_themes: frozenset[str]
    """Themes whose people's training is their own work ("health": medical staff)."""
    young_themes: frozenset[str]
    """Themes whose cues a youth word before them only qualifies ("youth teams": sport)."""
    tongue_words: frozenset[str]
    """Names of languages ("turkish", "german"), which make a course a language course."""
    taught_words: frozenset[str]
    """Words of teaching that follow a language's name ("courses", "teachers")."""
    learns_words: frozenset[str]
    """Words of learning that precede a language's name ("learned", "teaching")."""
    cooperation_words: frozenset[str]
    """Words of cooperation ("cooperation", "сотрудничество"): a field named beside one
    is the subject of a text about itself, not its own research."""


class _Cue(NamedTuple):
    theme: str
    weight: float
    start: int
    end: int
    first: int
    last: int
    """Word indexes of the cue within its sentence."""


class _Tally:
    """A theme's total weight over the text, and its sentences with their weights."""

    __slots__ = ("sentences", "total")

    def __init__(self) -> None:
        self.total = 0.0
        self.sentences: list[tuple[float, Unit]] = []


def _rows(name: str) -> list[list[str]]:
    return datafiles.rows("themes", name)


@cache
def _lexicon(lang: str) -> _Lexicon:
    rows = _rows(f"{lang}.tsv")
    if not rows:
        empty = frozenset[str]()
        if lang != "en":
            return _lexicon("en")
        return _Lexicon(
            Lexicon("en", []),
            join_words=empty,
            frame_words=empty,
            link_words=empty,
            meta_themes=empty,
            org_words=empty,
            medium_words=empty,
            audience_words=empty,
            event_words=empty,
            training_words=empty,
            training_themes=empty,
            young_themes=empty,
            tongue_words=empty,
            taught_words=empty,
            learns_words=empty,
            cooperation_words=empty,
        )
    # Role words are entries too, so that they are normalised (lemmatised) like the cues and
    # hold their words; list and link words are not reported: the gaps between cues are read.
    entries = [
        Entry(tuple(_cue_words(cue)), case_of(cue), (theme, weight), quiet=theme in _LIST_ROLES)
        for cue, theme, weight in rows
        if theme not in _WORD_ROLES
    ]
    compared_roles = [ORG, MEDIUM, AUDIENCE, EVENT, TRAINS, COOPERATION, TONGUE, TAUGHT, LEARNS]
    words = {role: _words_of(rows, role) for role in [*_LIST_ROLES, *compared_roles]}
    meta_themes = frozenset(cue for cue, theme, _ in rows if theme == META_OF)
    training_themes = frozenset(cue for cue, theme, _ in rows if theme == TRAINS_FOR)
    young_themes = frozenset(cue for cue, theme, _ in rows if theme == YOUNG_IN)
    # Word-set roles are compared by normal form, so they are lemmatised like the entries.
    compared = frozenset[str]().union(*(words[role] for role in compared_roles))
    return _Lexicon(
        Lexicon(lang, entries, also_normalise=compared),
        join_words=words[JOIN],
        frame_words=words[FRAME],
        link_words=words[LINK],
        meta_themes=meta_themes,
        org_words=words[ORG],
        medium_words=words[MEDIUM],
        audience_words=words[AUDIENCE],
        event_words=words[EVENT],
        training_words=words[TRAINS],
        training_themes=training_themes,
        young_themes=young_themes,
        tongue_words=words[TONGUE],
        taught_words=words[TAUGHT],
        learns_words=words[LEARNS],
        cooperation_words=words[COOPERATION],
    )


def _words_of(rows: list[list[str]], role: str) -> frozenset[str]:
    return frozenset(w.lower() for cue, theme, _ in rows if theme == role for w in cue.split())


def _cue_words(cue: str) -> list[str]:
    words = _WORD.findall(cue)
    return [*words[:-1], words[-1] + "*"] if cue.endswith("*") else words


def theme_names() -> dict[str, str]:
    """Theme id -> English display name, in taxonomy order."""
    return vocabulary.theme_names()


def extract_themes(doc: Document) -> list[Theme]:
    """Themes with the sentences that support them, strongest first."""
    lexicon = _lexicon(doc.lang)
    text = doc.text
    tallies: dict[str, _Tally] = {}
    for unit in units(doc):
        weights = _unit_weights(text, unit, lexicon)
        for theme, weight in weights.items():
            tally = tallies.get(theme)
            if tally is None:
                tally = tallies[theme] = _Tally()
            if unit.title:
                tally.total += weight * TITLE_FACTOR
            else:
                tally.total += weight
                tally.sentences.append((weight, unit))
    found = [_theme(text, theme, tally) for theme, tally in tallies.items() if _kept(tally)]
    return sorted(found, key=lambda t: (-t.score, t.id))


def sentence_weights(text: str, start: int, end: int, lang: str) -> dict[str, float]:
    """Each theme's weight in the sentence ``text[start:end]``, as :func:`extract_themes`
    weighs it: for a reader that shows a sentence of several themes under the one it is
    most about."""
    return _unit_weights(text, Unit(start, end, False), _lexicon(lang))


def _unit_weights(text: str, unit: Unit, lexicon: _Lexicon) -> dict[str, float]:
    words, low, high, matches = lexicon.lexicon.find_words(text, unit.start, unit.end)
    if not matches:
        return {}  # most sentences of a long text name no theme
    cites = _CITATION.search(text, unit.start, unit.end) is not None
    weights = _sentence_weights(
        text, words, (low, high), matches, lexicon, cites=cites, title=unit.title
    )
    if _furniture(text, unit):
        return {}  # a menu, a row of teasers or an author block, however many cues it lists
    if not unit.title and (
        _name_line(words.surfaces[low:high]) or _heading(text, unit, high - low)
    ):
        return {theme: weight * NAMED_FACTOR for theme, weight in weights.items()}
    return weights


def _furniture(text: str, unit: Unit) -> bool:
    """True for a line of page furniture, whatever its words: items parted by bars (a menu,
    teasers), an e-mail address (an author block), or a label that is a marker of
    furniture ("Read also: <a teaser>", "Tags: culture, cinema", "Читайте также: …"; the
    cleaner drops such a marker when it stands alone on its line, ``data/clean/
    boilerplate.<lang>.tsv``, but not with the teaser after it on the same line).
    The regular expressions run only where their sign ("|", "@", "protected]") is found
    (measured with ``benchmarks/stages.py --fresh`` on the corpus: themes 0.52 -> 0.44
    ms a document)."""
    start, end = unit.start, unit.end
    if text.find("|", start, end) >= 0 and _LINK_BAR.search(text, start, end):
        return True
    mail = text.find("@", start, end) >= 0 or text.find("protected]", start, end) >= 0
    if mail and _MAIL.search(text, start, end):
        return True
    colon = text.find(":", start, min(end, start + LABEL_MAX))
    return colon > start and marker_action(text[start:colon]) in ("cut", "line")


def _kept(tally: _Tally) -> bool:
    best = max((weight for weight, _ in tally.sentences), default=0.0)
    recurrent = sum(weight >= RECURRENT_WEIGHT for weight, _ in tally.sentences) >= RECURRENCE
    return (best >= SUBSTANCE or recurrent) and tally.total >= THEME_MIN


def _sentence_weights(
    text: str,
    words: Words,
    unit: tuple[int, int],
    matches: list[Match],
    lex: _Lexicon,
    *,
    cites: bool,
    title: bool = False,
) -> dict[str, float]:
    """The weight of each theme in one unit, the words ``low`` to ``high`` (exclusive) of
    the text's ``words`` (the matches count from ``low``). A unit that ``cites`` a work
    ("[4]", "(Smith, 2015)") speaks of the literature, like one about the text itself.
    A headline (``title``) is written in capitals throughout, so its capitals name nothing."""
    values = [m.entry.value for m in matches]
    themes = {theme for theme, _ in values}
    low, high = unit
    in_names = frozenset[int]() if title else _institution_words(text, words, low, high, lex)
    audience = _audience_list(text, words, low, high, lex)
    plain = not in_names and audience is None and LANGUAGE not in themes
    if len(themes) == 1 and plain and lex.event_words.isdisjoint(words.norms[low:high]):
        # One theme, no body's name, no words about the text itself: only a citation discounts.
        (theme,) = themes
        if theme in (BODY, META):
            return {}
        total = 0.0
        for _, weight in values:
            total += float(weight)
        if cites and theme in lex.meta_themes:
            total *= META_FACTOR
        return {theme: total}
    starts, ends = words.starts, words.ends
    found = [
        _Cue(theme, float(weight), starts[low + m.first], ends[low + m.last], m.first, m.last)
        for m, (theme, weight) in zip(matches, values, strict=True)
    ]
    gaps = _Gaps(text, words.norms[low:high], lex)
    named = _named(gaps, found) if BODY in themes else set()
    named.update(cue for cue in found if in_names.issuperset(range(cue.first, cue.last + 1)))
    names = set(named)  # the cues of bodies' names, which end a list
    named.update(cue for cue in found if cue.theme == LANGUAGE and gaps.medium(cue))
    meta = cites or META in themes
    languages = {cue.first for cue in found if cue.theme == LANGUAGE}
    cues = [_tongue(gaps, cue, languages) for cue in found if cue.theme not in (BODY, META)]
    listed = _listed(gaps, cues, names)
    if audience is not None:
        listed.update(index for index, cue in enumerate(cues) if cue.start > audience)
    events = _event_fields(gaps, words, low, high, cues)
    trained = _trained_fields(gaps, cues) | _qualifying_youth(gaps, cues)
    weights: dict[str, float] = defaultdict(float)
    for index, cue in enumerate(cues):
        if index in events:
            weights[cue.theme] += max(cue.weight, EVENT_WEIGHT)
            continue
        if index in trained:
            continue
        factor = NAMED_FACTOR if cue in named else 1.0
        if meta and cue.theme in lex.meta_themes and not gaps.cooperation(cue):
            factor = min(factor, META_FACTOR)
        weights[cue.theme] += cue.weight * min(factor, LISTED_FACTOR if index in listed else 1.0)
    return weights


def _event_fields(
    gaps: _Gaps, words: Words, low: int, high: int, cues: list[_Cue]
) -> set[int]:
    """Indexes of the cues that name an event's field: "Days of Kazakh Culture", "the week
    of Turkish language and culture", "Год молодежи". The event's word heads the name: it
    is followed by "of" (a word both of link and of frame), or capitalised where a sentence
    does not start; one word more (a nationality) may stand between, and no punctuation
    but quotes. A cue joined to such a cue by "and" names the field too."""
    lex = gaps.lex
    surfaces, norms = words.surfaces, gaps.norms
    heads = [i for i, norm in enumerate(norms) if norm in lex.event_words]
    known = lex.link_words | lex.join_words | lex.frame_words
    found: set[int] = set()

    def plain(first: int, last: int) -> bool:
        return _NAME_GAP.issuperset(_WORD.sub("", gaps.text[first:last]))

    for index, cue in enumerate(cues):
        before = cues[index - 1] if index else None
        joined = before is not None and index - 1 in found and gaps.joins(before, cue)
        if before is not None and joined and plain(before.end, cue.start):
            found.add(index)
            continue
        for head in heads:
            between = norms[head + 1 : cue.first]
            if head >= cue.first or len(between) > NAME_REACH:
                continue
            if not plain(words.ends[low + head], cue.start):
                continue
            linked = bool(between) and between[0] in lex.link_words & lex.frame_words
            capital = head > 0 and surfaces[low + head][:1].isupper()
            if (linked or capital) and sum(word not in known for word in between) <= 1:
                found.add(index)
                break
    return found


def _tongue(gaps: _Gaps, cue: _Cue, languages: set[int]) -> _Cue:
    """The cue as language learning when a language's name stands right before it and it
    is a word of teaching ("Turkish courses", "English teachers"), or right after it and
    it is a word of learning ("learned German", "teaching English"), or when the cue is
    "language" after a word of learning ("study the Korean language", "изучение
    казахского языка"); else the cue. ``languages`` are the first words of the language
    cues: "learn German language" is learning once, by its "language"."""
    lex, norms = gaps.lex, gaps.norms
    before = norms[cue.first - 1] if cue.first else ""
    after = norms[cue.last + 1] if cue.last + 1 < len(norms) else ""
    taught = before in lex.tongue_words and norms[cue.first] in lex.taught_words
    learnt = after in lex.tongue_words and norms[cue.last] in lex.learns_words
    learnt = learnt and cue.last + 2 not in languages
    if not (taught or learnt or (cue.theme == LANGUAGE and _learnt_language(gaps, cue))):
        return cue
    return cue._replace(theme=LANGUAGE, weight=max(cue.weight, TONGUE_WEIGHT))


def _learnt_language(gaps: _Gaps, cue: _Cue) -> bool:
    """True for a one-word cue "language" after a word of learning, with only a language's
    name and link words ("the") between ("study the Korean language"), or after a word
    of teaching and a medium word ("classes in the Korean language"; "teaching in the
    Kazakh language" stays the medium of teaching)."""
    lex, norms = gaps.lex, gaps.norms
    if cue.first != cue.last:
        return False
    index = cue.first - 1
    medium = False
    while index >= 0 and cue.first - index <= NAME_REACH + 1 and (
        norms[index] in lex.tongue_words
        or norms[index] in lex.link_words
        or norms[index] in lex.medium_words
    ):
        medium = medium or norms[index] in lex.medium_words
        index -= 1
    if index < 0 or index == cue.first - 1:
        return False
    return norms[index] in (lex.taught_words if medium else lex.learns_words)


def _qualifying_youth(gaps: _Gaps, cues: list[_Cue]) -> set[int]:
    """Indexes of the youth cues right before a cue of a theme of
    :attr:`_Lexicon.young_themes` ("youth teams", "young athletes", "юных спортсменов",
    "детско-юношеских игр"): they tell the age of that field's people, not youth work."""
    found: set[int] = set()
    for index, (cue, field) in enumerate(pairwise(cues)):
        if cue.theme != YOUTH or field.theme not in gaps.lex.young_themes:
            continue
        if field.first == cue.last + 1 and _NAME_GAP.issuperset(gaps.text[cue.end : field.start]):
            found.add(index)
    return found


def _trained_fields(gaps: _Gaps, cues: list[_Cue]) -> set[int]:
    """Indexes of the cues of training ("training", "повышение квалификации", "стажировка")
    whose trainees, the next cue, are the people of a theme of
    :attr:`_Lexicon.training_themes`: "the training of Kazakh oncologists" is medical
    staff training (health), "стажировка кардиохирургов" too; "training of teachers"
    stays education's, and so does "training of imams" (religious education). Only
    words, at most :data:`TRAINEES_REACH` of them, may stand between."""
    lex = gaps.lex
    found: set[int] = set()
    for index, (cue, trainees) in enumerate(pairwise(cues)):
        if gaps.norms[cue.last] not in lex.training_words:
            continue
        if trainees.theme not in lex.training_themes:
            continue
        between = trainees.first - cue.last - 1
        if between <= TRAINEES_REACH and _NAME_GAP.issuperset(
            _WORD.sub("", gaps.text[cue.end : trainees.start])
        ):
            found.add(index)
    return found


def _audience_list(text: str, words: Words, low: int, high: int, lex: _Lexicon) -> int | None:
    """Where an enumeration of the people who came goes on, or None: the offset of the first
    comma after a word of attending ("attended", "присутствовали") when two commas or
    more follow it, a join word a few words after the first comma counting as one ("A,
    the rector and students"; not "A, which will offer classes in X and Y").
    Students or a diaspora among the guests are a list of people, not the event's field;
    the first item may still be the subject ("attended by Kazakh diasporas of Iran,
    Turkey, …")."""
    norms = words.norms[low:high]
    if lex.audience_words.isdisjoint(norms):
        return None
    index = next(i for i, norm in enumerate(norms) if norm in lex.audience_words)
    after, end = words.ends[low + index], words.ends[high - 1]
    first = text.find(",", after, end)
    if first < 0:
        return None
    later = [i for i in range(index + 1, high - low) if words.starts[low + i] > first]
    joiners = lex.join_words - lex.link_words  # "and", "и"; not "the", which joins names too
    joins = sum(norms[i] in joiners for i in later[:AUDIENCE_ITEM_WORDS])
    if text.count(",", after, end) + joins < AUDIENCE_LIST_COMMAS:
        return None
    return first


def _institution_words(
    text: str, words: Words, low: int, high: int, lex: _Lexicon
) -> frozenset[int]:
    """Indexes (from ``low``) of the words inside institutions' names: runs of capitalised
    words, joined by link or join words ("of", "and", "for") or a hyphen, that hold a
    word of :attr:`_Lexicon.org_words` ("Al-Farabi Kazakh National University",
    "Turkic Culture and Heritage Foundation", "University of Modern Languages"). A cue
    there completes a body's name; the head itself ("University") is not counted, as a
    university at work is education's."""
    if lex.org_words.isdisjoint(words.norms[low:high]):
        return frozenset()  # most sentences name no institution
    surfaces, norms, starts, ends = words.surfaces, words.norms, words.starts, words.ends
    joiners = lex.link_words | lex.join_words
    found: set[int] = set()
    run: list[int] = []  # capitalised words of the run so far, and the joiners between

    def capital(index: int) -> bool:
        return surfaces[low + index][:1].isupper()

    def close() -> None:
        while run and not capital(run[-1]):
            run.pop()  # a run ends on a capitalised word
        heads = [i for i in run if capital(i) and norms[low + i] in lex.org_words]
        if len(run) > 1 and heads:
            found.update(i for i in run if i not in heads)
        run.clear()

    for index in range(high - low):
        gap = text[ends[low + index - 1] : starts[low + index]] if index else ""
        if run and not _NAME_GAP.issuperset(gap):
            close()
        norm = norms[low + index]
        if capital(index):
            run.append(index)
        elif run and norm in joiners:
            if norm in lex.link_words and len(run) > 1 and norms[low + run[-1]] in lex.join_words:
                close()  # "… Relations and the Board of …": a second name begins
            else:
                run.append(index)
        else:
            close()
    close()
    return frozenset(found)


def _heading(text: str, unit: Unit, size: int) -> bool:
    """True for a unit of a few words without a full stop: a heading, a menu item or a
    tag ("Research", "Culture | Education"), page furniture rather than a sentence."""
    return size < NAME_LINE_MIN_WORDS and not text[unit.start : unit.end].rstrip().endswith(
        _SENTENCE_ENDS
    )


def _name_line(surfaces: list[str]) -> bool:
    """True for a line that is a name, not a sentence: an affiliation ("Professor,
    Department of Oriental Studies, … University, Almaty."), a conference name, a caption
    in title case. Most of its words are capitalised and the others are short joining
    words ("of", "and", "the"); a sentence full of names still has lower-case words of
    its own ("met", "the chairman"). A line all in capitals tells nothing."""
    words = capitals = content = 0
    for word in surfaces:
        if len(word) < 2:
            continue
        words += 1
        if word[:1].isupper():
            capitals += 1
        elif len(word) > NAME_LINE_JOINER_MAX:
            content += 1
            if content > 1:
                # Most sentences stop here, at their second word of content (measured on
                # the corpus: 0.031 -> 0.005 ms a document for this test).
                return False
    return words >= NAME_LINE_MIN_WORDS and NAME_LINE_SHARE * words <= capitals < words


class _Gaps:
    """What stands between two cues of one sentence."""

    __slots__ = ("lex", "norms", "text")

    def __init__(self, text: str, norms: list[str], lex: _Lexicon) -> None:
        self.text = text
        self.norms = norms
        """Normal forms of the sentence's words."""
        self.lex = lex

    def words(self, before: _Cue, after: _Cue) -> list[str]:
        return self.norms[before.last + 1 : after.first]

    def joins(self, before: _Cue, after: _Cue) -> bool:
        """True for ", ", " and " or ", and in the field of " between two cues.

        Not for a bare space ("scientific tourism") nor for frame words alone
        ("a conference on medicine"): a list needs a join word or a separator.
        """
        words = self.words(before, after)
        joins, frames = self.lex.join_words, self.lex.frame_words
        if any(word not in joins and word not in frames for word in words):
            return False
        marks = _WORD.sub("", self.text[before.end : after.start])
        if not all(char in _LIST_PUNCTUATION for char in marks):
            return False
        return any(word in joins for word in words) or any(c in _SEPARATORS for c in marks)

    def same_case(self, before: _Cue, after: _Cue) -> bool:
        """True when both cues start with a capital, or neither does."""
        return self.text[before.start].isupper() == self.text[after.start].isupper()

    def medium(self, cue: _Cue) -> bool:
        """True for a one-word cue "language" after a medium word and one word more ("in
        the Kazakh language", "на казахском языке"): the language a thing is in."""
        before = self.norms[max(0, cue.first - 3) : cue.first]
        if cue.first != cue.last or len(before) < 2:
            return False
        if before[-2] in self.lex.medium_words:
            return True
        return len(before) == 3 and before[0] in self.lex.medium_words and before[1] in (
            self.lex.join_words
        )

    def cooperation(self, cue: _Cue) -> bool:
        """True when a word of cooperation is part of the cue or stands right after it
        ("scientific cooperation", "научное сотрудничество") or before it with only frame
        or link words between ("cooperation in the field of science")."""
        norms, lex = self.norms, self.lex
        if not lex.cooperation_words.isdisjoint(norms[cue.first : cue.last + 2]):
            return True
        known = lex.frame_words | lex.link_words
        index = cue.first - 1
        while index >= 0 and cue.first - index <= COOPERATION_REACH and norms[index] in known:
            index -= 1
        return index >= 0 and norms[index] in lex.cooperation_words

    def links(self, body: _Cue, cue: _Cue) -> bool:
        """True when only link, join or frame words stand between a body's head and a cue."""
        words = self.words(body, cue)
        known = self.lex.link_words | self.lex.join_words | self.lex.frame_words
        return len(words) <= NAME_REACH and all(word in known for word in words)


def _named(gaps: _Gaps, cues: list[_Cue]) -> set[_Cue]:
    """Cues that complete the name of a body ("Ministry of Culture and Sport"), not its work.
    A name in capitals ends where the capitals do: in "the Ministry of Education and Science
    and preschool institutions" the preschools are no part of it."""
    named: set[_Cue] = set()
    for before, cue in pairwise(cues):
        if cue.theme == BODY:
            continue
        if (before.theme == BODY and gaps.links(before, cue)) or (
            before in named and gaps.joins(before, cue) and gaps.same_case(before, cue)
        ):
            named.add(cue)
    return named


def _listed(gaps: _Gaps, cues: list[_Cue], named: set[_Cue]) -> set[int]:
    """Indexes of cues that stand in a list with a cue of another theme. The last field of
    a body's name and a cue after it are no list ("the Ministry of Science and schools")."""
    listed: set[int] = set()
    for index in range(1, len(cues)):
        before, after = cues[index - 1], cues[index]
        if (before in named) != (after in named):
            continue
        if before.theme != after.theme and gaps.joins(before, after):
            listed.update((index - 1, index))
    return listed


def _theme(text: str, theme: str, tally: _Tally) -> Theme:
    strongest = sorted(tally.sentences, key=lambda item: -item[0])[:MAX_EVIDENCE]
    # A theme kept for recurring in many sentences has none of substance: those sentences
    # are its evidence then.
    floor = SUBSTANCE if strongest and strongest[0][0] >= SUBSTANCE else RECURRENT_WEIGHT
    spans = [evidence(text, u.start, u.end) for weight, u in strongest if weight >= floor]
    return Theme(
        id=theme,
        name=theme_names().get(theme, theme),
        score=round(tally.total, 2),
        evidence=merge_evidence(spans),
    )
