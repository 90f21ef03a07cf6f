"""Whole folders from Python: what ``briefing parse`` does, as two library functions.

:func:`find_documents` lists the files the command line would read for the
same arguments (files, folders walked recursively, glob patterns, with
``include`` and ``exclude`` globs); :func:`parse_paths` parses them, in that
order, with the same per-file time limit, optional worker processes and
optional cache. Both are exported as ``briefing.find_documents`` and
``briefing.parse_paths``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing.batch.cache import RecordCache
from briefing.batch.inputs import collect_inputs
from briefing.batch.run import DEFAULT_TIMEOUT_S, BatchSettings, parse_files
from briefing.options import ParseOptions
from briefing.schema import Record

PathArg = str | Path


def find_documents(
    paths: PathArg | Iterable[PathArg],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> list[str]:
    """The files ``briefing parse PATHS`` would read, in the order it reads them.

    Folders give the files whose extension a reader knows (``include`` globs
    choose others); a file reached twice is listed once; a glob pattern that
    matches no file gives none (the command line names it as a usage error).
    """
    return collect_inputs(_names(paths), include=include, exclude=exclude).paths


def parse_paths(
    paths: PathArg | Iterable[PathArg],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jobs: int = 1,
    options: ParseOptions | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    cache: PathArg | None = None,
    dedup: bool = True,
) -> list[Record]:
    """The records of every document under ``paths``, in input order, as ``briefing parse``.

    ``jobs`` > 1 parses in that many worker processes; ``timeout`` limits each
    file (0: no limit); ``cache`` names a record cache file to read and fill
    (none by default); ``dedup`` marks near-duplicate stories
    (``duplicate_group``). Bad files give failed records, never exceptions.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, got {jobs}")
    options = options or ParseOptions()
    files = find_documents(paths, include=include, exclude=exclude)
    record_cache = RecordCache(cache, options) if cache is not None else None
    settings = BatchSettings(jobs=jobs, timeout=timeout, cache=record_cache, dedup=dedup)
    records: list[Record] = []
    try:
        with contextlib.closing(parse_files(files, options, settings)) as results:
            for result in results:
                records.extend(result.records)
    finally:
        if record_cache is not None:
            record_cache.close()
    return records


def _names(paths: PathArg | Iterable[PathArg]) -> list[str]:
    if isinstance(paths, str | Path):
        return [os.fspath(paths)]
    return [os.fspath(path) for path in paths]
