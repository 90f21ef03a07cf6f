"""The ``briefing`` command: argument parsing and dispatch only."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefing import __version__
from briefing.options import BuildOptions, ParseOptions
from briefing.parsing import parse_path
from briefing.schema import Record


def _paths(args: Sequence[str]) -> Iterator[Path]:
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".jsonl")
        else:
            yield path


def _parse(args: argparse.Namespace) -> int:
    options = ParseOptions(home=args.home)
    out = Path(args.output).open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    for path in _paths(args.paths):
        for record in parse_path(path, options):
            failed += record.status == "failed"
            out.write(record.model_dump_json() + "\n")
    return 1 if failed else 0


def _schema(args: argparse.Namespace) -> int:
    del args
    print(json.dumps(Record.model_json_schema(), indent=2))
    return 0


def _build(args: argparse.Namespace) -> int:
    from briefing.compose import build_briefing
    from briefing.render import render_docx, render_json, render_pdf

    records = [r for p in _paths(args.paths) for r in parse_path(p, ParseOptions(home=args.home))]
    options = BuildOptions(group_by=args.group_by, title=args.title, home=args.home)
    brief = build_briefing(records, options=options)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    formats = args.format.split(",")
    if "pdf" in formats:
        render_pdf(brief, out / "briefing.pdf")
    if "docx" in formats:
        render_docx(brief, out / "briefing.docx")
    if "json" in formats:
        render_json(brief, out / "briefing.json")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``briefing`` command."""
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="documents to JSON Lines records")
    parse.add_argument("paths", nargs="+")
    parse.add_argument("-o", "--output")
    parse.add_argument("--home", default="KZ")
    parse.set_defaults(run=_parse)
    build = commands.add_parser("build", help="documents to a briefing")
    build.add_argument("paths", nargs="+")
    build.add_argument("-o", "--output", required=True)
    build.add_argument("--format", default="pdf,docx,json")
    build.add_argument("--group-by", choices=["partner", "theme"], default="partner")
    build.add_argument("--title", default=BuildOptions().title)
    build.add_argument("--home", default="KZ")
    build.set_defaults(run=_build)
    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(run=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    status: int = args.run(args)
    return status
