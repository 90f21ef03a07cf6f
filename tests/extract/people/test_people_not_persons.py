"""What is not a person: bylines and author lines, firms and teams, words of a title."""

from __future__ import annotations

import pytest
from test_people import names


@pytest.mark.parametrize(
    "text",
    [
        "The minister met students at the university.\n    Dana Kowalska\n    Author",
        "Talks went well, officials said.\nCGTN's Dana Kowalska reports.",
        "Talks went well.\nFollow Dana Kowalska on Twitter @dana",
        "Talks went well.\nBy Dana Kowalska",
        "Talks went well.\nAuthors: Kowalska Dana B., Nurova Aigul E.",
        "Shares in Harold Webb Partnership rose on Monday.",
        "Real Sociedad and Dynamo Tbilisi drew 1-1 on Saturday.",
        "He was appointed Ambassador Extraordinary and Plenipotentiary to Italy.",
    ],
)
def test_not_people_in_english(text: str) -> None:
    assert names(text) == []


def test_russian_author_line_is_left_out() -> None:
    text = (
        "Аннотация научной статьи по экономике, автор научной работы — Ким Олег Петрович\n"
        "Статья рассматривает сотрудничество в образовании."
    )
    assert names(text, "ru") == []


def test_a_person_in_the_text_is_kept_beside_a_byline() -> None:
    text = "The ambassador Nurlan Abenov met students.\nBy Dana Kowalska"
    assert names(text) == ["Nurlan Abenov"]


def test_names_in_a_list_beside_a_person_are_people() -> None:
    text = "Guests included Ama Owusu of Ghana, Nelson Hartley of Canada and Jacques Moreau."
    assert names(text) == ["Ama Owusu", "Nelson Hartley", "Jacques Moreau"]


def test_common_words_in_a_list_beside_a_person_are_not_people() -> None:
    text = "Guests included Nelson Hartley, Foreign Affairs and the Red Cross."
    assert names(text) == ["Nelson Hartley"]


def test_a_title_case_headline_needs_a_name_not_just_capitals() -> None:
    text = "Ambassador Delivers Lecture at Eurasian National University"
    assert names(text) == []


def test_a_word_right_after_a_role_opens_the_name() -> None:
    assert names("In 2019 President Song Jae-won visited Astana.") == ["Song Jae-won"]


def test_a_common_word_that_ends_an_office_is_not_part_of_the_name() -> None:
    text = "He met the Minister of Education and Science Zhandos Tuleubayev, the Ambassador said."
    assert names(text) == ["Zhandos Tuleubayev"]


def test_a_speech_verb_or_an_apposition_makes_a_person_of_unknown_names() -> None:
    assert names("Tolegen Abdrakhman told the Ambassador that talks went well.") == [
        "Tolegen Abdrakhman"
    ]
    text = "Tariq Iqbal Khan, the Director General of the National Library, spoke."
    assert names(text) == ["Tariq Iqbal Khan"]
    assert names("Human Rights Watch said the law was harsh.") == []


def test_a_name_after_the_organisation_of_an_office_is_a_person() -> None:
    text = "The president of Zhardem Fund Tolegen Abdrakhmanov took part in the meeting."
    assert names(text) == ["Tolegen Abdrakhmanov"]
