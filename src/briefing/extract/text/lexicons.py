"""Word lists for people and facts, read once from ``data/people`` and ``data/facts``.

The lists are data, with their sources in each folder's ``SOURCES.md``; this
module only reads them (lazily, once per process) into sets and dicts.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_COMMENT_LINES = re.compile(r"^#.*", re.MULTILINE)


def _text(folder: str, name: str) -> str:
    return (resources.files("briefing") / "data" / folder / name).read_text(encoding="utf-8")


def _lines(folder: str, name: str) -> list[str]:
    rows = _text(folder, name).splitlines()
    stripped = map(str.strip, rows)
    return [word for row, word in zip(rows, stripped, strict=True) if word and row[0] != "#"]


@cache
def word_set(folder: str, name: str) -> frozenset[str]:
    """The lines of a one-word-a-line file, lower-cased."""
    return frozenset(row.lower() for row in _lines(folder, name))


@cache
def word_table(folder: str, name: str) -> dict[str, str]:
    """A two-column (tab-separated) file as a dict of its lower-cased first column."""
    table: dict[str, str] = {}
    for row in _lines(folder, name):
        key, _, value = row.partition("\t")
        table.setdefault(key.strip().lower(), value.strip())
    return table


@cache
def given_names() -> frozenset[str]:
    """Common given names (Latin script), as written.

    The list is long (~100,000 names, one word a line), so it is read with one
    split, not line by line: the comment lines of its header are cut off with
    string methods, and a pattern drops comment lines only if any follow.
    """
    text = _text("people", "given_names.txt")
    body = 0
    while text.startswith("#", body):
        body = text.find("\n", body) + 1 or len(text)
    names = text[body:]
    if "\n#" in names:
        names = _COMMENT_LINES.sub("", names)
    return frozenset(names.split())


@cache
def roles(lang: str) -> frozenset[str]:
    """Role, title and occupation words of one language (lower case); memoised per
    language, since it is asked for every new word read."""
    return word_set("people", f"roles.{_lang(lang)}.txt")


@cache
def org_types(lang: str) -> dict[str, str]:
    """Organisation head words (lower case, Russian as lemmas) with their type
    (memoised per language, as :func:`roles`)."""
    return word_table("facts", f"org_types.{_lang(lang)}.tsv")


def _lang(lang: str) -> str:
    return "ru" if lang == "ru" else "en"


def fold_case(text: str) -> str:
    """The text in lower case for matching word lists, with its offsets kept.

    The rare letters whose lower case is longer (such as "İ") stay as they are,
    so that a position in the result is the same position in ``text``.
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
