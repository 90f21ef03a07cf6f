"""Atomic output: whole files or none, with ordinary permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.atomic import atomic_text, write_bytes


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(target) as out:
        out.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_written_file_gets_the_mode_open_would_give(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "a.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF"
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644
