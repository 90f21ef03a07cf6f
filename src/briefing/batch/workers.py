"""Parsing files in worker processes, results in input order.

Tasks of a few files each go to a process pool through a bounded window
(:mod:`briefing.batch.pool`), so memory stays flat however long the list.
Reading each file, and each document in it, is guarded by an alarm
(``timeout``); a worker that dies or hangs anyway is killed and replaced,
and the files it held are retried one at a time, so one pathological file
fails alone and the batch goes on. Workers ignore Ctrl-C: the parent stops
them.

Workers send back :class:`Parsed` payloads, not :class:`Record` objects:
a JSON line and the few fields the parent reads pickle about ten times
faster than a tree of pydantic models, and the parent writes the line as
it is. The near-duplicate signature is computed in the worker too, so the
parent's share of the work stays small and ``-j 2`` really runs twice as
many documents.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import NamedTuple

from briefing._version import VERSION
from briefing.errors import InputError
from briefing.options import ParseOptions
from briefing.parsing import failed_record, file_source, parse_raw, read_documents
from briefing.schema import ErrorInfo, Record, Source

_GROUP_NULL = '"duplicate_group":null}'  # how a record's JSON line ends before grouping


class Parsed:
    """One record as a batch moves it: its JSON line and the fields the parent reads."""

    __slots__ = ("duplicate_group", "error", "id", "json", "record", "signature", "status")

    def __init__(
        self,
        json: str,
        id: str | None,
        status: str,
        error: ErrorInfo | None,
        signature: bytes | None = None,
        record: Record | None = None,
    ) -> None:
        self.json = json
        """``Record.model_dump_json()`` with ``duplicate_group`` still null."""
        self.id = id
        self.status = status
        self.error = error
        self.signature = signature
        """MinHash for near-duplicate grouping (empty: too short); None when not computed."""
        self.record = record
        """The record itself, when parsed in this process (never sent between processes)."""
        self.duplicate_group: str | None = None

    @classmethod
    def of(cls, record: Record, *, signed: bool = False, keep: bool = True) -> Parsed:
        """The payload of ``record``; ``signed`` computes its near-duplicate signature now."""
        signature = None
        if signed and record.status != "failed":
            from briefing.batch.dedup import signature_bytes  # numpy: only where grouping happens

            signature = signature_bytes(record.text)
        return cls(record.model_dump_json(), record.id, record.status, record.error,
                   signature, record if keep else None)

    def to_record(self) -> Record:
        """The record (validated from its JSON line when it came from another process)."""
        if self.record is None:
            self.record = Record.model_validate_json(self.json)
        self.record.duplicate_group = self.duplicate_group
        return self.record

    def line(self) -> str:
        """The record's JSON line, with its duplicate group."""
        if self.duplicate_group is None or not self.json.endswith(_GROUP_NULL):
            return self.json
        group = f'"duplicate_group":"{self.duplicate_group}"}}'
        return self.json[: -len(_GROUP_NULL)] + group


class Item:
    """One input file, or one part of a long JSON Lines file: its bytes to parse, or
    records already known (cached or failed)."""

    __slots__ = ("cached", "data", "parsed", "part", "path", "sha256", "whole")

    def __init__(
        self,
        path: str,
        *,
        data: bytes | None = None,
        sha256: str | None = None,
        parsed: list[Parsed] | None = None,
        cached: bool = False,
        part: tuple[int, int] | None = None,
        whole: Whole | None = None,
    ) -> None:
        self.path = path
        self.data = data
        self.sha256 = sha256
        """Hash of ``data``: the cache key."""
        self.parsed = parsed
        self.cached = cached
        self.part = part
        """(number from 0, count) when this is a part of a file split for parsing."""
        self.whole = whole
        """Hash and size of the whole file, for the records of a part."""


class Whole(NamedTuple):
    """The hash and size of a file that was split into parts."""

    sha256: str
    size: int


class Task(NamedTuple):
    """How the files of one batch are parsed (nothing here changes a record)."""

    options: ParseOptions
    timeout: float
    signed: bool
    """Compute near-duplicate signatures where the records are parsed."""
    memory_bytes: int = 0
    """Address space each worker process may use (0: no limit)."""


# -- parsing, in a worker or in-process --------------------------------------------------


class _TimeoutError(BaseException):
    """Raised by the alarm inside a parse that takes too long.

    A ``BaseException``, like ``KeyboardInterrupt``: the ``except Exception``
    blocks that readers need around third-party parsers must never turn a
    timeout into a "corrupt document" (which would be cached).
    """


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimeoutError


@contextlib.contextmanager
def _alarm(timeout: float) -> Iterator[None]:
    """``_TimeoutError`` after ``timeout`` seconds (0: never; only in the main thread)."""
    if timeout <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_guarded(
    path: str, data: bytes, options: ParseOptions, timeout: float, whole: Whole | None = None
) -> list[Record]:
    """The records of one file; a timeout, running out of memory or a bug is a failed record.

    Reading the file and parsing each document it holds run under time
    limits of their own: a JSON Lines file of many documents is many
    documents, not one long one, and a slow document fails alone. For a
    part of a file, ``whole`` gives the hash and size its sources carry.
    """
    source = file_source(data, path) if whole is None else Source(path=path, **whole._asdict())
    try:
        with _alarm(timeout):
            documents = read_documents(data, path=path, options=options, source=source)
    except InputError as exc:
        return [failed_record(source, exc)]
    except (_TimeoutError, Exception) as exc:
        return [_failure(exc, path, timeout, "reading the file")]
    records = []
    for number, (raw, source) in enumerate(documents, 1):
        try:
            with _alarm(timeout):
                records.append(parse_raw(raw, source, options))
        except (_TimeoutError, Exception) as exc:
            what = f"document {number} of {len(documents)}" if len(documents) > 1 else "parsing"
            records.append(_failure(exc, path, timeout, what))
    return records


def _failure(exc: BaseException, path: str, timeout: float, what: str) -> Record:
    """The failed record for a timeout, lack of memory or a bug (never cached: stage batch)."""
    if isinstance(exc, _TimeoutError):
        return batch_failure(path, "TimeoutError", f"{what} took over {timeout:g} s")
    if isinstance(exc, MemoryError):
        return batch_failure(path, "OutOfMemory", f"{what} needed more memory than allowed")
    # a bug in briefing: reported as internal, the batch goes on
    return batch_failure(path, "InternalError", f"{type(exc).__name__}: {exc}", "internal")


def batch_failure(path: str, kind: str, message: str, stage: str = "batch") -> Record:
    """A failed record for trouble in the batch machinery rather than in the input."""
    error = ErrorInfo(type=kind, message=message, stage=stage)
    return Record(parser=VERSION, source=Source(path=path), status="failed", error=error)
