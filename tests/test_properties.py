"""Property tests: parsing never raises and its evidence is always exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import parse_text

# Text built from pieces that trigger extractors (countries, dates, names, cues),
# glued with arbitrary Unicode, so that the properties are tested where rules fire.
_PIECES = st.sampled_from(
    [
        "Kazakhstan", "Germany", "the German side", "Armenian universities", "Kazakh-Polish",
        "UNESCO", "the EU", "Минister", "Германией", "казахстанско-германский", "ЮНЕСКО",
        "On 14 October 2016", "in April 2010", "2014-2016", "3.03.2017", "Last Wednesday (30 June)",
        "14 октября 2016 года", "в 2019 году", "Minister of Culture A.Muhamediuly",
        "Ambassador Yerbolat Sembayev", "M.M. Lebedeva", "more than 1000 students",
        "Related articles", "Read also", "date 2024-07-10", "Created at 12 July 2021, 16:49",
        "Abstract:", "Keywords:", "memorandum", "poor execution", "considers it expedient",
        "\n", "\n\n", ". ", ", ", " ", "\u0000", "\ufeff", "ә ғ қ ң ө ұ ү һ і", "{{ x }}", "<b>",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_parse_text_never_raises_and_evidence_is_exact(text: str) -> None:
    record = parse_text(text)
    for ev in record.evidence_items():
        assert 0 <= ev.start <= ev.end <= len(record.text)
        assert record.text[ev.start : ev.end] == ev.text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_parse_text_survives_any_string(text: str) -> None:
    record = parse_text(text)
    assert record.status in ("ok", "partial", "failed")
