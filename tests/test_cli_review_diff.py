"""`briefing review` and `briefing diff` from the command line: files written, records reused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import cli

ROME = ("The Embassy of Kazakhstan in Italy and the University of Camerino opened a summer "
        "school on Kazakh culture on {day} June 2024. Forty students from Italy took part.")
PARIS = ("The Embassy of Kazakhstan in France held a week of Kazakh cinema in Paris on 12 July "
         "2024. French and Kazakh film critics discussed the films.")
MENU = "Home | News | Contacts"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_review_writes_one_offline_page_with_every_source(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = _write(tmp_path / "docs", {"rome.txt": ROME.format(day=10), "paris.txt": PARIS})
    status = cli.main(["review", str(docs), "-o", str(tmp_path / "out"), "-q"])
    assert status == 0
    html = (tmp_path / "out" / "review.html").read_text(encoding="utf-8")
    data = json.loads(html.split('id="review-data">', 1)[1].split("</script>", 1)[0])
    assert sorted(s["record"] for s in data["sources"]) and len(data["sources"]) == 2
    assert {"Camerino" in s["text"] or "Paris" in s["text"] for s in data["sources"]} == {True}
    assert all(s["removed"] is not None for s in data["sources"])  # kept at parse time
    capsys.readouterr()


def test_review_of_a_records_file_shows_what_cleaning_removed_without_the_documents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = _write(tmp_path / "docs", {"rome.txt": f"{MENU}\n{ROME.format(day=10)}\n{MENU}\n"})
    records = tmp_path / "records.jsonl"
    assert cli.main(["parse", str(docs), "-o", str(records), "-q"]) == 0
    (docs / "rome.txt").write_text(PARIS, encoding="utf-8")  # the file changed since: not read
    status = cli.main(["review", str(records), "-o", str(tmp_path / "out"), "-q"])
    assert status == 0
    html = (tmp_path / "out" / "review.html").read_text(encoding="utf-8")
    data = json.loads(html.split('id="review-data">', 1)[1].split("</script>", 1)[0])
    [source] = data["sources"]
    assert source["removed"] == [MENU, MENU]
    assert "Camerino" in source["text"]
    capsys.readouterr()


def test_diff_finds_a_new_partner_and_a_quiet_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path / "may", {"rome.txt": ROME.format(day=10)})
    new = _write(tmp_path / "july", {"paris.txt": PARIS})
    records = tmp_path / "may.jsonl"
    assert cli.main(["parse", str(old), "-o", str(records), "-q"]) == 0
    out = tmp_path / "out"
    status = cli.main(["diff", str(records), str(new), "-o", str(out), "--format", "json,review",
                       "-q", "--created", "2024-08-01T00:00:00"])
    assert status == 0
    brief = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    groups = {g["key"]: g for g in brief["groups"]}
    assert [b["heading"] for b in groups["new_partners"]["blocks"]] == ["France"]
    assert [b["heading"] for b in groups["quiet_partners"]["blocks"]] == ["Italy"]
    assert (out / "changes-review.html").is_file()
    capsys.readouterr()


def test_records_of_another_parser_version_are_parsed_again_or_flagged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path / "may", {"rome.txt": ROME.format(day=10), "gone.txt": PARIS})
    records = tmp_path / "may.jsonl"
    assert cli.main(["parse", str(old), "-o", str(records), "-q"]) == 0
    lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        line["parser"] = "0.0.1"
    records.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    (old / "gone.txt").unlink()  # one document is no longer at hand
    new = _write(tmp_path / "july", {"rome.txt": ROME.format(day=11)})
    out = tmp_path / "out"
    assert cli.main(["diff", str(records), str(new), "-o", str(out), "--format", "json",
                     "-q"]) == 0
    brief = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    summary = [line["text"] for line in brief["judgements"]]
    assert any("0.0.1" in text and "parser" in text for text in summary)
    capsys.readouterr()


def test_diff_rejects_an_unknown_format(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["diff", str(tmp_path), str(tmp_path), "-o", str(tmp_path / "o"),
                  "--format", "xlsx"])
    assert stop.value.code == 2
    assert "choose from pdf, docx, json, html, md, review" in capsys.readouterr().err


def test_a_failed_write_of_the_delta_is_one_error_naming_the_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from briefing import render

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(render, "render_json", full_disk)
    old = _write(tmp_path / "may", {"rome.txt": ROME.format(day=10)})
    new = _write(tmp_path / "july", {"paris.txt": PARIS})
    out = tmp_path / "out"
    status = cli.main(["diff", str(old), str(new), "-o", str(out), "--format", "json", "-q"])
    err = capsys.readouterr().err
    assert status == 1
    assert "changes.json" in err and "No space left on device" in err
    assert "Traceback" not in err
