"""A plan as flat records and as a DataFrame, and how plans and summaries show in notebooks."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

import civplan

YEAR_END = date(2017, 12, 31)


def test_one_record_per_measure_with_its_headings_and_assessment() -> None:
    plan = civplan.demo_plan()
    rows = civplan.records(plan, as_of=YEAR_END)
    assert [r["number"] for r in rows] == [m.number for m in plan.measures()]
    first = rows[0]
    assert first["headings"].startswith("1. Створення сприятливих умов")
    assert first["section"] == "1."
    assert first["deadline"] == "ІV квартал"
    assert (first["deadline_start"], first["deadline_end"]) == (date(2017, 10, 1), YEAR_END)
    assert first["deadline_kind"] == "quarter"
    not_done = next(r for r in rows if r["number"] == "4.2")
    assert (not_done["status"], not_done["confidence"], not_done["review"]) == (
        "NOT_DONE",
        "clear",
        False,
    )
    assert "not carried out" in not_done["reasons"]
    assert "не було програм" in (not_done["justification"] or "")
    assert any("85" in r["indicators"] for r in rows)
    assert all(list(r) == list(civplan.model.records.COLUMNS) for r in rows)


def test_a_dataframe_with_dates_and_statuses_in_their_order() -> None:
    pandas = pytest.importorskip("pandas")
    frame = civplan.to_pandas(civplan.demo_plan(), as_of=YEAR_END)
    assert len(frame) == 15
    assert str(frame["deadline_end"].dtype).startswith("datetime64")
    assert list(frame["status"].cat.categories) == [s.name for s in civplan.Status]
    assert frame["status"].cat.ordered
    counts = frame["status"].value_counts(sort=False)
    assert (counts["DONE"], counts["PARTIALLY_DONE"], counts["NOT_DONE"]) == (12, 2, 1)
    assert frame["review"].dtype == bool
    assert isinstance(frame, pandas.DataFrame)


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.cells.append(data.strip())


def shown(html: str) -> list[str]:
    parser = _Cells()
    parser.feed(html)
    return parser.cells


def test_notebooks_show_plans_summaries_and_assessments_as_tables() -> None:
    plan = civplan.demo_plan()
    cells = shown(plan._repr_html_())
    assert "4.2" in cells and "ІV квартал" in cells
    summary = civplan.summarize(plan, YEAR_END)
    assert "12" in shown(summary._repr_html_())
    assessment = summary.assessment("4.2")
    assert "not done" in assessment._repr_html_()
    assert repr(summary).startswith("<Summary as of 2017-12-31: 15 measures, 90.0 %")
    assert repr(assessment) == "<Assessment 4.2: NOT_DONE as of 2017-12-31 (clear)>"
