"""Token-sequence lookup: one pass over a text finds every entry of a lexicon.

Gazetteers (countries, organisations, context cues) and theme lexicons are
lists of word sequences. Rather than one regular expression per entry, the
text is cut into word tokens once, each token is normalised (lower-cased, or
lemmatised for languages listed in ``data/partners/normalisers.tsv``), and
entries are kept in a trie of normalised tokens. What a word may start is
worked out once per written form and remembered, so the cost is one dict
probe per token whatever the size of the lexicon, and one more per word of
a longer entry that the text goes on to follow.

An entry token ending in ``*`` matches any token that starts with it
("universit*"), which stands in for stemming in languages without an
analyser. An entry written with a capital (``Georgia``) matches only a
capitalised word; one written in capitals (``US``) only a word in capitals.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Literal, NamedTuple

from briefing import datafiles
from briefing.extract.text import morph

Case = Literal["any", "title", "upper"]

# Letters only: hyphens, apostrophes and digits separate tokens, so
# "Kazakh-German" gives two tokens and "Italy's" gives "Italy" and "s".
_WORD_SPLIT = re.compile(r"([^\W\d_]+)")  # split() gives gap, word, gap, word, ..., gap
# What may stand between two tokens of one entry ("Abu Dhabi", "Abu-Dhabi", "U.S.",
# "Côte d'Ivoire", "master's").
_JOINER = re.compile(r"[\s.\-‐‑–'’]{0,3}")


class Token(NamedTuple):
    """A word of the text with its offsets and its normal form."""

    start: int
    end: int
    surface: str
    norm: str


class Words:
    """The words of a text as parallel lists (start and end offsets, written and normal
    forms). Tokens are made only when a caller first asks for some, and then for every
    word at once: a reader that needs only the lists (partners) makes none."""

    __slots__ = ("_tokens", "ends", "norms", "starts", "surfaces")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        surfaces: list[str],
        norms: list[str],
        tokens: list[Token] | None = None,
    ) -> None:
        self.starts = starts
        """Start offsets, for bisecting."""
        self.ends = ends
        self.surfaces = surfaces
        self.norms = norms
        self._tokens = tokens

    def tokens(self, low: int, high: int) -> list[Token]:
        """The words ``low`` to ``high`` (exclusive) as tokens."""
        if self._tokens is None:
            fields = zip(self.starts, self.ends, self.surfaces, self.norms, strict=True)
            self._tokens = [
                Token(start=start, end=end, surface=surface, norm=norm)
                for start, end, surface, norm in fields
            ]
        return self._tokens[low:high]


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: normalised tokens, a case rule and what it stands for."""

    tokens: tuple[str, ...]
    case: Case
    value: tuple[str, ...]
    quiet: bool = False
    """Matched, so that it holds its words against other entries, but not reported."""


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
    rows = datafiles.rows("partners", "normalisers.tsv")
    return {row[0]: row[1].strip() for row in rows if len(row) == 2}


@cache
def _forms(lang: str) -> dict[str, str]:
    """Inflected form -> lemma for every lexicon word (``data/partners/forms.<lang>.tsv``)."""
    rows = datafiles.rows("partners", f"forms.{lang}.tsv")
    return {row[0]: row[1] for row in rows if len(row) == 2}


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


class _Node:
    """A trie node: the entries that end here and the tokens that may come next."""

    __slots__ = ("ends", "exact", "prefix")

    def __init__(self) -> None:
        self.ends: list[tuple[tuple[int, int, int], Entry]] = []
        """Entries ending here with their rank (longest, exact head, file order first)."""
        self.exact: dict[str, _Node] = {}
        self.prefix: list[tuple[str, _Node]] = []
        """Children for a prefix token ("universit*"), keyed by the prefix without ``*``."""

    def child(self, token: str) -> _Node:
        if token.endswith("*"):
            stem = token[:-1]
            for known, node in self.prefix:
                if known == stem:
                    return node
            node = _Node()
            self.prefix.append((stem, node))
            return node
        return self.exact.setdefault(token, _Node())

    def next(self, norm: str) -> list[_Node]:
        """The children that a word of this normal form leads to."""
        found = [node for stem, node in self.prefix if norm.startswith(stem)]
        child = self.exact.get(norm)
        return [child, *found] if child is not None else found


class _Start(NamedTuple):
    """Where a word that may begin a longer entry leads in the trie."""

    nodes: tuple[_Node, ...]
    best: Entry | None
    """The best entry of this one word, if the longer ones are not followed."""
    follow: dict[str, _Node] | None
    """The words that may come next, when one dict says it (``None``: walk to see)."""


_Head = Entry | _Start
"""What a written form may start: one entry of one word, or a path through the trie."""


class Lexicon:
    """Entries in a trie of normalised tokens; first tokens indexed for one dict probe a word.

    ``also_normalise`` lists words that are not entries but whose normal form
    callers compare (theme list words), so that they are lemmatised like entries.
    """

    def __init__(
        self, lang: str, entries: Iterable[Entry], also_normalise: Iterable[str] = ()
    ) -> None:
        self.lang = lang
        self._root = _Node()
        stems: set[str] = set()
        listed = set(_forms(lang).values()) if uses_lemmas(lang) else set()
        for order, entry in enumerate(entries):
            node = self._root
            for token in entry.tokens:
                node = node.child(token)
            rank = (-len(entry.tokens), entry.tokens[0].endswith("*"), order)
            node.ends.append((rank, entry))
            # Words whose forms are listed need no analyser: only the others' stems are kept.
            stems.update(t.rstrip("*")[:STEM] for t in entry.tokens if t.rstrip("*") not in listed)
        stems.update(w[:STEM] for w in also_normalise if w not in listed)
        self._prefix_heads: dict[str, list[tuple[str, _Node]]] = {}
        for stem, node in self._root.prefix:
            self._prefix_heads.setdefault(stem[:STEM], []).append((stem, node))
        self._stems = frozenset(stems) if uses_lemmas(lang) else frozenset()
        self._words: dict[str, _Head | None] = {}
        """Surface form -> what a word of that form may start (see :meth:`_remember`)."""
        self._last: tuple[str, _Scan] | None = None

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """The words of ``text[start:end]``, normalised for lookup.

        The whole text is cut and normalised once (and kept for the next
        extractor that asks); lemmatising is the costly step, so a word is
        looked up in the table of the lexicon words' forms, and only words
        whose first letters begin some entry word missing from that table
        are lemmatised.
        """
        words = _text_words(text, self.lang, self._stems)
        end = len(text) if end is None else end
        return words.tokens(bisect_left(words.starts, start), bisect_left(words.starts, end))

    def find(self, text: str, tokens: list[Token]) -> Iterator[Match]:
        """Longest non-overlapping entries over ``tokens``, left to right.

        Among entries of the same length, one whose first word is written in
        full wins over a prefix entry, then the one listed first.
        """
        words = Words(
            [t.start for t in tokens],
            [t.end for t in tokens],
            [t.surface for t in tokens],
            [t.norm for t in tokens],
            tokens,
        )
        heads = self._heads(words)
        starts = [(i, known) for i, known in enumerate(heads) if known]
        yield from _walk(text, words, starts, 0, len(tokens))

    def find_between(self, text: str, start: int, end: int) -> tuple[list[Token], list[Match]]:
        """The words of ``text[start:end]`` and the entries :meth:`find` finds among them.

        A unit where nothing is found gives no tokens at all (``[], []``).
        """
        words, low, high, matches = self.find_words(text, start, end)
        return (words.tokens(low, high), matches) if matches else ([], [])

    def find_words(self, text: str, start: int, end: int) -> tuple[Words, int, int, list[Match]]:
        """The entries :meth:`find` finds in ``text[start:end]``, with the words of the whole
        text and the indexes ``low``, ``high`` of the stretch's first word and the next.

        Made for reading a text unit by unit: the whole text is read once
        (see :meth:`_scan`), so a unit where no entry may start costs a few
        bisections, and no token object is made for any word.
        """
        scan = self._scan(text)
        starts = scan.words.starts
        low = bisect_left(starts, start)
        high = bisect_left(starts, end)
        first, last = bisect_left(scan.marks, low), bisect_left(scan.marks, high)
        heads = zip(scan.marks[first:last], scan.heads[first:last], strict=True)
        return scan.words, low, high, _walk(text, scan.words, heads, low, high)

    def find_each(
        self, text: str, starts: list[int], ends: list[int]
    ) -> tuple[Words, list[tuple[int, int, list[Match]]]]:
        """:meth:`find_words` for many stretches of one text (``text[starts[k]:ends[k]]``):
        the words of the whole text, and for each stretch ``low``, ``high`` and its matches.

        Only the stretches where an entry may start are walked.
        """
        scan = self._scan(text)
        words, marks, heads = scan.words, scan.marks, scan.heads
        found: list[tuple[int, int, list[Match]]] = []
        for start, end in zip(starts, ends, strict=True):
            low, high = bisect_left(words.starts, start), bisect_left(words.starts, end)
            first, last = bisect_left(marks, low), bisect_left(marks, high)
            starting = zip(marks[first:last], heads[first:last], strict=True)
            matches = _walk(text, words, starting, low, high) if first < last else []
            found.append((low, high, matches))
        return words, found

    def _scan(self, text: str) -> _Scan:
        """The tokens of ``text`` and where an entry may start (kept for the last text)."""
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        words = _text_words(text, self.lang, self._stems)
        heads = self._heads(words, _norms(self.lang, self._stems))
        marks: list[int] = []
        starting: list[_Head] = []
        for index, head in enumerate(heads):
            if head is not None:
                marks.append(index)
                starting.append(head)
        scan = _Scan(words=words, marks=marks, heads=starting)
        self._last = (text, scan)
        return scan

    def _heads(self, text: Words, table: Mapping[str, str] | None = None) -> list[_Head | None]:
        """What each word may start (see :meth:`_remember`); ``None`` where nothing.

        Only the written forms this lexicon has not met before are looked at;
        their normal forms are read from ``table`` (the memo the words were
        normalised with) when it still holds them all.
        """
        surfaces = text.surfaces
        words = self._words
        new = set(surfaces).difference(words)
        if not new:
            return [words[surface] for surface in surfaces]
        if len(words) + len(new) > MEMO_SIZE:
            words.clear()
            new = set(surfaces)
        if table is None or not table.keys() >= new:
            table = dict(zip(surfaces, text.norms, strict=True))
        exact, prefixed = self._root.exact, self._prefix_heads
        for surface in new:
            norm = table[surface]
            # Most new words start nothing: their normal form begins no entry, and
            # their first letters begin no prefix entry.
            if norm in exact or norm[:STEM] in prefixed:
                words[surface] = self._remember(surface, norm)
            else:
                words[surface] = None
        return [words[surface] for surface in surfaces]

    def _remember(self, surface: str, norm: str) -> _Head | None:
        """What a word may start (see :data:`_Head`), or ``None``."""
        exact = self._root.exact.get(norm)
        heads = self._prefix_heads.get(norm[:STEM])
        if heads is None:
            if exact is None:
                return None  # the usual case: a word that starts no entry
            nodes: tuple[_Node, ...] = (exact,)
        else:
            found = (n for stem, n in heads if norm.startswith(stem))
            nodes = (exact, *found) if exact is not None else tuple(found)
        best = _best(nodes, surface)
        if any(node.exact or node.prefix for node in nodes):
            follow = nodes[0].exact if len(nodes) == 1 and not nodes[0].prefix else None
            return _Start(nodes, best, follow)
        return best  # entries of one word only (or none): the case rule alone decides


class _Scan(NamedTuple):
    """A text read against one lexicon."""

    words: Words
    marks: list[int]
    """Indexes of the tokens that may start an entry, in text order."""
    heads: list[_Head]
    """What each of those tokens may start (see :meth:`Lexicon._remember`)."""


def _walk(
    text: str, words: Words, starts: Iterable[tuple[int, _Head]], low: int, high: int
) -> list[Match]:
    """Longest non-overlapping entries from the given start words (of words ``low:high``),
    left to right, indexed from ``low``; quiet entries hold their words but are not given."""
    found: list[Match] = []
    free = 0
    norms = words.norms
    for i, known in starts:
        if i < free:
            continue
        if isinstance(known, _Start):
            # Most words that may start a longer entry ("the") are not followed by one.
            follow = known.follow
            if i + 1 < high and (follow is None or norms[i + 1] in follow):
                entry = _longest(text, words, i, high, known)
            else:
                entry = known.best
            if entry is None:
                continue
        else:
            entry = known
        free = i + len(entry.tokens)
        if not entry.quiet:
            found.append(Match(first=i - low, last=free - 1 - low, entry=entry))
    return found


def _best(level: Iterable[_Node], surface: str) -> Entry | None:
    """The best-ranked entry ending at these nodes whose case rule ``surface`` meets."""
    ranked = [end for node in level for end in node.ends if _case_ok(end[1].case, surface)]
    return min(ranked, key=_rank)[1] if ranked else None


def _rank(end: tuple[tuple[int, int, int], Entry]) -> tuple[int, int, int]:
    return end[0]


def _longest(text: str, words: Words, i: int, end: int, start: _Start) -> Entry | None:
    """The best entry starting at word ``i`` (and ending before word ``end``): the longest
    path through the trie wins."""
    surface = words.surfaces[i]
    norms, starts, ends = words.norms, words.starts, words.ends
    best = start.best
    level = start.nodes
    for j in range(i + 1, end):
        norm = norms[j]
        if len(level) == 1 and not level[0].prefix:  # the usual case: one dict probe
            child = level[0].exact.get(norm)
            level = (child,) if child is not None else ()
        else:
            level = tuple(child for node in level for child in node.next(norm))
        if not level or not _JOINER.fullmatch(text, ends[j - 1], starts[j]):
            break
        best = _best(level, surface) or best
    return best


@lru_cache(maxsize=8)
def _split(text: str) -> tuple[list[int], list[int], list[str]]:
    """The start and end offsets of the words of ``text``, and the words.

    Splitting on the word pattern gives gaps and words in turn, so the running
    sum of their lengths gives every offset.
    Kept apart from the normal forms: lexicons that normalise differently (the
    gazetteer and the themes of a language with lemmas) cut a text only once.
    """
    pieces = _WORD_SPLIT.split(text)
    offsets = list(accumulate(len(piece) for piece in pieces))
    return offsets[0:-1:2], offsets[1::2], pieces[1::2]


@lru_cache(maxsize=8)
def _text_words(text: str, lang: str, stems: frozenset[str]) -> Words:
    """Every word of ``text``, normalised for lookup."""
    norms = _norms(lang, stems)
    starts, ends, words = _split(text)
    new = set(words).difference(norms)
    if new:  # words not seen before in this process
        if len(norms) + len(new) > MEMO_SIZE:
            norms.clear()
            new = set(words)
        norms.update(_lookup_forms(list(new), lang, stems))
    return Words(starts, ends, words, [norms[word] for word in words])


@cache
def _norms(lang: str, stems: frozenset[str]) -> dict[str, str]:
    """Remembered lookup forms of words seen so far (one table per language and stem set)."""
    return {}


def _lookup_forms(
    words: list[str], lang: str, stems: frozenset[str]
) -> Iterable[tuple[str, str]]:
    """Each word with its lookup form: lower case, or the lemma when its first letters
    begin a lexicon word (the lexicon words' own forms come from a table).

    Only the few words that need the analyser are lemmatised.
    """
    lowers = [word.lower().replace("ё", "е") for word in words]
    if not uses_lemmas(lang):
        return zip(words, lowers, strict=True)
    forms = _forms(lang)
    found: list[tuple[str, str]] = []
    for word, lower in zip(words, lowers, strict=True):
        form = forms.get(lower)
        if form is None:
            form = normal_form(word, lang) if lower[:STEM] in stems else lower
        found.append((word, form))
    return found
