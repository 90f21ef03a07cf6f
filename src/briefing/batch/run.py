"""Parsing many files: per-file results in input order, a summary, one exit status.

The parent process reads each file, looks its bytes up in the record cache
and hands the misses to :mod:`briefing.batch.workers`, which parses them in
parallel and gives them back in input order. Only the parent writes the
cache and assigns near-duplicate groups, so results stream out as they come
and memory stays flat however large the archive.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple, TextIO

from briefing._version import VERSION
from briefing.atomic import remove_leftovers
from briefing.batch.cache import RecordCache
from briefing.batch.inputs import shown
from briefing.batch.parts import json_lines_parts
from briefing.batch.progress import Progress
from briefing.batch.records_file import BadLine, is_records_file, load_records
from briefing.batch.workers import Item, Parsed, Task, Whole, parse_guarded
from briefing.errors import (
    InputError,
    NothingToBuildError,
    RenderError,
    TooLargeError,
)
from briefing.input_file import read_input
from briefing.options import BuildOptions, Limits, ParseOptions
from briefing.parsing import failed_record
from briefing.schema import Record, Source

if TYPE_CHECKING:
    from briefing.batch.dedup import DuplicateIndex
    from briefing.compose.stories import Selection
    from briefing.schema.briefing import Briefing

DEFAULT_TIMEOUT_S = 120.0  # per file; a 500-page PDF parses in well under a minute
TRANSIENT_STAGES = frozenset({"batch", "internal"})  # failures never cached
DEFAULT_MAX_MEMORY_MB = 1024  # per worker; the worst inputs measured stay well below it
DEFAULT_MAX_PAGES = 2000  # WeasyPrint holds ~2.7 MB a page: 2,000 pages is some 5 GB
DEFAULT_MAX_RECORDS = 50_000  # a record takes ~33 KB in memory: some 1.7 GB at the limit
FAILURES_SHOWN = 20  # in the closing summary; the JSON lines carry every error anyway


class BatchSettings(NamedTuple):
    """How a batch runs (nothing here changes a record)."""

    jobs: int = 1
    timeout: float = DEFAULT_TIMEOUT_S
    cache: RecordCache | None = None
    dedup: bool = True
    progress: bool = False
    verbose: bool = False
    max_records: int = DEFAULT_MAX_RECORDS
    """Records a briefing is built from at most (records files and parsed documents)."""
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    """Memory (address space) of each parser process; 0: no limit."""
    in_process: bool = False
    """Parse in this process when ``jobs`` is 1: no memory limit, no protection from a
    parser that crashes or hangs in C code (for tests and debugging)."""


class FileResult:
    """The records of one input file (or of one part of a long JSON Lines file) and
    whether they came from the cache."""

    __slots__ = ("cached", "parsed", "part", "path")

    def __init__(self, path: str, parsed: list[Parsed], cached: bool = False,
                 part: tuple[int, int] | None = None) -> None:
        self.path = path
        self.parsed = parsed
        self.cached = cached
        self.part = part
        """(number from 0, count) for a part of a file; None for a whole file."""

    @property
    def first(self) -> bool:
        """Whether this is a whole file or its first part (a file to count)."""
        return self.part is None or self.part[0] == 0

    @property
    def last(self) -> bool:
        """Whether this is a whole file or its last part (a file done)."""
        return self.part is None or self.part[0] == self.part[1] - 1

    @property
    def records(self) -> list[Record]:
        """The records themselves (built from their JSON lines when parsed in a worker)."""
        return [p.to_record() for p in self.parsed]

    @property
    def status(self) -> str:
        """``failed`` when nothing could be read, ``partial`` when some was, else ``ok``."""
        statuses = {r.status for r in self.parsed}
        if statuses == {"failed"}:
            return "failed"
        return "partial" if statuses - {"ok"} else "ok"


class Summary:
    """Counts and failures of a batch, for the closing report and the exit status.

    ``files`` and ``records`` count the documents parsed; records files read
    instead of parsing are counted apart, in ``loaded``.
    """

    __slots__ = ("cached", "failures", "files", "interrupted", "loaded", "partial", "records")

    def __init__(self) -> None:
        self.files = 0
        self.records = 0
        self.cached = 0
        self.partial = 0
        self.interrupted = False
        self.failures: list[tuple[str, str]] = []
        self.loaded: list[tuple[str, int]] = []
        """Records files read instead of parsing: (path, records loaded)."""

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        self.files += result.first
        self.records += len(result.parsed)
        self.cached += result.cached
        self.partial += result.status == "partial"
        for record in result.parsed:
            if record.error is not None:
                self.failures.append((result.path, f"{record.error.type}: {record.error.message}"))

    def report(self, stream: TextIO, *, quiet: bool, seconds: float, verbose: bool = False,
               cache: Path | None = None) -> None:
        """A few lines on stderr; with ``quiet`` only the failures, all of them if ``verbose``.

        ``cache`` names the cache the records marked "from cache" came from.
        """
        if self.interrupted:
            stream.write(f"briefing: interrupted after {plural(self.files, 'file')}; "
                         "finished outputs are intact\n")
        elif not quiet:
            stream.write(f"briefing: {self._counts(cache, seconds)}\n")
        listed = self.failures if verbose else self.failures[:FAILURES_SHOWN]
        for path, reason in listed:
            stream.write(f"  failed: {shown(path)}: {shown(reason)}\n")
        if len(listed) < len(self.failures):
            hidden = len(self.failures) - len(listed)
            stream.write(f"  ... and {hidden} more (--verbose lists all)\n")

    def _counts(self, cache: Path | None, seconds: float) -> str:
        """``5 files read, 5 records in 0.8 s (0 from cache, ...)``; records files by name."""
        took = f" in {seconds:.1f} s"
        parts = []
        if self.files or not self.loaded:
            from_cache = f"{self.cached} from cache"
            if self.cached and cache is not None:
                from_cache += f" {_home_relative(cache)}"
            parts.append(f"{plural(self.files, 'file')} read, {plural(self.records, 'record')}"
                         f"{took} ({from_cache}, {self.partial} partial, "
                         f"{len(self.failures)} failed)")
            took = ""
        parts.extend(f"{plural(count, 'record')} loaded from {shown(path)}"
                     for path, count in self.loaded)
        return "; ".join(parts) + took


def plural(count: int, noun: str) -> str:
    """``1 file``, ``2 files``, ``0 records``."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _home_relative(path: Path) -> str:
    """The cache's path as a user would type it (``~/.cache/...``)."""
    try:
        return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
    except ValueError:
        return str(path)


def parse_in_order(
    items: Iterable[Item], task: Task, *, jobs: int, total: int, in_process: bool = False
) -> Iterator[Item]:
    """Every item with its records filled in, in the order given (``total``: how many).

    Parsing runs in worker processes (one at least), where time and memory are
    bounded; ``in_process`` parses here instead when there is one job.
    """
    if jobs <= 1 and in_process:
        for item in items:
            if item.parsed is None:
                records = parse_guarded(item.path, item.data or b"", task.options, task.timeout,
                                        item.whole)
                item.parsed = [Parsed.of(r) for r in records]
            yield item
        return
    from briefing.batch import pool  # multiprocessing and concurrent.futures: only for a pool

    yield from pool.parse_parallel(items, task, jobs=jobs, total=total)


def exit_status(summary: Summary) -> int:
    """0 when every file was read, 1 when any failed, 130 after Ctrl-C."""
    if summary.interrupted:
        return 130
    return 1 if summary.failures else 0


def parse_files(
    paths: list[str], options: ParseOptions, settings: BatchSettings
) -> Generator[FileResult, None, None]:
    """Results for ``paths`` in input order, cached, deduplicated, as they come."""
    groups = LazyGroups() if settings.dedup else None
    with Progress(len(paths), enabled=settings.progress, verbose=settings.verbose) as progress:
        for result in _results(paths, options, settings):
            if groups is not None:
                groups.assign(result.parsed)
            if result.last:
                progress.advance(result.path, "cached" if result.cached else result.status)
            yield result
    if settings.cache is not None:
        settings.cache.commit()


class LazyGroups:
    """Near-duplicate groups; numpy is imported only once a second record makes them matter.

    The first record always starts its own group, so it can be marked before
    the index exists: a one-file run never pays for the import. Records come
    as :class:`Record` objects or as worker payloads that carry their signature.
    """

    def __init__(self) -> None:
        self._first: Record | Parsed | None = None
        self._index: DuplicateIndex | None = None

    def assign(self, records: Iterable[Record | Parsed]) -> None:
        """Mark each record's ``duplicate_group``, in order."""
        for record in records:
            if self._index is None and self._first is None and record.status != "failed":
                record.duplicate_group = record.id
                self._first = record
            else:
                _assign(self._ensure_index(), record)

    def _ensure_index(self) -> DuplicateIndex:
        if self._index is None:
            from briefing.batch import dedup  # numpy: paid only when there is something to compare

            self._index = dedup.DuplicateIndex()
            if self._first is not None:
                _assign(self._index, self._first)
        return self._index


def _assign(index: DuplicateIndex, record: Record | Parsed) -> None:
    if isinstance(record, Record):
        index.assign(record)
    elif record.status != "failed" and record.id is not None:
        from briefing.batch.dedup import from_bytes, signature

        if record.signature is not None:
            sig = from_bytes(record.signature)
        else:
            sig = signature(record.to_record().text)
        record.duplicate_group = index.group(record.id, sig)


def _results(
    paths: list[str], options: ParseOptions, settings: BatchSettings
) -> Iterator[FileResult]:
    loaded = (item for path in paths for item in _load(path, options.limits, settings.cache))
    task = Task(options, settings.timeout, signed=settings.dedup,
                memory_bytes=settings.max_memory_mb * 1024 * 1024)
    for item in parse_in_order(loaded, task, jobs=settings.jobs, total=len(paths),
                               in_process=settings.in_process):
        result = FileResult(item.path, item.parsed or [], item.cached, item.part)
        if settings.cache is not None and not result.cached:
            _remember(settings.cache, item.sha256, result)
        yield result


# -- reading in the parent ---------------------------------------------------------------


def _load(path: str, limits: Limits, cache: RecordCache | None) -> Iterator[Item]:
    """The file's bytes (regular files within the size limit only) or its cached records;
    a long JSON Lines file as parts, each looked up in the cache on its own."""
    try:
        data = read_input(path, limits.max_file_bytes)
    except InputError as exc:
        yield Item(path, parsed=[Parsed.of(failed_record(Source(path=path), exc))])
        return
    sha = hashlib.sha256(data).hexdigest()
    parts = json_lines_parts(path, data)
    if parts is None:
        yield _looked_up(Item(path, data=data, sha256=sha), cache)
        return
    whole = Whole(sha, len(data))
    del data
    for number, part in enumerate(parts):
        item = Item(path, data=part, sha256=hashlib.sha256(part).hexdigest(),
                    part=(number, len(parts)), whole=whole)
        yield _looked_up(item, cache)


def _looked_up(item: Item, cache: RecordCache | None) -> Item:
    """The item with its cached records in place of its bytes, when the cache has them."""
    if cache is None or item.sha256 is None:
        return item
    hit = cache.get(item.sha256, item.path, whole=item.whole)
    if hit is not None:
        item.parsed = [Parsed.of(r) for r in hit]
        item.cached = True
        item.data = None
    return item


def _remember(cache: RecordCache, sha: str | None, result: FileResult) -> None:
    transient = any(r.error and r.error.stage in TRANSIENT_STAGES for r in result.parsed)
    if sha is not None and not transient:
        cache.put(sha, [r.json for r in result.parsed])


# -- writing and reading JSON Lines ------------------------------------------------------


def write_records(results: Iterable[FileResult], stream: IO[str], summary: Summary) -> None:
    """One JSON line per record, flushed as it comes, counting into ``summary``."""
    for result in results:
        for record in result.parsed:
            stream.write(record.line() + "\n")
        stream.flush()
        summary.add(result)


# -- building a briefing -----------------------------------------------------------------

OUTPUTS = {  # format -> (renderer in briefing.render, file name in the output folder)
    "pdf": ("render_pdf", "briefing.pdf"),
    "docx": ("render_docx", "briefing.docx"),
    "json": ("render_json", "briefing.json"),
    "html": ("render_html", "briefing.html"),
    "md": ("render_markdown", "briefing.md"),
}
ISOLATED_PAGES = 150
"""A PDF estimated longer than this is rendered in a child process (``render_pdf(...,
isolated=True)``): its memory (430 MB for 2,100 pages) then comes on top of the view model
alone, not of every record this process holds (3,300 records: 665 MB before rendering), and is
handed back when it ends. A shorter one is rendered here: the child's start would cost about
a second, more than its memory is worth."""


def gather_records(
    paths: list[str], options: ParseOptions, settings: BatchSettings, summary: Summary
) -> list[Record]:
    """Records for a briefing: loaded from ``briefing parse`` outputs, parsed from the rest."""
    saved: list[str] = []
    documents: list[str] = []
    for path in paths:
        if is_records_file(path):
            saved.append(path)
        else:
            documents.append(path)
    records: list[Record] = []
    for result in parse_files(documents, options, settings._replace(dedup=False)):
        summary.add(result)
        records.extend(result.records)
        _check_count(len(records), settings.max_records)
    for path in saved:
        limit = settings.max_records - len(records)
        count = 0
        for loaded in load_records(path, max_bytes=options.limits.max_file_bytes,
                                   max_records=limit):
            if isinstance(loaded, BadLine):
                summary.failures.append((f"{path}, line {loaded.number}", loaded.reason))
            else:
                records.append(loaded)
                count += 1
        summary.loaded.append((path, count))
    if settings.dedup:
        LazyGroups().assign(records)
    return records


def _check_count(count: int, limit: int) -> None:
    if count > limit:
        raise TooLargeError(
            f"the inputs hold more than {limit} records (the --max-records limit); "
            "build from fewer files or raise the limit"
        )


def render_outputs(
    records: list[Record],
    options: BuildOptions,
    folder: Path,
    formats: Iterable[str],
    stream: TextIO | None = None,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> list[Path]:
    """Compose the briefing once and write it in every format asked (each renderer is atomic).

    With no usable record left, nothing is written: :class:`NothingToBuildError` says
    why. A paged briefing (PDF, DOCX) estimated over ``max_pages`` (0: no limit) is
    refused before anything is rendered, with a ``TooManyPagesError``. ``stream`` gets
    a line before each format and one for each file written, with its time, and a note
    of the sources the filters left out.
    """
    from briefing.batch.page_estimate import check_pages
    from briefing.compose import build_briefing

    for _, name in OUTPUTS.values():  # what a killed run left, whichever formats it wrote
        remove_leftovers(folder / name)
    chosen = _chosen(records, options)
    if chosen.filtered and stream is not None:
        stream.write(f"briefing: the filters left out {plural(chosen.filtered, 'source')} "
                     f"of {len(records) - chosen.skipped}: {chosen.explain()}\n")
    brief = build_briefing(records, options=options)
    formats = list(formats)
    check_pages(brief, set(formats), max_pages)
    written = []
    for fmt in formats:
        name = OUTPUTS[fmt][1]
        with _rendering(fmt, folder / name, stream):
            _render(fmt, brief, folder / name, options)
        written.append(folder / name)
    return written


def _render(fmt: str, brief: Briefing, target: Path, options: BuildOptions) -> None:
    """Write ``brief`` in one format; a long PDF in a process of its own."""
    from briefing import render
    from briefing.batch.page_estimate import estimate_pages

    if fmt == "pdf" and estimate_pages(brief) > ISOLATED_PAGES:
        render.render_pdf(brief, target, options, isolated=True)
    else:
        getattr(render, OUTPUTS[fmt][0])(brief, target, options)


@contextlib.contextmanager
def _rendering(fmt: str, target: Path, stream: TextIO | None) -> Iterator[None]:
    """A line before a format is rendered, and one with its time once it is written.

    Every output goes through here: what a killed run left of the target is removed
    first, and a write that fails (a full disk: the old file is still whole) becomes
    one :class:`RenderError` naming the target.
    """
    started = time.monotonic()
    remove_leftovers(target)
    if stream is not None:
        stream.write(f"briefing: rendering {fmt.upper()}…\n")
        stream.flush()
    try:
        yield
    except OSError as exc:
        raise RenderError(f"cannot write: {exc.strerror or exc}", path=target) from None
    if stream is not None:
        stream.write(f"  wrote {shown(str(target))} in {time.monotonic() - started:.1f} s\n")


def _chosen(records: list[Record], options: BuildOptions) -> Selection:
    """The records the filters keep; a ``NothingToBuildError`` saying why when none is left."""
    from briefing.compose.stories import select

    chosen = select(records, options)
    if not chosen.records:
        raise NothingToBuildError(_nothing_left(len(records), chosen))
    return chosen


def _nothing_left(total: int, chosen: Selection) -> str:
    """Why there is no briefing, in words."""
    if total == 0:
        return "no briefing written: no records to build it from (no documents were read)"
    if chosen.skipped == total:
        which = "the only record is" if total == 1 else f"all {total:,} records are"
        return f"no briefing written: {which} of documents that could not be read"
    unread = f"; {chosen.skipped} could not be read" if chosen.skipped else ""
    return (f"no briefing written: the filters left out all {plural(chosen.filtered, 'source')}"
            f": {chosen.explain()}{unread}")


def render_review(records: list[Record], options: BuildOptions, folder: Path,
                  stream: TextIO | None = None) -> Path:
    """Write the review page of the briefing these records make (``review.html``)."""
    from briefing.compose.review import build_review
    from briefing.render.review_renderer import render_review as write

    _chosen(records, options)
    target = folder / "review.html"
    with _rendering("review page", target, stream):
        page = build_review(records, options)
        write(page, target, options.template_dir)
    return target


DELTA_NAME = "changes"
"""The file name of a "what changed" briefing: changes.pdf, changes.docx, changes.html…"""


def render_delta(old: list[Record], new: list[Record], options: BuildOptions,
                 folder: Path, formats: Iterable[str],
                 stale_versions: Iterable[str] = (), stream: TextIO | None = None) -> list[Path]:
    """Compose what changed from ``old`` to ``new`` once; write it in every format asked.

    ``stale_versions``: parser versions of earlier records that could not be parsed again;
    the briefing then says that differences may come from the parser.
    """
    from briefing.compose.delta import build_delta
    from briefing.compose.labels import load_labels, template_folder
    from briefing.compose.review import review_page
    from briefing.render.review_renderer import render_review as write_review

    _chosen(old + new, options)
    versions = ", ".join(sorted(set(stale_versions)))
    note = load_labels(template_folder(options.template_dir), options.lang).text[
        "delta_parser"].format(versions=versions) if versions else ""
    delta = build_delta(old, new, options, parser_note=note)
    written = []
    for fmt in formats:
        if fmt == "review":
            target = folder / f"{DELTA_NAME}-review.html"
            with _rendering("review page", target, stream):
                page = review_page(delta.briefing, delta.records)
                write_review(page, target, options.template_dir)
        else:
            target = folder / f"{DELTA_NAME}{Path(OUTPUTS[fmt][1]).suffix}"
            with _rendering(fmt, target, stream):
                _render(fmt, delta.briefing, target, options)
        written.append(target)
    return written


def refresh_records(records: list[Record], options: ParseOptions, settings: BatchSettings,
                    summary: Summary) -> tuple[list[Record], set[str]]:
    """Records made by another parser version parsed again where their files are at hand.

    Returns the records (refreshed where possible) and the versions of those that
    could not be refreshed.
    """
    stale = [r for r in records if r.parser != VERSION]
    at_hand = sorted({r.source.path for r in stale
                      if r.source.path and Path(r.source.path).is_file()})
    fresh: dict[str, list[Record]] = {}
    for result in parse_files(at_hand, options, settings._replace(dedup=False)):
        summary.add(result)
        fresh[result.path] = result.records
    kept: list[Record] = []
    for record in records:
        if record.parser == VERSION or not record.source.path or record.source.path not in fresh:
            kept.append(record)
    refreshed = [r for path in at_hand for r in fresh.get(path, [])]
    versions = {r.parser or "unknown" for r in kept if r.parser != VERSION}
    return kept + refreshed, versions

