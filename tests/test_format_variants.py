"""The same document as a web page, a Word file and a PDF gives the plain text's record.

Each document of ``tests/data/variants`` is written by the converters of
``benchmarks/format_variants.py``: a page with a menu, a current-date banner,
related news with their own dates and a copyright footer; a python-docx file
(its template says it was created on 2013-12-23); a WeasyPrint PDF. None of
those dates may become the publication date.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from briefing import Record, parse_file, parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from format_variants import write_variant

DOCS = Path(__file__).resolve().parent / "data" / "variants"
PUBLISHED = {
    "news_en": dt.date(2021, 7, 12),
    "note_en": dt.date(2024, 3, 15),
    "news_ru": dt.date(2016, 10, 14),
    "undated_en": None,
}
PARTNERS = {"news_en": {"IT"}, "note_en": {"JP"}, "news_ru": {"DE"}, "undated_en": {"HU"}}


def _key(record: Record) -> tuple[object, ...]:
    return (record.published, record.kind, {p.code for p in record.partners})


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Record]]:
    folder = tmp_path_factory.mktemp("variants")
    records: dict[str, dict[str, Record]] = {}
    for name in PUBLISHED:
        text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
        lang = name.rsplit("_", 1)[1]
        records[name] = {"txt": parse_text(text)}
        for fmt in ("html", "docx", "pdf"):
            path = folder / f"{name}.{fmt}"
            write_variant(text, fmt, path, lang)
            records[name][fmt] = parse_file(path)
    return records


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_the_plain_text_gives_the_stated_date_and_partners(
    variants: dict[str, dict[str, Record]], name: str
) -> None:
    record = variants[name]["txt"]
    assert record.published == PUBLISHED[name]
    assert {p.code for p in record.partners} == PARTNERS[name]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_every_format_gives_the_plain_texts_date_kind_and_partners(
    variants: dict[str, dict[str, Record]], name: str, fmt: str
) -> None:
    record = variants[name][fmt]
    assert record.status == "ok", record.warnings
    assert _key(record) == _key(variants[name]["txt"])


def test_the_word_files_own_date_is_kept_apart(variants: dict[str, dict[str, Record]]) -> None:
    source = variants["undated_en"]["docx"].source
    assert source.file_created is not None and source.file_created.date() == dt.date(2013, 12, 23)
    assert variants["undated_en"]["docx"].published is None
