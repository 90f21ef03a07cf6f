"""The fast look-ups of the fact extractors find exactly what their plain definitions find.

Heads, numbers and words are looked up with ``str.find``, reversed scans and
one-pattern prefilters instead of scanning every sentence with the full
patterns; these tests hold each fast path against the plain scan it replaces,
on texts that probe its edges (case, plurals, glued signs, letters that
``re.IGNORECASE`` folds differently from ``str.lower``).
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from briefing.clean.base import Cleaned, Region
from briefing.extract.digest.academic import _aim, _aim_pattern, _label_pattern, _labels
from briefing.extract.facts.figure_words import figure_words
from briefing.extract.facts.figures import (
    _DateSpans,
    _digit_shape,
    _digit_starts,
    _ends_with,
    _numbers,
)
from briefing.extract.facts.heads import head_matches, head_pattern
from briefing.extract.facts.org_spans import _heads, _may_hold_head
from briefing.extract.spans import by_sentence
from briefing.extract.text.document import Document
from briefing.extract.text.languages import language_of
from briefing.extract.text.phrase_words import _WORD, Words, folded, shapes, word_ending_at
from briefing.extract.text.sentences import Sentence, split_sentences
from briefing.ingest.base import RawDocument
from briefing.schema import DateMention, DateValue, Evidence
from extract_helpers import make_doc

EN = (
    "The International Forum of Universities took place. Two FORUMS, a Conference and "
    "co-conferences met; days of culture and Culture Days (round table) followed. "
    "A memorandum, the MoU-style Memoranda and an Agreement were signed. "
    "Over 1,200 students, two hundred teachers, 3.5 million euros, 25th, No. 7, "
    "about five thousand visitors and Istanbul's forum."
)
RU = (
    "Международный форум университетов прошёл в Алматы. Состоялись Конференции и "
    "дни культуры, круглый стол. Подписано соглашение о сотрудничестве и Меморандум. "
    "Более 1 200 студентов, 3,5 млн тенге, 25-летие и 7-й форум."
)
ODD = "The forum saw a ſigned protocol, a ſeminar, a conference and 3 seminars."


def _plain(name: str, text: str, lang: str) -> list[tuple[int, int, str]]:
    pattern = head_pattern(name, lang)[0]
    sentences = split_sentences(text, 0, len(text), lang)
    return [
        (s.start, m.start(), m.group())
        for s in sentences
        for m in pattern.finditer(text, s.start, s.end)
    ]


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (RU, "ru"), (ODD, "en")])
@pytest.mark.parametrize("name", ["events", "agreements"])
def test_heads_found_as_the_head_pattern_finds_them(name: str, text: str, lang: str) -> None:
    sentences = split_sentences(text, 0, len(text), lang)
    fast = [(s.start, m.start(), m.group()) for s, m in head_matches(name, text, sentences, lang)]
    assert fast == _plain(name, text, lang)
    assert fast  # the texts do hold heads


def test_letters_that_lower_case_cannot_stand_for_make_the_plain_scan_run() -> None:
    assert folded(ODD) is None
    assert folded("The İstanbul forum") is None  # "İ" lower-cases to two characters
    assert folded("a ſeminar") is None  # "ſ" is "s" case-blind, not in lower case
    assert folded(EN) == EN.lower()
    assert folded(RU) == RU.lower()


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (RU, "ru"), (ODD, "en")])
def test_numbers_found_as_the_number_pattern_finds_them(text: str, lang: str) -> None:
    doc = make_doc(text, lang=lang)
    table = figure_words(lang)
    fast = [(s.start, m.span()) for s, m in _numbers(doc, table, folded(doc.text))]
    plain = [
        (s.start, m.span())
        for s in doc.sentences
        for m in table.number.finditer(doc.text, s.start, s.end)
    ]
    assert fast == plain
    assert fast


def _random_texts(seed: int, alphabet: str, count: int = 1000) -> list[str]:
    pick = random.Random(seed)
    return ["".join(pick.choices(alphabet, k=pick.randint(0, 30))) for _ in range(count)]


def test_words_of_a_sentence_are_the_word_pattern_matches_with_their_gaps() -> None:
    for text in _random_texts(1, "ab1_-’' .,ЯY«»\u00a0"):
        start, end = min(2, len(text)), max(min(2, len(text)), len(text) - 1)
        found = list(_WORD.finditer(text, start, end))
        ws = Words(text, start, end)
        assert ws.text == [m.group() for m in found]
        assert (ws.start, ws.end) == ([m.start() for m in found], [m.end() for m in found])
        assert ws.gap == [text[(found[i - 1].end() if i else start) : found[i].start()]
                          for i in range(len(found))]


def test_the_word_before_a_place_is_the_last_word_pattern_match_there() -> None:
    for text in _random_texts(2, "ab1_-’' .,Я«\u00b2"):
        for end in range(len(text) + 1):
            if end < len(text) and re.match(r"[\w'’-]", text[end]):
                continue  # the word would run on past ``end``
            floor = end // 3
            plain = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, floor, end)]
            word = word_ending_at(text, floor, end)
            expected = plain[-1] if plain and plain[-1][1] == end else None
            assert (word and (word.start, word.end, word.text)) == expected, (text, floor, end)


def test_english_prefilter_is_the_plain_capital_word_test() -> None:
    heads = _heads("en")
    words = ["University", "UNIVERSITY", "Universityx", "Ministry", "ministry", "Museums",
             "McMuseum", "x-Council", "1Council", "Council's", "Co", "Embassy-"]
    capital_word = re.compile(r"\b[A-Z][a-z]+")  # the test's definition
    pick = random.Random(3)
    for _ in range(1000):
        text = " ".join(pick.choice(words) for _ in range(pick.randint(1, 4)))
        start, end = pick.randint(0, 3), len(text) - pick.randint(0, 3)
        plain = any(w.lower() in heads for w in capital_word.findall(text, start, end))
        assert _may_hold_head(text, start, end, language_of("en")) == plain, (text, start, end)


def _mention(start: int, end: int, year: int | None) -> DateMention:
    value = DateValue(value=str(year), precision="year", start=f"{year}-01-01") if year else None
    date = value or DateValue(value="--08-26", precision="partial")
    span = Evidence(start=start, end=end, text="x" * (end - start))
    return DateMention(evidence=[span], date=date)


def test_date_spans_answer_as_a_look_at_every_span() -> None:
    pick = random.Random(4)
    for _ in range(300):
        spans = []
        for _ in range(pick.randint(0, 6)):
            start = pick.randint(0, 40)
            spans.append((start, start + pick.randint(1, 12), pick.choice([None, 2001, 2010])))
        dated = _DateSpans([_mention(*span) for span in spans])
        start = pick.randint(0, 50)
        end, position = start + pick.randint(1, 6), pick.randint(0, 50)
        sentence = Sentence(pick.randint(0, 20), pick.randint(20, 55))
        assert dated.overlap(start, end) == any(s < end and start < e for s, e, _ in spans)
        near = [
            (abs(s - position), year)
            for s, e, year in spans
            if sentence.start <= s and e <= sentence.end and year is not None
        ]
        assert dated.year(position, sentence) == (min(near)[1] if near else None)


def test_words_before_a_number_prefilter_keeps_every_pattern_match() -> None:
    for lang in ("en", "ru"):
        table = figure_words(lang)
        pick = random.Random(5)
        pieces = [*table.qualifier_words, *table.before_words, " ", "\n", "x", "Over", "NO.", "1"]
        for _ in range(2000):
            text = "".join(pick.choice(pieces) for _ in range(pick.randint(1, 5))) + "7"
            end = len(text) - 1
            for pattern, words in (
                (table.qualifier_before, table.qualifier_words),
                (table.reference_before, table.before_words),
            ):
                for floor in (0, max(0, end - 12)):
                    if pattern.search(text, floor, end):
                        assert _ends_with(text, folded(text), floor, end, words), text


def test_items_by_sentence_are_those_with_a_span_inside_it_in_their_order() -> None:
    pick = random.Random(6)
    for _ in range(300):
        sentences, cursor = [], 0
        for _ in range(pick.randint(0, 5)):
            start = cursor + pick.randint(0, 3)
            cursor = start + pick.randint(1, 10)
            sentences.append(Sentence(start, cursor))
        items = []
        for _ in range(pick.randint(0, 6)):
            spans = [pick.randint(0, cursor + 2) for _ in range(pick.randint(1, 3))]
            items.append(_mention(spans[0], spans[0] + pick.randint(1, 4), 2001))
            items[-1].evidence += [_mention(s, s + pick.randint(1, 4), 2001).evidence[0]
                                   for s in spans[1:]]
        for first_only in (False, True):
            grouped = by_sentence(items, sentences, first_only=first_only)
            for sentence in sentences:
                plain = [
                    item for item in items
                    if any(sentence.start <= e.start and e.end <= sentence.end
                           for e in (item.evidence[:1] if first_only else item.evidence))
                ]
                assert grouped.get(sentence.start, []) == plain


def test_labels_and_aim_found_as_the_plain_scans_find_them() -> None:
    pick = random.Random(7)
    pieces = ["Abstract", "RESULTS", "Введение", "methods", "key words", "2. ", "1.", ":", " - ",
              " ", "\t", "\n", "\n\n", "x", "Я", "the aim of the study", "The goal of this work",
              "Цель статьи", "this paper aims", ". ", "ſ", "İ"]
    spread = ["1.", "\n", "Abstract", ": x", "\n", "2. ", "\n\n", "Methods", "\n"]
    for index in range(1500):  # first, labels whose numbers stand on the lines before them
        chosen = pick.choices(pieces, k=pick.randint(1, 14)) if index else spread
        text = "".join(chosen)
        joints = [len("".join(chosen[:i])) for i in range(len(chosen) + 1)]  # regions start there
        lines = [i + 1 for i, c in enumerate(text) if c == "\n" and pick.random() < 0.5]
        cuts = sorted({0, len(text), *lines, *pick.sample(joints, min(len(joints), 2))})
        cuts = cuts if index else [0, len(text)]
        roles = ["body", "heading", "metadata", "title"]
        regions = [Region(a, b, pick.choice(roles) if index else "body") for a, b in pairwise(cuts)]
        document = Document(
            cleaned=Cleaned(text=text, regions=regions), raw=RawDocument(text=text, format="txt")
        )
        pattern = _label_pattern()[0]
        plain = [
            m.span()
            for r in regions
            if r.role in ("body", "heading", "metadata")
            for m in pattern.finditer(text, r.start, r.end)
        ]
        assert [m.span() for m, _ in _labels(document)] == plain, text
        aim = next(
            (s for s in document.sentences if _aim_pattern().search(text, s.start, s.end)), None
        )
        found = _aim(document)
        assert (found and found.evidence[0].start) == (aim and aim.start), text


def test_digit_starts_are_the_digit_start_pattern_matches() -> None:
    table = figure_words("en")
    classed = 0
    for text in _random_texts(10, "0123 a_Я.,/:+№#-–\u0663²é?\u04d9"):  # ٣ is a digit, ² not
        assert _digit_starts(text, table) == [m.start() for m in table.digit_start.finditer(text)]
        classed += shapes(text, _digit_shape) is not None
    assert 0 < classed < 1000  # both ways were taken
