"""The XLSX report, read back with openpyxl and python-calamine."""

from __future__ import annotations

import io
import warnings
from datetime import date

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

import civplan
from civplan import CivplanWarning, ReportOptions
from civplan.exporters.xlsx import CELL_LIMIT, STATUS_COLOURS

from .conftest import TRICKY_TEXTS, one_section_plan

ALL_COLUMNS = ReportOptions(
    columns=("number", "title", "deadline", "responsible", "outcome", "status"),
    as_of=date(2017, 12, 31),
)


def workbook(plan: civplan.Plan, options: ReportOptions | None = None) -> openpyxl.Workbook:
    data = civplan.export(plan, "xlsx", options=options)
    assert isinstance(data, bytes)
    return openpyxl.load_workbook(io.BytesIO(data))


def test_every_text_of_the_seed_is_in_its_cell() -> None:
    plan = civplan.demo_plan()
    sheet = workbook(plan).active
    assert sheet.title == "Звіт"
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[0][0] == "ЗВІТ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ"
    assert rows[2][0] == "у Луганській області у 2017 році"
    assert rows[4] == ("№\nз/п", "Найменування заходу", "Строк виконання", "Результат виконання")
    measures = {row[0]: row for row in rows[5:] if row[1] is not None}
    assert len(measures) == 15
    for measure in plan.measures():
        assert measure.outcome is not None
        assert measures[measure.number] == (
            measure.number,
            measure.title,
            measure.deadline.text,
            measure.outcome.text,
        )
    sections = [row[0] for row in rows[5:] if row[1] is None]
    assert sections == [s.heading for s in plan.sections]


def test_layout_merges_bold_repeat_freeze_and_page() -> None:
    sheet = workbook(civplan.demo_plan()).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:D1", "A2:D2", "A3:D3", "A6:D6"} <= merged  # title lines and the first section
    assert len([r for r in merged if r not in {"A1:D1", "A2:D2", "A3:D3"}]) == 6  # one per section
    assert sheet["A6"].font.b and sheet["A1"].font.b and sheet["B5"].font.b
    assert not sheet["B7"].font.b
    assert sheet.print_title_rows == "$5:$5"  # the header on every printed page
    assert sheet.freeze_panes == "A6"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet["D7"].alignment.wrap_text and sheet["D7"].alignment.vertical == "top"
    assert [sheet.column_dimensions[c].width for c in "ABCD"] == [7, 42, 15, 62]


@pytest.mark.parametrize(("number", "width"), [("1.1.1.10", 9), ("1.1.1.5.4 (6)", 14)])
def test_the_number_column_is_as_wide_as_the_longest_number(number: str, width: int) -> None:
    """Deep numbers fit their column (the seed's two-level ones keep the printed form's 7)."""
    plan = one_section_plan(("1", "ІІ квартал"), (number, "ІІ квартал"))
    assert workbook(plan).active.column_dimensions["A"].width == width


def test_row_heights_follow_the_wrapped_text() -> None:
    sheet = workbook(civplan.demo_plan()).active
    heights = {sheet.cell(row, 1).value: sheet.row_dimensions[row].height for row in range(7, 30)}
    assert heights["1.1"] > heights["3.1"] > 0  # 1.1's outcome runs over many lines
    assert heights["3.1"] >= 2 * 13.0  # its title takes two lines


def test_status_cells_are_coloured_by_status() -> None:
    sheet = workbook(civplan.demo_plan(), ALL_COLUMNS).active
    fills = {}
    for row in sheet.iter_rows(min_row=6):
        if row[1].value is not None:
            fills[row[0].value] = (row[5].value, row[5].fill.fgColor.rgb[-6:])
    assert fills["4.2"] == ("не виконано", STATUS_COLOURS[civplan.Status.NOT_DONE])
    assert fills["4.5"] == ("виконано частково", STATUS_COLOURS[civplan.Status.PARTIALLY_DONE])
    assert fills["6.3"] == ("виконано", STATUS_COLOURS[civplan.Status.DONE])


def test_english_sheet() -> None:
    sheet = workbook(
        civplan.demo_plan(), ReportOptions(lang="en", columns=("number", "title", "status"))
    ).active
    assert sheet.title == "Report"
    assert [c.value for c in sheet[5]] == ["No.", "Measure", "Status"]


def test_formula_like_text_stays_text_exactly(tricky_plan: civplan.Plan) -> None:
    data = civplan.export(tricky_plan, "xlsx", options=ALL_COLUMNS)
    assert isinstance(data, bytes)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    outcomes = {row[1].value: row[4] for row in sheet.iter_rows(min_row=6) if row[1].value}
    for key, text in TRICKY_TEXTS.items():
        assert outcomes[key].data_type == "s", key
        assert outcomes[key].value == text, key
    assert outcomes["formula"].value == "=SUM(A1:A3)"
    assert outcomes["formula"].data_type != "f"
    calamine = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()
    assert [r[4] for r in calamine[5:12]] == list(TRICKY_TEXTS.values())
    assert b"<f>" not in data  # no formula anywhere in the file


def test_responsible_executors_one_per_line(tricky_plan: civplan.Plan) -> None:
    sheet = workbook(tricky_plan, ALL_COLUMNS).active
    assert sheet["D7"].value == "Департамент\nРайдержадміністрації (за згодою)"


def test_text_beyond_the_cell_limit_goes_on_below() -> None:
    long_text = "слово " * 7000  # 42,000 characters
    plan = civplan.loads(
        civplan.dumps(civplan.demo_plan(), "json").replace(
            "Проведено 38 публічних консультацій з ІГС", long_text
        ),
        "json",
    )
    with pytest.warns(CivplanWarning, match=r"2.1: a text is longer than an XLSX cell holds"):
        sheet = workbook(plan).active
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=6)]
    at = next(i for i, row in enumerate(rows) if row[0] == "2.1")
    assert len(rows[at][3]) == CELL_LIMIT
    assert rows[at + 1][0] is None  # a continuation row
    assert rows[at][3] + rows[at + 1][3] == long_text
    assert rows[at + 2][0] == "2.2"


def test_same_plan_same_bytes() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        first = civplan.export(civplan.demo_plan(), "xlsx")
    assert civplan.export(civplan.demo_plan(), "xlsx") == first
