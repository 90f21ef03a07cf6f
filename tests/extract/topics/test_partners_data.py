"""The generated gazetteer matches its sources, and every entry names a known code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pycountry

from briefing.extract.topics.gazetteer import display_names

BUILDER = (
    Path(__file__).resolve().parents[3]
    / "src" / "briefing" / "data" / "partners" / "build_gazetteer.py"
)
TAXONOMY_ORGS = {
    "EU", "UN", "UNESCO", "CIS", "SCO", "OTS", "TURKSOY", "OSCE", "OIC", "EAEU", "CICA",
}


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILDER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_files_are_up_to_date() -> None:
    builder = _builder()
    for lang in builder.LANGS:
        committed = (builder.HERE / f"gazetteer.{lang}.tsv").read_text(encoding="utf-8")
        assert committed.splitlines() == builder.gazetteer_lines(lang), lang
    names = (builder.HERE / "names.tsv").read_text(encoding="utf-8")
    assert names.splitlines() == builder.names_lines()


def test_every_code_is_iso_or_a_taxonomy_organisation() -> None:
    builder = _builder()
    iso = {c.alpha_2 for c in pycountry.countries}
    for lang in builder.LANGS:
        for line in builder.gazetteer_lines(lang)[1:]:
            code = line.split("\t")[0]
            assert code == "" or code in iso or code in TAXONOMY_ORGS, line
    assert set(display_names()) >= TAXONOMY_ORGS


def test_forms_table_is_up_to_date() -> None:
    path = BUILDER.with_name("build_forms.py")
    spec = importlib.util.spec_from_file_location("build_forms", path)
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    for lang in builder.LANGS:
        committed = (builder.HERE / f"forms.{lang}.tsv").read_text(encoding="utf-8")
        assert committed.splitlines() == builder.forms_lines(lang), lang


def test_table_forms_reach_their_entries_without_the_analyser() -> None:
    from briefing.extract.text.matcher import _forms  # the table the matcher reads

    forms = _forms("ru")
    assert forms["германии"] == "германия"
    assert forms["музеях"] == "музей"
    assert forms["учеными"] == "ученый"
