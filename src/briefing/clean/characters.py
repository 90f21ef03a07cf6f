"""Character-level repair: line ends, invisible and XML-invalid characters.

python-docx raises on XML-invalid control characters and every later stage
assumes ``\\n`` line ends, so this runs first.
"""

from __future__ import annotations

import re
from functools import cache

# C0 controls except tab and newline, DEL, C1 controls, non-characters, lone surrogates.
_INVALID_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"
# Invisible characters that only break words apart: soft hyphen, zero-width marks, BOM.
_INVISIBLE_CHARS = "\u00ad\u200b-\u200d\u2060\ufeff"
# Spaces that are spaces: no-break, thin, figure, ideographic…
_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000\t"
# Any character a repair below would change: one scan tells that most texts need none.
# (A space before a line end is looked for with str.find: in the same pattern, as a second
# alternative, it would make the engine try every position instead of skipping ahead.)
_ANY = re.compile(f"[\r\u2028{_INVALID_CHARS}{_INVISIBLE_CHARS}{_SPACE_CHARS}]")


@cache
def _repairs() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each pattern with its replacement, in order: compiled on the first text that needs
    a repair (their wide character ranges take milliseconds to compile)."""
    return (
        (re.compile(f"[{_INVALID_CHARS}]"), ""),
        (re.compile(f"[{_INVISIBLE_CHARS}]"), ""),
        (re.compile(f"[{_SPACE_CHARS}]"), " "),
        (re.compile(r"[ ]+\n"), "\n"),
    )


def repair_characters(text: str) -> str:
    """Text with ``\\n`` line ends, plain spaces and no invalid or invisible characters."""
    if _ANY.search(text) is None and " \n" not in text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    # a soft hyphen at a line end is where a typesetter broke a word: a hyphen for the
    # layout repair to join (:mod:`.pdf_text`), not a character to drop
    text = text.replace("\u00ad\n", "-\n")
    for pattern, replacement in _repairs():
        text = pattern.sub(replacement, text)
    return text
