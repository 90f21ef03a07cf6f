"""Golden records: each seed parses to exactly the record kept in tests/data/golden/.

Any change of a seed's record fails here, field by field, so that a change of
behaviour is seen and judged, not slipped in. When the change is wanted, rewrite
the files with ``make golden`` (``BRIEFING_UPDATE_GOLDEN=1``), read ``git diff
tests/data/golden`` and commit it with the change. A missing golden file fails.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import briefing

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
UPDATE = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"
SEED_NAMES = sorted(path.name for path in SEEDS.glob("*.txt"))


def record_of(name: str) -> dict[str, Any]:
    """The seed's record as ``briefing parse seeds`` writes it (a path relative to the
    repository, so the file does not depend on where the checkout is)."""
    data = (SEEDS / name).read_bytes()
    [record] = briefing.parse_bytes(data, path=f"seeds/{name}")
    return record.model_dump(mode="json")


def golden_path(name: str) -> Path:
    return GOLDEN / f"{Path(name).stem}.json"


def differences(want: Any, got: Any, where: str = "") -> list[str]:
    """Where two JSON values differ, as paths ("people[1].role"), at most one per leaf."""
    if isinstance(want, dict) and isinstance(got, dict):
        keys = sorted(set(want) | set(got))
        return [d for key in keys for d in differences(want.get(key), got.get(key),
                                                       f"{where}.{key}" if where else key)]
    if isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        return [d for i, (a, b) in enumerate(zip(want, got, strict=True))
                for d in differences(a, b, f"{where}[{i}]")]
    if want == got:
        return []
    return [f"{where}: {json.dumps(want, ensure_ascii=False)[:160]} -> "
            f"{json.dumps(got, ensure_ascii=False)[:160]}"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_parses_to_its_golden_record(name: str) -> None:
    got = record_of(name)
    path = golden_path(name)
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no golden record {path.relative_to(ROOT)}: run `make golden`, read it, "
                    "commit it")
    want = json.loads(path.read_text(encoding="utf-8"))
    found = differences(want, got)
    assert not found, "record differs from its golden file (`make golden` if wanted):\n" + (
        "\n".join(found[:40]))


def test_every_golden_file_has_its_seed() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == [Path(n).stem for n in SEED_NAMES]


def test_differences_name_the_changed_leaf() -> None:
    want = {"people": [{"name": "A", "role": "x"}], "kind": "news"}
    got = {"people": [{"name": "A", "role": "y"}], "kind": "news"}
    assert differences(want, got) == ['people[0].role: "x" -> "y"']
    assert differences(want, want) == []
    assert differences([1], [1, 2]) == [": [1] -> [1, 2]"]
