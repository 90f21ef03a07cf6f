"""Writing output files whole or not at all, and never replacing what is not a file.

Every output (JSON Lines, PDF, DOCX, caches' exports) goes to a temporary
file in the target folder and is renamed over the target only when complete,
so an interrupted or failed run leaves earlier outputs intact.

The rename is only right for a regular file. A symbolic link is followed and
its target replaced (the link stays a link). A device or FIFO (``-o
/dev/null``, ``-o /dev/stdout``, a named pipe a reader waits on) is written
to, never replaced: renaming a file over it would replace ``/dev/null``
itself. Text goes to it as it is written (records stream into a pipe);
a file that a writer needs to seek in (a DOCX is a zip) is made in the
system's temporary folder and then copied to it.

A folder that does not exist, a name that is too long or a target that cannot
be replaced is a :class:`~briefing.errors.RenderError` naming the target, never
the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from briefing.errors import RenderError

NAME_MAX = 255  # bytes in one file name on every common file system
_TEMP_NAME_ROOM = 20  # ".", ".", mkstemp's 8 random characters and ".part"


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A path to write ``target``'s content to, which takes ``target``'s place on success.

    For a regular file (or a new one) it is a temporary file beside the real
    target, renamed onto it when the block succeeds; for a device or FIFO it
    is the target itself.
    """
    given, real = _resolved(target)
    if _is_special(given, real):
        with _copied_to(real) as tmp:
            yield tmp
        return
    _check_name(given, real)
    tmp_path = _temporary(given, real)
    try:
        yield tmp_path
        tmp_path.chmod(_default_mode())
        try:
            tmp_path.replace(real)
        except OSError as exc:
            raise _write_error(given, exc) from None
    finally:
        tmp_path.unlink(missing_ok=True)


def _resolved(target: str | Path) -> tuple[Path, Path]:
    """The path as given (for messages) and its real target (a symlink followed to its end,
    dangling ones too)."""
    given = Path(target)
    return given, Path(os.path.realpath(given))


def _is_special(given: Path, real: Path) -> bool:
    """True for an existing target that is neither a regular file nor a folder: a device
    or FIFO. A socket cannot be opened for writing: a :class:`RenderError`."""
    try:
        mode = real.stat().st_mode
    except OSError:
        return False
    if stat.S_ISSOCK(mode):
        raise RenderError("is a socket; an output goes to a file, device or pipe", path=given)
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def _copied_to(device: Path) -> Iterator[Path]:
    """A temporary file in the system's temporary folder, copied to ``device`` on success."""
    fd, name = tempfile.mkstemp(prefix=".briefing.", suffix=".part")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb") as source, device.open("wb") as sink:
            shutil.copyfileobj(source, sink)
    finally:
        tmp.unlink(missing_ok=True)


def _check_name(given: Path, real: Path) -> None:
    if len(os.fsencode(real.name)) > NAME_MAX:
        raise RenderError(f"the file name is longer than {NAME_MAX} bytes", path=given)


def _temporary(given: Path, real: Path) -> Path:
    # a long name is cut in the temporary file's name, so that it still fits NAME_MAX
    stem = os.fsencode(real.name)[: NAME_MAX - _TEMP_NAME_ROOM]
    prefix = "." + os.fsdecode(stem) + "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=real.parent)
    except OSError as exc:
        raise _write_error(given, exc) from None
    os.close(fd)
    return Path(tmp)


def _write_error(given: Path, exc: OSError) -> RenderError:
    """The error of a failed write, in words, naming the file the user asked for."""
    reason = exc.strerror or str(exc)
    if exc.errno is not None and not given.parent.is_dir():
        reason = f"the folder {given.parent} does not exist"
    return RenderError(f"cannot write the file: {reason}", path=given)


def _default_mode() -> int:
    """The mode a plain ``open()`` would give (mkstemp makes files private, 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_text(target: str | Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text stream that replaces ``target`` only once closed without error
    (a device or FIFO gets the text as it is written)."""
    given, real = _resolved(target)
    if _is_special(given, real):
        with real.open("w", encoding=encoding, newline="\n") as stream:
            yield stream
        return
    with atomic_path(target) as tmp, tmp.open("w", encoding=encoding, newline="\n") as stream:
        yield stream


def write_bytes(target: str | Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
