"""The generated people lists match their sources."""

from __future__ import annotations

from briefing.extract.people.names import country_words
from briefing.extract.people.words import word_info
from briefing.extract.text.lexicons import given_names
from data_tools import load_tool


def test_country_words_are_up_to_date() -> None:
    builder = load_tool("build_country_words")
    committed = (builder.OUT / "country_words.txt").read_text(encoding="utf-8")
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
    builder = load_tool("build_common_words")
    committed = (builder.OUT / "common_words.en.txt").read_text(encoding="utf-8")
    assert committed.splitlines() == builder.common_word_lines()


def test_given_names_are_one_word_a_line() -> None:
    """given_names() reads the list with one split, which needs one word a line."""
    path = load_tool("build_given_names").OUT / "given_names.txt"
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    assert rows and all(len(row.split()) == 1 for row in rows)
    assert set(given_names()) == {row.strip() for row in rows}


def test_given_names_cover_central_asian_and_european_names() -> None:
    names = given_names()
    assert {"Yerbolat", "Askhat", "Aigerim", "Nursultan", "Gulnara", "Olzhas"} <= names
    assert {"John", "Maria", "Vladimir", "Emmanuel", "Recep", "Jozef"} <= names


def test_given_names_hold_no_place_english_word_or_abbreviation() -> None:
    names = given_names()
    assert not names & {"China", "Georgian", "Asian", "Paris", "Herald", "May", "St", "Dr"}


def test_a_name_written_with_diacritics_is_a_given_name() -> None:
    assert word_info("André", "en").given and word_info("Józef", "en").given
    assert not word_info("Ambassador", "en").given


def _builder_lines(data: dict[str, list[object]]) -> list[str]:
    builder = load_tool("build_given_names")
    return [line for line in builder.given_name_lines(data) if not line.startswith("#")]


def test_builder_keeps_names_many_data_sets_list() -> None:
    data: dict[str, list[object]] = {
        "yerbolat": [3, 12, 0.0, 3],      # three data sets: kept
        "zzyzx": [2, 500, 0.5, 3],        # two data sets: noise
        "aruzhan": [3, 2, 1.0, 3],        # few people, but three data sets: kept
        "jean-luc": [5, 40, 0.0, 3],      # hyphenated: kept, both parts capitalised
        "st": [9, 407, 0.1, 3],           # no vowel: an abbreviation
        "georgian": [11, 616, 0.3, 3],    # a people of the gazetteer
        "herald": [12, 1128, 0.1, 3],     # an English word and a rare name
        "jean": [30, 90000, 0.1, 3],      # an English word ("jean") but a common name
        "grace": [30, 90000, 1.0, 3],     # a common English word
        "o'neil": [5, 50, 0.0, 3],        # not letters
    }
    assert _builder_lines(data) == ["Aruzhan", "Jean", "Jean-Luc", "Yerbolat"]


def test_builder_place_words_leave_out_ambiguous_gazetteer_forms() -> None:
    places = load_tool("build_given_names").place_words()
    assert {"georgian", "china", "paris", "asian", "kazakhstan"} <= places
    assert "korean" not in places  # ambiguous in the gazetteer ("Korean" community, names)
