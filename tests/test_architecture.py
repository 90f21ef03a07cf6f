"""The architecture, checked: imports run one way between the layers and inside extract/.

Every module's syntax tree is read and every import counted, those inside
functions too (a deferred import is still a dependency), relative ones resolved.
A layer may import its own modules and the layers below it, never one above;
modules of one layer marked independent may not import each other. The checker
itself is tested on a made-up package with the violations it must catch.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

# Top to bottom. The root package (briefing/__init__.py, the library face) imports
# parsing, compose, render and batch's folder walker (all but parsing on first use);
# the command line uses it. Below the stages: the option models, atomic writing, the
# partner and theme vocabulary, the data-file reader, the errors and the version.
PACKAGE_LAYERS: tuple[tuple[str, ...], ...] = (
    ("briefing.cli", "briefing.__main__"),
    ("briefing", "briefing.distributed"),
    ("briefing.batch",),
    ("briefing.render",),
    ("briefing.compose",),
    ("briefing.parsing",),
    ("briefing.extract",),
    ("briefing.clean",),
    ("briefing.ingest",),
    ("briefing.schema",),
    ("briefing.options", "briefing.atomic"),
    ("briefing.vocabulary",),
    ("briefing.datafiles", "briefing.errors", "briefing._version"),
)
# Inside extract: the text tools at the bottom, evidence spans on them, four
# independent field families, facts (which use people and topics), the pipeline.
EXTRACT_LAYERS: tuple[tuple[str, ...], ...] = (
    ("briefing.extract.pipeline", "briefing.extract"),
    ("briefing.extract.facts",),
    (
        "briefing.extract.metadata",
        "briefing.extract.topics",
        "briefing.extract.people",
        "briefing.extract.digest",
    ),
    ("briefing.extract.spans",),
    ("briefing.extract.text",),
)
INDEPENDENT: tuple[tuple[str, ...], ...] = (
    ("briefing.options", "briefing.atomic"),
    ("briefing.datafiles", "briefing.errors", "briefing._version"),
    EXTRACT_LAYERS[2],
)
# Stated on their own as well, so that a reordering of the layers cannot lift them.
FORBIDDEN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("briefing.schema", ("briefing.ingest", "briefing.clean", "briefing.extract",
                         "briefing.parsing", "briefing.compose", "briefing.render",
                         "briefing.batch", "briefing.cli")),
    ("briefing.extract", ("briefing.compose", "briefing.render", "briefing.batch",
                          "briefing.cli")),
    ("briefing.compose", ("briefing.ingest", "briefing.clean", "briefing.parsing")),
    ("briefing.render", ("briefing.ingest", "briefing.clean", "briefing.extract",
                         "briefing.parsing")),
)


@dataclass(frozen=True, slots=True)
class Import:
    """One import statement's target, with where it was written."""

    importer: str
    imported: str
    line: int


def module_names(src: Path, package: str) -> dict[str, Path]:
    """Dotted name -> file, for every module of the package under ``src``."""
    names: dict[str, Path] = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imports(src: Path, package: str) -> Iterator[Import]:
    """Every import of a module of the package by a module of the package, at any depth."""
    modules = module_names(src, package)
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                targets = _from_targets(name, is_package, node, modules)
            else:
                continue
            for target in targets:
                if target == package or target.startswith(package + "."):
                    yield Import(importer=name, imported=target, line=node.lineno)


def _from_targets(
    importer: str, is_package: bool, node: ast.ImportFrom, modules: dict[str, Path]
) -> list[str]:
    """``from X import a, b``: the module ``X.a`` where it is one, else ``X``."""
    if node.level:
        base = importer.split(".") if is_package else importer.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        prefix = ".".join([*base, node.module] if node.module else base)
    else:
        prefix = node.module or ""
    targets = []
    for alias in node.names:
        candidate = f"{prefix}.{alias.name}"
        targets.append(candidate if candidate in modules else prefix)
    return targets


def owner(module: str, groups: Sequence[str]) -> str | None:
    """The longest group name that is the module or a package holding it."""
    matches = [g for g in groups if module == g or module.startswith(g + ".")]
    return max(matches, key=len, default=None)


def layer_violations(found: Sequence[Import], layers: Sequence[Sequence[str]]) -> list[str]:
    """Imports from a lower layer into a higher one, and between independent siblings."""
    rank = {group: depth for depth, layer in enumerate(layers) for group in layer}
    problems = []
    for item in found:
        source, target = owner(item.importer, list(rank)), owner(item.imported, list(rank))
        if source is None or target is None or source == target:
            continue
        if rank[target] < rank[source]:
            problems.append(f"{item.importer}:{item.line} imports {item.imported} (a higher layer)")
    return problems


def independence_violations(found: Sequence[Import], groups: Sequence[str]) -> list[str]:
    problems = []
    for item in found:
        source, target = owner(item.importer, groups), owner(item.imported, groups)
        if source is not None and target is not None and source != target:
            problems.append(f"{item.importer}:{item.line} imports {item.imported} (independent)")
    return problems


def forbidden_violations(
    found: Sequence[Import], rules: Sequence[tuple[str, Sequence[str]]]
) -> list[str]:
    problems = []
    for source, targets in rules:
        for item in found:
            if owner(item.importer, [source]) and owner(item.imported, targets):
                problems.append(f"{item.importer}:{item.line} imports {item.imported} (forbidden)")
    return problems


def all_violations(src: Path, package: str = "briefing") -> list[str]:
    found = list(imports(src, package))
    extract = [i for i in found if i.importer.startswith("briefing.extract")]
    problems = layer_violations(found, PACKAGE_LAYERS) + layer_violations(extract, EXTRACT_LAYERS)
    for groups in INDEPENDENT:
        problems += independence_violations(found, groups)
    return problems + forbidden_violations(found, FORBIDDEN)


def test_the_package_keeps_its_layers() -> None:
    assert all_violations(SRC) == []


def test_every_module_belongs_to_a_layer() -> None:
    """A new top-level module or extract/ subpackage must be placed in the layers."""
    groups = [group for layer in PACKAGE_LAYERS for group in layer]
    extract_groups = [group for layer in EXTRACT_LAYERS for group in layer]
    for name in module_names(SRC, "briefing"):
        assert owner(name, groups) not in (None, "briefing") or name == "briefing", name
        if name.startswith("briefing.extract."):
            assert owner(name, extract_groups) not in (None, "briefing.extract"), name


def test_imports_inside_functions_and_under_type_checking_are_counted() -> None:
    found = {(i.importer, i.imported) for i in imports(SRC, "briefing")}
    assert ("briefing.ingest.markdown_reader", "briefing.ingest.markdown_text") in found
    assert ("briefing.render", "briefing.render.pdf_renderer") in found
    assert ("briefing", "briefing.compose") in found  # under TYPE_CHECKING


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    """A made-up briefing package whose extraction imports rendering and whose schema
    imports a stage, both inside functions; a relative import between siblings."""
    return _write(tmp_path, {
        "briefing/__init__.py": "",
        "briefing/schema/__init__.py": "def f():\n    from briefing.ingest import base\n",
        "briefing/ingest/__init__.py": "",
        "briefing/ingest/base.py": "",
        "briefing/render/__init__.py": "",
        "briefing/render/pdf.py": "import briefing.schema\n",
        "briefing/extract/__init__.py": "",
        "briefing/extract/text/__init__.py": "",
        "briefing/extract/people/__init__.py": "",
        "briefing/extract/people/names.py": "from ..topics import gazetteer\n",
        "briefing/extract/topics/__init__.py": "",
        "briefing/extract/topics/gazetteer.py": "",
        "briefing/extract/text/words.py": (
            "def later():\n    import briefing.render.pdf\n"
            "    from briefing.extract.facts import heads\n"
        ),
        "briefing/extract/facts/__init__.py": "",
        "briefing/extract/facts/heads.py": "",
    })


def test_checker_finds_each_kind_of_violation(bad_tree: Path) -> None:
    problems = all_violations(bad_tree)
    joined = "\n".join(problems)
    assert "briefing.schema:2 imports briefing.ingest.base (a higher layer)" in joined
    assert "briefing.schema:2 imports briefing.ingest.base (forbidden)" in joined
    assert "briefing.extract.text.words:2 imports briefing.render.pdf (a higher layer)" in joined
    assert "briefing.extract.text.words:2 imports briefing.render.pdf (forbidden)" in joined
    assert "briefing.extract.text.words:3 imports briefing.extract.facts.heads" in joined
    assert (
        "briefing.extract.people.names:1 imports briefing.extract.topics.gazetteer (independent)"
        in joined
    )
    assert not any(p.startswith("briefing.render.pdf") for p in problems)  # a lower layer: fine
