"""Summary scores: the fast counts of names and numbers are the patterns' own counts."""

from __future__ import annotations

import random
import re

from briefing.extract.digest.summary import _NUMBER, _has_number, _name_pattern, _names, _shape
from briefing.extract.text.phrase_words import _ONE_BYTE_CODECS, shapes
from briefing.extract.text.sentences import Sentence


def test_each_character_class_is_what_the_patterns_read() -> None:
    for codec in _ONE_BYTE_CODECS:
        for char in bytes(range(256)).decode(codec, errors="replace"):
            shape = _shape(char)
            assert (shape == " ") == bool(re.fullmatch(r"\s", char)), (codec, char)
            assert (shape == "A") == bool(re.fullmatch(r"[A-ZА-ЯЁ]", char)), (codec, char)
            assert (shape == "0") == bool(re.fullmatch(r"\d", char)), (codec, char)
            assert (shape in "Aa0") == bool(re.fullmatch(r"[\w-]", char)), (codec, char)


def test_names_and_numbers_counted_as_the_patterns_count_them() -> None:
    pick = random.Random(8)
    alphabet = " \t\n\u00a0\u2009AZaz09_-.,?ЁЯяёЖж²éÉ«»—\u04d9"  # ә: no one-byte codec has it
    shaped = 0
    for _ in range(2000):
        text = "".join(pick.choices(alphabet, k=pick.randint(0, 40)))
        classes = shapes(text, _shape)
        shaped += classes is not None
        for _ in range(3):
            start = pick.randint(0, len(text))
            sentence = Sentence(start, pick.randint(start, len(text)))
            for given in (classes, None):
                assert _names(text, given, sentence) == len(
                    _name_pattern().findall(text, sentence.start, sentence.end)
                )
                assert _has_number(text, given, sentence) == bool(
                    _NUMBER.search(text, sentence.start, sentence.end)
                )
    assert 0 < shaped < 2000  # both ways were taken
