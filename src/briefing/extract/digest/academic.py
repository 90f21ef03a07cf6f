"""The parts of an academic text: abstract, keywords, aim, methods, sections.

Only labelled parts are read: a line that starts with a label of
``data/facts/academic_labels.tsv`` ("Abstract:", "Ключевые слова:",
"Introduction", "2. Методы") opens a part that runs to the next label. The
aim is the first sentence that states it ("The aim of the study is …",
"Цель статьи …"). A text without labels has no academic parts (``None``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from briefing.extract.spans import evidence
from briefing.extract.text.document import Document
from briefing.extract.text.lexicons import word_table
from briefing.extract.text.phrase_words import folded, places, prefix_free
from briefing.schema import Academic, Evidence, Section

_AIM_WORDS = ("aim", "purpose", "objective", "goal", "цель")
_KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")


@cache
def _aim_pattern() -> re.Pattern[str]:
    """The wordings that state a study's aim (compiled at first use: few texts are academic)."""
    return re.compile(
        r"\b(?:the (?:main )?(?:aim|purpose|objective|goal) of (?:the|this) "
        r"(?:study|article|paper|research|work)|this (?:article|paper|study) aims|"
        r"цель(?:ю)? (?:данной |настоящей |нашей )?(?:статьи|исследования|работы))",
        re.IGNORECASE,
    )


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


@cache
def _label_needles() -> tuple[str, ...]:
    return prefix_free(word_table("facts", "academic_labels.tsv"))


def extract_academic(doc: Document) -> Academic | None:
    """Labelled parts of a scholarly text, or ``None`` when there are none."""
    labels = _labels(doc)
    if not labels:
        return None
    text = doc.text
    academic = Academic()
    for index, (match, part) in enumerate(labels):
        stop = labels[index + 1][0].start() if index + 1 < len(labels) else len(text)
        _place(academic, text, match, part, stop)
    academic.aim = _aim(doc)
    return academic


def _labels(doc: Document) -> list[tuple[re.Match[str], str]]:
    """The labels that open lines of the body, heading and metadata regions, with their parts.

    The pattern is tried at line starts only (where its ``^`` lets it match),
    and not at all, nor compiled, when no label is written anywhere in the text.
    """
    text = doc.text
    lower = folded(text)
    if lower is not None and not any(label in lower for label in _label_needles()):
        return []
    pattern, table = _label_pattern()
    found: list[tuple[re.Match[str], str]] = []
    for region in doc.cleaned.regions:
        if region.role not in ("body", "heading", "metadata"):
            continue
        covered = region.start  # a label hides the line starts it runs over, as in finditer
        for line in _line_starts(text, region.start, region.end):
            if line >= covered and (match := pattern.match(text, line, region.end)):
                found.append((match, table[match.group("label").lower()]))
                covered = match.end()
    return found


def _line_starts(text: str, start: int, end: int) -> Iterator[int]:
    """The offsets in ``text[start:end]`` that follow a newline (or begin the text)."""
    if start == 0 or text[start - 1] == "\n":
        yield start
    newline = text.find("\n", start, end)
    while newline >= 0:
        yield newline + 1
        newline = text.find("\n", newline + 1, end)


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
    """The first sentence that states the aim.

    Every wording of :func:`_aim_pattern` holds one of ``_AIM_WORDS``: only the sentences
    where ``str.find`` sees one are searched (all of them if the text cannot
    be folded, see :func:`folded`).
    """
    sentences = doc.sentences
    lower = folded(doc.text)
    if lower is not None:
        starts = [sentence.start for sentence in sentences]
        held = {bisect_right(starts, at) - 1 for at in places(lower, _AIM_WORDS)}
        sentences = [sentences[index] for index in sorted(held) if index >= 0]
    for sentence in sentences:
        if _aim_pattern().search(doc.text, sentence.start, sentence.end):
            span: Evidence = evidence(doc.text, sentence.start, sentence.end)
            return Section(label="aim", text=span.text, evidence=[span])
    return None
