"""Reports that only refer to another measure's: «Див. п. 1.2», "Same as 2.1"."""

from __future__ import annotations

import io
from datetime import date

import pytest

import civplan
from civplan import Deadline, Measure, Outcome, Plan, Section, Status

AS_OF = date(2025, 12, 31)


def plan_of(*reports: str) -> Plan:
    """A plan whose measures 1, 2, … report these texts."""
    measures = [
        Measure(
            number=str(n),
            title=f"Захід {n}",
            deadline=Deadline.parse("ІІ квартал", year=2025),
            outcome=Outcome(text=text),
        )
        for n, text in enumerate(reports, start=1)
    ]
    return Plan(
        title="План заходів на 2025 рік",
        year=2025,
        sections=[Section(number=None, title=None, measures=measures)],
    )


@pytest.mark.parametrize(
    "pointer",
    [
        "Див. п. 1",
        "див. пункт 1.",
        "Дивись інформацію до п. 1",
        "Інформацію наведено в пункті 1 плану",
        "Інформація щодо виконання викладена у п. 1",
        "Аналогічно пункту 1",
        "See item 1",
        "Same as 1",
    ],
)
def test_a_report_that_only_points_to_another_is_read_as_that_one(pointer: str) -> None:
    plan = plan_of("Не виконано через відсутність коштів", pointer)
    result = civplan.assess(plan.measure("2"), AS_OF, plan=plan)
    assert result.status is Status.NOT_DONE
    assert result.reasons[0].code == "rule.referred"
    assert "measure 1: its report is read" in result.reasons[0].en
    # without the plan the report it points to is not at hand: the dates decide, to check
    alone = civplan.assess(plan.measure("2"), AS_OF)
    assert alone.status is Status.OVERDUE and alone.review
    assert [r.code for r in alone.reasons] == ["text.pointer"]


def test_pointers_are_followed_to_a_report_and_never_round_in_a_circle() -> None:
    plan = plan_of(
        "Проведено 4 семінари",
        "Див. п. 3",  # to 3, which points to 1
        "Див. п. 1",
        "Див. п. 5",  # 4 and 5 point to each other
        "Див. п. 4",
        "Див. п. 9",  # no measure 9
        "Див. п. 6",  # to itself
        "Див. п. 1, крім того проведено нараду",  # more than a pointer: its own report
    )
    summary = civplan.summarize(plan, as_of=AS_OF)
    assert summary.counts[Status.DONE] == 4  # 1, 2, 3 and 8 (its own words)
    statuses = {r["number"]: r["status"] for r in civplan.records(plan, as_of=AS_OF)}
    assert [statuses[str(n)] for n in (2, 3)] == ["DONE", "DONE"]
    assert [statuses[str(n)] for n in (4, 5, 6, 7)] == ["OVERDUE"] * 4
    assert len(summary.to_review) == 4  # pointers that lead nowhere: to check


def test_a_report_with_pointers_reads_back_as_written() -> None:
    plan = plan_of("Проведено 4 семінари", "Див. п. 1")
    options = civplan.ReportOptions(columns=("number", "title", "deadline", "outcome", "status"))
    stream = io.BytesIO()
    civplan.export(plan, "xlsx", stream, options=options)
    again = civplan.load(io.BytesIO(stream.getvalue()), "xlsx")
    assert again == plan  # the status the table shows for 2 is the one civplan gave it
    assert again.measure("2").outcome == Outcome(text="Див. п. 1")
