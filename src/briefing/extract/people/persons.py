"""Named people with their roles, read by a cascade of cues.

No statistical model is at hand, so each run of capitalised words is judged
by signals in order of trust: initials before a surname ("A.Muhamediuly",
"M.M. Lebedeva"); a role phrase before or after ("the Minister of Culture
A.Muhamediuly", "Sembayev, the Ambassador,"); a common given name from the
gazetteer; a surname ending ("-ov", "-uly", "-enko"); for Russian, the
Name/Surn/Patr tags of pymorphy3. Runs that hold an organisation word are
institutions, and names inside them are namesakes, not people. Later short
mentions ("Aimagambetov", "Mr Carlsson") merge into the first full name; the
headline is read first, since it often gives the name in full.

Speed: what a run's words say is memoised per run string, and most runs are
one word ("The", "Kazakhstan") or a recurring phrase ("Foreign Affairs"), so
most are dropped by one dictionary look-up; a new lone word that may be a
name is then tested against the stems of people already found before its
context is read, and a Latin one that is never a name is remembered as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefing.extract.people.context import (
    after_connector,
    back_matter,
    before_lower_word,
    byline,
    in_institution_list,
    listed_between,
    names_a_thing,
    namesake,
    person_cue,
    person_cue_ends,
    set_off,
    speech_after,
    title_case,
    word_before,
)
from briefing.extract.people.matching import name_key, same_person
from briefing.extract.people.names import (
    Token,
    find_runs,
    particles,
    plain_word,
    run_tokens,
)
from briefing.extract.people.roles import (
    is_role_word,
    nominative_role,
    role_after,
    role_before,
    role_complement,
)
from briefing.extract.people.words import (
    WordInfo,
    common_word,
    is_adjective,
    is_known_word,
    is_org_word,
    never_a_name,
    uncommon_name,
    word_info,
    word_infos,
)
from briefing.extract.spans import evidence, merge_evidence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.lexicons import east_asian_family_names, word_set, word_table
from briefing.extract.text.sentences import Sentence, split_sentences
from briefing.schema import Evidence, Person

_MAX_NAME_TOKENS = 4
_MEMO_SIZE = 65536  # runs whose reading is remembered (a bound: memory stays flat)
_UNKNOWN = WordInfo()  # a word that gives no signal at all
_STEM = 3  # letters a name keeps in every case form ("Жумагалиев", "Жумагалиева")
_MAX_DESCRIBED = 3  # words of a name that a speech verb or an apposition makes a person


@dataclass(slots=True)
class _Found:
    """A person as it grows over the document: name, role and mentions."""

    name: str
    tokens: tuple[str, ...]
    role: str | None
    evidence: list[Evidence]


def extract_people(doc: Document) -> list[Person]:
    """People of the main text, in order of first mention."""
    found: list[_Found] = []
    unsure: list[tuple[_Reading, int, int, int]] = []  # runs of several words, no person alone
    stems: set[str] = set()  # the first letters of the words of the people found
    text, lang = doc.text, doc.lang
    inflected = language_of(lang).inflected
    read_first, read_inside = _run_reader(lang, False), _run_reader(lang, inflected)
    for sentence in [*_title_sentences(doc), *doc.sentences]:
        floor, ceiling = sentence.start, sentence.end
        if back_matter(text, floor, ceiling):
            break
        headline: bool | None = None  # read once a run of the sentence needs it
        for match in find_runs(text, floor, ceiling):
            start, words = match.start(), match.group()
            reader = read_inside if start != floor else read_first
            if words in reader.known:
                reading = reader.known[words]
                if reading is None or (
                    reading.stem
                    and reading.stem not in stems
                    and not _lone_word_cued(text, lang, start, floor)
                ):
                    continue
            else:
                stem = _lone_stem(words)
                if stem and stem not in stems and not _lone_word_cued(text, lang, start, floor):
                    if words.isascii() and never_a_name(words, lang):
                        reader.remember(words, None)  # "The", "Germany": next time one look-up
                    continue  # what a new lone word says counts only in such a context
                reading = reader.read(words)  # its stem, if any, was tested just now
                if reading is None:
                    continue
            if not reading.named:
                if headline is None:
                    headline = title_case(text, floor, ceiling)
                if headline:
                    continue  # "Ambassador Delivers Lecture": capitals say nothing in a headline
            if inflected and len(reading.name) > 2:
                reading = _after_place(text, lang, reading, start, floor)
            if inflected and (len(reading.name) > 2 or reading.name[0].start > reading.begin):
                after = _after_namesake(text, lang, reading, start, floor, reader)
                if after is not None:
                    reading, start = after
            kept = _name_in_run(text, lang, reading, start, (floor, ceiling), stems)
            key = () if kept is None else _add(found, text, lang, reading, start, *kept)
            stems.update(part[:_STEM] for part in key)
            if not key and len(reading.name) > 1 and not reading.place and not headline:
                unsure.append((reading, start, floor, ceiling))
    if _add_listed(found, text, lang, unsure):
        found.sort(key=lambda person: min(span.start for span in person.evidence))
    return [Person(name=f.name, role=f.role, evidence=merge_evidence(f.evidence)) for f in found]


def _add_listed(
    found: list[_Found], text: str, lang: str, unsure: list[tuple[_Reading, int, int, int]]
) -> bool:
    """Add the names listed beside a person found ("Kofi Annan of Ghana, Nelson
    Mandela of South Africa and ..."): items of one list are of one kind. Returns
    whether any was added."""
    added = False
    for reading, offset, floor, ceiling in unsure:
        start, end = offset + reading.name[0].start, offset + reading.name[-1].end
        if (
            _listed_beside(text, found, start, end, (floor, ceiling))
            and uncommon_name([t for t in reading.name if not t.initials], lang)
            and not _excluded(text, lang, reading, offset, floor)
        ):
            _add(found, text, lang, reading, offset, None, True)
            added = True
    return added


def _listed_beside(
    text: str, found: list[_Found], start: int, end: int, bounds: tuple[int, int]
) -> bool:
    """A name at ``start:end`` joined by a comma or "and" (after an optional "of"
    and a place) to a mention, in the same sentence, of a person of several words."""
    floor, ceiling = bounds
    for person in found:
        if len(person.tokens) < 2:
            continue
        for span in person.evidence:
            if not floor <= span.start < ceiling:
                continue
            if span.start >= end and listed_between(text, end, span.start):
                return True
            if span.end <= start and listed_between(text, span.end, start):
                return True
    return False


def _after_place(text: str, lang: str, reading: _Reading, offset: int, floor: int) -> _Reading:
    """The reading without its first word when the run follows "в" or "на" and that
    word is no given name the dictionary knows: a place, maybe one the analyser does
    not know and guesses as a name ("консулом в Шымкенте Бахромом Рахимовым"); a
    person after "на" is named by a known given name ("со ссылкой на Мухаммеда бин
    Салмана") or an East Asian family name ("на Ким Чен Ына")."""
    first = reading.name[0]
    if word_before(text, offset + first.start, floor).lower() not in _place_prepositions():
        return reading
    if first.initials or first.text in east_asian_family_names():
        return reading
    if is_known_word(first.text) and word_info(first.text, lang).given:
        return reading
    name = reading.name[1:]
    return replace(reading, name=name, written=_joined(name, [t.text for t in name]))


def _after_namesake(
    text: str, lang: str, reading: _Reading, offset: int, floor: int, reader: _RunReader
) -> tuple[_Reading, int] | None:
    """The reading and offset of a name that runs on from a namesake after "имени"
    ("ректором КНУ имени Жусупа Баласагына Жанной Курмангалиевой"): the namesake has
    one or two words, or initials and a surname, and the name after it opens with a
    given name (or closes with a surname after initials); None otherwise."""
    begin = offset + reading.begin
    if not namesake(text, begin, floor, word_before(text, begin, floor)):
        return None
    tokens = reading.name
    # the namesake's words already left out, or after its initials and surname, or one or
    # two words of it
    if tokens[0].start > reading.begin:
        candidates: Sequence[Token] = tokens[:1]
    elif tokens[0].initials:
        candidates = tokens[2:3]
    else:
        candidates = tokens[1:3]
    for token in candidates:
        if len(tokens) - tokens.index(token) < 2 or token.initials:
            break
        rest = reader.read(text[offset + token.start : offset + reading.end])
        if rest is not None and (rest.opens or (tokens[0].initials and rest.closes)):
            return rest, offset + token.start
    return None


def _title_sentences(doc: Document) -> list[Sentence]:
    """The headline, read first: a news title often gives the full name
    ("Ambassador Azamat Yeskarayev met ...") that the body shortens ("A. Yeskarayev")."""
    return [
        sentence
        for region in doc.cleaned.regions
        if region.role == "title"
        for sentence in split_sentences(doc.text, region.start, region.end, doc.lang)
    ]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a run of capitalised words says by its words alone (see :func:`_reading`)."""

    begin: int  # where the run's first token starts, from the start of the run
    end: int  # where its last token ends, counted the same way
    name: tuple[Token, ...]  # the tokens of the name, offsets counted the same way
    role: str | None  # a role written inside the run, before the name
    stem: str  # one plain word: the first letters a known person's word must share
    # for it to count without a cue before it; "" when it needs neither
    named: bool  # several words, one a given name, surname or initials
    opens: bool  # several words, the first a given name or initials
    closes: bool  # several words, the last a surname
    place: bool  # a word of the name is a place: a person only beside a role
    adjective: bool  # one word, maybe an adjective ("Пражского")
    written: str  # the name as written, initials kept tight as in the text


class _RunReader:
    """:func:`_reading` for one language and place in the sentence, memoised per run.

    The answer depends on the words alone: most runs are one word ("The",
    "Kazakhstan") or a recurring phrase ("Foreign Affairs"). The memo is a
    plain dict that the caller probes first, so that a new lone word is read
    only when its context may make it a person (see :func:`extract_people`).
    """

    __slots__ = ("cyrillic_inside", "known", "lang")

    def __init__(self, lang: str, cyrillic_inside: bool) -> None:
        self.lang, self.cyrillic_inside = lang, cyrillic_inside
        self.known: dict[str, _Reading | None] = {}

    def read(self, words: str) -> _Reading | None:
        """The reading of a run not yet in :attr:`known`, remembered there."""
        return self.remember(words, _reading(words, self.lang, self.cyrillic_inside))

    def remember(self, words: str, reading: _Reading | None) -> _Reading | None:
        """Keep the reading of a run (its :func:`_reading`) in :attr:`known`."""
        if len(self.known) >= _MEMO_SIZE:
            self.known.clear()
        self.known[words] = reading
        return reading


@cache
def _place_prepositions() -> frozenset[str]:
    """Prepositions before a place ("в Шымкенте"), never right before a person's name:
    the "place" rows of ``data/people/locative_prepositions.ru.tsv``."""
    table = word_table("people", "locative_prepositions.ru.tsv")
    return frozenset(word for word, use in table.items() if use == "place")


@cache
def _run_reader(lang: str, cyrillic_inside: bool) -> _RunReader:
    return _RunReader(lang, cyrillic_inside)


def _lone_stem(words: str) -> str:
    """The first letters of a run of one plain word, which a known person's word
    must share for the word to count without a cue before it; "" for a run of
    several words, or a word too short or not all letters to be tested so."""
    return _word_stem(words) if plain_word(words) else ""


def _word_stem(word: str) -> str:
    """:func:`_lone_stem` of a word known to be one plain word."""
    folded = word.casefold()
    return "" if len(folded) < _STEM or not folded.isalpha() else folded[:_STEM]


def _reading(words: str, lang: str, cyrillic_inside: bool) -> _Reading | None:
    """How a run found by :func:`find_runs` reads: the name it holds, with its signals
    and a role written inside the run; None when it can hold no name. A lone
    function, role, place or organisation word is dropped here, before its
    context is ever read.

    Each run new to the process is read here once: the signals of the name's
    words are gathered in one pass, and the tokens are never copied.
    """
    tokens = run_tokens(words)
    if tokens is None:  # one plain word: its own token
        return None if never_a_name(words, lang) else _lone_reading(words, lang)
    if not tokens or (not tokens[-1].initials and is_org_word(tokens[-1].text, lang)):
        return None  # nothing, or an institution's name (see _segment): its words need no reading
    infos: Sequence[WordInfo] = word_infos(tokens, lang)
    role = None
    if len(tokens) == 1:
        if _dead(infos[0]):
            return None
        name: Sequence[Token] = tokens
    else:
        start, role = _segment(tokens, infos)
        if start == len(tokens):
            return None
        role = nominative_role(role, lang) if role else role
        name, infos = _name_part(
            tokens[start:], infos[start:], cyrillic_inside, after_role=role is not None
        )
        if len(name) == 1 and role is not None and _title_of_name(role, lang):
            name = (tokens[start - 1], *name)  # "Pope Francis": the title is part of the name
    place = named = False  # named: a given name, surname or initials (and so maybe initials)
    for info in infos:
        place = place or info.place
        named = named or info.given or info.surname or info.initials
    surname_first = _surname_then_initials(name, infos)
    if not name or (name[-1].initials and not surname_first) or (place and len(name) == 1):
        return None  # no name, or none that any context makes a person (see _confident)
    several = len(name) > 1
    texts = [t.text for t in name]
    if several and " ".join(texts).lower() in word_set("people", "firm_names.txt"):
        return None  # "Goldman Sachs", "Aston Villa": a firm or a club, not its founder
    return _Reading(
        begin=tokens[0].start,
        end=tokens[-1].end,
        name=tuple(name),
        role=role,
        stem="",  # hyphenated words and runs of several are read on
        named=several and named,
        opens=several and (infos[0].initials or infos[0].given or surname_first),
        closes=several and infos[-1].surname,
        place=place,
        adjective=infos[0].adjective,
        written=_joined(name, texts) if named else " ".join(texts),  # no initials to keep tight
    )


def _surname_then_initials(name: Sequence[Token], infos: Sequence[WordInfo]) -> bool:
    """A Cyrillic surname and the initials after it ("Жумагалиев А.К."), as official
    lists and protocols write a name."""
    return (
        len(name) == 2
        and name[1].initials
        and not name[0].initials
        and not name[0].text.isascii()
        and infos[0].surname
    )


def _title_of_name(role: str, lang: str) -> bool:
    """A one-word role that belongs to the lone name after it ("Pope", "Prince")."""
    if " " in role:
        return False
    return language_of(lang).lemma(role) in word_set("people", "titles_of_names.txt")


def _lone_reading(word: str, lang: str) -> _Reading:
    """The reading of a run of one plain word that may be a name (never a place)."""
    size = len(word)
    return _Reading(
        begin=0,
        end=size,
        name=(Token(start=0, end=size, text=word),),
        role=None,
        stem=_word_stem(word),
        named=False,
        opens=False,
        closes=False,
        place=False,
        adjective=is_adjective(word, lang),
        written=word,
    )


def _lone_word_cued(text: str, lang: str, start: int, floor: int) -> bool:
    """Whether the context makes a lone word a person, read only for a word not
    yet known: a lone word is a person behind a role word or comma ("Ambassador
    Sembayev", "the poet, Abai") or a person cue ("anniversary of Abai"), and
    otherwise only a later mention of someone already found."""
    if start == floor:
        return False  # the first word of a sentence: nothing before it
    last = word_before(text, start, floor)
    verdict = _lone_word_cue(last, lang)
    return person_cue(text, lang, start, floor, last) if verdict is None else verdict


def _name_in_run(
    text: str,
    lang: str,
    reading: _Reading,
    offset: int,
    bounds: tuple[int, int],
    stems: set[str],
) -> tuple[str | None, bool] | None:
    """The role of the name of a run at ``offset`` of a sentence (``bounds``) and
    whether it is a person on its own (see :func:`_confident`), once the run's
    context is read; ``stems`` are those of the people found so far. Offsets are
    computed where needed: no token is made for a name."""
    floor, ceiling = bounds
    first = offset + reading.name[0].start
    last = word_before(text, first, floor)
    if not _may_count(text, lang, reading, offset, last, stems):
        return None
    if _excluded(text, lang, reading, offset, floor, last):
        return None
    role, adjacent = reading.role, reading.role is not None
    if role is None and (reading.named or _role_or_comma(last, lang)):
        role, adjacent = role_before(text, first, floor, lang)
    if role is None and reading.named:
        role = role_after(text, offset + reading.name[-1].end, ceiling, lang)
    confident = _confident(text, lang, reading, offset, adjacent, floor, last)
    if confident is False and _described(text, lang, reading, offset, ceiling):
        confident = True  # "Absattar Nurov told ...", "Asif Khan, the Director General"
        role = role or role_after(text, offset + reading.name[-1].end, ceiling, lang)
    return None if confident is None else (role, confident)


def _described(text: str, lang: str, reading: _Reading, offset: int, ceiling: int) -> bool:
    """A name of two or three words, none of them a common word, that a speech verb
    ("said", "отметил") or an apposition with a role (", the Director General of")
    follows: a person even without a given name or a surname ending known."""
    if not 1 < len(reading.name) <= _MAX_DESCRIBED or reading.place:
        return False
    end = offset + reading.name[-1].end
    if not (speech_after(text, end, lang) or role_after(text, end, ceiling, lang)):
        return False
    return uncommon_name([t for t in reading.name if not t.initials], lang)


def _excluded(
    text: str, lang: str, reading: _Reading, offset: int, floor: int, last: str | None = None
) -> bool:
    """A run that names no person of the text: a namesake ("named after ..."), an
    item of a list of institutions, a quoted title, a byline or an author line.
    ``last`` is the word before the name when known."""
    first, start = offset + reading.name[0].start, offset + reading.begin
    if last is None or first != start:
        last = word_before(text, start, floor)
    return (
        namesake(text, start, floor, last)
        or names_a_thing(text, offset + reading.end)
        or in_institution_list(text, lang, start, floor)
        or set_off(text, start, offset + reading.end)
        or byline(text, first, offset + reading.end)
    )


def _may_count(
    text: str, lang: str, reading: _Reading, offset: int, last: str, stems: set[str]
) -> bool:
    """False when the name can be neither a person on its own nor a later mention
    of one found, so that its context need not be read.

    Without a role in the run, a given name, surname or initials, or a role,
    comma or cue word before it (``last``), no context makes a name a person
    on its own (see :func:`_confident`); it then counts only when it shares a
    word with a person found, and so the first letters of one (``stems``);
    before anyone is found, the name (in Russian put in the nominative) is
    not even written out.
    """
    if reading.role is not None or reading.named or _lone_word_cue(last, lang) is not False:
        return True
    if 1 < len(reading.name) <= _MAX_DESCRIBED:
        end = offset + reading.name[-1].end
        if text.startswith(",", end) or speech_after(text, end, lang):
            return True  # an apposition or a speech verb may follow: see _described
    if not stems:
        return False
    return any(word[:_STEM] in stems for word in name_key(_written(text, lang, reading, offset)))


@lru_cache(maxsize=16384)
def _lone_word_cue(last: str, lang: str) -> bool | None:
    """What the word before a lone word says (memoised: a few words recur):
    True after a role word or comma, None after the last word of a person cue
    (the whole cue is then read from the text), else False."""
    if _role_or_comma(last, lang):
        return True
    return None if last.lower() in person_cue_ends(lang) else False


def _dead(info: WordInfo) -> bool:
    """A cheap early reject: a lone word that is a function word, role, place or
    organisation word can never be a name (most runs are such words)."""
    return info.function or info.role or info.place or info.org


def _role_or_comma(last: str, lang: str) -> bool:
    """A cheap test before the full role look-back: ``last``, the word before
    the name, is a role word, a word that completes an office's name
    ("министром культуры Азербайджана") or a comma."""
    if last == ",":
        return True
    return bool(last) and (is_role_word(last, lang) or role_complement(last, lang))


def _segment(run: Sequence[Token], infos: Sequence[WordInfo]) -> tuple[int, str | None]:
    """Where the part of the run that may hold a name starts (its length: nowhere),
    and a role written inside the run before it.

    Words before an organisation word are a namesake ("Al-Farabi Kazakh National
    University"); words after it are a person only behind a role word
    ("Embassy Counsellor Aidar Nurov") or when they form a name of their own
    (the office before the name: "president of Otandastar Fund Nurtai Abykayev",
    "министром спорта Российской Федерации Павлом Семеновым"), also behind the
    office's country ("МИД Венгрии Габором Тотом"). One pass
    finds the last organisation word and the role words after it.
    """
    size = len(run)
    after = 0  # the first word after the last organisation word
    first_role = last_role = -1
    for index, info in enumerate(infos):
        if info.org:
            after, first_role, last_role = index + 1, -1, -1
        elif info.role:
            first_role = index if first_role < 0 else first_role
            last_role = index
    while 0 < after < size - 2 and infos[after].place:
        after += 1  # the office's country ("председателем Сената Франции Жераром Ларше")
    if after and (after >= size or not (infos[after].role or _opens_name(infos, after))):
        return size, None
    start, role = after, None
    if first_role >= 0 and last_role < size - 1:
        role = " ".join(t.text for t in run[first_role : last_role + 1])
        start = last_role + 1
    while start < size and (infos[start].function or (infos[start].place and size - start > 2)):
        start += 1
    return start, role


def _opens_name(infos: Sequence[WordInfo], index: int) -> bool:
    """A name from ``index`` to the end: two words or more, opened by a given name
    or initials or closed by a surname ("Otandastar Fund Nurtai Abykayev")."""
    if index + 1 >= len(infos):
        return False
    return infos[index].given or infos[index].initials or infos[-1].surname


def _name_part(
    segment: Sequence[Token],
    infos: Sequence[WordInfo],
    cyrillic_inside: bool,
    *,
    after_role: bool = False,
) -> tuple[Sequence[Token], Sequence[WordInfo]]:
    """The tokens that form the name: from the first given name or initials on
    (none when the segment holds a function or role word there, or is too long).

    Right after a role word in the run, a word that gives no signal before the
    given name is the name's own ("President Moon Jae-in"). Without a given
    name, a common English word that opens three words ends the phrase before
    ("... Education and Science Zhanseit Tuymebayev").

    In Russian text inside a sentence (``cyrillic_inside``), a word pymorphy3
    cannot place before a given name is the start of a foreign name ("Балаж
    Хендрих"), and a capitalised word after a given name is its surname even
    when it parses as an adjective ("Олдржихом Стары").
    """
    start = -1
    for index, info in enumerate(infos):
        if info.given or info.initials:
            start = index
            break
    if start < 0:
        start = max(0, len(segment) - 2) if len(segment) > 3 else 0
        if start == 0 and len(segment) == 3 and not after_role and common_word(segment[0].text):
            start = 1
    elif start == 1 and after_role and _words(segment) <= 3 and infos[0] == _UNKNOWN:
        start = 0  # right after a role, the word before a given name is the name's own
    elif cyrillic_inside and start == 1 and len(segment) == 2 and infos[0] == _UNKNOWN:
        start, infos = 0, [replace(infos[0], given=True), infos[1]]
    if start > 0 and start == len(segment) - 1 and segment[start].initials:
        start -= 1  # "Жумагалиев А.К.": the word before the closing initials is the surname
    name, name_infos = segment[start:], infos[start:]
    if cyrillic_inside:
        name_infos = [_after_given(info, before) for info, before in _with_previous(name_infos)]
    if _words(name) > _MAX_NAME_TOKENS:
        return (), ()  # particles do not count: "Mohammed bin Rashid Al Maktoum"
    for index, info in enumerate(name_infos):
        if info.function or (info.role and not _surname_of_title(name_infos, index)):
            return (), ()
    return name, name_infos


def _words(tokens: Sequence[Token]) -> int:
    """The words of a name, its particles not counted ("Ариф кызы Алиева": two)."""
    return sum(1 for token in tokens if token.text not in particles())


def _surname_of_title(infos: Sequence[WordInfo], index: int) -> bool:
    """A title word that ends a name of three words opened by a given name is its
    surname ("Asif Iqbal Khan", "Martin Luther King"; not "Nur Sultan", a city)."""
    return index == len(infos) - 1 and index >= 2 and infos[0].given


def _with_previous(infos: Sequence[WordInfo]) -> list[tuple[WordInfo, WordInfo | None]]:
    return list(zip(infos, [None, *infos[:-1]], strict=True))


def _after_given(info: WordInfo, before: WordInfo | None) -> WordInfo:
    """A title-case word right after a given name is a surname, not an adjective."""
    if before is not None and before.given and info.function and not info.abbreviation:
        return replace(info, function=False, surname=True)
    return info


def _confident(
    text: str,
    lang: str,
    reading: _Reading,
    offset: int,
    adjacent_role: bool,
    floor: int,
    last: str,
) -> bool | None:
    """True: a person on its own; False: only as a later mention of a known person;
    None: not a person. ``last`` is the word before the name. (A name ending in
    initials, or one place word alone, is never a person: :func:`_reading` drops it.)"""
    if reading.place and not (adjacent_role and reading.named):
        return None  # "Посол Республики Казахстан": a place, not the ambassador's name
    alone = len(reading.name) == 1
    end = offset + reading.name[-1].end
    if alone and reading.name[0].text.isascii() and language_of(lang).inflected:
        return None  # "корреспондент Kazinform": one Latin word in Russian text is a brand
    if alone and text.startswith(" of ", end):
        return None  # "Representative List of ...": the title of a thing
    if alone and reading.adjective and before_lower_word(text, end):
        return None  # "деканом Пражского университета": an adjective of a phrase
    if adjacent_role:
        return True
    start = offset + reading.name[0].start
    if alone:
        return person_cue(text, lang, start, floor, last) and not before_lower_word(text, end)
    if reading.opens:
        return True
    return reading.closes and not after_connector(text, start, floor)


def _add(
    found: list[_Found],
    text: str,
    lang: str,
    reading: _Reading,
    offset: int,
    role: str | None,
    confident: bool,
) -> tuple[str, ...]:
    """Record the mention of a run's name (at ``offset``), as a new person or one
    already found; returns the key words of the person it went to (none when
    dropped). A short form only adds words to a person's key: its one word is
    among the full name's."""
    if not (confident or found):
        return ()  # a later mention with nothing yet to be a mention of
    written = _written(text, lang, reading, offset)
    tokens = name_key(written)
    if reading.name[-1].initials:  # "Сапаров Е.Т.": matched as "Е.Т. Сапаров", surname last
        tokens = (*tokens[1:], tokens[0])
    known = next((f for f in found if same_person(f.tokens, tokens)), None)
    if known is None:
        if not confident:
            return ()
        found.append(
            _Found(name=written, tokens=tokens, role=role, evidence=[_span(text, reading, offset)])
        )
        return tokens
    known.evidence.append(_span(text, reading, offset))
    if known.role is None:
        known.role = role
    if (len(known.tokens) == 1 and len(tokens) > 1) or (
        _initials_only(known.tokens) and not _initials_only(tokens)
    ):  # the fullest form: "Сапаров Е.Т." first, "Ержан Сапаров" later
        known.name, known.tokens = written, tokens
    return known.tokens


def _initials_only(key: tuple[str, ...]) -> bool:
    """A name's key whose words before the surname are all initials ("к", "ж", "асылов")."""
    return len(key) > 1 and all(len(word) == 1 for word in key[:-1])


def _span(text: str, reading: _Reading, offset: int) -> Evidence:
    """Evidence of one mention, made only once the mention is kept."""
    return evidence(text, offset + reading.name[0].start, offset + reading.name[-1].end)


def _written(text: str, lang: str, reading: _Reading, offset: int) -> str:
    """The name as written (in an inflected language: in the nominative, so read in
    its context)."""
    words = [t.text for t in reading.name]
    nominative = language_of(lang).name_in_nominative(words, text, offset + reading.name[0].start)
    return reading.written if nominative is None else _joined(reading.name, nominative)


def _joined(name: Sequence[Token], words: list[str]) -> str:
    """The words of a name joined, initials kept tight as in the text ("A.Muhamediuly")."""
    out = words[0]
    for index in range(1, len(name)):
        tight = name[index - 1].initials and name[index - 1].end == name[index].start
        out += ("" if tight else " ") + words[index]
    return out
