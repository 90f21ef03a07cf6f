"""The shared pymorphy3 analyser: where its dictionary comes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract.text import morph


def test_dictionary_folder_is_asked_of_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYMORPHY2_DICT_PATH", raising=False)
    folder = morph._dictionary_path()
    assert folder is not None
    assert (Path(folder) / "meta.json").is_file()


def test_dictionary_variable_of_pymorphy3_still_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYMORPHY2_DICT_PATH", "/somewhere/else")
    assert morph._dictionary_path() is None


def test_a_capitalised_russian_word_shares_the_analysis_of_its_lower_case() -> None:
    assert morph.parses("Министерства") is morph.parses("министерства")
    assert morph.lemma("Министерства") == "министерство"


def test_a_capital_initial_keeps_its_own_analysis() -> None:
    initial = morph.parses("А")
    assert any("Init" in p.tag for p in initial)
    assert not any("Init" in p.tag for p in morph.parses("а"))
