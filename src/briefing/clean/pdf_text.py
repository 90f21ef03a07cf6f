"""Text from a page layout: hard wraps, broken hyphens, page numbers, OCR slips.

Text taken from PDFs (and ``.txt`` files saved from them) breaks every line
at the page width. Paragraphs are rebuilt here before any line-based
cleaning, so that a sentence is one line again: from the paragraph breaks the
PDF reader read off the page (:mod:`briefing.ingest.pdf_lines`) where it
could, else from the words and the line widths. Every repair that changes a
word is checked against a dictionary (:mod:`briefing.clean.lexicon`):
"inter-\\nnational" becomes "international", "Kazakh-\\nGerman" stays
hyphenated, "c0operation" becomes "cooperation" only because that is a word.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from briefing.clean.date_patterns import find_dates
from briefing.clean.lexicon import is_word
from briefing.clean.metadata_lines import dateline_end, is_date_line, metadata_pieces

_END_PUNCT = tuple('.!?:;…»"”)]')
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|стр\.?|с\.)?\s*\d{1,4}(?:\s*(?:of|из|/)\s*\d{1,4})?)\s*$",
    re.IGNORECASE,
)
_DASHES = ("-", "–", "—")
# Hyphens a typesetter ends a line with: the ASCII one and Unicode's HYPHEN (WeasyPrint's, for
# one, when it hyphenates) and NON-BREAKING HYPHEN.
_HYPHENS = ("-", "\u2010", "\u2011")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]\s|\d{1,2}[.)]\s|[a-zа-я][.)]\s)")
# A line may break after these without a space: the next line goes on with the same word.
_BREAK_AFTER = (*_HYPHENS, "–", "—", "/")
_BROKEN_WORD = re.compile(r"([^\W\d_]+)[-\u2010\u2011]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")
_DIGITS = re.compile(r"\d")
_MIXED_TOKEN = re.compile(r"\b(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_]{2})[^\W_]{3,}\b")
# A number with a short suffix ("10th", "1990s", "5km"): never a word with a slipped letter.
_NUMBER_WITH_SUFFIX = re.compile(r"\d+[^\W\d_]{1,3}")
# Digits that OCR reads for letters, with the letters they stand for.
_OCR_READINGS = (str.maketrans("015", "ols"), str.maketrans("015", "ois"))
# A wrapped text: this share of its full lines continue on the next line.
WRAPPED_SHARE = 0.5
# Fewer lines than this say too little about a layout.
MIN_LINES = 8
# Wider "lines" than this are paragraphs, not lines of a page.
MAX_PAGE_WIDTH = 130
# Lines at least this share of the typical width are full lines, not paragraph ends.
FULL_LINE = 0.7
# A line printed this many times in a layout is a running header or footer.
RUNNING_REPEATS = 3


def looks_hard_wrapped(text: str) -> bool:
    """True when the lines are cut at one page width, mostly mid-sentence.

    Web text has one paragraph a line (widths all over the place, many far
    beyond a page width); a PDF saved as text has lines of nearly equal width
    that mostly go on on the next line.
    """
    lines = [line.strip() for line in text.split("\n")]
    content = [line for line in lines if len(line) > 20]
    if len(content) < MIN_LINES:
        return False
    width = _typical_width(lines)
    if not 0 < width <= MAX_PAGE_WIDTH:
        return False
    if sum(1 for line in content if len(line) > 1.3 * width) > 0.1 * len(content):
        return False
    pairs = [(a, b) for a, b in itertools.pairwise(lines) if len(a) >= width / 2 and b]
    breaks = sum(1 for a, b in pairs if _continues(a, b, width))
    return len(pairs) >= MIN_LINES // 2 and breaks >= WRAPPED_SHARE * len(pairs)


def repair_layout(text: str, *, paragraphs: bool = False) -> str:
    """Join wrapped lines and broken words; drop page numbers and running headers.

    A form feed starts a page (``\\n\\f``). With ``paragraphs`` (the reader
    read the page's geometry, :mod:`briefing.ingest.pdf_lines`) an empty line
    ends a paragraph and every other line of a paragraph is joined, except a
    line that stands alone; after a form feed, and everywhere without
    ``paragraphs``, the words and line widths decide. A text whose paragraphs
    are single lines cut at one width (a hard-wrapped text typeset line by
    line) is repaired once more, by the words and widths.
    """
    lines = _drop_page_furniture(_layout_lines(text), paragraphs=paragraphs)
    width = _typical_width([line for line, _ in lines])
    head: list[str] = []
    if not paragraphs:
        head, lines = _headline(lines, width)
    out: list[str] = []
    last = ""  # the last printed line joined into out[-1]
    folded = text.casefold()
    for line, turn in lines:
        if out and out[-1] and line and _joins(out[-1], last, line, width, paragraphs and not turn):
            out[-1] = _join(out[-1], line, folded)
        else:
            out.append(line)
        last = line
    repaired = _repair_ocr("\n".join([*head, *out]))
    if paragraphs:
        lines_only = "\n".join(line for line in repaired.split("\n") if line)
        if looks_hard_wrapped(lines_only):
            return repair_layout(lines_only)
    return repaired


def _layout_lines(text: str) -> list[tuple[str, bool]]:
    """Each line, stripped, and whether it starts a page (a form feed before it)."""
    return [(line.strip(), line.lstrip(" \t").startswith("\f")) for line in text.split("\n")]


def _joins(paragraph: str, last: str, line: str, width: int, wrapped: bool) -> bool:
    """Whether ``line`` goes on the ``paragraph`` whose last printed line is ``last``;
    ``wrapped`` when the layout says it does (the layout knows: a date line ends the
    line before it short, so the layout broke there already)."""
    if wrapped:  # a dash may open a wrapped line; a bullet or a number opens an item
        return _LIST_ITEM.match(line) is None or line.startswith(_DASHES)
    return not _stands_alone(paragraph, line) and _continues(last, line, width)


def _headline(
    lines: list[tuple[str, bool]], width: int
) -> tuple[list[str], list[tuple[str, bool]]]:
    """The first lines as one headline when they are one set in large type, and the rest.

    A headline is two or more short lines at the top, none ending a sentence or
    holding a date or a labelled field, before the first full line of text
    ("Cultural and People-to-People" / "Cooperation"): the cleaner takes a title
    from one line only. It stays a line of its own.
    """
    texts = [line for line, _ in lines]
    first = next((i for i, line in enumerate(texts) if line), len(texts))
    end = first
    while end < len(texts) and texts[end] and len(texts[end]) < FULL_LINE * width:
        if texts[end].endswith(_END_PUNCT) or _stands_alone("", texts[end]):
            break
        end += 1
    if end - first < 2 or end >= len(texts) or len(texts[end]) < FULL_LINE * width:
        return [], lines
    return [*texts[:first], " ".join(texts[first:end])], lines[end:]


def _stands_alone(paragraph: str, line: str) -> bool:
    """True when ``line`` starts a paragraph of its own although the layout would join it:
    a line of a full date ("2024-06-24 21:56"), a dateline ("Баку, 30 ноября 2023 года – …") or a
    labelled field ("Published online: …", "Дата: …"), or any line after such a date line.
    They date the text, and only on their own line are they read as such."""
    return (
        _full_date_line(line)
        or _full_date_line(paragraph)
        or dateline_end(line) is not None
        or metadata_pieces(line) is not None
    )


def _full_date_line(line: str) -> bool:
    """A line of a full date and time only; "February 1998." ends a wrapped sentence."""
    return is_date_line(line) and any(found.is_full for found in find_dates(line))


def _typical_width(lines: list[str]) -> int:
    """The width of most full lines (of ``lines``, already stripped)."""
    lengths = sorted(n for n in map(len, lines) if n > 20)
    if not lengths:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]


def _continues(line: str, following: str, width: int) -> bool:
    """Whether ``following`` goes on the sentence of ``line`` by words and widths: a broken
    word, a lower-case start, or a full line not ending a sentence."""
    if _LIST_ITEM.match(following):
        return False
    if line.endswith(_HYPHENS) and following[:1].isalpha():
        return True
    if line.endswith(_END_PUNCT):
        return len(line) >= 0.95 * width and following[:1].islower()
    return following[:1].islower() or len(line) >= FULL_LINE * width


def _join(line: str, following: str, folded: str) -> str:
    """Two lines as one: a word broken at a hyphen is one word when the dictionary knows
    it, unless the text (``folded``, case-folded) writes it with the hyphen elsewhere
    ("socio-" "cultural"); a line broken after a hyphen, dash or slash that ends a word
    goes on unspaced ("Kazakh-" "German", "1991–" "1995", "https://" "example.org")."""
    broken = _BROKEN_WORD.search(line[-64:]) if line.endswith(_HYPHENS) else None
    first = _FIRST_WORD.match(following)
    if broken and first:
        head, tail = broken.group(1), first.group(1)
        hyphenated = f"{head}{line[-1]}{tail}".casefold() in folded
        if tail[:1].islower() and not hyphenated and is_word(head + tail):
            return line[:-1] + following
    if line.endswith(_BREAK_AFTER) and len(line) > 1 and not line[-2].isspace():
        return line + following
    return f"{line} {following}"


def _drop_page_furniture(
    lines: list[tuple[str, bool]], *, paragraphs: bool
) -> list[tuple[str, bool]]:
    """The lines without page numbers and repeats of running headers; a page start
    carried by a dropped line passes to the next line kept. With ``paragraphs``, a
    number or a repeated line is page furniture only as a paragraph of its own (else it
    is part of one: "vol. 3, no." "1", or a narrow column's line that a repeated phrase
    fills alike), and the paragraph breaks around a dropped line go with it: the lines
    on either side meet at a page start, where the words decide."""
    counts = Counter(line for line, _ in lines if 0 < len(line) <= 80)
    running = {line for line, n in counts.items() if n >= RUNNING_REPEATS}
    seen: set[str] = set()
    kept: list[tuple[str, bool]] = []
    turn = False
    dropped = False
    for index, (line, starts_page) in enumerate(lines):
        turn = turn or starts_page
        number = bool(line) and _PAGE_NUMBER.match(line) is not None
        repeated = line in running and line in seen
        if paragraphs and (number or repeated):
            number = repeated = _on_its_own(lines, index)
        if number or repeated:
            dropped = True
            turn = turn or paragraphs
            while paragraphs and kept and not kept[-1][0]:
                kept.pop()
            continue
        if paragraphs and dropped and not line:
            continue
        dropped = False
        seen.update([line] if line in running else [])
        kept.append((line, turn))
        turn = False
    return kept


def _on_its_own(lines: list[tuple[str, bool]], index: int) -> bool:
    """Whether line ``index`` has a paragraph break or a page start on both sides."""
    before = index == 0 or not lines[index - 1][0] or lines[index][1]
    after = index + 1 == len(lines) or not lines[index + 1][0] or lines[index + 1][1]
    return before and after


def _repair_ocr(text: str) -> str:
    """Replace digits read for letters inside a word, when that makes a known word.

    Only the space-delimited chunks that hold a digit are read with the word
    pattern (whose look-aheads cost a step per letter of every word): a search
    for digits skips the rest of the text in C.
    """
    out: list[str] = []
    done = 0
    digits = _DIGITS.search(text)
    while digits is not None:
        start, end = _chunk(text, digits.start(), done)
        out.append(text[done:start])
        out.append(_MIXED_TOKEN.sub(_ocr_word, text[start:end]))
        done = end
        digits = _DIGITS.search(text, end)
    out.append(text[done:])
    return "".join(out)


def _chunk(text: str, at: int, done: int) -> tuple[int, int]:
    """Start and end of the space- or line-delimited chunk around ``at`` (not before ``done``)."""
    start = max(done, text.rfind(" ", done, at) + 1, text.rfind("\n", done, at) + 1)
    ends = [end for end in (text.find(" ", at), text.find("\n", at)) if end >= 0]
    return start, min(ends, default=len(text))


def _ocr_word(match: re.Match[str]) -> str:
    token = match.group()
    if token.isdigit() or _NUMBER_WITH_SUFFIX.fullmatch(token) or is_word(token):
        return token
    for reading in _OCR_READINGS:
        candidate = token.translate(reading)
        if candidate.isalpha() and is_word(candidate):
            return candidate
    return token
