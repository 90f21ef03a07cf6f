"""Events: the event phrase, where, when and who of its sentence."""

from __future__ import annotations

from briefing.extract.facts.events import extract_events
from briefing.extract.metadata.dates import find_dates
from briefing.schema import Event
from extract_helpers import make_doc


def events(text: str, lang: str = "en") -> list[Event]:
    doc = make_doc(text, lang=lang)
    found = extract_events(doc, find_dates(doc))
    for event in found:
        span = event.evidence[0]
        assert text[span.start : span.end] == span.text == event.what
    return found


def test_event_phrase_place_date_and_people() -> None:
    [event] = events(
        "On 4 June 2018, Rector Bolat Seitkali opened an international scientific "
        "conference of young historians in Prague."
    )
    assert event.what == "international scientific conference of young historians"
    assert event.where == "Prague"
    assert event.when is not None and event.when.value == "2018-06-04"
    assert event.who == ["Bolat Seitkali"]


def test_sentence_without_event_word_gives_nothing() -> None:
    assert events("The ministry published its annual report in Prague.") == []


def test_russian_days_of_culture_in_the_nominative_place() -> None:
    [event] = events("12 апреля 2017 года в Вене прошли Дни культуры Казахстана.", lang="ru")
    assert event.what == "Дни культуры Казахстана"
    assert event.where == "Вена"
    assert event.when is not None and event.when.value == "2017-04-12"
