"""The generated people lists match their sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from briefing.extract.people.names import country_words
from briefing.extract.text.lexicons import given_names

BUILDER = (
    Path(__file__).resolve().parents[3]
    / "src" / "briefing" / "data" / "people" / "build_country_words.py"
)


def _builder(name: str = "build_country_words"):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, BUILDER.with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_country_words_are_up_to_date() -> None:
    builder = _builder()
    committed = (builder.HERE / "country_words.txt").read_text(encoding="utf-8")
    assert committed.splitlines() == builder.country_word_lines()


def test_country_words_hold_country_names_but_not_connectors() -> None:
    words = country_words()
    assert {"kazakhstan", "korea", "kingdom", "jordan", "hong", "kong"} <= words
    assert not words & {"of", "the", "and", "republic"}


def test_given_names_inside_a_longer_country_name_are_no_country_words() -> None:
    words = country_words()
    assert not words & {"martin", "vincent", "lucia"}
    assert {"saint", "grenadines"} <= words  # the rest of those names still marks a place


def test_common_words_are_up_to_date() -> None:
    builder = _builder("build_common_words")
    committed = (builder.HERE / "common_words.en.txt").read_text(encoding="utf-8")
    assert committed.splitlines() == builder.common_word_lines()


def test_given_names_are_one_word_a_line() -> None:
    """The list holds one name a line, each read as written."""
    path = BUILDER.with_name("given_names.txt")
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    assert rows and all(len(row.split()) == 1 for row in rows)
    assert set(given_names()) == {row.strip() for row in rows}
