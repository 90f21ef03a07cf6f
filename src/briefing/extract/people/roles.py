"""Role phrases next to a name: "the Minister of Culture of Kazakhstan A.Muhamediuly",
"Askhat Aimagambetov, the Minister of Education,", "посол Абзал Сапарбекұлы".

A role phrase starts at a role word (a title, office or occupation from
``data/people/roles.*.txt``) and runs through capitalised words and the
connectors that hold an office's name together ("of", "the", "to").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache, partial
from itertools import islice

from briefing.extract.people.context import role_words
from briefing.extract.text.languages import language_of
from briefing.extract.text.lexicons import roles

_WORD = r"[^\W\d_][\w'’.-]*|[,;:()\"“”«»]"  # compiled at first use: see _words
_LOOKBACK = 160  # characters: long enough for "the Minister of ... of the Republic of Kazakhstan"
_LOOKAHEAD = 120
_STEM = 3


@lru_cache(maxsize=65536)
def is_role_word(word: str, lang: str) -> bool:
    """True when the word names a role, office or occupation (memoised per word)."""
    lower = word.lower().rstrip(".")
    table = roles(lang)
    if lower in table:
        return True
    language = language_of(lang)
    if language.inflected and lower[:_STEM] in _stems(lang) and not lower.isascii():
        return language.lemma(lower) in table  # an inflected form of a role ("министром")
    return False


@cache
def _words() -> re.Pattern[str]:
    """The word pattern of role phrases, compiled when a text first has a name to read back from."""
    return re.compile(_WORD)


@cache
def _stems(lang: str) -> frozenset[str]:
    """First letters of every role lemma: a word that starts otherwise needs no analysis
    (inflection changes the end of a Russian word, not its start)."""
    return frozenset(role[:_STEM] for role in roles(lang))


def role_before(text: str, start: int, floor: int, lang: str) -> tuple[str | None, bool]:
    """The role phrase ending right before ``start`` (not before ``floor``).

    The flag says whether the phrase is next to the name: its last word is a
    role word ("Ambassador Idrissov") or a comma sets the name off ("the
    Ambassador of Kazakhstan to Italy, Yerbolat Sembayev"). Only such a role
    makes a run of capitalised words a person on its own: "the Minister of
    Foreign Affairs" has a role before "Foreign Affairs" but no person.
    """
    back = _words_back(text, max(floor, start - _LOOKBACK), start)
    read: list[tuple[int, str]] = []  # the words read so far, the last word first
    role_at: int | None = None
    kind_of = _word_kinds(lang)
    for index, (offset, word) in enumerate(back):
        read.append((offset, word))
        if word == "," and index == 0:
            continue
        kind = kind_of(word)
        if kind == _ROLE:
            role_at = index
        elif kind == _STOP or (kind == _AND_WORD and role_at is not None):
            break
    if role_at is None:
        return None, False
    last = read[0][1]
    if last == ",":
        read.extend(islice(back, 3 - len(read)) if len(read) < 3 else ())
    adjacent = (
        is_role_word(last, lang)
        or role_complement(last, lang)  # "министром культуры Ержаном": the office ends there
        or (last == "," and not _ends_in_name([word for _, word in read[2:0:-1]]))
    )
    role = _clean(text[read[role_at][0] : start])
    return (nominative_role(role, lang) if role else None), adjacent


def nominative_role(role: str, lang: str) -> str:
    """The role phrase with its head word in the nominative ("министром культуры" gives
    "министр культуры"); as written in a language without cases."""
    if not language_of(lang).inflected:
        return role
    head, _, rest = role.partition(" ")
    return " ".join(filter(None, (language_of(lang).nominative(head), rest)))


_ROLE, _AND_WORD, _GOES_ON, _STOP = "role", "and", "goes on", "stop"  # kinds of word


@cache
def _word_kinds(lang: str) -> Callable[[str], str]:
    """:func:`_word_kind` for one language, memoised per word: a role phrase is read
    back word by word, and the same words ("of", "the", "Minister") recur."""
    return lru_cache(maxsize=65536)(partial(_word_kind, lang=lang))


def _word_kind(word: str, lang: str) -> str:
    """What a word says to the backward walk of :func:`role_before`: a role word;
    "and", which ends a phrase already holding a role; a word the phrase goes on
    through (capitalised, a connector, a Russian genitive complement); else stop."""
    if is_role_word(word, lang):
        return _ROLE
    lower = word.lower()
    if lower in role_words("and"):
        return _AND_WORD
    if word[0].isupper() or lower in role_words("connector") or role_complement(word, lang):
        return _GOES_ON
    return _STOP


def _words_back(text: str, begin: int, end: int) -> Iterator[tuple[int, str]]:
    """The words (and punctuation) of ``text[begin:end]`` with their offsets, the last first.

    Read lazily, since the phrase usually stops a few words back: the window
    is cut at white space (no word of the pattern holds any), each piece is
    found again with ``rfind`` from the right for its offset, and only a piece
    that is not one plain word goes through the word pattern.
    """
    for piece in reversed(text[begin:end].split()):
        end = text.rfind(piece, begin, end)
        if piece.isalpha():
            yield end, piece
        else:
            for match in reversed(list(_words().finditer(piece))):
                yield end + match.start(), match.group()


@lru_cache(maxsize=65536)
def role_complement(word: str, lang: str) -> bool:
    """A lower-case genitive word that completes an office's name:
    "министр науки и высшего образования", "ректор университета"."""
    return language_of(lang).genitive_complement(word)


def _ends_in_name(words: list[str]) -> bool:
    """True when the phrase ends with two capitalised words: another person's name
    ("Ambassador Agalar Atamoglanov, Trend reports"), not an office."""
    return len(words) == 2 and all(w[0].isupper() and not w.isupper() for w in words)


def role_after(text: str, end: int, ceiling: int, lang: str) -> str | None:
    """An apposition after the name: ", the Minister of Education," gives its role."""
    match = _apposition().match(text, end, min(ceiling, end + _LOOKAHEAD))
    if not match:
        return None
    words = match.group(1).split()
    if not words or not any(is_role_word(w, lang) for w in words[:3]):
        return None
    connectors = role_words("connector")
    for word in words:
        if word[0].islower() and word not in connectors and not is_role_word(word, lang):
            return None  # a clause ("Kazinform correspondent reports"), not an apposition
    return _clean(match.group(1))


def _clean(phrase: str) -> str | None:
    phrase = _spaces().sub(" ", phrase).strip(" ,")
    return phrase or None


@cache
def _apposition() -> re.Pattern[str]:
    """A comma, then the phrase up to the next punctuation (compiled at first use)."""
    return re.compile(r"\s*,\s*(?:the\s+)?([^,;.()]+)")


@cache
def _spaces() -> re.Pattern[str]:
    return re.compile(r"\s+")
