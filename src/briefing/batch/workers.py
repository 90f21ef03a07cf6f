"""Parsing files in worker processes, results in input order.

Tasks of a few files each go to a process pool through a bounded window
(:mod:`briefing.batch.pool`, imported only when there is more than one job),
so memory stays flat however long the list. Every file is guarded by an
alarm (``timeout``); a worker that dies or hangs anyway is killed and
replaced, and the files it held are retried one at a time, so one
pathological file fails alone and the batch goes on. Workers ignore Ctrl-C:
the parent stops them.

Workers send back :class:`Parsed` payloads, not :class:`Record` objects:
a JSON line and the few fields the parent reads pickle about ten times
faster than a tree of pydantic models, and the parent writes the line as
it is. The near-duplicate signature is computed in the worker too, so the
parent's share of the work stays small and ``-j 2`` really runs twice as
many documents.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import NamedTuple

from briefing.options import ParseOptions
from briefing.parsing import parse_bytes
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
    """One input file: its bytes to parse, or records already known (cached or failed)."""

    __slots__ = ("cached", "data", "parsed", "path", "sha256")

    def __init__(
        self,
        path: str,
        *,
        data: bytes | None = None,
        sha256: str | None = None,
        parsed: list[Parsed] | None = None,
        cached: bool = False,
    ) -> None:
        self.path = path
        self.data = data
        self.sha256 = sha256
        self.parsed = parsed
        self.cached = cached


class Task(NamedTuple):
    """How the files of one batch are parsed (nothing here changes a record)."""

    options: ParseOptions
    timeout: float
    signed: bool
    """Compute near-duplicate signatures where the records are parsed."""


# -- parsing, in a worker or in-process --------------------------------------------------


class _TimeoutError(Exception):
    """Raised by the alarm inside a parse that takes too long."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimeoutError


def parse_guarded(path: str, data: bytes, options: ParseOptions, timeout: float) -> list[Record]:
    """``parse_bytes`` that turns a timeout or a bug into a failed record."""
    alarm = timeout > 0 and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if alarm else None
    if alarm:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return parse_bytes(data, path=path, options=options)
    except _TimeoutError:
        return [batch_failure(path, "TimeoutError", f"parsing took over {timeout:g} s")]
    except Exception as exc:  # a bug in briefing: reported as internal, the batch goes on
        return [batch_failure(path, "InternalError", f"{type(exc).__name__}: {exc}", "internal")]
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def batch_failure(path: str, kind: str, message: str, stage: str = "batch") -> Record:
    """A failed record for trouble in the batch machinery rather than in the input."""
    error = ErrorInfo(type=kind, message=message, stage=stage)
    return Record(source=Source(path=path), status="failed", error=error)
