"""Publication date: only a full date the document states as its own."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.clean import clean_document
from briefing.extract.metadata.published import extract_published
from briefing.extract.text.document import Document
from briefing.ingest.base import PageFind, RawDocument

BODY = "The delegation visited the university and met students from Germany and Italy."


def published(text: str, **raw: object) -> dt.date | None:
    document = RawDocument(text=text, format="txt", **raw)  # type: ignore[arg-type]
    found = extract_published(Document(cleaned=clean_document(document), raw=document))
    if found.published_evidence:
        ev = found.published_evidence[0]
        assert (
            found.published is None or ev.text == clean_document(document).text[ev.start : ev.end]
        )
    return found.published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f" date 2024-07-10 {BODY}", dt.date(2024, 7, 10)),
        (
            f"Overview\n{BODY}\nCreated at : 3.03.2017, 00:00, Updated at : 5.04.2017, 18:14",
            dt.date(2017, 3, 3),
        ),
        (f"Bloggers arrive\n17 October, 2013\n{BODY}", dt.date(2013, 10, 17)),
        (f"16:35, 24 September 2020 | GMT +6\nHall opens\n{BODY}", dt.date(2020, 9, 24)),
        (f"Title of the paper\nPublication date: 12 July 2021\n{BODY}", dt.date(2021, 7, 12)),
        (f"Title of the paper\nPublished online: 22 August 2023\n{BODY}", dt.date(2023, 8, 22)),
        (f"3 февраля, 2015. Астана. Сегодня состоялась встреча. {BODY}", dt.date(2015, 2, 3)),
        (f"Встреча в Берлине\nОпубликовано: 14 октября 2016 года\n{BODY}", dt.date(2016, 10, 14)),
        (f"Forum\n[Source]  Institute [Time]  2018-09-20 13:27:35\n{BODY}", dt.date(2018, 9, 20)),
    ],
)
def test_stated_publication_dates(text: str, expected: dt.date) -> None:
    assert published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Title of the paper\nPublished September 2025\n{BODY}",
        f"Kazakhstan and Italy\n25 June, 16:55 670\n{BODY}",
        f"Title of the paper\nReceived: 12 March 2020; Accepted: 3 May 2020\n{BODY}",
        f"Monday, 12 March 2024\nConcert in Rome\n{BODY}",
        f"Concert in Rome\n{BODY} The concert took place on 14 October 2016 in Rome.",
        f"Астана. 3 декабря. KAZAKHSTAN TODAY - {BODY}",
        f"Статья\nПоступила в редакцию 12.03.2020\n{BODY}",
    ],
    ids=[
        "month-year",
        "day-month",
        "received-accepted",
        "banner",
        "event",
        "ru-day-month",
        "ru-received",
    ],
)
def test_no_publication_date(text: str) -> None:
    assert published(text) is None


def test_day_first_numeric_date() -> None:
    assert published(f"Overview\n{BODY}\nCreated at : 3.04.2017, 00:00") == dt.date(2017, 4, 3)


def test_updated_date_is_kept_apart() -> None:
    document = RawDocument(
        text=f"Overview\n{BODY}\nCreated at : 3.03.2017, Updated at : 5.04.2017", format="txt"
    )
    found = extract_published(Document(cleaned=clean_document(document), raw=document))
    assert (found.published, found.updated) == (dt.date(2017, 3, 3), dt.date(2017, 4, 5))
    assert found.updated_evidence[0].text == "5.04.2017"


def test_odd_date_form_in_a_stated_field_goes_to_the_fallback() -> None:
    assert published(f"Concert in Rome\nPublished: 2023/08/22\n{BODY}") == dt.date(2023, 8, 22)


def test_reader_metadata_wins() -> None:
    assert published(f" date 2024-07-10 {BODY}", published=dt.date(2024, 7, 9)) == dt.date(
        2024, 7, 9
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Baku meeting\nБаку, 30 ноября 2023 года – {BODY}", dt.date(2023, 11, 30)),
        (f"Title of the paper\nPublished online by a University Press:  22 August 2023\n{BODY}",
         dt.date(2023, 8, 22)),
        (f"Kazakh students learn Farsi\n2021 жылдың 11 қазан 2021 22:18\n{BODY}",
         dt.date(2021, 10, 11)),
        (f"News\nCreated\nOrigin\n2008-10-28 08:29:00\nEmbassy Astana\n{BODY}",
         dt.date(2008, 10, 28)),
        (f"Forum\nPublication date :  3/15/2021\n{BODY}", dt.date(2021, 3, 15)),
    ],
)
def test_datelines_fields_and_stamps_of_many_sites(text: str, expected: dt.date) -> None:
    assert published(text) == expected


def test_a_page_search_date_the_main_text_states_as_another_date_is_not_published() -> None:
    text = f"Paper\nReceived: 03.06.2021; Accepted: 14.06.2021.\n{BODY}"
    def search() -> PageFind:
        return PageFind(dt.date(2021, 6, 3), marked=False, updated=None)

    assert published(text, page_search=search) is None
    assert published(f"Paper\n{BODY}", page_search=search) == dt.date(2021, 6, 3)
    event = f"Concert in Rome\n{BODY} The concert took place on 3 June 2021 in Rome."
    assert published(event, page_search=search) is None


def test_a_page_search_date_on_a_line_of_its_own_is_published() -> None:
    # a date line the cascade does not take ("Wed, 19 Oct 2022 14:24:05 +0000" as a
    # page's whole text, a label in another language) states no other date
    def search() -> PageFind:
        return PageFind(dt.date(2022, 10, 19), marked=False, updated=None)

    assert published("Wed, 19 Oct 2022 14:24:05 +0000", page_search=search) == dt.date(2022, 10, 19)
    assert published(f"Konzert\nDatum: 19.10.2022\n{BODY}", page_search=search) == dt.date(
        2022, 10, 19
    )
    # but a range of days on its own line is the span of the events
    assert published(f"Konzert\nDates: 17-19 October, 2022\n{BODY}", page_search=search) is None


def test_a_date_the_page_marks_as_its_own_stands_even_in_running_text() -> None:
    # a byline run into the text by the extractor ("by A. Nurov Monday, 18 November 2019 …")
    def search() -> PageFind:
        return PageFind(dt.date(2019, 11, 18), marked=True, updated=None)

    text = f"Rocket\nby A. Nurov Monday, 18 November 2019 {BODY} It flew on 18 November 2019."
    assert published(text, page_search=search) == dt.date(2019, 11, 18)
    # but not a range of days, nor a field that says what its date is
    assert published(f"Rocket\nDates: 17-18 November 2019\n{BODY}", page_search=search) is None
    assert published(f"Rocket\nReceived: 18.11.2019\n{BODY}", page_search=search) is None


def test_only_a_date_of_change_dates_the_document() -> None:
    document = RawDocument(text=f"Overview\n{BODY}\nUpdated at : 5.04.2017", format="txt")
    found = extract_published(Document(cleaned=clean_document(document), raw=document))
    assert (found.published, found.updated) == (dt.date(2017, 4, 5), dt.date(2017, 4, 5))
    assert [ev.text for ev in found.published_evidence] == ["5.04.2017"]


def test_kazakh_month_names_add_no_language_to_detect() -> None:
    from briefing.extract.metadata.language import supported_languages

    assert supported_languages() == ("en", "ru")


def test_the_day_in_the_documents_own_address_dates_it_without_evidence() -> None:
    url = "https://example.org/news/2019/07/01/embassy-concert"
    document = RawDocument(text=f"Concert in Rome\n{BODY}", format="json", url=url)
    found = extract_published(Document(cleaned=clean_document(document), raw=document))
    assert (found.published, found.published_evidence) == (dt.date(2019, 7, 1), [])
    assert published(f"Concert\n{BODY}", url="https://example.org/2019-07-01-concert") == dt.date(
        2019, 7, 1
    )
    # a stated date wins; a month path or a figure is no day
    assert published(f" date 2024-07-10 {BODY}", url=url) == dt.date(2024, 7, 10)
    assert published(f"Concert\n{BODY}", url="https://example.org/2019/07/concert") is None
    assert published(f"Concert\n{BODY}", url="https://example.org/item/2019-13-45") is None


def test_a_page_search_date_that_opens_a_top_line_before_a_separator_is_its_stamp() -> None:
    def search() -> PageFind:
        return PageFind(dt.date(2018, 10, 5), marked=False, updated=None)

    stamp = f"Arrombamento\n05.10.2018 - Publicado por: Clarissa Borba - Categoria: Saúde\n{BODY}"
    assert published(stamp, page_search=search) == dt.date(2018, 10, 5)
    # further down, a line opening with a date is a programme's item
    lines = "\n".join(f"{BODY[:-1]} on day {n} of the visit." for n in range(1, 6))
    programme = f"Festival\n{lines}\n05.10.2018 - Opening of the festival"
    assert published(programme, page_search=search) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare word "date" begins the label; the field is still the publication date
        (f"Embassy news\nДата публикации: 17.02.2022\nPresentation\n{BODY}", dt.date(2022, 2, 17)),
        (f"Title\nDate published: 3 May 2020\n{BODY}", dt.date(2020, 5, 3)),
        # bylines: a name then the next field, or the day at the byline's end
        (
            f"Opinion\nTitle\nBy John Smith | Published: 04:12 PM, Jul 7, 2021\n{BODY}",
            dt.date(2021, 7, 7),
        ),
        (
            f"Title\nBy Aigerim Seisembayeva in Nation on 14 February 2023\n{BODY}",
            dt.date(2023, 2, 14),
        ),
        (f"Заголовок статьи\nАвтор: Иван Петров, 7 июля 2021, 10:12\n{BODY}", dt.date(2021, 7, 7)),
        # an agency dateline whose date follows the city ("November" is no country)
        (f"Title\nSEOUL, November 8, 2022 (Trend) — {BODY}", dt.date(2022, 11, 8)),
        # a page's counter beside the date
        (f"Title of the news\nПросмотров: 345 | 07.07.2021\n{BODY}", dt.date(2021, 7, 7)),
        # fields joined by stops: the third is the publication date
        (
            "Title\nПоступила: 03.09.2020. Принята: 11.12.2020. "
            f"Опубликовано онлайн: 14.02.2021\n{BODY}",
            dt.date(2021, 2, 14),
        ),
        # an event card's "Date:" is the event's
        (f"Upcoming events\nConcert\nDate: 15 May 2024, 19:30\nVenue: Musikverein\n{BODY}", None),
        (f"Афиша\nКонцерт\nДата: 15 мая 2024 | Место проведения: Вена\n{BODY}", None),
        (f"News\nConcert\nDate: 15 May 2024\n{BODY}\nThe venue was full.", dt.date(2024, 5, 15)),
        # a date stamp that a separator closes, before the title; not a banner of rates
        (f"OCTOBER 3, 2019 / 11:02 AM / Updated 4 years ago\nTitle\n{BODY}", dt.date(2019, 10, 3)),
        (f"12.03.2024 | Politics\nTitle of the news\n{BODY}", dt.date(2024, 3, 12)),
        (f"Новости | 5 июня 2023 г. | Просмотров: 120\nTitle\n{BODY}", dt.date(2023, 6, 5)),
        (f"Other headline of the day here | 5 June 2023\nTitle\n{BODY}", None),
        # a journal's history: revised and accepted dates pass, "Available online" counts
        (
            "Title\nArticle history: Received 12 May 2019; Received in revised form 3 July "
            f"2019; Accepted 9 July 2019; Available online 20 July 2019\n{BODY}",
            dt.date(2019, 7, 20),
        ),
        (f"Title\nСтатья получена: 12.05.2019; принята: 09.07.2019\n{BODY}", None),
        (f"PRESS RELEASE\nFor immediate release: 4 May 2022\nTitle\n{BODY}", dt.date(2022, 5, 4)),
        # a place and a full date alone on a line: where and when a statement was issued
        (f"Statement\nRemarks\nNew York, 5 October 2022\n{BODY}", dt.date(2022, 10, 5)),
        (f"Выступление\nНа заседании\nНью-Йорк, 5 октября 2022 г.\n{BODY}", dt.date(2022, 10, 5)),
        (f"Dissertation on cultural diplomacy\nAlmaty, 2021\n{BODY}", None),
        (f"5 December 2023 | USD 460.12 | EUR 497.30\nTitle of the news\n{BODY}", None),
        # a sentence that opens with "By" and ends with a date is no byline
        (f"Title\nBy the end of the talks the sides agreed on 14 February 2023\n{BODY}", None),
    ],
)
def test_fields_bylines_and_stamps_of_held_out_pages(text: str, expected: dt.date | None) -> None:
    assert published(text) == expected
