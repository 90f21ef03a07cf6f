"""Page-layout repair: hard wraps, hyphenation, page numbers, OCR slips."""

from __future__ import annotations

from briefing.clean import clean_document
from briefing.clean.pdf_text import looks_hard_wrapped, repair_layout
from briefing.ingest.base import RawDocument

WRAPPED = """The cultural and humanitarian cooperation of the two states has grown in
recent years, and the universities of both countries exchange students and
teachers every year under the agreements signed by the ministries of
education. The inter-
national conferences held in Almaty brought together the Kazakh-
German research groups and the well-
known historians of the region, who discussed the archives of the
period and the history of the German community of Kazakhstan in the
twentieth century and its role in the cultural life of the country.
12
The second part of the study deals with the language courses offered by
the cultural centres of the two countries to the students of the region."""


def test_hard_wrapped_text_is_recognised() -> None:
    assert looks_hard_wrapped(WRAPPED)


def test_web_text_with_one_paragraph_a_line_is_not_hard_wrapped() -> None:
    paragraphs = [
        "The Ambassador met the Minister of Culture of Italy in Rome on Monday. " * 3,
        "They discussed the days of Kazakh culture planned for the autumn. " * 2,
        "Short line",
    ] * 4
    assert not looks_hard_wrapped("\n".join(paragraphs))


def test_broken_words_join_only_into_dictionary_words() -> None:
    repaired = repair_layout(WRAPPED)
    assert "international conferences" in repaired
    assert "Kazakh-German" in repaired
    assert "well-known" in repaired


def test_lines_join_into_paragraphs_and_page_numbers_go() -> None:
    repaired = repair_layout(WRAPPED)
    assert "\n12\n" not in repaired
    assert "grown in recent years" in repaired
    assert len(repaired.split("\n")) <= 3


def test_ocr_digit_for_letter_is_repaired_only_into_a_word() -> None:
    repaired = repair_layout("The c0operation of the count1es and the K2 peak in 2019.")
    assert "cooperation" in repaired
    assert "K2" in repaired and "2019" in repaired


def test_ocr_slips_are_repaired_at_every_place_of_a_chunk_and_of_the_text() -> None:
    # First and last word of the text, two words in one chunk, a word after a number.
    text = "c0operation in 2019-c0operation, c0operation/c0operation and c0operation"
    expected = "cooperation in 2019-cooperation, cooperation/cooperation and cooperation"
    assert repair_layout(text) == expected


def test_running_header_of_a_pdf_is_dropped() -> None:
    header = "Bulletin of the University. Series History"
    pages = "\n".join(f"{header}\nPage text number {n} ends here." for n in range(4))
    cleaned = clean_document(RawDocument(text=pages, format="pdf", layout=True))
    assert cleaned.text.count(header) <= 1


def test_date_lines_datelines_and_fields_keep_their_own_line() -> None:
    page = (
        "The Embassy of Kazakhstan and the Ministry of Culture of Azerbaijan\n"
        "2024-06-24 21:56\n"
        "Baku, 30 November 2023 - The Ambassador of Kazakhstan met the Minister of\n"
        "Culture of Azerbaijan and discussed the Days of Culture planned for the\n"
        "year ahead, with concerts and an exhibition of applied art in the capital\n"
        "Published online by the Embassy: 1 December 2023\n"
    )
    lines = repair_layout(page).split("\n")
    assert lines[1] == "2024-06-24 21:56"
    assert lines[2].startswith("Baku, 30 November 2023 - The Ambassador")
    assert lines[2].endswith("in the capital")
    assert lines[3] == "Published online by the Embassy: 1 December 2023"


def test_a_wrapped_sentence_ending_in_a_month_and_year_stays_one_line() -> None:
    page = (
        "The heating unit for pensioners in the region was approved by both sides and\n"
        "February 1998.\n"
    )
    page = page.replace("and\n", "and handed over to the regional administration in\n")
    assert repair_layout(page).split("\n")[0].endswith("administration in February 1998.")


def test_a_headline_in_large_type_is_one_line_of_its_own() -> None:
    body = (
        "The cultural and people-to-people contacts between Kazakhstan and India started\n"
        "in ancient times, continued through the ages and now they are the cornerstone of\n"
        "cooperation between the two countries, as the archives of both countries show."
    )
    lines = repair_layout("Cultural and People-to-People\nCooperation\n" + body).split("\n")
    assert lines[0] == "Cultural and People-to-People Cooperation"
    assert lines[1].startswith("The cultural and people-to-people contacts")
    dated = repair_layout("Concert in Rome\n2024-06-24 21:56\n" + body).split("\n")
    assert dated[:2] == ["Concert in Rome", "2024-06-24 21:56"]  # a date ends the headline


FULL = "The cultural and humanitarian ties of the two countries grew in the"


def test_with_marked_paragraphs_a_blank_line_breaks_and_every_other_line_wraps() -> None:
    page = (
        "Abstract\n\n"
        "The article examines the ties of two states.\n"  # ends a sentence, yet wraps
        "Both sides\n"  # short, yet wraps: the layout knows
        "agree.\n\n"
        "Keywords: culture"
    )
    assert repair_layout(page, paragraphs=True).split("\n") == [
        "Abstract",
        "",
        "The article examines the ties of two states. Both sides agree.",
        "",
        "Keywords: culture",
    ]


def test_at_a_page_start_the_words_decide() -> None:
    goes_on = f"{FULL}\n\fpast decade.\n\nNext."
    assert repair_layout(goes_on, paragraphs=True).startswith(f"{FULL} past decade.")
    ends = f"{FULL} past decade.\n\fNew paragraph on the second page.\n\nNext."
    assert "decade.\nNew paragraph" in repair_layout(ends, paragraphs=True)


def test_a_number_ending_a_wrapped_line_is_no_page_number() -> None:
    page = "Cappadocia Journal of Area Studies, vol. 3, no.\n1\n\nThe text."
    repaired = repair_layout(page, paragraphs=True)
    assert repaired.startswith("Cappadocia Journal of Area Studies, vol. 3, no. 1\n")


def test_lines_around_a_dropped_page_number_meet_at_a_page_start() -> None:
    page = f"{FULL}\n\n12\n\fpast decade, as the figures show.\n\nNext."
    assert repair_layout(page, paragraphs=True).startswith(f"{FULL} past decade, as")


def test_a_line_broken_after_a_dash_or_slash_inside_a_word_joins_unspaced() -> None:
    page = "relations of Kazakhstan, 1991–\n1995 gg. at https://\nexample.org"
    repaired = repair_layout(page, paragraphs=True)
    assert "1991–1995 gg." in repaired and "https://example.org" in repaired
    spaced = repair_layout("signed by the UKTI –\nwas held", paragraphs=True)
    assert spaced == "signed by the UKTI – was held"


def test_a_broken_word_the_text_writes_with_its_hyphen_keeps_it() -> None:
    page = "the socio-\ncultural ties and the inter-\nnational links; socio-cultural work"
    repaired = repair_layout(page, paragraphs=True)
    assert "socio-cultural ties" in repaired and "international links" in repaired


def test_an_ordinal_is_no_ocr_slip() -> None:
    repaired = repair_layout("Korea is Kazakhstan's 10th partner since the 15th anniversary.")
    assert "10th partner" in repaired and "15th anniversary" in repaired


def test_page_starts_reach_the_layout_repair_and_leave_no_form_feed() -> None:
    text = f"{FULL}\n\fpast decade."
    raw = RawDocument(text=text, format="pdf", layout=True, paragraphs=True)
    assert clean_document(raw).text == f"{FULL} past decade."
    plain = RawDocument(text="One page.\n\fTwo pages.", format="txt")
    assert "\f" not in clean_document(plain).text


def test_a_word_broken_with_unicode_or_soft_hyphens_is_joined() -> None:
    # WeasyPrint hyphenates with U+2010; other typesetters leave a soft hyphen (U+00AD)
    for hyphen in ("\u2010", "\u00ad"):
        text = f"Сотрудничество в гуманитарной сфере и между{hyphen}\nнародные выставки."
        raw = RawDocument(text=text, format="pdf", layout=True, paragraphs=True)
        assert "международные выставки" in clean_document(raw).text
    assert "the intergovernmental talks" in repair_layout("the inter\u2010\ngovernmental talks")
    assert "Kazakh\u2010German" in repair_layout("the Kazakh\u2010\nGerman society")


def test_with_marked_paragraphs_only_a_repeated_line_of_its_own_is_a_running_header() -> None:
    header = "Bulletin of the University. Series History"
    phrase = "programme of cooperation in education and"
    page = f"{header}\n\nThe ministries signed a\n{phrase}\nscience in year"
    pages = [f"{page} {n}." for n in range(3)]
    repaired = repair_layout("\n\f".join(pages), paragraphs=True)
    assert repaired.count(header) == 1
    assert repaired.count(f"a {phrase} science") == 3
