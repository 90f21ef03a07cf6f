"""Title: the headline, never a furniture line; the reader's title first."""

from __future__ import annotations

import datetime as dt

from briefing import parse_text
from briefing.clean import clean_document
from briefing.compose import build_briefing
from briefing.extract.metadata.title import extract_title
from briefing.extract.text.document import Document
from briefing.ingest.base import RawDocument
from briefing.options import BuildOptions

BODY = "The Embassy of Kazakhstan held a concert of Kazakh music in Rome on Friday evening."


def title(text: str, *, format: str = "txt", **raw: object) -> str | None:
    document = RawDocument(text=text, format=format, **raw)  # type: ignore[arg-type]
    cleaned = clean_document(document)
    found, spans = extract_title(Document(cleaned=cleaned, raw=document))
    for ev in spans:
        assert cleaned.text[ev.start : ev.end] == ev.text
    return found


def test_headline_after_menu_and_widgets() -> None:
    assert (
        title(f"Home\nNews\n493.85\nConcert of Kazakh music in Rome\n{BODY}")
        == "Concert of Kazakh music in Rome"
    )


def test_title_printed_twice_on_one_line() -> None:
    line = "Concert of Kazakh music held in Rome by the Embassy"
    assert title(f"{line}{line}\n{BODY}") == line


def test_reader_title_wins() -> None:
    assert title(f"Concert in Rome\n{BODY}", title="Kazakh music in Rome") == "Kazakh music in Rome"


def test_a_files_property_title_counts_only_where_the_text_prints_it() -> None:
    stale = "Template for embassy notes"
    for format in ("docx", "pdf"):
        assert title(f"Concert in Rome\n{BODY}", format=format, title=stale) == "Concert in Rome"
        assert title(f"{BODY} {BODY}", format=format, title=stale) == stale
        printed = "Kazakh music in Rome"
        assert title(f"Concert\n{printed}\n{BODY}", format=format, title=printed) == printed
    assert title(f"Concert in Rome\n{BODY}", format="html", title=stale) == stale


def test_text_starting_with_a_paragraph_has_no_title() -> None:
    assert title(f"{BODY} {BODY}") is None


def test_a_stated_title_of_page_data_gives_way_to_the_headline() -> None:
    stated = "Server: web-03.example.org Generated in: 0.42 s Cache hit: true"
    assert title(f"Concert in Rome\n{BODY}", title=stated) == "Concert in Rome"


def test_a_built_briefing_shows_the_headline_under_a_sites_page_data() -> None:
    chrome = "Node: app-7c9f4e Built at: 2023-05-01T08:00:00Z Preview: false"
    headline = "Kazakhstan and Italy Expand Cultural Cooperation"
    text = f"{chrome}\n{headline}\n{BODY} Italian students performed works of Kazakh composers."
    record = parse_text(text, path="page.txt")
    assert record.title == headline
    assert "app-7c9f4e" not in record.text
    created = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    built = build_briefing([record], options=BuildOptions(created=created))
    assert [source.title for source in built.sources] == [headline]


def test_a_stated_title_of_furniture_or_a_whole_paragraph_gives_way() -> None:
    for stated in ("Back to top", "493.85", " ".join([BODY] * 3)):
        assert title(f"Concert in Rome\n{BODY}", title=stated) == "Concert in Rome"


def test_a_stated_headline_with_stops_in_it_stays() -> None:
    stated = "Kazakh Music Comes to Rome. The Embassy Is Ready."
    assert title(f"Concert in Rome\n{BODY}", title=stated) == stated


def test_a_line_without_a_word_is_no_title() -> None:
    assert title(f"| | |\nA | A | A\n{BODY}", main_text=True) is None
