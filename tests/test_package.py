"""The wheel carries the templates: installed in a fresh venv, used from another folder, it renders.

The fresh venv gets the dependencies by a path to this venv's site-packages
(no download); ``briefing`` itself comes only from the wheel just built, so a
template missing from the wheel fails here. The wheel is built from a copy of
the checkout, so that setuptools' ``build/`` folder is not left in it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a wheel is built from: the project files, not caches, outputs or environments.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "out", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
    ".hypothesis", "benchmarks", "tests", "docs",
)

SCRIPT = """
import datetime as dt, pathlib, sys
import briefing
from briefing.schema.record import Partner, Record, Theme, Evidence
assert "site-packages" in briefing.__file__ and "/src/" not in briefing.__file__, briefing.__file__
text = "Days of Kazakh culture opened in Rome."
span = Evidence(start=0, end=len(text), text=text)
record = Record(title="Days of culture", text=text, published=dt.date(2024, 7, 10),
                partners=[Partner(code="IT", name="Italy")],
                themes=[Theme(id="culture", evidence=[span])])
options = briefing.BuildOptions(created=dt.datetime(2025, 1, 1), lang="ru")
brief = briefing.build_briefing([record], options=options)
briefing.render_pdf(brief, "out.pdf")
briefing.render_docx(brief, "out.docx")
# parsing reads the built data files (gazetteer, forms, names, lexicons) from the wheel
parsed = [briefing.parse_text(text) for text in (
    "The Embassy of Kazakhstan in Italy opened days of Kazakh culture in Rome on 3 May 2024.",
    "Посольство Казахстана в Германии провело дни казахской культуры в Берлине 3 мая 2024 г.")]
assert [[p.code for p in r.partners] for r in parsed] == [["IT"], ["DE"]], parsed
print(pathlib.Path("out.pdf").stat().st_size, pathlib.Path("out.docx").stat().st_size)
"""


def build_wheel(tmp_path: Path) -> Path:
    """A wheel of the project, built from a copy of the checkout."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                    str(source)], check=True, capture_output=True, timeout=300)
    return next(wheels.glob("briefing-*.whl"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.mark.slow
def test_wheel_holds_no_build_script_and_declares_its_licences(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert not [n for n in names if "/build_" in n or n.startswith("tools/")]
    assert "briefing/data/people/given_names.txt" in names
    assert any(n.endswith("licenses/src/briefing/data/people/given_names.LICENSE.txt")
               for n in names)
    text = metadata.decode()
    assert "License-Expression: MIT\n" in text
    assert "example.invalid" not in text
    runtime = [line for line in text.splitlines() if line.startswith("Requires-Dist:")
               and "extra ==" not in line]
    assert "Requires-Dist: pypdf>=5.0" in runtime  # a long PDF's parts are joined with it
    assert "Requires-Dist: weasyprint>=68" in runtime
    assert not list(ROOT.glob("build")), "the wheel build left build/ in the checkout"


@pytest.mark.slow
def test_wheel_holds_the_built_gazetteer_not_the_tables_it_is_built_from(wheel: Path) -> None:
    script = (ROOT / "tools" / "data" / "build_gazetteer.py").read_text(encoding="utf-8")
    inputs = set(re.findall(r'_hand_rows\(f?"([^"]+)"\)', script))
    assert "states.{lang}.tsv" in inputs  # the script's own list, read from its calls
    tables = {path.name for pattern in inputs
              for path in (ROOT / "src" / "briefing" / "data" / "partners").glob(
                  pattern.replace("{lang}", "*"))}
    with zipfile.ZipFile(wheel) as archive:
        shipped = {Path(name).name for name in archive.namelist()
                   if name.startswith("briefing/data/partners/")}
    assert len(tables) >= 6 and not tables & shipped
    assert {"gazetteer.en.tsv", "gazetteer.ru.tsv", "names.tsv", "forms.ru.tsv"} <= shipped


@pytest.mark.slow
def test_wheel_installed_elsewhere_renders_pdf_and_docx(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    target_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip()
    # dependencies from this venv, appended after the fresh site-packages (no .pth processing)
    (Path(target_site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                                encoding="utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    result = subprocess.run([str(python), "-c", SCRIPT], cwd=work, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    pdf_size, docx_size = map(int, result.stdout.split())
    assert pdf_size > 5_000 and docx_size > 5_000
