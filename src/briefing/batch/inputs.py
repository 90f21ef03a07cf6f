"""Turning command-line arguments into the ordered list of files to read.

Arguments may be files, folders (walked recursively, symlink loops
survived), glob patterns (expanded here, so quoting them works too) or
``-`` (read one path per line from stdin). The same file reached twice is
kept once and reported; a pattern that matches no file is set aside for the
command to name, never read as a file. Folders contribute the files whose extension a
reader knows; JSON Lines files only when named or ``--include``d, because
folders often hold parse outputs and annotations beside the documents.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from briefing.ingest.registry import READERS

_GLOB_CHARS = frozenset("*?[")
# control characters, and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069)
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NOT_WALKED = frozenset({".jsonl"})  # parse outputs and gold files live beside documents
# The extensions a folder walk reads: every reader's but those of _NOT_WALKED.
_WALKED = frozenset({ext for reader in READERS for ext in reader.extensions} - _NOT_WALKED)


def shown(path: str) -> str:
    """``path`` as a message names it, on one line and in reading order.

    The bytes of a file name that is not UTF-8 become ``\\xff`` escapes (Python
    holds them as lone surrogates, which a text stream may refuse); line breaks,
    other control characters and bidi controls become escapes too, so that a
    name can neither forge a line of a summary nor reverse the text beside it.
    """
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Inputs:
    """The files to read, in order, and notes about arguments that were set aside."""

    __slots__ = ("_seen", "notes", "paths", "skipped", "unmatched")

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.notes: list[str] = []
        self.unmatched: list[str] = []
        """Glob patterns that match no file: a mistyped argument, not a document."""
        self.skipped: dict[str, int] = {}
        """Files in folders left unread because no reader knows them: extension -> count."""
        self._seen: set[tuple[int, int] | str] = set()

    def includes(self, path: str) -> bool:
        """True when ``path`` is (or links to) one of the files to read."""
        return _identity(path) in self._seen

    def add(self, path: str) -> None:
        """Keep ``path`` unless the same file is already in the list."""
        key = _identity(path)
        if key in self._seen:
            self.notes.append(f"{shown(path)}: the same file was given twice; read once")
            return
        self._seen.add(key)
        self.paths.append(path)


def collect_inputs(
    args: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin: TextIO | None = None,
) -> Inputs:
    """The files named by ``args``, in argument order, folders in name order."""
    found = Inputs()
    for arg in _expand_stdin(args, stdin):
        paths = _expand_glob(arg)
        if not paths:
            found.unmatched.append(arg)
        for path in paths:
            if Path(path).is_dir():
                skipped: dict[str, int] = {}
                items = list(walk_folder(path, include, exclude, skipped=skipped))
                for item in items:
                    found.add(item)
                for extension, count in skipped.items():
                    found.skipped[extension] = found.skipped.get(extension, 0) + count
                if not items:
                    found.notes.append(f"{shown(path)}: no documents to read{_skipped(skipped)}")
            elif not _excluded(path, exclude):
                found.add(path)
    return found


def _expand_stdin(args: Sequence[str], stdin: TextIO | None) -> Iterator[str]:
    for arg in args:
        if arg == "-" and stdin is not None:
            yield from (line.rstrip("\r\n") for line in stdin if line.strip())
        else:
            yield arg


def _expand_glob(arg: str) -> list[str]:
    """Matches of a glob pattern (sorted; none when it matches nothing); the argument
    itself when it is a real path or no pattern."""
    if os.path.lexists(arg) or not _GLOB_CHARS & set(arg):
        return [arg]
    return sorted(glob.glob(arg, recursive=True))  # noqa: PTH207 (absolute patterns)


def skipped_text(skipped: dict[str, int]) -> str:
    """``3 .xlsx, 1 .odt``: the files of unknown types, most common first."""
    ranked = sorted(skipped.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{count} {extension or '(no extension)'}" for extension, count in ranked)


def _skipped(skipped: dict[str, int]) -> str:
    if not skipped:
        return ""
    return (f" (skipped {skipped_text(skipped)}; in folders briefing reads "
            f"{', '.join(sorted(_WALKED))}, and other files when --include'd)")


def walk_folder(root: str, include: Sequence[str], exclude: Sequence[str],
                *, skipped: dict[str, int] | None = None) -> Iterator[str]:
    """Document files under ``root``, depth first in name order, each folder visited once.

    Files left out for their type are counted by extension into ``skipped``.
    """
    visited: set[tuple[int, int]] = set()
    for folder, subfolders, files in os.walk(root, followlinks=True):
        stat = Path(folder).stat()
        if (stat.st_dev, stat.st_ino) in visited:
            subfolders[:] = []
            continue
        visited.add((stat.st_dev, stat.st_ino))
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            path = str(Path(folder, name))
            relative = os.path.relpath(path, root)
            if _excluded(relative, exclude) or name.startswith("."):
                continue
            if _wanted(name, relative, include):
                yield path
            elif skipped is not None and not include:
                suffix = Path(name).suffix.lower()
                skipped[suffix] = skipped.get(suffix, 0) + 1


def _wanted(name: str, relative: str, include: Sequence[str]) -> bool:
    if include:
        return _matches(relative, include)
    return Path(name).suffix.lower() in _WALKED


def _excluded(path: str, exclude: Sequence[str]) -> bool:
    return bool(exclude) and _matches(path, exclude)


def _matches(path: str, patterns: Iterable[str]) -> bool:
    """A pattern matches the relative path or just the file name (``*.pdf``, ``drafts/*``)."""
    posix = path.replace(os.sep, "/")
    name = posix.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(name, p) for p in patterns)


def _identity(path: str) -> tuple[int, int] | str:
    """The file's (device, inode), or its absolute path when it cannot be stat'ed."""
    try:
        stat = Path(path).stat()
    except OSError:
        return str(Path(path).absolute())
    return (stat.st_dev, stat.st_ino)
