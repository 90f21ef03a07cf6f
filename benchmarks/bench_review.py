"""The review page and the diff: build times, file size, and how fast the page opens.

    .venv/bin/python benchmarks/bench_review.py [--sources 500] [--diff 1000]

* ``review``  compose the briefing and its review page from ``--sources`` generated records
  (tests/compose_factory.py), write the HTML; then open it in headless chromium (Debian's,
  through chromedriver) and time the load until the page's script has built the statements,
  a click on a statement, and a search for a word.
* ``diff``    two sets of ``--diff`` generated records (different seeds, a month apart):
  time to compose the "what changed" briefing and to write it as JSON and as a review page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the record generator lives with the tests


def _review(count: int, folder: Path) -> Path:
    from briefing.compose.review import build_review
    from briefing.options import BuildOptions
    from briefing.render.review_renderer import render_review
    from compose_factory import generated_records

    records = generated_records(count)
    started = time.perf_counter()
    page = build_review(records, BuildOptions(created=dt.datetime(2025, 1, 1)))
    composed = time.perf_counter()
    path = render_review(page, folder / "review.html")
    written = time.perf_counter()
    statements = sum(len(b.statements) for g in page.groups for b in g.blocks)
    print(f"review   {count} sources, {statements} statements: compose {composed - started:.2f} s,"
          f" write {written - composed:.2f} s, {path.stat().st_size / 1e6:.1f} MB")
    return path


def _open(path: Path) -> None:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        print("browser  skipped: chromium and chromedriver are not installed")
        return
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1400,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or ""),
                              options=options)
    try:
        driver.get("about:blank")
        started = time.perf_counter()
        driver.get(path.as_uri())  # returns once the load event has fired (scripts done)
        loaded = time.perf_counter() - started
        statements = driver.find_elements(By.CSS_SELECTOR, ".stmt")
        started = time.perf_counter()
        statements[len(statements) // 2].click()
        clicked = time.perf_counter() - started
        started = time.perf_counter()
        driver.find_element(By.ID, "search").send_keys("museum")
        hits = driver.find_element(By.ID, "hits")
        WebDriverWait(driver, 30).until(lambda _: hits.text)
        searched = time.perf_counter() - started
        print(f"browser  open {loaded:.2f} s ({len(statements)} statements), click "
              f"{clicked * 1000:.0f} ms, search {searched * 1000:.0f} ms "
              f"(includes the 120 ms typing pause): {hits.text}")
    finally:
        driver.quit()


def _diff(count: int, folder: Path) -> None:
    from briefing.compose.delta import build_delta
    from briefing.compose.review import review_page
    from briefing.options import BuildOptions
    from briefing.render import render_json
    from briefing.render.review_renderer import render_review
    from compose_factory import generated_records

    old, new = generated_records(count, seed=7), generated_records(count, seed=8)
    started = time.perf_counter()
    delta = build_delta(old, new, BuildOptions(created=dt.datetime(2025, 1, 1)))
    composed = time.perf_counter()
    render_json(delta.briefing, folder / "changes.json")
    render_review(review_page(delta.briefing, delta.records), folder / "changes-review.html")
    written = time.perf_counter()
    changes = sum(len(b.lines) for g in delta.briefing.groups for b in g.blocks)
    print(f"diff     {count} + {count} records, {changes} changes: compose "
          f"{composed - started:.2f} s, JSON and review page {written - composed:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--diff", type=int, default=1000)
    args = parser.parse_args()
    with TemporaryDirectory() as tmp:
        _open(_review(args.sources, Path(tmp)))
        _diff(args.diff, Path(tmp))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak     {peak:.0f} MB (this process)")


if __name__ == "__main__":
    main()
