"""Cleaning: boilerplate out of the text, metadata kept as metadata regions."""

from __future__ import annotations

import random

from briefing.clean import Cleaned, clean_document
from briefing.clean.pipeline import _dedup_key
from briefing.ingest.base import RawDocument

BODY = (
    "The Embassy of Kazakhstan held a concert of Kazakh music in Rome on Friday. "
    "Students of the conservatory performed works by Kazakh and Italian composers."
)


def clean(text: str, **raw: object) -> Cleaned:
    return clean_document(RawDocument(text=text, format="txt", **raw))  # type: ignore[arg-type]


def texts(cleaned: Cleaned, role: str, label: str | None = None) -> list[str]:
    return [
        cleaned.text[r.start : r.end]
        for r in cleaned.regions
        if r.role == role and (label is None or r.label == label)
    ]


def test_regions_slice_the_text_and_do_not_overlap() -> None:
    cleaned = clean(f"Concert in Rome\n\nsource: example.org\n\n{BODY}\nShare:\n")
    ends = 0
    for region in cleaned.regions:
        assert region.start >= ends and region.end <= len(cleaned.text)
        assert (
            cleaned.text[region.start : region.end].strip()
            == cleaned.text[region.start : region.end]
        )
        ends = region.end


def test_related_block_and_everything_after_it_is_cut() -> None:
    cleaned = clean(
        f"Concert in Rome\n{BODY}\nRelated articles\nGermany and France sign a treaty\n"
    )
    assert "Germany" not in cleaned.text
    assert "Related" not in cleaned.text
    assert BODY in cleaned.text


def test_russian_read_also_block_is_cut() -> None:
    body = (
        "Посольство Казахстана провело концерт в Риме. Выступили студенты консерватории из Италии."
    )
    cleaned = clean(
        f"Концерт в Риме\n{body}\nЧитайте также:\nГермания и Франция подписали договор\n"
    )
    assert "Германия" not in cleaned.text
    assert body in cleaned.text


def test_link_heading_before_main_text_drops_only_itself() -> None:
    cleaned = clean(f"Popular\nConcert in Rome\n{BODY}\n")
    assert BODY in cleaned.text
    assert "Popular" not in cleaned.text


def test_widgets_phones_switchers_and_share_prompts_are_dropped() -> None:
    furniture = [
        "493.85",
        "+15 °C",
        "EN | RU | KZ",
        "+7 (7172) 72-00-00",
        "Share:",
        "Tell a friend",
        "Астана +7 °С",
        "New York 12°C",
        "A | A | A",
        "Skip to main content",
        "Перейти к содержанию",
        "Przejdź do treści | Przejdź do menu",
    ]
    cleaned = clean("\n".join(["Concert in Rome", *furniture, BODY]))
    for line in furniture:
        assert line not in cleaned.text
    assert texts(cleaned, "title") == ["Concert in Rome"]


def test_title_printed_twice_is_one_title() -> None:
    cleaned = clean(f"Concert in Rome\n\nConcert in Rome\n{BODY}")
    assert cleaned.text.count("Concert in Rome") == 1
    assert texts(cleaned, "title") == ["Concert in Rome"]


def test_date_header_on_the_same_line_as_the_text() -> None:
    cleaned = clean(f" date 2024-07-10 {BODY}")
    assert texts(cleaned, "metadata", "date") == ["date 2024-07-10"]
    assert texts(cleaned, "body") == [BODY]


def test_created_and_updated_fields_on_one_line() -> None:
    cleaned = clean(
        f"Overview\n{BODY}\nCreated at : 3.03.2017, 00:00, Updated at : 4.03.2017, 18:14"
    )
    assert texts(cleaned, "metadata", "created") == ["Created at : 3.03.2017, 00:00"]
    assert texts(cleaned, "metadata", "updated") == ["Updated at : 4.03.2017, 18:14"]


def test_agency_dateline_is_metadata_and_the_rest_is_body() -> None:
    cleaned = clean(f"Concert in Rome\nNUR-SULTAN. KAZINFORM - {BODY}")
    assert texts(cleaned, "metadata", "dateline") == ["NUR-SULTAN. KAZINFORM"]
    assert texts(cleaned, "body") == [BODY]


def test_russian_dateline_with_date_first() -> None:
    body = "Сегодня в Министерстве культуры состоялась встреча с делегацией Германии."
    cleaned = clean(f"3 февраля, 2015. Астана. {body}")
    # a place and a date without an agency: it dates the page, no cue of its genre
    assert texts(cleaned, "metadata", "placedate") == ["3 февраля, 2015. Астана."]
    assert texts(cleaned, "body") == [body]


def test_ordinary_sentence_is_not_a_dateline() -> None:
    line = "Astana, the capital, hosted the forum. Guests came from Italy."
    cleaned = clean(f"Forum in Astana\n{line}")
    assert texts(cleaned, "body") == [line]


def test_author_footer_and_tag_list_are_metadata() -> None:
    cleaned = clean(
        f"Concert in Rome\n{BODY}\nAuthor:\n\nAnna Petrova\nCulture Italy Music Kazakhstan"
    )
    assert texts(cleaned, "metadata", "author") == ["Author:", "Anna Petrova"]
    assert texts(cleaned, "metadata", "tags") == ["Culture Italy Music Kazakhstan"]
    assert "Anna Petrova" not in " ".join(texts(cleaned, "body"))


def test_source_and_photo_lines_are_metadata() -> None:
    cleaned = clean(f"Concert in Rome\nФото: MFA 03.02.2023 14:58\n{BODY}\nsource: example.org")
    assert texts(cleaned, "metadata", "photo") == ["Фото: MFA 03.02.2023 14:58"]
    assert texts(cleaned, "metadata", "source") == ["source: example.org"]


def test_control_characters_are_removed() -> None:
    cleaned = clean("Concert\x00 in\x0b Rome\n" + BODY + "\x1f")
    assert not any(ord(c) < 32 and c != "\n" for c in cleaned.text)


def test_main_text_from_a_reader_keeps_short_lines_of_numbers_and_links() -> None:
    # an extractor's main text: lines of numbers or a link alone are the article's own
    text = f"Concert in Rome\n2935\n{BODY}\nhttp://example.org/programme\n"
    cleaned = clean(text, main_text=True)
    assert "2935" in cleaned.text and "http://example.org/programme" in cleaned.text


def test_main_text_from_a_reader_loses_related_news_and_link_labels() -> None:
    # an extractor keeps what stands inside the article's container: the words tell
    text = f"Concert in Rome\nShare:\n{BODY}\nTell a friend\nRelated news\nOpera in Milan\n"
    cleaned = clean(text, main_text=True)
    assert texts(cleaned, "body") == [BODY]
    assert "Opera in Milan" not in cleaned.text


def test_sentence_broken_across_a_blank_line_is_joined() -> None:
    text = "Relations with Armenia\nThe Embassy develops cultural and humanitarian\n\n"
    cleaned = clean(text + "cooperation with Armenia.")
    assert texts(cleaned, "body") == [
        "The Embassy develops cultural and humanitarian cooperation with Armenia."
    ]


def test_back_matter_after_the_text_is_an_aside() -> None:
    cleaned = clean(
        f"Cultural ties of Kazakhstan and Italy\n{BODY}\nReferences\n"
        "1. Smith J. Cultural diplomacy. Rome, 2019.\nAuthor Biographies\n"
        "Anna Rossi, University of Bologna\nPublished online 12 March 2024"
    )
    assert texts(cleaned, "aside") == [
        "References",
        "1. Smith J. Cultural diplomacy. Rome, 2019.",
        "Author Biographies",
        "Anna Rossi, University of Bologna",
    ]
    assert texts(cleaned, "body") == [BODY]
    assert texts(cleaned, "metadata", "published") == ["Published online 12 March 2024"]


def test_russian_reference_list_is_an_aside() -> None:
    body = (
        "Посольство Казахстана провело в Риме концерт казахской музыки. "
        "Студенты консерватории исполнили произведения казахских композиторов."
    )
    cleaned = clean(f"{body}\nСписок литературы\nИванов А.Б. Культура. М., 2019.")
    assert texts(cleaned, "aside") == ["Список литературы", "Иванов А.Б. Культура. М., 2019."]
    assert texts(cleaned, "body") == [body]


def test_back_matter_heading_before_the_text_is_not_an_aside() -> None:
    cleaned = clean(f"About the authors\n{BODY}")
    assert texts(cleaned, "aside") == []
    assert BODY in texts(cleaned, "body")


def test_repeated_line_key_is_the_line_with_its_spaces_collapsed() -> None:
    pick = random.Random(7)
    alphabet = "aB Я.\t\u00a0\u2029\u1680\u3000\x85\x1c"
    for _ in range(5000):
        line = "".join(pick.choices(alphabet, k=pick.randint(0, 8)))
        assert _dedup_key(line) == " ".join(line.split()).casefold(), repr(line)


def test_a_line_repeated_with_other_spacing_and_case_is_dropped() -> None:
    cleaned = clean(f"{BODY}\n{BODY.upper().replace(' ', '  ')}\n")
    assert cleaned.text == BODY


def test_rows_of_names_and_numbers_at_the_end_are_a_table_not_tags() -> None:
    rows = ["130 Colin Montgomerie ( Britain ) 65 65", "132 Bernhard Langer ( Germany ) 66 66"]
    cleaned = clean("Golf in Stuttgart\nLeading scores after the second round:\n" + "\n".join(rows))
    assert texts(cleaned, "metadata", "tags") == []
    assert [row in texts(cleaned, "body") + texts(cleaned, "heading") for row in rows] == [
        True,
        True,
    ]


def test_a_sites_page_data_is_never_the_title() -> None:
    chrome = "Server: web-03.example.org Generated in: 0.42 s Render date: 2023-05-01T08:00:00Z"
    cleaned = clean(f"{chrome}\nCultural Cooperation between Kazakhstan and Italy\n{BODY}")
    assert texts(cleaned, "title") == ["Cultural Cooperation between Kazakhstan and Italy"]
    assert "web-03" not in cleaned.text


def test_page_data_before_text_on_one_line_leaves_the_text() -> None:
    cleaned = clean(f"Concert in Rome\nBuild: 3f9a2c1d Session id: a81-ff2b-99 {BODY}")
    assert texts(cleaned, "body") == [BODY]


def test_a_headline_run_twice_before_the_headline_is_a_ticker() -> None:
    ticker = "Ministers discussed new flights between Almaty and Rome at a meeting"
    cleaned = clean(f" date 2024-03-03 {ticker}{ticker}\nConcert of Kazakh Music in Rome\n{BODY}")
    assert texts(cleaned, "title") == ["Concert of Kazakh Music in Rome"]
    assert "flights" not in cleaned.text
    assert texts(cleaned, "metadata", "date") == ["date 2024-03-03"]


def test_a_title_printed_twice_on_its_line_before_the_text_is_the_title() -> None:
    title = "Concert of Kazakh Music in Rome opens the season of the Embassy"
    cleaned = clean(f"{title} {title}\n{BODY}")
    assert texts(cleaned, "title") == [title]


def test_two_words_the_text_follows_at_once_are_the_title_not_a_menu_item() -> None:
    cleaned = clean(f"Home\nCulture\nFruitful cooperation\n{BODY}")
    assert texts(cleaned, "title") == ["Fruitful cooperation"]
    assert "Culture" not in cleaned.text.split("\n")
    # in a run of short lines the same two words are a menu item
    cleaned = clean(f"Fruitful cooperation\nNews\nConcert in Rome\n{BODY}")
    assert texts(cleaned, "title") == ["Concert in Rome"]


def test_a_menu_item_after_a_date_header_is_no_title() -> None:
    cleaned = clean(f" date 2024-07-10 EN\nConcert of Kazakh music in Rome\n{BODY}")
    assert texts(cleaned, "title") == ["Concert of Kazakh music in Rome"]
    assert texts(cleaned, "metadata", "date") == ["date 2024-07-10"]


def test_a_sentence_about_the_weather_is_no_widget() -> None:
    line = "The temperature was 30 °C"
    cleaned = clean(f"Concert in Rome\n{line}\n{BODY}")
    assert line in cleaned.text


def test_a_date_above_the_title_that_the_text_repeats_dates_the_article() -> None:
    text = f"On 12 October 2006, {BODY}"
    cleaned = clean(f"Thursday, 12 October 2006\nFruitful cooperation\n{text}")
    assert texts(cleaned, "metadata", "dateline") == ["Thursday, 12 October 2006"]
    assert texts(cleaned, "title") == ["Fruitful cooperation"]
    # among the menus, or above a text that tells of other days: the site's current date
    for page in (f"Thursday, 12 October 2006\nNews\nFruitful cooperation\n{text}",
                 f"Monday, 7 October 2024\nFruitful cooperation\n{text}"):
        assert texts(clean(page), "metadata", "banner")


def test_a_title_printed_twice_stays_when_a_dateline_and_headings_follow() -> None:
    title = "Concert of Kazakh Music in Rome opens the season of the Embassy"
    page = f"{title}{title}\nROME, 3 March 2024 - {BODY}\nThe Programme of the Evening\n{BODY}"
    cleaned = clean(page)
    assert texts(cleaned, "title") == [title]


def test_a_date_stamp_between_the_title_and_the_text_is_the_documents() -> None:
    # the section name stands in display type, so it is taken as the title; the stamp
    # under it still dates the article, while a stamp after the text has begun does not
    stamp = "MARCH 14, 2021 / 9:30 AM / Updated 2 years ago"
    headline = "Museums open a joint exhibition"
    cleaned = clean(f"Culture\n{stamp}\n{headline}\n{BODY}", display=("Culture",))
    assert texts(cleaned, "title") == ["Culture"]
    assert texts(cleaned, "metadata", "dateline") == [stamp]
    later = clean(f"Museums open a joint exhibition\n{BODY}\n{stamp}\n{BODY.upper()}")
    assert texts(later, "metadata", "dateline") == []
