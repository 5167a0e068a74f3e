from datetime import date

import pytest

from civplan import Deadline, Measure, Outcome, Plan, Section, Status, demo_plan, summarize


def test_seed_summary_as_of_year_end() -> None:
    summary = summarize(demo_plan())
    assert summary.as_of == date(2017, 12, 31)  # the document's reporting date
    assert summary.total == 15
    assert summary.counts[Status.NOT_DONE] == 1
    assert summary.counts[Status.DONE] == 12
    assert summary.counts[Status.PARTIALLY_DONE] == 2
    # 12 × 100 + 2 × 75 + 0 over 15 scored measures
    assert summary.rate == pytest.approx((12 * 100 + 2 * 75) / 15)
    assert [s.number for s in summary.sections] == ["1.", "2.", "3.", "4.", "5.", "6."]
    section_4 = summary.sections[3]
    assert section_4.total == 5
    assert section_4.rate == pytest.approx((3 * 100 + 75 + 0) / 5)
    assert summary.assessment("4.2").status is Status.NOT_DONE


def test_not_due_and_cancelled_are_left_out_of_the_rate() -> None:
    term = Deadline.parse("ІV квартал", year=2017)

    def measure(n: int, outcome: Outcome | None) -> Measure:
        return Measure(number=f"1.{n}", title="З", deadline=term, outcome=outcome)

    plan = Plan(
        title="П",
        year=2017,
        sections=[
            Section(
                number="1",
                title="Р",
                measures=[
                    measure(1, Outcome(text="Проведено")),
                    measure(2, Outcome(status=Status.CANCELLED)),
                    measure(3, None),
                ],
            )
        ],
    )
    early = summarize(plan, date(2017, 1, 15))
    assert early.counts[Status.NOT_DUE] == 1
    assert early.rate == 100.0
    late = summarize(plan, date(2018, 1, 15))
    assert late.counts[Status.OVERDUE] == 1
    assert late.rate == 50.0


def test_empty_plan_has_no_rate() -> None:
    assert summarize(Plan(title="П", year=2017), date(2017, 1, 1)).rate is None


def test_measures_outside_the_headings_beside_them_count_with_the_section_around_them() -> None:
    """«2.» after «1.» and its «1.1» inside «І.»: І's; at the top: one group outside headings."""
    term = Deadline.parse("ІV квартал", year=2017)

    def measure(number: str) -> Measure:
        return Measure(number=number, title="З", deadline=term)

    plan = Plan(
        title="П",
        year=2017,
        sections=[
            Section(measures=[measure("0.1")]),
            Section(
                number="І.",
                title="Освіта",
                sections=[
                    Section(number="1.", title="Школи", measures=[measure("1.1")]),
                    Section(measures=[measure("2."), measure("3.")]),
                ],
            ),
            Section(measures=[measure("4.")]),
            Section(number="ІІ.", title="Культура", measures=[measure("5.")]),
        ],
    )
    top = summarize(plan, date(2018, 1, 15))
    assert [(s.title, s.total) for s in top.sections] == [(None, 2), ("Освіта", 3), ("Культура", 1)]
    deeper = summarize(plan, date(2018, 1, 15), level=2)
    assert [(s.title, s.level, s.total) for s in deeper.sections] == [
        (None, 1, 2),
        ("Школи", 2, 1),
        ("Освіта", 1, 2),  # its own measures, after «1.»
        ("Культура", 1, 1),
    ]
