"""The command line's outputs and answers: special targets, empty briefings, checked filters,
messages in the user's words, a true summary. Each test builds its own input."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from briefing import cli

DATED = ("Published: 10 July 2024\nThe Embassy of Kazakhstan in Rome and the University of "
         "Camerino opened a summer school on {topic}. Forty students from Italy and Kazakhstan "
         "took part.")
UNDATED = ("The Embassy of Kazakhstan in Berlin held an evening of {topic} with German "
           "students. Poetry by Abai was read in German and Kazakh.")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _write(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def _archive(folder: Path) -> list[Path]:
    """One dated note about Italy, two undated ones about Germany."""
    return _write(folder, {"rome.txt": DATED.format(topic="music"),
                           "berlin-1.txt": UNDATED.format(topic="poetry"),
                           "berlin-2.txt": UNDATED.format(topic="film and theatre")})


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The message of a command that must exit 2, checked to be in the user's words."""
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Input should" not in err and "Value error" not in err
    return err


# -- item 1: outputs never replace what is not a regular file ------------------------------


def test_dash_writes_records_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (doc,) = _write(tmp_path, {"a.txt": DATED.format(topic="music")})
    monkeypatch.chdir(tmp_path)
    assert cli.main(["parse", str(doc), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["source"]["path"] == str(doc)
    assert not (tmp_path / "-").exists()


def test_output_through_a_symlink_replaces_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _write(tmp_path / "in", {"a.txt": DATED.format(topic="music")})
    target = tmp_path / "store" / "records.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert cli.main(["parse", str(doc), "-o", str(link), "-q"]) == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["path"] == str(doc)


def test_output_into_a_fifo_feeds_the_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _write(tmp_path / "in", {"a.txt": DATED.format(topic="music")})
    fifo = tmp_path / "records.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with fifo.open("rb") as stream:
            received.append(stream.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    assert cli.main(["parse", str(doc), "-o", str(fifo), "-q"]) == 0
    thread.join(timeout=10)
    assert json.loads(received[0])["status"] == "ok"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert not list(tmp_path.glob(".*.part"))


def test_output_to_dev_null_leaves_a_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _write(tmp_path / "in", {"a.txt": DATED.format(topic="music")})
    assert cli.main(["parse", str(doc), "-o", "/dev/null", "-q"]) == 0
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_a_long_output_name_is_written_and_one_too_long_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _write(tmp_path / "in", {"a.txt": DATED.format(topic="music")})
    long_name = tmp_path / ("r" * 244 + ".jsonl")  # 250 bytes
    assert cli.main(["parse", str(doc), "-o", str(long_name), "-q"]) == 0
    assert long_name.is_file()
    err = _usage_error(["parse", str(doc), "-o", str(tmp_path / ("r" * 300))], capsys)
    assert "longer than 255 bytes" in err


def test_an_input_is_never_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (doc,) = _write(tmp_path, {"a.txt": DATED.format(topic="music")})
    link = tmp_path / "link.txt"
    link.symlink_to(doc)
    for target in (doc, link):
        err = _usage_error(["parse", str(doc), "-o", str(target)], capsys)
        assert "is also an input" in err
    assert doc.read_text(encoding="utf-8") == DATED.format(topic="music")


def test_build_output_must_be_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (doc,) = _write(tmp_path, {"a.txt": DATED.format(topic="music")})
    assert "-o takes a folder" in _usage_error(["build", str(doc), "-o", "-"], capsys)
    (tmp_path / "out" / "briefing.json").mkdir(parents=True)  # a folder where a file goes
    assert cli.main(["build", str(doc), "-o", str(tmp_path / "out"), "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'out' / 'briefing.json'}: cannot write the file: Is a directory" in err
    assert "Traceback" not in err


def test_a_socket_is_not_written_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (doc,) = _write(tmp_path / "in", {"a.txt": DATED.format(topic="music")})
    sock_path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(sock_path))
        assert cli.main(["parse", str(doc), "-o", str(sock_path)]) == 1
    assert "is a socket" in capsys.readouterr().err
    assert stat.S_ISSOCK(sock_path.lstat().st_mode)


# -- item 2: no usable records, no briefing -----------------------------------------------


def test_an_empty_folder_gives_no_briefing_and_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    assert cli.main(["build", str(tmp_path / "empty"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'empty'}: no documents to read" in err
    assert "no briefing written" in err
    assert list(out.iterdir()) == []


def test_a_folder_of_unknown_types_names_the_skipped_extensions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "sheets", {"a.xlsx": "x", "b.xlsx": "y", "c.odt": "z"})
    assert cli.main(["build", str(tmp_path / "sheets"), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "skipped 2 .xlsx, 1 .odt" in err
    assert ".docx" in err  # what it would have read
    assert not list((tmp_path / "out").iterdir())


def test_verbose_names_the_types_skipped_beside_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _archive(tmp_path / "in")
    _write(tmp_path / "in", {"sheet.xlsx": "x", "records.jsonl": "{}"})
    assert cli.main(["parse", str(tmp_path / "in"), "-o", str(tmp_path / "r.jsonl"), "-v"]) == 0
    assert "skipped: 1 .jsonl, 1 .xlsx (--include takes them)" in capsys.readouterr().err
    assert cli.main(["parse", str(tmp_path / "in"), "-o", str(tmp_path / "r.jsonl")]) == 0
    assert "skipped" not in capsys.readouterr().err  # only with --verbose when documents were read


def test_a_missing_path_gives_no_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "nope.txt" in err and "No such file" in err
    assert "no briefing written: the only record is of documents that could not be read" in err


def test_filters_that_leave_nothing_say_how_many_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    out = tmp_path / "out"
    status = cli.main(["build", *map(str, paths), "-o", str(out), "--since", "2030-01-01",
                       "--format", "json"])
    err = capsys.readouterr().err
    assert status == 1
    assert "left out all 3 sources" in err
    assert "2 undated" in err and "1 before 2030-01-01" in err
    assert not (out / "briefing.json").exists()


def test_since_says_it_dropped_undated_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    out = tmp_path / "out"
    status = cli.main(["build", *map(str, paths), "-o", str(out), "--since", "2024-01-01",
                       "--format", "json"])
    err = capsys.readouterr().err
    assert status == 0
    assert "the filters left out 2 sources of 3: 2 undated" in err
    assert len(json.loads((out / "briefing.json").read_text(encoding="utf-8"))["sources"]) == 1


# -- item 3: filters are checked --------------------------------------------------------


def test_partner_names_resolve_to_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    out = tmp_path / "out"
    assert cli.main(["build", *map(str, paths), "-o", str(out), "--partner", "Italy",
                     "--format", "json"]) == 0
    brief = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert brief["options"]["partners"] == ["IT"]
    assert "2 not about IT" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--partner", "XX"], "--partner: unknown partner code 'XX'"),
        (["--partner", "Itly"], "did you mean IT (Italy)"),
        (["--partner", "Korea"], "KP (North Korea) or KR (South Korea)"),
        (["--theme", "sports"], "--theme: unknown theme id 'sports'; did you mean sport?"),
        (["--home", "XX"], "--home: unknown country code 'XX'"),
        (["--home", "EU"], "--home: unknown country code 'EU'"),
        (["--since", "2024-05-01", "--until", "2024-01-01"], "is after until"),
    ],
)
def test_filters_that_name_nothing_are_usage_errors(
    flags: list[str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    err = _usage_error(["build", *map(str, paths), "-o", str(tmp_path / "out"), *flags], capsys)
    assert expected in err
    assert not (tmp_path / "out" / "briefing.pdf").exists()


def test_partners_and_themes_commands_list_the_valid_values(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["partners"]) == 0
    partners = dict(line.split("\t")[::2] for line in capsys.readouterr().out.splitlines())
    assert partners["IT"] == "Italy" and partners["EU"] == "European Union"
    assert len(partners) > 200
    assert cli.main(["themes"]) == 0
    themes = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert {"culture", "education", "sport", "diaspora"} <= set(themes)
    for theme in themes:  # every listed value is accepted
        assert cli.build_options(cli.build_parser().parse_args(
            ["build", "x", "-o", "o", "--theme", theme])).themes == (theme,)


# -- item 7: every message in the user's words, every exit code pinned -------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build", "x.txt", "-o", "out", "--since", "yesterday"],
         "expected a date as YYYY-MM-DD (e.g. 2024-01-31), got 'yesterday'"),
        (["build", "x.txt", "-o", "out", "--until", "2024-13-01"], "expected a date as YYYY-MM-DD"),
        (["build", "x.txt", "-o", "out", "--created", "noon"],
         "expected a date and time as YYYY-MM-DDTHH:MM:SS"),
        (["build", "x.txt", "-o", "out", "--format", "xlsx"],
         "unknown format xlsx; choose from pdf, docx, json, html, md"),
        (["build", "x.txt", "-o", "out", "--template", "/nonexistent"],
         "no such folder: /nonexistent"),
        (["parse", "x.txt", "--timeout", "-1"], "must be 0 (no limit) or more seconds, got -1"),
        (["parse", "x.txt", "--timeout", "soon"], "expected a number, got 'soon'"),
        (["parse", "x.txt", "--jobs", "many"], "expected a whole number, got 'many'"),
        (["parse", "x.txt", "--max-file-mb", "0"], "must be more than 0 MB"),
        (["parse", "x.txt", "-o", "no/such/folder/r.jsonl"], "no such folder"),
        (["build", "x.txt", "-o", "out", "--format", ","], "no format given; choose from pdf"),
        (["parse", "x.txt", "-o", "newdir/"], "newdir/ is a folder; -o takes a file name"),
        (["parse", "x.txt", "--doc-lang", "english"],
         "--doc-lang: expected a two-letter ISO 639-1 language code such as en or ru"),
        (["build", "x.txt", "-o", "out", "--doc-lang", "english"], "--doc-lang: expected"),
        (["build", "x.txt", "-o", "out", "--labels", "de"], "invalid choice: 'de'"),
    ],
)
def test_bad_arguments_exit_2_with_the_expected_form(
    argv: list[str], expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    err = _usage_error(argv, capsys)
    assert expected in err
    assert "['" not in err and "('" not in err  # no Python lists or tuples


def test_a_template_folder_without_the_files_needed_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    (tmp_path / "tpl").mkdir()
    err = _usage_error(["build", *map(str, paths), "-o", str(tmp_path / "out"),
                        "--template", str(tmp_path / "tpl"), "--format", "json,docx",
                        "--labels", "ru"], capsys)
    assert "labels/ru.toml, reference.docx missing" in err
    assert not (tmp_path / "out").exists()


def test_build_creates_its_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    out = tmp_path / "new" / "deeper"
    assert cli.main(["build", *map(str, paths), "-o", str(out), "--format", "md"]) == 0
    assert (out / "briefing.md").is_file()


def test_non_utf8_title_and_author_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    out = tmp_path / "out"
    title = os.fsdecode(b"Caf\xe9 briefing")  # as sys.argv holds a Latin-1 argument
    author = os.fsdecode(b"Desk \xff")
    assert cli.main(["build", *map(str, paths), "-o", str(out), "--format", "json,docx,md",
                     "--title", title, "--author", author]) == 0
    brief = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert brief["options"]["title"] == "Caf\ufffd briefing"
    assert brief["options"]["author"] == "Desk \ufffd"


def test_a_newline_in_a_file_name_cannot_forge_a_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged = tmp_path / "x.txt\n  failed: passwords.txt: leaked"
    forged.write_bytes(b"")
    cli.main(["parse", str(forged), "-o", str(tmp_path / "r.jsonl")])
    err = capsys.readouterr().err
    failure_lines = [line for line in err.splitlines() if "failed:" in line]
    assert len(failure_lines) == 1
    assert "x.txt\\n  failed: passwords.txt" in failure_lines[0]


def test_a_bidi_override_in_a_file_name_is_escaped_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "report\u202etxt.exe"
    name.write_bytes(b"")
    cli.main(["parse", str(name), "-o", str(tmp_path / "r.jsonl")])
    err = capsys.readouterr().err
    assert "\u202e" not in err and "report\\u202etxt.exe" in err


# -- item 8: the summary line is true ----------------------------------------------------


def test_summary_counts_with_plurals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (one,) = _write(tmp_path / "one", {"a.txt": DATED.format(topic="music")})
    assert cli.main(["parse", str(one), "-o", str(tmp_path / "r.jsonl")]) == 0
    assert "briefing: 1 file read, 1 record " in capsys.readouterr().err
    paths = _archive(tmp_path / "in")
    records = tmp_path / "records.jsonl"
    assert cli.main(["parse", *map(str, paths), "-o", str(records)]) == 0
    assert "briefing: 3 files read, 3 records " in capsys.readouterr().err
    assert cli.main(["build", str(records), "-o", str(tmp_path / "out"), "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert f"briefing: 3 records loaded from {records} in " in err
    assert "0 files" not in err


def test_build_shows_rendering_apart_with_its_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _archive(tmp_path / "in")
    out = tmp_path / "out"
    assert cli.main(["build", *map(str, paths), "-o", str(out), "--format", "json,md"]) == 0
    lines = capsys.readouterr().err.splitlines()
    summary = next(i for i, line in enumerate(lines) if "files read" in line)
    rendering = lines.index("briefing: rendering JSON…")
    assert summary < rendering
    assert lines[rendering + 1].startswith(f"  wrote {out / 'briefing.json'} in ")
    assert lines[rendering + 1].endswith(" s")


def test_cache_hits_name_the_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _archive(tmp_path / "in")
    cache = tmp_path / "records.sqlite"
    assert cli.main(["parse", *map(str, paths), "--cache", str(cache), "-o",
                     str(tmp_path / "r.jsonl")]) == 0
    assert "(0 from cache, " in capsys.readouterr().err
    assert cli.main(["parse", *map(str, paths), "--cache", str(cache), "-o",
                     str(tmp_path / "r.jsonl")]) == 0
    assert f"(3 from cache {cache}, " in capsys.readouterr().err


def test_document_language_and_label_language_have_distinct_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = cli.build_parser()
    parse = parser.parse_args(["parse", "x", "--doc-lang", "ru"])
    old = parser.parse_args(["parse", "x", "--lang", "ru"])  # the old spelling, hidden
    build = parser.parse_args(["build", "x", "-o", "o", "--doc-lang", "ru", "--labels", "ru"])
    assert parse.doc_lang == old.doc_lang == build.doc_lang == "ru"
    assert cli.parse_options(build).lang == "ru" and cli.build_options(build).lang == "ru"
    assert cli.build_options(parser.parse_args(["build", "x", "-o", "o"])).lang == "en"
    with pytest.raises(SystemExit):
        parser.parse_args(["parse", "--help"])
    help_text = capsys.readouterr().out
    assert "--doc-lang" in help_text and "--lang" not in help_text.replace("--doc-lang", "")
