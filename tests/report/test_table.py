import warnings
from datetime import date

import attrs
import pytest

import civplan
from civplan import CivplanWarning, MeasureRow, ReportOptions, SectionRow, report_table


def test_report_table_of_the_seed() -> None:
    table = report_table(civplan.demo_plan())
    assert table.title_lines == (
        "ЗВІТ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ",
        "щодо реалізації Національної стратегії сприяння розвитку громадянського суспільства",
        "у Луганській області у 2017 році",
    )
    assert table.header == (
        "№\nз/п",
        "Найменування заходу",
        "Строк виконання",
        "Результат виконання",
    )
    rows = list(table.rows())
    assert sum(isinstance(r, SectionRow) for r in rows) == 6
    assert sum(isinstance(r, MeasureRow) for r in rows) == 15
    assert rows[0].text == "1. Створення сприятливих умов для формування та розвитку ІГС в області"  # type: ignore[union-attr]
    assert rows[1].cells[:3] == ("1.1", civplan.demo_plan().measure("1.1").title, "ІV квартал")  # type: ignore[union-attr]


def test_english_captions_and_status_labels() -> None:
    options = ReportOptions(
        lang="en", columns=("number", "title", "responsible", "status"), as_of=date(2017, 12, 31)
    )
    table = report_table(civplan.demo_plan(), options)
    assert table.header == ("No.", "Measure", "Responsible executors", "Status")
    statuses = {r.measure.number: r.cells[-1] for r in table.rows() if isinstance(r, MeasureRow)}
    assert statuses["4.2"] == "not done"
    assert statuses["4.5"] == "partially done"


def test_control_characters_are_removed_with_a_warning() -> None:
    plan = civplan.loads(
        '{"title": "T", "year": 2017, "sections": [{"number": "1", "title": "S", "measures": '
        '[{"number": "1.1", "title": "a\\u0001b", "deadline": "ІV квартал"}]}]}',
        "json",
    )
    with pytest.warns(CivplanWarning, match=r"1.1: removed 1 control character"):
        [row] = [r for r in report_table(plan).rows() if isinstance(r, MeasureRow)]
    assert row.cells[1] == "ab"


def test_ordinary_text_gives_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        list(report_table(civplan.demo_plan()).rows())


def test_summary_lists_tell_apart_letters_that_begin_again_under_each_item() -> None:
    from civplan.model.outline import Heading, identify, sections_from
    from civplan.report.summary import summary_blocks

    term = civplan.Deadline.parse("ІІ квартал", year=2025)
    entries: list[Heading | civplan.Measure] = [
        Heading(1, "1.", "Провести навчання:"),
        civplan.Measure(
            number="а)",
            title="для старост",
            deadline=term,
            outcome=civplan.Outcome(text="Навчено 12 старост"),
        ),
        Heading(1, "2.", "Провести конкурси:"),
        civplan.Measure(number="а)", title="«Краща громада»", deadline=term),
        civplan.Measure(number="б)", title="«Кращий староста»", deadline=term),
    ]
    refs = identify(entries)
    measures = [
        attrs.evolve(e, ref=r) if isinstance(e, civplan.Measure) else e
        for e, r in zip(entries, refs, strict=True)
    ]
    plan = civplan.Plan(title="План", year=2025, sections=sections_from(measures))
    summary = civplan.summarize(plan, as_of=date(2025, 12, 31))
    blocks = summary_blocks(summary, plan, "uk")
    overdue = next(b for b in blocks if b.title == "Прострочені заходи")
    assert [row[0] for row in overdue.rows] == ["2.а", "2.б"]
    assert [(number, i.unit) for number, i in summary.indicators] == [("1.а", "старост")]
    assert [a.shown_number for a in summary.assessments] == ["1.а", "2.а", "2.б"]
    assert [a.number for a in summary.assessments] == ["а)", "а)", "б)"]


def test_a_table_is_as_of_one_date_the_options_the_plans_or_today() -> None:
    plan = civplan.demo_plan()
    assert report_table(plan).as_of == plan.as_of
    chosen = report_table(plan, ReportOptions(as_of=date(2017, 6, 30)))
    assert chosen.as_of == date(2017, 6, 30)
    assert chosen.assessment(plan.measure("4.2")).as_of == date(2017, 6, 30)
    undated = report_table(attrs.evolve(plan, as_of=None))
    assert undated.as_of == date.today()
