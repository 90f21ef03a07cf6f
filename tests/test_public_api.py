"""The public API is what it says: the names of ``briefing.__all__`` and the documented paths.

Adding or removing a public name is a decision: this test then fails and is
updated with it (and the CHANGELOG says so). Everything not listed here is
internal and may change without notice (see the package docstring).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

import briefing

ROOT = Path(__file__).resolve().parent.parent

PUBLIC_NAMES = [
    "Briefing",
    "BriefingError",
    "BuildOptions",
    "InputError",
    "Limits",
    "ParseOptions",
    "Record",
    "RenderError",
    "UsageError",
    "__version__",
    "build_briefing",
    "find_documents",
    "parse_bytes",
    "parse_file",
    "parse_path",
    "parse_paths",
    "parse_text",
    "render_docx",
    "render_html",
    "render_json",
    "render_markdown",
    "render_pdf",
]
# The public modules besides the root, and the names each promises.
PUBLIC_MODULES = {
    "briefing.schema": ["SCHEMA_VERSION", "Record", "Evidence", "Partner", "Theme", "Person"],
    "briefing.schema.briefing": ["Briefing"],
    "briefing.options": ["ParseOptions", "BuildOptions", "Limits"],
    "briefing.errors": [
        "BriefingError", "InputError", "UnsupportedFormatError", "EmptyDocumentError",
        "TooLargeError", "EncryptedDocumentError", "NoTextLayerError", "CorruptDocumentError",
        "RenderError", "UsageError",
    ],
    "briefing.distributed": [
        "DEFAULT_PARTITION_SIZE", "parse_to_dicts", "records_bag", "write_jsonl",
        "write_parquet",
    ],
}


def test_all_is_pinned() -> None:
    assert sorted(briefing.__all__) == PUBLIC_NAMES


def test_every_public_name_resolves() -> None:
    for name in briefing.__all__:
        assert getattr(briefing, name) is not None, name
    assert isinstance(briefing.__version__, str)


def test_public_names_are_the_ones_of_their_modules() -> None:
    from briefing.compose import build_briefing
    from briefing.render import render_pdf
    from briefing.schema.briefing import Briefing

    assert briefing.build_briefing is build_briefing
    assert briefing.render_pdf is render_pdf
    assert briefing.Briefing is Briefing


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        _ = briefing.parse_everything  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", sorted(PUBLIC_MODULES))
def test_public_modules_keep_their_names(module: str) -> None:
    loaded = importlib.import_module(module)
    for name in PUBLIC_MODULES[module]:
        assert hasattr(loaded, name), f"{module}.{name}"


def test_distributed_keeps_its_documented_path() -> None:
    """``briefing.distributed`` is the documented path of the Dask pipeline, which lives
    in ``briefing.batch.distributed``: both name the same objects."""
    from briefing import distributed
    from briefing.batch import distributed as batch_distributed

    assert sorted(distributed.__all__) == PUBLIC_MODULES["briefing.distributed"]
    for name in distributed.__all__:
        assert getattr(distributed, name) is getattr(batch_distributed, name)


def _readme_python() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)


def test_readme_import_lines_import() -> None:
    lines = [
        line.strip()
        for block in _readme_python()
        for line in block.splitlines()
        if re.match(r"\s*(import|from)\s+briefing\b", line)
    ]
    assert lines, "the README shows no import of briefing"
    for line in lines:
        exec(compile(line, "README.md", "exec"), {})


def test_readme_dotted_paths_resolve() -> None:
    """Dotted paths the README names in running text (``briefing.distributed.records_bag``)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    files = ("css", "html", "j2", "pdf", "docx", "json", "jsonl", "md")  # "briefing.css"
    paths = {
        path for path in re.findall(r"`(briefing(?:\.[a-z_]+)+)(?:\(|`)", readme)
        if path.rpartition(".")[2] not in files
    }
    assert "briefing.distributed.records_bag" in paths
    for path in sorted(paths):
        module, _, name = path.rpartition(".")
        try:
            importlib.import_module(path)
        except ModuleNotFoundError:
            assert hasattr(importlib.import_module(module), name), path


@pytest.mark.parametrize("package", ["ingest", "clean", "extract", "compose", "render", "batch"])
def test_internal_packages_say_so(package: str) -> None:
    doc = importlib.import_module(f"briefing.{package}").__doc__ or ""
    assert "not a public API" in doc
    assert f"``{package}``" in (briefing.__doc__ or "")
