"""Batch machinery: timeouts, dying workers, Ctrl-C, statuses and the exit code."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefing.batch import run as batch
from briefing.batch import workers
from briefing.batch.workers import Parsed
from briefing.ingest import RawDocument
from briefing.options import ParseOptions
from briefing.schema import ErrorInfo, Record, Source

TEXT = "Kazakhstan and Italy signed a memorandum on cultural cooperation in Rome. " * 3


def _files(folder: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        path = folder / f"doc{i:03d}.txt"
        path.write_text(f"Document {i}. {TEXT}", encoding="utf-8")
        paths.append(str(path))
    return paths


def _slow_or_crashing(raw: RawDocument, source: Source, options: ParseOptions) -> Record:
    """Stands in for parse_raw inside forked workers: hangs or dies on chosen files."""
    path = source.path or ""
    if "doc002" in path:
        time.sleep(30)
    if "doc004" in path:
        os._exit(3)
    return Record(id=Path(path).stem, text=raw.text)


def test_a_hanging_file_times_out_and_a_dying_worker_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "parse_raw", _slow_or_crashing)
    paths = _files(tmp_path, 8)
    settings = batch.BatchSettings(jobs=2, timeout=0.5, dedup=False)
    results = list(batch.parse_files(paths, ParseOptions(), settings))
    assert [r.path for r in results] == paths
    statuses = {Path(r.path).stem: (r.status, r.records[0].error) for r in results}
    assert statuses["doc002"][0] == "failed"
    assert statuses["doc002"][1] is not None and statuses["doc002"][1].type == "TimeoutError"
    assert statuses["doc004"][0] == "failed"
    assert statuses["doc004"][1] is not None and statuses["doc004"][1].type == "WorkerCrashed"
    assert [stem for stem, (status, _) in statuses.items() if status == "ok"] == [
        "doc000", "doc001", "doc003", "doc005", "doc006", "doc007"]


def test_a_bug_in_the_parser_is_an_internal_failure_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(raw: RawDocument, source: Source, options: ParseOptions) -> Record:
        raise KeyError("boom")

    monkeypatch.setattr(workers, "parse_raw", broken)
    (result,) = batch.parse_files(_files(tmp_path, 1), ParseOptions(), batch.BatchSettings())
    error = result.records[0].error
    assert error is not None and (error.type, error.stage) == ("InternalError", "internal")


def _result(*statuses: str) -> batch.FileResult:
    records = [
        Record(status=s, error=ErrorInfo(type="X", message="m") if s == "failed" else None)  # type: ignore[arg-type]
        for s in statuses
    ]
    return batch.FileResult("f.txt", [Parsed.of(r) for r in records])


def test_file_status_and_exit_status() -> None:
    assert _result("ok").status == "ok"
    assert _result("ok", "failed").status == "partial"
    assert _result("partial").status == "partial"
    assert _result("failed").status == "failed"
    summary = batch.Summary()
    summary.add(_result("ok"))
    summary.add(_result("partial"))
    assert batch.exit_status(summary) == 0
    summary.add(_result("failed"))
    assert batch.exit_status(summary) == 1
    summary.interrupted = True
    assert batch.exit_status(summary) == 130


CTRL_C_SCRIPT = textwrap.dedent("""
    import os, pathlib, sys, time
    from briefing import cli
    from briefing.batch import workers
    real = workers.parse_raw
    def slow(raw, source, options):
        pathlib.Path(os.environ["PARSING_STARTED"]).touch()
        time.sleep(0.3)
        return real(raw, source, options)
    workers.parse_raw = slow
    sys.exit(cli.main(sys.argv[1:]))
""")


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_keeps_the_old_output(tmp_path: Path) -> None:
    paths = _files(tmp_path, 40)
    target = tmp_path / "records.jsonl"
    target.write_text("earlier output\n", encoding="utf-8")
    started = tmp_path / "parsing-started"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PARSING_STARTED": str(started)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CTRL_C_SCRIPT, "parse", "-j", "2", "-o", str(target), *paths],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    deadline = time.monotonic() + 60
    while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # interrupt mid-batch, however slow the machine is to get there
    assert started.exists(), "the batch never started parsing"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err and "interrupted" in err
    assert target.read_text(encoding="utf-8") == "earlier output\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
