"""Table column widths from what the columns hold (the DOCX tables).

A Word table of fixed layout splits the text width as it is told; told
evenly, it breaks "under_negotiation" as "under_negoti/ation" and leaves a
date column half empty. This is the automatic table layout of HTML and
CSS 2.1 (section 17.5.2.2) on estimated text widths: every column is at
least as wide as its longest word, and the room left goes to the columns in
proportion to how much wider their longest cell would like to be.
"""

from __future__ import annotations

from collections.abc import Sequence

CHAR_TWIPS = 135
"""The width of an average character, bold, Latin or Cyrillic, at 10 pt (0.68 em), in twips:
the table style asks for 8.5 pt, but LibreOffice sets table text in the Normal style's 10 pt.
Generous, so that a word measured to fit does fit in both."""
PADDING_TWIPS = 200
"""Left and right cell margins (70 twips each in the reference table style) and some air."""
WIDEST_WORD = 0.4
"""A single word (a URL) may claim at most this share of the table's width; longer, it wraps."""


def fit_columns(columns: Sequence[Sequence[str]], total: int) -> list[int]:
    """Widths in twips, summing to ``total``, of columns holding ``columns``' texts."""
    if not columns:
        return []
    cap = int(total * WIDEST_WORD)
    least = [min(_measure(max(_words(texts), key=len, default="")), cap) + PADDING_TWIPS
             for texts in columns]
    natural = [max(max((_measure(text) for text in texts), default=0) + PADDING_TWIPS, low)
               for texts, low in zip(columns, least, strict=True)]
    if sum(least) >= total:  # even the words do not fit: shrink them alike
        return _scaled(least, total)
    if sum(natural) <= total:  # everything fits on one line: share the room left
        return _scaled(natural, total)
    room = total - sum(least)
    wish = [high - low for high, low in zip(natural, least, strict=True)]
    return _scaled([low + room * want / sum(wish) for low, want in zip(least, wish,
                                                                          strict=True)], total)


def _words(texts: Sequence[str]) -> list[str]:
    return [word for text in texts for word in text.split()]


def _measure(text: str) -> int:
    return len(text) * CHAR_TWIPS


def _scaled(widths: Sequence[float], total: int) -> list[int]:
    """``widths`` scaled to sum to ``total`` exactly (whole twips; the last takes the rest)."""
    whole = sum(widths)
    out = [int(width * total / whole) for width in widths[:-1]]
    return [*out, total - sum(out)]
