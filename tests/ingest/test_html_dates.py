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


def _dated(line: str) -> tuple[dt.date | None, dt.date | None]:
    """(published, updated) of a page whose article carries ``line`` above its text."""
    [record] = parse_bytes(_page(f"<p>{line}</p>{_ARTICLE}").encode(), path="page.html")
    return record.published, record.updated


def test_labelled_dates_in_other_languages() -> None:
    march = dt.date(2024, 3, 15)
    assert _dated("Veröffentlicht am 15.03.2024")[0] == march
    assert _dated("Yayımlanma tarihi: 15.03.2024")[0] == march
    assert _dated("15.03.2024 tarihinde yayınlandı.")[0] == march
    assert _dated("Publié le 15 mars 2024")[0] == march
    assert _dated("Publicado el 15 de marzo de 2024")[0] == march
    # a two-digit year, and a month first where the day cannot be
    assert _dated("veröffentlicht am 6.12.06")[0] == dt.date(2006, 12, 6)
    assert _dated("Published: 1/23/21")[0] == dt.date(2021, 1, 23)


def test_a_labelled_date_of_change_is_no_publication_when_the_page_has_one() -> None:
    line = "Veröffentlicht am 15.03.2024, zuletzt aktualisiert am 20.03.2024"
    assert _dated(line) == (dt.date(2024, 3, 15), dt.date(2024, 3, 20))
    assert _dated("Son güncelleme: 20.03.2024") == (dt.date(2024, 3, 20),) * 2
    assert _dated("Stand: 20.3.24") == (dt.date(2024, 3, 20),) * 2


def test_a_label_inside_running_text_is_no_field() -> None:
    sentence = ("The treaty of friendship, first published on 15.03.2024 by the two ministries, "
                "was discussed at length by the delegations during the visit of the minister, "
                "who also met students, teachers and the staff of the embassy in the capital.")
    assert _dated(sentence) == (None, None)
    assert _dated("The agency's licence was published on 20 January 2010.") == (None, None)


def test_change_metadata_is_kept_apart() -> None:
    head = ('<meta property="article:published_time" content="2024-03-15T10:00:00+00:00">'
            '<meta property="article:modified_time" content="2024-03-20T10:00:00+00:00">')
    dates = page_dates(_page(_ARTICLE, head), None)
    assert (dates.stated, dates.changed) == (dt.date(2024, 3, 15), dt.date(2024, 3, 20))
    # only a date of change: it dates the page, and stays its updated date
    head = '<meta property="article:modified_time" content="2024-03-20T10:00:00+00:00">'
    [record] = parse_bytes(_page(_ARTICLE, head).encode(), path="page.html")
    assert (record.published, record.updated) == (dt.date(2024, 3, 20), dt.date(2024, 3, 20))


def test_a_time_element_marked_as_updated_is_no_publication_date() -> None:
    times = ('<p><time class="entry-date" datetime="2011-09-27"></time> '
             '<time class="updated" datetime="2011-09-28"></time></p>')
    dates = page_dates(_page(times + _ARTICLE), None)
    assert (dates.stated, dates.changed) == (dt.date(2011, 9, 27), dt.date(2011, 9, 28))


def test_the_servers_http_times_and_a_copyright_year_date_nothing() -> None:
    head = ('<meta http-equiv="last-modified" content="2018-10-01">'
            '<meta http-equiv="date" content="2017-09-01"><meta itemprop="copyrightYear" '
            'content="2016">')
    dates = page_dates(_page(_ARTICLE, head), None)
    assert (dates.stated, dates.changed, dates.searched().published) == (None, None, None)


def test_an_element_whose_class_names_a_date_is_the_pages_own() -> None:
    byline = ('<h3 class="byline">by A. Nurov<br><span class="datetime">Monday, March 18, 2024'
              f"</span></h3>{_ARTICLE}")
    found = page_dates(_page(byline), None).searched()
    assert (found.published, found.marked) == (dt.date(2024, 3, 18), True)
    hidden = f'<input class="published_date" type="hidden" value="2024-03-18 10:00:00">{_ARTICLE}'
    assert page_dates(_page(hidden), None).searched().published == dt.date(2024, 3, 18)
    ribbon = f'<a class="ribbon date" title="18th March 2024" href="/">Text</a>{_ARTICLE}'
    assert page_dates(_page(ribbon), None).searched().published == dt.date(2024, 3, 18)


def test_a_block_holding_the_whole_page_is_its_frame_not_furniture() -> None:
    # ASP.NET pages wrap everything in a form; Blogger in a "widget"; some sites give the
    # body classes of every feature ("comments", "share")
    article = f'<p><time datetime="2024-03-15T10:00:00">15 March 2024</time></p>{_ARTICLE}'
    for frame in ('<form id="page">{}</form>', '<div class="widget Blog">{}</div>'):
        page = f"<html><body>{frame.format(article)}</body></html>"
        assert page_dates(page, None).stated == dt.date(2024, 3, 15)
    page = f'<html><body class="share comments">{article}</body></html>'
    assert page_dates(page, None).stated == dt.date(2024, 3, 15)


def test_a_page_whose_whole_text_is_a_date_line_is_dated_by_it() -> None:
    [record] = parse_bytes(b"<html><body>Wed, 19 Oct 2022 14:24:05 +0000</body></html>",
                           path="page.html")
    assert record.published == dt.date(2022, 10, 19)
    assert record.published_evidence[0].text in record.text


def test_a_page_without_main_text_keeps_a_date_of_change_or_a_labelled_date() -> None:
    changed = (b'<html><head><meta itemprop="dateModified" content="2018-02-04"></head>'
               b"<body></body></html>")
    [record] = parse_bytes(changed, path="empty.html")
    assert (record.status, record.published, record.updated) == (
        "partial", dt.date(2018, 2, 4), dt.date(2018, 2, 4)
    )
    nothing = b"<html><head><title>Gallery</title></head><body><img src='x.jpg'></body></html>"
    [failed] = parse_bytes(nothing, path="gallery.html")
    assert failed.status == "failed"


def test_a_metadata_date_points_to_the_date_line_that_writes_it() -> None:
    head = '<meta property="article:published_time" content="2024-03-15T10:00:00+00:00">'
    article = "<p>15.03.2024, 10:42</p>" + _ARTICLE
    [record] = parse_bytes(_page(article, head).encode(), path="page.html")
    assert record.published == dt.date(2024, 3, 15)
    assert [ev.text for ev in record.published_evidence] == ["15.03.2024"]
    # never to a field that says the date is another kind, nor to running text
    running = _ARTICLE.replace("diplomats.", "diplomats on 15.03.2024.")
    article = "<p>Updated: 15.03.2024</p>" + running
    [record] = parse_bytes(_page(article, head).encode(), path="page.html")
    assert (record.published, record.published_evidence) == (dt.date(2024, 3, 15), [])


def test_an_element_marked_as_the_date_of_something_else_is_not_the_pages() -> None:
    for name in ("event-date", "eventStartDate", "deadline-date"):
        article = (f'<p>The festival of Kazakh music opens on <span class="{name}">18 March '
                   f"2024</span> in Rome, with concerts in three cities.</p>{_ARTICLE}")
        [record] = parse_bytes(_page(article).encode(), path="page.html")
        assert record.published is None, name


def test_a_current_date_banner_before_the_headline_is_no_date_wherever_it_stands() -> None:
    for banner in ('<div class="topbar"><span class="date">Monday, 7 October 2024</span></div>',
                   '<div id="top">Понедельник, 7 октября 2024</div>'):
        page = (f"<html><body>{banner}<main><article><h1>Concert in Rome</h1>{_ARTICLE}"
                "</article></main></body></html>")
        [record] = parse_bytes(page.encode(), path="page.html")
        assert record.published is None, banner
    # the article's own date line under its headline stands
    dated = page.replace("</h1>", "</h1><p class='date'>Monday, 7 October 2024</p>")
    [record] = parse_bytes(dated.encode(), path="page.html")
    assert record.published == dt.date(2024, 10, 7)


def test_a_bare_date_label_names_only_the_date_that_follows_it_at_once() -> None:
    assert _dated("Datum: 15.03.2024")[0] == dt.date(2024, 3, 15)
    assert _dated("Date: Friday, 15 March 2024")[0] == dt.date(2024, 3, 15)
    assert _dated("Date of the concert: 15 March 2024")[0] is None
