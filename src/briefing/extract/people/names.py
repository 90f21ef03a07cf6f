"""Runs of capitalised words: the candidates from which people are read.

A run is a sequence of capitalised words (or initials) separated by single
spaces, with name particles ("al", "van", "de") allowed inside. The run is
the raw material; :mod:`briefing.extract.people.persons` decides which part of it,
if any, is a personal name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from briefing.extract.text.lexicons import east_asian_family_names, patronymic_words, word_set

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІŞÇĞİ"
# The tokens of a run with initials (patterns here are compiled at first use: see _compiled).
_TOKEN = (
    rf"(?P<init>(?:[{_UPPER}]\.\s?){{1,3}})(?=[{_UPPER}][^\W\d_]|$)"
    r"|(?P<word>[^\W\d_](?:[\w'’-]*[^\W\d_])?)(?<!['’]s)"
)
_LOWER_CYRILLIC = "[а-яёәғқңөұүһі]"
# A lower-case Cyrillic letter glued to a capital: a space the source lost.
_GLUE = f"{_LOWER_CYRILLIC}(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])"
# The rest of a capitalised word (not a possessive "'s").
_WORD_REST = r"(?:[\w'’-]*[^\W\d_])?(?<!['’]s)"


class Token(NamedTuple):
    """One word or group of initials, with offsets into the text."""

    start: int
    end: int
    text: str
    initials: bool = False

    @property
    def lower(self) -> str:
        """The word in lower case, for lexicon look-ups."""
        return self.text.lower()


def find_runs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Runs of capitalised tokens in ``text[start:end]``, in order, as matches of one
    compiled pattern: only capitalised stretches (a small part of any text) are
    ever cut into tokens, by :func:`run_tokens`."""
    return _run_pattern().finditer(text, start, end)


def run_tokens(words: str) -> tuple[Token, ...] | None:
    """The tokens of a run found by :func:`find_runs`, offsets counted from its start.

    None for a run of one plain word (no space, no initials, no glued Cyrillic
    words): the usual run, which is its own token, so the caller needs none made.
    """
    if plain_word(words):
        return None
    return tuple(_split_run(words, 0))


def plain_word(words: str) -> bool:
    """True for a run of one plain word: no space, no initials, no glued Cyrillic words."""
    return (
        " " not in words
        and "." not in words
        and "\u00a0" not in words
        and (words.isascii() or _compiled(_GLUE).search(words) is None)
    )


def _split_run(words: str, offset: int) -> list[Token]:
    """The tokens of a run of several words.

    Without initials, every word of a run is capitalised or an inner particle
    (the pattern joins nothing else), so only runs with initials need the
    particle filter. Only Cyrillic words are glued, and a glued word shows in a
    search of the whole run, so most runs are never searched word by word.
    """
    glued = not words.isascii() and _compiled(_GLUE).search(words) is not None
    if "." not in words:
        tokens = _plain_tokens(words, offset)
        return _unglued(tokens) if glued else tokens
    tokens = _initials_tokens(words, offset)
    tokens = _unglued(tokens) if glued else tokens
    return _trim_particles(
        [t for t in tokens if t.initials or _capitalised(t.text) or t.text.lower() in particles()]
    )


def _plain_tokens(words: str, offset: int) -> list[Token]:
    """A run without initials: its words, each set off by one space (a string
    split, several times cheaper than a token pattern)."""
    tokens: list[Token] = []
    for word in words.split():
        end = offset + len(word)
        tokens.append(Token(start=offset, end=end, text=word))
        offset = end + 1
    return tokens


def _initials_tokens(words: str, offset: int) -> list[Token]:
    """A run with initials ("A.Muhamediuly", "M. M. Lebedeva"), cut by the token pattern."""
    tokens: list[Token] = []
    for match in _compiled(_TOKEN).finditer(words):
        start = offset + match.start()
        if match.lastgroup == "init":
            raw = match.group().rstrip()
            tokens.append(Token(start=start, end=start + len(raw), text=raw, initials=True))
        else:
            word = match.group()
            tokens.append(Token(start=start, end=start + len(word), text=word))
    return tokens


def _unglued(tokens: list[Token]) -> list[Token]:
    """Cyrillic words the source glued together ("работыЕржана") split back into two.

    A lower-case letter directly followed by a capital inside a Cyrillic word
    is a lost space; Latin words keep theirs ("McDonald", "DeVito").
    """
    out: list[Token] = []
    for token in tokens:
        cut = _compiled(_GLUE).search(token.text) if not token.initials else None
        while cut is not None:
            split = token.start + cut.end()
            out.append(Token(start=token.start, end=split, text=token.text[: cut.end()]))
            token = Token(start=split, end=token.end, text=token.text[cut.end() :])
            cut = _compiled(_GLUE).search(token.text)
        out.append(token)
    return out


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled at first use: a one-file parse pays only for those it needs
    (glued words occur only in Cyrillic text, initials in few runs)."""
    return re.compile(pattern)


@cache
def _run_pattern() -> re.Pattern[str]:
    # Every run starts with a capital, and the pattern starts with it too, so
    # that the regex engine skips ahead to capitals instead of trying each
    # position; the word boundary is checked behind the capital.
    start = rf"[{_UPPER}](?:(?<![\w'’-].)|(?<={_LOWER_CYRILLIC}.))"
    first = rf"{start}(?:\.\s?(?:[{_UPPER}]\.\s?){{0,2}}(?=[{_UPPER}][^\W\d_])|{_WORD_REST})"
    initials = rf"(?:[{_UPPER}]\.\s?){{1,3}}(?=[{_UPPER}][^\W\d_])"
    # a lone capital before a full stop is an initial, never a word of the run; Russian
    # writes no initials between words ("Сапаров Е.Т. Позже ...": a new sentence follows)
    word = (
        rf"(?:(?<![{_LOWER_CYRILLIC[1:-1]}][ \u00a0]){initials}"
        rf"|(?![{_UPPER}]\.)[{_UPPER}]{_WORD_REST})"
    )
    glue = "|".join(sorted(particles(), key=len, reverse=True))
    # up to two particles between words ("van den Broek", "de la Cruz", "bin Rashid"),
    # the last one may be glued to the next word by a hyphen ("Osama el-Baz")
    join = rf"(?:(?<=\.)|(?<=\. )|[ \u00a0](?:(?:{glue})[ \u00a0]){{0,2}}(?:(?:{glue})-)?)"
    # a patronymic word written apart closes the run ("Азамат Исак уулу"), and so do
    # initials after a word with a Cyrillic surname ending ("Жумагалиев А.К.", as
    # official lists write; "Президент Н.А. Назарбаев" is a role and a name)
    last = "|".join(sorted(patronymic_words(), key=len, reverse=True))
    surname = "|".join(
        [f"(?<={ending})" for ending in sorted(_surname_endings()) if not ending.isascii()]
        + [f"(?<=\\b{name})" for name in sorted(east_asian_family_names()) if len(name) > 1]
    )
    # each alternative opens with a lookahead on the next two letters, so that the end of
    # most runs is passed at once (the surname lookbehinds cost 0.08 ms a document)
    tail = (
        rf"(?=[ \u00a0][{_LOWER_CYRILLIC[1:-1]}])[ \u00a0](?:{last})(?![\w-])"
        rf"|(?=[ \u00a0][А-ЯЁ]\.)(?:{surname})[ \u00a0](?:[А-ЯЁ]\.\s?){{0,2}}[А-ЯЁ]\.(?!\w)"
    )
    return re.compile(rf"{first}(?:{join}{word})*(?:{tail})?")


def _trim_particles(run: list[Token]) -> list[Token]:
    while run and not (
        run[-1].initials or _capitalised(run[-1].text) or run[-1].text in patronymic_words()
    ):
        run = run[:-1]
    return run


def _capitalised(word: str) -> bool:
    """A capitalised word, or one behind a particle and a hyphen ("el-Baz", "аль-Муайни")."""
    if word[0].isupper():
        return True
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle.lower() in particles()


def surname_shaped(word: str) -> bool:
    """True when the word ends like a surname of the regions we read."""
    return len(word) > 3 and word.lower().endswith(_surname_endings())


@cache
def _surname_endings() -> tuple[str, ...]:
    """The endings of ``data/people/surname_endings.txt`` (a tuple: ``str.endswith`` takes one)."""
    return tuple(sorted(word_set("people", "surname_endings.txt")))


@cache
def particles() -> frozenset[str]:
    """Lower-case name particles ("al", "van", "de"), and the patronymic words written
    apart ("Ильхам Гейдар оглы Алиев"), which stand inside a name the same way."""
    return word_set("people", "particles.txt") | patronymic_words()


@cache
def country_words() -> frozenset[str]:
    """Lower-cased words of English country names (never a given name).

    Read from ``data/people/country_words.txt``, which is generated from
    pycountry (see ``tools/data/build_country_words.py``): importing pycountry
    and loading its database at run time would cost a one-file parse ~20 ms.
    """
    return word_set("people", "country_words.txt")
