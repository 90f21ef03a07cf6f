"""The command line: inputs, outputs, exit statuses and the option flags."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from briefing import cli
from briefing.options import BuildOptions

STORY = (
    "The Embassy of Kazakhstan in Rome and the University of Camerino opened a summer school "
    "on {topic} on 10 July 2024. Forty students from both countries took part in lectures."
)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _docs(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY.format(topic=f"topic number {i} {name}"), encoding="utf-8")
        paths.append(path)
    return paths


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def test_records_come_out_in_input_order_with_parallel_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _docs(tmp_path, [f"{i:02d}.txt" for i in range(12)])
    given = list(reversed(paths))
    status, records, _ = _run(["parse", "-j", "2", *map(str, given)], capsys)
    assert status == 0
    assert [r["source"]["path"] for r in records] == [str(p) for p in given]


def test_awkward_file_names_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = ["with space.txt", "Ünïcödé и кириллица.txt", "semi;colon $(rm -rf x) & 'q'.txt"]
    paths = _docs(tmp_path, names)
    status, records, _ = _run(["parse", "--no-cache", *map(str, paths)], capsys)
    assert status == 0
    assert [r["source"]["path"] for r in records] == [str(p) for p in paths]
    assert all(r["status"] == "ok" for r in records)


def test_file_names_that_are_not_utf8_are_read_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    readable = Path(os.fsdecode(bytes(folder) + b"/caf\xe9 note.txt"))  # a Latin-1 name
    readable.write_text(STORY.format(topic="music"), encoding="utf-8")
    Path(os.fsdecode(bytes(folder) + b"/\xff empty.txt")).write_bytes(b"")
    status, records, err = _run(["parse", "--no-cache", str(folder)], capsys)
    assert status == 1 and "Traceback" not in err  # the empty one failed, nothing crashed
    assert f"failed: {folder}/\\xff empty.txt: EmptyDocumentError" in err
    paths = sorted(r["source"]["path"] for r in records)
    assert paths == [f"{folder}/caf\ufffd note.txt", f"{folder}/\ufffd empty.txt"]
    assert {r["status"] for r in records} == {"ok", "failed"}
    out = tmp_path / "out"
    out.mkdir()
    assert cli.main(["build", str(readable), "-o", str(out), "--format", "docx,md"]) == 0
    assert "caf\ufffd note.txt" in (out / "briefing.md").read_text(encoding="utf-8")


def test_folders_are_walked_with_include_and_exclude(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _docs(tmp_path / "docs", ["b.txt", "a.md", "sub/c.txt", "drafts/d.txt", ".hidden.txt"])
    (tmp_path / "docs" / "records.jsonl").write_text("{}\n", encoding="utf-8")
    status, records, _ = _run(["parse", str(tmp_path / "docs"), "--exclude", "drafts/*"], capsys)
    names = [Path(r["source"]["path"]).relative_to(tmp_path / "docs").as_posix() for r in records]
    assert status == 0
    assert names == ["a.md", "b.txt", "sub/c.txt"]
    _, records, _ = _run(["parse", str(tmp_path / "docs"), "--include", "*.md"], capsys)
    assert [Path(r["source"]["path"]).name for r in records] == ["a.md"]


def test_globs_and_stdin_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _docs(tmp_path, ["x1.txt", "x2.txt", "y.txt"])
    _, records, _ = _run(["parse", str(tmp_path / "x*.txt")], capsys)
    assert [Path(r["source"]["path"]).name for r in records] == ["x1.txt", "x2.txt"]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{paths[2]}\n\n{paths[0]}\n"))
    _, records, _ = _run(["parse", "-"], capsys)
    assert [Path(r["source"]["path"]).name for r in records] == ["y.txt", "x1.txt"]


def test_a_pattern_that_matches_nothing_is_a_usage_error_and_the_rest_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _docs(tmp_path, ["y.txt"])
    pattern = str(tmp_path / "x*.txt")
    status, records, err = _run(["parse", "-q", pattern, str(doc)], capsys)
    assert status == 2
    assert [Path(r["source"]["path"]).name for r in records] == ["y.txt"]  # no failed record
    assert f"briefing: error: no files match {pattern}" in err
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as stop:  # nothing else to read: a usage error at once
        cli.main(["parse", "-q", pattern, "-o", str(out)])
    assert stop.value.code == 2 and not out.exists()
    assert f"no files match {pattern}" in capsys.readouterr().err


def test_symlink_loops_and_repeated_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _docs(tmp_path / "root" / "a", ["one.txt"])
    (tmp_path / "root" / "a" / "loop").symlink_to(tmp_path / "root")
    status, records, err = _run(["parse", str(tmp_path / "root"), str(doc)], capsys)
    assert status == 0
    assert len(records) == 1
    assert "given twice" in err


def test_failed_files_give_a_line_status_1_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (good,) = _docs(tmp_path, ["good.txt"])
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    status, records, err = _run(["parse", str(empty), str(tmp_path / "missing.txt"), str(good)],
                                capsys)
    assert status == 1
    assert [r["status"] for r in records] == ["failed", "failed", "ok"]
    assert records[0]["error"]["type"] == "EmptyDocumentError"
    assert "empty.txt" in err and "missing.txt" in err and "good.txt" not in err


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _docs(tmp_path / "in", ["a.txt", "b.txt"])
    target = tmp_path / "out.jsonl"
    assert cli.main(["parse", *map(str, paths), "-o", str(target), "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["parse"],
        ["parse", "x.txt", "--jobs", "0"],
        ["parse", "x.txt", "--home", "XX"],
        ["parse", "x.txt", "--home", "EU"],
        ["build", "x.txt", "-o", "out", "--format", "pdf,odt"],
        ["build", "x.txt", "-o", "out", "--since", "last week"],
        ["frobnicate"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "error" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_output_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _docs(tmp_path, ["a.txt"])
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["parse", str(doc), "-o", str(locked / "r.jsonl")])
    assert exit_info.value.code == 2
    assert "not writable" in capsys.readouterr().err


def test_output_into_a_missing_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (doc,) = _docs(tmp_path, ["a.txt"])
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["parse", str(doc), "-o", str(tmp_path / "no" / "such" / "r.jsonl")])
    assert exit_info.value.code == 2
    assert "no such folder" in capsys.readouterr().err


def test_every_build_option_has_a_flag() -> None:
    assert set(cli.BUILD_FLAGS) == set(BuildOptions.model_fields)
    build_help = cli.build_parser()._subparsers._group_actions[0].choices["build"]  # type: ignore[union-attr]
    flags = {flag for action in build_help._actions for flag in action.option_strings}
    assert set(cli.BUILD_FLAGS.values()) <= flags


def test_build_flags_map_to_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("tpl").mkdir()
    args = cli.build_parser().parse_args([
        "build", "r.jsonl", "-o", "out", "--partner", "it,FR", "--partner", "de",
        "--theme", "culture,education", "--since", "2024-01-01", "--until", "2024-12-31",
        "--labels", "ru", "--paper", "letter", "--template", "tpl", "--marking", "Internal",
        "--created", "2024-05-01T10:00:00", "--pdf-variant", "pdf/ua-1", "--group-by", "theme",
        "--reference-date", "2024-06-01", "--author", "Desk", "--home", "uz", "--title", "T",
    ])
    options = cli.build_options(args)
    assert options.partners == ("IT", "FR", "DE")
    assert options.themes == ("culture", "education")
    assert options.since is not None and options.since.isoformat() == "2024-01-01"
    assert (options.lang, options.paper, options.group_by, options.home) == (
        "ru", "letter", "theme", "UZ")
    assert options.template_dir == Path("tpl") and options.pdf_variant == "pdf/ua-1"
    assert options.created is not None and options.created.hour == 10


def test_max_file_mb_refuses_big_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (doc,) = _docs(tmp_path, ["a.txt"])
    with doc.open("a", encoding="utf-8") as stream:
        stream.write("x" * 20_000)
    status, records, _ = _run(["parse", str(doc), "--max-file-mb", "0.01"], capsys)
    assert status == 1
    assert records[0]["error"]["type"] == "TooLargeError"


def test_help_has_examples_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "examples:" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.startswith("briefing ")


def test_build_reads_a_records_file_instead_of_parsing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _docs(tmp_path / "in", ["a.txt", "b.txt"])
    records_file = tmp_path / "records.jsonl"
    assert cli.main(["parse", *map(str, paths), "-o", str(records_file)]) == 0
    shutil.rmtree(tmp_path / "in")  # the documents are gone: only the records can serve
    seen: list[int] = []

    def fake_render(records: list[object], options: BuildOptions, folder: Path,
                    formats: list[str], stream: object = None, **limits: int) -> list[Path]:
        seen.append(len(records))
        return [folder / f"briefing.{fmt}" for fmt in formats]

    monkeypatch.setattr("briefing.batch.run.render_outputs", fake_render)
    status = cli.main(["build", str(records_file), "-o", str(tmp_path / "out"), "--format", "md"])
    assert status == 0
    assert seen == [2]


def test_build_writes_each_format_asked(
    seed_paths: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status = cli.main(["build", *map(str, seed_paths), "-o", str(out), "--format", "json,md",
                       "--title", "Weekly test briefing"])
    assert status == 0
    assert sorted(p.name for p in out.iterdir()) == ["briefing.json", "briefing.md"]
    assert "Weekly test briefing" in (out / "briefing.md").read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().err


def test_output_under_a_file_exits_2_even_for_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A path below a regular file cannot be written by anyone, root included.
    (doc,) = _docs(tmp_path, ["a.txt"])
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for argv in (["parse", str(doc), "-o", str(blocker / "r.jsonl")],
                 ["build", str(doc), "-o", str(blocker / "out"), "--format", "json"]):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(argv)
        assert exit_info.value.code == 2
        assert "plain-file" in capsys.readouterr().err


def test_reference_date_reads_relative_dates_in_parse_and_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Forum in Rome\nTwo days ago the Ambassador met students.\n", encoding="utf-8")
    status, [record], _ = _run(["parse", "--reference-date", "2024-05-10", str(path)], capsys)
    assert status == 0
    assert [(d["date"]["value"], d["resolved_from"]) for d in record["dates"]] == [
        ("2024-05-08", "reference")
    ]
    args = cli.build_parser().parse_args(
        ["build", str(path), "-o", str(tmp_path / "out"), "--reference-date", "2024-05-10"]
    )
    assert str(cli.parse_options(args).reference_date) == "2024-05-10"
    assert str(cli.build_options(args).reference_date) == "2024-05-10"
