from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civplan import Deadline, DeadlineKind, PlanValidationError

K = DeadlineKind


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


# every phrasing of DOMAIN.md, resolved against the plan year 2017
PHRASES = [
    # one quarter, numerals in any script and case
    ("ІV квартал", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),
    ("IV кв.", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),
    ("IV кв", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),
    ("у ІІ кварталі", K.QUARTER, d(2017, 4, 1), d(2017, 6, 30)),
    ("ІІ квартал 2018 року", K.QUARTER, d(2018, 4, 1), d(2018, 6, 30)),
    ("ІІ квартал 2018 р.", K.QUARTER, d(2018, 4, 1), d(2018, 6, 30)),
    ("ӀV квартал", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),  # palochka
    ("ІХ квартал", K.UNKNOWN, None, None),  # Cyrillic Х: IX is no quarter
    ("iv КВАРТАЛ", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),
    ("І квартал", K.QUARTER, d(2017, 1, 1), d(2017, 3, 31)),
    ("ІІІ квартал", K.QUARTER, d(2017, 7, 1), d(2017, 9, 30)),
    ("1 квартал", K.QUARTER, d(2017, 1, 1), d(2017, 3, 31)),
    ("Ⅳ квартал", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),  # the Roman numeral character
    ("ІV квартал\n", K.QUARTER, d(2017, 10, 1), d(2017, 12, 31)),
    # quarter ranges, singular or plural, every dash
    ("ІІ-ІV квартал", K.QUARTER_RANGE, d(2017, 4, 1), d(2017, 12, 31)),
    ("ІІІ – ІV квартали", K.QUARTER_RANGE, d(2017, 7, 1), d(2017, 12, 31)),
    ("ІІІ—ІV квартали", K.QUARTER_RANGE, d(2017, 7, 1), d(2017, 12, 31)),
    ("ІІ -\nІІІ квартал", K.QUARTER_RANGE, d(2017, 4, 1), d(2017, 9, 30)),
    ("ІІІ та ІV квартали", K.QUARTER_RANGE, d(2017, 7, 1), d(2017, 12, 31)),
    ("І-ІІ квартали 2018 року", K.QUARTER_RANGE, d(2018, 1, 1), d(2018, 6, 30)),
    # half-years
    ("І півріччя", K.HALF_YEAR, d(2017, 1, 1), d(2017, 6, 30)),
    ("ІІ півріччя 2019 р.", K.HALF_YEAR, d(2019, 7, 1), d(2019, 12, 31)),
    ("у ІІ півріччі", K.HALF_YEAR, d(2017, 7, 1), d(2017, 12, 31)),
    # months and month ranges
    ("Січень", K.MONTH, d(2017, 1, 1), d(2017, 1, 31)),
    ("у березні", K.MONTH, d(2017, 3, 1), d(2017, 3, 31)),
    ("грудень 2017 року", K.MONTH, d(2017, 12, 1), d(2017, 12, 31)),
    ("лютий 2020 р.", K.MONTH, d(2020, 2, 1), d(2020, 2, 29)),
    ("Січень-лютий", K.MONTH_RANGE, d(2017, 1, 1), d(2017, 2, 28)),
    ("Лютий – березень", K.MONTH_RANGE, d(2017, 2, 1), d(2017, 3, 31)),
    ("вересень-грудень 2018 року", K.MONTH_RANGE, d(2018, 9, 1), d(2018, 12, 31)),
    # dates
    ("до 1 грудня", K.DATE, d(2017, 1, 1), d(2017, 12, 1)),
    ("до 01.12.2017", K.DATE, d(2017, 1, 1), d(2017, 12, 1)),
    ("31 грудня 2017 р.", K.DATE, d(2017, 12, 31), d(2017, 12, 31)),
    ("не пізніше 15 березня", K.DATE, d(2017, 1, 1), d(2017, 3, 15)),
    # the whole year
    ("протягом року", K.YEAR, d(2017, 1, 1), d(2017, 12, 31)),
    ("протягом\nроку", K.YEAR, d(2017, 1, 1), d(2017, 12, 31)),
    ("Протягом року", K.YEAR, d(2017, 1, 1), d(2017, 12, 31)),
    ("Протягом 2017 року", K.YEAR, d(2017, 1, 1), d(2017, 12, 31)),
    ("2017 рік", K.YEAR, d(2017, 1, 1), d(2017, 12, 31)),
    ("2018 р.", K.YEAR, d(2018, 1, 1), d(2018, 12, 31)),
    # several years
    ("2016-2020 роки", K.YEARS, d(2016, 1, 1), d(2020, 12, 31)),
    ("2016 – 2020 роки", K.YEARS, d(2016, 1, 1), d(2020, 12, 31)),
    ("протягом 2016–2020 років", K.YEARS, d(2016, 1, 1), d(2020, 12, 31)),
    # continuous and recurring: the plan period
    ("постійно", K.CONTINUOUS, d(2017, 1, 1), d(2017, 12, 31)),
    ("на постійній основі", K.CONTINUOUS, d(2017, 1, 1), d(2017, 12, 31)),
    ("щокварталу", K.RECURRING, d(2017, 1, 1), d(2017, 12, 31)),
    ("щомісяця", K.RECURRING, d(2017, 1, 1), d(2017, 12, 31)),
    ("щороку до 15 січня", K.RECURRING, d(2017, 1, 1), d(2017, 12, 31)),
    ("щокварталу до 10 числа наступного місяця", K.RECURRING, d(2017, 1, 1), d(2017, 12, 31)),
    # no fixed interval
    ("за потреби", K.UNFIXED, None, None),
    ("у разі потреби", K.UNFIXED, None, None),
    ("у місячний строк", K.UNFIXED, None, None),
    # not understood: never guessed
    ("V квартал", K.UNKNOWN, None, None),
    ("0 квартал", K.UNKNOWN, None, None),
    ("ІІІ півріччя", K.UNKNOWN, None, None),
    ("І та ІІІ квартали", K.UNKNOWN, None, None),  # two quarters, not a range
    ("ІV-ІІ квартал", K.UNKNOWN, None, None),
    ("31 лютого", K.UNKNOWN, None, None),
    ("2020-2016 роки", K.UNKNOWN, None, None),
    ("після завершення ремонту", K.UNKNOWN, None, None),
    ("", K.UNKNOWN, None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), PHRASES)
def test_phrase_means_interval(text: str, kind: DeadlineKind, start: date, end: date) -> None:
    deadline = Deadline.parse(text, year=2017)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)
    assert deadline.text == text  # verbatim
    assert deadline.understood is (kind is not K.UNKNOWN)


def test_continuous_spans_a_multi_year_plan() -> None:
    deadline = Deadline.parse("постійно", year=2016, end_year=2020)
    assert (deadline.start, deadline.end) == (d(2016, 1, 1), d(2020, 12, 31))


def test_explicit_year_overrides_the_plan_year() -> None:
    assert Deadline.parse("І квартал 2019 року", year=2017).start == d(2019, 1, 1)


@given(st.text(), st.integers(1000, 9998))
def test_parse_never_raises_and_intervals_are_well_formed(text: str, year: int) -> None:
    deadline = Deadline.parse(text, year=year)
    assert deadline.text == text
    if deadline.start is None:
        assert deadline.end is None
    else:
        assert deadline.end is not None
        assert deadline.start <= deadline.end
    assert (deadline.start is None) == (deadline.kind in (K.UNKNOWN, K.UNFIXED))


@given(st.sampled_from([p[0] for p in PHRASES]), st.sampled_from(["", " ", "\n", "  \t"]))
def test_surrounding_whitespace_does_not_change_meaning(text: str, pad: str) -> None:
    plain = Deadline.parse(text, year=2017)
    padded = Deadline.parse(pad + text + pad, year=2017)
    assert (padded.kind, padded.start, padded.end) == (plain.kind, plain.start, plain.end)


def test_constructor_rejects_an_inverted_interval() -> None:
    with pytest.raises(PlanValidationError, match="starts after it ends"):
        Deadline(text="x", kind=K.DATE, start=d(2017, 2, 1), end=d(2017, 1, 1))


def test_constructor_rejects_an_interval_on_an_unknown_phrase() -> None:
    with pytest.raises(PlanValidationError, match="has no interval"):
        Deadline(text="x", kind=K.UNKNOWN, start=d(2017, 1, 1), end=d(2017, 1, 1))


def test_str_is_the_raw_phrase() -> None:
    assert str(Deadline.parse("протягом\nроку", year=2017)) == "протягом\nроку"
