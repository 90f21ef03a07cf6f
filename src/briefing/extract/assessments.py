"""Assessments (problems, risks, criticism) and recommendations, as whole sentences.

Embassy notes state their findings in set phrases ("we note the poor
execution", "considers it expedient to hold"); each body sentence holding a
cue phrase from ``data/facts/statements.*.tsv`` becomes one statement, with
the sentence as evidence. The first cue in the sentence decides the type.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.document import Document
from briefing.extract.lexicons import word_table
from briefing.extract.spans import evidence
from briefing.schema import Statement

_RECOMMENDATION_TYPES = frozenset({"recommendation", "next_step"})


@cache
def _cues(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = word_table("facts", f"statements.{'ru' if lang == 'ru' else 'en'}.tsv")
    alternation = "|".join(re.escape(cue) for cue in sorted(table, key=len, reverse=True))
    # English cues are whole words; Russian ones are stems that take endings.
    tail = r"\w*" if lang == "ru" else r"\b"
    return re.compile(rf"\b(?:{alternation}){tail}", re.IGNORECASE), table


def extract_assessments(doc: Document) -> tuple[list[Statement], list[Statement]]:
    """Assessments and recommendations / next steps, as sentences."""
    pattern, table = _cues(doc.lang)
    assessments: list[Statement] = []
    recommendations: list[Statement] = []
    for sentence in doc.sentences:
        text = sentence.of(doc.text)
        match = pattern.search(text)
        if match is None:
            continue
        kind = _type_of(match.group().lower(), table)
        span = evidence(doc.text, sentence.start, sentence.end)
        statement = Statement(text=span.text, type=kind, evidence=[span])
        (recommendations if kind in _RECOMMENDATION_TYPES else assessments).append(statement)
    return assessments, recommendations


def _type_of(found: str, table: dict[str, str]) -> str:
    return next((kind for cue, kind in table.items() if found.startswith(cue)), "other")
