"""The token matcher: longest entries, unit by unit, the same whichever way a text is read."""

from __future__ import annotations

from briefing.extract.text import matcher
from briefing.extract.text.matcher import Entry, Lexicon

TEXT = "The Hague and the Netherlands. THE US and Abu-Dhabi met the. Universities of the"


def _lexicon() -> Lexicon:
    rows = [
        (("the", "hague"), "title", "hague"),
        (("the", "netherlands"), "any", "nl"),
        (("netherlands",), "title", "nl-short"),
        (("us",), "upper", "us"),
        (("abu", "dhabi"), "title", "ae"),
        (("universit*",), "any", "university"),
        (("the",), "any", "the"),
    ]
    return Lexicon("en", [Entry(tokens, case, (value,)) for tokens, case, value in rows])  # type: ignore[arg-type]


def _found(lexicon: Lexicon, start: int, end: int) -> list[tuple[str, str]]:
    tokens, matches = lexicon.find_between(TEXT, start, end)
    return [(TEXT[tokens[m.first].start : tokens[m.last].end], m.entry.value[0]) for m in matches]


def test_longest_entries_unit_by_unit() -> None:
    lexicon = _lexicon()
    first = TEXT.index(".") + 1
    assert _found(lexicon, 0, first) == [("The Hague", "hague"), ("the Netherlands", "nl")]
    assert _found(lexicon, first, len(TEXT)) == [
        ("THE", "the"),
        ("US", "us"),
        ("Abu-Dhabi", "ae"),
        ("the", "the"),
        ("Universities", "university"),
        ("the", "the"),  # the last word: nothing may follow it
    ]


def test_find_between_agrees_with_find_words_and_find() -> None:
    lexicon = _lexicon()
    words, low, high, matches = lexicon.find_words(TEXT, 0, len(TEXT))
    tokens, same = lexicon.find_between(TEXT, 0, len(TEXT))
    assert same == matches
    assert tokens == lexicon.tokens(TEXT) == words.tokens(low, high)
    assert list(lexicon.find(TEXT, tokens)) == matches


def test_find_each_agrees_with_find_words_stretch_by_stretch() -> None:
    lexicon = _lexicon()
    # "The Hague" cut in two: an entry never runs past the end of its stretch.
    stretches = [(0, 3), (3, TEXT.index(".") + 1), (40, 40), (TEXT.index("."), len(TEXT))]
    starts, ends = [s for s, _ in stretches], [e for _, e in stretches]
    words, found = lexicon.find_each(TEXT, starts, ends)
    for (start, end), (low, high, matches) in zip(stretches, found, strict=True):
        assert (words, low, high, matches) == lexicon.find_words(TEXT, start, end)
    assert [m.entry.value[0] for m in found[0][2]] == ["the"]
    assert found[2][2] == []


def test_a_text_read_again_after_the_memos_are_emptied() -> None:
    lexicon = _lexicon()
    before = _found(lexicon, 0, len(TEXT))
    matcher._norms(lexicon.lang, frozenset()).clear()  # as when the memo outgrows its bound
    lexicon._words.clear()
    lexicon._last = None
    assert _found(lexicon, 0, len(TEXT)) == before
