"""The review page in a real browser: a click on a statement marks its words in the source.

Runs Debian's chromium through its chromedriver (``make test`` installs both);
skipped where either is missing.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.compose.review import build_review
from briefing.options import BuildOptions
from briefing.render.review_renderer import data_island, render_review
from compose_factory import make_record

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
HOSTILE = 'A note </script><img src="x" onerror="document.title=\'owned\'"> {{ 7*7 }} ended.'


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = [
        make_record(title="Days of culture held", path="a.txt"),
        make_record(title="A film week opened", path="b.txt", published="2024-08-01",
                    partners=(("FR", "France"),),
                    themes={"culture": ["A film week opened in Paris with six films.", HOSTILE]}),
    ]
    page = build_review(records, BuildOptions(created=dt.datetime(2026, 1, 1)))
    return render_review(page, tmp_path_factory.mktemp("review") / "review.html")


def test_document_text_cannot_close_the_data_island(page_file: Path) -> None:
    html = page_file.read_text(encoding="utf-8")
    island = html.split('id="review-data">', 1)[1].split("</script>", 1)[0]
    assert "<img" not in island and "\\u003c/script\\u003e" in island
    assert "http://" not in html and "https://" not in html  # nothing to fetch
    assert "default-src 'none'" in html


def test_data_island_escapes_line_separators() -> None:
    page = build_review([make_record(title="Line\u2028break")], BuildOptions())
    assert "\u2028" not in str(data_island(page))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver are not installed (make test installs them)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1400,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.mark.slow
def test_a_click_on_a_statement_marks_its_sentence(browser: Any, page_file: Path) -> None:
    from selenium.webdriver.common.by import By
    driver = browser
    driver.get(page_file.as_uri())
    statements = driver.find_elements(By.CSS_SELECTOR, ".stmt")
    target = next(s for s in statements if "six films" in s.text)
    target.click()
    marked = driver.find_elements(By.CSS_SELECTOR, "#source-text .sel")
    assert "".join(m.text for m in marked) == "A film week opened in Paris with six films."
    assert "active" in target.get_attribute("class")


@pytest.mark.slow
def test_markup_in_a_document_stays_text(browser: Any, page_file: Path) -> None:
    from selenium.webdriver.common.by import By
    driver = browser
    driver.get(page_file.as_uri())
    target = next(s for s in driver.find_elements(By.CSS_SELECTOR, ".stmt")
                  if "film week" in s.text)
    target.click()
    text = driver.find_element(By.ID, "source-text").text
    assert '<img src="x"' in text and "{{ 7*7 }}" in text
    assert not driver.find_elements(By.CSS_SELECTOR, "#record img")
    assert driver.title != "owned"


@pytest.mark.slow
def test_a_highlight_tells_its_field_and_search_finds_a_word(browser: Any,
                                                             page_file: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    driver = browser
    driver.get(page_file.as_uri())
    driver.find_elements(By.CSS_SELECTOR, ".stmt")[0].click()
    driver.find_element(By.CSS_SELECTOR, "#source-text .f-partner").click()
    info = driver.find_element(By.ID, "info")
    assert info.is_displayed() and "partner" in info.text
    driver.find_element(By.ID, "search").send_keys("six films")
    hits = driver.find_element(By.ID, "hits")
    WebDriverWait(driver, 5).until(lambda _: hits.text)  # the search runs after a pause in typing
    shown = [s for s in driver.find_elements(By.CSS_SELECTOR, ".stmt") if s.is_displayed()]
    total = len(driver.find_elements(By.CSS_SELECTOR, ".stmt"))
    assert shown and len(shown) < total and all("six films" in s.text for s in shown)
    counted = "1 statement" if len(shown) == 1 else f"{len(shown)} statements"
    assert hits.text == f"{counted}, 1 source"

