"""civplan's own text report reads back into the plan it shows."""

from __future__ import annotations

import io
from datetime import date

import pytest

import civplan
from civplan import TextOptions

YEAR_END = date(2017, 12, 31)
WITH_STATUS = ("number", "title", "deadline", "responsible", "outcome", "status")


def same(text: str) -> str:
    return " ".join(text.split())


def shown(plan: civplan.Plan) -> list[tuple[str, ...]]:
    """What a text report shows of each measure (a table cannot show line breaks)."""
    return [
        (
            m.number,
            same(m.title),
            same(m.deadline.text),
            same(m.outcome.text) if m.outcome else "",
            "; ".join(same(r) for r in m.responsible),
            civplan.assess(m, YEAR_END).status.name,
        )
        for m in plan.measures()
    ]


@pytest.mark.parametrize("width", [90, 120, 160])
@pytest.mark.parametrize("columns", [None, WITH_STATUS], ids=["plain", "status"])
def test_the_text_report_reads_back(width: int, columns: tuple[str, ...] | None) -> None:
    plan = civplan.demo_plan()
    options = (
        TextOptions(width=width) if columns is None else TextOptions(width=width, columns=columns)
    )
    text = civplan.export(plan, "text", options=options)
    assert isinstance(text, str)
    again = civplan.load(io.BytesIO(text.encode("utf-8")))  # recognised by what it holds
    assert again.title == plan.title and again.year == plan.year
    assert [same(s.heading) for s, _ in again.walk()] == [same(s.heading) for s, _ in plan.walk()]
    expected = shown(plan)
    if columns is None:  # no responsible column shown
        expected = [(*row[:4], "", row[5]) for row in expected]
    assert shown(again) == expected


def test_words_longer_than_their_column_come_back_whole(tmp_path: object) -> None:
    address = "https://example.gov.ua/news/2017/12/zvit-pro-vykonannia-planu-zakhodiv"
    plan = civplan.Plan(
        title="Звіт про виконання плану на 2017 рік",
        year=2017,
        sections=[
            civplan.Section(
                measures=[
                    civplan.Measure(
                        number="1",
                        title="Висвітлення діяльності облдержадміністрації",
                        deadline=civplan.Deadline.parse("ІV квартал", year=2017),
                        outcome=civplan.Outcome(text=f"Матеріал розміщено: {address}"),
                    )
                ]
            )
        ],
    )
    text = civplan.export(plan, "text", options=TextOptions(width=60))
    assert isinstance(text, str)
    again = civplan.load(io.BytesIO(text.encode("utf-8")))
    assert shown(again) == shown(plan)


def test_a_text_dump_of_a_word_table_is_still_read_as_one() -> None:
    from pathlib import Path

    dump = Path(__file__).parents[2] / "examples" / "luhansk-2017-report.txt"
    assert [m.number for m in civplan.load(dump).measures()] == [
        m.number for m in civplan.demo_plan().measures()
    ]
