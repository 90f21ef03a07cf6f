"""Every field of the briefing view model is read: by a renderer, the review page, the JSON
contract, or it is one of the few kept for readers of briefing.json alone."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from briefing.schema import briefing

ROOT = Path(__file__).resolve().parents[2]
READERS = [*sorted((ROOT / "src" / "briefing" / "render").glob("*.py")),
           ROOT / "src" / "briefing" / "compose" / "review.py",
           ROOT / "src" / "briefing" / "batch" / "page_estimate.py",
           *sorted((ROOT / "templates").glob("*.j2")), *sorted((ROOT / "templates").glob("*.js"))]
CONTRACT = {"Line.also", "Line.evidence", "Line.sort_key", "SourceEntry.path",
            "SourceEntry.url", "Group.key", "Block.key"}
"""Fields of ../shared/spec/output-contract.md that no renderer needs."""
JSON_ONLY = {"Method.read", "Method.failed", "Method.skipped", "Method.annexed",
             "Line.inferred", "Briefing.options"}
"""Facts the JSON states in no other field (the counts of the method section, a date's
being inferred apart from its words in the label language, the options it was built with)."""


def _fields() -> list[tuple[str, str]]:
    found = []
    for name in dir(briefing):
        model = getattr(briefing, name)
        if (isinstance(model, type) and issubclass(model, BaseModel)
                and model.__module__ == briefing.__name__):
            found.extend((name, field) for field in model.model_fields)
    return found


def test_every_field_of_the_briefing_has_a_reader() -> None:
    code = "\n".join(path.read_text(encoding="utf-8") for path in READERS)
    unread = [f"{model}.{field}" for model, field in _fields()
              if f"{model}.{field}" not in CONTRACT | JSON_ONLY
              and not re.search(rf"\.{field}\b|\[[\"']{field}[\"']\]", code)]
    assert not unread
