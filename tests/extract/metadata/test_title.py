"""Title: the headline, never a furniture line; the reader's title first."""

from __future__ import annotations

from briefing.clean import clean_document
from briefing.extract.metadata.title import extract_title
from briefing.extract.text.document import Document
from briefing.ingest.base import RawDocument

BODY = "The Embassy of Kazakhstan held a concert of Kazakh music in Rome on Friday evening."


def title(text: str, **raw: object) -> str | None:
    document = RawDocument(text=text, format="txt", **raw)  # type: ignore[arg-type]
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


def test_text_starting_with_a_paragraph_has_no_title() -> None:
    assert title(f"{BODY} {BODY}") is None
