"""Bytes of a text file to ``str``: the encoding is detected, never assumed.

The cascade, most certain first: a byte order mark; the zero-byte pattern of
UTF-16 without a mark; strict UTF-8 (most files, and the fastest check);
UTF-8 with a few broken bytes; then charset-normalizer on a sample (cp1251,
KOI8-R, Latin-1…). Bytes that are no text at all (many NULs or control
characters) are refused instead of becoming mojibake.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

from briefing.errors import UnsupportedFormatError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes the detectors look at; decoding then covers the whole (limited) input.
SAMPLE_BYTES = 64 * 1024
# UTF-16 without a mark: one byte of each pair takes this few values this often.
UTF16_HIGH_BYTE_VALUES = 3
UTF16_HIGH_BYTE_SHARE = 0.9
# UTF-8 with at most this many broken sequences per well-formed non-ASCII character is
# still UTF-8 (a legacy single-byte text has more broken than well-formed ones).
BROKEN_UTF8_SHARE = 0.1
# Text with more than this share of control characters (NUL included) is binary.
BINARY_CONTROL_SHARE = 0.05
# C0 and C1 control characters, less those of ordinary text (tab, line ends, form feed,
# vertical tab, and the escape of coloured terminal output).
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


class Decoded:
    """Text with the encoding it was read in, and what went wrong on the way."""

    __slots__ = ("encoding", "text", "warnings")

    def __init__(self, text: str, encoding: str, warnings: list[str] | None = None) -> None:
        self.text = text
        self.encoding = encoding
        self.warnings = warnings if warnings is not None else []


def decode_text(data: bytes, *, path: str | None, max_chars: int) -> Decoded:
    """Decode at most ``max_chars`` characters of ``data``; refuse binary content."""
    limit = max_chars * 4 + 4  # no encoding takes more than four bytes a character
    decoded = _decode(data[:limit])
    if looks_binary(decoded.text[:SAMPLE_BYTES]):
        raise UnsupportedFormatError(
            "binary content, not text (many NUL or control characters)", path=path
        )
    if len(data) > limit or len(decoded.text) > max_chars:
        decoded.text = decoded.text[:max_chars]
        decoded.warnings.append(f"text cut at the limit of {max_chars} characters")
    return decoded


def looks_binary(text: str) -> bool:
    """True when control characters other than layout ones make up a large share."""
    if not text:
        return False
    controls = len(_BINARY_CONTROL.findall(text))
    return controls > BINARY_CONTROL_SHARE * len(text)


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    utf16 = _utf16_without_bom(data[:SAMPLE_BYTES])
    if utf16 is not None:
        return Decoded(data.decode(utf16, errors="replace"), utf16)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and _is_cut_utf8(data, exc.start):
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8")
    if _mostly_utf8(data[:SAMPLE_BYTES]):
        text = data.decode("utf-8", errors="replace")
        note = f"{text.count(chr(0xFFFD))} invalid UTF-8 byte sequences replaced"
        return Decoded(text, "utf-8", [note])
    return _detect(data)


def _is_cut_utf8(data: bytes, start: int) -> bool:
    """True when the only broken sequence is a character cut off at the very end."""
    try:
        data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data"
    return False


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every second byte takes only a few values (ASCII: 0)."""
    sample = sample[: len(sample) // 2 * 2]
    # Without a zero byte (every ASCII character has one in UTF-16) there is nothing to
    # count: one memchr spares counting the bytes of every ordinary text.
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        common = Counter(high).most_common(UTF16_HIGH_BYTE_VALUES)
        if sum(n for _, n in common) >= UTF16_HIGH_BYTE_SHARE * len(high) and 0 in high:
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not looks_binary(text):
                return encoding
    return None


def _mostly_utf8(sample: bytes) -> bool:
    """True when well-formed multi-byte characters far outnumber the broken sequences."""
    text = sample.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for char in text if char >= "\x80") - broken
    return valid > 0 and broken <= BROKEN_UTF8_SHARE * valid


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 files need it

    best = from_bytes(data[:SAMPLE_BYTES]).best()
    encoding = best.encoding if best is not None else "latin-1"
    warning = [] if best is not None else ["encoding not recognised; read as Latin-1"]
    return Decoded(data.decode(encoding, errors="replace"), encoding, warning)
