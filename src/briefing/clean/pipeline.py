"""From a reader's raw text to :class:`Cleaned` text with its regions.

The stages, in order: characters (:mod:`.characters`), page layout
(:mod:`.pdf_text`, for PDFs and hard-wrapped text files), then one pass over
the lines that drops a site's technical page data (:mod:`.page_data`), keeps
metadata as metadata (:mod:`.metadata_lines`), drops page furniture and link
blocks (:mod:`.boilerplate`), drops repeated lines (a title printed twice,
teasers shown twice) and a ticker before the headline, and marks the title,
headings, body and back matter (references, notes on the authors: asides). A line may
hold several parts: ``date 2024-07-10 The Italian…`` is a metadata region and
a body region.
"""

from __future__ import annotations

import re

from briefing.clean.base import Cleaned, LineRole, Region
from briefing.clean.boilerplate import is_furniture, marker_action
from briefing.clean.characters import repair_characters
from briefing.clean.date_patterns import FoundDate, find_dates
from briefing.clean.metadata_lines import (
    Piece,
    date_stamp,
    dateline_end,
    dateline_label,
    is_date_line,
    metadata_pieces,
    names_weekday,
    place_date_line,
)
from briefing.clean.page_data import page_data_end
from briefing.clean.pdf_text import looks_hard_wrapped, repair_layout
from briefing.ingest.base import RawDocument

# A line of this many characters with a full stop is main text: link blocks after it end the page.
LONG_PARAGRAPH = 60
# Lines of at most this many words before the title are menu items or section names.
SHORT_TITLE_WORDS = 2
# A title is one line of at most this many characters.
TITLE_MAX = 220
# A first line ending in a full stop with this many words is running text, not a title.
SENTENCE_WORDS = 8
# Datelines are looked for in this many lines of main text at the top…
DATELINE_LINES = 3
# …lines of at least this many words.
DATELINE_LINE_WORDS = 3
# Headings are short lines without closing punctuation.
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
_SENTENCE_END = re.compile(r"[.!?…»\"”)](?:\s|$)")
_END_PUNCT = tuple('.!?…:;»"”)')
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters together: a word, not "A | A | A"
PAGE_START = "\f"


class _Line:
    """One output line as pieces of text with their roles."""

    __slots__ = ("parts",)

    def __init__(self, parts: list[tuple[str, LineRole, str]]) -> None:
        self.parts = parts


class _State:
    """What the pass over the lines has seen so far."""

    __slots__ = (
        "ahead", "aside", "author_pending", "body_lines", "display", "doubled_title", "lines",
        "long_paragraphs", "seen", "title_done", "web",
    )

    def __init__(self, *, web: bool, display: tuple[str, ...] = ()) -> None:
        self.lines: list[_Line] = []
        # lines set larger than the body type at the top (PDF): keys of their spaced forms
        self.display = tuple(_dedup_key(line) for line in display if line.strip())
        self.seen: set[str] = set()
        self.title_done = False
        self.body_lines = 0
        self.long_paragraphs = 0
        self.author_pending = False
        self.aside = False  # from a back-matter heading on: later lines are asides
        self.ahead: list[str] = []  # the two lines after the one being classified
        # a title taken from a line that held its text twice, until the next line is seen
        self.doubled_title: str | None = None
        self.web = web


def clean_document(raw: RawDocument) -> Cleaned:
    """Clean ``raw.text`` into main text plus metadata regions."""
    # page starts (form feeds) are kept for the layout repair, the one stage that reads them
    text = PAGE_START.join(repair_characters(page) for page in raw.text.split(PAGE_START))
    if raw.layout or looks_hard_wrapped(text):
        text = repair_layout(text, paragraphs=raw.paragraphs)
    text = text.replace(PAGE_START, "")
    state = _State(web=not raw.main_text, display=raw.display)
    lines = [line for line in (line.strip() for line in text.split("\n")) if line]
    for index, line in enumerate(lines):
        state.ahead = lines[index + 1 : index + 3]
        if not _take(state, line):
            break
    _mark_trailing_tags(state)
    _keep_last_date_lines(state)
    return _assemble(state.lines)


def _take(state: _State, line: str) -> bool:
    """Classify one line into ``state``; ``False`` when the rest of the page is furniture."""
    key = _dedup_key(line)
    if key in state.seen and len(key) > 2:
        return True
    state.seen.add(key)
    data_end = page_data_end(line)
    if data_end is not None:
        # a site's own diagnostics (host, render time, build id): what follows them stays
        line = line[data_end:].strip()
        if not line:
            return True
    pieces = metadata_pieces(line)
    action = marker_action(line)
    back_matter = action == "aside" and state.long_paragraphs > 0
    state.aside = state.aside or back_matter
    if pieces is not None and not back_matter:
        _add_metadata_line(state, line, pieces)
    elif state.author_pending and len(line.split()) <= 5:
        state.author_pending = False
        _emit(state, [(line, "metadata", "author")])
    elif is_date_line(line):
        banner = names_weekday(line) and not state.title_done and not _dates_article(state, line)
        _emit(state, [(line, "metadata", "banner" if banner else "dateline")])
    elif _before_text(state) and date_stamp(line):
        _emit(state, [(line, "metadata", "dateline")])
    elif place_date_line(line):
        _emit(state, [(line, "metadata", "placedate")])
    elif state.aside:
        _emit(state, [(line, "aside", "")])
    elif action == "cut":
        return state.long_paragraphs == 0
    elif _furniture(state, line) or (state.web and _navigation(state, line)):
        pass
    else:
        _add_content(state, line)
    return True


def _before_text(state: _State) -> bool:
    """Before the title, or between it and the first line of text: where a date stamp
    is the document's own ("Title" / "OCTOBER 3, 2019 / 11:02 AM" / text; a section
    name set as a heading may stand above the headline and be taken as the title)."""
    return not state.title_done or (state.body_lines == 0 and state.long_paragraphs == 0)


def _ahead(state: _State, n: int) -> str:
    """The ``n``-th line after the one being classified ("" past the end)."""
    return state.ahead[n] if n < len(state.ahead) else ""


def _dates_article(state: _State, line: str) -> bool:
    """Whether a date line before the title dates the article: it stands right above
    the title and the running text, and that text states its day again ("On 12 October
    2006, …"). A site's current-date banner stands among the site's menus, and today's
    date is seldom the day an article tells of; without that evidence the line stays
    a banner (no date rather than a wrong one)."""
    title, text = _ahead(state, 0), _ahead(state, 1)
    if not _title_like(title) or _running_text(title) or not _running_text(text):
        return False
    days = {_day(found) for found in find_dates(line)}
    return any(_day(found) in days for found in find_dates(text) if found.day is not None)


def _day(found: FoundDate) -> tuple[int | None, int | None, int | None]:
    return found.year, found.month, found.day


def _dedup_key(line: str) -> str:
    """The line with its whitespace runs as single spaces, case-folded: two lines alike.

    A printable line (no tab or other odd space) without two spaces together,
    and no space at either end, is its own spaced form: two scans at C speed,
    where splitting a paragraph makes a string of every word.
    """
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line.casefold()
    return " ".join(line.split()).casefold()


def _add_metadata_line(state: _State, line: str, pieces: list[Piece]) -> None:
    parts: list[tuple[str, LineRole, str]] = []
    for piece in pieces:
        if piece.role == "metadata":
            parts.append((line[piece.start : piece.end], "metadata", piece.label))
            state.author_pending = _empty_author(line, piece)
        else:
            rest = line[piece.start : piece.end]
            if not _furniture(state, rest) and not (state.web and _navigation(state, rest)):
                parts.extend(_content_parts(state, rest))
    _emit(state, parts)


def _empty_author(line: str, piece: Piece) -> bool:
    return piece.label == "author" and not line[piece.start : piece.end].split(":", 1)[-1].strip()


def _furniture(state: _State, line: str) -> bool:
    """Page furniture by its words or shape; in a main text an extractor isolated, by its
    words only ("Share", "Tell a friend": link labels inside the article's container), as
    lines of numbers or links there are the article's own (measured: the shapes cost the
    article-extraction benchmark 0.002 F1 of recall)."""
    if state.web:
        return is_furniture(line)
    return marker_action(line) == "line"


def _navigation(state: _State, line: str) -> bool:
    """One or two words before the title: a section name or menu item. Not a line the
    page sets in display type, nor two words the article's running text follows at once:
    those are a title or heading, however short (a menu item is followed by the next)."""
    words = len(line.split())
    return (
        not state.title_done
        and words <= SHORT_TITLE_WORDS
        and not any(c.isdigit() for c in line)
        and not _display(state, line)
        and not (words == SHORT_TITLE_WORDS and _running_text(_ahead(state, 0)))
    )


def _running_text(line: str) -> bool:
    """A paragraph of running text: long, with a full stop, starting as a sentence starts."""
    return (
        len(line) >= LONG_PARAGRAPH
        and _SENTENCE_END.search(line) is not None
        and not line[:1].islower()
    )


def _display(state: _State, line: str) -> bool:
    """Whether ``line`` starts with a line the page sets larger than its body type (a
    title wrapped over several printed lines is one line here) and has a word in it
    (large marks or a code name, "<<", "spot_img", are no heading)."""
    if not state.display or not any(word.isalpha() for word in line.split()):
        return False
    key = _dedup_key(line)
    return any(key.startswith(shown) for shown in state.display)


def _add_content(state: _State, line: str) -> None:
    last = state.lines[-1].parts if state.lines else []
    if len(last) == 1 and last[0][1] in ("body", "heading") and _goes_on(last[0][0], line):
        last[0] = (f"{last[0][0]} {line}", "body", "")
        return
    _emit(state, _content_parts(state, line))


def _goes_on(previous: str, line: str) -> bool:
    """A paragraph broken in the middle of a sentence ("…cultural and" / "cooperation, in…")."""
    return not previous.endswith(_END_PUNCT) and line[:1].islower() and len(previous) > 40


def _content_parts(state: _State, line: str) -> list[tuple[str, LineRole, str]]:
    doubled, state.doubled_title = state.doubled_title, None  # judged by the next line only
    if state.body_lines < DATELINE_LINES:
        end = dateline_end(line)
        if end is not None and end < len(line):
            state.title_done = True
            label = dateline_label(line, end)
            return [(line[:end].rstrip(" -–—"), "metadata", label), *_body(state, line[end:])]
    if not state.title_done:
        state.title_done = True
        single = _single_copy(line)
        if _title_like(single):
            state.doubled_title = single if single != line else None
            return [(single, "title", "")]
    elif doubled is not None and _headline(line):
        _drop_ticker(state, doubled)
        return [(line, "title", "")]
    return _body(state, line)


def _headline(line: str) -> bool:
    """A line of a few words that reads as a headline, not as a sentence or a label."""
    return (
        _title_like(line)
        and not line.endswith(_END_PUNCT)
        and len(line.split()) >= DATELINE_LINE_WORDS
    )


def _drop_ticker(state: _State, single: str) -> None:
    """A line holding a headline twice, followed by another headline, was a ticker or a
    carousel of other articles (their text runs round twice), not the page's title: it
    goes, and the headline after it is the title."""
    for line in reversed(state.lines):
        kept = [part for part in line.parts if part != (single, "title", "")]
        if len(kept) < len(line.parts):
            line.parts = kept
            state.lines = [other for other in state.lines if other.parts]
            return


def _body(state: _State, line: str) -> list[tuple[str, LineRole, str]]:
    # a word or two (a title wrapped by a page layout, a section name) is not a line of text
    state.body_lines += len(line.split()) >= DATELINE_LINE_WORDS
    if len(line) >= LONG_PARAGRAPH and _SENTENCE_END.search(line):
        state.long_paragraphs += 1
    return [(line, "heading" if _heading_like(line) else "body", "")]


def _title_like(line: str) -> bool:
    """One short line with words in it that is not a sentence of running text (headlines
    end without a stop)."""
    if len(line) > TITLE_MAX or len(_SENTENCE_END.findall(line.rstrip(".!?"))) > 1:
        return False
    if _WORD.search(line) is None:
        return False
    return not (line.endswith(".") and len(line.split()) >= SENTENCE_WORDS)


def _heading_like(line: str) -> bool:
    """A short line without closing punctuation (the word count, dearest, comes last)."""
    return (
        len(line) < HEADING_MAX_CHARS
        and not line.endswith(_END_PUNCT)
        and not line[:1].islower()
        and len(line.split()) <= HEADING_MAX_WORDS
    )


def _single_copy(line: str) -> str:
    """A title printed twice on one line ("AB…AB…") as one copy."""
    if len(line) < 40:
        return line
    probe = line[:24]
    again = line.find(probe, 20)
    return line[:again].rstrip() if again > 0 else line


def _emit(state: _State, parts: list[tuple[str, LineRole, str]]) -> None:
    """Add one output line; in back matter, everything but metadata is an aside."""
    parts = [
        (text.strip(), "aside" if state.aside and role != "metadata" else role, label)
        for text, role, label in parts
        if text.strip()
    ]
    if parts:
        state.lines.append(_Line(parts))


def _mark_trailing_tags(state: _State) -> None:
    """Lines after the last sentence that are runs of capitalised words: a tag list."""
    for line in reversed(state.lines):
        if all(role == "metadata" for _, role, _ in line.parts):
            continue
        text, role, _ = line.parts[0]
        if len(line.parts) != 1 or role not in ("body", "heading") or not _tag_list(text):
            return
        line.parts[0] = (text, "metadata", "tags")


def _keep_last_date_lines(state: _State) -> None:
    """A date line with a weekday is a site's current-date banner only before the page's
    content: one that nothing but metadata follows ("Friday, 3 September 2014" alone,
    a page whose only text is its date) is the document's own date line."""
    for line in reversed(state.lines):
        if any(role != "metadata" for _, role, _ in line.parts):
            return
        line.parts = [
            (text, role, "dateline" if label == "banner" else label)
            for text, role, label in line.parts
        ]


def _tag_list(text: str) -> bool:
    words = text.split()
    if len(words) < 3 or text.endswith(_END_PUNCT) or "," in text:
        return False
    # a number is no tag: a line of names and numbers is a table row ("130 Colin Montgomerie 65")
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) >= 0.7


def _assemble(lines: list[_Line]) -> Cleaned:
    chunks: list[str] = []
    regions: list[Region] = []
    pos = 0
    for n, line in enumerate(lines):
        if n:
            chunks.append("\n")
            pos += 1
        for i, (text, role, label) in enumerate(line.parts):
            if i:
                chunks.append(" ")
                pos += 1
            chunks.append(text)
            regions.append(Region(pos, pos + len(text), role, label))
            pos += len(text)
    return Cleaned(text="".join(chunks), regions=regions)
