"""Kind on documents in the three styles the development set has few of: an embassy's own
pages, an agency's re-publication of a ministry release, a scholarly text without an
"Abstract" line, in English and Russian (written for these tests, no cue of the
development documents in them)."""

from __future__ import annotations

import pytest
from test_kind import kind_of

EN_ACADEMIC = (
    "Educational migration from Kazakhstan to Poland: scale, motives and prospects\n"
    "The paper examines student mobility between Kazakhstan and Poland in 2015-2023. The "
    "research is based on statistics of the Polish Ministry of Education and a survey of "
    "240 Kazakh students in Warsaw and Krakow. The results show that the main motives of "
    "the students are the quality of education, the cost of living and the prospect of "
    "employment in the European Union. It is concluded that the growth of mobility "
    "requires a bilateral agreement on the recognition of diplomas.\n"
    "Key findings are discussed in the context of the internationalisation of higher "
    "education in Central Asia."
)

EN_AGENCY = (
    "Kazakh embassy holds Abai evening in Rome\n"
    "The Embassy of Kazakhstan in Italy held a literary evening devoted to the poet Abai "
    "at the Sapienza University of Rome, Kazinform reports, citing the press service of "
    "the Kazakh Foreign Ministry.\n"
    "The Ambassador opened the evening and spoke about translations of Abai's works into "
    "Italian.\n"
    "Students of the university read the poet's verses in Kazakh and Italian.\n"
    "The Embassy has held a series of such evenings in Italian cities since 2019."
)

EN_EMBASSY = (
    "Consulate General of the Republic of Kazakhstan in Istanbul\n"
    "Meeting with the rector of Marmara University\n"
    "Consul General Alibek Dzhumabayev met with the rector of Marmara University Mustafa "
    "Kurt.\n"
    "The parties discussed the opening of a Kazakh language course at the university and "
    "joint research in the history of the Turkic peoples.\n"
    "Mr Dzhumabayev informed the rector about the scholarships offered to Turkish "
    "students by Kazakh universities and invited the university to take part in the "
    "education fair in Almaty.\n"
    "At the end of the meeting, the Consul General presented books on the history and "
    "culture of Kazakhstan to the university library."
)

RU_ACADEMIC = (
    "Образовательная миграция из Казахстана в Польшу: масштабы, мотивы, перспективы\n"
    "Исследование посвящено студенческой мобильности между Казахстаном и Польшей в "
    "2015–2023 годах. Работа основана на статистике министерства образования Польши и "
    "опросе 240 казахстанских студентов в Варшаве и Кракове. Результаты показывают, что "
    "главными мотивами студентов являются качество образования, стоимость жизни и "
    "перспектива трудоустройства в Европейском союзе. Делается вывод, что рост "
    "мобильности требует двустороннего соглашения о признании дипломов.\n"
    "Основные выводы рассматриваются в контексте интернационализации высшего образования "
    "в Центральной Азии."
)

RU_AGENCY = (
    "Посольство Казахстана провело вечер Абая в Риме\n"
    "Посольство Казахстана в Италии провело литературный вечер, посвященный Абаю, в "
    "Римском университете Ла Сапиенца, передает Kazinform со ссылкой на пресс-службу МИД "
    "РК.\n"
    "Посол открыл вечер и рассказал о переводах произведений Абая на итальянский язык.\n"
    "Студенты университета прочитали стихи поэта на казахском и итальянском языках.\n"
    "Посольство проводит подобные вечера в городах Италии с 2019 года."
)

RU_EMBASSY = (
    "Генеральное консульство Республики Казахстан в Стамбуле\n"
    "Встреча с ректором Мраморноморского университета\n"
    "Генеральный консул Алибек Джумабаев встретился с ректором Мраморноморского "
    "университета Мустафой Куртом.\n"
    "Стороны обсудили открытие курсов казахского языка в университете и совместные "
    "исследования по истории тюркских народов.\n"
    "Генеральный консул проинформировал ректора о стипендиях для турецких студентов в "
    "вузах Казахстана и пригласил университет принять участие в образовательной выставке "
    "в Алматы.\n"
    "В завершение встречи генконсул передал в библиотеку университета книги по истории и "
    "культуре Казахстана."
)


EN_AGENCY_FROM_WEBSITE = (
    "Kazakh film week opens in Tokyo\n"
    "TOKYO, October 3. /Kazinform/ - A week of Kazakh cinema opened in Tokyo, the Kazakh "
    "Embassy in Japan said on its website.\n"
    "The Embassy organized the week together with the Japan Foundation. Ambassador Yerlan"
    " Baudarbek-Kozhatayev thanked the Japanese partners.\n"
    '"Cinema helps our peoples understand each other," the ambassador said.\n'
    "The programme includes six feature films and two documentaries."
)

RU_AGENCY_FROM_EMBASSY = (
    "В Токио открылась неделя казахстанского кино\n"
    "ТОКИО, 3 октября. /Казинформ/ – В Токио открылась неделя казахстанского кино, "
    "сообщили в Посольстве Казахстана в Японии.\n"
    "Посольство организовало неделю совместно с Японским фондом. Посол Ерлан Баударбек-"
    "Кожатаев поблагодарил японских партнеров.\n"
    "«Кино помогает нашим народам понимать друг друга», – сказал посол.\n"
    "В программу вошли шесть художественных и два документальных фильма."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (EN_EMBASSY, "embassy_note"),
        (RU_EMBASSY, "embassy_note"),
        (EN_AGENCY, "news"),
        (RU_AGENCY, "news"),
        (EN_AGENCY_FROM_WEBSITE, "news"),
        (RU_AGENCY_FROM_EMBASSY, "news"),
        (EN_ACADEMIC, "academic"),
        (RU_ACADEMIC, "academic"),
    ],
)
def test_each_style_gets_its_kind(text: str, kind: str) -> None:
    assert kind_of(text)[0] == kind


def test_a_mission_name_is_a_site_banner_only_as_a_line_of_its_own() -> None:
    headline = EN_EMBASSY.replace(
        "Consulate General of the Republic of Kazakhstan in Istanbul\n",
        "Consulate General of Kazakhstan in Istanbul hosts a meeting with students\n",
    )
    _, info, _ = kind_of(headline)
    assert not any(s.name == "embassy_note:mission's site name" for s in info.signals)


def test_a_republication_outweighs_the_missions_cues_it_carries() -> None:
    for text in (EN_AGENCY, RU_AGENCY):
        _, info, _ = kind_of(text)
        assert info.scores["embassy_note"] >= 4  # the release speaks of the Embassy …
        assert info.scores["news"] > info.scores["embassy_note"]  # … the agency cites it


def test_without_the_republication_line_the_release_is_the_missions_own() -> None:
    attribution = ", Kazinform reports, citing the press service of the Kazakh Foreign Ministry"
    own = EN_AGENCY.replace(attribution, "")
    assert kind_of(own)[0] == "embassy_note"


def test_an_agency_in_slashes_opens_a_dateline() -> None:
    _, info, _ = kind_of(EN_AGENCY_FROM_WEBSITE)
    assert any(s.name == "news:dateline with agency" for s in info.signals)
