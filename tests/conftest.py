"""Shared fixtures: the seed documents that ship with the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five seed documents, in name order."""
    return sorted(SEEDS.glob("*.txt"))
