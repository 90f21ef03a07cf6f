"""Reading the package's data files: lexicons, gazetteers and cue lists.

Every table under ``briefing/data`` is tab-separated text with ``#`` comment
lines, one file per language (``<name>.<lang>.tsv``). Readers of every stage
load them through here, so the format is decided in one place.
"""

from __future__ import annotations

from importlib import resources


def rows(folder: str, name: str) -> list[list[str]]:
    """The rows of ``data/<folder>/<name>``; none when the file does not exist
    (a language without that table)."""
    entry = resources.files("briefing") / "data" / folder / name
    if not entry.is_file():
        return []
    return _split(entry.read_text(encoding="utf-8"))


def words(folder: str, name: str) -> list[str]:
    """The entries of a one-entry-a-line file ``data/<folder>/<name>``, stripped."""
    return [row[0].strip() for row in rows(folder, name)]


def languages(folder: str, stem: str) -> list[str]:
    """The language codes of the files ``data/<folder>/<stem>.<lang>.tsv``, in name order."""
    directory = resources.files("briefing") / "data" / folder
    names = sorted(entry.name for entry in directory.iterdir())
    return [n.split(".")[1] for n in names if n.startswith(stem + ".") and n.endswith(".tsv")]


def rows_of_every_language(folder: str, stem: str) -> list[list[str]]:
    """The rows of every ``data/<folder>/<stem>.<lang>.tsv``, languages in name order
    (for stages that run before the language is known)."""
    found: list[list[str]] = []
    directory = resources.files("briefing") / "data" / folder
    for entry in sorted(directory.iterdir(), key=lambda e: e.name):
        if entry.name.startswith(stem + ".") and entry.name.endswith(".tsv"):
            found.extend(_split(entry.read_text(encoding="utf-8")))
    return found


def _split(text: str) -> list[list[str]]:
    lines = text.splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
