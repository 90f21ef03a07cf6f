"""Figures: counts with what they count, qualifier and year; non-counts left out."""

from __future__ import annotations

from briefing.extract.facts.figures import extract_figures
from briefing.extract.metadata.dates import find_dates
from briefing.schema import Figure
from extract_helpers import make_doc


def figures(text: str, lang: str = "en") -> list[Figure]:
    doc = make_doc(text, lang=lang)
    found = extract_figures(doc, find_dates(doc))
    for figure in found:
        span = figure.evidence[0]
        assert text[span.start : span.end] == span.text == figure.text
    return found


def test_count_what_and_year_of_the_sentence() -> None:
    [figure] = figures("In 2016, 34 citizens of Georgia were studying at Latvian colleges.")
    assert (figure.value, figure.what, figure.year) == (34, "citizens", 2016)


def test_qualifiers_thousands_and_scales() -> None:
    found = figures(
        "More than 1200 Uzbeks study in Lithuania. Over 14,000 teachers trained in "
        "the programme. The fund spent 2.5 million euros."
    )
    assert [(f.value, f.qualifier, f.what) for f in found] == [
        (1200, "more_than", "Uzbeks"),
        (14000, "more_than", "teachers"),
        (2_500_000, "exact", "euros"),
    ]


def test_years_dates_ordinals_phones_sections_and_references_are_not_figures() -> None:
    found = figures(
        "The 100th anniversary was marked on 5 May 2015 and again in 2019. "
        "Call +7 (7172) 72-07-00. See section 3.2 and the survey [14]. The 25th festival."
    )
    assert found == []


def test_russian_counts_with_decimal_comma_and_spaced_thousands() -> None:
    found = figures(
        "Около 400 студентов учатся в Чехии. В 2018 году 2,5 млн человек посетили музеи. "
        "Свыше 12 000 специалистов прошли обучение. 75-летие театра отметили.",
        lang="ru",
    )
    assert [(f.value, f.qualifier, f.what, f.year) for f in found] == [
        (400, "about", "студентов", None),
        (2_500_000, "exact", "человек", 2018),
        (12000, "more_than", "специалистов", None),
    ]


def test_percent_counts_its_noun() -> None:
    [figure] = figures("About 30% of graduates found jobs abroad.")
    assert (figure.value, figure.what, figure.qualifier) == (30, "% graduates", "about")
