"""Records files (the JSON Lines that ``briefing parse`` writes), read back for ``build``.

A records file is input like any other: it is read only when it is a
regular file within ``--max-file-mb``, and it may have been edited, cut
short by a full disk or written by another tool. Each bad line is named
(file and line number) and skipped, so the rest still makes a briefing; a
file holding more records than the limit stops the build before anything
is composed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import InputError, TooLargeError
from briefing.input_file import check_regular, read_input
from briefing.schema import Record

SNIFF_BYTES = 1024 * 1024  # enough for the first record of any real records file
_HEAD = b'{"schema_version"'  # how every line that ``briefing parse`` writes begins


class BadLine:
    """A line of a records file that is not a record, and why."""

    __slots__ = ("number", "reason")

    def __init__(self, number: int, reason: str) -> None:
        self.number = number
        self.reason = reason


def is_records_file(path: str) -> bool:
    """True for a regular ``.jsonl`` file whose first line is a record (read: 1 MB at most)."""
    if not path.endswith(".jsonl"):
        return False
    try:
        check_regular(path)
        with Path(path).open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except (InputError, OSError):
        return False
    first = next((line.strip() for line in head.split(b"\n") if line.strip()), b"")
    if first.startswith(_HEAD):  # possibly cut by the sniff window: the prefix decides
        return True
    try:
        value = json.loads(first)
    except ValueError:
        return False
    return isinstance(value, dict) and "schema_version" in value and "source" in value


def load_records(path: str, *, max_bytes: int, max_records: int) -> Iterator[Record | BadLine]:
    """Each line's record, or a :class:`BadLine` saying why it is not one.

    Raises ``InputError`` when the file cannot be read or is over a limit.
    """
    data = read_input(path, max_bytes)
    lines = data.split(b"\n")
    del data
    count = sum(1 for raw in lines if raw.strip())
    if count > max_records:  # counted before any is validated: refused at once, in little memory
        raise TooLargeError(
            f"{count:,} records, more than the --max-records limit of {max_records:,}; "
            "split the file or raise the limit",
            path=path,
        )
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            yield _record(raw, number)


def _record(raw: bytes, number: int) -> Record | BadLine:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadLine(number, f"not UTF-8 (byte {exc.start + 1} of the line)")
    try:
        return Record.model_validate_json(line)
    except ValueError as exc:
        return BadLine(number, f"not a record ({_first_problem(exc)})")


def _first_problem(exc: ValueError) -> str:
    """The first problem pydantic names, in a few words, without the input echoed back."""
    errors = getattr(exc, "errors", None)
    if errors is None:
        return str(exc).splitlines()[0]
    problems = errors(include_url=False, include_input=False)
    if not problems:
        return "invalid"
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f"; and {len(problems) - 1} more" if len(problems) > 1 else ""
    return f"{where + ': ' if where else ''}{first['msg']}{more}"
