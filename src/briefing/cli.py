"""The ``briefing`` command: argument parsing and dispatch only.

Each sub-command maps its arguments to :class:`~briefing.options.ParseOptions`,
:class:`~briefing.options.BuildOptions` and :class:`~briefing.batch.run.BatchSettings`
and hands over to :mod:`briefing.batch.run`. Exit status: 0 all files read,
1 some failed, 2 bad usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any, TypeVar

from pydantic import BaseModel, ValidationError

import briefing
from briefing.atomic import atomic_text
from briefing.batch import run as batch
from briefing.batch.cache import CacheError, RecordCache, default_cache_path
from briefing.batch.inputs import collect_inputs, shown
from briefing.batch.progress import wants_bar
from briefing.errors import BriefingError, UsageError
from briefing.options import BuildOptions, Limits, ParseOptions
from briefing.schema import Record

MiB = 1024 * 1024
ModelT = TypeVar("ModelT", bound=BaseModel)
FORMATS = tuple(batch.OUTPUTS)
# BuildOptions field -> the flag that sets it (a test checks that none is missing)
BUILD_FLAGS = {
    "group_by": "--group-by", "title": "--title", "marking": "--marking", "home": "--home",
    "lang": "--lang", "since": "--since", "until": "--until", "partners": "--partner",
    "themes": "--theme", "reference_date": "--reference-date", "created": "--created",
    "author": "--author", "paper": "--paper", "template_dir": "--template",
    "pdf_variant": "--pdf-variant",
}

EPILOG = """\
examples:
  briefing parse notes/ -o records.jsonl          every document under notes/, one JSON line each
  briefing parse "archive/**/*.html" --exclude "drafts/*" -j 4
  find inbox -name '*.docx' | briefing parse - > records.jsonl
  briefing build notes/ -o out/                    out/briefing.pdf, .docx and .json
  briefing build records.jsonl -o out/ --format pdf,md --group-by theme \\
      --since 2024-01-01 --partner IT,FR --lang ru
  briefing schema > record.schema.json

exit status: 0 all files read, 1 some files failed (listed on stderr),
2 bad usage, 130 interrupted. Parsed records are cached (see --cache).
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except UsageError as exc:
        parser.exit(2, f"briefing: error: {exc}\n")
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
    parse.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    parse.add_argument("--lang", metavar="CODE", help="language of the documents (default: detect)")
    parse.set_defaults(run=_parse)
    build = commands.add_parser(
        "build", parents=[common], help="documents or records to a briefing", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Build a briefing from documents, or from a records file made by parse.",
    )
    _build_arguments(build)
    build.set_defaults(run=_build)
    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(run=_schema)
    return parser


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="+", metavar="PATH",
                        help="files, folders (walked), glob patterns, or - for a list on stdin")
    common.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, take only files matching (repeatable)")
    common.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="skip files matching (repeatable)")
    common.add_argument("--home", default="KZ", type=str.upper, metavar="CC",
                        help="ISO code of the home country, never its own partner (default: KZ)")
    common.add_argument("-j", "--jobs", type=_positive_int, default=os.cpu_count() or 1,
                        help="parallel parser processes (default: the machine's cores)")
    common.add_argument("--timeout", type=float, default=batch.DEFAULT_TIMEOUT_S, metavar="S",
                        help="give up on a file after this many seconds (0: never)")
    common.add_argument("--max-file-mb", type=float, default=Limits().max_file_bytes / MiB,
                        metavar="MB", help="refuse files larger than this")
    common.add_argument("--max-memory-mb", type=_non_negative_int,
                        default=batch.DEFAULT_MAX_MEMORY_MB, metavar="MB",
                        help="memory of each parser process; a file needing more fails alone "
                        "(0: no limit; default: %(default)s)")
    common.add_argument("--cache", metavar="FILE",
                        help=f"record cache database (default: {default_cache_path()})")
    common.add_argument("--no-cache", action="store_true", help="parse everything again")
    common.add_argument("--no-dedup", action="store_true",
                        help="do not mark near-duplicate stories (duplicate_group)")
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print only failures")
    noise.add_argument("-v", "--verbose", action="store_true", help="print a line per file")
    return common


def _build_arguments(build: argparse.ArgumentParser) -> None:
    # the fields' defaults, not BuildOptions(): that would build its validator for every command
    defaults = SimpleNamespace(**{k: f.default for k, f in BuildOptions.model_fields.items()})
    add = build.add_argument
    add("-o", "--output", required=True, metavar="DIR", help="folder for the briefing files")
    add("--format", default="pdf,docx,json", type=_formats,
        help=f"comma list of {','.join(FORMATS)} (default: pdf,docx,json)")
    add("--group-by", choices=["partner", "theme"], default=defaults.group_by)
    add("--title", default=defaults.title)
    add("--marking", help='a marking line on the cover, e.g. "For official use"')
    add("--lang", choices=["en", "ru"], default=defaults.lang, help="language of the labels")
    add("--doc-lang", metavar="CODE", help="language of the documents (default: detect)")
    add("--since", metavar="YYYY-MM-DD", help="keep sources published on or after")
    add("--until", metavar="YYYY-MM-DD", help="keep sources published on or before")
    add("--partner", action="append", default=[], metavar="CC",
        help="keep only these partner codes (repeatable or comma list)")
    add("--theme", action="append", default=[], metavar="ID",
        help="keep only these theme ids (repeatable or comma list)")
    add("--reference-date", metavar="YYYY-MM-DD", help='"today" for upcoming events')
    add("--created", metavar="ISO-DATETIME", help="creation date written into the files")
    add("--author", default=defaults.author)
    add("--paper", choices=["a4", "letter"], default=defaults.paper)
    add("--template", metavar="DIR", help="a copy of templates/ to render with")
    add("--pdf-variant", choices=["pdf/ua-1", "pdf/a-3b", "pdf/a-2b"])
    add("--max-records", type=_positive_int, default=batch.DEFAULT_MAX_RECORDS, metavar="N",
        help="refuse to build from more records than this (default: %(default)s)")
    add("--max-pages", type=_non_negative_int, default=batch.DEFAULT_MAX_PAGES, metavar="N",
        help="refuse a PDF or DOCX briefing estimated longer than this, before rendering "
        "(0: no limit; default: %(default)s)")


class _VersionAction(argparse.Action):
    """``--version``: looks the version up only when asked (package metadata is slow to read)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        sys.stdout.write(f"briefing {briefing.__version__}\n")
        parser.exit()


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _formats(text: str) -> list[str]:
    chosen = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = sorted(set(chosen) - set(FORMATS))
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown format {unknown}; choose from {FORMATS}")
    return list(dict.fromkeys(chosen))


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


# -- options from arguments --------------------------------------------------------------


def parse_options(args: argparse.Namespace, lang: str | None) -> ParseOptions:
    """ParseOptions from the common flags."""
    limits = Limits(max_file_bytes=max(1, int(args.max_file_mb * MiB)))
    return _validated(ParseOptions, home=args.home, lang=lang, limits=limits)


def build_options(args: argparse.Namespace) -> BuildOptions:
    """BuildOptions from the build flags (dates and codes validated by the model)."""
    values = {
        "group_by": args.group_by, "title": args.title, "marking": args.marking,
        "home": args.home, "lang": args.lang, "since": args.since, "until": args.until,
        "partners": tuple(p.upper() for p in _split(args.partner)),
        "themes": _split(args.theme), "reference_date": args.reference_date,
        "created": args.created, "author": args.author, "paper": args.paper,
        "template_dir": args.template, "pdf_variant": args.pdf_variant,
    }
    return _validated(BuildOptions, **{k: v for k, v in values.items() if v is not None})


def _validated(model: type[ModelT], **values: Any) -> ModelT:
    try:
        return model(**values)
    except ValidationError as exc:
        problems = "; ".join(
            f"--{'-'.join(str(p) for p in e['loc']).replace('_', '-')}: {e['msg']}"
            for e in exc.errors()
        )
        raise UsageError(problems) from None


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
    options = parse_options(args, args.lang)
    inputs = collect_inputs(args.paths, include=args.include, exclude=args.exclude, stdin=sys.stdin)
    target = _output_file(args.output) if args.output else None
    summary, started = batch.Summary(), time.monotonic()
    _notes(inputs.notes, args.quiet)
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
    summary.report(sys.stderr, quiet=args.quiet, seconds=time.monotonic() - started,
                   verbose=args.verbose)
    return batch.exit_status(summary)


def _build(args: argparse.Namespace) -> int:
    options = parse_options(args, args.doc_lang)
    build = build_options(args)
    folder = _output_folder(args.output)
    inputs = collect_inputs(args.paths, include=args.include, exclude=args.exclude, stdin=sys.stdin)
    summary, started = batch.Summary(), time.monotonic()
    _notes(inputs.notes, args.quiet)
    try:
        with _settings(args, options) as settings:
            records = batch.gather_records(inputs.paths, options, settings, summary)
        written = batch.render_outputs(records, build, folder, args.format,
                                       max_pages=args.max_pages)
    except BriefingError as exc:
        sys.stderr.write(f"briefing: error: {exc}\n")
        return 1
    summary.report(sys.stderr, quiet=args.quiet, seconds=time.monotonic() - started,
                   verbose=args.verbose)
    if not args.quiet:
        sys.stderr.write("".join(f"  wrote {path}\n" for path in written))
    return batch.exit_status(summary)


def _schema(args: argparse.Namespace) -> int:
    del args
    print(json.dumps(Record.model_json_schema(), indent=2))
    return 0


# -- outputs -----------------------------------------------------------------------------


def _output_file(name: str) -> Path:
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name} is a folder; -o takes a file name for parse")
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise UsageError(f"cannot write to {path.parent or '.'}: no such folder or not writable")
    return path


def _output_folder(name: str) -> Path:
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


def _notes(notes: list[str], quiet: bool) -> None:
    if not quiet:
        sys.stderr.write("".join(f"briefing: note: {note}\n" for note in notes))
