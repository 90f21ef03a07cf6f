"""Check that every evidence span of every record slices the record's text exactly,
and that every extracted item (partner, theme, person, event…) has at least one.

    briefing parse ../shared/corpus/en | python benchmarks/check_evidence.py

Reads JSON Lines records (a file argument or standard input), walks every
field, and exits 1 naming each span where ``text[start:end] != evidence.text``.
``make eval`` runs it over the development sets; the tests do the same on the
seeds and on generated text (tests/test_contract.py, tests/test_properties.py).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def spans(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every evidence object below ``node`` with the path that leads to it."""
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            yield where, node
            return
        for key, value in node.items():
            yield from spans(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from spans(value, f"{where}[{index}]")


def bare_items(record: dict[str, Any]) -> Iterator[str]:
    """Paths of the list items that carry an ``evidence`` field with nothing in it."""
    for key, value in record.items():
        if not isinstance(value, list):
            continue
        for index, item in enumerate(value):
            if isinstance(item, dict) and item.get("evidence") == []:
                yield f".{key}[{index}]"


def main() -> int:
    # a plain stream, closed at exit: no context manager needed for a script this short
    stream = Path(sys.argv[1]).open(encoding="utf-8") if len(sys.argv) > 1 else sys.stdin  # noqa: SIM115
    records = checked = 0
    bad: list[str] = []
    for line in stream:
        if not line.strip():
            continue
        record = json.loads(line)
        records += 1
        text = record.get("text") or ""
        for where, ev in spans({k: v for k, v in record.items() if k != "text"}):
            checked += 1
            if text[ev["start"] : ev["end"]] != ev["text"]:
                bad.append(f"{record['source'].get('path')}: {where} {ev}")
        bad += [f"{record['source'].get('path')}: {where} has no evidence"
                for where in bare_items(record)]
    print(f"evidence: {checked} spans in {records} records, {len(bad)} inexact or missing")
    for line in bad[:20]:
        print("  " + line)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
