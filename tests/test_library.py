"""The library from any script: folders walked as the CLI does, empty text refused, render
errors that name the file, PDF isolation that needs no main guard. Inputs built by the tests."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import briefing
from briefing import cli
from briefing.errors import RenderError
from compose_factory import make_record

STORY = ("Published: 12 March 2024\nThe Embassy of Kazakhstan in Rome and the University of "
         "Camerino opened a summer school on {topic}. Forty students from Italy took part.")


def _folder(root: Path) -> Path:
    for name in ("b.txt", "a.md", "sub/c.txt", "drafts/d.txt", "notes.xlsx"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY.format(topic=name), encoding="utf-8")
    return root


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\ufeff ", "\x00\x01 \x1f"])
def test_empty_or_blank_text_is_a_failed_record(text: str) -> None:
    record = briefing.parse_text(text, path="note.txt")
    assert record.status == "failed"
    assert record.error is not None and record.error.type == "EmptyDocumentError"
    assert record.kind is None and record.source.path == "note.txt"


def test_a_record_keeps_the_lines_cleaning_took_out() -> None:
    menu = "Home | News | Contacts"
    record = briefing.parse_text(f"{menu}\n{STORY.format(topic='film')}\n{menu}\n",
                                 path="note.txt")
    assert record.removed == [menu, menu]
    assert menu not in record.text and "Camerino" in record.text
    assert briefing.parse_text("", path="note.txt").removed is None  # nothing was read


def test_text_given_as_a_string_is_bounded_like_a_file() -> None:
    limits = briefing.Limits(max_text_chars=1000)
    record = briefing.parse_text("Kazakhstan and Italy held a festival. " * 100,
                                 options=briefing.ParseOptions(limits=limits))
    assert len(record.text) <= 1000
    assert "text cut at the limit of 1000 characters" in record.warnings


def test_parse_paths_walks_folders_as_the_cli_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _folder(tmp_path / "docs")
    records = briefing.parse_paths([root], exclude=["drafts/*"])
    names = [Path(r.source.path or "").relative_to(root).as_posix() for r in records]
    assert names == ["a.md", "b.txt", "sub/c.txt"]
    assert all(r.status == "ok" for r in records)
    cli.main(["parse", "--no-cache", str(root), "--exclude", "drafts/*"])
    cli_paths = [line.split('"path":"')[1].split('"')[0]
                 for line in capsys.readouterr().out.splitlines()]
    assert [r.source.path for r in records] == cli_paths
    assert briefing.find_documents(root, exclude=["drafts/*"]) == cli_paths
    assert [Path(r.source.path or "").name for r in
            briefing.parse_paths(str(root), include=["*.md"])] == ["a.md"]


def test_parse_path_of_a_folder_points_to_parse_paths(tmp_path: Path) -> None:
    (record,) = briefing.parse_path(_folder(tmp_path / "docs"))
    assert record.status == "failed" and record.error is not None
    assert record.error.message == "is a folder; briefing.parse_paths walks folders"


def test_parse_paths_keeps_input_order_with_jobs_and_reports_missing_files(
    tmp_path: Path
) -> None:
    root = _folder(tmp_path / "docs")
    given = [root / "sub" / "c.txt", tmp_path / "missing.txt", root / "a.md"]
    records = briefing.parse_paths(given, jobs=2)
    assert [r.source.path for r in records] == [str(p) for p in given]
    assert [r.status for r in records] == ["ok", "failed", "ok"]
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        briefing.parse_paths(given, jobs=0)


def test_a_pattern_that_matches_nothing_gives_no_file_and_no_failed_record(
    tmp_path: Path
) -> None:
    root = _folder(tmp_path / "docs")
    given = [str(root / "none*.txt"), str(root / "a.md")]
    assert briefing.find_documents(given) == [str(root / "a.md")]
    assert [r.status for r in briefing.parse_paths(given)] == ["ok"]


def test_parse_paths_uses_a_cache_when_given_one(tmp_path: Path) -> None:
    root = _folder(tmp_path / "docs")
    cache = tmp_path / "records.sqlite"
    first = briefing.parse_paths(root, cache=cache)
    again = briefing.parse_paths(root, cache=cache)
    assert cache.is_file()
    assert [r.model_dump() for r in again] == [r.model_dump() for r in first]


@pytest.mark.parametrize("fmt", ["render_json", "render_markdown", "render_docx", "render_html"])
def test_render_into_a_missing_folder_is_a_render_error_naming_the_file(
    fmt: str, tmp_path: Path
) -> None:
    brief = briefing.build_briefing([make_record()])
    target = tmp_path / "missing" / "briefing.out"
    with pytest.raises(RenderError) as caught:
        getattr(briefing, fmt)(brief, target)
    message = str(caught.value)
    assert message.startswith(f"{target}: ") and "does not exist" in message
    assert ".part" not in message


def _script(tmp_path: Path) -> str:
    """A script as a user writes it: no main guard, isolated PDF rendering."""
    return textwrap.dedent(f"""
        import briefing
        from briefing import BuildOptions
        records = briefing.parse_paths({str(tmp_path / 'docs')!r})
        print("parsed", len(records))
        brief = briefing.build_briefing(records, options=BuildOptions(created="2026-01-01T00:00"))
        briefing.render_pdf(brief, {str(tmp_path / 'out.pdf')!r}, isolated=True)
        try:
            briefing.render_pdf(brief, {str(tmp_path / 'no' / 'out.pdf')!r}, isolated=True)
        except briefing.RenderError as exc:
            print("error", exc)
    """)


@pytest.mark.slow
@pytest.mark.parametrize("how", ["file", "stdin"])
def test_isolated_pdf_works_without_a_main_guard(how: str, tmp_path: Path) -> None:
    _folder(tmp_path / "docs")
    script = tmp_path / "weekly.py"
    script.write_text(_script(tmp_path), encoding="utf-8")
    if how == "file":
        run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                             cwd=tmp_path, timeout=300, check=False)
    else:
        run = subprocess.run([sys.executable, "-"], input=script.read_text(encoding="utf-8"),
                             capture_output=True, text=True, cwd=tmp_path, timeout=300,
                             check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("parsed 4") == 1  # the script ran once: the child did not re-run it
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    missing = tmp_path / "no" / "out.pdf"
    assert f"error {missing}: cannot write the file: the folder {missing.parent} does not exist" \
        in run.stdout
    assert not list(tmp_path.glob(".*.part"))


def test_a_right_to_left_override_in_a_title_stays_inside_the_title(tmp_path: Path) -> None:
    from docx import Document

    record = make_record(title="Report \u202eexe.txt", path="inbox/notes.txt")
    brief = briefing.build_briefing([record])
    (source,) = brief.sources
    assert source.title == "Report \u202eexe.txt\u202c"  # the override is closed
    briefing.render_docx(brief, tmp_path / "b.docx")
    texts = [p.text for p in Document(str(tmp_path / "b.docx")).paragraphs]
    line = next(text for text in texts if "inbox/notes.txt" in text)
    title_end = line.index("exe.txt") + len("exe.txt")
    assert line[title_end] == "\u202c"  # closed before the file name that follows
    assert line.index("inbox/notes.txt") > title_end
    briefing.render_markdown(brief, tmp_path / "b.md")
    markdown = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert "exe.txt\u202c" in markdown


def test_text_options_that_are_not_utf8_are_written(tmp_path: Path) -> None:
    options = briefing.BuildOptions(title="Caf\udce9", author="\udcff desk", marking="\udc80")
    assert (options.title, options.author) == ("Caf\ufffd", "\ufffd desk")
    assert options.marking == "\ufffd"
    brief = briefing.build_briefing([make_record()], options=options)
    briefing.render_json(brief, tmp_path / "b.json")
    assert "Caf\ufffd" in (tmp_path / "b.json").read_text(encoding="utf-8")


def test_option_models_check_their_codes() -> None:
    assert briefing.BuildOptions(partners=("Italy", "it", "eu"), themes=("Sport",)).partners == (
        "IT", "EU")
    assert briefing.ParseOptions(home="kazakhstan", lang="RU").home == "KZ"
    with pytest.raises(ValueError, match="did you mean sport"):
        briefing.BuildOptions(themes=("sports",))
    with pytest.raises(ValueError, match="is after until"):
        briefing.BuildOptions(since="2024-02-01", until="2024-01-01")


def test_every_format_can_be_written_to_a_device(tmp_path: Path) -> None:
    brief = briefing.build_briefing([make_record()])
    for render in (briefing.render_docx, briefing.render_json, briefing.render_markdown,
                   briefing.render_html):
        render(brief, "/dev/null")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)
