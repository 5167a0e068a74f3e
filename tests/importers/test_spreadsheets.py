"""Reading spreadsheets: civplan's own reports, edited by hand, and sheets made by hand."""

from __future__ import annotations

import io
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import civplan
from civplan import CivplanWarning, DocumentError, ReportOptions, Status


def edited(fmt_options: ReportOptions | None, edit) -> civplan.Plan:  # type: ignore[no-untyped-def]
    """The seed exported as XLSX, edited with openpyxl as a person would in Excel, read back."""
    data = civplan.export(civplan.demo_plan(), "xlsx", options=fmt_options)
    assert isinstance(data, bytes)
    book = openpyxl.load_workbook(io.BytesIO(data))
    edit(book["Звіт"])
    out = io.BytesIO()
    book.save(out)
    return civplan.load(io.BytesIO(out.getvalue()), "xlsx")


def row_of(sheet, number: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == number)


def test_an_edited_cell_wins_over_the_carried_plan() -> None:
    def edit(sheet) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(row_of(sheet, "4.2"), 4).value = "Проведено моніторинг 3 програм"

    plan = edited(None, edit)
    assert plan.measure("4.2").outcome == civplan.Outcome(text="Проведено моніторинг 3 програм")
    assert civplan.assess(plan.measure("4.2"), date(2017, 12, 31)).status is Status.DONE
    assert plan.as_of == date(2017, 12, 31)  # what the table cannot show still comes through
    assert plan.measure("1.2").deadline.text == "протягом\nроку"  # untouched cells stay exact


@pytest.mark.parametrize(
    ("level", "problem"),
    [
        (2_000_000_000, "headings[0]: level 2000000000 after level 0"),
        (0, "headings[0]: level 0 after level 0"),
    ],
)
def test_a_damaged_hidden_sheet_s_heading_level_is_a_clear_error(level: int, problem: str) -> None:
    """A level no outline has would make the outline that deep: refused, fast, not allocated."""
    import json

    data = civplan.export(civplan.demo_plan(), "xlsx")
    assert isinstance(data, bytes)
    book = openpyxl.load_workbook(io.BytesIO(data))
    hidden = book["civplan"]
    cells = [row[0] for row in hidden.iter_rows(values_only=True)]
    carried = json.loads("".join(cell or "" for cell in cells[1:]))
    carried["headings"][0]["level"] = level
    hidden.delete_rows(2, hidden.max_row)
    hidden.cell(2, 1).value = json.dumps(carried, ensure_ascii=False)
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(DocumentError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        civplan.load(io.BytesIO(out.getvalue()), "xlsx")


def test_a_deleted_row_is_gone_and_a_new_one_is_read() -> None:
    def edit(sheet) -> None:  # type: ignore[no-untyped-def]
        at = row_of(sheet, "6.3")
        sheet.cell(at, 1).value = "6.4"
        sheet.cell(at, 2).value = "Новий захід"
        sheet.cell(at, 3).value = "І півріччя"
        sheet.delete_rows(row_of(sheet, "6.2"))

    plan = edited(None, edit)
    numbers = [m.number for m in plan.measures()]
    assert "6.2" not in numbers and "6.3" not in numbers
    assert plan.measure("6.4").title == "Новий захід"
    assert plan.measure("6.4").deadline.start == date(2017, 1, 1)


def test_a_changed_status_cell_becomes_a_stated_status() -> None:
    options = ReportOptions(columns=("number", "title", "deadline", "outcome", "status"))

    def edit(sheet) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(row_of(sheet, "4.2"), 5).value = "втратив актуальність"

    plan = edited(options, edit)
    outcome = plan.measure("4.2").outcome
    assert outcome is not None and outcome.status is Status.CANCELLED
    untouched = plan.measure("4.1").outcome
    assert untouched is not None and untouched.status is None  # the shown status was derived


def write_sheet(rows: list[list[object]], tmp_path: Path, merges: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Лист1"
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    path = tmp_path / "hand-made.xlsx"
    book.save(path)
    return path


HAND_MADE = [
    [None, "Звіт про виконання плану заходів"],
    [None, "у Київській області у 2019 році"],
    [],
    [
        None,
        "№ п/п",
        "Назва заходу",
        "Відповідальні виконавці",
        "Термін виконання",
        "Інформація про виконання",
        "Примітка",
    ],
    [None, "1", "2", "3", "4", "5", "6"],
    [None, "1.Перший розділ"],
    [
        None,
        "1.1.",
        "Провести нараду",
        "Департамент\nРайдержадміністрації",
        "ІІ квартал",
        "Проведено",
        "терміново",
    ],
    [None, 1.2, "Видати довідник", "Департамент", "до 01.12.2019", "Не видано", None],
    [],
    [None, "2", "Другий розділ"],
    [None, "2.1", "Оновити сайт", None, "постійно", None, None],
    [None, None, None, None, None, None, None],
    [None, "Директор департаменту", None, None, None, "П. Петренко"],
]


def test_a_hand_made_sheet_by_captions_not_positions(tmp_path: Path) -> None:
    path = write_sheet(HAND_MADE, tmp_path, merges=("B6:G6",))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(path)
    # «Примітка» is a notes column; the signature is kept in the plan's notes (below)
    assert not [str(w.message) for w in caught]
    assert plan.title == "Звіт про виконання плану заходів\nу Київській області у 2019 році"
    assert (plan.year, plan.territory) == (2019, "Київська область")
    assert [s.title for s in plan.sections] == ["Перший розділ", "Другий розділ"]
    first = plan.measure("1.1")
    assert first.number == "1.1."
    assert first.responsible == ("Департамент", "Райдержадміністрації")
    assert first.deadline.end == date(2019, 6, 30)
    assert first.outcome == civplan.Outcome(text="Проведено")
    assert first.notes == ("терміново",)
    assert plan.measure("1.2").title == "Видати довідник"  # a number typed as a number
    assert plan.measure("2.1").outcome is None
    assert plan.notes == ("sheet «Лист1», row 13: Директор департаменту | П. Петренко",)


def test_a_signature_under_a_funding_column_is_kept_whole(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Звіт про виконання програми за 2025 рік"],
        ["№", "Захід", "Строк", "Обсяг фінансування, тис. грн", "Стан виконання"],
        ["1", "Ремонт клубу", "2025 рік", "120,0", "Ремонт виконано"],
        [],
        [None, "Начальник відділу культури", None, "Олена ПЕТРЕНКО"],
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(write_sheet(rows, tmp_path))
    assert plan.notes == ("sheet «Лист1», row 5: Начальник відділу культури | Олена ПЕТРЕНКО",)
    assert not [str(w.message) for w in caught]  # it signs the report: nothing to place


def test_a_date_shown_as_its_month_is_that_month(tmp_path: Path) -> None:
    """Excel keeps «березень 2025» typed in a cell as 01.03.2025, shown as the month (and a
    year typed in a column of dates as its first day, shown as the year)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "План"
    sheet.append(["План роботи відділу на 2025 рік"])
    sheet.append(["№", "Назва заходу", "Термін виконання", "Стан виконання"])
    terms = (
        ("mmmm yyyy", date(2025, 3, 1)),
        ("mmm-yy", date(2025, 6, 1)),  # the built-in format of a month and a year
        ("[$-422]mmmm;@", date(2025, 9, 1)),  # the month alone, in a Ukrainian locale
        ("dd.mm.yyyy", date(2025, 10, 15)),  # a day is a day
        ('yyyy" р."', date(2026, 1, 1)),  # the year alone: «2026» typed, shown «2026 р.»
    )
    for number, (shown, day) in enumerate(terms, start=1):
        sheet.append([str(number), f"Захід {number}", day, "Виконано"])
        sheet.cell(number + 2, 3).number_format = shown
    path = tmp_path / "months.xlsx"
    book.save(path)
    plan = civplan.load(path)
    deadlines = [m.deadline for m in plan.measures()]
    assert [d.text for d in deadlines] == [
        "березень 2025",
        "червень 2025",
        "вересень",
        "15.10.2025",
        "2026",
    ]
    assert [(d.start, d.end) for d in deadlines] == [
        (date(2025, 3, 1), date(2025, 3, 31)),
        (date(2025, 6, 1), date(2025, 6, 30)),
        (date(2025, 9, 1), date(2025, 9, 30)),
        (date(2025, 10, 15), date(2025, 10, 15)),
        (date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_a_share_shown_as_a_percentage_is_read_as_shown(tmp_path: Path) -> None:
    """«75%» typed in a cell is kept as 0.75 and shown as «75%»: read as shown, like ODS."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів за 2025 рік"])
    sheet.append(["№", "Захід", "Строк", "Рівень виконання, %", "Обсяг, тис. грн"])
    # a «%» in quotes is shown as written, the number unscaled: 40 is «40 %»
    shares = (("0%", 1), ("0.0%", 0.355), ('0" %"', 40), ("0.00", 0.75))
    for number, (shown, share) in enumerate(shares, start=1):
        sheet.append([str(number), f"Захід {number}", "ІІ квартал", share, 2.5])
        sheet.cell(number + 2, 4).number_format = shown
        sheet.cell(number + 2, 5).number_format = "0.0"  # an amount is no share
    path = tmp_path / "shares.xlsx"
    book.save(path)
    plan = civplan.load(path)
    outcomes = [m.outcome for m in plan.measures()]
    assert [o.stated if o else None for o in outcomes] == ["100%", "35,5%", "40 %", "0.75 %"]
    assert [o.status if o else None for o in outcomes][:3] == [
        civplan.Status.DONE,
        civplan.Status.PARTIALLY_DONE,
        civplan.Status.PARTIALLY_DONE,
    ]
    assert [m.funding[0].amount for m in plan.measures()] == [Decimal("2.5")] * 4


def test_a_number_kept_without_its_last_0_is_read_as_typed(tmp_path: Path) -> None:
    """1.10 typed into a cell is the number 1.1: under 1.9 it is 1.10 again, and said so."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "План"
    sheet.append(["План заходів на 2025 рік"])
    sheet.append(["№", "Назва заходу", "Строк", "Обсяг фінансування, тис. грн"])
    numbers = [1.8, 1.9, 1.1, 1.11, 1.19, 1.2, 2.1]  # typed 1.8 … 1.10, 1.11, 1.19, 1.20, 2.1
    amounts = [1.9, 1.1, 2.5, 2.9, 3.0, 3.1, 4.2]  # amounts are no numbers of measures
    for number, amount in zip(numbers, amounts, strict=True):
        sheet.append([number, f"Захід {number}", "ІІ квартал", amount])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    with pytest.warns(CivplanWarning) as caught:
        plan = civplan.load(path)
    assert [m.number for m in plan.measures()] == [
        "1.8", "1.9", "1.10", "1.11", "1.19", "1.20", "2.1",
    ]  # fmt: skip
    assert [float(m.funding[0].amount) for m in plan.measures()] == amounts
    message = next(str(w.message) for w in caught if "last 0" in str(w.message))
    assert "cell A5 «1.1» as «1.10»" in message and "cell A8 «1.2» as «1.20»" in message
    assert "D4" not in message
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivplanWarning)
        assert message in civplan.explain(path).warnings  # civplan inspect lists it too


def test_an_ods_number_kept_without_its_last_0_is_read_as_typed(tmp_path: Path) -> None:
    """So too in an ODS read by civplan's own reader (a merged title, as LibreOffice saves it)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="План")
    title = TableRow()
    merged = TableCell(valuetype="string", numbercolumnsspanned=3)
    merged.addElement(P(text="План заходів на 2025 рік"))
    title.addElement(merged)
    table.addElement(title)
    rows = [["№", "Назва заходу", "Строк"]]
    rows += [[number, f"Захід {number}", "ІІ квартал"] for number in (1.8, 1.9, 1.1, 1.11)]
    for cells in rows:
        row = TableRow()
        for value in cells:
            if isinstance(value, float):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "numbers.ods"
    document.save(str(path))
    with pytest.warns(CivplanWarning, match=r"cell A5 «1\.1» as «1\.10»"):
        plan = civplan.load(path)
    assert [m.number for m in plan.measures()] == ["1.8", "1.9", "1.10", "1.11"]


def test_an_ods_date_is_read_as_the_cell_shows_it(tmp_path: Path) -> None:
    """LibreOffice keeps a date and shows it by its cell's format: the month, or the day."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="План")
    rows = [
        [("string", "План роботи відділу на 2025 рік")],
        [("string", "№"), ("string", "Назва заходу"), ("string", "Термін виконання")],
        [("string", "1"), ("string", "Захід 1"), ("2025-03-01", "бер.-25")],
        [("string", "2"), ("string", "Захід 2"), ("2025-10-15", "15.10.2025")],
    ]
    for cells in rows:
        row = TableRow()
        for kind, shown in cells:
            if kind == "string":
                cell = TableCell(valuetype="string")
            else:
                cell = TableCell(valuetype="date", datevalue=kind)
            cell.addElement(P(text=shown))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "months.ods"
    document.save(str(path))
    deadlines = [m.deadline for m in civplan.load(path).measures()]
    assert [d.text for d in deadlines] == ["бер.-25", "15.10.2025"]
    assert [(d.start, d.end) for d in deadlines] == [
        (date(2025, 3, 1), date(2025, 3, 31)),
        (date(2025, 10, 15), date(2025, 10, 15)),
    ]


def test_what_is_guessed_or_odd_is_warned_naming_the_sheet_row_and_cell(tmp_path: Path) -> None:
    rows = [list(r) for r in HAND_MADE]
    rows[10][1] = "3.1"  # under heading 2
    rows[7][1] = "1.1"  # a number repeated, on a row without a title
    rows[7][2] = None
    with pytest.warns(CivplanWarning) as caught:
        plan = civplan.load(write_sheet(rows, tmp_path))
    messages = " ".join(str(w.message) for w in caught)
    assert "hand-made.xlsx: " in messages
    assert "sheet «Лист1», row 11: measure 3.1 stands under heading 2" in messages
    assert "sheet «Лист1», row 8: 1.1 | Департамент | до 01.12.2019 | Не видано" in messages
    assert [s.title for s in plan.sections] == ["Перший розділ", "Другий розділ"]
    assert [m.number for m in plan.measures()] == ["1.1.", "3.1"]


def test_a_sheet_without_a_report_table(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="sheet «Лист1»: no header row with captions"):
        civplan.load(write_sheet([["Бюджет"], [1, 2, 3]], tmp_path))


def test_long_texts_split_by_the_exporter_join_again() -> None:
    long_text = "слово " * 7000
    plan = civplan.loads(
        civplan.dumps(civplan.demo_plan(), "json").replace(
            "Проведено 38 публічних консультацій з ІГС", long_text
        ),
        "json",
    )
    with pytest.warns(CivplanWarning):
        data = civplan.export(plan, "xlsx")
    assert isinstance(data, bytes)
    book = openpyxl.load_workbook(io.BytesIO(data))
    del book["civplan"]  # as if the carried plan were lost: the table alone must do
    out = io.BytesIO()
    book.save(out)
    again = civplan.load(io.BytesIO(out.getvalue()), "xlsx")
    outcome = again.measure("2.1").outcome
    assert outcome is not None and outcome.text == long_text.strip()


def test_ods_with_tabs_is_read_exactly(tricky_ods: bytes) -> None:
    plan = civplan.load(io.BytesIO(tricky_ods), "ods")
    outcome = plan.measure("1.1").outcome
    assert outcome is not None and outcome.text == "таб\tі  два пробіли"


@pytest.fixture
def tricky_ods() -> bytes:
    term = civplan.Deadline.parse("ІV квартал", year=2017)
    plan = civplan.Plan(
        title="Звіт у 2017 році",
        year=2017,
        sections=[
            civplan.Section(
                number="1",
                title="Р",
                measures=[
                    civplan.Measure(
                        number="1.1",
                        title="З",
                        deadline=term,
                        outcome=civplan.Outcome(text="таб\tі  два пробіли"),
                    )
                ],
            )
        ],
    )
    data = civplan.export(plan, "ods")
    assert isinstance(data, bytes)
    return data


def _workbook_with_formulas(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів на 2025 рік"])
    sheet.append(["№", "Найменування заходу", "Строк", "Обсяг, тис. грн", "Стан виконання"])
    sheet.append([1, "Ремонт даху клубу", "ІІ квартал", 100, "Виконано"])
    sheet.append([2, "Заміна вікон клубу", "ІІІ квартал", "=D3*2", "Виконано частково"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    return path


def test_a_formula_with_no_value_saved_is_named_in_a_warning(tmp_path: Path) -> None:
    """A script's workbook keeps formulas uncomputed: the cell reads empty, and says so."""
    path = _workbook_with_formulas(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CivplanWarning)
        plan = civplan.load(path)
    assert plan.measure("2").funding == ()
    told = [str(w.message) for w in caught if "formulas with no value saved" in str(w.message)]
    assert len(told) == 1
    assert "sheet «Sheet», cell D4" in told[0] and "save it" in told[0]


def test_a_formula_with_its_value_saved_reads_as_the_value(tmp_path: Path) -> None:
    import zipfile

    path = _workbook_with_formulas(tmp_path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert b"<f>D3*2</f><v></v>" in parts[sheet]
    parts[sheet] = parts[sheet].replace(b"<f>D3*2</f><v></v>", b"<f>D3*2</f><v>200</v>")
    saved = tmp_path / "computed.xlsx"
    with zipfile.ZipFile(saved, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CivplanWarning)
        plan = civplan.load(saved)
    assert [f.amount for f in plan.measure("2").funding] == [Decimal("200")]
    assert not any("formulas" in str(w.message) for w in caught)


def test_a_table_of_indicators_under_the_measures_on_one_sheet_is_kept_as_notes(
    tmp_path: Path,
) -> None:
    """«Показник | План | Факт» under its own title, after an empty row: no measures of its own."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів на 2025 рік"])
    sheet.append(["№", "Найменування заходу", "Строк", "Стан виконання"])
    sheet.append([1, "Ремонт школи", "ІІ квартал", "Виконано"])
    sheet.append([2, "Курси для вчителів", "ІІІ квартал", "Виконано частково"])
    sheet.append([])
    sheet.append(["Показники виконання програми"])
    sheet.append(["№", "Показник", "План", "Факт"])
    sheet.append([1, "Кількість відремонтованих шкіл", 3, 2])
    path = tmp_path / "report.xlsx"
    book.save(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CivplanWarning)
        plan = civplan.load(path)
    assert [m.number for m in plan.measures()] == ["1", "2"]
    assert any("Кількість відремонтованих шкіл" in note for note in plan.notes)
    assert any("could not place" in str(w.message) for w in caught)


def test_the_header_written_again_otherwise_after_an_empty_row_is_no_measure(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["План заходів на 2025 рік"])
    sheet.append(["№ з/п", "Найменування заходу", "Строк виконання"])
    sheet.append([1, "Ремонт школи", "ІІ квартал"])
    sheet.append([])
    sheet.append(["№", "Назва заходу", "Термін"])
    sheet.append([2, "Курси для вчителів", "ІІІ квартал"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivplanWarning)
        plan = civplan.load(path)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Ремонт школи"),
        ("2", "Курси для вчителів"),
    ]


HIDDEN_ROWS = [
    ["Звіт про виконання плану заходів на 2025 рік"],
    ["№ з/п", "Найменування заходу", "Строк виконання", "Строк виконання", "Стан виконання"],
    ["1", "Провести семінар для старост", "І квартал", "ІІ квартал", "Семінар проведено"],
    ["2", "Оновити сайт громади", "ІІ квартал", "ІІІ квартал", "Сайт оновлено"],
]
"""A sheet whose column C (an earlier term) is hidden: a reader sees the term in D."""


def _hidden_ods(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Звіт")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    table.addElement(TableColumn(visibility="collapse"))
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for cells in HIDDEN_ROWS:
        row = TableRow()
        for value in cells:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _hidden_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Звіт"
    for cells in HIDDEN_ROWS:
        sheet.append(cells)
    sheet.column_dimensions["C"].hidden = True
    book.save(path)
    return path


@pytest.mark.parametrize("write", [_hidden_xlsx, _hidden_ods])
def test_a_column_the_sheet_hides_is_not_read_and_is_warned_about(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / f"report.{'xlsx' if write is _hidden_xlsx else 'ods'}")
    with pytest.warns(CivplanWarning, match=r"columns the sheet hides are not read.*column C"):
        plan = civplan.load(path)
    assert [(m.number, m.deadline.text, m.notes) for m in plan.measures()] == [
        ("1", "ІІ квартал", ()),
        ("2", "ІІІ квартал", ()),
    ]
