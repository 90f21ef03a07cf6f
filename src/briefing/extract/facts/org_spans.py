"""Where organisation names stand in a sentence, grown from their head word.

An English name is a run of capitalised words around a capitalised head
word ("Al-Farabi Kazakh National University", "Ministry of Culture of the
Republic of Kazakhstan"), with "of", "for", "and", "named after" inside it
when a capitalised word follows. A Russian name starts with a capitalised
head or adjective ("Казахский национальный университет") and runs on
through genitive words, "имени …" and a quoted name ("Министерство культуры
Республики Казахстан", «Университет «Туран»»). A head word alone ("the
University", "министерство") is not a name: something proper must go with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from briefing import datafiles
from briefing.extract.people.names import country_words
from briefing.extract.text.languages import Language, language_of
from briefing.extract.text.lexicons import org_types, roles, word_set
from briefing.extract.text.phrase_words import Words
from briefing.extract.topics.gazetteer import gazetteer, hit

NOT_ORGANISATION = frozenset({"event", "award", "place", "programme"})
"""Head-word types of ``org_types`` that name events, awards, places or programmes."""
MAX_WORDS = 12  # longer runs are headings or lists, not one name
_WORD_START = re.compile(r"\b(\w{3,4})\w*")
"""The first four letters of each word of three or more (where a head's stem would be)."""
_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


class OrgSpan(NamedTuple):
    """An organisation name found in the text."""

    start: int
    end: int
    type: str


@cache
def _heads(lang: str) -> dict[str, str]:
    return {k: v for k, v in org_types(lang).items() if v not in NOT_ORGANISATION}


@cache
def _words(code: str, kind: str) -> frozenset[str]:
    """The words of one kind in ``data/facts/org_words.<code>.tsv``: the connectors
    inside a name, the words it does not end with, and so on (see that file)."""
    rows = datafiles.rows("facts", f"org_words.{code}.tsv")
    return frozenset(row[0].strip() for row in rows if row[1].strip() == kind)


@cache
def _stems(lang: str) -> frozenset[str]:
    """The first four letters of every head (an inflected head keeps them in every case)."""
    return frozenset(head[:4] for head in _heads(lang))


def _may_hold_head(text: str, start: int, end: int, language: Language) -> bool:
    """A cheap test that a sentence may hold a head word at all."""
    if language.inflected:
        starts = _WORD_START.findall(text, start, end)
        return any(word.lower() in _stems(language.code) for word in starts)
    return _capital_head(language.code).search(text, start, end) is not None


@cache
def _capital_head(code: str) -> re.Pattern[str]:
    """A capitalised word whose letters (``\\b[A-Z][a-z]+``) are a head word ("Ministry").

    Grouped by capital, with the look behind after it, so that the scan jumps
    from capital to capital and tries only the heads of that letter.
    """
    by_capital: dict[str, list[str]] = {}
    for head in _heads(code):
        if re.fullmatch("[a-z]{2,}", head):
            by_capital.setdefault(head[0].upper(), []).append(re.escape(head[1:]))
    branches = [
        f"{capital}(?<!\\w.)(?:{'|'.join(sorted(rests))})" for capital, rests in by_capital.items()
    ]
    return re.compile(f"(?:{'|'.join(sorted(branches))})(?![a-z])")


def organisation_spans(text: str, start: int, end: int, lang: str) -> tuple[OrgSpan, ...]:
    """Organisation names in ``text[start:end]`` (one sentence), left to right."""
    known = _spans_read(text, lang)
    found = known.get((start, end))
    if found is None:
        found = known[start, end] = _spans(text, start, end, lang)
    return found


@lru_cache(maxsize=2)
def _spans_read(text: str, lang: str) -> dict[tuple[int, int], tuple[OrgSpan, ...]]:
    """The names already read in a text, per sentence (agreements read theirs again)."""
    del text, lang  # the key of the memo
    return {}


def _spans(text: str, start: int, end: int, lang: str) -> tuple[OrgSpan, ...]:
    language = language_of(lang)
    if not _may_hold_head(text, start, end, language):
        return ()
    ws = Words(text, start, end)
    found: list[OrgSpan] = []
    after = 0  # the word after the last name found
    for head, kind in _head_words(ws, language):
        if head < after:
            continue
        if language.inflected:
            first, last = _grow_inflected(text, ws, head, language)
        else:
            first, last = _grow_capitalised(ws, head, language.code)
        span = _accepted(text, ws, first, last, head, language)
        if span is not None:
            found.append(OrgSpan(span[0], span[1], kind))
            after = max(head, last) + 1
    return tuple(found)


def _head_words(ws: Words, language: Language) -> list[tuple[int, str]]:
    """The head words of a sentence (their index and type), in order: in an inflected
    language any word whose lemma is a head, else a capitalised head word."""
    found: list[tuple[int, str]] = []
    heads = _heads(language.code)
    for index, word in enumerate(ws.text):
        if language.inflected:
            kind = _inflected_head_type(word, language.code)
        else:
            kind = heads.get(ws.lower[index]) if ws.capital[index] else None
        if kind is not None:
            found.append((index, kind))
    return found


@lru_cache(maxsize=16384)
def _inflected_head_type(word: str, code: str) -> str | None:
    """The head-word type of a word as written (memoised: asks for its lemma)."""
    lower = word.lower()
    heads = _heads(code)
    if lower[:4] not in _stems(code) and lower not in heads:
        return None
    return heads.get(language_of(code).lemma(word))


def _grow_capitalised(ws: Words, head: int, code: str) -> tuple[int, int]:
    """A name of capitalised words around the head, joined by the connectors of the data."""
    first = head
    while first > 0 and ws.capital[first - 1] and ws.tight(first):
        if _country_possessive(ws.text[first - 1]):
            break
        first -= 1
    last, i = head, head + 1
    role_words = roles(code)
    while i < ws.size and i - first < MAX_WORDS and ws.tight(i):
        lower = ws.lower[i]
        if ws.capital[i] and lower not in role_words:
            last = i
        elif (lower in _words(code, "and") and _another_name(ws, head, i, code)) or not _connector(
            ws, i, head, code
        ):
            break
        i += 1
    return first, last


def _country_possessive(word: str) -> bool:
    """ "Kazakhstan's Ministry" is the Ministry; "King's College" is one name."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() in country_words()


def _another_name(ws: Words, head: int, i: int, code: str) -> bool:
    """True unless "and" joins two parts of one name ("Ministry of Education and Science")."""
    if not any(w in _words(code, "of") for w in ws.lower[head + 1 : i]):
        return True
    i += 1
    if i < ws.size and ws.lower[i] in _words(code, "after_inner"):
        return True
    while i < ws.size and ws.capital[i] and ws.tight(i):
        if ws.lower[i] in _heads(code):
            return True
        i += 1
    return False


def _connector(ws: Words, i: int, head: int, code: str) -> bool:
    """A word inside a capitalised name ("of", "for", "named after", "in" after "Embassy")."""
    lower, inner = ws.lower[i], _words(code, "inner")
    if lower in inner or (lower in _words(code, "after_inner") and ws.lower[i - 1] in inner):
        return True
    if lower == "named" and i + 1 < ws.size and ws.lower[i + 1] == "after":
        return True
    if lower == "after" and ws.lower[i - 1] == "named":
        return True
    return lower in _words(code, "in") and ws.lower[head] in _words(code, "in_after")


def _grow_inflected(text: str, ws: Words, head: int, language: Language) -> tuple[int, int]:
    """A name that starts at a capitalised head or adjective and runs on through
    genitive words, a namesake phrase and a quoted name."""
    first = head
    while (
        first > 0
        and head - first < 3
        and language.adjective(ws.text[first - 1])
        and ws.tight(first)
    ):
        first -= 1
    while first < head and not ws.capital[first]:
        first += 1
    last = _quoted_after(text, ws, head)
    i = last + 1
    while i < ws.size and i - first < MAX_WORDS and _inflected_gap_ok(ws, i):
        step = _inflected_step(ws, i, head, language)
        if step == 0:
            break
        last = i + step - 1
        i += step
    return first, last


def _inflected_gap_ok(ws: Words, i: int) -> bool:
    return ws.tight(i) or ws.gap[i].strip() in (".", "«", '"')


def _inflected_step(ws: Words, i: int, head: int, language: Language) -> int:
    """How many words from ``i`` belong to the name (0: the name ends before ``i``)."""
    word, lower, capital, code = ws.text[i], ws.lower[i], ws.capital[i], language.code
    if lower in _words(code, "namesake"):
        return 1 + _capitalised_run(ws, i + 1)
    if lower in _words(code, "and") and i + 1 < ws.size and language.genitive(ws.text[i + 1]):
        return 2
    if lower in _words(code, "about") and i + 1 < ws.size and not ws.capital[i + 1]:
        return 2  # "Комитет по делам молодёжи", "комиссия по сотрудничеству"
    if lower in _words(code, "in") and i + 1 < ws.size and ws.capital[i + 1]:
        embassy = _heads(code).get(language.lemma(ws.text[head])) == "embassy"
        return 2 if embassy else 0
    if len(lower) < 3 and not word.isupper():
        return 0
    if capital and not _proper_tail(word, code):
        return 0  # a person's name after the title ("… культуры Асылов"), not part of it
    if lower in roles(code) or language.lemma(word) in roles(code):
        return 0
    if capital and ws.capital[i - 1] and i - 1 != head:
        return 1  # "Республики Казахстан": a name in the nominative after its genitive title
    return 1 if language.genitive(word) else 0


@lru_cache(maxsize=16384)
def _proper_tail(word: str, code: str) -> bool:
    """A capitalised word that continues an inflected name: an acronym, a place, "Республики"."""
    if word.isupper() or language_of(code).lemma(word) in _words(code, "state_title"):
        return True
    lexicon = gazetteer(code)
    return any(hit(m, 0, 0).is_place for m in lexicon.find(word, lexicon.tokens(word)))


def _capitalised_run(ws: Words, i: int) -> int:
    count = 0
    while i + count < ws.size and count < 4:
        at = i + count
        if not (ws.capital[at] or ws.lower[at] in word_set("people", "particles.txt")):
            break
        if count and not ws.tight(at):
            break
        count += 1
    return count


def _quoted_after(text: str, ws: Words, head: int) -> int:
    """The last word of a quoted name right after the head («Туран»), else the head."""
    head_end = ws.end[head]
    after = text[head_end : head_end + 2].lstrip()
    if not after or after[0] not in _QUOTES:
        return head
    close = text.find(_QUOTES[after[0]], head_end + 2)
    if close < 0 or close - head_end > 80:
        return head
    return max(head, bisect_right(ws.end, close) - 1)


def _accepted(
    text: str, ws: Words, first: int, last: int, head: int, language: Language
) -> tuple[int, int] | None:
    function = word_set("people", "function_words.en.txt")
    while first < head and (
        ws.lower[first] in function or (first == 0 and language.adverb(ws.lower[first]))
    ):
        first += 1  # a sentence-initial adverb ("Later", "Currently") is not part of a name
    while last > head and ws.lower[last] in _words(language.code, "trailing"):
        last -= 1
    end = ws.end[last]
    if text[end : end + 1] in '»”"' and language.inflected:
        end += 1  # the closing quote of a quoted name (see _quoted_after)
    if not _proper(text, ws, first, last, head, language):
        return None
    return ws.start[first], end


def _proper(text: str, ws: Words, first: int, last: int, head: int, language: Language) -> bool:
    """True when the name holds more than its head word: a proper part."""
    if not language.inflected:
        heads = _heads(language.code)
        return any(
            ws.capital[j] and ws.lower[j] not in heads for j in range(first, last + 1) if j != head
        )
    if text[ws.end[head] : ws.end[head] + 2].strip()[:1] in _QUOTES and last > head:
        return True
    if not ws.capital[first] or last == first:
        return False
    return any(ws.capital[j] for j in range(max(first, 1), last + 1))
