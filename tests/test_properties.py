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


# Numbers and dates side by side, in every written form the extractors read, so that
# figure and date patterns meet runs of digits they were not written for
# ("132,000 7,000 359,000", "03/04/2017 5", "1 2 3 марта").
_NUMBERISH = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}".replace(",", " ")),
    st.floats(min_value=0, max_value=10**6, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates().map(lambda d: d.strftime("%m.%d.%y")),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "percent", "%", "million", "млн", "students", "студентов", "года", "year", "in",
            "March", "march", "марта", "25th", "first", "двадцать первое", "ago", "назад",
            "last week", "вчера", "next", "-", "–", "/", ".", ",", "to", "по", "$", "£", "₸",
        ]
    ),
)
_NUMBER_TEXT = st.lists(_NUMBERISH, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NUMBER_TEXT)
def test_number_and_date_heavy_text_gives_a_record(text: str) -> None:
    record = parse_text(text)
    assert record.status in ("ok", "partial")
    assert record.error is None
    for ev in record.evidence_items():
        assert record.text[ev.start : ev.end] == ev.text


def test_side_by_side_thousands_are_not_one_number() -> None:
    record = parse_text("USDA said 132,000 7,000 359,000 were slaughtered, up 5 percent.")
    assert record.status == "ok"
    assert [f.text for f in record.figures] == ["5 percent"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NUMBER_TEXT, st.dates())
def test_any_reference_date_resolves_or_leaves_dates_open(text: str, day: object) -> None:
    from briefing import ParseOptions

    record = parse_text(text, options=ParseOptions(reference_date=day))
    assert record.status in ("ok", "partial") and record.error is None
    for mention in record.dates:
        assert (mention.date.start is None) == (mention.date.precision in ("partial", "relative"))
