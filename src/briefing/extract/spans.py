"""The one place that makes evidence.

Every extractor builds its :class:`~briefing.schema.Evidence` through
:func:`evidence`, which trims whitespace off the span and guarantees the
contract ``text[start:end] == evidence.text``.
"""

from __future__ import annotations

from briefing.schema import Evidence


def evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for ``text[start:end]``, trimmed of surrounding whitespace."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def merge_evidence(items: list[Evidence]) -> list[Evidence]:
    """Evidence in text order without duplicate spans."""
    seen: dict[tuple[int, int], Evidence] = {}
    for item in items:
        seen.setdefault((item.start, item.end), item)
    return [seen[key] for key in sorted(seen)]
