"""Writing output files whole or not at all.

Every output (JSON Lines, PDF, DOCX, caches' exports) goes to a temporary
file in the target folder and is renamed over the target only when complete,
so an interrupted or failed run leaves earlier outputs intact. The temporary
file's name carries the writer's host and process id, so that a run killed
with ``kill -9`` (which cannot clean up) has its leftovers removed by the
next write of the same target, and a live writer's file is never touched.
"""

from __future__ import annotations

import contextlib
import glob
import os
import platform
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

STALE_AFTER_S = 24 * 3600  # a temporary file of another host unchanged this long is left over
_HOST = platform.node().replace("/", "_") or "host"


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it when the block succeeds."""
    target = Path(target)
    remove_leftovers(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{_HOST}-{os.getpid()}.", suffix=".part",
                               dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        tmp_path.chmod(_default_mode())
        tmp_path.replace(target)
    finally:
        tmp_path.unlink(missing_ok=True)


def remove_leftovers(target: str | Path) -> list[Path]:
    """Remove the temporary files of earlier writes of ``target`` whose writer is gone:
    a dead process of this host, or (other hosts, older names) a day without change."""
    target = Path(target)
    removed = []
    name = re.escape(target.name)
    pattern = re.compile(rf"\.{name}\.(?:(?P<host>.+)-(?P<pid>\d+)\.)?[^.]+\.part")
    with contextlib.suppress(OSError):
        for path in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
            found = pattern.fullmatch(path.name)
            if found is not None and _abandoned(path, found["host"], found["pid"]):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def _abandoned(path: Path, host: str | None, pid: str | None) -> bool:
    if host == _HOST and pid is not None:
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, OverflowError):  # alive, someone else's; or not a pid
            return False
        return False
    return time.time() - path.stat().st_mtime > STALE_AFTER_S


def _default_mode() -> int:
    """The mode a plain ``open()`` would give (mkstemp makes files private, 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_text(target: str | Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text stream that replaces ``target`` only once closed without error."""
    with atomic_path(target) as tmp, tmp.open("w", encoding=encoding, newline="\n") as stream:
        yield stream


def write_bytes(target: str | Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
