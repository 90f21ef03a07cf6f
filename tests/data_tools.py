"""Load the data-building scripts of tools/data/ (outside the package) as modules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parent.parent / "tools" / "data"


def load_tool(name: str) -> ModuleType:
    """tools/data/NAME.py, imported under its own name."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
