"""Language detection restricted to the languages we have data for."""

from __future__ import annotations

from briefing.extract.metadata.language import detect_language, supported_languages


def test_english_and_russian() -> None:
    assert detect_language("The Embassy held a concert of Kazakh music in Rome.") == "en"
    assert detect_language("Посольство провело концерт казахской музыки в Риме.") == "ru"


def test_menu_lines_do_not_decide() -> None:
    text = "Главная\nНовости\nThe Embassy held a concert of Kazakh music in Rome on Friday evening."
    assert detect_language(text) == "en"


def test_answers_only_with_supported_languages() -> None:
    assert {"en", "ru"} <= set(supported_languages())
    assert (
        detect_language("Die Botschaft veranstaltete ein Konzert in Rom.") in supported_languages()
    )
    assert detect_language("12345 67 89") == "en"


def test_main_script_decides_over_words_of_another() -> None:
    assert detect_language("Посольство и Kazakh Invest провели форум Astana Hub в Риме.") == "ru"
    assert detect_language("The festival «Ұлы дала» opened in Rome with Kazakh music.") == "en"
