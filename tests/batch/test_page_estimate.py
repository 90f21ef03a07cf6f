"""The page estimate that `--max-pages` is checked against holds for a briefing with the annex."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from briefing.batch.page_estimate import estimate_pages
from briefing.compose import build_briefing
from briefing.options import BuildOptions
from briefing.render.pdf_renderer import pdf_bytes
from compose_factory import generated_records

pytestmark = pytest.mark.slow


def test_an_annex_briefing_is_estimated_within_a_fifth_of_its_pages() -> None:
    brief = build_briefing(generated_records(120, seed=2), options=BuildOptions(annex=True))
    without = build_briefing(generated_records(120, seed=2))
    assert estimate_pages(brief) > estimate_pages(without) + 15  # the annex is a good part
    printed = len(PdfReader(io.BytesIO(pdf_bytes(brief))).pages)
    assert abs(estimate_pages(brief) - printed) <= printed / 5
