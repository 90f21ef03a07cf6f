"""Organisations: full names as written, type, country from the name, merged mentions."""

from __future__ import annotations

from briefing.extract.facts.organisations import extract_organisations
from briefing.schema import Organisation
from extract_helpers import make_doc


def orgs(text: str, lang: str = "en") -> dict[str, Organisation]:
    found = extract_organisations(make_doc(text, lang=lang))
    for org in found:
        for span in org.evidence:
            assert text[span.start : span.end] == span.text
    return {o.name: o for o in found}


def test_english_names_types_and_countries() -> None:
    found = orgs(
        "Students of the Eastern Steppe National University met officials of the Ministry "
        "of Culture of the Republic of Kazakhstan and the Azerbaijan National Academy of "
        "Sciences. Mongolia's Ministry of Education and Science sent a letter."
    )
    assert found["Eastern Steppe National University"].type == "university"
    assert found["Ministry of Culture of the Republic of Kazakhstan"].country == "KZ"
    assert found["Azerbaijan National Academy of Sciences"].type == "academy"
    assert found["Azerbaijan National Academy of Sciences"].country == "AZ"
    assert "Ministry of Education and Science" in found


def test_repeated_mentions_merge_and_namesakes_stay_in_the_name() -> None:
    text = (
        "The Theatre named after Abai opened a season. "
        "Critics praised the Theatre named after Abai again."
    )
    found = orgs(text)
    assert list(found) == ["Theatre named after Abai"]
    assert len(found["Theatre named after Abai"].evidence) == 2


def test_a_head_word_alone_is_not_an_organisation() -> None:
    assert orgs("The University is large. The ministry said the museum was closed.") == {}


def test_two_names_joined_by_and_stay_apart() -> None:
    found = orgs("Talks between Riverside State University and Hillcrest College went well.")
    assert set(found) == {"Riverside State University", "Hillcrest College"}


def test_russian_names_run_through_genitives() -> None:
    found = orgs(
        "Делегация посетила Министерство культуры и информации Республики Казахстан. "
        "Студенты Казахского национального университета имени аль-Фараби выступили. "
        "Министерство образования сообщило об этом.",
        lang="ru",
    )
    assert found["Министерство культуры и информации Республики Казахстан"].country == "KZ"
    assert found["Казахского национального университета имени аль-Фараби"].type == "university"
    assert "Министерство образования" not in found


def test_russian_embassy_with_its_host_country() -> None:
    found = orgs("Концерт организовало Посольство Казахстана во Франции.", lang="ru")
    assert found["Посольство Казахстана во Франции"].type == "embassy"
