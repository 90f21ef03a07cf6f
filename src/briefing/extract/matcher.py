"""Token-sequence lookup: one pass over a text finds every entry of a lexicon.

Gazetteers (countries, organisations, context cues) and theme lexicons are
lists of word sequences. Rather than one regular expression per entry, the
text is cut into word tokens once, each token is normalised (lower-cased, or
lemmatised for languages listed in ``data/partners/normalisers.tsv``), and
entries are looked up in a dict keyed by their first token, so the cost is
one dict probe per token whatever the size of the lexicon.

An entry token ending in ``*`` matches any token that starts with it
("universit*"), which stands in for stemming in languages without an
analyser. An entry written with a capital (``Georgia``) matches only a
capitalised word; one written in capitals (``US``) only a word in capitals.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from briefing.extract import morph

Case = Literal["any", "title", "upper"]

# Letters only: hyphens, apostrophes and digits separate tokens, so
# "Kazakh-German" gives two tokens and "Italy's" gives "Italy" and "s".
_WORD = re.compile(r"[^\W\d_]+")
# What may stand between two tokens of one entry ("Abu Dhabi", "Abu-Dhabi", "U.S.").
_JOINER = re.compile(r"[\s.\-‐‑–]{0,3}")


class Token(NamedTuple):
    """A word of the text with its offsets and its normal form."""

    start: int
    end: int
    surface: str
    norm: str


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: normalised tokens, a case rule and what it stands for."""

    tokens: tuple[str, ...]
    case: Case
    value: tuple[str, ...]


class Match(NamedTuple):
    """An entry found at tokens ``first`` to ``last`` (inclusive)."""

    first: int
    last: int
    entry: Entry


def case_of(form: str) -> Case:
    """The case rule a written form implies."""
    if len(form) > 1 and form.isupper():
        return "upper"
    return "title" if form[:1].isupper() else "any"


@cache
def _normalisers() -> dict[str, str]:
    entry = resources.files("briefing") / "data" / "partners" / "normalisers.tsv"
    rows = [line.split("\t") for line in entry.read_text(encoding="utf-8").splitlines()]
    return {row[0]: row[1].strip() for row in rows if len(row) == 2 and not row[0].startswith("#")}


@cache
def _forms(lang: str) -> dict[str, str]:
    """Inflected form -> lemma for every lexicon word (``data/partners/forms.<lang>.tsv``)."""
    entry = resources.files("briefing") / "data" / "partners" / f"forms.{lang}.tsv"
    if not entry.is_file():
        return {}
    rows = (line.split("\t") for line in entry.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


def uses_lemmas(lang: str) -> bool:
    """True when words of ``lang`` are looked up by lemma rather than by lower-cased form."""
    return _normalisers().get(lang) == "lemma"


def normal_form(word: str, lang: str) -> str:
    """The lookup form of one word (lemma or lower case), with ё read as е."""
    norm = morph.lemma(word) if uses_lemmas(lang) else word.lower()
    return norm.replace("ё", "е")


def _case_ok(case: Case, surface: str) -> bool:
    if case == "upper":
        return surface.isupper()
    return case == "any" or surface[:1].isupper()


STEM = 3
"""Prefix entries are indexed by their first letters: one dict probe rules a word out."""
MEMO_SIZE = 200_000  # normal forms whose candidate entries are remembered (words recur)


class Lexicon:
    """Entries indexed by first token; prefix entries by their first :data:`STEM` letters."""

    def __init__(self, lang: str, entries: Iterable[Entry]) -> None:
        self.lang = lang
        self._exact: dict[str, list[Entry]] = {}
        self._prefix: dict[str, list[Entry]] = {}
        stems: set[str] = set()
        listed = set(_forms(lang).values()) if uses_lemmas(lang) else set()
        for entry in entries:
            head = entry.tokens[0]
            if head.endswith("*"):
                self._prefix.setdefault(head[:STEM], []).append(entry)
            else:
                self._exact.setdefault(head, []).append(entry)
            # Words whose forms are listed need no analyser: only the others' stems are kept.
            stems.update(t.rstrip("*")[:STEM] for t in entry.tokens if t.rstrip("*") not in listed)
        for group in (*self._exact.values(), *self._prefix.values()):
            group.sort(key=lambda e: -len(e.tokens))
        self._stems = frozenset(stems) if uses_lemmas(lang) else frozenset()
        self._memo: dict[str, tuple[Entry, ...]] = {}

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """The words of ``text[start:end]``, normalised for lookup.

        The whole text is cut and normalised once (and kept for the next
        extractor that asks); lemmatising is the costly step, so a word is
        looked up in the table of the lexicon words' forms, and only words
        whose first letters begin some entry word missing from that table
        are lemmatised.
        """
        every = _text_tokens(text, self.lang, self._stems)
        end = len(text) if end is None else end
        starts = _starts(text, self.lang, self._stems)
        return every[bisect_left(starts, start) : bisect_left(starts, end)]

    def find(self, text: str, tokens: list[Token]) -> Iterator[Match]:
        """Longest non-overlapping entries over ``tokens``, left to right."""
        memo = self._memo
        i = 0
        while i < len(tokens):
            token = tokens[i]
            candidates = memo.get(token.norm)
            if candidates is None:
                candidates = self._remember(token.norm)
            entry = _first_match(text, tokens, i, candidates) if candidates else None
            if entry is None:
                i += 1
                continue
            yield Match(i, i + len(entry.tokens) - 1, entry)
            i += len(entry.tokens)

    def _remember(self, norm: str) -> tuple[Entry, ...]:
        """The entries that may start at a word of this normal form, longest first."""
        prefixed = [
            e for e in self._prefix.get(norm[:STEM], ()) if norm.startswith(e.tokens[0][:-1])
        ]
        found = (*self._exact.get(norm, ()), *prefixed)
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[norm] = tuple(sorted(found, key=lambda e: -len(e.tokens)))
        return self._memo[norm]


def _first_match(
    text: str, tokens: list[Token], i: int, candidates: tuple[Entry, ...]
) -> Entry | None:
    surface = tokens[i].surface
    for entry in candidates:
        if not _case_ok(entry.case, surface):
            continue
        if len(entry.tokens) == 1 or _rest_matches(text, tokens, i, entry):
            return entry
    return None


@lru_cache(maxsize=8)
def _text_tokens(text: str, lang: str, stems: frozenset[str]) -> list[Token]:
    norms = _norms(lang, stems)
    found: list[Token] = []
    for m in _WORD.finditer(text):
        word = m.group()
        norm = norms.get(word)
        if norm is None:
            norm = _remember_norm(norms, word, lang, stems)
        found.append(Token(m.start(), m.end(), word, norm))
    return found


@cache
def _norms(lang: str, stems: frozenset[str]) -> dict[str, str]:
    """Remembered lookup forms of words seen so far (one table per language and stem set)."""
    return {}


def _remember_norm(norms: dict[str, str], word: str, lang: str, stems: frozenset[str]) -> str:
    lower = word.lower().replace("ё", "е")
    forms = _forms(lang) if uses_lemmas(lang) else {}
    if lower in forms:
        lower = forms[lower]
    elif stems and lower[:STEM] in stems:
        lower = normal_form(word, lang)
    if len(norms) >= MEMO_SIZE:
        norms.clear()
    norms[word] = lower
    return lower


@lru_cache(maxsize=8)
def _starts(text: str, lang: str, stems: frozenset[str]) -> list[int]:
    return [token.start for token in _text_tokens(text, lang, stems)]


def _token_matches(pattern: str, norm: str) -> bool:
    return norm.startswith(pattern[:-1]) if pattern.endswith("*") else norm == pattern


def _rest_matches(text: str, tokens: list[Token], i: int, entry: Entry) -> bool:
    if i + len(entry.tokens) > len(tokens):
        return False
    for offset, pattern in enumerate(entry.tokens[1:], 1):
        token = tokens[i + offset]
        if not _token_matches(pattern, token.norm):
            return False
        if not _JOINER.fullmatch(text, tokens[i + offset - 1].end, token.start):
            return False
    return True
