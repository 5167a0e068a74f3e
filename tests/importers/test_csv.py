"""CSV: report tables saved from spreadsheets as comma-separated values."""

from __future__ import annotations

import io
import warnings
from datetime import date
from pathlib import Path

import pytest

import civplan
from civplan import DocumentError, Status

EXCEL = (
    "Звіт про виконання плану заходів за 2025 рік;;;;\r\n"
    ";;;;\r\n"
    "№ з/п;Найменування заходу;Строк виконання;Виконавці;Стан виконання\r\n"
    "1;Провести семінар для старост;ІІ квартал;Відділ освіти;Семінар проведено 12 травня\r\n"
    '2;"Оновити сайт;\r\nсторінки у соцмережах";2025 рік;Відділ ІТ;Виконано\r\n'
    "3;Відремонтувати дорогу;ІІІ квартал;Відділ ЖКГ;Не виконано через брак коштів\r\n"
)


def load(data: bytes, name: str = "report.csv", tmp_path: Path | None = None) -> civplan.Plan:
    if tmp_path is None:
        return civplan.load(io.BytesIO(data), "csv")
    path = tmp_path / name
    path.write_bytes(data)
    return civplan.load(path)


def test_a_sheet_saved_by_excel_in_windows_1251_with_semicolons(tmp_path: Path) -> None:
    plan = load(EXCEL.encode("cp1251"), tmp_path=tmp_path)
    assert (plan.title, plan.year) == ("Звіт про виконання плану заходів за 2025 рік", 2025)
    assert [m.number for m in plan.measures()] == ["1", "2", "3"]
    second = plan.measure("2")
    assert second.title == "Оновити сайт;\nсторінки у соцмережах"  # a quoted cell, whole
    assert second.outcome is not None and second.outcome.status is Status.DONE
    assert plan.measure("1").deadline.end == date(2025, 6, 30)
    assert plan.measure("3").responsible == ("Відділ ЖКГ",)


def test_utf_8_with_commas_and_a_semicolon_inside_a_cell() -> None:
    text = (
        "\ufeffПлан заходів на 2025 рік\n"
        "№,Захід,Строк,Виконавці\n"
        "1,Семінар,ІІ квартал,Відділ освіти; відділ культури\n"
        '2,"Толока, прибирання парку",квітень,Старости; ОСББ\n'
    )
    plan = load(text.encode("utf-8"))
    assert plan.measure("1").responsible == ("Відділ освіти", "відділ культури")
    assert plan.measure("2").title == "Толока, прибирання парку"


def test_a_csv_is_recognised_by_its_content() -> None:
    plan = civplan.load(io.BytesIO(EXCEL.encode("cp1251")))
    assert len(list(plan.measures())) == 3
    importer = civplan.get_importer("csv")
    prose = "Проведено семінар, тренінг, нараду.\nЗвернень не надходило, перевірок не було.\n"
    assert not importer.sniff(prose.encode())
    assert not importer.sniff(b"<html><body><table></table></body></html>\n")


def test_a_file_with_no_cells_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"(?s)notes\.csv.*no table"):
        load("Звіт про виконання\nусі заходи виконано\n".encode(), "notes.csv", tmp_path)


def test_a_row_wider_than_the_limits_is_refused_before_the_work() -> None:
    wide = ("Звіт 2025;" + ";" * 1500 + "\n") * 3
    with pytest.raises(DocumentError, match=r"line 1: cells in one row: 1,502.*columns=…"):
        load(wide.encode())


def test_a_quote_never_closed_over_a_huge_cell_is_a_clear_error() -> None:
    data = 'Звіт за 2025 рік;;\n№;Захід;Строк\n1;"' + "x" * 300_000
    with pytest.raises(DocumentError, match="line 3: field larger than field limit"):
        load(data.encode())


def test_the_layouts_read_through_the_same_understanding_with_no_warnings_but_the_sheet_s() -> None:
    plan_rows = EXCEL.replace("Не виконано через брак коштів", "Не виконано")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load(plan_rows.encode("cp1251"))
    assert [str(w.message) for w in caught] == []


def test_a_sheet_of_more_cells_than_the_limits_is_refused_unread() -> None:
    with civplan.limits(cells=100), pytest.raises(DocumentError, match=r"cells in the sheet"):
        load(EXCEL.encode("cp1251") * 10)
    assert len(list(load(EXCEL.encode("cp1251")).measures())) == 3  # within them: read


def test_places_name_the_line_a_row_begins_on() -> None:
    explained = str(civplan.explain(io.BytesIO(EXCEL.encode("cp1251")), "csv"))
    assert "line 5: measure: 2" in explained  # its quoted title runs on to line 6
    assert "line 7: measure: 3" in explained


@pytest.mark.parametrize("fmt", ["csv", "textdump"])
def test_control_characters_of_damaged_bytes_are_left_out_of_a_text_file(fmt: str) -> None:
    """A cell of a control character alone (a byte damaged) is empty, as it shows: before, it
    became a title the model refused, in an error naming no file."""
    rows = [
        ("№", "Найменування заходу", "Строк виконання", "Стан виконання"),
        ("1", "Провести семінар", "ІІ квартал", "Проведено"),
        ("2", "Провести нараду\x01", "ІІ квартал", "Проведено"),
        ("\x00", "", "", ""),
        ("3", "Провести конкурс", "ІІІ квартал", "Проведено"),
    ]
    if fmt == "csv":
        lines = [";".join(row) for row in rows]
    else:  # a Markdown table
        lines = [f"| {' | '.join(row)} |" for row in rows]
        lines.insert(1, "|---|---|---|---|")
    text = "\n".join(["Звіт про виконання плану заходів на 2025 рік", "", *lines])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(text.encode()), fmt)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Провести семінар"),
        ("2", "Провести нараду"),
        ("3", "Провести конкурс"),
    ]
