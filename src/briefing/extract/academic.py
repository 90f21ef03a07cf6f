"""The parts of an academic text: abstract, keywords, aim, methods, sections.

Only labelled parts are read: a line that starts with a label of
``data/facts/academic_labels.tsv`` ("Abstract:", "Ключевые слова:",
"Introduction", "2. Методы") opens a part that runs to the next label. The
aim is the first sentence that states it ("The aim of the study is …",
"Цель статьи …"). A text without labels has no academic parts (``None``).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.document import Document
from briefing.extract.lexicons import word_table
from briefing.extract.spans import evidence
from briefing.schema import Academic, Evidence, Section

_AIM = re.compile(
    r"\b(?:the (?:main )?(?:aim|purpose|objective|goal) of (?:the|this) "
    r"(?:study|article|paper|research|work)|this (?:article|paper|study) aims|"
    r"цель(?:ю)? (?:данной |настоящей |нашей )?(?:статьи|исследования|работы))",
    re.IGNORECASE,
)
_KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")


@cache
def _label_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = word_table("facts", "academic_labels.tsv")
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return (
        re.compile(
            rf"^[ \t]*(?:\d{{1,2}}\.?\s*)?(?P<label>{alternation})(?:[ \t]*[:.—–-][ \t]*|[ \t]*$)",
            re.IGNORECASE | re.MULTILINE,
        ),
        table,
    )


def extract_academic(doc: Document) -> Academic | None:
    """Labelled parts of a scholarly text, or ``None`` when there are none."""
    pattern, table = _label_pattern()
    text = doc.text
    regions = [r for r in doc.cleaned.regions if r.role in ("body", "heading", "metadata")]
    labels = [
        (m, table[m.group("label").lower()])
        for r in regions
        for m in pattern.finditer(text, r.start, r.end)
    ]
    if not labels:
        return None
    academic = Academic()
    for index, (match, part) in enumerate(labels):
        stop = labels[index + 1][0].start() if index + 1 < len(labels) else len(text)
        _place(academic, text, match, part, stop)
    academic.aim = _aim(doc)
    return academic


def _place(academic: Academic, text: str, match: re.Match[str], part: str, stop: int) -> None:
    if part == "keywords":
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else min(line_end, stop)
        span = evidence(text, match.end(), line_end)
        academic.keywords = [
            k.strip(" .") for k in _KEYWORD_SPLIT.split(span.text) if k.strip(" .")
        ]
        academic.keywords_evidence = [span]
        return
    span = evidence(text, match.end(), stop)
    if not span.text:
        return
    section = Section(label=part, text=span.text, evidence=[span])
    if part == "abstract" and academic.abstract is None:
        academic.abstract = section
    elif part == "methods" and academic.methods is None:
        academic.methods = section
    academic.sections.append(section)


def _aim(doc: Document) -> Section | None:
    for sentence in doc.sentences:
        if _AIM.search(doc.text, sentence.start, sentence.end):
            span: Evidence = evidence(doc.text, sentence.start, sentence.end)
            return Section(label="aim", text=span.text, evidence=[span])
    return None
