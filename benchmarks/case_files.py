"""The case files of the small benchmarks: JSON Lines, one case a line, each with its ``lang``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def read_cases(path: Path) -> list[dict[str, object]]:
    """The cases of a JSON Lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def by_language(paths: list[Path]) -> Iterator[tuple[Path, str, list[dict[str, object]]]]:
    """(file, language, its cases) for each language of each file, in order."""
    for path in paths:
        cases = read_cases(path)
        for lang in sorted({str(case["lang"]) for case in cases}):
            yield path, lang, [case for case in cases if case["lang"] == lang]
