"""The values the briefing's filters accept: partner codes and theme ids.

``--partner``, ``--home`` and ``--theme`` (and the same fields of the
option models) are checked here against exactly what the extractors can
produce: the gazetteer's states and organisations (``data/partners/names.tsv``)
and the taxonomy's themes (``data/themes/names.tsv``). A filter that names
nothing would otherwise give an empty briefing without a word.

What a user types is resolved when it is unambiguous: a code in any case
(``it``), an English or Russian name from the gazetteer (``Italy``,
``Италия``), a theme's name (``Media and information``). Anything else is a
:class:`ValueError` that says what was expected and suggests the nearest
valid values.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NoReturn

from briefing import datafiles

# Gazetteer rows that stand for one state or body: names ("Italy", "Turkey": a common word
# in running text, not in a --partner argument) and adjectives not marked ambiguous
# ("Italian", but not "Korean"); capitals do not.
_NAME_KIND, _ADJECTIVE_KIND = "name", "adj"
_NOT_WORD = re.compile(r"[\W_]+")
SUGGESTIONS = 3


def partners() -> dict[str, tuple[str, str]]:
    """Every partner code the gazetteer knows: code -> (``state`` or ``organisation``, name)."""
    return dict(partner_names())


def themes() -> dict[str, str]:
    """Every theme id of the taxonomy: id -> English name."""
    return dict(theme_names())


def partner_code(value: str, *, states_only: bool = False) -> str:
    """The partner code ``value`` names (a code or an unambiguous name); ``ValueError`` if none.

    ``states_only`` accepts only states (the home country is a state).
    """
    known = {code: entry for code, entry in partner_names().items()
             if not states_only or entry[0] == "state"}
    what = "country code" if states_only else "partner code"
    text = value.strip()
    if text.upper() in known:
        return text.upper()
    codes = sorted(code for code in _partner_aliases().get(_key(text), ()) if code in known)
    if len(codes) == 1:
        return codes[0]
    if codes:
        choices = " or ".join(f"{code} ({known[code][1]})" for code in codes)
        raise ValueError(f"{text!r} may mean {choices}; give the code")
    labels = {code: f"{code} ({entry[1]})" for code, entry in known.items()}
    aliases = {alias: sorted(c for c in codes if c in known)
               for alias, codes in _partner_aliases().items()}
    hints = _nearest(text, {code.lower(): [code] for code in known} | aliases, labels)
    _unknown(text, what, hints, "briefing partners")


def theme_id(value: str) -> str:
    """The theme id ``value`` names (an id or a theme's name); ``ValueError`` if none."""
    known = theme_names()
    key = _key(value)
    for theme, name in known.items():
        if key in (theme, _key(name)):
            return theme
    candidates = {theme: [theme] for theme in known} | {_key(n): [t] for t, n in known.items()}
    hints = _nearest(value.strip(), candidates, {theme: theme for theme in known})
    _unknown(value.strip(), "theme id", hints, "briefing themes")


def _unknown(text: str, what: str, hints: list[str], command: str) -> NoReturn:
    hint = f"; did you mean {' or '.join(hints)}?" if hints else ""
    raise ValueError(f"unknown {what} {text!r}{hint} (`{command}` lists them all)")


def _nearest(text: str, candidates: dict[str, list[str]], labels: dict[str, str]) -> list[str]:
    """The labels of the values whose code or name is closest to ``text``, best first."""
    import difflib  # only when something is misspelt

    key = _key(text)
    close = difflib.get_close_matches(key, list(candidates), n=8, cutoff=0.7)
    wider = sorted(c for c in candidates if key and f" {key} " in f" {c} ")  # "korea"
    found: list[str] = []
    for near in close + wider:
        for value in candidates[near]:
            if labels[value] not in found:
                found.append(labels[value])
    return found[:SUGGESTIONS]


def _key(text: str) -> str:
    """Lower case, runs of punctuation and spaces as one space (how the gazetteer writes names)."""
    return _NOT_WORD.sub(" ", text.lower()).strip()


@cache
def partner_names() -> dict[str, tuple[str, str]]:
    """Code -> (type, English display name) of every state and organisation (read-only)."""
    return {row[0]: (row[1], row[2]) for row in datafiles.rows("partners", "names.tsv")}


@cache
def theme_names() -> dict[str, str]:
    """Theme id -> English display name, in taxonomy order (read-only)."""
    return {row[0]: row[1] for row in datafiles.rows("themes", "names.tsv")}


@cache
def _partner_aliases() -> dict[str, frozenset[str]]:
    """Names (normalised) -> the codes they may stand for, from the display names and the
    gazetteers' name rows of every language."""
    aliases: dict[str, set[str]] = {}
    for code, (_, name) in partner_names().items():
        aliases.setdefault(_key(name), set()).add(code)
    for row in datafiles.rows_of_every_language("partners", "gazetteer"):
        code, kind, flags, words = row[0], row[1], row[2], row[-1]
        unambiguous = kind == _ADJECTIVE_KIND and "ambiguous" not in flags
        if (kind == _NAME_KIND or unambiguous) and code in partner_names():
            aliases.setdefault(words, set()).add(code)
    return {alias: frozenset(codes) for alias, codes in aliases.items()}
