"""The ``briefing`` command: argument parsing and dispatch only.

Each sub-command maps its arguments to :class:`~briefing.options.ParseOptions`,
:class:`~briefing.options.BuildOptions` and :class:`~briefing.batch.run.BatchSettings`
and hands over to :mod:`briefing.batch.run`. Exit status: 0 all files read,
1 some failed, 2 bad usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any, TextIO, TypeVar

from pydantic import BaseModel, ValidationError

import briefing
from briefing import vocabulary
from briefing.atomic import NAME_MAX, atomic_text
from briefing.batch import run as batch
from briefing.batch.cache import CacheError, RecordCache, default_cache_path
from briefing.batch.inputs import Inputs, collect_inputs, shown, skipped_text
from briefing.batch.progress import wants_bar
from briefing.errors import BriefingError, UsageError
from briefing.options import BuildOptions, Limits, ParseOptions
from briefing.schema import Record

MiB = 1024 * 1024
ModelT = TypeVar("ModelT", bound=BaseModel)
FORMATS = tuple(batch.OUTPUTS)
DELTA_FORMATS = (*FORMATS, "review")
# BuildOptions field -> the flag that sets it (a test checks that none is missing)
BUILD_FLAGS = {
    "group_by": "--group-by", "title": "--title", "marking": "--marking", "home": "--home",
    "lang": "--labels", "since": "--since", "until": "--until", "partners": "--partner",
    "themes": "--theme", "reference_date": "--reference-date", "created": "--created",
    "author": "--author", "paper": "--paper", "template_dir": "--template",
    "pdf_variant": "--pdf-variant", "annex": "--annex",
}
PARSE_FLAGS = {"home": "--home", "lang": "--doc-lang", "limits": "--max-file-mb",
               "reference_date": "--reference-date"}

EPILOG = """\
examples:
  briefing parse notes/ -o records.jsonl          every document under notes/, one JSON line each
  briefing parse "archive/**/*.html" --exclude "drafts/*" -j 4
  find inbox -name '*.docx' | briefing parse - > records.jsonl
  briefing build notes/ -o out/                    out/briefing.pdf, .docx and .json
  briefing build records.jsonl -o out/ --format pdf,md --group-by theme \\
      --since 2024-01-01 --partner IT,FR --labels ru
  briefing review records.jsonl -o out/             out/review.html: statements beside sources
  briefing diff last-month.jsonl inbox/ -o out/    out/changes.pdf, .docx, -review.html
  briefing schema > record.schema.json
  briefing partners                                the valid --partner and --home codes
  briefing themes                                  the valid --theme ids

exit status: 0 all files read, 1 some files failed (listed on stderr) or no
usable record for a briefing, 2 bad usage (also a pattern that matches no file;
the other files are still read), 130 interrupted.

cache: parsed records are kept in an SQLite file (--cache FILE; default
$XDG_CACHE_HOME/briefing/records.sqlite, else ~/.cache/briefing/records.sqlite),
keyed by each file's content (SHA-256), the parser's code and data, and the
parse options: a file is parsed again only when one of these changes. Every
checkout of the same code shares it. --no-cache bypasses it; delete the file to
clear it.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except UsageError as exc:
        parser.exit(2, f"briefing: error: {shown(str(exc))}\n")
    except BriefingError as exc:  # an output that cannot be written, nothing to build
        sys.stderr.write(f"briefing: error: {shown(str(exc))}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("briefing: interrupted; finished outputs are intact\n")
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # quiet flush at exit
        return 0
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``briefing`` command."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn documents on cultural and humanitarian cooperation into grounded "
        "records (JSON Lines) and briefings (PDF, DOCX, JSON, HTML, Markdown).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common_parser()
    parse = commands.add_parser(
        "parse", parents=[common], help="documents to JSON Lines records", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read documents and write one JSON record per document, in input order.",
    )
    parse.add_argument("-o", "--output", metavar="FILE",
                       help="write here (default, or -: standard output)")
    _doc_lang(parse, old_name=True)
    parse.set_defaults(run=_parse)
    build = commands.add_parser(
        "build", parents=[common], help="documents or records to a briefing", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Build a briefing from documents, or from a records file made by parse.",
    )
    _build_arguments(build)
    build.set_defaults(run=_build)
    review = commands.add_parser(
        "review", parents=[common], help="a page to check every statement against its source",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write review.html: the briefing's statements beside their sources, every "
        "extracted item highlighted. One offline file; it fetches nothing.",
    )
    _build_arguments(review, formats=False)
    review.set_defaults(run=_review)
    diff = commands.add_parser(
        "diff", parents=[_common_parser(paths=False)], help="what changed since earlier records",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write a briefing of what changed from OLD (a records file or documents) to "
        "NEW: new partners, partners gone quiet, new and changed agreements, new people met, "
        "themes that appear or vanish, new upcoming events. Files: changes.pdf, changes.docx…",
    )
    diff.add_argument("old", metavar="OLD", help="the earlier records file, or its documents")
    diff.add_argument("paths", nargs="+", metavar="NEW", help="the newer documents or records")
    _build_arguments(diff, formats=False)
    diff.add_argument("--format", default="pdf,docx,review", type=_delta_formats,
                      help=f"comma list of {','.join(DELTA_FORMATS)} (default: pdf,docx,review)")
    diff.set_defaults(run=_diff)
    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(run=_schema)
    partners = commands.add_parser("partners", help="list the partner codes --partner accepts")
    partners.set_defaults(run=_partners)
    themes = commands.add_parser("themes", help="list the theme ids --theme accepts")
    themes.set_defaults(run=_themes)
    return parser


def _doc_lang(command: argparse.ArgumentParser, *, old_name: bool = False) -> None:
    """``--doc-lang``, the same in both commands; ``old_name`` keeps parse's old ``--lang``
    working, hidden (in build, ``--lang`` was and stays the labels' language)."""
    command.add_argument("--doc-lang", metavar="CODE",
                         help="language of the documents, ISO 639-1 (default: detect each)")
    if old_name:
        command.add_argument("--lang", dest="doc_lang", help=argparse.SUPPRESS)


def _common_parser(*, paths: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    if paths:
        common.add_argument("paths", nargs="+", metavar="PATH",
                            help="files, folders (walked), glob patterns, or - for a list on stdin")
    common.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, take only files matching (repeatable)")
    common.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="skip files matching (repeatable)")
    common.add_argument("--home", default="KZ", metavar="CC",
                        help="ISO code (or name) of the home country, never its own partner "
                        "(default: KZ)")
    common.add_argument("-j", "--jobs", type=_positive_int, default=os.cpu_count() or 1,
                        help="parallel parser processes (default: the machine's cores)")
    common.add_argument("--timeout", type=_seconds, default=batch.DEFAULT_TIMEOUT_S, metavar="S",
                        help="give up on a file after this many seconds (0: never)")
    common.add_argument("--max-file-mb", type=_megabytes, default=Limits().max_file_bytes / MiB,
                        metavar="MB", help="refuse files larger than this")
    common.add_argument("--max-memory-mb", type=_non_negative_int,
                        default=batch.DEFAULT_MAX_MEMORY_MB, metavar="MB",
                        help="memory of each parser process; a file needing more fails alone "
                        "(0: no limit; default: %(default)s)")
    common.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                        help='"today": relative dates ("two days ago") of documents without a '
                        "date of their own are read from it; build: upcoming events too")
    common.add_argument("--cache", metavar="FILE",
                        help=f"record cache database (default: {default_cache_path()}; "
                        "keyed by file content, parser version and options; delete it to clear)")
    common.add_argument("--no-cache", action="store_true",
                        help="neither read nor write the cache: parse everything again")
    common.add_argument("--no-dedup", action="store_true",
                        help="do not mark near-duplicate stories (duplicate_group)")
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print only failures")
    noise.add_argument("-v", "--verbose", action="store_true", help="print a line per file")
    return common


def _build_arguments(build: argparse.ArgumentParser, *, formats: bool = True) -> None:
    # the fields' defaults, not BuildOptions(): that would build its validator for every command
    defaults = SimpleNamespace(**{k: f.default for k, f in BuildOptions.model_fields.items()})
    add = build.add_argument
    add("-o", "--output", required=True, metavar="DIR",
        help="folder for the briefing files (created if missing)")
    if formats:
        add("--format", default="pdf,docx,json", type=_formats,
            help=f"comma list of {','.join(FORMATS)} (default: pdf,docx,json)")
    add("--group-by", choices=["partner", "theme"], default=defaults.group_by)
    add("--title", default=defaults.title)
    add("--marking", help='a marking line on the cover, e.g. "For official use"')
    add("--labels", choices=["en", "ru"], default=defaults.lang, dest="lang",
        help="language of the briefing's headings, labels and dates (default: en)")
    add("--lang", choices=["en", "ru"], dest="lang", help=argparse.SUPPRESS)  # the old name
    _doc_lang(build)
    add("--since", type=_date, metavar="YYYY-MM-DD",
        help="keep sources published on or after (undated sources are left out)")
    add("--until", type=_date, metavar="YYYY-MM-DD",
        help="keep sources published on or before (undated sources are left out)")
    add("--partner", action="append", default=[], metavar="CC",
        help="keep only sources about these partners: codes or names, repeatable or "
        "comma list (briefing partners lists them)")
    add("--theme", action="append", default=[], metavar="ID",
        help="keep only sources on these themes, repeatable or comma list "
        "(briefing themes lists them)")
    add("--created", type=_datetime, metavar="ISO-DATETIME",
        help="creation date written into the files, e.g. 2026-11-22T09:00:00")
    add("--author", default=defaults.author)
    add("--paper", choices=["a4", "letter"], default=defaults.paper)
    add("--template", type=_folder, metavar="DIR", help="a copy of templates/ to render with")
    add("--pdf-variant", choices=["pdf/ua-1", "pdf/a-3b", "pdf/a-2b"])
    add("--max-records", type=_positive_int, default=batch.DEFAULT_MAX_RECORDS, metavar="N",
        help="refuse to build from more records than this (default: %(default)s)")
    add("--max-pages", type=_non_negative_int, default=batch.DEFAULT_MAX_PAGES, metavar="N",
        help="refuse a PDF or DOCX briefing estimated longer than this, before rendering "
        "(0: no limit; default: %(default)s)")
    add("--annex", action="store_true",
        help="add an annex of the statements beyond each section's budget")


class _VersionAction(argparse.Action):
    """``--version``: looks the version up only when asked (package metadata is slow to read)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        sys.stdout.write(f"briefing {briefing.__version__}\n")
        parser.exit()


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None


def _positive_int(text: str) -> int:
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more, got {value}")
    return value


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got '{text}'") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"expected a finite number, got '{text}'")
    return value


def _seconds(text: str) -> float:
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, got {text}")
    return value


def _megabytes(text: str) -> float:
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 MB, got {text}")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD (e.g. 2024-01-31), got '{text}'") from None


def _datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date and time as YYYY-MM-DDTHH:MM:SS, got '{text}'") from None


def _folder(text: str) -> Path:
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {_text(text)}")
    return path


def _formats(text: str, choices: Sequence[str] = FORMATS) -> list[str]:
    chosen = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in dict.fromkeys(chosen) if f not in choices]
    if not chosen:
        raise argparse.ArgumentTypeError(f"no format given; choose from {', '.join(choices)}")
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown)}; choose from "
                                         f"{', '.join(choices)} (comma list)")
    return list(dict.fromkeys(chosen))


def _delta_formats(text: str) -> list[str]:
    return _formats(text, DELTA_FORMATS)


def _text(value: str) -> str:
    """An argument as text: bytes that are not UTF-8 (lone surrogates in ``sys.argv``)
    become U+FFFD, so titles and names can be written in every format."""
    return os.fsencode(value).decode("utf-8", "replace")


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(_text(v).strip() for value in values for v in value.split(",") if v.strip())


# -- options from arguments --------------------------------------------------------------


def parse_options(args: argparse.Namespace) -> ParseOptions:
    """ParseOptions from the common flags."""
    limits = Limits(max_file_bytes=max(1, int(args.max_file_mb * MiB)))
    return _validated(ParseOptions, PARSE_FLAGS, home=_text(args.home), lang=args.doc_lang,
                      limits=limits, reference_date=args.reference_date)


def build_options(args: argparse.Namespace) -> BuildOptions:
    """BuildOptions from the build flags (codes and themes checked by the model)."""
    values = {
        "group_by": args.group_by, "title": _text(args.title),
        "marking": args.marking and _text(args.marking),
        "home": _text(args.home), "lang": args.lang, "since": args.since, "until": args.until,
        "partners": _split(args.partner), "themes": _split(args.theme),
        "reference_date": args.reference_date,
        "created": args.created, "author": _text(args.author), "paper": args.paper,
        "template_dir": args.template, "pdf_variant": args.pdf_variant,
        "annex": args.annex,
    }
    return _validated(BuildOptions, BUILD_FLAGS,
                      **{k: v for k, v in values.items() if v is not None})


def _validated(model: type[ModelT], flags: dict[str, str], **values: Any) -> ModelT:
    """The model, or a usage error in the words of the flags (no pydantic wording)."""
    try:
        return model(**values)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            message = error["msg"].removeprefix("Value error, ")
            flag = flags.get(field, "--" + field.replace("_", "-"))
            problems.append(f"{flag}: {message}" if field else message)
        raise UsageError("; ".join(problems)) from None


@contextlib.contextmanager
def _settings(args: argparse.Namespace, options: ParseOptions) -> Iterator[batch.BatchSettings]:
    cache = None if args.no_cache else _open_cache(args.cache, options)
    try:
        yield batch.BatchSettings(
            jobs=args.jobs, timeout=args.timeout, cache=cache, dedup=not args.no_dedup,
            progress=wants_bar(args.quiet), verbose=args.verbose,
            max_records=getattr(args, "max_records", batch.DEFAULT_MAX_RECORDS),
            max_memory_mb=args.max_memory_mb,
        )
    finally:
        if cache is not None:
            cache.close()


def _open_cache(path: str | None, options: ParseOptions) -> RecordCache | None:
    try:
        return RecordCache(path or default_cache_path(), options)
    except CacheError as exc:  # corrupt, read-only, another program's: never a reason to stop
        sys.stderr.write(f"briefing: note: no cache ({exc}); going on without it\n")
        return None


# -- commands ----------------------------------------------------------------------------


def _parse(args: argparse.Namespace) -> int:
    options = parse_options(args)
    inputs = _inputs(args.paths, args, stdin=sys.stdin)
    target = _output_file(args.output, inputs) if args.output not in (None, "-") else None
    summary, started = batch.Summary(), time.monotonic()
    _notes(inputs, args)
    try:
        with _settings(args, options) as settings, _sink(target) as out:
            results = batch.parse_files(inputs.paths, options, settings)
            with contextlib.closing(results):
                batch.write_records(results, out, summary)
    except KeyboardInterrupt:  # outside the sink: an unfinished -o file is never renamed
        summary.interrupted = True
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk: one line; the old output is still whole
        where = shown(str(target)) if target else "standard output"
        sys.stderr.write(f"briefing: error: cannot write {where}: {exc.strerror or exc}\n")
        return 1
    _report(summary, args, started)
    return _status(summary, inputs)


def _build(args: argparse.Namespace) -> int:
    options = parse_options(args)
    build = build_options(args)
    _check_template(args.template, build.lang, args.format)
    folder = _output_folder(args.output)
    records, status = _gather(args, options)
    batch.render_outputs(records, build, folder, args.format,
                         stream=None if args.quiet else sys.stderr, max_pages=args.max_pages)
    return status


def _review(args: argparse.Namespace) -> int:
    options = parse_options(args)
    build = build_options(args)
    folder = _output_folder(args.output)
    records, status = _gather(args, options)
    batch.render_review(records, build, folder, stream=None if args.quiet else sys.stderr)
    return status


def _diff(args: argparse.Namespace) -> int:
    options = parse_options(args)
    build = build_options(args)
    folder = _output_folder(args.output)
    old_inputs = _inputs([args.old], args)
    new_inputs = _inputs(args.paths, args, stdin=sys.stdin)
    summary, started = batch.Summary(), time.monotonic()
    _notes(old_inputs, args)
    _notes(new_inputs, args)
    with _settings(args, options) as settings:
        old = batch.gather_records(old_inputs.paths, options, settings, summary)
        old, stale = batch.refresh_records(old, options, settings, summary)
        new = batch.gather_records(new_inputs.paths, options, settings, summary)
    _report(summary, args, started)
    batch.render_delta(old, new, build, folder, args.format, stale,
                       stream=None if args.quiet else sys.stderr)
    return _status(summary, old_inputs, new_inputs)


def _gather(args: argparse.Namespace, options: ParseOptions) -> tuple[list[Record], int]:
    """The records of the command's inputs (documents parsed, records files read), reported,
    and the exit status of reading them."""
    inputs = _inputs(args.paths, args, stdin=sys.stdin)
    summary, started = batch.Summary(), time.monotonic()
    _notes(inputs, args)
    with _settings(args, options) as settings:
        records = batch.gather_records(inputs.paths, options, settings, summary)
    _report(summary, args, started)
    return records, _status(summary, inputs)


def _inputs(paths: Sequence[str], args: argparse.Namespace,
            stdin: TextIO | None = None) -> Inputs:
    """The files the arguments name. A pattern that matches no file is a usage error: named
    at once (even with -q); the command goes on with the other files, and stops only when
    none is left to read."""
    inputs = collect_inputs(paths, include=args.include, exclude=args.exclude, stdin=stdin)
    if inputs.unmatched and not inputs.paths:
        raise UsageError("; ".join(f"no files match {pattern}" for pattern in inputs.unmatched))
    for pattern in inputs.unmatched:
        sys.stderr.write(f"briefing: error: no files match {shown(pattern)}\n")
    return inputs


def _status(summary: batch.Summary, *inputs: Inputs) -> int:
    """The exit status of reading: 2 (bad usage) when a pattern matched nothing, unless
    interrupted; else the batch's own."""
    status = batch.exit_status(summary)
    if status != 130 and any(found.unmatched for found in inputs):
        return 2
    return status


def _report(summary: batch.Summary, args: argparse.Namespace, started: float) -> None:
    """The closing summary of the files read, on standard error."""
    summary.report(sys.stderr, quiet=args.quiet, seconds=time.monotonic() - started,
                   verbose=args.verbose, cache=_cache_path(args))


def _schema(args: argparse.Namespace) -> int:
    del args
    print(json.dumps(Record.model_json_schema(), indent=2))
    return 0


def _partners(args: argparse.Namespace) -> int:
    del args
    rows = sorted(vocabulary.partners().items(), key=lambda item: (item[1][0] != "state", item[0]))
    print("\n".join(f"{code}\t{kind}\t{name}" for code, (kind, name) in rows))
    return 0


def _themes(args: argparse.Namespace) -> int:
    del args
    print("\n".join(f"{theme}\t{name}" for theme, name in vocabulary.themes().items()))
    return 0


def _cache_path(args: argparse.Namespace) -> Path | None:
    if args.no_cache:
        return None
    return Path(args.cache) if args.cache else default_cache_path()


# -- outputs -----------------------------------------------------------------------------


def _output_file(name: str, inputs: Inputs) -> Path:
    path = Path(name)
    named = _text(name)
    if inputs.includes(name):
        raise UsageError(f"{named} is also an input; -o would replace it with the records")
    if len(os.fsencode(path.name)) > NAME_MAX:
        raise UsageError(f"{named}: the file name is longer than {NAME_MAX} bytes")
    if path.is_dir() or name.endswith(("/", os.sep)):
        raise UsageError(f"{named} is a folder; -o takes a file name for parse")
    folder = Path(os.path.realpath(path)).parent  # a symlink's target is what gets written
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write to {_text(str(folder))}: no such folder or not writable")
    return path


TEMPLATE_FILES = {"pdf": "briefing.html.j2", "html": "briefing.html.j2", "docx": "reference.docx"}


def _check_template(folder: Path | None, lang: str, formats: list[str]) -> None:
    """A --template folder holds what the formats asked for need (a copy of templates/)."""
    if folder is None:
        return
    needed = [f"labels/{lang}.toml", *dict.fromkeys(TEMPLATE_FILES[f] for f in formats
                                                     if f in TEMPLATE_FILES)]
    missing = [name for name in needed if not (folder / name).is_file()]
    if missing:
        raise UsageError(f"--template {_text(str(folder))}: {', '.join(missing)} missing; "
                         "a template folder is a copy of the packaged templates/")


def _output_folder(name: str) -> Path:
    if name == "-":
        raise UsageError("build writes several files: -o takes a folder, not - (standard output)")
    path = Path(name)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the output folder {name}: {exc.strerror}") from None
    if not os.access(path, os.W_OK):
        raise UsageError(f"the output folder {name} is not writable")
    return path


@contextlib.contextmanager
def _sink(target: Path | None) -> Iterator[IO[str]]:
    """stdout, or a file that appears only once complete."""
    if target is None:
        yield sys.stdout
        return
    with atomic_text(target) as stream:
        yield stream


def _notes(inputs: Inputs, args: argparse.Namespace) -> None:
    """Notes on the arguments (unless quiet); with --verbose, the file types folders skipped."""
    if args.quiet:
        return
    notes = list(inputs.notes)
    if args.verbose and inputs.skipped:
        notes.append(f"in folders, files of types briefing does not read were skipped: "
                     f"{skipped_text(inputs.skipped)} (--include takes them)")
    sys.stderr.write("".join(f"briefing: note: {note}\n" for note in notes))
