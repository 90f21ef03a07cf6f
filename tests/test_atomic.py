"""Atomic output: whole files or none, with ordinary permissions."""

from __future__ import annotations

import io
import os
import socket
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from briefing.atomic import atomic_path, atomic_text, write_bytes
from briefing.errors import RenderError


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


def _read_fifo(fifo: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with fifo.open("rb") as stream:
            into.append(stream.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    thread = _read_fifo(fifo, received)
    write_bytes(fifo, b"records\n")
    thread.join(timeout=10)
    assert received == [b"records\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "records.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    with atomic_text(link) as out:
        out.write("new\n")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "real"]
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["records.jsonl"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.md"
    link.symlink_to(tmp_path / "made.md")
    write_bytes(link, b"# briefing\n")
    assert link.is_symlink()
    assert (tmp_path / "made.md").read_bytes() == b"# briefing\n"


def test_a_failed_write_through_a_symlink_keeps_the_target(tmp_path: Path) -> None:
    target = tmp_path / "kept.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    with pytest.raises(RuntimeError), atomic_text(link) as out:
        out.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.jsonl", "link.jsonl"]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_character_device_stays_a_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the kernel's /dev/null
    except PermissionError:
        pytest.skip("no CAP_MKNOD here")
    write_bytes(null, b"%PDF-1.7 ...")
    with atomic_text(null) as out:
        out.write("{}\n")
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert null.stat().st_rdev == os.makedev(1, 3)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def test_dev_null_stays_a_device() -> None:
    write_bytes("/dev/null", b"nothing")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_a_missing_folder_is_a_render_error_naming_the_target(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "briefing.json"
    with pytest.raises(RenderError) as caught:
        write_bytes(target, b"{}")
    assert str(target) in str(caught.value)
    assert ".part" not in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_a_long_file_name_is_written(tmp_path: Path) -> None:
    name = "б" * 120 + ".jsonl"  # 246 bytes: the temporary name would not fit uncut
    write_bytes(tmp_path / name, b"x")
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_file_name_over_the_limit_is_a_render_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="longer than 255 bytes"):
        write_bytes(tmp_path / ("x" * 300), b"x")


def test_a_seeking_writer_reaches_a_fifo_whole(tmp_path: Path) -> None:
    """A zip (a DOCX) needs to seek: it is made aside, then copied into the pipe."""
    fifo = tmp_path / "briefing.docx"
    os.mkfifo(fifo)
    received: list[bytes] = []
    thread = _read_fifo(fifo, received)
    with atomic_path(fifo) as tmp, zipfile.ZipFile(tmp, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
    thread.join(timeout=10)
    with zipfile.ZipFile(io.BytesIO(received[0])) as package:
        assert package.read("word/document.xml") == b"<w:document/>"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.docx"]


def test_text_streams_into_a_fifo_as_it_is_written(tmp_path: Path) -> None:
    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)
    first_line: list[bytes] = []

    def reader() -> None:
        with fifo.open("rb") as stream:
            first_line.append(stream.readline())
            stream.read()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    with atomic_text(fifo) as out:
        out.write("{}\n")
        out.flush()
        for _ in range(100):  # the reader has the line before the writer closes
            if first_line:
                break
            thread.join(timeout=0.1)
        assert first_line == [b"{}\n"]
    thread.join(timeout=10)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(RenderError, match="is a socket"):
            write_bytes(path, b"x")
