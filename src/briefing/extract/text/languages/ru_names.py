"""Russian personal names in the nominative case.

"встреча с Адилем Керимли" gives "Адиль Керимли", "министра Аскара
Жумагалиева" gives "Аскар Жумагалиев". The parts of a name agree in case
and gender, so the case and gender are chosen for the whole name from the
Name/Surn/Patr parses of all its words, then each word that has such a parse
is put in the nominative. Words pymorphy3 cannot place (Kazakh "-ұлы"
names, foreign indeclinable surnames) stay as written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from briefing.extract.text import morph

_NAME_TAGS = ("Name", "Surn", "Patr")
_INDECLINABLE = re.compile(r"(?:ұлы|улы|қызы|кызы|ли|о|у|ю|э|е|и|ы)$", re.IGNORECASE)
# The word before a name; "\s*": a source may have lost the space ("работыКуаныша").
_WORD_BEFORE = re.compile(r"([а-яёА-ЯЁ-]+)\s*$")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def nominative_name(words: list[str], hint: str | None = None) -> list[str]:
    """The words of one name, each in the nominative where the analysis is sure.

    ``hint`` is the case the context demands (see :func:`case_hint`), used
    when no word of the name is known to the analyser.
    """
    return list(_nominative(tuple(words), hint))


def case_hint(text: str, start: int) -> str | None:
    """The case the word before a name governs: "с" gives ablt, "г-ном" its own case."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not match:
        return None
    return _governed_case(match.group(1).lower())


@lru_cache(maxsize=16384)
def _governed_case(word: str) -> str | None:
    if word in ("с", "со"):
        return "ablt"
    parses = morph.parses(word)
    return str(parses[0].tag.case) if parses and parses[0].tag.POS == "NOUN" else None


@lru_cache(maxsize=16384)
def _nominative(words: tuple[str, ...], hint: str | None) -> tuple[str, ...]:
    options = [_name_parses(w) for w in words]
    case, gender = _agreement(options, hint)
    if case is None and hint not in (None, "nomn"):
        case, gender = hint, "masc"
    if case in (None, "nomn"):
        return words
    return tuple(
        _inflect(word, parses, case, gender) for word, parses in zip(words, options, strict=True)
    )


def _name_parses(word: str) -> list[Any]:
    if "." in word or not re.search("[а-яё]", word, re.IGNORECASE):
        return []
    parses = morph.parses(word.lower())
    return [
        p
        for p in parses
        if any(t in p.tag for t in _NAME_TAGS) and p.tag.case in _CASES and "sing" in p.tag
    ]


def _agreement(options: list[list[Any]], hint: str | None) -> tuple[str | None, str | None]:
    """The (case, gender) the name's words agree on best; on a tie the case the
    context demands wins, then the nominative ("работы Куаныша Асылова":
    genitive, not a woman's nominative).

    The gender comes from the given name when it is known; a surname's parse
    counts double, because surname endings ("-ова", "-евым") mark the case
    most reliably.
    """
    score: dict[tuple[str, str], float] = defaultdict(float)
    gender = (
        next((str(p.tag.gender) for p in options[0] if "Name" in p.tag), None) if options else None
    )
    for parses in options:
        best: dict[tuple[str, str], float] = {}
        for p in parses:
            key = (str(p.tag.case), str(p.tag.gender))
            if gender and key[1] != gender:
                continue
            weight = 2.0 if "Surn" in p.tag else 1.0
            best[key] = max(best.get(key, 0.0), weight * (float(p.score) + 0.5))
        for key, value in best.items():
            score[key] += value
    if not score:
        return None, None
    (case, gender), _ = max(
        score.items(), key=lambda kv: (kv[1], kv[0][0] == hint, kv[0][0] == "nomn")
    )
    return case, gender


def _inflect(word: str, parses: list[Any], case: str, gender: str | None) -> str:
    match = [p for p in parses if p.tag.case == case and (gender is None or p.tag.gender == gender)]
    if not match:
        return _regular_nominative(word, case, gender)
    form = match[0].inflect({"nomn", "sing"})
    return _cased(word, str(form.word)) if form else word


# Regular endings of names pymorphy3 does not know (Kazakh, foreign given names).
_ENDINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("gent", "masc"): (("ья", "ий"), ("я", "ь"), ("а", "")),
    ("accs", "masc"): (("ья", "ий"), ("я", "ь"), ("а", "")),
    ("datv", "masc"): (("ью", "ий"), ("ю", "ь"), ("у", "")),
    # after ж, ш, ч, щ, ц a hard stem takes "-ем" ("Ковачем" is "Ковач"), elsewhere "-ем" is soft
    ("ablt", "masc"): (
        ("жем", "ж"), ("шем", "ш"), ("чем", "ч"), ("щем", "щ"), ("цем", "ц"),
        ("ем", "ь"), ("ом", ""), ("ой", "а"), ("ей", "я"),
    ),
    ("loct", "masc"): (("е", ""),),
    ("gent", "femn"): (("ы", "а"), ("и", "я")),
    ("datv", "femn"): (("е", "а"),),
    ("accs", "femn"): (("у", "а"), ("ю", "я")),
    ("ablt", "femn"): (("ой", "а"), ("ей", "я")),
}


def _regular_nominative(word: str, case: str, gender: str | None) -> str:
    if (_INDECLINABLE.search(word) and case not in ("gent", "ablt")) or gender is None:
        return word
    for ending, replacement in _ENDINGS.get((case, gender), ()):
        if word.lower().endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + replacement
    return word


def _cased(model: str, word: str) -> str:
    parts = word.split("-")
    originals = model.split("-")
    if len(parts) != len(originals):
        return word[:1].upper() + word[1:]
    return "-".join(
        p[:1].upper() + p[1:] if o[:1].isupper() else p
        for p, o in zip(parts, originals, strict=True)
    )
