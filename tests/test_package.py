"""The wheel carries the templates: installed in a fresh venv, used from another folder, it renders.

The fresh venv gets the dependencies by a path to this venv's site-packages
(no download); ``briefing`` itself comes only from the wheel just built, so a
template missing from the wheel fails here.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

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
print(pathlib.Path("out.pdf").stat().st_size, pathlib.Path("out.docx").stat().st_size)
"""


@pytest.mark.slow
def test_wheel_installed_elsewhere_renders_pdf_and_docx(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", str(next(wheels.glob("briefing-*.whl")))],
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
