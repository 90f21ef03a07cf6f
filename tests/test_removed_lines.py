"""The lines cleaning took out, as the record keeps them for the review page."""

from __future__ import annotations

from briefing.parsing import removed_lines


def test_only_lines_whose_words_the_cleaned_text_lacks_are_removed_in_order() -> None:
    original = "Home | News\nThe ministry signed\nan  agreement.\nHome | News\nShare"
    cleaned = "The ministry signed an agreement."
    assert removed_lines(original, cleaned) == ["Home | News", "Home | News", "Share"]


def test_a_line_cleaning_moved_before_the_others_is_kept() -> None:
    # the search runs on from the last line found; a line kept earlier in the text is still kept
    original = "Body of the page.\nA title\nMenu"
    cleaned = "A title\nBody of the page."
    assert removed_lines(original, cleaned) == ["Menu"]
