"""Character-level repair: line ends, invisible and XML-invalid characters.

python-docx raises on XML-invalid control characters and every later stage
assumes ``\\n`` line ends, so this runs first.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, non-characters, lone surrogates.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# Invisible characters that only break words apart: soft hyphen, zero-width marks, BOM.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# Spaces that are spaces: no-break, thin, figure, ideographic…
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_TRAILING = re.compile(r"[ ]+\n")


def repair_characters(text: str) -> str:
    """Text with ``\\n`` line ends, plain spaces and no invalid or invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _INVALID.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _TRAILING.sub("\n", text)
