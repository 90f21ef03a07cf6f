"""Dates inside the text: precision kept, partial dates resolved or left partial."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from briefing import parse_text
from briefing.clean import clean_document
from briefing.clean.date_patterns import _anchors, vocabulary
from briefing.clean.date_patterns import find_dates as find_spans
from briefing.extract.metadata.dates import find_dates
from briefing.extract.metadata.language import detect_language
from briefing.extract.text.document import Document
from briefing.ingest.base import RawDocument
from briefing.schema import DateMention


def mentions(text: str, published: dt.date | None = None) -> list[DateMention]:
    raw = RawDocument(text=text, format="txt")
    cleaned = clean_document(raw)
    lang = detect_language(cleaned.text)
    doc = Document(cleaned=cleaned, raw=raw, published=published, lang=lang)
    found = find_dates(doc)
    for mention in found:
        ev = mention.evidence[0]
        assert doc.text[ev.start : ev.end] == ev.text
    return found


def values(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(m.evidence[0].text, m.date.value, m.date.precision) for m in mentions(text, published)]


def test_english_forms_keep_their_precision() -> None:
    text = "Forum in Astana\nOn October 14, 2016 a program for 2014-2016 was signed; "
    text += "in April 2010 and in 2018 too."
    assert values(text) == [
        ("October 14, 2016", "2016-10-14", "day"),
        ("2014-2016", "2014/2016", "range"),
        ("April 2010", "2010-04", "month"),
        ("2018", "2018", "year"),
    ]


def test_russian_forms_keep_their_precision() -> None:
    text = "Форум в Астане\n3 февраля, 2015 и 14 октября 2016 года, "
    text += "в апреле 2010 г., в 2016 году, 03.02.2015."
    assert values(text) == [
        ("3 февраля, 2015", "2015-02-03", "day"),
        ("14 октября 2016 года", "2016-10-14", "day"),
        ("апреле 2010 г.", "2010-04", "month"),
        ("2016 году", "2016", "year"),
        ("03.02.2015", "2015-02-03", "day"),
    ]


def test_russian_year_is_never_a_relative_date() -> None:
    found = mentions("Форум в Астане\nВстреча прошла в 2019 году в Астане.")
    assert [(m.date.value, m.date.start) for m in found] == [("2019", dt.date(2019, 1, 1))]


def test_partial_date_resolved_against_publication_date() -> None:
    found = mentions(
        "Forum in Astana\nThe forum opened on August 26 in Almaty.", published=dt.date(2021, 9, 2)
    )
    assert [(m.date.value, m.resolved_from) for m in found] == [("2021-08-26", "published")]


def test_partial_date_near_new_year_takes_the_previous_year() -> None:
    found = mentions(
        "Forum in Astana\nThe forum opened on 30 December in Almaty.", published=dt.date(2022, 1, 3)
    )
    assert found[0].date.value == "2021-12-30"


def test_unresolvable_partial_date_stays_partial() -> None:
    found = mentions("Forum in Astana\nThe forum opens on August 26 in Almaty.")
    assert [(m.date.value, m.date.precision, m.date.start) for m in found] == [
        ("--08-26", "partial", None)
    ]


def test_weekday_resolves_a_partial_date_when_one_year_fits() -> None:
    text = "Forum in Astana\nLast Wednesday (30 June) the forum of 2021 opened in Astana."
    found = mentions(text)
    assert (found[0].date.value, found[0].resolved_from) == ("2021-06-30", "weekday")


def test_weekday_that_fits_no_mentioned_year_leaves_it_partial() -> None:
    found = mentions("Forum in Astana\nLast Thursday (30 June) the forum of 2021 opened.")
    assert found[0].date.precision == "partial"


def test_day_ranges() -> None:
    assert values("Forum in Astana\nThe congress is held on September 17-18, 2025 in Astana.") == [
        ("September 17-18, 2025", "2025-09-17/2025-09-18", "range")
    ]
    assert values("Forum in Astana\nThe days run from December 2 to December 5.")[0][1:] == (
        "--12-02/--12-05",
        "partial",
    )


def test_numbers_that_are_not_dates() -> None:
    text = "Forum in Astana\nIt cost £41 over five years; 1000 students; phone 8 7172 555, 5.5 %."
    assert values(text) == []
    # "march" is no month without a year; "next year" is a relative date, left open
    assert values("Forum in Astana\nMay we meet in march of next year?") == [
        ("next year", "+P1Y", "relative")
    ]


def test_words_in_a_month_slot_must_be_months() -> None:
    spans = [(d.start, d.end, d.precision) for d in find_spans("May 5 to Astana 7, 2019")]
    assert spans == [(0, 5, "partial")]  # not a range ending in "Astana 7"
    assert find_spans("14 people came, 3 Marches 2020, Mayo 5") == []
    assert [(d.month, d.day) for d in find_spans("on 2 of MAY and 3 мая")] == [(5, 2), (5, 3)]


def test_weekday_named_before_a_date() -> None:
    assert [d.weekday for d in find_spans("Friday, 3 May 2019; Fries 4 May 2019")] == [5, None]


def test_invalid_calendar_dates_are_not_dates() -> None:
    assert find_spans("on 31.02.2019") == []
    assert [d.precision for d in find_spans("on 30 February 2020")] == ["month"]


def test_dates_of_titles_and_date_lines_are_mentions_banners_are_not() -> None:
    found = mentions(" date 2024-07-10 The forum opened on 14 October 2016 in Rome.")
    assert [m.date.value for m in found] == ["2024-07-10", "2016-10-14"]
    title = mentions("Embassy closed on 16 December 2024\nThe Embassy will not receive visitors.")
    assert [m.date.value for m in title] == ["2024-12-16"]
    banner = mentions("Monday, 7 October 2024\nNews\nForum in Rome\nThe forum opened in Rome.")
    assert banner == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("friday, 03 september 2014", "2014-09-03"),
        ("Tuesday Jul 22, 2014", "2014-07-22"),
        ("21 сентября 2021г., вторник", "2021-09-21"),
    ],
)
def test_a_date_line_with_a_weekday_that_no_content_follows_is_no_banner(
    text: str, value: str
) -> None:
    # a banner is the site's date above the page's content; alone, the line is the date
    assert [m.date.value for m in mentions(text)] == [value]
    assert parse_text(text).published == dt.date.fromisoformat(value)


def test_a_day_and_month_take_the_year_stated_earlier_in_their_sentence() -> None:
    found = mentions("Forum\nThe exhibition opened on 15 March 2016 and closed on 30 April.")
    assert [(m.date.value, m.resolved_from) for m in found] == [
        ("2016-03-15", "text"),
        ("2016-04-30", "context"),
    ]
    # not across a sentence, and not backwards in the year
    apart = mentions("Forum\nIt opened on 15 March 2016. It closed on 30 April.")
    assert apart[1].date.precision == "partial"
    earlier = mentions("Forum\nIt opened on 15 March 2016 after a preview on 2 February.")
    assert earlier[1].date.precision == "partial"


def test_ambiguous_numeric_dates_follow_the_document_then_the_language() -> None:
    us = mentions("Forum\nThe forum opened on March 3, 2017; the session followed on 04/05/2017.")
    assert (us[1].date.value, us[1].reading, us[1].reading_cue) == ("2017-04-05", "mdy", "document")
    eu = mentions("Forum\nThe forum opened on 3 March 2017; the session followed on 04/05/2017.")
    assert (eu[1].date.value, eu[1].reading, eu[1].reading_cue) == ("2017-05-04", "dmy", "document")
    alone = mentions("Forum\nThe session was held on 04/05/2017 in the capital.")
    assert (alone[0].date.value, alone[0].reading_cue) == ("2017-04-05", "language")
    ru = mentions("Форум\nСессия прошла 04/05/2017 в столице.")
    assert (ru[0].date.value, ru[0].reading, ru[0].reading_cue) == ("2017-05-04", "dmy", "language")
    plain = mentions("Forum\nThe session was held on 25/12/2017 in the capital.")
    assert (plain[0].date.value, plain[0].reading) == ("2017-12-25", None)


def test_relative_dates_resolve_against_published_else_reference_else_stay_relative() -> None:
    from briefing import ParseOptions, parse_text

    text = "Forum in Rome\nTwo days ago the Ambassador met students. Last week a centre opened."
    published = parse_text("date 2024-05-10\n" + text.split("\n", 1)[1])
    assert [(m.date.value, m.date.precision, m.resolved_from) for m in published.dates][1:] == [
        ("2024-05-08", "day", "published"),
        ("2024-W18", "week", "published"),
    ]
    week = published.dates[2].date
    assert (week.start, week.end) == (dt.date(2024, 4, 29), dt.date(2024, 5, 5))
    options = ParseOptions(reference_date=dt.date(2023, 1, 4))
    referenced = parse_text(text, options=options)
    assert [(m.date.value, m.resolved_from) for m in referenced.dates] == [
        ("2023-01-02", "reference"),
        ("2022-W52", "reference"),
    ]
    unresolved = parse_text(text)
    assert [(m.date.value, m.date.precision, m.relative) for m in unresolved.dates] == [
        ("-P2D", "relative", "-P2D"),
        ("-P1W", "relative", "-P1W"),
    ]
    assert all(m.date.start is None for m in unresolved.dates)


def test_russian_relative_dates() -> None:
    text = (
        "Форум\nВчера посол встретился со студентами, 2 дня назад открылся центр, "
        "а в прошлом году подписан меморандум."
    )
    found = mentions(text, published=dt.date(2024, 5, 10))
    assert [(m.evidence[0].text, m.date.value) for m in found] == [
        ("Вчера", "2024-05-09"),
        ("2 дня назад", "2024-05-08"),
        ("в прошлом году", "2023"),
    ]


def test_every_evidence_span_of_a_record_slices_its_text() -> None:
    from briefing import parse_text

    text = (
        " date 2024-07-10 ASTANA. KAZINFORM - The Embassy of Kazakhstan in Italy held a forum "
        "on 14 October 2016 and Last Wednesday (30 June).\nRelated articles\nOther news"
    )
    record = parse_text(text)
    assert record.published == dt.date(2024, 7, 10)
    for ev in record.evidence_items():
        assert record.text[ev.start : ev.end] == ev.text


def _plain_anchors(text: str, start: int, end: int) -> list[int]:
    """The definition the date finder's anchors keep: a number not glued to a word before
    it, or a month name (a whole word) before ``.``, ``,``, spaces and a number."""
    months = vocabulary().months
    first = "[0-9" + re.escape("".join(sorted({name[0] for name in months}))) + "]"
    word = r"(?<![0-9])[^\W\d_]*(?![^\W\d_])(?=\.?,?\s+[0-9])"
    pattern = re.compile(rf"{first}(?<![^\W_]{first})(?:(?<=[0-9])\d*|{word})")
    return [
        m.start()
        for m in pattern.finditer(text, start, end)
        if m.group()[0].isdigit() or m.group() in months
    ]


def test_date_anchors_are_numbers_and_month_names_before_numbers() -> None:
    pick = random.Random(8)
    pieces = ["May", "мая", "Jan.", "june", "Mayo", "5", "12", "٣", "2016", " ", "  ", ",", ".",
              "\n", "x", "_", "²", "-", "(", "September"]
    for _ in range(3000):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(1, 8)))
        start = pick.randint(0, len(text))
        end = pick.randint(start, len(text))
        assert list(_anchors(text, start, end)) == _plain_anchors(text, start, end), (
            text, start, end,
        )


def test_without_document_cues_the_web_address_country_reads_numeric_dates() -> None:
    def reading(url: str | None) -> tuple[str, str | None, str | None]:
        raw = RawDocument(text="Forum\nThe session was held on 04/05/2017 here.", format="txt",
                          url=url)
        doc = Document(cleaned=clean_document(raw), raw=raw, lang="en")
        [mention] = find_dates(doc)
        return mention.date.value, mention.reading, mention.reading_cue

    assert reading("https://www.gov.uk/news/1") == ("2017-05-04", "dmy", "locale")
    assert reading("https://www.state.gov.us/x") == ("2017-04-05", "mdy", "locale")
    assert reading("https://example.io/x") == ("2017-04-05", "mdy", "language")
    assert reading(None) == ("2017-04-05", "mdy", "language")


def test_a_day_and_month_take_the_reference_year_when_nothing_dates_the_document() -> None:
    from briefing import ParseOptions, parse_text

    text = "Forum in Rome\nI have a meeting on 10 of July with the delegation."
    assert [m.date.value for m in parse_text(text).dates] == ["--07-10"]
    options = ParseOptions(reference_date=dt.date(2024, 5, 10))
    [mention] = parse_text(text, options=options).dates
    assert (mention.date.value, mention.resolved_from) == ("2024-07-10", "reference")


@pytest.mark.parametrize(("text", "expected"), [
    ("Date: 3 March 2017\nThe delegations met in Yerevan on 26 August and discussed the "
     "festival.\nThe festival will be held on 26 August in Almaty.\n",
     ["2016-08-26", "2017-08-26"]),
    ("Дата: 3 марта 2017\nДелегации встретились в Ереване 26 августа.\n"
     "Фестиваль состоится 26 августа в Алматы.\n",
     ["2016-08-26", "2017-08-26"]),
    ("Date: 20 November 2019\nThe exhibition opens on 2 February with forty paintings.\n",
     ["2020-02-02"]),  # a sentence that says neither: the nearest year
])
def test_a_day_and_month_without_a_year_take_the_side_their_sentence_speaks_of(
        text: str, expected: list[str]) -> None:
    record = parse_text(text)
    assert record.published is not None
    inferred = [d for d in record.dates if d.resolved_from == "published"]
    assert [d.date.value for d in inferred] == expected


def test_a_word_in_ed_that_is_no_past_form_says_nothing_of_the_tense() -> None:
    record = parse_text("Date: 20 November 2019\nTwo hundred students visit the exhibition "
                        "on 2 February.\n")
    inferred = [d for d in record.dates if d.resolved_from == "published"]
    assert [d.date.value for d in inferred] == ["2020-02-02"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The treaty was signed on 17-06-2014 in Astana.", ["2014-06-17"]),
        ("The treaty was signed on 06-17-2014.", ["2014-06-17"]),
        ("Договор подписан 17-06-2014 в Астане.", ["2014-06-17"]),
        ("It opened in June of 2014.", ["2014-06"]),
        # a year after "of" that no month stands before is a year alone
        ("The agreement of 2014 was signed.", ["2014"]),
        # a run of numbers joined by hyphens is no date unless it ends in a year
        ("The score was 2-1 and the code 12-10-20.", []),
    ],
)
def test_dates_with_hyphens_and_a_month_of_its_year(text: str, values: list[str]) -> None:
    assert [m.date.value for m in mentions(text)] == values


def test_a_hyphenated_numeric_date_that_reads_both_ways_is_read_by_the_documents_cues() -> None:
    found = mentions("The forum opened on 25-03-2017 and closed on 03-04-2017.")
    assert [m.date.value for m in found] == ["2017-03-25", "2017-04-03"]
    assert found[1].reading == "dmy"
