"""What the user tells civplan about a document: columns, header rows, years."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import civplan

from .layouts import LAYOUTS, Layout, write

UNKNOWN = LAYOUTS[11]  # captions «Графа 3», «Графа 4» civplan reads by content


def test_column_hints_by_caption_letter_and_number_replace_guesses(tmp_path: Path) -> None:
    path = write(UNKNOWN, "xlsx", tmp_path)
    hints = civplan.Hints(columns={"Графа 3": "deadline", "D": "responsible", "5": "outcome"})
    with warnings.catch_warnings():
        warnings.simplefilter("error", civplan.CivplanWarning)  # nothing is guessed now
        plan = civplan.load(path, hints=hints)
    assert plan.measure("2").responsible == ("Головний спеціаліст відділу",)
    table = civplan.explain(path, hints=hints).tables[0]
    assert [(c.field, c.why) for c in table.columns[2:]] == [
        ("deadline", "hint"),
        ("responsible", "hint"),
        ("outcome", "hint"),
    ]


def test_a_hint_can_ignore_a_column_or_make_it_a_grouping_column(tmp_path: Path) -> None:
    path = write(UNKNOWN, "docx", tmp_path)
    hints = civplan.Hints(columns={"Графа 4": "ignore", "Графа 3": "deadline"})
    plan = civplan.load(path, hints=hints)
    assert plan.measure("1").responsible == ()
    assert plan.measure("1").notes == ()


def test_hints_name_a_unit_and_the_values_planned_and_achieved_in_it(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(
        "<p>Звіт про виконання програми за 2025 рік</p><table>"
        "<tr><th>№</th><th>Захід</th><th>Од.</th><th>Заплан.</th><th>Зроблено</th></tr>"
        "<tr><td>1</td><td>Ремонт доріг</td><td>км</td><td>5</td><td>3</td></tr></table>",
        encoding="utf-8",
    )
    hints = civplan.Hints(columns={"3": "unit", "4": "planned", "5": "actual"})
    roads = civplan.load(path, hints=hints).measure("1")
    assert [(t.unit, int(t.value)) for t in roads.targets] == [("км", 5)]
    assert roads.outcome is not None and roads.outcome.text == "3 км"
    # the value before the plan, named by a hint too
    hints = civplan.Hints(columns={"3": "unit", "4": "baseline", "5": "planned"})
    roads = civplan.load(path, hints=hints).measure("1")
    assert [(t.value, t.baseline) for t in roads.targets] == [(3, 5)]


def test_hints_given_as_a_plain_mapping_are_refused_with_the_way_to_give_them(
    tmp_path: Path,
) -> None:
    path = write(UNKNOWN, "xlsx", tmp_path)
    with pytest.raises(
        TypeError, match=r"hints must be civplan\.Hints, not dict: civplan\.Hints\("
    ):
        civplan.load(path, hints={"Графа 3": "deadline"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="plan must be civplan.Plan, not str"):
        civplan.load(path, plan="plan.yaml")  # type: ignore[arg-type]


def test_a_hint_that_matches_nothing_is_an_error(tmp_path: Path) -> None:
    path = write(UNKNOWN, "docx", tmp_path)
    with pytest.raises(civplan.DocumentError, match="the hint «Термін» names no column"):
        civplan.load(path, hints=civplan.Hints(columns={"Термін": "deadline"}))
    with pytest.raises(ValueError, match="unknown field 'deadlines'"):
        civplan.Hints(columns={"Коли": "deadlines"})


def test_the_year_and_the_header_rows_can_be_given(tmp_path: Path) -> None:
    layout = Layout(
        name="no-year",
        above=["Перелік заходів"],
        header=[["Що", "Коли"], ["Найменування заходу", "Строк виконання"]],
        body=[["Проведення семінару", "ІІ квартал"], ["Підготовка звіту", "грудень"]],
        measures=[],
        year=0,
    )
    path = write(layout, "xlsx", tmp_path)
    with pytest.raises(civplan.DocumentError, match="no year"):
        civplan.load(path)
    with pytest.warns(civplan.CivplanWarning, match="numbered by their position"):
        plan = civplan.load(path, hints=civplan.Hints(year=2026, header=(2, 3)))
    assert plan.year == 2026
    assert [m.title for m in plan.measures()] == ["Проведення семінару", "Підготовка звіту"]
    assert plan.measure("1").deadline.end.year == 2026  # type: ignore[union-attr]


def test_hints_do_not_apply_to_formats_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    civplan.save(civplan.demo_plan(), path)
    with pytest.raises(civplan.DocumentError, match="has no tables: hints do not apply"):
        civplan.load(path, hints=civplan.Hints(year=2017))
    with pytest.raises(civplan.DocumentError, match="no tables to explain"):
        civplan.explain(path)


def _two_sheets(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Освіта"
    caption = ["№", "Найменування заходу", "Виконавець", "Строк", "Стан виконання"]
    measure = ["1", "Ремонт їдальні ліцею", "Відділ освіти", "ІІ квартал", "Виконано"]
    for row in (["План заходів громади на 2025 рік"], caption, measure):
        first.append(row)
    second = book.create_sheet("Культура")
    for row in (["Заходи у сфері культури"], caption,
                ["1", "Свято врожаю", "Відділ культури", "вересень", "Не виконано"]):  # fmt: skip
        second.append(row)
    book.create_sheet("Аркуш3")
    book.save(path)
    return path


def test_another_sheet_holding_measures_is_warned_of_and_read_on_request(tmp_path: Path) -> None:
    path = _two_sheets(tmp_path / "plan.xlsx")
    with pytest.warns(civplan.CivplanWarning, match="read sheet «Освіта» only") as caught:
        plan = civplan.load(path)
    assert [m.title for m in plan.measures()] == ["Ремонт їдальні ліцею"]
    told = next(str(w.message) for w in caught if "only" in str(w.message))
    assert "«Культура»" in told and "Аркуш3" not in told  # an empty sheet is no table
    other = civplan.load(path, hints=civplan.Hints(sheet="Культура", year=2025))
    assert [(m.title, m.outcome.status if m.outcome else None) for m in other.measures()] == [
        ("Свято врожаю", civplan.Status.NOT_DONE)
    ]
    with pytest.raises(civplan.DocumentError, match="names no sheet; its sheets: «Освіта»"):
        civplan.load(path, hints=civplan.Hints(sheet="Спорт"))


def test_sheets_of_one_plan_s_sections_are_read_as_one_plan(tmp_path: Path) -> None:
    # a sheet per section: the same columns, numbers going on («1.1» on one, «2.1» on the
    # next), each section's heading over its header, the title repeated over each
    import openpyxl

    book = openpyxl.Workbook()
    caption = ["№", "Найменування заходу", "Виконавець", "Строк", "Стан виконання"]
    sheets = [
        ("Освіта", "Розділ 1. Освіта", ["1.1", "Ремонт їдальні ліцею", "Відділ освіти"]),
        ("Культура", "Розділ 2. Культура", ["2.1", "Свято врожаю", "Відділ культури"]),
    ]
    for at, (name, heading, measure) in enumerate(sheets):
        sheet = book.active if at == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        for row in (["План заходів громади на 2025 рік"], [heading], caption,
                    [*measure, "ІІІ квартал", "Виконано"]):  # fmt: skip
            sheet.append(row)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    with pytest.warns(civplan.CivplanWarning, match="as parts of one plan") as caught:
        plan = civplan.load(path)
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["1.1"]),
        ("Культура", ["2.1"]),
    ]
    assert plan.title == "План заходів громади на 2025 рік"
    assert not any("could not place" in str(w.message) for w in caught)


@pytest.mark.parametrize("headed", [False, True, "title over the first alone"])
def test_sheets_of_sections_each_numbering_from_one_are_read_as_one_plan(
    tmp_path: Path, headed: bool | str
) -> None:
    # a sheet per department, each numbering its measures from 1 under the title they share;
    # each sheet's own line above its header heads it, else its name does
    import openpyxl

    book = openpyxl.Workbook()
    caption = ["№", "Найменування заходу", "Строк", "Стан виконання"]
    sheets = {
        "Освіта": [["1", "Ремонт їдальні ліцею", "ІІІ квартал", "Виконано"],
                   ["2", "Закупівля автобуса", "ІІ квартал", "Не виконано"]],
        "Культура": [["1", "Свято врожаю", "вересень", "Проведено"]],
    }  # fmt: skip
    for at, (name, measures) in enumerate(sheets.items()):
        sheet = book.active if at == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        above = [["Звіт про виконання плану заходів на 2025 рік"]]
        if headed == "title over the first alone" and at > 0:
            above = []
        if headed:
            above.append([f"Виконавець: відділ ({name.lower()})"])
        for row in (*above, caption, *measures):
            sheet.append(row)
    path = tmp_path / "report.xlsx"
    book.save(path)
    with pytest.warns(civplan.CivplanWarning, match="each a section") as caught:
        plan = civplan.load(path)
    heads = ["Виконавець: відділ (освіта)", "Виконавець: відділ (культура)"] if headed else [
        "Освіта", "Культура"
    ]  # fmt: skip
    assert [(s.title, [m.title for m in s.measures]) for s in plan.sections] == [
        (heads[0], ["Ремонт їдальні ліцею", "Закупівля автобуса"]),
        (heads[1], ["Свято врожаю"]),
    ]
    assert [m.number for m in plan.measures()] == ["1", "2", "1"]
    assert plan.title == "Звіт про виконання плану заходів на 2025 рік"
    assert not any("could not place" in str(w.message) for w in caught)


def test_sheets_of_the_same_measures_are_not_joined(tmp_path: Path) -> None:
    # a sheet per quarter of the same measures: the first read, the others named
    import openpyxl

    book = openpyxl.Workbook()
    caption = ["№", "Найменування заходу", "Виконавець", "Строк", "Стан виконання"]
    for at, (name, report) in enumerate(
        [("І квартал", "Не розпочато"), ("ІІ квартал", "Виконано")]
    ):
        sheet = book.active if at == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        measure = ["1", "Ремонт їдальні ліцею", "Відділ освіти", "2025 рік", report]
        for row in (["Звіт за 2025 рік"], caption, measure):
            sheet.append(row)
    path = tmp_path / "report.xlsx"
    book.save(path)
    with pytest.warns(civplan.CivplanWarning, match="read sheet «І квартал» only"):
        plan = civplan.load(path)
    assert [m.number for m in plan.measures()] == ["1"]


def test_the_command_line_reads_the_sheet_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from civplan.cli import main

    path = _two_sheets(tmp_path / "plan.xlsx")
    assert main(["status", str(path), "--sheet", "Культура", "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "Свято врожаю" in out and "Ремонт їдальні" not in out
