"""A long PDF is rendered in a child process, so that its memory is not added to the records'."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.batch import run as batch
from briefing.batch.page_estimate import estimate_pages
from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing
from compose_factory import generated_records


def test_only_a_pdf_estimated_long_is_rendered_in_a_child(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[str, bool]] = []

    def render_pdf(brief: Briefing, path: Path, options: BuildOptions | None = None, *,
                   isolated: bool = False) -> Path:
        calls.append((Path(path).name, isolated))
        Path(path).write_bytes(b"%PDF-1.7\n")
        return Path(path)

    monkeypatch.setattr("briefing.render.render_pdf", render_pdf)
    records = generated_records(20, seed=3)
    pages = estimate_pages(build_briefing(records))
    for limit in (pages, pages - 1):  # as long as the limit: here; one page more: a child
        monkeypatch.setattr(batch, "ISOLATED_PAGES", limit)
        batch.render_outputs(records, BuildOptions(), tmp_path, ["pdf", "md"])
    assert calls == [("briefing.pdf", False), ("briefing.pdf", True)]
    assert (tmp_path / "briefing.md").stat().st_size > 0  # other formats as before
