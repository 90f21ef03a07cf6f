"""Themes from short English and Russian texts: substance, bare lists, evidence."""

from __future__ import annotations

import pytest

from briefing.extract.text.matcher import normal_form
from briefing.extract.topics.themes import _rows, extract_themes, sentence_weights
from extract_helpers import make_doc


def theme_ids(body: str, **kwargs: str) -> list[str]:
    return sorted(t.id for t in extract_themes(make_doc(body, **kwargs)))


def test_substance_sentences_give_themes_with_exact_evidence() -> None:
    body = (
        "The Embassy opened an exhibition of Kazakh painters at the national museum. "
        "The weather was fine. "
        "Twenty students received scholarships to study at Italian universities."
    )
    doc = make_doc(body)
    themes = {t.id: t for t in extract_themes(doc)}
    assert sorted(themes) == ["culture", "education"]
    culture = themes["culture"]
    assert [e.text for e in culture.evidence] == [
        "The Embassy opened an exhibition of Kazakh painters at the national museum."
    ]
    for theme in themes.values():
        assert all(doc.text[e.start : e.end] == e.text for e in theme.evidence)


def test_a_bare_list_is_not_substance() -> None:
    body = "The sides discussed cooperation in education, science, culture and sport."
    assert theme_ids(body) == []


def test_listed_theme_with_its_own_sentence_is_kept() -> None:
    body = (
        "The sides discussed cooperation in education, science and culture. "
        "A festival of Kazakh music and an exhibition of carpets opened in Rome."
    )
    assert theme_ids(body) == ["culture"]


def test_one_generic_word_in_passing_is_not_a_theme() -> None:
    assert theme_ids("The minister spoke about the culture of dialogue in diplomacy.") == []


def test_modifier_phrase_is_not_a_list() -> None:
    body = "The sides agreed to promote scientific tourism and new tourist routes for travellers."
    assert "tourism" in theme_ids(body)


def test_press_service_is_not_media() -> None:
    body = "The press service of the ministry reported the talks. The press service added details."
    assert theme_ids(body) == []


def test_title_alone_is_not_a_sentence_of_substance() -> None:
    doc = make_doc("The ministers met in Astana.", title="Museums and theatres of two nations")
    assert extract_themes(doc) == []


def test_strongest_theme_first() -> None:
    body = (
        "The diaspora of compatriots abroad met the ethnic community leaders. "
        "A concert was held."
    )
    themes = extract_themes(make_doc(body))
    assert themes and themes[0].id == "diaspora"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Студенты казахстанских вузов получили стипендии для обучения в Германии.", ["education"]),
        ("В музее открылась выставка казахстанских художников, прошёл концерт.", ["culture"]),
        ("Учёные провели совместные научные исследования в лабораториях академии.", ["science"]),
        ("Открыты курсы изучения немецкого языка для преподавателей языка.", ["language"]),
    ],
)
def test_russian_themes(body: str, expected: list[str]) -> None:
    assert theme_ids(body, lang="ru") == expected


def test_russian_bare_list() -> None:
    body = "Стороны обсудили сотрудничество в сфере образования, науки и культуры."
    assert theme_ids(body, lang="ru") == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The sides agreed on cooperation in higher education and in the field of healthcare.",
         "en"),
        ("Стороны договорились о сотрудничестве в сфере высшего образования и в области "
         "здравоохранения.", "ru"),
        ("Стороны обсудили развитие как в сфере высшего образования, так и в сфере "
         "здравоохранения.", "ru"),
    ],
)
def test_repeated_list_frames_are_still_lists(body: str, lang: str) -> None:
    assert theme_ids(body, lang=lang) == []


def test_frame_words_alone_do_not_make_a_list() -> None:
    body = "Doctors presented research on cancer. A research conference on medicine was held."
    assert theme_ids(body) == ["health", "science"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The Ministry of Health hosted the Ministry of Culture and Sport. The Minister of Health "
         "thanked the Department of Higher Education and the Ministry of Health staff.", "en"),
        ("Министерство здравоохранения приняло Министра культуры и спорта. Министр "
         "здравоохранения поблагодарил Комитет по развитию языков и Министерство "
         "здравоохранения. Министерство науки и высшего образования поддержало их.", "ru"),
    ],
)
def test_names_of_ministries_are_not_substance(body: str, lang: str) -> None:
    assert theme_ids(body, lang=lang) == []


def test_a_ministry_at_a_real_event_keeps_the_theme() -> None:
    body = "Министр культуры открыл выставку казахстанских художников в национальном музее."
    assert theme_ids(body, lang="ru") == ["culture"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Казахская диаспора и соотечественники за рубежом провели встречу с этническими казахами.",
         ["diaspora"]),
        ("В Риме прошли гастроли театра, спектакль и концерт казахской музыки.", ["culture"]),
        ("Паломники посетили мечеть и храм, прошёл межрелигиозный диалог.", ["religion"]),
        ("Врачи больницы провели вакцинацию пациентов от коронавируса.", ["health"]),
        ("Спортсмены завоевали медали чемпионата по дзюдо, матч прошёл на стадионе.", ["sport"]),
        ("Туристы из Германии посетили достопримечательности, вырос турпоток.", ["tourism"]),
        ("Журналисты и телеканалы освещали пресс-тур, газеты опубликовали репортажи.", ["media"]),
    ],
)
def test_russian_lexicon_covers_each_theme(body: str, expected: list[str]) -> None:
    assert theme_ids(body, lang="ru") == expected


def test_russian_cues_are_lemmas() -> None:
    for cue, _theme, _ in _rows("ru.tsv"):  # role words too: gaps are read as lemmas
        for word in cue.rstrip("*").split():
            assert normal_form(word, "ru") == word, cue


def test_word_stems_do_not_reach_unrelated_words() -> None:
    body = (
        "Co-operation between the ministries is in operation. "
        "Both operators made concerted efforts and thanked the hosts for their hospitality. "
        "The delegation flew from Islamabad and saw a Churchill portrait on a triple booking."
    )
    assert theme_ids(body) == []


def test_the_words_those_stems_were_meant_for_still_count() -> None:
    body = (
        "The opera house staged two operas and a concert of folk music. "
        "A new hospital, with wards for patients, and an Islamic centre were opened next to "
        "the church."
    )
    assert theme_ids(body) == ["culture", "health", "religion"]


def test_a_theme_kept_for_recurring_cites_the_sentences_it_recurs_in() -> None:
    body = (
        "The programme of the visit was cultural. "
        "The evening had a cultural part as well. "
        "Both sides praised the cultural life of the region."
    )
    doc = make_doc(body)
    themes = {t.id: t for t in extract_themes(doc)}
    assert list(themes) == ["culture"]
    assert len(themes["culture"].evidence) == 3
    assert all(doc.text[e.start : e.end] == e.text for e in themes["culture"].evidence)


def test_an_affiliation_line_is_a_name_not_a_sentence_of_substance() -> None:
    body = (
        "Professor, Department of Oriental Studies, Hankuk University of Foreign Languages, "
        "Seoul, Republic of Korea.\n"
        "Kazakhstan and Korea signed an agreement on trade."
    )
    assert theme_ids(body) == []


def test_a_sentence_full_of_names_is_still_a_sentence() -> None:
    en = (
        "Ambassador Arman Bekov visited the Bangkok National Museum and the Thai Royal "
        "Ballet, and opened an exhibition of Kazakh painters with Minister Sudarat Wong."
    )
    ru = (
        "Посол Казахстана Арман Беков посетил Национальный музей Таиланда и открыл "
        "выставку казахстанских художников вместе с министром культуры Таиланда."
    )
    assert theme_ids(en) == ["culture"]
    assert theme_ids(ru, lang="ru") == ["culture"]


def test_research_in_a_sentence_about_the_text_itself_is_not_science() -> None:
    meta = (
        "This study applies research methods of content analysis to archival research. "
        "The authors draw on research of media archives and interviews."
    )
    cooperation = (
        "Scientists of the two countries will conduct joint research at a new laboratory. "
        "The academies of sciences signed a research agreement."
    )
    assert "science" not in theme_ids(meta) and "media" not in theme_ids(meta)
    assert theme_ids(cooperation) == ["science"]
    ru = "В статье рассматривается исследование архивов. Автор использует научные методы."
    assert "science" not in theme_ids(ru, lang="ru")


def test_a_diplomats_title_and_a_source_line_are_not_themes() -> None:
    body = (
        "ASTANA. Iran's cultural attaché met the rector, the agency correspondent reports. "
        "The cultural attaché and the education adviser discussed the Farsi courses at the "
        "language centre."
    )
    assert theme_ids(body) == ["language"]


def test_translation_of_books_is_culture_not_language_learning() -> None:
    body = (
        "The novel was translated into Kazakh. "
        "The translation and two other translated books were presented at a book fair."
    )
    assert theme_ids(body) == ["culture"]


def test_a_sentence_citing_the_literature_is_not_science_cooperation() -> None:
    cited = (
        "Earlier scientists explored the research of cultural diplomacy [4]. "
        "Scientific research on soft power grew (Smith, 2015). "
        "Researchers of the field published new research [5, p. 12]."
    )
    assert "science" not in theme_ids(cited)


def test_a_heading_or_menu_item_is_not_a_sentence_of_substance() -> None:
    body = "Research\nScientific research\nKazakhstan and Korea signed an agreement on trade."
    assert theme_ids(body) == []
    assert theme_ids("Scientists of both countries research glaciers.") == ["science"]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("The sides agreed to open joint research centres in Almaty and Seoul.", "en", "science"),
        ("Kindergartens and preschool institutions of Finland hosted us.", "en", "education"),
        ("Стороны договорились о совместных исследованиях ледников.", "ru", "science"),
        ("Делегация посетила детские сады и дошкольные учреждения Финляндии.", "ru", "education"),
    ],
)
def test_field_phrases_make_a_sentence_of_substance(body: str, lang: str, expected: str) -> None:
    assert theme_ids(body, lang=lang) == [expected]


def test_cues_inside_an_institutions_name_are_not_substance() -> None:
    body = (
        "The delegation visited the Turkic Culture and Heritage Foundation to discuss trade. "
        "Later it met the Institute of Sport and Tourism Studies about energy prices."
    )
    assert theme_ids(body) == []


def test_a_university_at_work_still_counts_for_education() -> None:
    body = (
        "The sides agreed to develop the Egyptian University of Islamic Culture in Cairo. "
        "The Kazakh National University signed a memorandum with the Cairo University."
    )
    assert theme_ids(body) == ["education"]


def test_a_second_name_after_and_the_is_read_on_its_own() -> None:
    first = (
        "Present were the chairman of the Council on Foreign Relations and the Board of "
        "Qazaq Television."
    )
    themes = extract_themes(make_doc(f"{first} Qazaq Television will broadcast the talks."))
    assert [t.id for t in themes] == ["media"]
    assert first in [e.text for e in themes[0].evidence]


def test_a_language_as_the_medium_is_not_language_learning() -> None:
    body = (
        "The audience watched a short film with an audio track in the Kazakh language. "
        "Guests also saw two films in English language."
    )
    assert theme_ids(body) == ["culture"]
    assert theme_ids("Teachers ran Kazakh language courses and language lessons.") == ["language"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The ambassador of the Islamic Republic of Iran met the mayor. The Islamic Republic "
         "of Pakistan sent a delegation on trade.", "en"),
        ("Посол Исламской Республики Иран встретился с акимом. Делегация Исламской "
         "Республики Пакистан обсудила торговлю.", "ru"),
    ],
)
def test_a_states_official_name_is_not_religion(body: str, lang: str) -> None:
    assert theme_ids(body, lang=lang) == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The parties agreed on touring cultural events. A cultural exchange programme will "
         "start in May.", "en"),
        ("Стороны обсудили диалог культур и межкультурное взаимодействие.", "ru"),
        ("В Душанбе выступят творческие коллективы Казахстана. Творческий коллектив из Алматы "
         "приедет в мае.", "ru"),
    ],
)
def test_phrases_of_cultural_exchange_are_culture(body: str, lang: str) -> None:
    assert theme_ids(body, lang=lang) == ["culture"]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("The reception was attended by diplomats, business leaders, university students, and "
         "members of the Kazakh diaspora. The guests enjoyed a concert of Kazakh music.", "en",
         ["culture"]),
        ("The guests were familiarized with the history, crafts, and music of the dombra.", "en",
         ["culture"]),
        ("На приеме присутствовали дипломаты, представители деловых кругов и члены казахской "
         "диаспоры, многие соотечественники.", "ru", []),
    ],
)
def test_the_people_listed_as_guests_are_not_the_events_field(
    body: str, lang: str, expected: list[str]
) -> None:
    assert theme_ids(body, lang=lang) == expected


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("The Days of Azerbaijani Culture will be held in Almaty in May.", "en", ["culture"]),
        ('The annual week of "French language and culture" opened in Astana.', "en",
         ["culture", "language"]),
        ("В Минске пройдут Дни казахской культуры.", "ru", ["culture"]),
        ("Two days later students went home.", "en", []),
        ("French Film Week, sporting events and master classes will follow.", "en", []),
    ],
)
def test_the_field_an_events_name_gives_is_its_theme(
    body: str, lang: str, expected: list[str]
) -> None:
    assert theme_ids(body, lang=lang) == expected


def test_a_bodys_name_ends_where_its_capitals_do() -> None:
    first = "The Ministry of Culture and Sport and preschool institutions of Finland met."
    themes = {t.id: t for t in extract_themes(make_doc(f"{first} Finnish kindergartens opened."))}
    assert sorted(themes) == ["education"]
    assert first in [e.text for e in themes["education"].evidence]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Trade between the two states is well-researched in sinology, while their soft power "
         "still requires research. Research gaps remain in this field of research.", "en"),
        ("Торговля двух стран хорошо изучена, а их мягкая сила еще требует исследования. "
         "Это направление требует исследования.", "ru"),
    ],
)
def test_the_state_of_the_literature_is_not_science_cooperation(body: str, lang: str) -> None:
    assert theme_ids(body, lang=lang) == []
    assert theme_ids("The scientists agreed on joint research of glaciers.") == ["science"]


def test_the_first_people_named_after_attended_may_be_the_subject() -> None:
    first = (
        "The congress was attended by Kazakh diasporas of Iran, Turkey, Mongolia and China."
    )
    themes = {t.id: t for t in extract_themes(make_doc(f"{first} Ethnic Kazakhs spoke."))}
    assert sorted(themes) == ["diaspora"]
    assert first in [e.text for e in themes["diaspora"].evidence]


def test_people_the_work_is_with_are_not_guests() -> None:
    body = (
        "The Embassy works with representatives of the public, political scientists, "
        "bloggers, and the journalistic community. Journalists wrote about it."
    )
    themes = {t.id: t for t in extract_themes(make_doc(body))}
    assert sorted(themes) == ["media"]
    assert body.split(". ")[0] + "." in [e.text for e in themes["media"].evidence]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # Medical specialties and care are health, though no generic health word is there.
        ("Epidemiologists trained to detect measles and polio outbreaks. The oncologists and "
         "cardiologists discussed transplant surgery.", "en", ["health"]),
        ("Польша передала больницам машины скорой помощи и медикаменты. Кардиохирурги "
         "обменялись опытом трансплантации сердца с онкологами.", "ru", ["health"]),
        # Sports of the region and film screenings.
        ("Делегация показала выступления по кокпару и стрельбе из лука. Прошел турнир "
         "по курашу.", "ru", ["sport"]),
        ("The programme included archery and kokpar. Karate and taekwondo teams competed.",
         "en", ["sport"]),
        ("В центре пройдут кинопоказы. Кинопоказ посетили кинематографисты.", "ru",
         ["culture"]),
        # Russian media compounds; "медиация" (mediation) is none.
        ("Агентства провели медиафорум и договорились об обмене медиаконтентом. Медиация "
         "споров не обсуждалась.", "ru", ["media"]),
        ("Стороны обсудили медиацию споров и роль медиатора.", "ru", []),
        # Spiritual heritage and religious literature are religion's (taxonomy), not culture's.
        ("The muftis discussed the spiritual heritage of Islam. They agreed to publish "
         "religious literature for mosques.", "en", ["religion"]),
        ("Муфтии обсудили сохранение духовного наследия. Стороны договорились об издании "
         "религиозной литературы для мечетей.", "ru", ["religion"]),
    ],
)
def test_field_vocabulary(body: str, lang: str, expected: list[str]) -> None:
    assert theme_ids(body, lang=lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "trained"),
    [
        ("The sides discussed the training of Kazakh oncologists.", "en", False),
        ("The sides discussed the training of Kazakh teachers.", "en", True),
        ("The sides discussed the training of imams.", "en", True),
        ("Стороны обсудили повышение квалификации казахстанских онкологов.", "ru", False),
        ("Кардиологи пройдут стажировку в клиниках Сеула.", "ru", False),
        ("Учителя пройдут стажировку в школах Сеула.", "ru", True),
    ],
)
def test_training_of_medical_staff_is_health_not_education(
    sentence: str, lang: str, trained: bool
) -> None:
    weights = sentence_weights(sentence, 0, len(sentence), lang)
    assert (weights.get("education", 0.0) > 0) is trained


def test_a_line_of_items_parted_by_bars_is_page_furniture() -> None:
    teasers = (
        "Related: Film festival opens in Astana | Students visit the museum of folk art | "
        "Concert of Kazakh music in Rome"
    )
    body = f"The sides discussed direct flights for tourists.\n{teasers}"
    assert theme_ids(body) == ["tourism"]
    # The same words in prose are a theme.
    assert "culture" in theme_ids(teasers.replace(" | ", ". ").replace("Related: ", ""))


@pytest.mark.parametrize(
    ("sentence", "lang", "subject"),
    [
        ("This article examines scientific cooperation between Poland and Ukraine.", "en", True),
        ("This article examines cooperation in the field of science with Poland.", "en", True),
        ("This article examines the scientific literature on Poland.", "en", False),
        ("В статье рассматривается история научного сотрудничества Казахстана и Германии.",
         "ru", True),
        ("В статье рассматривается научная литература о Германии.", "ru", False),
    ],
)
def test_in_a_text_about_itself_a_field_of_cooperation_is_its_subject(
    sentence: str, lang: str, subject: bool
) -> None:
    # "scientific", "science": 0.5 each; discounted as the text's own work, less.
    weights = sentence_weights(sentence, 0, len(sentence), lang)
    assert (weights.get("science", 0.0) >= 0.5) is subject


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The institute opened free Turkish courses in Astana. Classes start in May.",
         ["language"]),
        ("More than 3,000 people have learned German through the programme. Many learned "
         "German at the institute.", ["language"]),
        ("Uzbek students will study the Korean language free of charge.", ["language"]),
        # A nationality before another word is no language: "Turkish universities".
        ("Twenty students received grants to study at Turkish universities.", ["education"]),
    ],
)
def test_a_language_name_makes_a_course_language_learning(body: str, expected: list[str]) -> None:
    assert theme_ids(body) == expected




def test_speaking_at_an_event_is_no_language() -> None:
    sentence = "Speaking at the opening ceremony, the Ambassador thanked the organisers."
    assert sentence_weights(sentence, 0, len(sentence), "en") == {}


@pytest.mark.parametrize(
    ("sentence", "lang", "youth"),
    [
        ("Young athletes of the two countries will hold joint training camps.", "en", False),
        ("Стороны проведут совместные сборы юных спортсменов.", "ru", False),
        ("Young leaders of the two countries met at the youth forum.", "en", True),
    ],
)
def test_a_youth_word_before_a_sport_word_only_tells_the_age(
    sentence: str, lang: str, youth: bool
) -> None:
    weights = sentence_weights(sentence, 0, len(sentence), lang)
    assert (weights.get("youth", 0.0) > 0) is youth


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("В церемонии приняли участие посол Польши, ректор университета и студенты.", "ru"),
        ("The ceremony was held with the participation of the ambassador, university "
         "students and teachers.", "en"),
        ("The ceremony was attended by the ambassador, students and teachers.", "en"),
    ],
)
def test_an_enumeration_of_guests_ends_with_and(sentence: str, lang: str) -> None:
    # "A, B and C" is three guests: B and C are no field of the event.
    weights = sentence_weights(sentence, 0, len(sentence), lang)
    assert weights.get("education", 0.0) < 1.0


@pytest.mark.parametrize(
    ("sentence", "lang", "weight"),
    [
        # Russian puts the language's name between the learning and "язык".
        ("Стороны обсудили подготовку учителей корейского языка.", "ru", 1.5),
        ("Фильм показали на казахском языке.", "ru", 0.3),
        # Classes in a language are learning it; a film or teaching in it has it as medium.
        ("The centre will offer classes in the Korean language.", "en", 1.5),
        ("Schools teaching in the Kazakh language opened.", "en", 0.3),
        # One learning, counted once: by "language", not by "learn" too.
        ("They learn German language.", "en", 2.0),
    ],
)
def test_language_learning_weighs_once(sentence: str, lang: str, weight: float) -> None:
    assert sentence_weights(sentence, 0, len(sentence), lang).get("language") == weight


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Read also: Film festival and concert of Kazakh music open in Rome", "en"),
        ("Tags: culture, cinema, museum, theatre", "en"),
        ("Читайте также: Белорусские студенты изучают казахский язык", "ru"),
    ],
)
def test_a_line_labelled_as_furniture_counts_for_nothing(line: str, lang: str) -> None:
    assert sentence_weights(line, 0, len(line), lang) == {}
    teaser = line.split(": ", 1)[1]
    assert sentence_weights(teaser, 0, len(teaser), lang) != {}


def test_a_join_far_after_the_comma_makes_no_guest_list() -> None:
    sentence = ("The leaders attended the opening of a centre in Astana, which will train "
                "the teachers and students of the region.")
    assert sentence_weights(sentence, 0, len(sentence), "en")["education"] >= 2.0
