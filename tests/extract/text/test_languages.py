"""The per-language modules: the registry and what each language says of a word."""

from __future__ import annotations

from briefing import datafiles
from briefing.extract.text.languages import Language, language_of
from briefing.extract.text.phrase_words import Word


def test_a_code_without_a_module_reads_with_the_english_rules() -> None:
    for code in ("de", "kk", "", "../x", "ru.ru"):
        assert language_of(code).code == "en", code


def test_each_module_is_named_by_its_code() -> None:
    for code in ("en", "ru"):
        language = language_of(code)
        assert isinstance(language, Language)
        assert language.code == code


def test_russian_inflects_and_english_does_not() -> None:
    en, ru = language_of("en"), language_of("ru")
    assert not en.inflected and ru.inflected
    assert en.lemma("Ministries") == "ministries"
    assert ru.lemma("Министерством") == "министерство"
    assert ru.nominative("Германии") == "Германия"
    assert en.nominative("Germany's") == "Germany's"


def test_names_are_put_in_the_nominative_only_in_an_inflected_language() -> None:
    text = "встреча с Адилем Керимли"
    start = text.index("Адилем")
    assert language_of("ru").name_in_nominative(["Адилем", "Керимли"], text, start) == [
        "Адиль",
        "Керимли",
    ]
    assert language_of("en").name_in_nominative(["John", "Smith"], "met John Smith", 4) is None


def test_phrase_grammar_of_each_language() -> None:
    en, ru = language_of("en"), language_of("ru")
    assert en.verb("visiting") and not en.verb("sing")
    assert ru.verb("подписали") and not ru.verb("соглашение")
    assert en.closes_count("students") and not en.closes_count("class")
    assert not ru.closes_count("студентов")
    assert en.modifier(Word(0, 13, "international")) and not en.modifier(Word(0, 3, "the"))
    assert not en.modifier(Word(0, 9, "organised"))  # a participle
    assert en.modifier(Word(0, 7, "leading"))  # listed as an adjective in the data
    assert ru.modifier(Word(0, 9, "Казахский")) and not ru.modifier(Word(0, 6, "Москва"))
    assert ru.tail_opens(Word(0, 14, "сотрудничества")) and not ru.tail_opens(Word(0, 2, "на"))
    assert en.tail_opens(Word(0, 2, "of")) and not en.tail_opens(Word(0, 4, "cats"))
    assert ru.genitive_complement("культуры") and not en.genitive_complement("culture")


def test_every_language_module_has_its_phrase_words() -> None:
    for code in ("en", "ru"):
        kinds = {row[1] for row in datafiles.rows("facts", f"phrase_words.{code}.tsv")}
        assert {"tail_start", "tail_stop", "joiner"} <= kinds, code
