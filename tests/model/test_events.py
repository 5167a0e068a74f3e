from datetime import date

import pytest

import civplan
from civplan.model.events import find_events

d = date

PHRASES = [
    ("21 березня – засідання «круглого столу»", [(d(2017, 3, 21), d(2017, 3, 21), "21 березня")]),
    (
        "17 - 19 жовтня у м.Сєвєродонецьк проведено тренінг",
        [(d(2017, 10, 17), d(2017, 10, 19), "17 - 19 жовтня")],
    ),
    (
        "29-30 березня та 19 квітня 2018 року проведено",  # the year once, for the whole list
        [
            (d(2018, 3, 29), d(2018, 3, 30), "29-30 березня"),
            (d(2018, 4, 19), d(2018, 4, 19), "19 квітня 2018 року"),
        ],
    ),
    ("У грудні проведено конкурс", [(d(2017, 12, 1), d(2017, 12, 31), "У грудні")]),
    ("Проведено у листопаді", [(d(2017, 11, 1), d(2017, 11, 30), "у листопаді")]),
    ("19.03. 2020 року відбулося засідання", [(d(2020, 3, 19), d(2020, 3, 19), "19.03. 2020")]),
    ("наказом від 05 грудня 2019 року", [(d(2019, 12, 5), d(2019, 12, 5), "05 грудня 2019 року")]),
    ("протягом місяця: грудень 2016 року", [(d(2016, 12, 1), d(2016, 12, 31), "грудень 2016")]),
    (
        "10, 12 та 15-16 травня",
        [(d(2017, 5, 10), d(2017, 5, 10), "10, 12 та 15-16 травня")] * 1
        + [
            (d(2017, 5, 12), d(2017, 5, 12), "10, 12 та 15-16 травня"),
            (d(2017, 5, 15), d(2017, 5, 16), "10, 12 та 15-16 травня"),
        ],
    ),
    # a range «з … по …», and of two dates in figures: one event over the days between
    ("з 1 по 5 вересня тривав тиждень знань", [(d(2017, 9, 1), d(2017, 9, 5), "1 по 5 вересня")]),
    ("З 1 ПО 5 ВЕРЕСНЯ – ТИЖДЕНЬ ЗНАНЬ", [(d(2017, 9, 1), d(2017, 9, 5), "1 ПО 5 ВЕРЕСНЯ")]),
    (
        "01.09.2017–05.09.2017 тиждень знань",
        [(d(2017, 9, 1), d(2017, 9, 5), "01.09.2017–05.09.2017")],
    ),
    (
        "накази від 12.03.2017 та 15.04.2017",  # two dates, no range
        [
            (d(2017, 3, 12), d(2017, 3, 12), "12.03.2017"),
            (d(2017, 4, 15), d(2017, 4, 15), "15.04.2017"),
        ],
    ),
    # an event's noun before a day and month with no year: in the plan's year
    ("Нарада старост – 05.06", [(d(2017, 6, 5), d(2017, 6, 5), "05.06")]),
    (
        "Семінари проведено 12.03 та 15.06",
        [(d(2017, 3, 12), d(2017, 3, 12), "12.03"), (d(2017, 6, 15), d(2017, 6, 15), "15.06")],
    ),
    # more events, and the day in brackets after one
    (
        "флешмоб (22.01), урочисте зібрання (27.06)",
        [(d(2017, 1, 22), d(2017, 1, 22), "22.01"), (d(2017, 6, 27), d(2017, 6, 27), "27.06")],
    ),
    ("Турнір з волейболу 12.05", [(d(2017, 5, 12), d(2017, 5, 12), "12.05")]),
    # a list's days, each its event after a dash
    (
        "1) 23.08 – підняття прапора; 2) 24.08 – концерт у парку",
        [(d(2017, 8, 23), d(2017, 8, 23), "23.08"), (d(2017, 8, 24), d(2017, 8, 24), "24.08")],
    ),
    ("Ставка 2.05 – на рівні минулого року", []),  # no list's item: a figure
    # a month as the label of what was done in it, or in brackets after an event
    (
        "Січень: флешмоб. Травень 2017: покладання квітів",
        [
            (d(2017, 1, 1), d(2017, 1, 31), "Січень"),
            (d(2017, 5, 1), d(2017, 5, 31), "Травень 2017"),
        ],
    ),
    ("виставка вишивки (березень)", [(d(2017, 3, 1), d(2017, 3, 31), "березень")]),
    # months listed after the first's preposition, each a month of its own
    (
        "Моніторинг проведено у березні, червні та вересні 2017 року",
        [
            (d(2017, 3, 1), d(2017, 3, 31), "у березні"),
            (d(2017, 6, 1), d(2017, 6, 30), "червні"),
            (d(2017, 9, 1), d(2017, 9, 30), "вересні 2017 року"),
        ],
    ),
    ("І квартал (лютий)", []),  # a term, no event
    ("Лютий – березень", []),
    ("Освоєно 14.03 тис. грн", []),  # no event named: a decimal, no day
    ("Освоєно (14.03 тис. грн)", []),
    ("Засідання 31.02", []),
    ("31 лютого", []),  # no such day: no event
    ("у 2017 році проведено 38 консультацій", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_dated_events(text: str, expected: list[tuple[date, date, str]]) -> None:
    assert [(e.start, e.end, e.phrase) for e in find_events(text, 2017)] == expected


def test_each_event_keeps_its_clause() -> None:
    [first, second] = find_events("21 березня – засідання; 17 жовтня – тренінг", 2017)
    assert (first.text, second.text) == ("21 березня – засідання", "17 жовтня – тренінг")


def test_seed_5_2_reports_events_outside_its_term() -> None:
    """Term «ІІІ-ІV квартал»; events in March–May are flagged, November's is not."""
    result = civplan.assess(civplan.demo_plan().measure("5.2"), date(2017, 12, 31))
    assert result.status is civplan.Status.DONE  # a flag, never a change of status
    assert [e.phrase for e in result.events] == [
        "29-30 березня",
        "19 квітня 2017 року",
        "22-23 травня",
        "16 листопада",
    ]
    assert [e.phrase for e in result.untimely_events] == [
        "29-30 березня",
        "19 квітня 2017 року",
        "22-23 травня",
    ]


def test_undated_dates_take_the_year_of_the_term() -> None:
    measure = civplan.Measure(
        number="1.1",
        title="З",
        deadline=civplan.Deadline.parse("ІІ квартал 2018 року", year=2017),
        outcome=civplan.Outcome(text="Проведено у травні"),
    )
    [event] = civplan.assess(measure, date(2018, 12, 31)).events
    assert event.start == date(2018, 5, 1)
