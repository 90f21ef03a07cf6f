"""Inputs that attack time, memory and the cache: each is refused or bounded, with a clear
error naming the file, and the batch goes on. Every input is built here."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
import textwrap
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing import cli
from briefing.atomic import HOST_TAG
from briefing.batch import parts, workers
from briefing.batch import run as batch
from briefing.batch.cache import CacheError, RecordCache
from briefing.batch.records_file import BadLine, is_records_file, load_records
from briefing.errors import CorruptDocumentError, InputError, TooLargeError
from briefing.ingest import RawDocument, docx_reader, pdf_reader, read_document
from briefing.ingest.docx_styles import Styles
from briefing.options import Limits, ParseOptions
from briefing.parsing import parse_path
from briefing.schema import Record, Source
from hostile_samples import big_docx, inflating_pdf, jsonl_documents
from ingest_samples import docx_bytes, pdf_bytes, replace_part

TEXT = "Kazakhstan and Italy signed a memorandum on cultural cooperation in Rome. " * 3


def _parse(paths: list[str], *, jobs: int = 1, timeout: float = 5.0,
           limits: Limits | None = None) -> dict[str, tuple[str, str | None]]:
    options = ParseOptions(limits=limits or Limits())
    settings = batch.BatchSettings(jobs=jobs, timeout=timeout, dedup=False)
    found = {}
    for result in batch.parse_files(paths, options, settings):
        record = result.records[0]
        found[Path(result.path).name] = (record.status, record.error and record.error.type)
    return found


# -- special files -----------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_fifo_a_device_and_links_to_them_are_refused_unread(tmp_path: Path, jobs: int) -> None:
    """A FIFO used to hang the run; /dev/zero (size 0) was read until memory ran out."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "pipe-link.html").symlink_to(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    names = ["pipe.txt", "zero.txt", "pipe-link.html", "good.txt"]
    found = _parse([str(tmp_path / name) for name in names] + ["/dev/zero"], jobs=jobs)
    assert found == {
        "pipe.txt": ("failed", "NotAFileError"),
        "zero.txt": ("failed", "NotAFileError"),
        "pipe-link.html": ("failed", "NotAFileError"),
        "good.txt": ("ok", None),
        "zero": ("failed", "NotAFileError"),
    }


def test_the_refusal_names_the_kind_of_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    [fifo] = parse_path(tmp_path / "pipe.txt")
    [device] = parse_path(tmp_path / "zero.txt")
    [folder] = parse_path(tmp_path)
    assert fifo.error is not None and "FIFO" in fifo.error.message
    assert device.error is not None and "character device (through a symlink)" in (
        device.error.message)
    assert folder.error is not None and "folder" in folder.error.message


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 100, encoding="utf-8")
    found = _parse([str(big)], limits=Limits(max_file_bytes=1000))
    assert found == {"big.txt": ("failed", "TooLargeError")}


def test_a_fifo_named_jsonl_is_not_taken_for_a_records_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "records.jsonl")
    assert not is_records_file(str(tmp_path / "records.jsonl"))


# -- records files -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def record_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("docs")
    paths = []
    for number, partner in enumerate(["Italy", "France", "Japan", "Egypt"]):
        path = folder / f"{number}.txt"
        path.write_text(f"Kazakhstan and {partner} opened a cultural centre. {TEXT}",
                        encoding="utf-8")
        paths.append(str(path))
    settings = batch.BatchSettings(dedup=False)
    return [p.line() for r in batch.parse_files(paths, ParseOptions(), settings) for p in r.parsed]


def _bad_records_file(path: Path, lines: list[str]) -> None:
    extra = json.loads(lines[1])
    extra["invented"] = 1
    surrogate = lines[3].replace('"text":"', '"text":"\\ud800', 1)
    assert surrogate != lines[3]
    rows = [lines[0].encode(), json.dumps(extra).encode(), lines[2][:150].encode(),
            surrogate.encode(), b'{"schema_version":"1","title":"\xed\xa0\x80"}']
    path.write_bytes(b"\n".join(rows) + b"\n")


def test_bad_lines_of_a_records_file_are_named_and_skipped(
    tmp_path: Path, record_lines: list[str]
) -> None:
    path = tmp_path / "records.jsonl"
    _bad_records_file(path, record_lines)
    assert is_records_file(str(path))
    loaded = list(load_records(str(path), max_bytes=10**8, max_records=100))
    assert not isinstance(loaded[0], BadLine)
    bad = {item.number: item.reason for item in loaded if isinstance(item, BadLine)}
    assert sorted(bad) == [2, 3, 4, 5]
    assert "invented" in bad[2] and "Extra inputs" in bad[2]
    assert "EOF" in bad[3]
    assert "surrogate" in bad[4] or "escape" in bad[4]
    assert "not UTF-8" in bad[5]


def test_build_from_a_bad_records_file_names_each_line_and_goes_on(
    tmp_path: Path, record_lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "records.jsonl"
    _bad_records_file(path, record_lines)
    status = cli.main(["build", str(path), "-o", str(tmp_path / "out"), "--format", "md",
                       "--no-cache", "-q"])
    err = capsys.readouterr().err
    assert status == 1
    assert "Traceback" not in err
    for number in (2, 3, 4, 5):
        assert f"records.jsonl, line {number}:" in err
    assert (tmp_path / "out" / "briefing.md").exists()


def test_size_and_record_limits_apply_to_records_files(
    tmp_path: Path, record_lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(record_lines) + "\n", encoding="utf-8")
    out = str(tmp_path / "out")
    status = cli.main(["build", str(path), "-o", out, "--format", "md", "--no-cache",
                       "--max-file-mb", "0.001"])
    assert status == 1 and "over the limit" in capsys.readouterr().err
    status = cli.main(["build", str(path), "-o", out, "--format", "md", "--no-cache",
                       "--max-records", "3"])
    err = capsys.readouterr().err
    assert status == 1 and "4 records, more than the --max-records limit of 3" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "briefing.md").exists()


# -- time limits -------------------------------------------------------------------------


def _cached_run(paths: list[str], db: Path, *, timeout: float) -> list[Record]:
    with RecordCache(db, ParseOptions()) as store:
        settings = batch.BatchSettings(timeout=timeout, cache=store, dedup=False)
        return [r for result in batch.parse_files(paths, ParseOptions(), settings)
                for r in result.records]


def test_a_docx_timeout_is_a_timeout_and_never_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-docx sits in a broad ``except``: the timeout became a cached "corrupt" error."""
    path = tmp_path / "slow.docx"
    path.write_bytes(docx_bytes([("Kazakhstan and Italy held a concert in Rome.", None)]))
    real = docx_reader._element_lines

    def slow(block: object, styles: Styles | None) -> Iterator[tuple[str, bool]]:
        time.sleep(3)
        yield from real(block, styles)

    monkeypatch.setattr(docx_reader, "_element_lines", slow)
    [record] = _cached_run([str(path)], tmp_path / "c.sqlite", timeout=0.5)
    assert record.error is not None and record.error.type == "TimeoutError"
    monkeypatch.setattr(docx_reader, "_element_lines", real)
    [record] = _cached_run([str(path)], tmp_path / "c.sqlite", timeout=0)
    assert record.status == "ok" and "concert in Rome" in record.text


def test_a_slow_pdf_page_stops_the_pdf_at_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The per-page ``except`` of the PDF reader swallowed the alarm and read on."""
    import pypdfium2

    path = tmp_path / "slow.pdf"
    path.write_bytes(pdf_bytes([[f"Page {n} on cooperation with Italy."] for n in range(6)]))
    real = pypdfium2.PdfPage.get_textpage

    def slow(page: Any) -> Any:
        time.sleep(0.4)
        return real(page)

    monkeypatch.setattr(pypdfium2.PdfPage, "get_textpage", slow)
    started = time.monotonic()
    [record] = _parse_records([str(path)], timeout=0.5)
    assert record.error is not None and record.error.type == "TimeoutError"
    assert time.monotonic() - started < 2.0  # six pages would take 2.4 s


def _parse_records(paths: list[str], *, timeout: float, jobs: int = 1,
                   memory_mb: int = 0) -> list[Record]:
    settings = batch.BatchSettings(jobs=jobs, timeout=timeout, dedup=False,
                                   max_memory_mb=memory_mb)
    return [r for result in batch.parse_files(paths, ParseOptions(), settings)
            for r in result.records]


def test_each_document_of_a_json_lines_file_has_its_own_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole file used to share one limit: 200,000 items became one failed record."""
    path = tmp_path / "items.jsonl"
    items = [{"text": f"Item {n}: Kazakhstan and Italy held a concert in Rome."} for n in range(6)]
    items[2]["text"] = "SLOW " + items[2]["text"]
    path.write_text("\n".join(json.dumps(item) for item in items), encoding="utf-8")
    real = workers.parse_raw

    def slow_one(raw: RawDocument, source: Source, options: ParseOptions) -> Record:
        if raw.text.startswith("SLOW"):
            time.sleep(5)
        time.sleep(0.2)
        return real(raw, source, options)

    monkeypatch.setattr(workers, "parse_raw", slow_one)
    records = _parse_records([str(path)], timeout=0.6)
    assert [r.status for r in records] == ["ok", "ok", "failed", "ok", "ok", "ok"]
    assert records[2].error is not None and records[2].error.type == "TimeoutError"
    assert "document 3 of 6" in records[2].error.message


# -- memory and processes ----------------------------------------------------------------


def test_a_parse_that_needs_too_much_memory_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for name in ("a", "greedy", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{name}: {TEXT}", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    real = workers.parse_raw

    def greedy(raw: RawDocument, source: Source, options: ParseOptions) -> Record:
        if "greedy" in (source.path or ""):
            hoard = bytearray(2 * 1024**3)
            del hoard
        return real(raw, source, options)

    monkeypatch.setattr(workers, "parse_raw", greedy)
    records = _parse_records(paths, timeout=30, memory_mb=400)
    assert [r.status for r in records] == ["ok", "failed", "ok"]
    assert records[1].error is not None and records[1].error.type == "OutOfMemory"


ORPHAN_SCRIPT = textwrap.dedent("""
    import os, pathlib, sys, time
    from briefing import cli
    from briefing.batch import workers
    def hang(raw, source, options):
        pathlib.Path(os.environ["WORKER_PIDS"], str(os.getpid())).touch()
        time.sleep(600)
    workers.parse_raw = hang
    sys.exit(cli.main(sys.argv[1:]))
""")


def _alive(pid: int) -> bool:
    try:
        with Path(f"/proc/{pid}/stat").open() as stream:
            return stream.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    paths = []
    for number in range(4):
        (tmp_path / f"{number}.txt").write_text(TEXT, encoding="utf-8")
        paths.append(str(tmp_path / f"{number}.txt"))
    env = {**os.environ, "WORKER_PIDS": str(pids)}
    parent = subprocess.Popen(
        [sys.executable, "-c", ORPHAN_SCRIPT, "parse", "-j", "2", "--no-cache", "-q", *paths],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    deadline = time.monotonic() + 60
    while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers_seen = [int(p.name) for p in pids.iterdir()]
    assert len(workers_seen) == 2
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers_seen) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers_seen)


def test_a_pdf_stream_that_inflates_beyond_the_limit_is_refused_before_pdfium(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 1.2 MB PDF whose stream inflated to 1.2 GB took 2.3 GB (PDFium aborts when it can't)."""
    monkeypatch.setattr(pdf_reader, "MAX_STREAM_BYTES", 8 * 1024 * 1024)
    bomb = inflating_pdf(16 * 1024 * 1024)
    assert len(bomb) < 64 * 1024
    with pytest.raises(TooLargeError, match="inflates to more than 8 MB"):
        read_document(bomb, path="bomb.pdf")
    [document] = read_document(inflating_pdf(4 * 1024 * 1024), path="fine.pdf")
    assert "Cultural cooperation with Italy." in document.text


# -- Word documents ----------------------------------------------------------------------

XXE_BODY = """<?xml version="1.0" encoding="{}"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be", "utf-32"])
def test_a_utf32_dtd_is_refused(encoding: str) -> None:
    docx = docx_bytes([("Cultural cooperation report.", None)])
    body = XXE_BODY.replace("{}", encoding.upper()).encode(encoding)
    hostile = replace_part(docx, "word/document.xml", body)
    with pytest.raises(CorruptDocumentError, match=r"word/document\.xml declares a DTD"):
        read_document(hostile, path="xxe32.docx")


def test_the_parser_refuses_a_dtd_the_byte_scan_missed() -> None:
    """Second line of defence: whatever the encoding (UTF-7 hides ``<!`` from a byte scan),
    a DTD stops the parse."""
    docx = docx_bytes([("Cultural cooperation report.", None)])
    body = XXE_BODY.replace("{}", "UTF-7").encode().replace(b"<!", b"+ADwAIQ-")  # "<!" in UTF-7
    assert b"<!DOCTYPE" not in body
    hostile = replace_part(docx, "word/document.xml", body)
    with pytest.raises(CorruptDocumentError, match=r"word/document\.xml declares a DTD"):
        read_document(hostile, path="xxe7.docx")


def test_a_long_docx_is_read_as_a_stream_up_to_the_text_limit(tmp_path: Path) -> None:
    """python-docx built the whole tree: a 56 MB document took 1.8 GB (see the benchmark)."""
    path = tmp_path / "long.docx"
    big_docx(path, paragraphs=20_000)
    [document] = read_document(path.read_bytes(), path="long.docx",
                               limits=Limits(max_text_chars=50_000))
    assert len(document.text) == 50_000
    assert any("text cut at the limit of 50000" in w for w in document.warnings)


# -- the cache ---------------------------------------------------------------------------


def _archive(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number}.txt"
        path.write_text(f"Note {number}: Kazakhstan and France opened a cultural centre in Paris. "
                        + TEXT, encoding="utf-8")
        paths.append(str(path))
    return paths


def _with_cache(paths: list[str], store: RecordCache) -> list[Record]:
    settings = batch.BatchSettings(cache=store, dedup=False, in_process=True)
    return [r for result in batch.parse_files(paths, ParseOptions(), settings)
            for r in result.records]


def test_a_file_name_that_is_not_utf8_survives_a_cache_hit(tmp_path: Path) -> None:
    """On a hit the path was set after validation: its lone surrogates crashed the writer."""
    name = os.fsdecode(b"caf\xe9 note.txt")
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    outputs = []
    for run in ("first", "second"):
        out = tmp_path / f"{run}.jsonl"
        status = cli.main(["parse", str(tmp_path / name), "-o", str(out), "-q",
                           "--cache", str(tmp_path / "c.sqlite")])
        assert status == 0
        outputs.append(json.loads(out.read_text(encoding="utf-8")))
    assert outputs[0]["source"]["path"].endswith("caf\ufffd note.txt")
    assert outputs[1] == outputs[0]


def test_corrupt_pages_behind_an_intact_header_are_reported_once_and_bypassed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite"
    paths = _archive(tmp_path / "a", 30)
    with RecordCache(db, ParseOptions()) as store:
        _with_cache(paths, store)
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[4096:] = bytes(range(256)) * ((len(data) - 4096) // 256) + bytes(len(data) % 256)
    db.write_bytes(bytes(data))
    status = cli.main(["parse", *paths, "-o", str(tmp_path / "out.jsonl"), "-q",
                       "--cache", str(db)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "Traceback" not in err
    assert err.count(f"the cache {db}") == 1 and "delete the file" in err
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 30


def test_a_cached_entry_that_does_not_read_back_is_parsed_again_and_replaced(
    tmp_path: Path,
) -> None:
    import sqlite3

    db = tmp_path / "c.sqlite"
    paths = _archive(tmp_path / "a", 2)
    with RecordCache(db, ParseOptions()) as store:
        first = _with_cache(paths, store)
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE records SET payload = ?", (zlib.compress(b'{"not": "a record"}'),))
    with RecordCache(db, ParseOptions()) as store:
        again = _with_cache(paths, store)
        assert (store.hits, store.misses, store.broken) == (0, 2, False)
    assert [r.text for r in again] == [r.text for r in first]
    with RecordCache(db, ParseOptions()) as store:
        _with_cache(paths, store)
        assert store.hits == 2


def test_a_database_of_another_schema_is_reported_and_bypassed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE TABLE records (name TEXT)")
    status = cli.main(["parse", *_archive(tmp_path / "a", 1), "-q", "--cache", str(db),
                       "-o", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert status == 0 and "Traceback" not in err
    assert f"no cache ({db}: not a briefing cache" in err and "going on without it" in err
    assert (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(("pragma", "words"), [
    ("PRAGMA query_only=1", "readonly"),
    ("PRAGMA max_page_count=3", "full"),
], ids=["read-only", "disk-full"])
def test_a_cache_that_cannot_be_written_is_reported_once_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pragma: str, words: str
) -> None:
    paths = _archive(tmp_path / "a", 30)
    with RecordCache(tmp_path / "c.sqlite", ParseOptions()) as store:
        store._db.execute(pragma)
        records = _with_cache(paths, store)
        assert store.broken
    err = capsys.readouterr().err
    assert [r.status for r in records] == ["ok"] * 30
    assert err.count("briefing: note: the cache") == 1 and words in err


def test_a_full_disk_while_writing_records_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "records.jsonl"
    target.write_text("earlier output\n", encoding="utf-8")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(batch, "write_records", full)
    status = cli.main(["parse", *_archive(tmp_path / "a", 1), "-o", str(target), "--no-cache"])
    err = capsys.readouterr().err
    assert status == 1
    assert "Traceback" not in err
    assert f"cannot write {target}: No space left on device" in err
    assert target.read_text(encoding="utf-8") == "earlier output\n"


def test_a_full_disk_while_rendering_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import render

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(render, "render_markdown", full)
    out = tmp_path / "out"
    status = cli.main(["build", *_archive(tmp_path / "a", 2), "-o", str(out), "--format", "md",
                       "--no-cache", "-q"])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert f"{out / 'briefing.md'}: cannot write: No space left on device" in err


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_temporary_files_of_a_killed_run_are_removed_by_the_next(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    paths = _archive(tmp_path / "a", 2)
    target = tmp_path / "records.jsonl"
    env = {**os.environ, "WORKER_PIDS": str(pids)}
    parent = subprocess.Popen(
        [sys.executable, "-c", ORPHAN_SCRIPT, "parse", "-j", "1", "--no-cache", "-q",
         "-o", str(target), *paths],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    deadline = time.monotonic() + 60
    while not list(pids.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    parent.kill()
    parent.wait()
    left = [p.name for p in tmp_path.glob(".records.jsonl.*.part")]
    assert len(left) == 1
    live = tmp_path / f".records.jsonl.{HOST_TAG}-{os.getpid()}.live1234.part"
    live.touch()  # a writer still at work: never removed
    assert cli.main(["parse", *paths, "-o", str(target), "--no-cache", "-q"]) == 0
    assert sorted(p.name for p in tmp_path.glob(".*.part")) == [live.name]
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_build_removes_what_a_killed_build_left_in_every_format(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    for name in ("briefing.pdf", "briefing.docx", "briefing.md"):
        (out / f".{name}.{HOST_TAG}-{dead.pid}.ab12cd34.part").write_bytes(b"half")
    assert cli.main(["build", *_archive(tmp_path / "a", 2), "-o", str(out), "--format", "md",
                     "--no-cache", "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["briefing.md"]


# -- web pages ---------------------------------------------------------------------------

ARTICLE = "<article><p>" + "The embassy opened a cultural centre in Warsaw this week. " * 10 + (
    "</p></article>")


@pytest.mark.parametrize(("head", "url"), [
    ('<base href="http://evil.example/">', None),
    ('<base href="http://evil.example/"><link rel="canonical" href="https://mfa.example/n/1">',
     "https://mfa.example/n/1"),
    ('<meta property="og:url" content="https://mfa.example/og"><base href="http://evil.example/">',
     "https://mfa.example/og"),
    ('<link rel="canonical" href="/relative"><base href="http://evil.example/">', None),
    ('<link rel="canonical" href="javascript:alert(1)">', None),
], ids=["base-only", "canonical", "og-url", "relative-canonical", "script-url"])
def test_a_page_link_comes_from_its_canonical_link_or_og_url_never_base(
    head: str, url: str | None
) -> None:
    page = f"<html><head><title>T</title>{head}</head><body>{ARTICLE}</body></html>"
    [document] = read_document(page.encode(), path="page.html")
    assert document.url == url


def test_a_cache_whose_text_is_not_utf8_is_refused_by_name(tmp_path: Path) -> None:
    """Found by the fuzzer: sqlite3's UnicodeDecodeError escaped as a traceback."""
    import sqlite3

    db = tmp_path / "c.sqlite"
    columns = b"sha256 TEXT, parser TEXT, options TEXT, payload BLOB"
    with sqlite3.connect(db) as raw:
        raw.execute(f"CREATE TABLE records ({columns.decode()})")
    schema = b"CREATE TABLE records (" + columns + b', "\xff" X)'
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA writable_schema=ON")
        raw.execute("UPDATE sqlite_master SET sql=CAST(? AS TEXT) WHERE name='records'", (schema,))
    with pytest.raises(CacheError, match="decode"):
        RecordCache(db, ParseOptions())


# -- long JSON Lines document files and long briefings -----------------------------------


def test_a_long_json_lines_file_is_parsed_in_parts_that_stream_and_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As one task, 200,000 items piled up in one worker until the file failed as one."""
    monkeypatch.setattr(parts, "PART_LINES", 40)
    path = tmp_path / "items.jsonl"
    data = jsonl_documents(100)
    path.write_bytes(data)
    whole = hashlib.sha256(data).hexdigest()
    with RecordCache(tmp_path / "c.sqlite", ParseOptions()) as store:
        settings = batch.BatchSettings(jobs=2, cache=store, dedup=False)
        results = list(batch.parse_files([str(path)], ParseOptions(), settings))
    assert [r.part for r in results] == [(0, 3), (1, 3), (2, 3)]
    records = [r for result in results for r in result.records]
    assert [r.title for r in records] == [f"Item {n}" for n in range(100)]
    assert {(r.status, r.source.sha256, r.source.size) for r in records} == {
        ("ok", whole, len(data))}
    summary = batch.Summary()
    for result in results:
        summary.add(result)
    assert (summary.files, summary.records) == (1, 100)
    with RecordCache(tmp_path / "c.sqlite", ParseOptions()) as store:
        settings = batch.BatchSettings(cache=store, dedup=False)
        again = list(batch.parse_files([str(path)], ParseOptions(), settings))
        assert store.hits == 3
    assert [r.model_dump() for result in again for r in result.records] == [
        r.model_dump() for r in records]


@pytest.mark.parametrize("head", [b'["a list", ', b"\xff\xfe"], ids=["not-objects", "utf16"])
def test_only_what_is_surely_json_lines_is_cut(head: bytes) -> None:
    data = head + b"\n".join(b'{"text": "x"}' for _ in range(2000))
    assert parts.json_lines_parts("items.jsonl", data) is None
    assert parts.json_lines_parts("items.json", jsonl_documents(2000)) is None
    assert len(parts.json_lines_parts("items.jsonl", jsonl_documents(2000)) or []) == 4


def test_a_briefing_over_the_page_limit_is_refused_before_rendering(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import render

    rendered: list[str] = []
    monkeypatch.setattr(render, "render_pdf", lambda *args: rendered.append("pdf"))
    paths = _archive(tmp_path / "a", 12)
    out = tmp_path / "out"
    status = cli.main(["build", *paths, "-o", str(out), "--format", "pdf,json", "--no-cache",
                       "-q", "--max-pages", "3"])
    err = capsys.readouterr().err
    assert status == 1 and rendered == [] and not out.joinpath("briefing.json").exists()
    assert "would run to about" in err and "(12 sources)" in err
    assert "over the limit of 3 (--max-pages)" in err and "--partner" in err
    status = cli.main(["build", *paths, "-o", str(out), "--format", "md,json", "--no-cache",
                       "-q", "--max-pages", "3"])
    assert status == 0  # unpaged formats have no page limit


def test_the_page_estimate_grows_with_the_briefing(tmp_path: Path) -> None:
    from briefing.batch.page_estimate import estimate_pages
    from briefing.compose import build_briefing

    small = _with_cache(_archive(tmp_path / "a", 2), RecordCache(tmp_path / "c", ParseOptions()))
    texts = [f"Note {n}: Kazakhstan and Italy signed a memorandum on museums in Rome; the "
             f"embassy held concert number {n} in Milan with {n} students. " * 3
             for n in range(200)]
    (tmp_path / "b").mkdir()
    for number, text in enumerate(texts):
        (tmp_path / "b" / f"{number}.txt").write_text(text, encoding="utf-8")
    settings = batch.BatchSettings(dedup=False)
    large = [r for result in batch.parse_files(
        [str(tmp_path / "b" / f"{n}.txt") for n in range(200)], ParseOptions(), settings)
        for r in result.records]
    few, many = estimate_pages(build_briefing(small)), estimate_pages(build_briefing(large))
    assert 5 <= few <= 15
    assert many > few + 20


def test_a_broken_line_of_a_json_lines_file_costs_its_own_document_only() -> None:
    data = (b'{"text": "Kazakhstan and Italy held a concert in Rome."}\n{"text": "cut sh\n'
            b'{"text": "Kazakhstan and France opened a centre in Paris."}\n')
    first, second = read_document(data, path="items.jsonl")
    assert "Rome" in first.text and "Paris" in second.text
    assert second.warnings == ["line 2 is not valid JSON and was skipped"]
    with pytest.raises(CorruptDocumentError, match=r"invalid JSON Lines \(line 1\)"):
        read_document(b"plain text\nnamed as JSON Lines\n", path="notes.jsonl")


def test_running_out_of_memory_in_an_extractor_fails_the_record_uncached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The extractors' guard keeps a bug to its own field; lack of memory is no such bug."""
    from briefing.extract import pipeline

    def greedy(*args: object) -> None:
        raise MemoryError

    monkeypatch.setattr(pipeline, "extract_people", greedy)
    paths = _archive(tmp_path / "a", 1)
    with RecordCache(tmp_path / "c.sqlite", ParseOptions()) as store:
        [record] = _with_cache(paths, store)
        assert record.error is not None and record.error.type == "OutOfMemory"
        monkeypatch.undo()
        [record] = _with_cache(paths, store)
    assert record.status == "ok"


@pytest.mark.parametrize("page", [
    "\u00a0<!DO<!DO<!DO",
    "<html><body><header><nav><a href='/a'>Home</a></nav></header>\n\x90\x0b+\x1a<main><p>"
    + "Kazakhstan and Italy held a concert in Rome this week. " * 8 + "</p></main></body></html>",
], ids=["only-a-comment", "control-characters-after-furniture"])
def test_odd_pages_found_by_the_fuzzer_are_input_errors_or_text(page: str) -> None:
    """The page-date search met a tree that is a comment, or tails lxml cannot hold."""
    try:
        [document] = read_document(page.encode("cp1252", "replace"), path="fuzz.html")
    except InputError:
        return
    assert "concert in Rome" in document.text
