"""Word lists for people and facts, read once from ``data/people`` and ``data/facts``.

The lists are data, with their sources in each folder's ``SOURCES.md``; this
module only reads them (through :mod:`briefing.datafiles`, lazily, once per
process) into sets and dicts.
"""

from __future__ import annotations

from functools import cache

from briefing import datafiles
from briefing.extract.text.languages import language_of


@cache
def word_set(folder: str, name: str) -> frozenset[str]:
    """The lines of a one-word-a-line file, lower-cased."""
    return frozenset(word.lower() for word in datafiles.words(folder, name))


@cache
def word_table(folder: str, name: str) -> dict[str, str]:
    """A two-column (tab-separated) file as a dict of its lower-cased first column."""
    table: dict[str, str] = {}
    for key, value in word_table_rows(folder, name):
        table.setdefault(key, value)
    return table


@cache
def word_table_rows(folder: str, name: str) -> tuple[tuple[str, str], ...]:
    """A two-column (tab-separated) file as pairs, the first column lower-cased
    (for tables where a word may stand in several rows)."""
    pairs: list[tuple[str, str]] = []
    for row in datafiles.rows(folder, name):
        pairs.append((row[0].strip().lower(), "\t".join(row[1:]).strip()))
    return tuple(pairs)


@cache
def given_names() -> frozenset[str]:
    """Common given names (Latin script), as written."""
    return frozenset(datafiles.words("people", "given_names.txt"))


@cache
def east_asian_family_names() -> frozenset[str]:
    """Korean, Chinese and Vietnamese family names in Cyrillic, which open a name
    ("Ким Хын Су", "Си Цзиньпин") and may stand before initials ("Ким В.С."):
    ``data/people/east_asian_family_names.ru.txt``, as written (capitalised)."""
    return frozenset(datafiles.words("people", "east_asian_family_names.ru.txt"))


@cache
def patronymic_words() -> frozenset[str]:
    """Patronymic words written apart after the father's name ("уулу", "кызы")."""
    return word_set("people", "patronymic_words.txt")


@cache
def roles(lang: str) -> frozenset[str]:
    """Role, title and occupation words of one language (lower case); memoised per
    language, since it is asked for every new word read."""
    return word_set("people", f"roles.{_code(lang)}.txt")


@cache
def org_types(lang: str) -> dict[str, str]:
    """Organisation head words (lower case, in an inflected language as lemmas) with
    their type (memoised per language, as :func:`roles`)."""
    return word_table("facts", f"org_types.{_code(lang)}.tsv")


def _code(lang: str) -> str:
    """The code of the language whose files serve ``lang`` (English for one without any)."""
    return language_of(lang).code


def fold_case(text: str) -> str:
    """The text in lower case for matching word lists, with its offsets kept.

    The rare letters whose lower case is longer (such as "İ") stay as they are,
    so that a position in the result is the same position in ``text``.
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
