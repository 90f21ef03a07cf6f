"""The one place that makes evidence.

Every extractor builds its :class:`~briefing.schema.Evidence` through
:func:`evidence`, which trims whitespace off the span and guarantees the
contract ``text[start:end] == evidence.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TypeVar, cast

from briefing.extract.text.sentences import Sentence
from briefing.schema import Evidence
from briefing.schema.record import Grounded

_Item = TypeVar("_Item", bound=Grounded)
_validated = Evidence.__pydantic_validator__.validate_python
"""Evidence from a dict with every check of ``Evidence(...)``, without the keyword call
through ``BaseModel.__init__`` (a quarter of the cost; each document makes dozens)."""


def evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for ``text[start:end]``, trimmed of surrounding whitespace."""
    if not 0 <= start < end <= len(text) or text[start].isspace() or text[end - 1].isspace():
        start, end = _trimmed(text, start, end)  # most spans need neither (one test, not four)
    return cast(Evidence, _validated({"start": start, "end": end, "text": text[start:end]}))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` kept inside ``text`` and trimmed of surrounding whitespace."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def merge_evidence(items: list[Evidence]) -> list[Evidence]:
    """Evidence in text order without duplicate spans."""
    seen: dict[tuple[int, int], Evidence] = {}
    for item in items:
        seen.setdefault((item.start, item.end), item)
    return [seen[key] for key in sorted(seen)]


def by_sentence(
    items: list[_Item], sentences: list[Sentence], *, first_only: bool = False
) -> dict[int, list[_Item]]:
    """The items that have an evidence span (or their first) inside a sentence, by its start.

    Each sentence's items keep their order in ``items``. The sentences must be
    in text order and apart, as a document's are: an extractor that asks about
    the items of many sentences then looks at each item once, not once per sentence.
    """
    starts = [sentence.start for sentence in sentences]
    found: dict[int, list[_Item]] = {}
    for item in items:
        for span in item.evidence[:1] if first_only else item.evidence:
            index = bisect_right(starts, span.start) - 1
            if index < 0 or span.end > sentences[index].end:
                continue
            held = found.setdefault(starts[index], [])
            if not held or held[-1] is not item:
                held.append(item)
    return found
