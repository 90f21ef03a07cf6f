"""A block of related news inside the article's container: neither its text nor its dates
belong to the article."""

from __future__ import annotations

from briefing import parse_bytes

ARTICLE = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The Embassy of Kazakhstan in Spain held days of Kazakh culture in Madrid with "
        "concerts, exhibitions and a film programme for the public of the Spanish capital.",
        "More than two hundred guests attended the opening evening at the cultural centre, "
        "including diplomats, students and members of the Kazakh diaspora in Spain.",
    )
)
RELATED = (
    "<h3>Related news</h3>"
    "<p>Japan and Kazakhstan discuss direct flights for tourists. 3 February 2022</p>"
    "<p>Students from Egypt win the robotics olympiad in Astana. 11 November 2020</p>"
)


def page(related: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>Culture days</title></head><body><article>"
        f"<h1>Culture days in Madrid</h1>{ARTICLE}{related}<p>Share: Facebook</p></article>"
        "<footer>© 2016–2024 News Agency</footer></body></html>"
    ).encode()


def test_related_news_inside_the_article_are_cut_with_their_dates() -> None:
    [record] = parse_bytes(page(RELATED), path="culture.html")
    assert "Japan" not in record.text and "Share" not in record.text
    assert record.text.endswith("Kazakh diaspora in Spain.")
    assert record.published is None  # not the date of a related article, nor the copyright


def test_a_date_outside_the_main_text_is_still_searched_for() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Culture days</title></head><body>"
        "<div class='info'><span>Posted 14 May 2024</span></div><article>"
        f"<h1>Culture days in Madrid</h1>{ARTICLE}{RELATED}</article></body></html>"
    ).encode()
    [record] = parse_bytes(html, path="culture.html")
    assert str(record.published) == "2024-05-14"
