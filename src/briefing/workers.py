"""Parsing files in worker processes, results in input order.

Tasks of a few files each go to a process pool through a bounded window,
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

import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import FrameType

from briefing.options import ParseOptions
from briefing.parsing import parse_bytes
from briefing.schema import ErrorInfo, Record, Source

HARD_TIMEOUT_GRACE_S = 30.0  # when the alarm cannot fire (stuck in C code), kill the worker
WINDOW_PER_JOB = 4  # tasks in flight per worker: keeps workers busy, memory bounded
MAX_CHUNK = 16  # files per task at most: amortises process hand-offs for small files
CHUNKS_PER_WINDOW = 2  # smaller chunks when the list is short, so every worker gets some
WARM_UP_MIN_FILES = 50  # fewer: warming up in the parent costs more than it saves the workers
WARM_UP_TEXT = (  # touches the language, date and partner machinery before workers fork
    "Astana, 14 October 2016. The Embassy of Kazakhstan in Italy and the University of Rome "
    "signed a memorandum on cultural cooperation. Посольство Казахстана в Италии, 2016 год."
)


_GROUP_NULL = '"duplicate_group":null}'  # how a record's JSON line ends before grouping


@dataclass
class Parsed:
    """One record as a batch moves it: its JSON line and the fields the parent reads."""

    json: str
    """``Record.model_dump_json()`` with ``duplicate_group`` still null."""
    id: str | None
    status: str
    error: ErrorInfo | None
    signature: bytes | None = None
    """MinHash for near-duplicate grouping (empty: too short); None when not computed."""
    record: Record | None = None
    """The record itself, when it was parsed in this process (never sent between processes)."""
    duplicate_group: str | None = None

    @classmethod
    def of(cls, record: Record, *, signed: bool = False, keep: bool = True) -> Parsed:
        """The payload of ``record``; ``signed`` computes its near-duplicate signature now."""
        signature = None
        if signed and record.status != "failed":
            from briefing.dedup import signature_bytes  # numpy: only where grouping happens

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


@dataclass
class Item:
    """One input file: its bytes to parse, or records already known (cached or failed)."""

    path: str
    data: bytes | None = None
    sha256: str | None = None
    parsed: list[Parsed] | None = None
    cached: bool = False


@dataclass(frozen=True)
class Task:
    """How the files of one batch are parsed (nothing here changes a record)."""

    options: ParseOptions
    timeout: float
    signed: bool
    """Compute near-duplicate signatures where the records are parsed."""


def parse_in_order(items: Iterable[Item], task: Task, *, jobs: int, total: int) -> Iterator[Item]:
    """Every item with its records filled in, in the order given (``total``: how many)."""
    if jobs <= 1:
        for item in items:
            if item.parsed is None:
                records = parse_guarded(item.path, item.data or b"", task.options, task.timeout)
                item.parsed = [Parsed.of(r) for r in records]
            yield item
        return
    chunk = max(1, min(MAX_CHUNK, total // (jobs * WINDOW_PER_JOB * CHUNKS_PER_WINDOW)))
    if total >= WARM_UP_MIN_FILES:
        warm_up(task.options)
    yield from _parallel(items, task, jobs, chunk)


def warm_up(options: ParseOptions) -> None:
    """Compile the cleaner's and extractors' patterns once here, so forked workers inherit them.

    Only a short English text: it never loads a language model, which a batch
    may not need at all (a document whose script decides its language never does).
    """
    if multiprocessing.get_start_method() == "fork":
        parse_bytes(WARM_UP_TEXT.encode(), path="warm-up.txt", options=options)


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


def _parse_chunk(chunk: list[tuple[str, bytes]], task: Task) -> list[list[Parsed]]:
    return [
        [Parsed.of(r, signed=task.signed, keep=False)
         for r in parse_guarded(path, data, task.options, task.timeout)]
        for path, data in chunk
    ]


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# -- the ordered parallel pipeline -------------------------------------------------------


class _Pool:
    """A process pool that can be replaced when a worker dies or hangs."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, initializer=_ignore_sigint)

    def submit(self, chunk: list[tuple[str, bytes]], task: Task) -> Future[list[list[Parsed]]]:
        try:
            return self.executor.submit(_parse_chunk, chunk, task)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(_parse_chunk, chunk, task)

    def restart(self) -> None:
        self.stop()
        self.executor = self._start()

    def stop(self) -> None:
        """Kill the workers now (Ctrl-C, a hung worker) and drop queued tasks."""
        processes = list(getattr(self.executor, "_processes", {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()
        for process in processes:
            process.join(timeout=5)


def _parallel(items: Iterable[Item], task: Task, jobs: int, chunk_size: int) -> Iterator[Item]:
    pool = _Pool(jobs)
    window: deque[tuple[list[Item], Future[list[list[Parsed]]] | None]] = deque()
    try:
        for chunk in _chunks(items, chunk_size):
            window.append((chunk, _submit(pool, chunk, task)))
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield from _collect(pool, *window.popleft(), task)
        while window:
            yield from _collect(pool, *window.popleft(), task)
    finally:
        pool.stop()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _submit(pool: _Pool, chunk: list[Item], task: Task) -> Future[list[list[Parsed]]] | None:
    todo = [(item.path, item.data or b"") for item in chunk if item.parsed is None]
    return pool.submit(todo, task) if todo else None


def _collect(
    pool: _Pool, chunk: list[Item], future: Future[list[list[Parsed]]] | None, task: Task
) -> Iterator[Item]:
    parsed = iter(_wait(pool, chunk, future, task))
    for item in chunk:
        if item.parsed is None:
            item.parsed = next(parsed)
        item.data = None  # let the bytes go as soon as they are parsed
        yield item


def _wait(
    pool: _Pool, chunk: list[Item], future: Future[list[list[Parsed]]] | None, task: Task
) -> list[list[Parsed]]:
    if future is None:
        return []
    todo = [item for item in chunk if item.parsed is None]
    try:
        return future.result(timeout=_hard_limit(task.timeout, len(todo)))
    except CancelledError:  # dropped when another task's worker died: simply run again
        return _wait(pool, chunk, _submit(pool, chunk, task), task)
    except (FutureTimeout, BrokenProcessPool):
        pool.restart()
    return [_isolated(pool, item, task) for item in todo]


def _isolated(pool: _Pool, item: Item, task: Task) -> list[Parsed]:
    """Retry one file alone after its worker died: it fails alone if it is the culprit."""
    future = pool.submit([(item.path, item.data or b"")], task)
    try:
        return future.result(timeout=_hard_limit(task.timeout, 1))[0]
    except (FutureTimeout, BrokenProcessPool, CancelledError):
        pool.restart()
        crash = batch_failure(item.path, "WorkerCrashed", "the parser process died or hung")
        return [Parsed.of(crash)]


def _hard_limit(timeout: float, files: int) -> float | None:
    return timeout * files + HARD_TIMEOUT_GRACE_S if timeout > 0 else None
