"""Sentence splitting: abbreviations, initials, decimals and quotes do not end a sentence."""

from __future__ import annotations

import pytest

from briefing.extract.text.sentences import MAX_SENTENCE_CHARS, split_sentences


def _split(text: str) -> list[str]:
    return [s.of(text) for s in split_sentences(text)]


@pytest.mark.parametrize(
    "first",
    [
        "The lecture was given by A.Muhamediuly at the university.",
        "The book by M.M. Lebedeva was presented in Astana.",
        "Dr. Smith opened the exhibition in Rome.",
        "Prof. K. Abdullayev spoke about the project, e.g. the exchange of students.",
        "The budget grew to 3.5 million tenge in 2023.",
        "The meeting took place on 3.03.2017 at the Embassy.",
        "Mr. Brown met Ms. Green in the U.S. capital.",
    ],
)
def test_no_break_inside_english_sentence(first: str) -> None:
    text = f"{first} The second sentence follows."
    assert _split(text) == [first, "The second sentence follows."]


@pytest.mark.parametrize(
    "first",
    [
        "Встреча прошла в г. Астане, т.е. в столице.",
        "Книгу представил А.Б. Иванов в Алматы.",
        "Доклад сделал проф. Сейткали о сотрудничестве.",
        "Выставка открылась в 2019 г. в Риме.",
        "Лекцию прочитал Иванов А.Б. в университете.",
    ],
)
def test_no_break_inside_russian_sentence(first: str) -> None:
    text = f"{first} Следующее предложение."
    assert _split(text) == [first, "Следующее предложение."]


def test_breaks_after_quote_question_and_exclamation() -> None:
    text = '"We welcome our guests," he said. Is it over? No! «Это начало». Так сказал он.'
    assert _split(text) == [
        '"We welcome our guests," he said.',
        "Is it over?",
        "No!",
        "«Это начало».",
        "Так сказал он.",
    ]


def test_break_before_a_quoted_sentence() -> None:
    text = 'The minister spoke. "Culture unites us," she added.'
    assert _split(text) == ["The minister spoke.", '"Culture unites us," she added.']


def test_break_after_an_abbreviation_that_ends_a_sentence() -> None:
    text = "The delegation visited Berlin, Paris, Rome etc. The visit ended on Friday."
    assert _split(text)[-1] == "The visit ended on Friday."
    text = "Обсудили культуру, образование и т.д. Визит завершился."
    assert _split(text)[-1] == "Визит завершился."


def test_offsets_point_into_the_text_and_skip_spaces() -> None:
    text = "Intro line.   Second one here.\n"
    spans = split_sentences(text, 0, len(text))
    assert [(s.start, s.end) for s in spans] == [(0, 11), (14, 30)]
    assert split_sentences(text, 14, 30)[0].of(text) == "Second one here."


def test_a_run_without_sentence_ends_is_cut_into_bounded_pieces() -> None:
    text = " ".join(["cooperation"] * 2000)
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in pieces)
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in pieces)
    assert pieces[0].start == 0 and pieces[-1].end == len(text)
