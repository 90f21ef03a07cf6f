"""A site's technical page data is known by its shape, whatever its labels say."""

from __future__ import annotations

import pytest

from briefing.clean.page_data import is_page_data, page_data_end

RUNS = [
    # a publisher's render footer, the shape that prompted the rule
    "Hostname: page-component-7bb8b95d7b-dtkg6 Total loading time: 0 "
    "Render date: 2024-10-02T15:26:04.541Z Has data issue: false hasContentIssue false",
    # other sites' diagnostics: other labels, the same kind of values
    "Server: web-03.example.org Generated in: 0.42 s",
    "Build: 3f9a2c1d Session id: a81-ff2b-99",
    "Cache: true Served at: 2023-01-05 10:11:12",
    "node=app-7c9f4 render_ms=118",
]
TEXT = [
    "Pages: 12 Figures: 3",  # numbers only: a description of a paper
    "Received: 2024-03-01 Accepted: 2024-05-02",  # dates only: a paper's history
    "Date: 12 March 2024 Author: John Smith",
    "The EU and Central Asia: Higher Education Cooperation",
    "Published online by a university press: 22 August 2023",
    "Hostname: web-01",  # one pair is a fact, not a run of diagnostics
]


@pytest.mark.parametrize("line", RUNS)
def test_runs_of_machine_values_are_page_data(line: str) -> None:
    assert page_data_end(line) == len(line)
    assert is_page_data(f"The festival opened in Rome. {line}")


@pytest.mark.parametrize("line", TEXT)
def test_labelled_facts_and_titles_are_not_page_data(line: str) -> None:
    assert page_data_end(line) is None
    assert not is_page_data(line)


def test_the_run_ends_where_the_text_begins() -> None:
    line = "Build: 3f9a2c1d Session id: a81-ff2b-99 Concert in Rome"
    assert line[page_data_end(line) or 0 :].strip() == "Concert in Rome"
