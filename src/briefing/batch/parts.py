"""Splitting a long JSON Lines document file into parts that are parsed apart.

A JSON Lines file of 200,000 news items is 200,000 documents, not one: as
a single task its records (some 2.5 KB of JSON each) piled up in one worker
until its memory ran out, and the whole file failed as one record. Cut at
line ends into parts of :data:`PART_LINES` lines, it streams through the
workers like a folder of small files: each part is parsed, cached and
written on its own, in order, and memory stays flat. Only what is surely
JSON Lines is cut: a ``.jsonl``/``.ndjson`` name, an encoding whose line
ends are the byte ``\\n`` and a first line that is a whole JSON object.
"""

from __future__ import annotations

import json
from pathlib import PurePath

PART_LINES = 500  # lines a part: small enough to stream, big enough to amortise a task
MAX_FIRST_LINE = 1024 * 1024  # a longer first line is not looked at: the file stays whole
_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 and UTF-32: "\n" is not a line end alone


def json_lines_parts(path: str, data: bytes) -> list[bytes] | None:
    """The file's parts, in order; None when it stays whole."""
    if PurePath(path).suffix.lower() not in _SUFFIXES or data.startswith(_WIDE_BOMS):
        return None
    lines = data.split(b"\n")
    if len(lines) <= PART_LINES or not _first_is_object(lines):
        return None
    parts = (b"\n".join(lines[at : at + PART_LINES]) for at in range(0, len(lines), PART_LINES))
    return [part for part in parts if part.strip()]


def _first_is_object(lines: list[bytes]) -> bool:
    first = next((line for line in lines if line.strip()), b"")
    if len(first) > MAX_FIRST_LINE:
        return False
    try:
        return isinstance(json.loads(first.removeprefix(b"\xef\xbb\xbf")), dict)
    except ValueError:
        return False
