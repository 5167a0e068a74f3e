import re
from datetime import date

import pytest
from hypothesis import given, settings
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
    ("ІІІ кв-л", K.QUARTER, d(2017, 7, 1), d(2017, 9, 30)),  # «кв-л», a short «квартал»
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
    ("ІV квартал 2017 – ІІ квартал 2018", K.QUARTER_RANGE, d(2017, 10, 1), d(2018, 6, 30)),
    ("у ІІІ кварталі 2017 р. - І кварталі 2018 р.", K.QUARTER_RANGE, d(2017, 7, 1), d(2018, 3, 31)),
    ("ІІ півріччя 2017 – І півріччя 2018 року", K.HALF_YEAR, d(2017, 7, 1), d(2018, 6, 30)),
    ("ІІІ квартал 2018 – І квартал 2017", K.UNKNOWN, None, None),
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
    # by the month: by its end, as «до І півріччя» is by the half's
    ("до червня 2017 року", K.DATE, d(2017, 1, 1), d(2017, 6, 30)),
    ("до грудня", K.DATE, d(2017, 1, 1), d(2017, 12, 31)),
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
    ("щокварталу до 10 числа наступного місяця", K.RECURRING, d(2017, 1, 1), d(2018, 1, 10)),
    # no fixed interval
    ("за потреби", K.UNFIXED, None, None),
    ("у разі потреби", K.UNFIXED, None, None),
    ("у місячний строк", K.UNFIXED, None, None),
    ("без установлення терміну", K.UNFIXED, None, None),
    ("протягом 3-х місяців", K.UNFIXED, None, None),  # a count with its case ending
    ("упродовж 5-ти днів з дня отримання", K.UNFIXED, None, None),
    ("До кінця дії програми розвитку", K.UNFIXED, None, None),
    ("Відповідно до вимог чинного законодавства", K.UNFIXED, None, None),
    ("Згідно із Законом України «Про звернення громадян»", K.UNFIXED, None, None),
    ("У терміни, передбачені законодавством", K.UNFIXED, None, None),
    ("за наявності фінансування", K.UNFIXED, None, None),
    ("У міру надходження коштів з державного бюджету", K.UNFIXED, None, None),
    ("протягом 10 днів з дня підписання договору", K.UNFIXED, None, None),
    ("протягом місяця після прийняття рішення", K.UNFIXED, None, None),
    ("протягом 5 днів після надходження субвенції", K.UNFIXED, None, None),  # any verbal noun
    ("відповідно до строків, визначених законодавством", K.UNFIXED, None, None),
    ("згідно зі строками, встановленими Порядком", K.UNFIXED, None, None),
    ("у двотижневий строк від дня погодження", K.UNFIXED, None, None),
    ("протягом півроку", K.UNFIXED, None, None),  # counted from the plan's adoption
    ("протягом 30 календарних днів з дня затвердження плану", K.UNFIXED, None, None),
    ("у 5 робочих днів від дня надходження запиту", K.UNFIXED, None, None),
    ("не пізніше ніж за 10 днів до засідання", K.UNFIXED, None, None),  # before an event
    ("за місяць до початку навчального року", K.UNFIXED, None, None),
    # not understood: never guessed
    ("V квартал", K.UNKNOWN, None, None),
    ("0 квартал", K.UNKNOWN, None, None),
    ("ІІІ півріччя", K.UNKNOWN, None, None),
    ("І та ІІІ квартали", K.STAGES, d(2017, 1, 1), d(2017, 9, 30)),  # two quarters, no range
    ("ІV-ІІ квартал", K.UNKNOWN, None, None),
    ("31 лютого", K.UNKNOWN, None, None),
    ("2020-2016 роки", K.UNKNOWN, None, None),
    ("після ремонту", K.UNKNOWN, None, None),
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
    assert (deadline.start is None) == (deadline.kind in (K.UNKNOWN, K.UNFIXED, K.SCHEDULED))
    for part in deadline.parts:
        assert part.start is not None and part.end is not None and part.start <= part.end


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


# LAYOUTS.md «Deadlines as written», in our own phrases, plan year 2024
MORE = [
    # a calendar of events: the day with its hour, which is no part of the term
    ("24.08.2024, 10:00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24.08.2024 о 10.00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24 серпня 2024 р. о 10 год.", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("11:30, 24.08.2024", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24 серпня, 11.00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24.08.2024 з 10.00 до 13.00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24.08.2024 10:00–13:30", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    # … and its place, in one column «Дата, час і місце проведення»
    ("24.08.2024, центральна площа", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24.08.2024, 10:00, сквер Героїв", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("серпень, стадіон «Колос»", K.MONTH, d(2024, 8, 1), d(2024, 8, 31)),
    ("24 серпня, с. Лісове, будинок культури", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("2024 рік, ліцей № 2", K.UNKNOWN, None, None),  # a figure after it: no mere place
    # a date as a spreadsheet shows it with its time, seconds and all, or as ISO writes it
    ("2024-08-24 0:00:00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("24.08.2024 00:00:00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("2024-08-24T00:00:00", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("з 01.09 по 30.09.2024", K.DATE_RANGE, d(2024, 9, 1), d(2024, 9, 30)),  # days, no hours
    ("до 1.10", K.DATE, d(2024, 1, 1), d(2024, 10, 1)),
    ("неділя, 25 серпня", K.DATE, d(2024, 8, 25), d(2024, 8, 25)),  # the weekday first
    ("у період з 01.06 до 31.08", K.DATE_RANGE, d(2024, 6, 1), d(2024, 8, 31)),
    ("за період з 1 по 15 червня", K.DATE_RANGE, d(2024, 6, 1), d(2024, 6, 15)),
    # days of one month named once: each a stage
    ("23, 24 серпня", K.STAGES, d(2024, 8, 23), d(2024, 8, 24)),
    ("1, 15 та 29 червня 2024 року", K.STAGES, d(2024, 6, 1), d(2024, 6, 29)),
    ("10, 20", K.UNKNOWN, None, None),
    # ranges of dates, of days within a month
    ("01.02.2024 - 31.05.2024", K.DATE_RANGE, d(2024, 2, 1), d(2024, 5, 31)),
    ("01.02.2024–31.05.2024", K.DATE_RANGE, d(2024, 2, 1), d(2024, 5, 31)),
    ("з 15.03.2024 по 15.04.2024", K.DATE_RANGE, d(2024, 3, 15), d(2024, 4, 15)),
    ("15-20.12.2024", K.DATE_RANGE, d(2024, 12, 15), d(2024, 12, 20)),  # days of one month
    ("з 1 по 5.09", K.DATE_RANGE, d(2024, 9, 1), d(2024, 9, 5)),
    ("30-31.02.2024", K.UNKNOWN, None, None),
    # a range that ends before it begins, no year named: into the next year (a school year,
    # a heating season), with a note; with years named, as written
    ("вересень – травень", K.MONTH_RANGE, d(2024, 9, 1), d(2025, 5, 31)),
    ("з 15 листопада по 15 березня", K.DATE_RANGE, d(2024, 11, 15), d(2025, 3, 15)),
    ("01.09-31.05", K.DATE_RANGE, d(2024, 9, 1), d(2025, 5, 31)),
    ("грудень 2024 – січень 2025", K.MONTH_RANGE, d(2024, 12, 1), d(2025, 1, 31)),
    ("травень 2024 – березень 2024", K.UNKNOWN, None, None),
    ("з 1 березня по 30 квітня 2024 року", K.DATE_RANGE, d(2024, 3, 1), d(2024, 4, 30)),
    ("З 1 Березня ПО 30 квітня 2024 р.", K.DATE_RANGE, d(2024, 3, 1), d(2024, 4, 30)),
    ("10-20 травня", K.DATE_RANGE, d(2024, 5, 10), d(2024, 5, 20)),
    ("з 5 по 20 вересня 2024 року", K.DATE_RANGE, d(2024, 9, 5), d(2024, 9, 20)),
    ("з 01.09 по 30.09.2024", K.DATE_RANGE, d(2024, 9, 1), d(2024, 9, 30)),
    # months with a year, and their ranges
    ("Травень 2024 року", K.MONTH, d(2024, 5, 1), d(2024, 5, 31)),
    ("вересень–жовтень 2024 р.", K.MONTH_RANGE, d(2024, 9, 1), d(2024, 10, 31)),
    ("листопад 2024 – лютий 2025 року", K.MONTH_RANGE, d(2024, 11, 1), d(2025, 2, 28)),
    # single days
    ("12 червня 2024 року", K.DATE, d(2024, 6, 12), d(2024, 6, 12)),
    ("12.06.2024", K.DATE, d(2024, 6, 12), d(2024, 6, 12)),
    ("12.06.24", K.DATE, d(2024, 6, 12), d(2024, 6, 12)),
    # open ends
    ("до 1 липня", K.DATE, d(2024, 1, 1), d(2024, 7, 1)),
    ("до кінця року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("до кінця 2025 року", K.DATE, d(2024, 1, 1), d(2025, 12, 31)),
    ("до кінця І кварталу", K.DATE, d(2024, 1, 1), d(2024, 3, 31)),
    ("кінець 2024 року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("не пізніше грудня 2024 р.", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом 2024-го року", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("до 15-го грудня 2024 року", K.DATE, d(2024, 1, 1), d(2024, 12, 15)),
    ("наприкінці ІІІ кварталу", K.DATE, d(2024, 1, 1), d(2024, 9, 30)),
    ("на кінець року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("в кінці І півріччя 2025 р.", K.DATE, d(2024, 1, 1), d(2025, 6, 30)),
    # a caption copied into the cell; a note of a former term; one span after another
    ("Термін виконання: ІІ квартал 2024 року", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    (
        "І квартал 2025 року (перенесено з ІV кварталу 2024 року)",
        K.QUARTER,
        d(2025, 1, 1),
        d(2025, 3, 31),
    ),
    ("Протягом 2024 року та І кварталу 2025 року", K.STAGES, d(2024, 1, 1), d(2025, 3, 31)),
    ("січень та липень 2024 року", K.STAGES, d(2024, 1, 1), d(2024, 7, 31)),
    # periods of different kinds listed, a Roman «І» after the comma no conjunction
    ("2024 рік, І квартал 2025 року", K.STAGES, d(2024, 1, 1), d(2025, 3, 31)),
    ("у 2024 та 2026 роках", K.STAGES, d(2024, 1, 1), d(2026, 12, 31)),  # two years, not all three
    ("в 2024, 2025 роках", K.STAGES, d(2024, 1, 1), d(2025, 12, 31)),
    ("ІІ квартал 2024 р., І квартал 2025 р.", K.STAGES, d(2024, 4, 1), d(2025, 3, 31)),
    ("2024 рік; І півріччя 2025 року", K.STAGES, d(2024, 1, 1), d(2025, 6, 30)),
    # each with its work in brackets
    (
        "ІІ квартал 2024 р. (проєкт), ІV квартал 2024 р. (звіт)",
        K.STAGES,
        d(2024, 4, 1),
        d(2024, 12, 31),
    ),
    ("Квітень (збір даних), жовтень (аналіз)", K.STAGES, d(2024, 4, 1), d(2024, 10, 31)),
    # a term, and a side task's after a comma: stages, as after a semicolon
    ("протягом 2024 року, звіт – до 20.12.2024", K.STAGES, d(2024, 1, 1), d(2024, 12, 31)),
    # a date written year first, as databases and some forms print it
    ("2024.10.15", K.DATE, d(2024, 10, 15), d(2024, 10, 15)),
    ("до 2024/11/30", K.DATE, d(2024, 1, 1), d(2024, 11, 30)),
    # a word of reporting before how often; «включно» (inclusive); the term after «але»
    ("звітування щопівроку", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("до 30 листопада 2024 року включно", K.DATE, d(2024, 1, 1), d(2024, 11, 30)),
    (
        "за окремим графіком, але не рідше одного разу на квартал",
        K.RECURRING,
        d(2024, 1, 1),
        d(2024, 12, 31),
    ),
    # the same months in each year listed after them
    ("Травень – червень 2024, 2025, 2026 рр.", K.STAGES, d(2024, 5, 1), d(2026, 6, 30)),
    ("ІІІ квартал 2024, 2025 років", K.STAGES, d(2024, 7, 1), d(2025, 9, 30)),
    ("протягом року та за потреби", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("2024 р. (І-ІІ квартали)", K.QUARTER_RANGE, d(2024, 1, 1), d(2024, 6, 30)),
    ("2025 рік (травень)", K.MONTH, d(2025, 5, 1), d(2025, 5, 31)),
    ("2024 – 2026 роки (щорічно)", K.RECURRING, d(2024, 1, 1), d(2026, 12, 31)),
    ("у 2024 – 2026 роках (щорічно)", K.RECURRING, d(2024, 1, 1), d(2026, 12, 31)),
    # by a month's middle, the state at the year's end
    ("до середини листопада", K.DATE, d(2024, 1, 1), d(2024, 11, 15)),
    ("станом на кінець року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    # a continuous term with its start after it
    ("постійно, з 1 березня 2024 року", K.CONTINUOUS, d(2024, 3, 1), d(2024, 12, 31)),
    ("постійно з 01.03.2024", K.CONTINUOUS, d(2024, 3, 1), d(2024, 12, 31)),
    ("постійно, починаючи з ІІ кварталу", K.CONTINUOUS, d(2024, 4, 1), d(2024, 12, 31)),
    ("упродовж 2024-2026 рр. – ІІ квартал", K.RECURRING, d(2024, 1, 1), d(2026, 12, 31)),
    ("до закінчення ІІ півріччя 2024 року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    # the plan's period, for one year
    ("протягом року відповідно до графіка", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом року (за окремим планом)", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом строку дії Програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # by the plan's own end: its period (not the end of something else, unfixed)
    ("до кінця дії Програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("до закінчення терміну дії Програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("до завершення ремонту", K.UNFIXED, None, None),
    # two quarters in turn listed with a comma: a range, as with «та»
    ("ІІ, ІІІ квартали", K.QUARTER_RANGE, d(2024, 4, 1), d(2024, 9, 30)),
    ("ІІ, ІІІ квартали 2024 року", K.QUARTER_RANGE, d(2024, 4, 1), d(2024, 9, 30)),
    # by a month written in figures: by its end, as «до грудня 2024 року»
    ("до 12.2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("до 09.2024 р.", K.DATE, d(2024, 1, 1), d(2024, 9, 30)),
    # from time to time, as «регулярно»: the plan's period, never overdue
    ("періодично", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("periodically", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    # a recurrence typed in two words
    ("що кварталу", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("в межах строку дії Програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом 2024–2026 років", K.YEARS, d(2024, 1, 1), d(2026, 12, 31)),
    ("2024–2026 роки", K.YEARS, d(2024, 1, 1), d(2026, 12, 31)),
    ("2025 – 26", K.YEARS, d(2025, 1, 1), d(2026, 12, 31)),
    ("2025-26 рр.", K.YEARS, d(2025, 1, 1), d(2026, 12, 31)),
    ("2024 р. – 2025 р.", K.YEARS, d(2024, 1, 1), d(2025, 12, 31)),
    ("2024 рік - 2026 рік", K.YEARS, d(2024, 1, 1), d(2026, 12, 31)),
    ("01.03.2024-30.11.2024 рр.", K.DATE_RANGE, d(2024, 3, 1), d(2024, 11, 30)),
    # continuous, on demand, scheduled elsewhere
    ("на постійній основі", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("у разі потреби", K.UNFIXED, None, None),
    ("у разі виникнення надзвичайної ситуації", K.UNFIXED, None, None),  # whatever arises
    ("в разі загрози підтоплення", K.UNFIXED, None, None),
    ("за потреби", K.UNFIXED, None, None),
    ("у тижневий строк після звернення", K.UNFIXED, None, None),
    # a term to be set later: no interval yet, never overdue
    ("Термін буде визначено додатково", K.UNFIXED, None, None),
    ("Термін не визначено", K.UNFIXED, None, None),  # none set: understood, never overdue
    ("без встановлення строку", K.UNFIXED, None, None),
    ("на найближчій сесії селищної ради", K.UNFIXED, None, None),  # whenever it sits
    ("у міжсесійний період", K.UNFIXED, None, None),
    ("визначається окремо", K.UNFIXED, None, None),
    ("TBD", K.UNFIXED, None, None),
    ("To be confirmed", K.UNFIXED, None, None),
    ("відповідно до плану роботи виконкому", K.SCHEDULED, None, None),
    ("за окремим графіком", K.SCHEDULED, None, None),
    ("Згідно з планом засідань", K.SCHEDULED, None, None),
    ("згідно з планом-графіком", K.SCHEDULED, None, None),
    ("Відповідно до плану-графіка робіт", K.SCHEDULED, None, None),
    # as long as martial law lasts: no date bounds it, so the plan's period, never overdue
    ("протягом дії воєнного стану", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("На період дії правового режиму воєнного стану", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("до припинення або скасування воєнного стану", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    # counted from an event, or while one takes place
    ("протягом 60 днів після припинення воєнного стану", K.UNFIXED, None, None),
    ("у двомісячний строк після завершення робіт", K.UNFIXED, None, None),
    ("в 10-денний строк після затвердження", K.UNFIXED, None, None),
    ("у п’ятиденний термін", K.UNFIXED, None, None),
    ("не пізніше ніж через 3 місяці після набрання чинності", K.UNFIXED, None, None),
    # a count of days after an event, not a day: by no day of the plan
    ("не пізніше 5 робочих днів після отримання запиту", K.UNFIXED, None, None),
    ("не пізніше ніж 10 днів з дня надходження звернення", K.UNFIXED, None, None),
    # days listed without their year, each a day; an open end the first names holds for all
    ("15.01, 15.04, 15.07, 15.10", K.STAGES, d(2024, 1, 15), d(2024, 10, 15)),
    ("до 15.03, 15.09", K.STAGES, d(2024, 1, 1), d(2024, 9, 15)),
    # a month's start, middle and end in words: its tenths
    ("на початку вересня 2024 року", K.DATE_RANGE, d(2024, 9, 1), d(2024, 9, 10)),
    # the same in the nominative, and a month's halves
    ("кінець травня 2024 року", K.DATE_RANGE, d(2024, 5, 21), d(2024, 5, 31)),
    ("середина липня 2024 р.", K.DATE_RANGE, d(2024, 7, 11), d(2024, 7, 20)),
    ("перша половина червня 2024 року", K.DATE_RANGE, d(2024, 6, 1), d(2024, 6, 15)),
    ("у другій половині лютого 2024 року", K.DATE_RANGE, d(2024, 2, 16), d(2024, 2, 29)),
    ("ІІ половина вересня 2024 р.", K.DATE_RANGE, d(2024, 9, 16), d(2024, 9, 30)),
    ("у середині жовтня", K.DATE_RANGE, d(2024, 10, 11), d(2024, 10, 20)),
    ("наприкінці листопада", K.DATE_RANGE, d(2024, 11, 21), d(2024, 11, 30)),
    # a school year's start is its first month
    ("на початку навчального року", K.MONTH, d(2024, 9, 1), d(2024, 9, 30)),
    # a space lost after «до», a Roman numeral with its ordinal ending
    ("до31.12.2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("не пізніше ніж до 1 грудня", K.DATE, d(2024, 1, 1), d(2024, 12, 1)),
    # from one term to another of the same kind: a range of that kind
    ("з 2024 по 2026 рік", K.YEARS, d(2024, 1, 1), d(2026, 12, 31)),
    ("з І по ІІІ квартал", K.QUARTER_RANGE, d(2024, 1, 1), d(2024, 9, 30)),
    ("не пізніше ніж 1 грудня 2024 року", K.DATE, d(2024, 1, 1), d(2024, 12, 1)),
    ("II-е півріччя 2024", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    # the start or middle of a year in words: its first quarter, its first half's end
    ("на початку 2025 року", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("до початку 2025 року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("з початку 2025 року", K.CONTINUOUS, d(2025, 1, 1), d(2025, 12, 31)),
    ("у середині 2024 року", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    ("early 2025", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("late 2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("Через шість місяців з дня затвердження", K.UNFIXED, None, None),
    ("під час проведення культурно-масових заходів", K.UNFIXED, None, None),
    # recurring: the whole span; occurrences tested below
    ("щокварталу", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    # a recurrence shortened
    ("щокв.", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("2024 р., щомісяч.", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("ІІ пів. 2024", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("в термін до 10.12.2024", K.DATE, d(2024, 1, 1), d(2024, 12, 10)),
    ("ІІ квартал 2024 року, далі – постійно", K.CONTINUOUS, d(2024, 4, 1), d(2024, 12, 31)),
    ("щомісяця до 5 числа", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("щопівроку", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("не пізніше 30 числа", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("щотижня", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    # the nine months a report is made for; «протягом 9 місяців» is a span from something
    ("9 місяців 2024 року", K.MONTH_RANGE, d(2024, 1, 1), d(2024, 9, 30)),
    ("за 9 місяців", K.MONTH_RANGE, d(2024, 1, 1), d(2024, 9, 30)),
    ("за 9 міс. 2024 р.", K.MONTH_RANGE, d(2024, 1, 1), d(2024, 9, 30)),
    ("протягом 9 місяців", K.UNFIXED, None, None),
    ("протягом 10 робочих днів", K.UNFIXED, None, None),  # a span from something
    ("2024 р. та наступні роки", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом2024 року", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),  # the year glued to it
    # Latin look-alikes typed in Cyrillic words, and in «р.», «і»
    ("ІІ квaртал 2024 poку", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("31 гpудня 2024 p.", K.DATE, d(2024, 12, 31), d(2024, 12, 31)),
    ("2024 рiк i надалi", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    # seasons; winter spans two years and stays unknown unless it names both
    ("у весняний період", K.MONTH_RANGE, d(2024, 3, 1), d(2024, 5, 31)),
    ("Влітку 2024 року", K.MONTH_RANGE, d(2024, 6, 1), d(2024, 8, 31)),
    ("протягом осіннього періоду", K.MONTH_RANGE, d(2024, 9, 1), d(2024, 11, 30)),
    ("весняно-літній період", K.MONTH_RANGE, d(2024, 3, 1), d(2024, 8, 31)),
    # the summer holidays and the children's summer campaign are the summer
    ("під час літніх канікул", K.MONTH_RANGE, d(2024, 6, 1), d(2024, 8, 31)),
    ("У період літньої оздоровчої кампанії", K.MONTH_RANGE, d(2024, 6, 1), d(2024, 8, 31)),
    ("під час проведення літніх свят", K.UNFIXED, None, None),
    (
        "у період проведення літньої оздоровчої кампанії",
        K.MONTH_RANGE,
        d(2024, 6, 1),
        d(2024, 8, 31),
    ),
    ("у період вступної кампанії", K.UNFIXED, None, None),  # while an event lasts
    ("зимовий період", K.UNKNOWN, None, None),
    ("зимовий період 2024/2025 року", K.MONTH_RANGE, d(2024, 12, 1), d(2025, 2, 28)),
    ("Взимку 2023-24 рр.", K.MONTH_RANGE, d(2023, 12, 1), d(2024, 2, 29)),
    ("у зимовий період 2024/2026 року", K.UNKNOWN, None, None),
    ("літературні читання", K.UNKNOWN, None, None),
    ("два рази на рік", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("1 раз на квартал", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("3 рази на рік", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("тричі на рік", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Протягом всього періоду", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("на протязі року", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("На протязі ІІ кварталу", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("перманентно", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("цілодобово", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),  # around the clock
    ("у цілодобовому режимі", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    # the halves of a year in words
    ("у першій половині 2025 року", K.HALF_YEAR, d(2025, 1, 1), d(2025, 6, 30)),
    ("Друга половина року", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("ІІ половина 2025 р.", K.HALF_YEAR, d(2025, 7, 1), d(2025, 12, 31)),  # numbered
    ("1-а половина року", K.HALF_YEAR, d(2024, 1, 1), d(2024, 6, 30)),
    ("до середини року", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    # a date's month as a spreadsheet shows it, with two figures of the year
    ("бер.-25", K.MONTH, d(2025, 3, 1), d(2025, 3, 31)),
    # a month and its year with a slash
    ("03/2025", K.MONTH, d(2025, 3, 1), d(2025, 3, 31)),
    ("01/2025 – 06/2025", K.MONTH_RANGE, d(2025, 1, 1), d(2025, 6, 30)),
    ("лист.25", K.MONTH, d(2025, 11, 1), d(2025, 11, 30)),
    # a month in Roman figures, as older forms write a date
    ("X.2025", K.MONTH, d(2025, 10, 1), d(2025, 10, 31)),
    ("ІІІ–V.2025 р.", K.MONTH_RANGE, d(2025, 3, 1), d(2025, 5, 31)),
    ("до 20.XI.2025", K.DATE, d(2024, 1, 1), d(2025, 11, 20)),
    ("з 01.IX.2025 по 30.XI.2025", K.DATE_RANGE, d(2025, 9, 1), d(2025, 11, 30)),
    ("XIV.2025", K.UNKNOWN, None, None),
    ("May-25", K.MONTH, d(2025, 5, 1), d(2025, 5, 31)),
    ("рік 25", K.UNKNOWN, None, None),
    ("Один раз на півроку", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    # a figure with its ordinal ending
    ("2-ге півріччя", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("1-ше півріччя 2025 р.", K.HALF_YEAR, d(2025, 1, 1), d(2025, 6, 30)),
    ("2-е півріччя", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("3-тє півріччя", K.UNKNOWN, None, None),
    ("в установлені законодавством строки", K.UNFIXED, None, None),
    ("у терміни, визначені законодавством", K.UNFIXED, None, None),
    ("до 1 липня 2024 року, далі – щороку", K.DATE, d(2024, 1, 1), d(2024, 7, 1)),
    ("щоп’ятниці", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("по четвергах", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("до 15.03", K.DATE, d(2024, 1, 1), d(2024, 3, 15)),
    ("до 15.03.", K.DATE, d(2024, 1, 1), d(2024, 3, 15)),
    # alone, a day and a month of two figures each; «1.10» is a number as much as a date
    ("15.03", K.DATE, d(2024, 3, 15), d(2024, 3, 15)),
    ("01.12.", K.DATE, d(2024, 12, 1), d(2024, 12, 1)),
    ("1.10", K.UNKNOWN, None, None),
    ("31.02", K.UNKNOWN, None, None),
    ("Семінар (12.10), конференція (14.11)", K.STAGES, d(2024, 10, 12), d(2024, 11, 14)),
    ("Рік", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом 2024 року (щокварталу)", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("протягом 2024 року, щокварталу", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Протягом 2024 року\nщокварталу", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Протягом року\nза потреби", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # a line that ends with a comma goes on in the next: one phrase broken, not stages
    ("вересень-жовтень\n2024,\n2025 рр.", K.STAGES, d(2024, 9, 1), d(2025, 10, 31)),
    ("ІІ квартал, за потреби", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("поточний рік", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # abbreviations and scripts
    ("ІІ кв. 2024 р.", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("І півр. 2025 р.", K.HALF_YEAR, d(2025, 1, 1), d(2025, 6, 30)),
    ("ІІ пів.", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    # a term only as planned
    ("орієнтовно ІІ квартал", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("Орієнтовний термін – грудень", K.MONTH, d(2024, 12, 1), d(2024, 12, 31)),
    ("2024-2025 рр.", K.YEARS, d(2024, 1, 1), d(2025, 12, 31)),
    # on demand, in more of its wordings
    ("при потребі", K.UNFIXED, None, None),
    ("по потребі", K.UNFIXED, None, None),
    # the heating season, and the autumn-winter period it falls in, begin and end with the
    # weather: no date bounds them
    ("до початку опалювального сезону", K.UNFIXED, None, None),
    ("протягом опалювального періоду 2024/2025 років", K.UNFIXED, None, None),
    ("у міжопалювальний період", K.UNFIXED, None, None),
    ("до осінньо-зимового періоду 2025/2026 років", K.UNFIXED, None, None),
    ("протягом осінньо-зимового періоду", K.UNFIXED, None, None),
    ("осінньо-зимовий період", K.UNFIXED, None, None),
    ("під час ОЗП", K.UNFIXED, None, None),
    # … as does the bathing season, which each place sets each year; a season's year
    ("перед початком купального сезону", K.UNFIXED, None, None),
    ("Протягом купального сезону", K.UNFIXED, None, None),
    ("до початку опалювального сезону 2024 року", K.UNFIXED, None, None),
    # a term said to be once, before the term itself
    ("одноразово, до 1 березня 2025 р.", K.DATE, d(2024, 1, 1), d(2025, 3, 1)),
    ("Разово – ІІ квартал", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("Разово-ІІ квартал", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),  # the dash unspaced
    ("За потребою", K.UNFIXED, None, None),
    ("у разі виникнення потреби", K.UNFIXED, None, None),
    ("по мірі необхідності", K.UNFIXED, None, None),
    ("за наявності звернень громадян", K.UNFIXED, None, None),
    ("за запитами структурних підрозділів", K.UNFIXED, None, None),
    # on demand, but at least once a year: the yearly term it sets at least
    ("за потреби, але не рідше ніж раз на рік", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    (
        "у міру необхідності, але не рідше 1 разу на півріччя",
        K.RECURRING,
        d(2024, 1, 1),
        d(2024, 12, 31),
    ),
    (
        "по мірі необхідності, не рідше 1 разу на квартал",
        K.RECURRING,
        d(2024, 1, 1),
        d(2024, 12, 31),
    ),
    # every two or three months, however put
    ("раз на 2 місяці", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("не рідше 1 разу на два місяці", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    # the state due by a day: «станом на» as «до»
    ("станом на 01.07.2024", K.DATE, d(2024, 1, 1), d(2024, 7, 1)),
    ("станом на 1 липня", K.DATE, d(2024, 1, 1), d(2024, 7, 1)),
    ("щодекади", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("кожної останньої п'ятниці місяця", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Невідкладно", K.UNFIXED, None, None),
    ("у день надходження заяви", K.UNFIXED, None, None),
    ("у день проведення виборів", K.UNFIXED, None, None),  # any event's day
    ("в день відкриття виставки", K.UNFIXED, None, None),
    ("протягом однієї доби", K.UNFIXED, None, None),
    # stages with their labels
    ("2024 рік (І етап), 2025 рік (ІІ етап)", K.STAGES, d(2024, 1, 1), d(2025, 12, 31)),
    ("1 черга – ІІ квартал, 2 черга – ІV квартал", K.STAGES, d(2024, 4, 1), d(2024, 12, 31)),
    ("2024 рік – І етап", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),  # the label after the term
    # the first term, then a recurring one from it on
    ("ІІ квартал 2024 р., далі – щокварталу", K.RECURRING, d(2024, 4, 1), d(2024, 12, 31)),
    ("березень 2024 року, надалі щомісяця", K.RECURRING, d(2024, 3, 1), d(2024, 12, 31)),
    ("перший етап – 2024 рік, другий етап – 2025 рік", K.STAGES, d(2024, 1, 1), d(2025, 12, 31)),
    # a year after a comma belongs to the month before it; dates joined by «та»
    ("Жовтень, 2024", K.MONTH, d(2024, 10, 1), d(2024, 10, 31)),
    ("квітень,2025 р.", K.MONTH, d(2025, 4, 1), d(2025, 4, 30)),
    ("до 1 квітня 2024 року та до 1 жовтня 2024 року", K.STAGES, d(2024, 1, 1), d(2024, 10, 1)),
    # the end of a named quarter, half-year, year or month; from one on
    ("до ІІІ кварталу 2024 року", K.DATE, d(2024, 1, 1), d(2024, 9, 30)),
    ("до І півріччя", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    ("до 2025 року", K.DATE, d(2024, 1, 1), d(2025, 12, 31)),
    ("до кінця листопада 2024 р.", K.DATE, d(2024, 1, 1), d(2024, 11, 30)),
    ("до жовтня", K.DATE, d(2024, 1, 1), d(2024, 10, 31)),  # by its end, as the half above
    ("з ІІІ кварталу 2024 року", K.CONTINUOUS, d(2024, 7, 1), d(2024, 12, 31)),
    ("починаючи з травня", K.CONTINUOUS, d(2024, 5, 1), d(2024, 12, 31)),
    ("з 2024 року і надалі", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("2024 рік і надалі", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("ІІІ квартал 2024 року та в подальшому", K.CONTINUOUS, d(2024, 7, 1), d(2024, 12, 31)),
    ("протягом 2024 р. та надалі", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("жовтень 2024 – постійно", K.CONTINUOUS, d(2024, 10, 1), d(2024, 12, 31)),
    (
        "Початок: лютий 2024; завершення: листопад 2024",
        K.MONTH_RANGE,
        d(2024, 2, 1),
        d(2024, 11, 30),
    ),
    (
        "початок – І квартал, завершення – ІІІ квартал",
        K.QUARTER_RANGE,
        d(2024, 1, 1),
        d(2024, 9, 30),
    ),
    ("у 2024 році і в подальшому", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("З 01 жовтня 2024 року", K.CONTINUOUS, d(2024, 10, 1), d(2024, 12, 31)),
    ("з 15.03.2024", K.CONTINUOUS, d(2024, 3, 15), d(2024, 12, 31)),
    ("1 раз на півріччя", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Протягом року (по мірі надходження коштів)", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # dates and years written with other separators
    ("2024-11-30", K.DATE, d(2024, 11, 30), d(2024, 11, 30)),
    ("до 30/11/2024", K.DATE, d(2024, 1, 1), d(2024, 11, 30)),
    ("2024/2025", K.YEARS, d(2024, 1, 1), d(2025, 12, 31)),
    # a school year: 1 September to the end of June
    ("2024/2025 навчальний рік", K.MONTH_RANGE, d(2024, 9, 1), d(2025, 6, 30)),
    ("протягом 2024–2025 навчального року", K.MONTH_RANGE, d(2024, 9, 1), d(2025, 6, 30)),
    ("2024-25 н. р.", K.MONTH_RANGE, d(2024, 9, 1), d(2025, 6, 30)),
    # an event alone, named by a verbal noun: understood, not fixed
    ("після набрання чинності законом", K.UNFIXED, None, None),
    ("після стабілізації безпекової ситуації", K.UNFIXED, None, None),  # a noun in «-ація»
    ("З дня затвердження бюджету громади", K.UNFIXED, None, None),
    ("після завершення ремонту", K.UNFIXED, None, None),
    ("Одночасно з поданням проєкту бюджету", K.UNFIXED, None, None),
    # continuous or recurring over the years named beside it
    ("Постійно протягом 2024-2026 років", K.CONTINUOUS, d(2024, 1, 1), d(2026, 12, 31)),
    ("2024–2025 роки, постійно", K.CONTINUOUS, d(2024, 1, 1), d(2025, 12, 31)),
    ("постійно, 2025 рік", K.CONTINUOUS, d(2025, 1, 1), d(2025, 12, 31)),
    ("Постійно до 31.12.2025", K.CONTINUOUS, d(2024, 1, 1), d(2025, 12, 31)),  # until then
    ("Щокварталу протягом 2024-2025 років", K.RECURRING, d(2024, 1, 1), d(2025, 12, 31)),
    ("щорічно, 2024–2026 роки", K.RECURRING, d(2024, 1, 1), d(2026, 12, 31)),
    # a remark in brackets that only says the term again, or says nothing of it
    ("01.09.2024 - 31.05.2025 (навчальний рік)", K.DATE_RANGE, d(2024, 9, 1), d(2025, 5, 31)),
    # what is due by then, in brackets: no second term
    ("до 15.01.2025 (за 2024 рік)", K.DATE, d(2024, 1, 1), d(2025, 1, 15)),
    ("до 10 липня (за І півріччя)", K.DATE, d(2024, 1, 1), d(2024, 7, 10)),
    ("червень-серпень (літній період)", K.MONTH_RANGE, d(2024, 6, 1), d(2024, 8, 31)),
    # quarters and halves listed apart are stages
    ("ІІ, IV квартали 2025 року", K.STAGES, d(2025, 4, 1), d(2025, 12, 31)),
    ("у І, ІІ та IV кварталах", K.STAGES, d(2024, 1, 1), d(2024, 12, 31)),
    ("І і ІІ півріччя", K.STAGES, d(2024, 1, 1), d(2024, 12, 31)),
    # the budget's period is the plan's year
    ("протягом бюджетного року", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("у межах бюджетного періоду", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # a year, then a term within it (in a cell of two lines too): that year's term
    ("2025 рік\nІ квартал", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("2025 р. ІІІ квартал", K.QUARTER, d(2025, 7, 1), d(2025, 9, 30)),
    ("ІІ півріччя\n2025 р.", K.HALF_YEAR, d(2025, 7, 1), d(2025, 12, 31)),
    ("2025 рік: ІІ квартал", K.QUARTER, d(2025, 4, 1), d(2025, 6, 30)),
    ("ІІІквартал", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),  # a space lost
    ("Іпівріччя 2025 р.", K.HALF_YEAR, d(2025, 1, 1), d(2025, 6, 30)),
    # stages after a year, or beside one that names its year: all in that year
    ("2025 рік\nлютий, жовтень", K.STAGES, d(2025, 2, 1), d(2025, 10, 31)),
    ("2025 р.: І, ІІІ квартали", K.STAGES, d(2025, 1, 1), d(2025, 9, 30)),
    ("квітень 2025 р., листопад", K.STAGES, d(2025, 4, 1), d(2025, 11, 30)),
    # from a term of one sort to one of another: the first's start to the last's end
    ("2024 р. – ІІ квартал 2025 р.", K.DATE_RANGE, d(2024, 1, 1), d(2025, 6, 30)),
    ("з жовтня 2024 р. по І півріччя 2025 р.", K.DATE_RANGE, d(2024, 10, 1), d(2025, 6, 30)),
    ("з 15.04.2024 до кінця 2025 року", K.DATE_RANGE, d(2024, 4, 15), d(2025, 12, 31)),
    ("ІІ квартал – листопад", K.DATE_RANGE, d(2024, 4, 1), d(2024, 11, 30)),
    ("ІV квартал 2024 – ІІ квартал", K.QUARTER_RANGE, d(2024, 10, 1), d(2025, 6, 30)),
    ("листопад – ІІ квартал", K.UNKNOWN, None, None),  # which year each is in: not guessed
    # a footnote's mark; a month and its year in digits
    ("ІІІ квартал 2024 року*", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("ІІІ квартал 2024 року¹", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("ІІІ квартал 2024 року1", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),  # the mark as typed
    ("05.2024", K.MONTH, d(2024, 5, 1), d(2024, 5, 31)),
    ("02.2024 - 04.2024", K.MONTH_RANGE, d(2024, 2, 1), d(2024, 4, 30)),
    ("05-06.2024", K.MONTH_RANGE, d(2024, 5, 1), d(2024, 6, 30)),  # the year written once
    # a term moved or extended: the term in force is the later one; a bare «перенесено»
    # says nothing of where to
    ("до 01.06.2024\nпродовжено до 01.09.2024", K.DATE, d(2024, 1, 1), d(2024, 9, 1)),
    ("ІІ квартал (перенесено на ІV квартал)", K.QUARTER, d(2024, 10, 1), d(2024, 12, 31)),
    ("І півріччя, строк продовжено до 1 листопада", K.DATE, d(2024, 1, 1), d(2024, 11, 1)),
    ("2024 рік (термін перенесено на 2025 рік)", K.YEAR, d(2025, 1, 1), d(2025, 12, 31)),
    ("ІІ квартал (перенесено)", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("ІІІ квартал 2024 (новий строк – І квартал 2025)", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("ІІІ квартал 2024 року, змінено на IV квартал", K.QUARTER, d(2024, 10, 1), d(2024, 12, 31)),
    ("Q3 2024 (revised: Q1 2025)", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("Q2 2024 (extended to 30 September 2024)", K.DATE, d(2024, 1, 1), d(2024, 9, 30)),
    ("December 2024 (postponed to June 2025)", K.MONTH, d(2025, 6, 1), d(2025, 6, 30)),
    ("2024 (moved from 2023)", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),  # whence, not where
    # the later term alone, the earlier one struck out of the cell
    ("Перенесено на ІІІ квартал", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("строк продовжено до 15.11.2024", K.DATE, d(2024, 1, 1), d(2024, 11, 15)),
    ("Postponed to Q1 2025", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    # marks around all of it, a full stop after them, or a caption before them
    ("«2025 р. – проєктування»", K.YEAR, d(2025, 1, 1), d(2025, 12, 31)),
    ("«ІІ квартал 2024 року».", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("Строк виконання: «ІІ квартал 2024 року»", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    # two months with a slash between them; the plan's period named with «в період»
    ("жовтень/листопад", K.MONTH_RANGE, d(2024, 10, 1), d(2024, 11, 30)),
    ("в період дії програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # a range whose year is named in words is no term with its work
    ("серпень – вересень поточного року", K.MONTH_RANGE, d(2024, 8, 1), d(2024, 9, 30)),
    ("24 серпня 2024 року о 10 год.", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),
    ("на початку 2025 р.", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    # to the next year: the plan's, or the earlier term's
    ("Перенесено на наступний рік", K.YEAR, d(2025, 1, 1), d(2025, 12, 31)),
    (
        "ІІ квартал (перенесено на І квартал наступного року)",
        K.QUARTER,
        d(2025, 1, 1),
        d(2025, 3, 31),
    ),
    # "end-2024", "end of June", "in 2024-2025"; a day with the period it falls in
    ("by end-2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("by end of June 2024", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    ("in 2024–2025", K.YEARS, d(2024, 1, 1), d(2025, 12, 31)),
    ("30.06.2024 (ІІ квартал)", K.DATE, d(2024, 6, 30), d(2024, 6, 30)),
    # until an event: understood, not fixed; until martial law ends, as long as it lasts
    ("До завершення опалювального сезону", K.UNFIXED, None, None),
    ("До завершення воєнного стану", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("До кінця дії правового режиму воєнного стану", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    # at least so often, or every few years
    ("не рідше одного разу на квартал", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    # a month named with the word «місяць»
    ("грудень місяць", K.MONTH, d(2024, 12, 1), d(2024, 12, 31)),
    ("у травні місяці", K.MONTH, d(2024, 5, 1), d(2024, 5, 31)),
    # the plan's whole period, «на період дії» as «протягом строку дії»
    ("на період дії Програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("на весь строк реалізації програми", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # on demand, but at least each quarter: the least is the term
    (
        "за потреби, але не рідше одного разу на квартал",
        K.RECURRING,
        d(2024, 1, 1),
        d(2024, 12, 31),
    ),
    ("у разі потреби, але не рідше двох разів на рік", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("не рідше двох разів на рік", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("щонайменше раз на квартал", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("двічі на місяць", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("один раз на два роки", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("кожні три роки", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("що два роки", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    # a year named over several, a recurring term after it, a qualifier
    ("протягом 2024–2026 років, щороку до 1 грудня", K.RECURRING, d(2024, 1, 1), d(2026, 12, 31)),
    ("2024 – 2025 роки, поетапно", K.YEARS, d(2024, 1, 1), d(2025, 12, 31)),
    ("до 2026", K.DATE, d(2024, 1, 1), d(2026, 12, 31)),
    # holidays of a fixed date, in the cases a term names them
    ("до Дня Незалежності України", K.DATE, d(2024, 1, 1), d(2024, 8, 24)),
    ("у День Незалежності", K.DATE, d(2024, 8, 24), d(2024, 8, 24)),  # on the day itself
    ("напередодні Дня Соборності", K.DATE, d(2024, 1, 1), d(2024, 1, 22)),
    ("з нагоди Дня Конституції України", K.DATE, d(2024, 6, 28), d(2024, 6, 28)),
    ("До Міжнародного дня людей похилого віку", K.DATE, d(2024, 1, 1), d(2024, 10, 1)),
    ("до Дня захисників і захисниць України", K.DATE, d(2024, 1, 1), d(2024, 10, 1)),
    ("День знань", K.DATE, d(2024, 9, 1), d(2024, 9, 1)),
    ("до Дня міста", K.UNKNOWN, None, None),  # each town its own day
    # holidays whose date moves: the third Thursday of May, the fourth Saturday of November,
    # Easter; a day moved by law (the youth's, the defenders')
    ("до Дня вишиванки", K.DATE, d(2024, 1, 1), d(2024, 5, 16)),
    ("у День пам'яті жертв голодоморів", K.DATE, d(2024, 11, 23), d(2024, 11, 23)),
    ("напередодні Великодня", K.DATE, d(2024, 1, 1), d(2024, 5, 5)),
    ("до Дня молоді", K.DATE, d(2024, 1, 1), d(2024, 8, 12)),
    ("до Дня молоді 2021 року", K.DATE, d(2021, 1, 1), d(2021, 6, 27)),
    ("до Дня захисника України", K.DATE, d(2024, 1, 1), d(2024, 10, 1)),
    ("листопад (до Дня пам'яті жертв голодоморів)", K.DATE, d(2024, 11, 1), d(2024, 11, 23)),
    ("до Міжнародного дня боротьби з корупцією", K.DATE, d(2024, 1, 1), d(2024, 12, 9)),
    ("до Дня вчителя", K.DATE, d(2024, 1, 1), d(2024, 10, 6)),  # the first Sunday of October
    ("до Дня медичного працівника", K.DATE, d(2024, 1, 1), d(2024, 6, 16)),
    ("до Дня Св. Миколая", K.DATE, d(2024, 1, 1), d(2024, 12, 6)),
    ("до Дня ЗСУ", K.DATE, d(2024, 1, 1), d(2024, 12, 6)),
    ("до Дня Перемоги", K.DATE, d(2024, 1, 1), d(2024, 5, 9)),
    (
        "до Дня пам'яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років",
        K.DATE,
        d(2024, 1, 1),
        d(2024, 5, 8),
    ),
    ("з нагоди Дня української писемності та мови", K.DATE, d(2024, 11, 9), d(2024, 11, 9)),
    ("до Міжнародного жіночого дня", K.DATE, d(2024, 1, 1), d(2024, 3, 8)),
    ("напередодні Нового року", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("до новорічних та різдвяних свят", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("грудень (до Нового року)", K.MONTH, d(2024, 12, 1), d(2024, 12, 31)),
    ("по 31.12.2025", K.DATE, d(2024, 1, 1), d(2025, 12, 31)),
    ("кожного півріччя", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("ІУ квартал", K.QUARTER, d(2024, 10, 1), d(2024, 12, 31)),  # the V typed as «У»
    ("Ш квартал", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),  # III typed as «Ш»
    ("ІІ-Ш квартали", K.QUARTER_RANGE, d(2024, 4, 1), d(2024, 9, 30)),
    ("Шкільні канікули", K.UNKNOWN, None, None),  # no «Ш» of a quarter
    ("III-IY кв. 2024 р.", K.QUARTER_RANGE, d(2024, 7, 1), d(2024, 12, 31)),
    ("у кварталі", K.UNKNOWN, None, None),
    ("у 2024 та наступних роках", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("у разі виділення коштів", K.UNFIXED, None, None),
    ("при надходженні коштів", K.UNFIXED, None, None),
    # a month's tenths
    ("І декада вересня", K.DATE_RANGE, d(2024, 9, 1), d(2024, 9, 10)),
    ("у другій декаді березня 2025 р.", K.DATE_RANGE, d(2025, 3, 11), d(2025, 3, 20)),
    ("третя декада лютого", K.DATE_RANGE, d(2024, 2, 21), d(2024, 2, 29)),
    ("3 декада грудня 2025 року", K.DATE_RANGE, d(2025, 12, 21), d(2025, 12, 31)),
    ("остання декада лютого 2028 року", K.DATE_RANGE, d(2028, 2, 21), d(2028, 2, 29)),
    # a time with no event named counts from the plan's adoption; a year is the plan's year
    ("протягом трьох місяців", K.UNFIXED, None, None),
    ("упродовж 10 днів", K.UNFIXED, None, None),
    ("протягом 2 тижнів", K.UNFIXED, None, None),
    ("впродовж тижня", K.UNFIXED, None, None),  # a week from something: no plan is a week's
    ("протягом року", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # a day in brackets inside the term narrows it
    ("серпень (до Дня Незалежності)", K.DATE, d(2024, 8, 1), d(2024, 8, 24)),
    ("ІІІ квартал (до 15 серпня)", K.DATE, d(2024, 7, 1), d(2024, 8, 15)),
    ("листопад (21 листопада)", K.DATE, d(2024, 11, 21), d(2024, 11, 21)),
    # one term said twice is that term
    ("2024 рік, протягом року", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("ІІ квартал, квітень – червень", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    # a year after «протягом» without its word; a day written with hyphens
    ("упродовж 2024", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("до 30-06-2024", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    ("з 01-03-2024 по 31-05-2024", K.DATE_RANGE, d(2024, 3, 1), d(2024, 5, 31)),
    # so does a period: the month of the quarter, the months of the half-year
    ("І квартал (лютий)", K.MONTH, d(2024, 2, 1), d(2024, 2, 29)),
    ("ІІ півріччя (жовтень – листопад)", K.MONTH_RANGE, d(2024, 10, 1), d(2024, 11, 30)),
    # a year, a dash, a term within it; after several years, a term due in each
    ("2024 р. – ІІ квартал", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("2025 – І півріччя", K.HALF_YEAR, d(2025, 1, 1), d(2025, 6, 30)),
    ("2024–2026 рр. – ІІІ квартал", K.RECURRING, d(2024, 1, 1), d(2026, 12, 31)),
    ("2024-2025 роки - постійно", K.CONTINUOUS, d(2024, 1, 1), d(2025, 12, 31)),
    ("2024 – 2025 роки: щороку до 1 грудня", K.RECURRING, d(2024, 1, 1), d(2025, 12, 31)),
    ("Протягом місяця після затвердження", K.UNFIXED, None, None),  # the event's noun last
    ("ІІ квартал 2024 року та постійно", K.CONTINUOUS, d(2024, 4, 1), d(2024, 12, 31)),
    # a school year's halves
    ("І семестр", K.MONTH_RANGE, d(2024, 9, 1), d(2024, 12, 31)),
    ("у ІІ семестрі", K.MONTH_RANGE, d(2024, 1, 1), d(2024, 6, 30)),
    # of a school year named: the first half in its first year, the second in its second
    ("І семестр 2024/2025 навчального року", K.MONTH_RANGE, d(2024, 9, 1), d(2024, 12, 31)),
    ("ІІ семестр 2024-2025 н. р.", K.MONTH_RANGE, d(2025, 1, 1), d(2025, 6, 30)),
    ("у ІІ семестрі 2024/25 навчального року", K.MONTH_RANGE, d(2025, 1, 1), d(2025, 6, 30)),
    # years listed, their word after the last
    ("2024, 2026 роки", K.STAGES, d(2024, 1, 1), d(2026, 12, 31)),
    ("2024 та 2025 рр.", K.STAGES, d(2024, 1, 1), d(2025, 12, 31)),
    # the current year and the next, named in words
    ("до 25 грудня поточного року", K.DATE, d(2024, 1, 1), d(2024, 12, 25)),
    ("IV квартал поточного року", K.QUARTER, d(2024, 10, 1), d(2024, 12, 31)),
    ("у звітному році", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("у звітному періоді", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),  # the plan's period
    ("І квартал наступного року", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("до 1 липня наступного року", K.DATE, d(2024, 1, 1), d(2025, 7, 1)),
    ("до 15 лютого року, наступного за звітним", K.DATE, d(2024, 1, 1), d(2025, 2, 15)),
    ("до 1 березня наступного за звітним року", K.DATE, d(2024, 1, 1), d(2025, 3, 1)),
    ("до 20 січня року, що настає за звітним", K.DATE, d(2024, 1, 1), d(2025, 1, 20)),
    # not understood, never guessed
    ("після ремонту", K.UNKNOWN, None, None),
    ("з 31.05.2024 по 01.02.2024", K.UNKNOWN, None, None),
    ("2026 – 24", K.UNKNOWN, None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), MORE)
def test_more_phrases_mean_their_interval(text: str, kind: K, start: date, end: date) -> None:
    deadline = Deadline.parse(text, year=2024)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)
    assert deadline.text == text


def test_a_term_before_a_list_of_years_is_repeated_in_each() -> None:
    deadline = Deadline.parse("серпень 2025, 2026 рр.", year=2025, end_year=2026)
    assert [(p.start, p.end) for p in deadline.parts] == [
        (d(2025, 8, 1), d(2025, 8, 31)),
        (d(2026, 8, 1), d(2026, 8, 31)),
    ]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("ІІІ квартал 2024 – 2026 років", [d(2024, 9, 30), d(2025, 9, 30), d(2026, 9, 30)]),
        ("у ІІ півріччі 2024-2026 рр.", [d(2024, 12, 31), d(2025, 12, 31), d(2026, 12, 31)]),
        ("грудень 2024–2026 рр.", [d(2024, 12, 31), d(2025, 12, 31), d(2026, 12, 31)]),
        ("до 1 грудня 2024 - 2026 років", [d(2024, 12, 1), d(2025, 12, 1), d(2026, 12, 1)]),
        ("ІІІ квартал 2024 – 26", [d(2024, 9, 30), d(2025, 9, 30), d(2026, 9, 30)]),
    ],
)
def test_a_term_before_a_range_of_years_is_that_term_of_each(text: str, ends: list[date]) -> None:
    deadline = Deadline.parse(text, year=2024, end_year=2026)
    assert deadline.kind is K.RECURRING
    assert [p.end for p in deadline.parts] == ends


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("з 1 по 10 число кожного місяця", (d(2024, 1, 1), d(2024, 1, 10)), (1, 10)),
        ("у період з 20 по 25 число щомісяця", (d(2024, 1, 20), d(2024, 1, 25)), (20, 25)),
        ("перша декада кожного місяця", (d(2024, 1, 1), d(2024, 1, 10)), (1, 10)),
        ("третя декада щомісяця", (d(2024, 1, 21), d(2024, 1, 31)), (21, 31)),
    ],
)
def test_days_of_each_month_recur_monthly(
    text: str, first: tuple[date, date], last: tuple[int, int]
) -> None:
    deadline = Deadline.parse(text, year=2024)
    assert deadline.kind is K.RECURRING and len(deadline.parts) == 12
    assert (deadline.parts[0].start, deadline.parts[0].end) == first
    february = deadline.parts[1]  # a day past the month's end is its last day
    assert february.end == d(2024, 2, min(last[1], 29))
    assert february.start == d(2024, 2, min(last[0], 29))


def test_recurring_terms_keep_their_occurrences_and_the_last_due_matters() -> None:
    quarterly = Deadline.parse("щокварталу до 10 числа наступного місяця", year=2024)
    assert [p.end for p in quarterly.parts] == [
        d(2024, 4, 10),
        d(2024, 7, 10),
        d(2024, 10, 10),
        d(2025, 1, 10),
    ]
    assert quarterly.due(d(2024, 9, 30)) == quarterly.parts[1]  # the last one due by then
    assert quarterly.due(d(2024, 3, 1)) is None
    yearly = Deadline.parse("щороку до 15 січня", year=2024, end_year=2026)
    assert [p.end for p in yearly.parts] == [d(2024, 1, 15), d(2025, 1, 15), d(2026, 1, 15)]
    # the years named beside the recurring term are its years, whatever the plan's
    named = Deadline.parse("протягом 2025–2026 років, щороку до 1 грудня", year=2024)
    assert [p.end for p in named.parts] == [d(2025, 12, 1), d(2026, 12, 1)]
    # the period after the one reported, however it is said
    after = Deadline.parse(
        "щоквартально, до 5 числа місяця, що настає за звітним періодом", year=2024
    )
    assert [p.end for p in after.parts][:2] == [d(2024, 4, 5), d(2024, 7, 5)]
    for text in (
        "щороку до 1 березня року, наступного за звітним",
        "щорічно до 1 березня наступного року",
        # in a plan of years, each of them is the year reported on
        "до 1 березня року, наступного за звітним",
        "не пізніше 1 березня року, що настає за звітним",
    ):
        next_year = Deadline.parse(text, year=2024, end_year=2025)
        assert [(p.start, p.end) for p in next_year.parts] == [
            (d(2024, 1, 1), d(2025, 3, 1)),
            (d(2025, 1, 1), d(2026, 3, 1)),
        ], text
    # working days after each period's end: weekdays (holidays are working days under martial law)
    working = Deadline.parse("не пізніше 10 робочих днів після закінчення кварталу", year=2024)
    assert [p.end for p in working.parts] == [
        d(2024, 4, 12),
        d(2024, 7, 12),
        d(2024, 10, 14),
        d(2025, 1, 14),
    ]
    monthly = Deadline.parse("протягом 5 робочих днів після закінчення місяця", year=2024)
    assert (monthly.kind, len(monthly.parts), monthly.parts[0].end) == (
        K.RECURRING,
        12,
        d(2024, 2, 7),
    )
    # how many times a year, its count in figures or words, in any case: that many parts
    for text, count in (
        ("не рідше 2 разів на рік", 2),
        ("не менше чотирьох разів на рік", 4),
        ("4 рази на рік", 4),
        ("12 разів на рік", 12),
    ):
        assert len(Deadline.parse(text, year=2024).parts) == count, text
    english = Deadline.parse("semi-annually, by the 10th of the following month", year=2024)
    assert [p.end for p in english.parts] == [d(2024, 7, 10), d(2025, 1, 10)]
    # the day alone after the recurrence, as «щомісяця до 5 числа»
    english = Deadline.parse("monthly, by the 5th", year=2024)
    assert [p.end for p in english.parts][:2] == [d(2024, 1, 5), d(2024, 2, 5)]
    at_least = Deadline.parse("не рідше одного разу на квартал", year=2024)
    assert [p.end for p in at_least.parts] == [
        d(2024, 3, 31),
        d(2024, 6, 30),
        d(2024, 9, 30),
        d(2024, 12, 31),
    ]
    # a recurring term within a period: its occurrences in that period
    for text in ("щомісяця протягом ІІ кварталу", "ІІ квартал – щомісяця", "ІІ кв., щомісячно"):
        within = Deadline.parse(text, year=2024)
        assert (within.kind, within.start, within.end) == (
            K.RECURRING,
            d(2024, 4, 1),
            d(2024, 6, 30),
        )
        assert [p.end for p in within.parts] == [d(2024, 4, 30), d(2024, 5, 31), d(2024, 6, 30)]
    each_quarter = Deadline.parse("2024 рік – щокварталу", year=2024)
    assert [p.end for p in each_quarter.parts] == [
        d(2024, 3, 31),
        d(2024, 6, 30),
        d(2024, 9, 30),
        d(2024, 12, 31),
    ]
    # «протягом року» names no year: in a plan of several, the recurrence runs in each
    for phrase in (
        "щокварталу протягом року",
        "протягом року, щокварталу",
        "протягом року щокварталу",
    ):
        every = Deadline.parse(phrase, year=2024, end_year=2026)
        assert (every.start, every.end, len(every.parts)) == (d(2024, 1, 1), d(2026, 12, 31), 12)
        assert Deadline.parse(phrase, year=2024).parts == each_quarter.parts
    # a recurrence from a year on: its occurrences from then
    since = Deadline.parse("щороку до 1 лютого, починаючи з 2025 року", year=2024, end_year=2026)
    assert [p.end for p in since.parts] == [d(2025, 2, 1), d(2026, 2, 1)]
    # … and up to a year it names, past the plan's one year if need be
    for phrase in (
        "щороку до 2026 року",
        "щорічно до кінця 2026 р.",
        "2024 рік та щороку до 2026 року",
        "до 2026 року, щорічно",  # the year first, the recurrence after it
        "до 2026 року (щорічно)",
    ):
        until = Deadline.parse(phrase, year=2024)
        assert [p.end for p in until.parts] == [d(2024, 12, 31), d(2025, 12, 31), d(2026, 12, 31)]
    # the recurrence right after its year, without a comma or dash
    for phrase in ("протягом 2024 року щокварталу", "у 2024 році щокварталу", "2024 р. щокварталу"):
        assert Deadline.parse(phrase, year=2024).parts == each_quarter.parts, phrase
    # … or in brackets after it, in a plan of several years: in that year alone
    for phrase in ("щокварталу (2024 рік)", "щокварталу (2024 р.)"):
        assert Deadline.parse(phrase, year=2024, end_year=2026).parts == each_quarter.parts, phrase
    for phrase in ("раз на 2 місяці", "щодва місяці", "кожні два місяці"):
        second = Deadline.parse(phrase, year=2024)
        assert [p.end for p in second.parts][:2] == [d(2024, 2, 29), d(2024, 4, 30)], phrase
        assert len(second.parts) == 6
    assert Deadline.parse("раз на три місяці", year=2024).parts == each_quarter.parts
    each_month = Deadline.parse("до 15 числа кожного місяця, наступного за звітним", year=2024)
    assert each_month.parts[-1].end == d(2025, 1, 15)  # December's report in January
    monthly = Deadline.parse("щомісяця до 5 числа", year=2024)
    assert len(monthly.parts) == 12 and monthly.parts[1].end == d(2024, 2, 5)
    twice = Deadline.parse("два рази на рік", year=2024)
    assert [p.end for p in twice.parts] == [d(2024, 6, 30), d(2024, 12, 31)]
    assert len(Deadline.parse("1 раз на квартал", year=2024).parts) == 4
    # a yearly term with the part of each year it falls in: that part, each year
    august = Deadline.parse("щороку, серпень", year=2024, end_year=2025)
    assert [(p.start, p.end) for p in august.parts] == [
        (d(2024, 8, 1), d(2024, 8, 31)),
        (d(2025, 8, 1), d(2025, 8, 31)),
    ]
    # the months of each year named, after how often or in brackets: those months each year
    for phrase in (
        "двічі на рік (березень, вересень)",
        "щороку, березень, вересень",
        "2 рази на рік: березень, вересень",
    ):
        named = Deadline.parse(phrase, year=2024, end_year=2025)
        assert [p.end for p in named.parts] == [
            d(2024, 3, 31),
            d(2024, 9, 30),
            d(2025, 3, 31),
            d(2025, 9, 30),
        ], phrase
        assert named.due(d(2025, 6, 1)) == named.parts[2]  # March's, not the half-year's
    thrice = Deadline.parse("тричі на рік (лютий, травень, листопад)", year=2024)
    assert [p.start for p in thrice.parts] == [d(2024, 2, 1), d(2024, 5, 1), d(2024, 11, 1)]
    spring = Deadline.parse("Щорічно у ІІ кварталі", year=2024, end_year=2025)
    assert [p.end for p in spring.parts] == [d(2024, 6, 30), d(2025, 6, 30)]
    assert august.due(d(2025, 9, 1)) == august.parts[1]
    # the day may come first, how often after it
    after = Deadline.parse("до 20 листопада щороку", year=2024, end_year=2025)
    assert [p.end for p in after.parts] == [d(2024, 11, 20), d(2025, 11, 20)]
    # in the period's own last month: quarterly
    last_month = Deadline.parse("до 25 числа останнього місяця кварталу", year=2024)
    assert [p.end for p in last_month.parts] == [
        d(2024, 3, 25),
        d(2024, 6, 25),
        d(2024, 9, 25),
        d(2024, 12, 25),
    ]
    assert len(Deadline.parse("Поквартально", year=2024).parts) == 4
    assert len(Deadline.parse("квартально", year=2024).parts) == 4
    assert len(Deadline.parse("помісячно", year=2024).parts) == 12
    # a term, then the same each year after, to the plan's end
    then = Deadline.parse("IV квартал 2024 р., далі – щороку", year=2024, end_year=2026)
    assert then.kind is K.RECURRING
    assert [(p.start, p.end) for p in then.parts] == [
        (d(2024, 10, 1), d(2024, 12, 31)),
        (d(2025, 10, 1), d(2025, 12, 31)),
        (d(2026, 10, 1), d(2026, 12, 31)),
    ]
    by_then = Deadline.parse("до 1 березня 2025 року, далі щорічно", year=2024, end_year=2026)
    assert [p.end for p in by_then.parts] == [d(2025, 3, 1), d(2026, 3, 1)]
    assert len(Deadline.parse("протягом 2024 року та щороку", year=2024, end_year=2026).parts) == 3
    later = Deadline.parse("до 15 травня 2024 р. і щорічно в подальшому", year=2024, end_year=2025)
    assert [p.end for p in later.parts] == [d(2024, 5, 15), d(2025, 5, 15)]
    reviewed = "протягом 2024 року з подальшим щорічним оновленням"
    assert len(Deadline.parse(reviewed, year=2024, end_year=2026).parts) == 3
    assert len(Deadline.parse("І півріччя кожного року", year=2024, end_year=2025).parts) == 2
    # the recurrence in brackets after the term: each year's term, not each whole year
    bracketed = Deadline.parse("ІІІ квартал (щороку)", year=2024, end_year=2026)
    assert [(p.start, p.end) for p in bracketed.parts] == [
        (d(2024, 7, 1), d(2024, 9, 30)),
        (d(2025, 7, 1), d(2025, 9, 30)),
        (d(2026, 7, 1), d(2026, 9, 30)),
    ]
    assert Deadline.parse("листопад (щорічно)", year=2024).kind is K.MONTH  # one year
    assert Deadline.parse("І півріччя кожного року", year=2024).kind is K.HALF_YEAR  # one year
    # days after each period: the day of the month after it
    after = Deadline.parse("не пізніше 10 днів після закінчення кварталу", year=2024)
    assert [p.end for p in after.parts] == [
        d(2024, 4, 10),
        d(2024, 7, 10),
        d(2024, 10, 10),
        d(2025, 1, 10),
    ]
    monthly_after = Deadline.parse("протягом 5 днів після закінчення звітного місяця", year=2024)
    assert len(monthly_after.parts) == 12 and monthly_after.parts[0].end == d(2024, 2, 5)
    # two days of each year
    twice = Deadline.parse("щороку до 1 березня та 1 вересня", year=2024, end_year=2025)
    assert [p.end for p in twice.parts] == [
        d(2024, 3, 1),
        d(2024, 9, 1),
        d(2025, 3, 1),
        d(2025, 9, 1),
    ]
    # … listed with commas, after a colon, or after a half-yearly word: the days named
    for listed in (
        "щороку до 1 березня, 1 вересня",
        "щопівроку до 1 березня та 1 вересня",
        "двічі на рік: до 1 березня і до 1 вересня",
    ):
        read = Deadline.parse(listed, year=2024, end_year=2025)
        assert [p.end for p in read.parts] == [p.end for p in twice.parts], listed
    four = Deadline.parse("щороку до 20 січня, 20 квітня, 20 липня та 20 жовтня", year=2024)
    assert [(p.end.month, p.end.day) for p in four.parts if p.end] == [
        (1, 20),
        (4, 20),
        (7, 20),
        (10, 20),
    ]
    # the day it is due may stand in brackets
    bracketed = Deadline.parse("Щорічно (до 1 березня)", year=2024, end_year=2025)
    assert [p.end for p in bracketed.parts] == [d(2024, 3, 1), d(2025, 3, 1)]
    quarterly = Deadline.parse("щокварталу, (не пізніше 10 числа наступного місяця)", year=2024)
    assert quarterly.parts[-1].end == d(2025, 1, 10)


def test_stages_end_with_the_last_and_keep_each_part() -> None:
    text = "І квартал 2025 – розроблення;\nІV квартал 2025 – затвердження"
    staged = Deadline.parse(text, year=2025)
    assert staged.kind is K.STAGES
    assert (staged.start, staged.end) == (d(2025, 1, 1), d(2025, 12, 31))
    assert [(p.text, p.end) for p in staged.parts] == [
        ("І квартал 2025 – розроблення", d(2025, 3, 31)),
        ("ІV квартал 2025 – затвердження", d(2025, 12, 31)),
    ]
    # their lines joined by a print (a PDF's cell): the same stages
    joined = Deadline.parse(" ".join(text.replace(";", "").split()), year=2025)
    assert (joined.kind, [p.end for p in joined.parts]) == (K.STAGES, [p.end for p in staged.parts])
    bare = Deadline.parse("ІІ квартал IV квартал", year=2025)
    assert [(p.start, p.end) for p in bare.parts] == [
        (d(2025, 4, 1), d(2025, 6, 30)),
        (d(2025, 10, 1), d(2025, 12, 31)),
    ]
    # a dash between them makes a range, read as ever (one going back is none)
    assert Deadline.parse("ІІІ квартал 2026 – І квартал 2025", year=2025).kind is K.UNKNOWN
    assert Deadline.parse("ІІ квартал 2025 року", year=2025).kind is K.QUARTER  # its own year


def test_stages_without_a_year_that_go_back_once_go_on_into_the_next_year() -> None:
    """A one-year plan's list of report days, the last in January: the year after's January."""
    reports = Deadline.parse("до 10 липня, до 10 жовтня, до 10 січня", year=2025)
    assert reports.kind is K.STAGES
    assert [p.end for p in reports.parts] == [d(2025, 7, 10), d(2025, 10, 10), d(2026, 1, 10)]
    assert reports.end == d(2026, 1, 10)
    quarters = Deadline.parse("ІІІ квартал, ІV квартал, І квартал", year=2025)
    assert (quarters.start, quarters.end) == (d(2025, 7, 1), d(2026, 3, 31))
    # in order, or in no order (back more than once): read as written
    ordered = Deadline.parse("до 30 червня та до 31 грудня", year=2025)
    assert [p.end for p in ordered.parts] == [d(2025, 6, 30), d(2025, 12, 31)]
    unordered = Deadline.parse("31 грудня, 30 червня, 31 березня", year=2025)
    assert [p.end for p in unordered.parts] == [d(2025, 12, 31), d(2025, 6, 30), d(2025, 3, 31)]


def test_terms_with_the_work_each_is_for_after_a_dash() -> None:
    """Stages apart by commas, each naming its work; one such term is that term."""
    staged = Deadline.parse(
        "2026 р. – проєктування, 2027 р. – будівництво", year=2026, end_year=2028
    )
    assert (staged.kind, staged.start, staged.end) == (K.STAGES, d(2026, 1, 1), d(2027, 12, 31))
    assert [p.text for p in staged.parts] == ["2026 р. – проєктування", "2027 р. – будівництво"]
    first = Deadline.parse("обстеження – ІІ квартал, звіт – ІV квартал", year=2025)
    assert [(p.start, p.end) for p in first.parts] == [
        (d(2025, 4, 1), d(2025, 6, 30)),
        (d(2025, 10, 1), d(2025, 12, 31)),
    ]
    one = Deadline.parse("ІІІ квартал 2025 – закупівля меблів", year=2025)
    assert (one.kind, one.start, one.end) == (K.QUARTER, d(2025, 7, 1), d(2025, 9, 30))
    # the side after the dash that tells of time is no work: not this reading
    assert Deadline.parse("ІІ квартал – щомісяця", year=2025).kind is not K.QUARTER


def test_stages_and_occurrences_without_a_year_are_every_year_of_a_longer_plan() -> None:
    """Each year's stages, or a period's occurrences each year, with the note that says so."""
    staged = Deadline.parse("І квартал – проєкт; ІІІ квартал – закупівля", year=2024, end_year=2025)
    assert staged.kind is K.RECURRING
    assert [(p.start, p.end) for p in staged.parts] == [
        (d(2024, 1, 1), d(2024, 3, 31)),
        (d(2024, 7, 1), d(2024, 9, 30)),
        (d(2025, 1, 1), d(2025, 3, 31)),
        (d(2025, 7, 1), d(2025, 9, 30)),
    ]
    assert staged.note is not None and "every year" in staged.note
    monthly = Deadline.parse("щомісяця протягом І кварталу", year=2024, end_year=2025)
    assert [p.end for p in monthly.parts] == [
        d(2024, 1, 31),
        d(2024, 2, 29),
        d(2024, 3, 31),
        d(2025, 1, 31),
        d(2025, 2, 28),
        d(2025, 3, 31),
    ]
    named = Deadline.parse(
        "І квартал 2024 – проєкт; ІІІ квартал 2025 – закупівля", year=2024, end_year=2025
    )
    assert (named.kind, named.note) == (K.STAGES, None)  # the years named are theirs


def test_a_phrase_without_a_year_in_a_plan_of_several_years_is_every_year_of_it() -> None:
    deadline = Deadline.parse("ІІ квартал", year=2024, end_year=2026)
    assert deadline.kind is K.RECURRING
    assert [(p.start, p.end) for p in deadline.parts] == [
        (d(2024, 4, 1), d(2024, 6, 30)),
        (d(2025, 4, 1), d(2025, 6, 30)),
        (d(2026, 4, 1), d(2026, 6, 30)),
    ]
    assert deadline.note is not None and "every year" in deadline.note
    named = Deadline.parse("ІІ квартал 2025 року", year=2024, end_year=2026)
    assert (named.kind, named.start, named.note) == (K.QUARTER, d(2025, 4, 1), None)
    # a term after the years it is due in, one part each year
    each = Deadline.parse("2024–2026 рр. – ІІІ квартал", year=2024, end_year=2026)
    assert [(p.start, p.end) for p in each.parts] == [
        (d(y, 7, 1), d(y, 9, 30)) for y in (2024, 2025, 2026)
    ]
    # «та постійно»: from then on, to the plan's end
    onwards = Deadline.parse("2024 рік та постійно", year=2024, end_year=2026)
    assert (onwards.kind, onwards.start, onwards.end) == (
        K.CONTINUOUS,
        d(2024, 1, 1),
        d(2026, 12, 31),
    )
    # the current year is each year of a longer plan; its next year is none fixed
    current = Deadline.parse("до 25 грудня поточного року", year=2024, end_year=2025)
    assert [p.end for p in current.parts] == [d(2024, 12, 25), d(2025, 12, 25)]
    for unfixed in ("І квартал наступного року", "до 1 липня наступного року"):
        assert Deadline.parse(unfixed, year=2024, end_year=2025).kind is K.UNKNOWN, unfixed
    # … but the year after a term of a year named is fixed
    moved = Deadline.parse(
        "ІІ квартал 2024 р. (перенесено на наступний рік)", year=2024, end_year=2026
    )
    assert (moved.kind, moved.start, moved.end) == (K.YEAR, d(2025, 1, 1), d(2025, 12, 31))
    assert Deadline.parse("Перенесено на наступний рік", year=2024, end_year=2026).kind is K.UNKNOWN
    # a range into the next year is each one that ends within the plan
    school = Deadline.parse("вересень – травень", year=2024, end_year=2026)
    assert school.kind is K.RECURRING
    assert [(p.start, p.end) for p in school.parts] == [
        (d(2024, 9, 1), d(2025, 5, 31)),
        (d(2025, 9, 1), d(2026, 5, 31)),
    ]
    once = Deadline.parse("з 15 листопада по 15 березня", year=2024, end_year=2025)
    assert (once.kind, once.start, once.end) == (K.DATE_RANGE, d(2024, 11, 15), d(2025, 3, 15))
    # a term narrowed in brackets is every year's too
    narrowed = Deadline.parse("серпень (до Дня Незалежності)", year=2024, end_year=2025)
    assert [(p.start, p.end) for p in narrowed.parts] == [
        (d(2024, 8, 1), d(2024, 8, 24)),
        (d(2025, 8, 1), d(2025, 8, 24)),
    ]
    # a holiday whose date moves is each year's own day
    famine = Deadline.parse("до Дня пам'яті жертв голодоморів", year=2021, end_year=2023)
    assert [p.end for p in famine.parts] == [d(2021, 11, 27), d(2022, 11, 26), d(2023, 11, 25)]
    youth = Deadline.parse("до Дня молоді", year=2021, end_year=2023)  # moved to 12 August in 2023
    assert [p.end for p in youth.parts] == [d(2021, 6, 27), d(2022, 6, 26), d(2023, 8, 12)]
    # … also where the term says each year, before it or after it
    easter = Deadline.parse("щороку напередодні Великодня", year=2024, end_year=2026)
    assert [p.end for p in easter.parts] == [d(2024, 5, 5), d(2025, 4, 20), d(2026, 4, 12)]
    famine_yearly = Deadline.parse(
        "до Дня пам'яті жертв голодоморів (щорічно)", year=2021, end_year=2023
    )
    assert [p.end for p in famine_yearly.parts] == [p.end for p in famine.parts]
    # a term narrowed in brackets, then said to be each year's: each year's narrowed term
    narrowed_yearly = Deadline.parse("серпень (до 24 серпня), щороку", year=2024, end_year=2025)
    assert [(p.start, p.end) for p in narrowed_yearly.parts] == [
        (d(2024, 8, 1), d(2024, 8, 24)),
        (d(2025, 8, 1), d(2025, 8, 24)),
    ]
    one_year = Deadline.parse("серпень (до 24 серпня), щороку", year=2024)
    assert (one_year.kind, one_year.start, one_year.end) == (K.DATE, d(2024, 8, 1), d(2024, 8, 24))
    # a term said to be once is not each year's: the plan's first, with a note
    once = Deadline.parse("Разово – ІІ квартал", year=2024, end_year=2026)
    assert (once.kind, once.start, once.end) == (K.QUARTER, d(2024, 4, 1), d(2024, 6, 30))
    assert once.note is not None and "once" in once.note


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        ("протягом навчального року", K.MONTH_RANGE, d(2024, 9, 1)),
        ("Навчальний рік", K.MONTH_RANGE, d(2024, 9, 1)),
        ("до завершення навчального року", K.DATE, d(2024, 9, 1)),
    ],
)
def test_the_school_year_of_a_school_year_plan(text: str, kind: K, start: date) -> None:
    deadline = Deadline.parse(text, year=2024, end_year=2025)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, d(2025, 6, 30))
    # a calendar year's plan does not say which school year it means, nor do several years'
    # — but the end of one is the end of the one that ends in it: 30 June
    calendar = Deadline.parse(text, year=2024)
    if kind is K.DATE:
        assert (calendar.kind, calendar.end) == (K.DATE, d(2024, 6, 30))
    else:
        assert calendar.kind is K.UNKNOWN
    assert Deadline.parse(text, year=2024, end_year=2026).kind is K.UNKNOWN


def test_the_end_of_a_named_school_year_is_its_30_june() -> None:
    for text in (
        "до кінця 2024/2025 навчального року",
        "до завершення 2024-25 н.р.",
        "до кінця навчального року 2024/2025",  # the years after the words
    ):
        deadline = Deadline.parse(text, year=2025)
        assert (deadline.kind, deadline.start, deadline.end) == (
            K.DATE,
            d(2024, 9, 1),
            d(2025, 6, 30),
        ), text


@pytest.mark.parametrize(
    "text", ["Навчальний рік 2024/2025", "протягом навчального року 2024-25", "н. р. 2024/2025"]
)
def test_a_school_year_named_after_its_words(text: str) -> None:
    deadline = Deadline.parse(text, year=2025)
    assert (deadline.kind, deadline.start, deadline.end) == (
        K.MONTH_RANGE,
        d(2024, 9, 1),
        d(2025, 6, 30),
    )
    assert Deadline.parse("навчальний рік 2024-2026", year=2025).kind is K.UNKNOWN


def test_status_words_on_a_line_of_the_deadline_cell_say_nothing_of_the_term() -> None:
    deadline = Deadline.parse("ІІІ квартал 2024 року\nвиконано", year=2024)
    assert (deadline.kind, deadline.end) == (K.QUARTER, d(2024, 9, 30))
    assert deadline.text == "ІІІ квартал 2024 року\nвиконано"  # kept as written
    assert Deadline.parse("грудень\nНе виконано", year=2024).kind is K.MONTH
    assert Deadline.parse("грудень, не виконано", year=2024).kind is K.MONTH  # after a comma


def test_by_the_start_of_the_school_year_is_1_september() -> None:
    def end(text: str, end_year: int | None = None) -> date | None:
        deadline = Deadline.parse(text, year=2024, end_year=end_year)
        return deadline.end if deadline.kind is K.DATE else None

    assert end("до початку навчального року") == d(2024, 9, 1)
    assert end("Не пізніше початку нового навчального року") == d(2024, 9, 1)
    # in a school year's plan the new one is the next September; in several years', each
    # year's, as «до 1 вересня» is
    assert end("до початку нового навчального року", 2025) == d(2025, 9, 1)
    assert end("до початку навчального року", 2025) == d(2024, 9, 1)
    each = Deadline.parse("до початку навчального року", year=2024, end_year=2026)
    assert (each.kind, [p.end for p in each.parts]) == (
        K.RECURRING,
        [d(2024, 9, 1), d(2025, 9, 1), d(2026, 9, 1)],
    )


def test_stages_in_brackets_and_a_caption_before_a_continuous_term() -> None:
    stages = Deadline.parse(
        "(І квартал 2024 – розроблення; ІV квартал 2024 – затвердження)", year=2024
    )
    assert (stages.kind, [(p.start, p.end) for p in stages.parts]) == (
        K.STAGES,
        [(d(2024, 1, 1), d(2024, 3, 31)), (d(2024, 10, 1), d(2024, 12, 31))],
    )
    captioned = Deadline.parse("Строк виконання: постійно до 2025 року", year=2024, end_year=2026)
    alone = Deadline.parse("постійно до 2025 року", year=2024, end_year=2026)
    assert captioned.kind is K.CONTINUOUS
    assert (captioned.start, captioned.end) == (alone.start, alone.end)
    # a word broken at a line's end, in capitals
    assert Deadline.parse("ЩОКВАР-\nТАЛЬНО", year=2024).kind is K.RECURRING


def test_continuous_and_on_demand_terms_are_never_overdue() -> None:
    from civplan.model.deadline import NEVER_OVERDUE

    for text in ("постійно", "за потреби", "за окремим графіком"):
        assert Deadline.parse(text, year=2024).kind in NEVER_OVERDUE


DASHES = ["-", "–", "—", " - ", " – ", "‒", " —  "]


@given(
    st.sampled_from([p for p in PHRASES + MORE if p[1] is not K.UNKNOWN]),
    st.sampled_from(DASHES),
    st.booleans(),
    st.sampled_from([" ", "  ", "\n", "\u00a0"]),
    st.sampled_from(["", ".", " ."]),
    st.sampled_from(["{}", "«{}»", '"{}"', "- {}", "• {}"]),
)
def test_dashes_spacing_case_a_full_stop_and_marks_never_change_the_interval(
    phrase: tuple[str, K, date, date], dash: str, upper: bool, space: str, stop: str, mark: str
) -> None:
    # … nor quotes around all of it, nor a list's mark before it
    text, kind, start, end = phrase
    varied = mark.format(re.sub(r"\s*[-–—]\s*", dash, text).replace(" ", space) + stop)
    varied = varied.upper() if upper else varied
    deadline = Deadline.parse(varied, year=2017 if phrase in PHRASES else 2024)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


@settings(max_examples=800)  # a few hundred phrases, a break at each of their spaces
@given(st.sampled_from([p for p in PHRASES + MORE if p[1] is not K.UNKNOWN]), st.data())
def test_a_line_broken_at_any_space_never_changes_the_interval(
    phrase: tuple[str, K, date, date], data: st.DataObject
) -> None:
    # a narrow column wraps a term once, anywhere: «ІІІ квартал (до↵15 серпня)», «2024 –↵2026
    # роки (щорічно)», «І квартал↵2025 року»: one term, not stages
    text, kind, start, end = phrase
    spaces = [at for at, char in enumerate(text) if char == " "]
    if not spaces:
        return
    at = data.draw(st.sampled_from(spaces))
    broken = text[:at] + "\n" + text[at + 1 :]
    deadline = Deadline.parse(broken, year=2017 if phrase in PHRASES else 2024)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


ENGLISH = [
    ("Q2 2024", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("in the 4th quarter of 2024", K.QUARTER, d(2024, 10, 1), d(2024, 12, 31)),
    ("in the second half of 2024", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("Q2-2024", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),  # the year joined by a dash
    ("Q1/2025", K.QUARTER, d(2025, 1, 1), d(2025, 3, 31)),
    ("FY2024", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),  # the fiscal year is the calendar's
    ("ІІ кв.-2024", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("ІІІ квартал – 2025 рік", K.QUARTER, d(2025, 7, 1), d(2025, 9, 30)),
    ("IV квартал 2024 – 2025 рік", K.DATE_RANGE, d(2024, 10, 1), d(2025, 12, 31)),
    ("Start: February 2024; End: November 2024", K.MONTH_RANGE, d(2024, 2, 1), d(2024, 11, 30)),
    ("Start date: 01.03.2024, end date: 30.06.2024", K.DATE_RANGE, d(2024, 3, 1), d(2024, 6, 30)),
    ("October 2024 - ongoing", K.CONTINUOUS, d(2024, 10, 1), d(2024, 12, 31)),
    ("2nd quarter 2024", K.QUARTER, d(2024, 4, 1), d(2024, 6, 30)),
    ("Q3-Q4 2024", K.QUARTER_RANGE, d(2024, 7, 1), d(2024, 12, 31)),
    ("H1 2024", K.HALF_YEAR, d(2024, 1, 1), d(2024, 6, 30)),
    ("2nd half of 2024", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("First half of 2024", K.HALF_YEAR, d(2024, 1, 1), d(2024, 6, 30)),
    ("third quarter of 2024", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("III-IV quarters of 2024", K.QUARTER_RANGE, d(2024, 7, 1), d(2024, 12, 31)),
    ("2nd–3rd quarters of 2024", K.QUARTER_RANGE, d(2024, 4, 1), d(2024, 9, 30)),
    ("Q4 2024 – Q1 2025", K.QUARTER_RANGE, d(2024, 10, 1), d(2025, 3, 31)),
    ("In 2024", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("Within 3 months of adoption", K.UNFIXED, None, None),
    ("Within six months", K.UNFIXED, None, None),  # counted from the plan's adoption
    ("Within 30 calendar days of approval", K.UNFIXED, None, None),
    ("Within 10 working days", K.UNFIXED, None, None),
    ("In accordance with the work plan", K.SCHEDULED, None, None),  # scheduled elsewhere
    ("As per the approved schedule", K.SCHEDULED, None, None),
    ("On a rolling basis", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("June 2024", K.MONTH, d(2024, 6, 1), d(2024, 6, 30)),
    ("by June 2024", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),  # by its end, as «до червня»
    ("12/31/2024", K.DATE, d(2024, 12, 31), d(2024, 12, 31)),  # month first: only it fits
    ("by 31 December 2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("by December 31, 2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("from 1 March to 30 April 2024", K.DATE_RANGE, d(2024, 3, 1), d(2024, 4, 30)),
    ("January–March 2024", K.MONTH_RANGE, d(2024, 1, 1), d(2024, 3, 31)),
    ("March and September 2024", K.STAGES, d(2024, 3, 1), d(2024, 9, 30)),
    ("Q1 and Q3 2024", K.STAGES, d(2024, 1, 1), d(2024, 9, 30)),
    ("End of 2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("During 2024", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("Throughout the year", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("Ongoing", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("Quarterly", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Semi-annually", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("As needed", K.UNFIXED, None, None),
    ("Upon necessity", K.UNFIXED, None, None),
    ("When required", K.UNFIXED, None, None),
    ("Upon adoption of the law", K.UNFIXED, None, None),  # an event alone
    ("After the entry into force of the Code", K.UNFIXED, None, None),
    ("Regularly", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("2024 Q3", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("III quarter 2024", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("II half of 2024", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("by Q3 2024", K.DATE, d(2024, 1, 1), d(2024, 9, 30)),
    ("End of Q1 2024", K.DATE, d(2024, 1, 1), d(2024, 3, 31)),
    ("by the 1st half of 2024", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    ("Sept. 2024", K.MONTH, d(2024, 9, 1), d(2024, 9, 30)),
    ("15 Nov. 2024", K.DATE, d(2024, 11, 15), d(2024, 11, 15)),
    ("2024-2025 years", K.YEARS, d(2024, 1, 1), d(2025, 12, 31)),
    ("2024 year", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("2024 onwards", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("Starting from Q3 2024", K.CONTINUOUS, d(2024, 7, 1), d(2024, 12, 31)),
    ("From October 2024", K.CONTINUOUS, d(2024, 10, 1), d(2024, 12, 31)),
    ("Within the reporting period", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("2H 2024", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    # the plan's whole period, and seasons (winter, across two years, stays unknown)
    ("Throughout the implementation period", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("For the duration of the action plan", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("Throughout the programme period", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("For the duration of the strategy", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    ("Spring 2024", K.MONTH_RANGE, d(2024, 3, 1), d(2024, 5, 31)),
    ("the 2024/2025 academic year", K.MONTH_RANGE, d(2024, 9, 1), d(2025, 6, 30)),
    ("By the end of the first quarter", K.DATE, d(2024, 1, 1), d(2024, 3, 31)),
    ("By 15th of March 2024", K.DATE, d(2024, 1, 1), d(2024, 3, 15)),
    ("Q3/Q4 2024", K.QUARTER_RANGE, d(2024, 7, 1), d(2024, 12, 31)),
    ("End of year", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("EOY 2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("Once a year", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("By the end of each quarter", K.RECURRING, d(2024, 1, 1), d(2024, 12, 31)),
    ("Immediately", K.UNFIXED, None, None),
    ("By year-end", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("year end 2024", K.DATE, d(2024, 1, 1), d(2024, 12, 31)),
    ("Through Q3 2024", K.DATE, d(2024, 1, 1), d(2024, 9, 30)),
    ("the third quarter of 2024", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("School year 2024-25", K.MONTH_RANGE, d(2024, 9, 1), d(2025, 6, 30)),
    ("in the autumn of 2024", K.MONTH_RANGE, d(2024, 9, 1), d(2024, 11, 30)),
    ("Winter 2024", K.UNKNOWN, None, None),
    ("TBD", K.UNFIXED, None, None),  # a term to be set later, as «буде визначено»
    ("before the heating season", K.UNFIXED, None, None),  # as «до опалювального сезону»
    ("during the heating season", K.UNFIXED, None, None),
    ("Year-round", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),  # as «протягом року»
    ("all year long", K.YEAR, d(2024, 1, 1), d(2024, 12, 31)),
    # a year with its part in brackets; the middle of a year; martial law
    ("2024 (Q3)", K.QUARTER, d(2024, 7, 1), d(2024, 9, 30)),
    ("2024 (H2)", K.HALF_YEAR, d(2024, 7, 1), d(2024, 12, 31)),
    ("mid-2024", K.DATE, d(2024, 1, 1), d(2024, 6, 30)),
    ("Until the end of martial law", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
    ("During martial law", K.CONTINUOUS, d(2024, 1, 1), d(2024, 12, 31)),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), ENGLISH)
def test_english_phrases_mean_what_their_ukrainian_ones_do(
    text: str, kind: K, start: date | None, end: date | None
) -> None:
    deadline = Deadline.parse(text, year=2024)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)
    assert deadline.text == text


def test_an_english_phrase_without_a_year_in_a_multi_year_plan_is_every_year() -> None:
    english = Deadline.parse("Q2", year=2024, end_year=2025)
    ukrainian = Deadline.parse("ІІ квартал", year=2024, end_year=2025)
    assert english.kind is ukrainian.kind is K.RECURRING
    assert [(p.start, p.end) for p in english.parts] == [(p.start, p.end) for p in ukrainian.parts]
    assert english.note == ukrainian.note


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("щоквар-\nтально", K.RECURRING),
        ("постій-\nно", K.CONTINUOUS),
        ("січень-\nлютий", K.MONTH_RANGE),
    ],
)
def test_a_word_broken_at_a_line_s_end_is_one_word(text: str, kind: K) -> None:
    """A narrow column breaks «щоквартально» over two lines; a range's dash may end one too."""
    deadline = Deadline.parse(text, year=2024)
    assert deadline.kind is kind and deadline.start == d(2024, 1, 1)


@pytest.mark.parametrize(
    ("text", "kind", "mended"),
    [
        ("ІІ кваратал", K.QUARTER, "«кваратал» as «квартал»"),  # a letter more
        ("ІV кварал 2024 року", K.QUARTER, "«кварал» as «квартал»"),  # one less
        ("до кінця ІІ кватралу", K.DATE, "«кватралу» as «кварталу»"),  # two swapped
        ("щоквартальо", K.RECURRING, "«щоквартальо» as «щоквартально»"),
        ("постійнно", K.CONTINUOUS, "«постійнно» as «постійно»"),
        ("до 15 грулня", K.DATE, "«грулня» as «грудня»"),  # one other
    ],
)
def test_a_word_of_terms_mistyped_by_a_letter_is_read_as_that_word_with_a_note(
    text: str, kind: DeadlineKind, mended: str
) -> None:
    deadline = Deadline.parse(text, year=2024)
    assert deadline.kind is kind
    assert deadline.note == f"a typo read as the word it misses: {mended}"


@pytest.mark.parametrize(
    "text",
    [
        "щорічне",  # a word of its own, however near «щорічно»
        "постійна робота",
        "до кінця квартала",  # a letter away from «кварталу», «кварталі», «квартали»
        "протягм рку",  # «рку»: too short to tell what it misses
    ],
)
def test_a_word_no_typo_or_near_several_stays_unknown(text: str) -> None:
    assert Deadline.parse(text, year=2024).kind is K.UNKNOWN


def test_a_typo_s_note_follows_the_note_of_a_term_without_its_year() -> None:
    deadline = Deadline.parse("ІІ кваратал", year=2024, end_year=2026)
    assert deadline.kind is K.RECURRING and len(deadline.parts) == 3
    assert deadline.note is not None
    assert deadline.note.startswith("no year named in a plan for 2024–2026")
    assert deadline.note.endswith("; a typo read as the word it misses: «кваратал» as «квартал»")


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_characters_that_show_nothing_change_no_term(invisible: str) -> None:
    """A soft hyphen, a zero-width space or joiner, a byte-order mark, as copied text has them."""
    for text in ("ІV квартал", "до 15.05.2025", "щоквартально"):
        spoiled = text[:2] + invisible + text[2:] + invisible
        plain, read = Deadline.parse(text, year=2025), Deadline.parse(spoiled, year=2025)
        assert (read.kind, read.start, read.end) == (plain.kind, plain.start, plain.end)


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("протягом першого року реалізації Програми", 2024),
        ("у перший рік дії плану", 2024),
        ("другий рік реалізації програми", 2025),
        ("2-й рік", 2025),
        ("протягом 3-го року реалізації програми", 2026),
    ],
)
def test_a_year_of_the_plan_named_by_its_place_is_that_year(phrase: str, year: int) -> None:
    read = Deadline.parse(phrase, year=2024, end_year=2026)
    assert (read.kind, read.start, read.end) == (K.YEAR, d(year, 1, 1), d(year, 12, 31))
    # past the plan's period, or in a plan of one year, a later one is not understood
    assert (
        Deadline.parse("четвертий рік реалізації програми", year=2024, end_year=2026).kind
        is K.UNKNOWN
    )
    assert Deadline.parse("2024 рік", year=2024, end_year=2026).start == d(2024, 1, 1)
