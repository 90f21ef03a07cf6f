"""Russian and Kazakh names: the nominative, gender, Kazakh patronymics, foreign names."""

from __future__ import annotations

from test_people import names, people


def test_a_name_beside_a_role_in_the_nominative_is_kept_as_written() -> None:
    text = (
        "Документ подписали генеральный директор агентства Мари Дюпре и вице-премьер "
        "Казахстана Айгуль Сейткалиева 3 мая в Женеве."
    )
    assert names(text, "ru") == ["Мари Дюпре", "Айгуль Сейткалиева"]


def test_a_woman_named_in_another_case_keeps_her_gender() -> None:
    text = "Состоялась встреча с Айгуль Сейткалиевой. Стороны обсудили планы."
    assert names(text, "ru") == ["Айгуль Сейткалиева"]


def test_the_role_noun_gives_the_case_across_its_complements() -> None:
    text = "Министр встретился с министром спорта Российской Федерации Олегом Матыциным."
    found = people(text, "ru")
    assert [p.name for p in found] == ["Олег Матыцин"]
    assert found[0].role == "министр спорта Российской Федерации"


def test_a_capitalised_genitive_place_ends_the_office_before_the_name() -> None:
    text = "Он встретился с Министром культуры Грузии Тамарой Беридзе. Стороны обсудили планы."
    assert names(text, "ru") == ["Тамара Беридзе"]


def test_kazakh_patronymics_are_never_declined() -> None:
    text = "Посол Казахстана в Эмиратах Ерлан Кенжебекұлы встретился с ректором университета."
    assert names(text, "ru") == ["Ерлан Кенжебекұлы"]
    text = "Встреча с послом Ерланом Кенжебекулы прошла в Астане."
    assert names(text, "ru") == ["Ерлан Кенжебекулы"]


def test_the_source_spelling_without_yo_is_kept() -> None:
    text = "Министр провел встречу с министром спорта Сергеем Соловьевым в Астане."
    assert names(text, "ru") == ["Сергей Соловьев"]


def test_a_state_after_a_role_is_not_a_person() -> None:
    text = "Посол Республики Казахстан в Азербайджане Марат Оспанов встретился с Министром."
    assert names(text, "ru") == ["Марат Оспанов"]


def test_a_particle_glued_by_a_hyphen_stays_in_the_name() -> None:
    text = "Посол встретился с председателем Мухаммедом Саидом аль-Хашими. Обсуждались вопросы."
    assert names(text, "ru") == ["Мухаммед Саид аль-Хашими"]
    text = "The presidential adviser Omar el-Sayed said on Monday that talks would resume."
    assert names(text) == ["Omar el-Sayed"]


def test_foreign_names_that_do_not_decline_stay_as_written_without_a_role() -> None:
    assert names("Документ подписали Мари Дюпре и Айжан Сейтказиева.", "ru") == [
        "Мари Дюпре",
        "Айжан Сейтказиева",
    ]
    assert names("Министр встретился с Мари Дюпре в Париже.", "ru") == ["Мари Дюпре"]
    assert names("Министр встретился с Жаном Мартеном в Париже.", "ru") == ["Жан Мартен"]


def test_a_title_before_a_lone_name_belongs_to_it() -> None:
    found = people("The visit of Prince Harold to Astana ended. Harold met students.")
    assert [(p.name, p.role) for p in found] == [("Prince Harold", "Prince")]
    found = people("Встреча с Папой Франциском прошла в Ватикане.", "ru")
    assert [(p.name, p.role) for p in found] == [("Папа Франциск", "Папа")]
