"""Reading one input file: regular files only, never more than the size limit.

Everything that reads an input (documents, records files, the cache's hash)
goes through :func:`read_input`. The file's type is checked on the path
(``stat`` follows a symlink to its target) before it is opened: a FIFO would
block the reader forever, ``/dev/zero`` never ends and reports size 0, and
opening some devices has effects of its own. The open itself is
non-blocking, and the opened file is checked again (the same inode, still a
regular file), so a file swapped between the check and the open is refused
too. At most ``max_bytes + 1`` bytes are ever read, whatever the size said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.errors import InputError, NotAFileError, TooLargeError

_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | os.O_CLOEXEC
_KINDS = (  # (test, what a message calls it)
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1024 * 1024


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in a message's words."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def check_regular(path: str | Path) -> os.stat_result:
    """The file's status when it is a regular file (after links); else an ``InputError``."""
    try:
        status = Path(path).stat()
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=path) from None
    if not stat.S_ISREG(status.st_mode):
        link = " (through a symlink)" if Path(path).is_symlink() else ""
        raise NotAFileError(
            f"{file_kind(status.st_mode)}{link}, not a regular file; refused unread", path=path
        )
    return status


def read_input(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or an ``InputError``."""
    before = check_regular(path)
    _check_size(before.st_size, max_bytes, path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=path) from None
    try:
        opened = os.fstat(fd)
        if (opened.st_dev, opened.st_ino) != (before.st_dev, before.st_ino):
            raise InputError("the file was replaced while it was being opened", path=path)
        os.set_blocking(fd, True)
        return _read_at_most(fd, max_bytes, path)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=path) from None
    finally:
        os.close(fd)


def _read_at_most(fd: int, max_bytes: int, path: str | Path) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    _check_size(total, max_bytes, path)
    return b"".join(chunks)


def _check_size(size: int, max_bytes: int, path: str | Path) -> None:
    if size > max_bytes:
        raise TooLargeError(f"{size} bytes is over the limit of {max_bytes}", path=path)
