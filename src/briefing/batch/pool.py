"""The ordered parallel pipeline of :mod:`briefing.batch.workers`: a process pool, a bounded window.

Every batch parses here, one worker at least: the process that reads the
files never parses them, and each worker runs under a memory limit and dies
with its parent. Kept apart so that an in-process run (tests, debugging)
never imports :mod:`multiprocessing` and :mod:`concurrent.futures`.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any, cast

from briefing.batch.workers import Item, Parsed, Task, Whole, batch_failure, parse_guarded
from briefing.ingest.json_reader import JsonReader
from briefing.options import ParseOptions
from briefing.parsing import parse_bytes

HARD_TIMEOUT_GRACE_S = 30.0  # when the alarm cannot fire (stuck in C code), kill the worker
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_S = 1.0  # where prctl is missing: how often a worker checks its parent is alive
# numpy's BLAS starts a thread (and reserves its buffers) per core when imported: on a
# 64-core server that alone would pass a worker's memory limit. Workers need one.
_THREAD_POOLS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
WINDOW_PER_JOB = 4  # tasks in flight per worker: keeps workers busy, memory bounded
MAX_CHUNK = 16  # files per task at most: amortises process hand-offs for small files
CHUNKS_PER_WINDOW = 2  # smaller chunks when the list is short, so every worker gets some
WARM_UP_MIN_FILES = 50  # fewer: warming up in the parent costs more than it saves the workers
WARM_UP_TEXT = (  # touches the language, date and partner machinery before workers fork
    "Astana, 14 October 2016. The Embassy of Kazakhstan in Italy and the University of Rome "
    "signed a memorandum on cultural cooperation. Посольство Казахстана в Италии, 2016 год."
)


def parse_parallel(items: Iterable[Item], task: Task, *, jobs: int, total: int) -> Iterator[Item]:
    """Every item with its records filled in by ``jobs`` worker processes, in the order given."""
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


Work = tuple[str, bytes, Whole | None]  # what a worker gets of an item: path, bytes, whole


def _parse_chunk(chunk: list[Work], task: Task) -> list[list[Parsed]]:
    return [
        [Parsed.of(r, signed=task.signed, keep=False)
         for r in parse_guarded(path, data, task.options, task.timeout, whole)]
        for path, data, whole in chunk
    ]


def _work(item: Item) -> Work:
    return (item.path, item.data or b"", item.whole)


def _start_worker(parent: int, memory_bytes: int) -> None:
    """Set up a worker: Ctrl-C left to the parent, which stops it cleanly; death with the
    parent (``kill -9`` of the parent leaves no orphan blocked on a pipe); memory bounded."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    if memory_bytes > 0:
        for name in _THREAD_POOLS:  # each BLAS thread reserves its buffers: one is plenty here
            os.environ.setdefault(name, "1")
        _limit_memory(memory_bytes)


def _die_with_parent(parent: int) -> None:
    """SIGKILL this process when its parent dies (Linux ``prctl``; elsewhere a watchdog)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def _limit_memory(memory_bytes: int) -> None:
    """Cap the address space: a runaway parse fails with ``MemoryError`` (or its worker
    dies, when a C library aborts) instead of taking the machine's memory.

    A worker forked from a parent that already holds much (the records of a long
    ``build``) keeps some headroom above what it inherited.
    """
    import resource

    inherited = _address_space()
    limit = max(memory_bytes, inherited + memory_bytes // 4)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm") as stream:  # noqa: PTH123 (a tiny read, once per worker)
            return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


class _WorkerContext:
    """The start method's context, remembering each worker process it makes.

    The executor keeps its processes private; the pool needs them to kill a
    hung worker, so it hands the executor this context and keeps the list.
    """

    def __init__(self) -> None:
        self.base = multiprocessing.get_context()
        self.processes: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)

    def Process(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 (the name the executor calls)
        process = self.base.Process(*args, **kwargs)
        self.processes.append(process)
        return process


class _Pool:
    """A process pool that can be replaced when a worker dies or hangs."""

    def __init__(self, jobs: int, memory_bytes: int) -> None:
        self.jobs = jobs
        self.memory_bytes = memory_bytes
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        self.context = _WorkerContext()
        # The wrapper forwards every other attribute to the real context.
        context = cast(BaseContext, self.context)
        return ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker,
                                   initargs=(os.getpid(), self.memory_bytes))

    def submit(self, chunk: list[Work], task: Task) -> Future[list[list[Parsed]]]:
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
        processes = list(self.context.processes)
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()
        for process in processes:
            process.join(timeout=5)


def _parallel(items: Iterable[Item], task: Task, jobs: int, chunk_size: int) -> Iterator[Item]:
    pool = _Pool(jobs, task.memory_bytes)
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
    todo = [_work(item) for item in chunk if item.parsed is None]
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
        limits = sum(_time_limits(item) for item in todo)
        return future.result(timeout=_hard_limit(task.timeout, limits))
    except CancelledError:  # dropped when another task's worker died: simply run again
        return _wait(pool, chunk, _submit(pool, chunk, task), task)
    except (FutureTimeout, BrokenProcessPool):
        pool.restart()
    except Exception:  # raised in the worker outside any one file: each file alone tells
        pass
    return [_isolated(pool, item, task) for item in todo]


def _isolated(pool: _Pool, item: Item, task: Task) -> list[Parsed]:
    """Retry one file alone after its worker died: it fails alone if it is the culprit."""
    future = pool.submit([_work(item)], task)
    try:
        return future.result(timeout=_hard_limit(task.timeout, _time_limits(item)))[0]
    except (FutureTimeout, BrokenProcessPool, CancelledError):
        pool.restart()
        crash = batch_failure(item.path, "WorkerCrashed",
                              "the parser process died (out of memory?) or hung")
        return [Parsed.of(crash)]
    except Exception as exc:  # the worker lived but could not hand the results back
        failure = batch_failure(item.path, "WorkerFailed",
                                f"the parser process failed ({type(exc).__name__}: {exc})")
        return [Parsed.of(failure)]


def _time_limits(item: Item) -> int:
    """How many time limits a file's parse may take at most: reading, then each document
    (a JSON file holds at most one per line)."""
    if item.path.lower().endswith(JsonReader.extensions):
        return 1 + (item.data or b"").count(b"\n") + 1
    return 2


def _hard_limit(timeout: float, limits: int) -> float | None:
    return timeout * limits + HARD_TIMEOUT_GRACE_S if timeout > 0 else None
