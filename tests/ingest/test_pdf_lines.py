"""Paragraph breaks of a PDF page read from where its lines stand."""

from __future__ import annotations

from briefing import parse_bytes
from briefing.ingest.pdf_lines import Glyph, GlyphAt, read_page
from ingest_samples import layout_pdf_bytes

# A page of lines: text, left edge, baseline, type size. Characters are half the size wide.
Line = tuple[str, float, float, float]
RIGHT = 72 + 60 * 5.5  # a full line of 60 characters in 11 pt
LEADING = 14


def page(lines: list[Line], *, hyphen_after: int | None = None) -> tuple[str, GlyphAt]:
    """PDFium's text and glyphs for ``lines``; after line ``hyphen_after`` PDFium's mark of
    a line-end hyphen stands instead of the line break."""
    text = ""
    glyphs: list[Glyph] = []
    for number, (words, left, baseline, size) in enumerate(lines):
        for n in range(len(words)):
            x = left + n * size / 2
            glyphs.append(Glyph(x, x + size / 2, baseline, size * 1.1, size))
        text += words
        end = left + len(words) * size / 2
        if number == hyphen_after:
            text += "\ufffe"
            glyphs.append(Glyph(end, end + size / 2, baseline, size * 1.1, size))
        elif number < len(lines) - 1:
            text += "\r\n"
            glyphs += [Glyph(end, end, baseline, 0, 1)] * 2
    return text, glyphs.__getitem__


def mark_paragraphs(text: str, glyph: GlyphAt) -> str:
    return read_page(text, glyph).text


def full(words: str) -> str:
    """``words`` repeated to a full line of 60 characters."""
    return (words * 60)[:59].rstrip() + "x"


def body(first: float, count: int) -> list[Line]:
    return [(full("cultural ties "), 72, first - n * LEADING, 11) for n in range(count)]


def test_lines_of_one_paragraph_are_wrapped_and_paragraph_spacing_breaks() -> None:
    lines = [*body(700, 3), ("and the end.", 72, 700 - 3 * LEADING, 11), *body(630, 3)]
    marked = mark_paragraphs(*page(lines))
    paragraphs = marked.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].count("\n") == 3 and paragraphs[0].endswith("and the end.")


def test_a_heading_in_body_type_is_its_own_paragraph() -> None:
    # "Abstract" at the line spacing of the text: its next word would have fitted after it
    lines = [("Abstract", 72, 714, 11), *body(700, 4)]
    assert mark_paragraphs(*page(lines)).startswith("Abstract\n\n")


def test_a_line_that_ended_short_only_where_the_next_word_did_not_fit_wraps() -> None:
    # the first line stops 9 characters short; the next line opens with a longer word
    short = full("ties ")[:51]
    lines = [(short, 72, 700, 11), ("internationally " + full("ties ")[16:], 72, 686, 11),
             *body(672, 3)]
    assert "\n\n" not in mark_paragraphs(*page(lines))


def test_a_change_of_type_size_breaks() -> None:
    headline = [("Kazakh culture days held in", 72, 740, 22), ("Madrid and Valencia", 72, 714, 22)]
    marked = mark_paragraphs(*page([*headline, *body(690, 3)]))
    assert marked.startswith("Kazakh culture days held in\nMadrid and Valencia\n\n")


def test_a_line_beside_the_last_is_a_turn_left_to_the_cleaner() -> None:
    lines = [*body(700, 3), (full("second column "), 400, 700, 11)]
    assert "\n\f" in mark_paragraphs(*page(lines))


def test_a_hyphen_pdfium_marked_at_a_line_end_is_a_hyphen_and_a_wrap() -> None:
    lines = [(full("ties ")[:-6] + " inter", 72, 700, 11), ("national " + full("x "), 72, 686, 11)]
    marked = mark_paragraphs(*page(lines, hyphen_after=0))
    assert " inter-\nnational " in marked


def test_a_pdf_keeps_its_abstract_heading_and_its_kind() -> None:
    paragraph = [
        "The article examines the cultural cooperation of Kazakhstan and Spain in the",
        "years of independence and the role of the two embassies in it.",
    ]
    lines = [
        ("Cultural diplomacy of Kazakhstan in Spain", 72, 740, 16),
        ("Abstract", 72, 710, 11),
        (paragraph[0], 72, 696, 11),
        (paragraph[1], 72, 682, 11),
        ("Keywords: culture, diplomacy, Spain", 72, 660, 11),
    ]
    [record] = parse_bytes(layout_pdf_bytes(lines), path="paper.pdf")
    assert "\nAbstract\n" in record.text
    assert " ".join(paragraph) in record.text
    assert record.kind == "academic"


def test_a_font_of_other_ascent_at_the_same_size_is_no_heading() -> None:
    # a monospaced line (shorter boxes, same 11 pt) inside a paragraph
    text, glyph = page([*body(700, 2), (full("/usr/share/mime/"), 72, 672, 11), *body(658, 2)])
    start = text.index("/usr")

    def monospaced(n: int) -> Glyph:
        found = glyph(n)
        return found._replace(height=found.height * 0.8) if start <= n < start + 60 else found

    assert "\n\n" not in mark_paragraphs(text, monospaced)


def test_a_first_line_indent_breaks_where_the_line_before_is_full() -> None:
    # justified text: every line full, paragraphs told apart by their indented first line
    lines = [*body(700, 2), (full("ties "), 88.5, 672, 11), *body(658, 2)]
    assert mark_paragraphs(*page(lines)).count("\n\n") == 1


def test_the_hanging_indent_of_a_list_item_wraps() -> None:
    item = [("• " + full("ties ")[2:], 72, 700, 11), (full("ties ")[:-3], 83, 686, 11)]
    lines = [*item, ("• " + full("ties ")[2:], 72, 672, 11), *body(658, 1)]
    marked = mark_paragraphs(*page(lines))
    assert marked.split("\n")[:2] == [lines[0][0], lines[1][0]]


def test_each_column_of_a_two_column_page_has_its_own_right_edge() -> None:
    # the left column's lines end far from the page's right edge, yet are full lines
    narrow = "ties of the two states and "  # 27 characters
    left = [(narrow, 72, 700 - n * LEADING, 11) for n in range(4)]
    right = [(narrow, 300, 700 - n * LEADING, 11) for n in range(4)]
    marked = mark_paragraphs(*page([*left, *right]))
    assert marked.split("\f")[0].count("\n\n") == 0


def test_glyphs_without_height_keep_every_line() -> None:
    # a broken font: every box flat, every size zero
    lines = [*body(700, 3), ("and the end.", 72, 700 - 3 * LEADING, 11)]
    text, glyph = page(lines)

    def flat(n: int) -> Glyph:
        return glyph(n)._replace(height=0.0, size=0.0)

    marked = mark_paragraphs(text, flat)
    assert [line for line in marked.split("\n") if line] == [words for words, *_ in lines]


SENTENCES = (
    "The universities of both countries exchange students and teachers every year.",
    "Days of culture with concerts and exhibitions open in the capital in spring.",
    "The ministries signed a programme of cooperation in education and science.",
    "Museums prepare a joint exhibition of applied art and rare manuscripts.",
    "A festival of films with subtitles travels to four cities in the autumn.",
)


def test_a_two_column_justified_page_typeset_by_weasyprint_keeps_its_paragraphs() -> None:
    import weasyprint

    # every sentence numbered: a printed line repeated three times would be a running header
    paragraphs = [
        f"Paragraph {n} begins. "
        + " ".join(
            f"{SENTENCES[(n + k) % len(SENTENCES)][:-1]} ({n}.{k})." for k in range(2 + n % 4)
        )
        + f" Paragraph {n} ends."
        for n in range(10)
    ]
    css = (
        "@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Serif'; font-size: 9pt;"
        " column-count: 2; column-gap: 1cm } p { margin: 0; text-indent: 1.2em;"
        " text-align: justify }"
    )
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    html = f"<html><head><style>{css}</style></head><body><h2>Results</h2>{body}</body></html>"
    pdf = weasyprint.HTML(string=html).write_pdf()
    [record] = parse_bytes(pdf, path="paper.pdf")
    assert record.text.split("\n")[-len(paragraphs) :] == paragraphs


def test_lines_set_larger_than_the_body_type_are_display_lines() -> None:
    lines = [("Journal of Area Studies", 72, 760, 9), ("Cultural", 72, 740, 22),
             ("cooperation", 72, 714, 22), ("Introduction", 72, 700, 14), *body(680, 4)]
    assert read_page(*page(lines)).display == ["Cultural", "cooperation", "Introduction"]


def test_a_short_title_in_display_type_is_the_title_not_a_menu_item() -> None:
    sentence = "The embassy held a concert of Kazakh music in Rome on Friday evening."
    lines = [("Cultural cooperation", 72, 740, 22), ("12 March 2024", 72, 712, 11),
             *[(sentence, 72, 690 - n * LEADING, 11) for n in range(3)]]
    [record] = parse_bytes(layout_pdf_bytes(lines), path="note.pdf")
    assert record.title == "Cultural cooperation"
    # the same two words in body type, before a line that is not the text, are a menu item
    lines[0] = ("Cultural cooperation", 72, 726, 11)
    [record] = parse_bytes(layout_pdf_bytes(lines), path="note.pdf")
    assert record.title is None and "Cultural cooperation" not in record.text
