"""The record cache: a re-run parses nothing, a changed parser or option parses again."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.batch import cache, workers
from briefing.batch import run as batch
from briefing.options import ParseOptions
from briefing.schema import Record


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths handed to parse_bytes in this process (jobs=1 runs in-process)."""
    seen: list[str] = []
    real = workers.parse_bytes

    def counting(data: bytes, **kwargs: object) -> list[Record]:
        seen.append(str(kwargs["path"]))
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "parse_bytes", counting)
    return seen


def _archive(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{i}.txt"
        path.write_text(f"Note {i}: Kazakhstan and France opened a cultural centre in Paris.",
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def _run(paths: list[str], db: Path, options: ParseOptions | None = None) -> list[Record]:
    options = options or ParseOptions()
    with cache.RecordCache(db, options) as store:
        settings = batch.BatchSettings(cache=store)
        return [r for res in batch.parse_files(paths, options, settings) for r in res.records]


def test_a_rerun_over_an_unchanged_archive_parses_nothing(tmp_path: Path,
                                                          calls: list[str]) -> None:
    paths = _archive(tmp_path / "a", 5)
    first = _run(paths, tmp_path / "c.sqlite")
    assert len(calls) == 5
    second = _run(paths, tmp_path / "c.sqlite")
    assert len(calls) == 5
    assert [r.model_dump() for r in second] == [r.model_dump() for r in first]
    Path(paths[0]).write_text("Note changed: Kazakhstan and Japan met in Tokyo.", encoding="utf-8")
    _run(paths, tmp_path / "c.sqlite")
    assert calls[5:] == [paths[0]]


def test_a_moved_file_is_found_by_content_and_keeps_its_new_path(tmp_path: Path,
                                                                 calls: list[str]) -> None:
    (path,) = _archive(tmp_path / "a", 1)
    _run([path], tmp_path / "c.sqlite")
    moved = Path(path).rename(tmp_path / "moved.txt")
    (record,) = _run([str(moved)], tmp_path / "c.sqlite")
    assert len(calls) == 1
    assert record.source.path == str(moved)


def test_other_options_or_parser_version_parse_again(
    tmp_path: Path, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _archive(tmp_path / "a", 2)
    _run(paths, tmp_path / "c.sqlite")
    _run(paths, tmp_path / "c.sqlite", ParseOptions(home="UZ"))
    assert len(calls) == 4
    monkeypatch.setattr(cache, "parser_version", lambda: "9.9.9+other")
    _run(paths, tmp_path / "c.sqlite")
    assert len(calls) == 6


def test_parser_hash_follows_the_data_files_not_the_cli(tmp_path: Path) -> None:
    for name in ("data/lexicon.txt", "extract/x.py", "parsing.py", "cli.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("one", encoding="utf-8")
    before = cache.parser_files_hash(tmp_path)
    (tmp_path / "cli.py").write_text("two", encoding="utf-8")
    assert cache.parser_files_hash(tmp_path) == before
    (tmp_path / "data/lexicon.txt").write_text("two", encoding="utf-8")
    after_data = cache.parser_files_hash(tmp_path)
    assert after_data != before
    (tmp_path / "extract/x.py").write_text("two", encoding="utf-8")
    assert cache.parser_files_hash(tmp_path) not in {before, after_data}


def test_transient_failures_are_not_cached(tmp_path: Path, calls: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _archive(tmp_path / "a", 1)
    real = workers.parse_bytes

    def flaky(data: bytes, **kwargs: object) -> list[Record]:
        monkeypatch.setattr(workers, "parse_bytes", real)
        raise MemoryError

    monkeypatch.setattr(workers, "parse_bytes", flaky)
    (failed,) = _run(paths, tmp_path / "c.sqlite")
    assert failed.status == "failed"
    (record,) = _run(paths, tmp_path / "c.sqlite")
    assert record.status == "ok"


def test_default_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.default_cache_path() == tmp_path / "briefing" / "records.sqlite"


def test_the_parser_hash_reads_the_package_s_own_parsing_code() -> None:
    root = cache.PACKAGE_ROOT
    for name in cache._PARSER_MODULES:
        assert (root / name).is_file(), name
    for package in cache._PARSER_PACKAGES:
        assert (root / package).is_dir(), package
    assert (root / "extract" / "pipeline.py").is_file()


def test_the_parser_version_hashes_the_package_s_parser_files(tmp_path: Path) -> None:
    cache.parser_version.cache_clear()
    hashed = cache.parser_version().split("+")[1]
    assert hashed != cache.parser_files_hash(tmp_path)  # not the hash of no files at all
