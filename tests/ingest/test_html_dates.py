"""A web page's publication date: its own, never a related item's, a banner's or a copyright's."""

from __future__ import annotations

import datetime as dt

from briefing import parse_bytes
from briefing.ingest.html_dates import page_dates

_ARTICLE = (
    "<p>The Embassy of Kazakhstan in Rome held a concert of Kazakh folk music together with "
    "the Conservatory of Santa Cecilia, attended by students and diplomats.</p>"
    "<p>The two sides agreed to hold a joint summer school for young musicians.</p>"
)
_FURNITURE = (
    '<header><div class="top-date">Monday, 7 October 2024</div><nav><ul>'
    '<li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>'
)
_RELATED = (
    '<div class="related-news"><h2>Related news</h2><ul>'
    '<li><a href="/a">Japan and Kazakhstan discuss flights</a> <span class="date">3 February '
    '2022</span></li><li><a href="/b">A festival opens</a> <span class="date">18 May 2021'
    "</span></li></ul></div>"
)
_FOOTER = "<footer><p>© 2016–2024 News Agency. All rights reserved.</p></footer>"


def _page(article: str, head: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>Concert in Rome</title>{head}</head><body>"
        f"{_FURNITURE}<main><article><h1>Concert in Rome</h1>{article}</article>{_RELATED}"
        f"</main>{_FOOTER}</body></html>"
    )


def test_an_undated_page_gets_no_date_from_related_news_banner_or_copyright() -> None:
    dates = page_dates(_page(_ARTICLE), None)
    assert (dates.stated, dates.searched().published) == (None, None)
    [record] = parse_bytes(_page(_ARTICLE).encode(), path="page.html")
    assert record.published is None


def test_the_metadata_date_is_the_stated_one() -> None:
    head = '<meta property="article:published_time" content="2024-03-15T10:00:00+00:00">'
    assert page_dates(_page(_ARTICLE, head), None).stated == dt.date(2024, 3, 15)


def test_a_date_in_the_main_text_beats_the_pages_furniture() -> None:
    article = "<p>date 2024-03-15</p>" + _ARTICLE
    [record] = parse_bytes(_page(article).encode(), path="page.html")
    assert record.published == dt.date(2024, 3, 15)
    assert record.published_evidence[0].text == "2024-03-15"


def test_a_date_stamp_outside_the_main_text_is_found_by_the_search() -> None:
    page = _page(_ARTICLE).replace("<main>", '<p class="byline">15.03.2024, 10:42</p><main>')
    dates = page_dates(page, None)
    assert (dates.stated, dates.searched().published) == (None, dt.date(2024, 3, 15))
    [record] = parse_bytes(page.encode(), path="page.html")
    assert record.published == dt.date(2024, 3, 15)


def test_the_search_never_invents_a_day() -> None:
    doi = _page(_ARTICLE.replace("diplomats.", "diplomats (doi 10.28995/2073-6339-2025-1-57)."))
    dates = page_dates(doi, None)
    assert (dates.stated, dates.searched().published) == (None, None)


def test_a_first_of_the_month_counts_only_when_the_page_writes_it() -> None:
    copyright_only = "<html><body><article><p>Text.</p></article><p>© 2019 Agency</p></body></html>"
    assert page_dates(copyright_only, None).searched().published is None
    written = copyright_only.replace("Text.", "Text of 1 March 2019.")
    assert page_dates(written, None).searched().published == dt.date(2019, 3, 1)


def test_a_page_without_main_text_keeps_its_metadata_date() -> None:
    head = '<meta property="article:published_time" content="2024-03-15T10:00:00+00:00">'
    page = f"<html><head><title>Gallery</title>{head}</head><body><img src='x.jpg'></body></html>"
    [record] = parse_bytes(page.encode(), path="gallery.html")
    assert record.status == "partial"
    assert record.published == dt.date(2024, 3, 15)
    assert any("no main text" in warning for warning in record.warnings)


def test_the_pages_structured_data_dates_it() -> None:
    # script elements are furniture, but not the page's JSON-LD: its datePublished counts
    head = (
        '<script type="application/ld+json">{"@type": "Person", "name": "A. Nurov"}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-03-15T10:00:00+00:00"}</script>'
        "<script>var published = '2011-01-01';</script>"
    )
    assert page_dates(_page(_ARTICLE, head), None).stated == dt.date(2024, 3, 15)


def test_a_full_date_of_a_meta_field_htmldate_does_not_list_is_found_by_the_search() -> None:
    head = '<meta name="DC.Issued" content="2021-07-13">'
    dates = page_dates(_page(_ARTICLE, head), None)
    assert (dates.stated, dates.searched().published) == (None, dt.date(2021, 7, 13))


def test_a_date_of_change_in_an_attribute_is_no_publication_date() -> None:
    head = '<meta itemprop="dateModified" content="2021-07-13">'
    dates = page_dates(_page(_ARTICLE, head), None)
    assert (dates.stated, dates.searched().published) == (None, None)
