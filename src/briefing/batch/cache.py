"""A record cache in SQLite, so that re-running over an unchanged archive parses nothing.

Records are keyed by (sha256 of the file's bytes, :data:`parser_version`,
hash of the :class:`~briefing.options.ParseOptions`). The parser version
hashes the package version, the parser's own source files and every file
under ``briefing/data``: editing a lexicon or an extractor invalidates what
it must, without anyone remembering to bump a number.

Only the batch's parent process reads and writes the database; workers never
touch it, so parallel runs need no locking beyond SQLite's own (WAL mode and
a busy timeout let two ``briefing`` commands share one cache file).
"""

from __future__ import annotations

import functools
import hashlib
import os
import zlib
from pathlib import Path
from types import TracebackType

from briefing.errors import BriefingError
from briefing.options import ParseOptions
from briefing.schema import Record

# Code whose change alters records; the CLI, batch and renderers do not.
_PARSER_PACKAGES = ("ingest", "clean", "extract", "schema", "data")
_PARSER_MODULES = ("parsing.py", "options.py", "errors.py", "datafiles.py", "vocabulary.py",
                   "_version.py")
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
"""The ``briefing`` package folder, whose parsing code and data key the cache."""
FORMAT = "lines1"  # payload layout: zlib of the records' JSON lines; part of the key
COMMIT_EVERY = 200  # rows per transaction: fewer fsyncs, little lost on a crash
BUSY_TIMEOUT_S = 30.0  # another briefing process may hold the write lock briefly

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    sha256 TEXT NOT NULL,
    parser TEXT NOT NULL,
    options TEXT NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (sha256, parser, options)
)
"""


class CacheError(BriefingError):
    """The cache database cannot be opened (locked, corrupt, read-only)."""

    stage = "cache"


@functools.cache
def parser_version() -> str:
    """Package version plus a hash of the parsing code and data files."""
    from briefing._version import VERSION

    return f"{VERSION}+{parser_files_hash(PACKAGE_ROOT)}+{FORMAT}"


def parser_files_hash(root: Path) -> str:
    """Hash of every file under ``root`` that can change a record (names and contents)."""
    digest = hashlib.sha256()
    files = [root / name for name in _PARSER_MODULES]
    for package in _PARSER_PACKAGES:
        files.extend((root / package).rglob("*"))
    for path in sorted(p for p in files if _is_source(p)):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _is_source(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"


def options_key(options: ParseOptions) -> str:
    """A short hash of everything in the options that can change a record."""
    return hashlib.sha256(options.model_dump_json().encode()).hexdigest()[:16]


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/briefing/records.sqlite``, else under ``~/.cache``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing" / "records.sqlite"


class RecordCache:
    """Parsed records of whole files, looked up by the file's content hash."""

    def __init__(self, path: str | Path, options: ParseOptions) -> None:
        import sqlite3  # only when a cache is opened: --no-cache runs never load it

        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(str(exc), path=self.path) from None
        self._key = (parser_version(), options_key(options))
        self._pending = 0
        self.hits = 0
        self.misses = 0

    def get(self, sha256: str, path: str) -> list[Record] | None:
        """The cached records of this content, re-pointed at ``path``; None on a miss."""
        row = self._db.execute(
            "SELECT payload FROM records WHERE sha256=? AND parser=? AND options=?",
            (sha256, *self._key),
        ).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        lines = zlib.decompress(row[0]).decode().split("\n")
        records = [Record.model_validate_json(line) for line in lines]
        for record in records:
            record.source.path = path
            record.duplicate_group = None
        return records

    def put(self, sha256: str, lines: list[str]) -> None:
        """Remember the records of this content as their JSON lines (the caller skips
        transient failures); a line holds no line break, so they are joined by one."""
        payload = zlib.compress("\n".join(lines).encode(), 3)
        self._db.execute(
            "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", (sha256, *self._key, payload)
        )
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        """Write what is pending to disk."""
        self._db.commit()
        self._pending = 0

    def close(self) -> None:
        """Commit and close the database."""
        self.commit()
        self._db.close()

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
