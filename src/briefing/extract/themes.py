"""Themes of cooperation from the taxonomy, each with the sentences that carry it.

Cue words and phrases (``data/themes/<lang>.tsv``) are found in one pass
over each body sentence and the title. A sentence's weight for a theme is
the sum of its cue weights; a cue that is only an item of a bare list of
themes ("cooperation in education, science and culture") counts for
:data:`LISTED_FACTOR` of its weight, as the annotation guide asks for a
sentence of substance. A theme needs one body sentence of at least
:data:`SUBSTANCE` and a total of :data:`THEME_MIN`; its evidence is its
strongest sentences, in text order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from briefing.extract.document import Document
from briefing.extract.matcher import Entry, Lexicon, case_of
from briefing.extract.salience import Unit, units
from briefing.extract.spans import evidence, merge_evidence
from briefing.schema import Theme

SUBSTANCE = 1.0
"""A sentence carries a theme from this weight: one specific cue, or two generic ones."""
THEME_MIN = 1.5
"""A theme's total over the text: a sentence of substance and more than one cue."""
RECURRENCE = 3
"""Or the theme returns in this many sentences, each with a generic cue at least."""
RECURRENT_WEIGHT = 0.5
LISTED_FACTOR = 0.3  # a cue that is one item of a list of themes
TITLE_FACTOR = 1.0  # the headline adds to the total, but is not a sentence of substance
MAX_EVIDENCE = 4
JOIN = "=join"
_WORD = re.compile(r"[^\W\d_]+")
_LIST_PUNCTUATION = frozenset(" ,;/&\n\t")


@dataclass(frozen=True)
class _Lexicon:
    lexicon: Lexicon
    join_words: frozenset[str]


@dataclass(frozen=True)
class _Cue:
    theme: str
    weight: float
    start: int
    end: int


@dataclass
class _Tally:
    total: float = 0.0
    sentences: list[tuple[float, Unit]] = field(default_factory=list)


def _rows(name: str) -> list[list[str]]:
    entry = resources.files("briefing") / "data" / "themes" / name
    if not entry.is_file():
        return []
    lines = entry.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def _lexicon(lang: str) -> _Lexicon:
    rows = _rows(f"{lang}.tsv")
    if not rows:
        return _lexicon("en") if lang != "en" else _Lexicon(Lexicon("en", []), frozenset())
    entries = [
        Entry(tuple(_cue_words(cue)), case_of(cue), (theme, weight))
        for cue, theme, weight in rows
        if theme != JOIN
    ]
    joins = frozenset(w.lower() for cue, theme, _ in rows if theme == JOIN for w in cue.split())
    return _Lexicon(Lexicon(lang, entries), joins)


def _cue_words(cue: str) -> list[str]:
    words = _WORD.findall(cue)
    return [*words[:-1], words[-1] + "*"] if cue.endswith("*") else words


@cache
def theme_names() -> dict[str, str]:
    """Theme id -> English display name, in taxonomy order."""
    return {theme_id: name for theme_id, name in _rows("names.tsv")}


def extract_themes(doc: Document) -> list[Theme]:
    """Themes with the sentences that support them, strongest first."""
    lexicon = _lexicon(doc.lang)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for unit in units(doc):
        for theme, weight in _sentence_weights(doc.text, unit, lexicon).items():
            tally = tallies[theme]
            if unit.title:
                tally.total += weight * TITLE_FACTOR
            else:
                tally.total += weight
                tally.sentences.append((weight, unit))
    found = [_theme(doc.text, theme, tally) for theme, tally in tallies.items() if _kept(tally)]
    return sorted(found, key=lambda t: (-t.score, t.id))


def _kept(tally: _Tally) -> bool:
    best = max((weight for weight, _ in tally.sentences), default=0.0)
    recurrent = sum(weight >= RECURRENT_WEIGHT for weight, _ in tally.sentences) >= RECURRENCE
    return (best >= SUBSTANCE or recurrent) and tally.total >= THEME_MIN


def _sentence_weights(text: str, unit: Unit, lex: _Lexicon) -> dict[str, float]:
    tokens = lex.lexicon.tokens(text, unit.start, unit.end)
    cues = [
        _Cue(
            m.entry.value[0],
            float(m.entry.value[1]),
            tokens[m.first].start,
            tokens[m.last].end,
        )
        for m in lex.lexicon.find(text, tokens)
    ]
    listed = _listed(text, cues, lex.join_words)
    weights: dict[str, float] = defaultdict(float)
    for index, cue in enumerate(cues):
        weights[cue.theme] += cue.weight * (LISTED_FACTOR if index in listed else 1.0)
    return weights


def _listed(text: str, cues: list[_Cue], join_words: frozenset[str]) -> set[int]:
    """Indexes of cues that stand in a list with a cue of another theme."""
    listed: set[int] = set()
    for index in range(1, len(cues)):
        before, after = cues[index - 1], cues[index]
        if before.theme != after.theme and _joins(text[before.end : after.start], join_words):
            listed.update((index - 1, index))
    return listed


def _joins(gap: str, join_words: frozenset[str]) -> bool:
    """True for ", " or " and " between two cues; not for a bare space ("scientific tourism")."""
    words = _WORD.findall(gap)
    if any(word.lower() not in join_words for word in words):
        return False
    marks = _WORD.sub("", gap)
    return bool(words or marks.strip()) and all(char in _LIST_PUNCTUATION for char in marks)


def _theme(text: str, theme: str, tally: _Tally) -> Theme:
    strongest = sorted(tally.sentences, key=lambda item: -item[0])[:MAX_EVIDENCE]
    spans = [evidence(text, u.start, u.end) for weight, u in strongest if weight >= SUBSTANCE]
    return Theme(
        id=theme,
        name=theme_names().get(theme, theme),
        score=round(tally.total, 2),
        evidence=merge_evidence(spans),
    )
