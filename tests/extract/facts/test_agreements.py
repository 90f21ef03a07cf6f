"""Agreements: name, type, parties, signing date, period and status."""

from __future__ import annotations

import random

from briefing.extract.facts.agreements import _status, _status_cues, extract_agreements
from briefing.extract.metadata.dates import find_dates
from briefing.schema import Agreement
from extract_helpers import make_doc


def agreements(text: str, lang: str = "en") -> list[Agreement]:
    doc = make_doc(text, lang=lang)
    found = extract_agreements(doc, find_dates(doc))
    for item in found:
        span = item.evidence[0]
        assert text[span.start : span.end] == span.text == item.name
    return found


def test_signed_memorandum_with_parties_and_date() -> None:
    [item] = agreements(
        "On 12 May 2017, Latvia and Kazakhstan signed a memorandum on academic mobility."
    )
    assert (item.name, item.type, item.status) == (
        "memorandum on academic mobility",
        "memorandum",
        "signed",
    )
    assert set(item.parties) == {"Latvia", "Kazakhstan"}
    assert item.signed is not None and item.signed.value == "2017-05-12"


def test_programme_period_and_poor_execution() -> None:
    [item] = agreements("We note the poor execution of the programme of exchanges for 2014-2016.")
    assert item.type == "programme"
    assert item.status == "poor_execution"
    assert item.period is not None and item.period.value == "2014/2016"
    assert item.signed is None


def test_russian_agreement_between_states() -> None:
    [item] = agreements(
        "10 марта 2015 года было подписано Соглашение о сотрудничестве в области образования "
        "между Казахстаном и Эстонией.",
        lang="ru",
    )
    assert item.name == "Соглашение о сотрудничестве в области образования"
    assert set(item.parties) == {"Kazakhstan", "Estonia"}
    assert item.signed is not None and item.signed.value == "2015-03-10"


def test_text_without_agreement_words_gives_nothing() -> None:
    assert agreements("The delegations discussed culture and sport in Riga.") == []


def test_status_word_in_an_odd_case_form_is_read_not_a_crash() -> None:
    # the case-blind status pattern takes a long s ("ſ") for "s"; reading the word must too
    [item] = agreements("Latvia and Kazakhstan ſigned a memorandum on academic mobility.")
    assert item.status == "signed"


def test_status_read_in_the_lower_cased_text_is_the_case_blind_one() -> None:
    pick = random.Random(9)
    for lang, words in (
        ("en", ["SIGNED", "Signed", "signed", "being negotiated", "in Force", "expired", "x"]),
        ("ru", ["ПОДПИСАНО", "Подписали", "вступило в силу", "Истекло", "проект", "х"]),
    ):
        for _ in range(300):
            sentence = " ".join(pick.choice(words) for _ in range(pick.randint(1, 4))) + "."
            doc = make_doc(sentence, lang=lang)
            [span] = doc.sentences
            pattern, table = _status_cues(lang, case_blind=True)
            found = pattern.search(sentence)
            keys = [k for k in table if found and found.group().casefold().startswith(k)]
            expected = table[max(keys, key=len)] if keys else None
            assert _status(doc, span) == expected, sentence
