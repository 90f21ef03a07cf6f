"""Named people with their roles, read by a cascade of cues.

No statistical model is at hand, so each run of capitalised words is judged
by signals in order of trust: initials before a surname ("A.Muhamediuly",
"M.M. Lebedeva"); a role phrase before or after ("the Minister of Culture
A.Muhamediuly", "Sembayev, the Ambassador,"); a common given name from the
gazetteer; a surname ending ("-ov", "-uly", "-enko"); for Russian, the
Name/Surn/Patr tags of pymorphy3. Runs that hold an organisation word are
institutions, and names inside them are namesakes, not people. Later short
mentions ("Aimagambetov", "Mr Carlsson") merge into the first full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from briefing.extract.document import Document
from briefing.extract.lexicons import org_types, word_set
from briefing.extract.names import Token, runs
from briefing.extract.person_words import WordInfo, word_info
from briefing.extract.roles import is_role_word, role_after, role_before
from briefing.extract.ru_names import case_hint, nominative_name
from briefing.extract.sentences import Sentence, split_sentences
from briefing.extract.spans import evidence, merge_evidence
from briefing.schema import Evidence, Person

_MAX_NAME_TOKENS = 4
_UNKNOWN = WordInfo()  # a word that gives no signal at all
_WORD_LOOKBACK = 40  # characters searched for the word before a name
_WORD_TAIL = re.compile(r"[^\W\d_][\w'’.-]*$")
_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰*")  # affiliation marks of author blocks
_OPEN_QUOTES = frozenset("\"“«„'‘")
_CLOSE_QUOTES = frozenset("\"”»“'’")
_NEXT_WORD = re.compile(r" ([a-zа-яё]+)")
_MIN_VARIANT = 5  # letters: shorter given names differ by one letter too often ("Anna", "Alla")
_MAX_ENDING = 2  # letters a case ending adds to a given name ("Нариман", "Нариманом")
_LIST_LOOKBACK = 200  # characters before a name searched for a list's head
_LIST_HEAD = 60  # characters before the colon that may hold the list's head noun
# A colon, then earlier items of the list, each ending in a comma, up to the name.
_LIST_ITEMS = re.compile(r":\s*(?:[^,:;.]{1,40},\s*)*$")
_STEM = 3  # letters a name keeps in every case form ("Жумагалиев", "Жумагалиева")
_LONGEST_HEADING = 40  # characters: a longer one-line sentence is no back-matter heading
_CONNECTORS = frozenset({"of", "the", "for", "to", "in", "on", "at", "by", "from", "with"})


@dataclass
class _Found:
    """A person as it grows over the document: name, role and mentions."""

    name: str
    tokens: tuple[str, ...]
    role: str | None
    evidence: list[Evidence] = field(default_factory=list)


def extract_people(doc: Document) -> list[Person]:
    """People of the main text, in order of first mention."""
    found: list[_Found] = []
    stems: set[str] = set()
    text = doc.text
    for sentence in [*_title_sentences(doc), *doc.sentences]:
        if _back_matter(sentence.of(text)):
            break
        for run in runs(text, sentence.start, sentence.end):
            if len(run) == 1 and not _lone_word_may_count(doc, run[0], stems, sentence.start):
                continue
            for name_tokens, role, confident in _names_in_run(
                doc, run, sentence.start, sentence.end
            ):
                _add(found, doc, name_tokens, role, confident)
                stems = {part[:_STEM] for known in found for part in known.tokens}
    return [Person(name=f.name, role=f.role, evidence=merge_evidence(f.evidence)) for f in found]


def _title_sentences(doc: Document) -> list[Sentence]:
    """The headline, read first: a news title often gives the full name
    ("Ambassador Azamat Yeskarayev met ...") that the body shortens ("A. Yeskarayev")."""
    return [
        sentence
        for region in doc.cleaned.regions
        if region.role == "title"
        for sentence in split_sentences(doc.text, region.start, region.end, doc.lang)
    ]


def _names_in_run(
    doc: Document, run: list[Token], floor: int, ceiling: int
) -> list[tuple[list[Token], str | None, bool]]:
    infos = [word_info(t, doc.lang) for t in run]
    if _dead(infos) or (
        _namesake(doc.text, run[0].start, floor)
        or _in_institution_list(doc, run[0].start, floor)
        or _quoted(doc.text, run)
        or _author_mark(doc.text, run)
    ):
        return []
    segment, infos, role_in_run = _segment(run, infos)
    if not segment:
        return []
    inside = doc.lang == "ru" and run[0].start != floor
    name, name_infos = _name_part(segment, infos, inside)
    if not name:
        return []
    role, adjacent = role_in_run, role_in_run is not None
    named = len(name) > 1 and any(i.given or i.surname or i.initials for i in name_infos)
    if role is None and (named or _role_word_before(doc, name[0].start, floor)):
        role, adjacent = role_before(doc.text, name[0].start, floor, doc.lang)
    if role is None and named:
        role = role_after(doc.text, name[-1].end, ceiling, doc.lang)
    confident = _confident(doc, name, name_infos, adjacent, floor)
    return [(name, role, confident)] if confident is not None else []


def _lone_word_may_count(doc: Document, token: Token, stems: set[str], floor: int) -> bool:
    """A cheap early reject for a run of one word, before any lexicon or morphology.

    A lone word is a person only behind a role word or comma ("Ambassador
    Sembayev", "the poet, Abai") or a person cue ("anniversary of Abai"), and
    otherwise can only be a later mention of someone already found, whose
    words then start with the same letters (``stems``: case endings change
    only the end of a name).
    """
    word = token.text.casefold()
    if len(word) < _STEM or not word.isalpha() or word[:_STEM] in stems:
        return True  # short, hyphenated (a key of several words) or maybe known
    if token.start == floor:
        return False  # the first word of a sentence: nothing before it
    last = _last_word(doc.text, token.start, floor)
    if last == "," or (last and is_role_word(last, doc.lang)):
        return True
    return last.lower() in _cue_ends(_person_cues(doc.lang)) and _person_cue(
        doc, token.start, floor
    )


def _dead(infos: list[WordInfo]) -> bool:
    """A cheap early reject: a lone word that is a function word, role, place or
    organisation word can never be a name (most runs are such words)."""
    if len(infos) > 1:
        return False
    info = infos[0]
    return info.function or info.role or info.place or info.org


def _role_word_before(doc: Document, start: int, floor: int) -> bool:
    """A cheap test before the full role look-back: a role word or a comma just before."""
    last = _last_word(doc.text, start, floor)
    return last == "," or (bool(last) and is_role_word(last, doc.lang))


def _last_word(text: str, start: int, floor: int) -> str:
    """The word (or comma) right before ``start``, found with string methods
    rather than a regular expression tried at every position of a window."""
    before = text[max(floor, start - _WORD_LOOKBACK) : start].rstrip()
    if not before or before[-1] == ",":
        return before[-1:]
    match = _WORD_TAIL.search(before.rsplit(None, 1)[-1])
    return match.group() if match else ""


def _namesake(text: str, start: int, floor: int) -> bool:
    return _cue_before(text, start, floor, "namesake_cues.txt", 20)


def _cue_before(text: str, start: int, floor: int, name: str, reach: int) -> bool:
    """True when a phrase of the cue file ends right before ``start``; the last word
    is compared first, so that the phrase pattern runs only where it may match."""
    last = _last_word(text, start, floor).lower()
    if not last or last not in _cue_ends(name):
        return False
    return _cue_pattern(name).search(text, max(floor, start - reach), start) is not None


@cache
def _cue_ends(name: str) -> frozenset[str]:
    """The last words of a cue file's phrases (with "," for phrases the comma may end)."""
    return frozenset(cue.split()[-1] for cue in word_set("people", name)) | {","}


def _in_institution_list(doc: Document, start: int, floor: int) -> bool:
    """An item of a list headed by an institution word ("four UK universities:
    Aberdeen, Robert Gordon, Heriot-Watt"): a namesake, not a person."""
    window = doc.text[max(floor, start - _LIST_LOOKBACK) : start]
    if ":" not in window:
        return False
    match = _LIST_ITEMS.search(window)
    if match is None:
        return False
    head = window[max(0, match.start() - _LIST_HEAD) : match.start()].lower().split()
    return any(word in org_types(doc.lang) for word in head)


def _back_matter(sentence: str) -> bool:
    if len(sentence) > _LONGEST_HEADING and "\n" not in sentence:
        return False
    headings = word_set("people", "back_matter.txt")
    return any(line.strip().rstrip(":").lower() in headings for line in sentence.split("\n"))


@cache
def _cue_pattern(name: str) -> re.Pattern[str]:
    """The phrases of a cue file as one pattern that must end where the name starts."""
    cues = sorted(word_set("people", name), key=len, reverse=True)
    phrases = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in cues)
    return re.compile(rf"(?:{phrases})[\s,]*$", re.IGNORECASE)


def _author_mark(text: str, run: list[Token]) -> bool:
    """An affiliation mark glued to a name ("Tlebaldiyeva1", "¹М. Сарыбаев"): an author block."""
    after = text[run[-1].end : run[-1].end + 1]
    before = text[run[0].start - 1 : run[0].start] if run[0].start else ""
    return (after.isdigit() and after.isascii()) or after in _MARKS or before in _MARKS


def _quoted(text: str, run: list[Token]) -> bool:
    """A run in quotes names a work or an institution ("Nur Mubarak", «Отандастар»)."""
    before = text[run[0].start - 1 : run[0].start] if run[0].start else ""
    after = text[run[-1].end : run[-1].end + 1]
    return before in _OPEN_QUOTES and after in _CLOSE_QUOTES


def _segment(
    run: list[Token], infos: list[WordInfo]
) -> tuple[list[Token], list[WordInfo], str | None]:
    """The part of the run that may hold a name, and a role written inside the run.

    Words before an organisation word are a namesake ("Al-Farabi Kazakh National
    University"); words after it are a person only behind a role word
    ("Embassy Counsellor Aidar Nurov").
    """
    orgs = [i for i, info in enumerate(infos) if info.org]
    if orgs:
        after = orgs[-1] + 1
        if after >= len(run) or not infos[after].role:
            return [], [], None
        run, infos = run[after:], infos[after:]
    roles = [i for i, info in enumerate(infos) if info.role]
    role = None
    if roles and roles[-1] < len(run) - 1:
        last = roles[-1]
        role = " ".join(t.text for t in run[roles[0] : last + 1])
        run, infos = run[last + 1 :], infos[last + 1 :]
    while run and (infos[0].function or (infos[0].place and len(run) > 2)):
        run, infos = run[1:], infos[1:]
    return run, infos, role


def _name_part(
    segment: list[Token], infos: list[WordInfo], cyrillic_inside: bool
) -> tuple[list[Token], list[WordInfo]]:
    """The tokens that form the name: from the first given name or initials on.

    In Russian text inside a sentence (``cyrillic_inside``), a word pymorphy3
    cannot place before a given name is the start of a foreign name ("Балаж
    Хендрих"), and a capitalised word after a given name is its surname even
    when it parses as an adjective ("Олдржихом Стары").
    """
    start = next((i for i, info in enumerate(infos) if info.given or info.initials), None)
    if start is None:
        start = max(0, len(segment) - 2) if len(segment) > 3 else 0
    elif cyrillic_inside and start == 1 and len(segment) == 2 and infos[0] == _UNKNOWN:
        start, infos = 0, [replace(infos[0], given=True), infos[1]]
    name, name_infos = segment[start:], infos[start:]
    if cyrillic_inside:
        name_infos = [_after_given(info, before) for info, before in _with_previous(name_infos)]
    if len(name) > _MAX_NAME_TOKENS or any(i.function or i.role for i in name_infos):
        return [], []
    return name, name_infos


def _with_previous(infos: list[WordInfo]) -> list[tuple[WordInfo, WordInfo | None]]:
    return list(zip(infos, [None, *infos[:-1]], strict=True))


def _after_given(info: WordInfo, before: WordInfo | None) -> WordInfo:
    """A title-case word right after a given name is a surname, not an adjective."""
    if before is not None and before.given and info.function and not info.abbreviation:
        return replace(info, function=False, surname=True)
    return info


def _confident(
    doc: Document, name: list[Token], infos: list[WordInfo], adjacent_role: bool, floor: int
) -> bool | None:
    """True: a person on its own; False: only as a later mention of a known person."""
    if name[-1].initials or (any(i.place for i in infos) and (len(name) == 1 or not adjacent_role)):
        return None
    if len(name) == 1 and doc.text.startswith(" of ", name[0].end):
        return None  # "Representative List of ...": the title of a thing
    if len(name) == 1 and infos[0].adjective and _before_lower_word(doc.text, name[0].end):
        return None  # "деканом Пражского университета": an adjective of a phrase
    if adjacent_role:
        return True
    if len(name) == 1:
        return _person_cue(doc, name[0].start, floor) and not _before_lower_word(
            doc.text, name[0].end
        )
    if infos[0].initials or infos[0].given:
        return True
    return infos[-1].surname and not _after_connector(doc.text, name[0].start, floor)


def _before_lower_word(text: str, end: int) -> bool:
    """True when a lower-case word follows: "Kazakh people" is an adjective, not a person."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1) not in _CONNECTORS | {"and"}


def _after_connector(text: str, start: int, floor: int) -> bool:
    """True after "of", "the", "for": "the Ministry of Foreign Affairs", "Heritage of Humanity"."""
    before = text[max(floor, start - 6) : start].split()
    return bool(before) and before[-1].lower() in _CONNECTORS


def _person_cue(doc: Document, start: int, floor: int) -> bool:
    return _cue_before(doc.text, start, floor, _person_cues(doc.lang), 24)


def _person_cues(lang: str) -> str:
    return f"person_cues.{'ru' if lang == 'ru' else 'en'}.txt"


def _add(
    found: list[_Found], doc: Document, name: list[Token], role: str | None, confident: bool
) -> None:
    if not (confident or found):
        return  # a later mention with nothing yet to be a mention of
    text = doc.text
    span = evidence(text, name[0].start, name[-1].end)
    written = _written(doc, name)
    tokens = _key(written)
    known = next((f for f in found if _same(f.tokens, tokens)), None)
    if known is None:
        if confident:
            found.append(_Found(written, tokens, role, [span]))
        return
    known.evidence.append(span)
    if known.role is None:
        known.role = role
    if len(known.tokens) == 1 and len(tokens) > 1:
        known.name, known.tokens = written, tokens


def _written(doc: Document, name: list[Token]) -> str:
    """The name as written (Russian: in the nominative), initials kept tight as in the text."""
    words = [t.text for t in name]
    if doc.lang == "ru":
        words = nominative_name(words, case_hint(doc.text, name[0].start))
    out = words[0]
    for index in range(1, len(name)):
        tight = name[index - 1].initials and name[index - 1].end == name[index].start
        out += ("" if tight else " ") + words[index]
    return out


def _key(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[^\w]+", name.casefold().replace(".", ". ")) if w)


def _same(known: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Same person: same surname, and the shorter form's other words fit the longer's."""
    if not known or not new:
        return False
    if known == new:
        return True
    short, long_ = sorted((known, new), key=len)
    if len(short) == 1:
        return short[0] in (long_[-1], long_[0]) if len(long_) > 1 else False
    if short[-1] != long_[-1]:
        return False
    rest = list(long_[:-1])
    for word in short[:-1]:
        hit = next((r for r in rest if _same_given(word, r)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def _same_given(word: str, other: str) -> bool:
    """The same given name beside the same surname: equal, an initial of it, an
    inflected form ("Нариман", "Наримана") or a one-letter slip ("Нарима")."""
    short, long_ = sorted((word, other), key=len)
    if short == long_ or (len(short) == 1 and long_.startswith(short)):
        return True
    if len(short) < _MIN_VARIANT:
        return False
    if long_.startswith(short) and len(long_) - len(short) <= _MAX_ENDING:
        return True
    return _one_edit(short, long_)


def _one_edit(short: str, long_: str) -> bool:
    """True when one insertion or substitution turns ``short`` into ``long_``."""
    if len(long_) - len(short) > 1:
        return False
    first = next(
        (i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short)
    )
    if len(short) == len(long_):
        return short[first + 1 :] == long_[first + 1 :]
    return short[first:] == long_[first + 1 :]
