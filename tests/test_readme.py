"""The README's examples run as printed: the library snippet (and the values its comments
show), the console session (commands, output lines and exit statuses), the record example."""

from __future__ import annotations

import datetime
import json
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

import briefing
from briefing import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECONDS = re.compile(r"\d+\.\d s\b")


def _block(section: str, language: str) -> str:
    """The first fenced block of ``language`` under the heading ``section``."""
    body = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(rf"```{language}\n(.*?)```", body, re.DOTALL)
    assert match, f"no {language} block under '{section}'"
    return match.group(1)


@pytest.fixture
def repository_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that looks like the repository to the examples: seeds/, a private cache."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def _shown_values(code: str) -> list[tuple[str, str]]:
    """(expression, value its comment shows): ``expr  # value`` or ``expr`` then ``# value``."""
    pairs = []
    lines = code.splitlines()
    for number, line in enumerate(lines):
        if "  # " in line and not line.lstrip().startswith("#"):
            expression, value = line.split("  # ", 1)
            if _is_expression(value):  # not a remark in words
                pairs.append((expression.strip(), value.strip()))
        elif line.startswith("# ") and number and not lines[number - 1].startswith("#"):
            pairs.append((lines[number - 1].strip(), line[2:].strip()))
    return pairs


def _is_expression(text: str) -> bool:
    try:
        compile(text.strip(), "comment", "eval")
    except SyntaxError:
        return False
    return True


@pytest.mark.slow
def test_library_snippet_runs_and_shows_true_values(repository_copy: Path) -> None:
    code = _block("As a library", "python")
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # the README is ours
    shown = _shown_values(code)
    assert len(shown) >= 6
    for expression, value in shown:
        assert eval(expression, namespace) == eval(value, {"datetime": datetime}), expression
    assert (repository_copy / "out" / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert (repository_copy / "out" / "briefing.docx").is_file()


def _session() -> list[tuple[str, list[str]]]:
    """The console session: each command with the lines printed after it."""
    steps: list[tuple[str, list[str]]] = []
    command = ""
    for line in _block("Command line", "console").splitlines():
        if line.startswith("$ "):
            command = line[2:]
            steps.append((command, []))
        elif command.endswith("\\"):
            command = command[:-1] + line.strip()
            steps[-1] = (command, steps[-1][1])
        else:
            steps[-1][1].append(line)
    return steps


@pytest.mark.slow
def test_console_session_prints_what_the_readme_shows(
    repository_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository_copy / "out").mkdir()
    steps = _session()
    assert len(steps) >= 4
    for command, printed in steps:
        argv = shlex.split(command)
        assert argv[0] == "briefing"
        expected_status = 2 if any("error:" in line for line in printed) else 0
        try:
            status = cli.main(argv[1:])
        except SystemExit as exit_info:
            status = int(exit_info.code or 0)
        err = capsys.readouterr().err
        assert status == expected_status, (command, err)
        assert SECONDS.sub("N s", err).splitlines() == [SECONDS.sub("N s", p) for p in printed], \
            command


def _matches(example: Any, actual: Any, where: str) -> None:
    """``example`` as the README shortens it: "…" cuts a string or stands for what is left out;
    lists show their first items; everything shown in full equals the real value."""
    if isinstance(example, str) and "…" in example:
        assert isinstance(actual, str) and actual.startswith(example.split("…")[0]), where
    elif isinstance(example, dict):
        assert isinstance(actual, dict), where
        for key, value in example.items():
            if key != "…":
                assert key in actual, f"{where}.{key} is not a field of the record"
                _matches(value, actual[key], f"{where}.{key}")
    elif isinstance(example, list) and example != ["…"]:
        assert isinstance(actual, list) and len(actual) >= len(example), where
        if example or not actual:
            for number, item in enumerate(example):
                _matches(item, actual[number], f"{where}[{number}]")
        else:
            raise AssertionError(f"{where}: the README shows [], the record has items")
    elif example != ["…"]:
        assert example == actual, f"{where}: README {example!r}, record {actual!r}"


def test_record_example_is_a_current_record() -> None:
    example = json.loads(_block("The record", "json"))
    (record,) = briefing.parse_paths(ROOT / "seeds" / "003_379b32556e94576d.txt")  # as parse
    actual = record.model_dump(mode="json")
    actual["source"]["path"] = "seeds/003_379b32556e94576d.txt"
    assert list(example) == list(actual)  # every field, in the order parse writes them
    _matches(example, actual, "record")
