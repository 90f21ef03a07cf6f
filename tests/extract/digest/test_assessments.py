"""Assessments and recommendations: cue sentences with exact evidence."""

from __future__ import annotations

import random

from briefing.extract.digest.assessments import _cue_hits, extract_assessments
from briefing.extract.digest.summary import extract_summary
from extract_helpers import make_doc


def test_problem_and_recommendation_sentences() -> None:
    text = (
        "The programme was signed in 2019. We note the poor execution of the plan. "
        "The Embassy considers it expedient to hold a film week in 2025."
    )
    assessments, recommendations = extract_assessments(make_doc(text))
    assert [(s.type, s.text) for s in assessments] == [
        ("problem", "We note the poor execution of the plan.")
    ]
    assert recommendations[0].type == "recommendation"
    span = recommendations[0].evidence[0]
    assert text[span.start : span.end] == recommendations[0].text


def test_russian_stems_take_endings() -> None:
    text = "Посольство считает целесообразным провести Дни культуры. Отмечены проблемы с визами."
    assessments, recommendations = extract_assessments(make_doc(text, lang="ru"))
    assert [s.type for s in recommendations] == ["recommendation"]
    assert [s.type for s in assessments] == ["problem"]


def test_neutral_text_has_no_statements() -> None:
    neutral = make_doc("The delegation visited the university in Almaty.")
    assert extract_assessments(neutral) == ([], [])


def test_summary_keeps_the_lead_and_text_order() -> None:
    text = (
        "The Embassy of Kazakhstan held a concert of Kazakh music in Rome on Friday evening. "
        "Weather was fine and many guests came to the hall that evening. "
        "The two universities signed a memorandum on cooperation and student exchange in 2024."
    )
    summary = extract_summary(make_doc(text))
    assert summary is not None
    assert summary.evidence[0].text.startswith("The Embassy of Kazakhstan held")
    assert [e.start for e in summary.evidence] == sorted(e.start for e in summary.evidence)
    assert all(text[e.start : e.end] == e.text for e in summary.evidence)


def test_english_cues_are_whole_words_and_offsets_survive_wide_lower_case() -> None:
    text = "İstanbul hosted the forum. The plan was risky. We see a risk of delays."
    assessments, _ = extract_assessments(make_doc(text))
    assert [s.text for s in assessments] == ["We see a risk of delays."]
    span = assessments[0].evidence[0]
    assert text[span.start : span.end] == span.text


def test_summary_prefers_sentences_with_substance_over_position() -> None:
    text = (
        "The Embassy of Kazakhstan held a concert of Kazakh music in Rome on Friday evening. "
        "Weather was fine and many guests came to the hall that evening again. "
        "People talked for a long time in the foyer and then went home late. "
        "The two universities signed an agreement on cooperation and student exchange."
    )
    summary = extract_summary(make_doc(text))
    assert summary is not None
    starts = [e.text[:12] for e in summary.evidence]
    assert starts == ["The Embassy ", "Weather was ", "The two univ"]


def test_each_sentence_is_read_by_its_first_cue_as_the_plain_loop_reads_it() -> None:
    pick = random.Random(9)
    for lang, pieces in (
        ("en", ["lack of", "risk", "plans to", "it is recommended", "We", ". ", " ", "x", "\n"]),
        ("ru", ["проблемы", "риск", "следует", "Планируется", ". ", " ", "ж", "\n"]),
    ):
        for _ in range(500):
            document = make_doc("".join(pick.choices(pieces, k=pick.randint(1, 20))), lang=lang)
            hits = _cue_hits(document.folded, lang)
            plain = []
            for sentence in document.sentences:
                first = next((hit for hit in hits if hit[0] >= sentence.start), None)
                if first is not None and first[1] <= sentence.end:
                    plain.append((sentence.start, first[2]))
            assessments, recommendations = extract_assessments(document)
            found = sorted((s.evidence[0].start, s.type) for s in assessments + recommendations)
            assert found == plain
