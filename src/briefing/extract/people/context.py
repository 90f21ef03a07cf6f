"""What the text around a candidate name says: the word before it, cue phrases,
quotes, author marks, bylines, lists of institutions and of people, speech
verbs after it, headlines in Title Case and back-matter headings.

Each test reads a short window next to the name with string methods where it
can; cue phrases come from ``data/people`` and run as one pattern per file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from briefing import datafiles
from briefing.extract.text.languages import language_of
from briefing.extract.text.lexicons import org_types, word_set

_WORD_LOOKBACK = 40  # characters searched for the word before a name
_WORD_TAIL = re.compile(r"[^\W\d_][\w'’.-]*$")
_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰*")  # affiliation marks of author blocks
_OPEN_QUOTES = frozenset("\"“«„'‘")
_CLOSE_QUOTES = frozenset("\"”»“'’")
_NEXT_WORD = re.compile(r" ([a-zа-яё]+)")
_LIST_LOOKBACK = 200  # characters before a name searched for a list's head
_LIST_HEAD = 60  # characters before the colon that may hold the list's head noun
# A colon, then earlier items of the list, each ending in a comma, up to the name.
_LIST_ITEMS = re.compile(r":\s*(?:[^,:;.]{1,40},\s*)*$")
_LONGEST_HEADING = 40  # characters: a longer one-line sentence is no back-matter heading
_NAME_LIST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME_LIST_MARKS = re.compile(r"[\w'’.,\s-]*")
_TITLE_TAIL = 40  # characters of a byline's title after its cue ("корреспондент Kazinform")
_LABEL_MARKS = ":—–-"  # what follows a labelled byline cue ("Author:", "Фото —")
_LETTERS = re.compile(r"[^\W\d_]+")
_TITLE_CASE_WORD = 3  # letters: shorter words ("of", "the", "and") keep lower case in a headline
_TITLE_CASE_MIN = 3  # longer words a sentence needs for its case to tell anything
_TITLE_CASE_SHARE = 0.9
_NEXT_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# What joins two items of a list of people: a comma or "and", after an optional
# "of" and a place ("Kofi Annan of Ghana, Nelson Mandela").
_LIST_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-ZА-ЯЁ][\w'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]*){0,3})?"
    r"\s*(?:,\s*(?:(?:and|и)\s+)?|\s+(?:and|и)\s+)"
)
_NAMESAKE_CUES = "namesake_cues.txt"


@cache
def role_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``data/people/role_words.*.tsv``, of every language
    (a text quotes names and offices of another)."""
    rows = datafiles.rows_of_every_language("people", "role_words")
    return frozenset(row[0] for row in rows if row[1] == kind)


def word_before(text: str, start: int, floor: int) -> str:
    """The word (or comma) right before ``start``, found with string methods
    rather than a regular expression tried at every position of a window."""
    lowest = max(floor, start - _WORD_LOOKBACK)
    end = start - 1
    if end > lowest and text[end] == " ":  # the usual case: a plain word, then one space
        space = text.rfind(" ", lowest, end)
        word = text[space + 1 if space >= 0 else lowest : end]
        if word.isalpha():
            return word
    before = text[lowest:start].rstrip()
    if not before or before[-1] == ",":
        return before[-1:]
    last = before.rsplit(None, 1)[-1]
    if last.isalpha():  # the usual case, and the whole of it is what the pattern would find
        return last
    match = _WORD_TAIL.search(last)
    return match.group() if match else ""


def namesake(text: str, start: int, floor: int, last: str) -> bool:
    """A cue such as "named after" before ``start`` (``last``: the word before it)."""
    return _cue_before(text, start, floor, last, _NAMESAKE_CUES, 20)


def names_a_thing(text: str, end: int) -> bool:
    """A name (ending at ``end``) that a lower-case noun of ``data/people/named_things.txt``
    follows: the name of an airport, a street, a prize ("Charles de Gaulle airport")."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1) in word_set("people", "named_things.txt")


def _cue_before(text: str, start: int, floor: int, last: str, name: str, reach: int) -> bool:
    """True when a phrase of the cue file ends right before ``start``; the last word
    (``last``, from :func:`word_before`) is compared first, so that the phrase
    pattern runs only where it may match."""
    if not last or last.lower() not in _cue_ends(name):
        return False
    return _cue_pattern(name).search(text, max(floor, start - reach), start) is not None


@cache
def _cue_ends(name: str) -> frozenset[str]:
    """The last words of a cue file's phrases (with "," for phrases the comma may end)."""
    return frozenset(cue.split()[-1] for cue in word_set("people", name)) | {","}


def in_institution_list(text: str, lang: str, start: int, floor: int) -> bool:
    """An item of a list headed by an institution word ("four UK universities:
    Aberdeen, Robert Gordon, Heriot-Watt"): a namesake, not a person."""
    lowest = max(floor, start - _LIST_LOOKBACK)
    if text.find(":", lowest, start) < 0:
        return False
    window = text[lowest:start]
    match = _LIST_ITEMS.search(window)
    if match is None:
        return False
    head = window[max(0, match.start() - _LIST_HEAD) : match.start()].lower().split()
    return any(word in org_types(lang) for word in head)


def back_matter(text: str, start: int, end: int) -> bool:
    """A heading of reference lists or author notes: the text after it is no longer the story.
    The sentence is cut out of ``text`` only when it is short or holds line breaks."""
    if end - start > _LONGEST_HEADING and text.find("\n", start, end) < 0:
        return False
    headings = word_set("people", "back_matter.txt")
    return any(line.strip().rstrip(":").lower() in headings for line in text[start:end].split("\n"))


@cache
def _cue_pattern(name: str) -> re.Pattern[str]:
    """The phrases of a cue file as one pattern that must end where the name starts."""
    phrases = _alternatives(word_set("people", name))
    return re.compile(rf"(?:{phrases})[\s,]*$", re.IGNORECASE)


def _alternatives(cues: Iterable[str]) -> str:
    """Cue phrases as one alternation, longest first, any run of spaces between words."""
    ordered = sorted(cues, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in ordered)


def set_off(text: str, start: int, end: int) -> bool:
    """A run in quotes names a work or an institution ("Nur Mubarak", «Отандастар»);
    an affiliation mark glued to it ("Tlebaldiyeva1", "¹М. Сарыбаев") makes it an
    author block. Either way not a person of the text."""
    before = text[start - 1 : start]  # empty at the start of the text
    after = text[end : end + 1]
    if before in _OPEN_QUOTES and after in _CLOSE_QUOTES:
        return True
    return (after.isdigit() and after.isascii()) or after in _MARKS or before in _MARKS


def before_lower_word(text: str, end: int) -> bool:
    """True when a lower-case word follows: "Kazakh people" is an adjective, not a person."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word not in role_words("title_connector") and word not in role_words("list")


def after_connector(text: str, start: int, floor: int) -> bool:
    """True after "of", "the", "for": "the Ministry of Foreign Affairs", "Heritage of Humanity";
    not after "by" or "with", which name the person who acts ("paintings by Abylkhan
    Kasteyev")."""
    before = text[max(floor, start - 6) : start].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in role_words("title_connector") and word not in role_words("agent")


def person_cue_ends(lang: str) -> frozenset[str]:
    """The last words of the person cues of a language: only after one may a cue end."""
    return _cue_ends(_person_cues(lang))


def person_cue(text: str, lang: str, start: int, floor: int, last: str) -> bool:
    """A phrase before a lone name that marks a person ("anniversary of Abai");
    ``last`` is the word before ``start`` (from :func:`word_before`)."""
    return _cue_before(text, start, floor, last, _person_cues(lang), 24)


def _person_cues(lang: str) -> str:
    """The name of the person-cue file of a language."""
    return f"person_cues.{language_of(lang).code}.txt"


def byline(text: str, start: int, end: int) -> bool:
    """A name of a byline, an author line or a credit, not a person of the text: the
    run at ``start:end`` stands alone on its line ("Almas Zhexenbekov" above
    "Author"), follows a cue of ``data/people/byline_cues.*.tsv`` on its line
    ("Author: ...", "By ...", "автор научной работы — ...", with only other
    names between), or comes before one that ends the line ("... reports.").
    The cues of every language are read: a page quotes its credits in another."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    if not before.strip() and not after.strip(" .,;"):
        return True
    # a credit may also open a clause in brackets or after a semicolon:
    # "(Reporting by Olzhas Auyezov; Editing by Mark Heinrich)"
    clause = before[max(before.rfind(";"), before.rfind("(")) + 1 :]
    for kind, part in (("labelled", before), ("line_start", before), ("line_start", clause)):
        if _may_hold_cue(part, kind):
            match = _byline_pattern(kind).search(part)
            if match is not None and _names_only(part[match.end() :]):
                return True
    if _may_hold_cue(after, "after") and _byline_pattern("after").match(after) is not None:
        return True
    # a name, then its reporter's title, ending a short line of its own at the top or end
    # ("Айгерим Сеитова, корреспондент Kazinform")
    return not before.strip() and _byline_pattern("after_title").match(after) is not None


def _may_hold_cue(part: str, kind: str) -> bool:
    """A cheap test before the cue pattern runs (it runs for few names): a labelled cue
    needs its mark, the others a first word that starts a cue of their kind."""
    if kind == "labelled":
        return any(mark in part for mark in _LABEL_MARKS)
    words = part.split(None, 1)
    return bool(words) and words[0].lower().strip(".,;:!") in _cue_first_words(kind)


@cache
def _cue_first_words(kind: str) -> frozenset[str]:
    rows = datafiles.rows_of_every_language("people", "byline_cues")
    return frozenset(row[0].split()[0].lower() for row in rows if row[1] == kind)


@cache
def _byline_pattern(kind: str) -> re.Pattern[str]:
    """The cues of one kind as a pattern: a labelled cue is followed by a mark, a
    line-start cue starts the line, an after cue ends it."""
    rows = datafiles.rows_of_every_language("people", "byline_cues")
    phrases = _alternatives(row[0] for row in rows if row[1] == kind)
    if kind == "labelled":
        return re.compile(rf"(?:^|[\s,.;(])(?:{phrases})\s*[:—–-]\s*", re.IGNORECASE)
    if kind == "line_start":
        return re.compile(rf"^\s*(?:{phrases})\b[\s:—–-]*", re.IGNORECASE)
    if kind == "after_title":
        return re.compile(
            rf"\s*,\s*(?:an?\s+|the\s+)?(?:{phrases})\b[^.!?,;]{{0,{_TITLE_TAIL}}}\.?\s*$",
            re.IGNORECASE,
        )
    return re.compile(rf"\s+(?:{phrases})\s*[.!]?\s*$", re.IGNORECASE)


def _names_only(between: str) -> bool:
    """Only other names between a cue and the name: capitalised words, initials,
    commas and "and" ("Serikkaliyeva Azhar E., Nadirova Gulnar E., ")."""
    for word in _NAME_LIST_WORD.findall(between):
        if not (word[0].isupper() or word.lower() in role_words("list")):
            return False
    return _NAME_LIST_MARKS.fullmatch(between) is not None


def title_case(text: str, start: int, end: int) -> bool:
    """A sentence in Title Case (a headline, a menu): nearly all its words of four letters
    or more are capitalised, so a capital tells no name from a common word."""
    long_words = capitalised = 0
    for word in _LETTERS.findall(text, start, end):
        if len(word) > _TITLE_CASE_WORD:
            long_words += 1
            capitalised += word[0].isupper()
    return long_words >= _TITLE_CASE_MIN and capitalised >= _TITLE_CASE_SHARE * long_words


def speech_after(text: str, end: int, lang: str) -> bool:
    """A speech verb of ``data/people/speech_verbs.<lang>.txt`` right after ``end``."""
    match = _NEXT_WORD_AFTER.match(text, end)
    return match is not None and match.group(1).lower() in _speech_verbs(lang)


@cache
def _speech_verbs(lang: str) -> frozenset[str]:
    return word_set("people", f"speech_verbs.{language_of(lang).code}.txt")


def listed_between(text: str, end: int, start: int) -> bool:
    """Two items of one list of people: ``text[end:start]`` is a comma or "and", after
    an optional "of" and a place ("Kofi Annan of Ghana, Nelson Mandela")."""
    return _LIST_GAP.fullmatch(text, end, start) is not None
