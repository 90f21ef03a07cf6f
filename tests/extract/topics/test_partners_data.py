"""The generated gazetteer matches its sources, and every entry names a known code."""

from __future__ import annotations

import pycountry

from briefing.extract.topics.gazetteer import display_names
from data_tools import load_tool

TAXONOMY_ORGS = {
    "EU", "UN", "UNESCO", "CIS", "SCO", "OTS", "TURKSOY", "OSCE", "OIC", "EAEU", "CICA",
}


def test_generated_files_are_up_to_date() -> None:
    builder = load_tool("build_gazetteer")
    for lang in builder.LANGS:
        committed = (builder.OUT / f"gazetteer.{lang}.tsv").read_text(encoding="utf-8")
        assert committed.splitlines() == builder.gazetteer_lines(lang), lang
    names = (builder.OUT / "names.tsv").read_text(encoding="utf-8")
    assert names.splitlines() == builder.names_lines()


def test_every_code_is_iso_or_a_taxonomy_organisation() -> None:
    builder = load_tool("build_gazetteer")
    iso = {c.alpha_2 for c in pycountry.countries}
    for lang in builder.LANGS:
        for line in builder.gazetteer_lines(lang)[1:]:
            code = line.split("\t")[0]
            assert code == "" or code in iso or code in TAXONOMY_ORGS, line
    assert set(display_names()) >= TAXONOMY_ORGS


def test_forms_table_is_up_to_date() -> None:
    builder = load_tool("build_forms")
    for lang in builder.LANGS:
        committed = (builder.OUT / f"forms.{lang}.tsv").read_text(encoding="utf-8")
        assert committed.splitlines() == builder.forms_lines(lang), lang


def test_table_forms_reach_their_entries_without_the_analyser() -> None:
    from briefing.extract.text.matcher import _forms  # the table the matcher reads

    forms = _forms("ru")
    assert forms["германии"] == "германия"
    assert forms["музеях"] == "музей"
    assert forms["учеными"] == "ученый"


def test_an_abbreviation_read_as_an_adjective_reaches_its_entry() -> None:
    """pymorphy3 reads "ИСЕСКО" as a form of "исеский", whose lexeme lacks "исеско": the
    word as written in the hand tables has its own row, or the entry is never met."""
    from briefing.extract.text.matcher import _forms

    assert _forms("ru")["исеско"] == "исеский"
