"""Writing output files whole or not at all.

Every output (JSON Lines, PDF, DOCX, caches' exports) goes to a temporary
file in the target folder and is renamed over the target only when complete,
so an interrupted or failed run leaves earlier outputs intact.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it when the block succeeds."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        tmp_path.chmod(_default_mode())
        tmp_path.replace(target)
    finally:
        tmp_path.unlink(missing_ok=True)


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
