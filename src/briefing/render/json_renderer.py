"""The briefing as JSON: the view model itself, for scripts and other tools."""

from __future__ import annotations

from pathlib import Path

from briefing.atomic import atomic_text
from briefing.options import BuildOptions
from briefing.schema.briefing import Briefing


def render_json(briefing: Briefing, path: str | Path, options: BuildOptions | None = None) -> Path:
    """Write the briefing's view model as indented JSON (UTF-8) to ``path``."""
    del options  # the JSON is the model as composed; no layout options apply
    with atomic_text(path) as stream:
        stream.write(briefing.model_dump_json(indent=2))
        stream.write("\n")
    return Path(path)
