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

from briefing.extract.people.names import country_words
from briefing.extract.text import morph
from briefing.extract.text.lexicons import org_types, roles, word_set
from briefing.extract.text.phrase_words import Words, ru_adjective, ru_genitive
from briefing.extract.topics.gazetteer import gazetteer, hit

NOT_ORGANISATION = frozenset({"event", "award", "place", "programme"})
"""Head-word types of ``org_types`` that name events, awards, places or programmes."""
MAX_WORDS = 12  # longer runs are headings or lists, not one name
_EN_INNER = frozenset({"of", "for", "and", "on", "&"})
_EN_AFTER_INNER = frozenset({"the"})
_EN_EMBASSY_IN = frozenset({"embassy", "consulate", "mission", "delegation"})
_TRAILING = _EN_INNER | _EN_AFTER_INNER | {"и", "в", "во"}
"""Words a name does not end with."""
_RU_NAMESAKE = frozenset({"имени", "им"})
_RU_IN = frozenset({"в", "во", "при"})
_RU_WORD_START = re.compile(r"\b(\w{3,4})\w*")
"""The first four letters of each word of three or more (where a head's stem would be)."""
_RU_STATE_TITLES = frozenset({"республика", "федерация", "королевство"})
"""Words of states' official names that stand before the name itself."""
_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


class OrgSpan(NamedTuple):
    """An organisation name found in the text (a tuple: cheaper to make and to import
    than a dataclass)."""

    start: int
    end: int
    type: str


@cache
def _heads(lang: str) -> dict[str, str]:
    return {k: v for k, v in org_types(lang).items() if v not in NOT_ORGANISATION}


@cache
def _ru_stems() -> frozenset[str]:
    return frozenset(head[:4] for head in _heads("ru"))


def _may_hold_head(text: str, start: int, end: int, lang: str) -> bool:
    """A cheap test that a sentence may hold a head word at all."""
    if lang == "ru":
        return not _ru_stems().isdisjoint(map(str.lower, _RU_WORD_START.findall(text, start, end)))
    return _en_capital_head().search(text, start, end) is not None


@cache
def _en_capital_head() -> re.Pattern[str]:
    """A capitalised word whose letters (``\\b[A-Z][a-z]+``) are a head word ("Ministry").

    Grouped by capital, with the look behind after it, so that the scan jumps
    from capital to capital and tries only the heads of that letter.
    """
    by_capital: dict[str, list[str]] = {}
    for head in _heads("en"):
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
    if not _may_hold_head(text, start, end, lang):
        return ()
    ws = Words(text, start, end)
    grow = _grow_ru if lang == "ru" else _grow_en
    found: list[OrgSpan] = []
    after = 0  # the word after the last name found
    for head, kind in _head_words(ws, lang):
        if head < after:
            continue
        first, last = grow(text, ws, head)
        span = _accepted(text, ws, first, last, head, lang)
        if span is not None:
            found.append(OrgSpan(span[0], span[1], kind))
            after = max(head, last) + 1
    return tuple(found)


def _head_words(ws: Words, lang: str) -> list[tuple[int, str]]:
    """The head words of a sentence (their index and type), in order."""
    if lang == "ru":
        kinds = map(_ru_head_type, ws.text)
        return [(i, kind) for i, kind in enumerate(kinds) if kind is not None]
    kinds = map(_heads("en").get, ws.lower)  # an English head is a capitalised head word
    return [(i, kind) for i, kind in enumerate(kinds) if kind is not None and ws.capital[i]]


@lru_cache(maxsize=16384)
def _ru_head_type(word: str) -> str | None:
    """The head-word type of a Russian word as written (memoised: asks for its lemma)."""
    lower = word.lower()
    if lower[:4] not in _ru_stems() and lower not in _heads("ru"):
        return None
    return _heads("ru").get(morph.lemma(word))


def _grow_en(text: str, ws: Words, head: int) -> tuple[int, int]:
    first = head
    while first > 0 and ws.capital[first - 1] and ws.tight(first):
        if _country_possessive(ws.text[first - 1]):
            break
        first -= 1
    last, i = head, head + 1
    role_words = roles("en")
    while i < ws.size and i - first < MAX_WORDS and ws.tight(i):
        lower = ws.lower[i]
        if ws.capital[i] and lower not in role_words:
            last = i
        elif (lower == "and" and _another_name(ws, head, i)) or not _en_connector(ws, i, head):
            break
        i += 1
    return first, last


def _country_possessive(word: str) -> bool:
    """ "Kazakhstan's Ministry" is the Ministry; "King's College" is one name."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() in country_words()


def _another_name(ws: Words, head: int, i: int) -> bool:
    """True unless "and" joins two parts of one name ("Ministry of Education and Science")."""
    if not any(w in ("of", "for") for w in ws.lower[head + 1 : i]):
        return True
    i += 1
    if i < ws.size and ws.lower[i] == "the":
        return True
    while i < ws.size and ws.capital[i] and ws.tight(i):
        if ws.lower[i] in _heads("en"):
            return True
        i += 1
    return False


def _en_connector(ws: Words, i: int, head: int) -> bool:
    lower = ws.lower[i]
    if lower in _EN_INNER or (lower in _EN_AFTER_INNER and ws.lower[i - 1] in _EN_INNER):
        return True
    if lower == "named" and i + 1 < ws.size and ws.lower[i + 1] == "after":
        return True
    if lower == "after" and ws.lower[i - 1] == "named":
        return True
    return lower == "in" and ws.lower[head] in _EN_EMBASSY_IN


def _grow_ru(text: str, ws: Words, head: int) -> tuple[int, int]:
    first = head
    while first > 0 and head - first < 3 and ru_adjective(ws.text[first - 1]) and ws.tight(first):
        first -= 1
    while first < head and not ws.capital[first]:
        first += 1
    last = _quoted_after(text, ws, head)
    i = last + 1
    while i < ws.size and i - first < MAX_WORDS and _ru_gap_ok(ws, i):
        step = _ru_step(ws, i, head)
        if step == 0:
            break
        last = i + step - 1
        i += step
    return first, last


def _ru_gap_ok(ws: Words, i: int) -> bool:
    return ws.tight(i) or ws.gap[i].strip() in (".", "«", '"')


def _ru_step(ws: Words, i: int, head: int) -> int:
    """How many words from ``i`` belong to the name (0: the name ends before ``i``)."""
    word, lower, capital = ws.text[i], ws.lower[i], ws.capital[i]
    if lower in _RU_NAMESAKE:
        return 1 + _capitalised_run(ws, i + 1)
    if lower == "и" and i + 1 < ws.size and ru_genitive(ws.text[i + 1]):
        return 2
    if lower == "по" and i + 1 < ws.size and not ws.capital[i + 1]:
        return 2  # "Комитет по делам молодёжи", "комиссия по сотрудничеству"
    if lower in _RU_IN and i + 1 < ws.size and ws.capital[i + 1]:
        return 2 if _heads("ru").get(morph.lemma(ws.text[head])) == "embassy" else 0
    if len(lower) < 3 and not word.isupper():
        return 0
    if capital and not _ru_proper_tail(word):
        return 0  # a person's name after the title ("… культуры Асылов"), not part of it
    if lower in roles("ru") or morph.lemma(word) in roles("ru"):
        return 0
    if capital and ws.capital[i - 1] and i - 1 != head:
        return 1  # "Республики Казахстан": a name in the nominative after its genitive title
    return 1 if ru_genitive(word) else 0


@lru_cache(maxsize=16384)
def _ru_proper_tail(word: str) -> bool:
    """A capitalised word that continues a Russian name: an acronym, a place, "Республики"."""
    if word.isupper() or morph.lemma(word) in _RU_STATE_TITLES:
        return True
    lexicon = gazetteer("ru")
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
    text: str, ws: Words, first: int, last: int, head: int, lang: str
) -> tuple[int, int] | None:
    function = word_set("people", "function_words.en.txt")
    while first < head and (ws.lower[first] in function or _opener(ws, first, lang)):
        first += 1
    while last > head and ws.lower[last] in _TRAILING:
        last -= 1
    end = ws.end[last]
    if text[end : end + 1] in '»”"' and lang == "ru":
        end += 1
    if not _proper(text, ws, first, last, head, lang):
        return None
    return ws.start[first], end


def _opener(ws: Words, i: int, lang: str) -> bool:
    """A sentence-initial adverb ("Later", "Currently") is not part of a name."""
    return i == 0 and lang != "ru" and ws.lower[i].endswith("ly")


def _proper(text: str, ws: Words, first: int, last: int, head: int, lang: str) -> bool:
    """True when the name holds more than its head word: a proper part."""
    if lang != "ru":
        heads = _heads("en")
        return any(
            ws.capital[j] and ws.lower[j] not in heads for j in range(first, last + 1) if j != head
        )
    if text[ws.end[head] : ws.end[head] + 2].strip()[:1] in _QUOTES and last > head:
        return True
    if not ws.capital[first] or last == first:
        return False
    return any(ws.capital[j] for j in range(max(first, 1), last + 1))
