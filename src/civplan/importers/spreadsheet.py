"""Reading a report from a spreadsheet's sheets: the table, and the plan data it may carry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import IO, Any

from civplan._errors import DocumentError, unreadable_as_document_error
from civplan._optional import require
from civplan.importers.captions import column_of
from civplan.importers.tables import Row, plan_from_rows
from civplan.model.plan import Plan
from civplan.report import embedded
from civplan.report.columns import ReportColumn


def cell_text(value: Any) -> str:
    """A cell's value as the text a person sees: 2017.0 → «2017», a date → «01.12.2017»."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.strftime("%d.%m.%Y %H:%M")
            if value.time() != time()
            else value.strftime("%d.%m.%Y")
        )
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def sheet_rows(name: str, values: Iterable[Sequence[Any]]) -> list[Row]:
    """A sheet's rows, with their places named as a spreadsheet names them."""
    return [
        Row(
            cells=tuple([cell_text(v) for v in cells]),
            where=f"sheet «{name}», row {number}",
            spreadsheet_row=number,
        )
        for number, cells in enumerate(values, start=1)
    ]


def plan_from_sheets(
    sheets: Sequence[tuple[str, bool, Sequence[Sequence[Any]]]], source: str
) -> Plan:
    """The plan from a workbook's sheets: the first visible sheet with a report table.

    Args:
        sheets: each sheet's name, whether it is visible, and its cell values
            row by row; a hidden sheet named ``civplan`` is the plan data
            civplan's own reports carry.
        source: the document's name, for messages.
    """
    carried = None
    for name, visible, values in sheets:
        if name == embedded.SHEET and not visible:
            carried = embedded.read_pieces([row[0] if row else "" for row in values], source)
    year = carried.plan.year if carried is not None else None
    end_year = carried.plan.end_year if carried is not None else None
    for name, visible, values in sheets:
        if not visible:
            continue
        rows = sheet_rows(name, values)
        columns = _columns(rows)
        if not columns:
            continue
        plan = plan_from_rows(rows, source=source, year=year, end_year=end_year)
        return plan if carried is None else embedded.reconcile(plan, carried, columns)
    names = ", ".join(f"«{name}»" for name, visible, _ in sheets if visible) or "none"
    raise DocumentError(
        source,
        [f"no visible sheet ({names}) has a header row with «№ з/п» and «Найменування заходу»"],
    )


Sheets = list[tuple[str, bool, list[list[Any]]]]


def calamine_sheets(stream: IO[bytes], source: str, *, format: str) -> Sheets:
    """Each sheet's name, visibility and cell values, as python-calamine reads them.

    ``format`` («xlsx», «ods») names the extra that brings python-calamine.
    """
    calamine = require("python_calamine", extra=format, package="python-calamine")
    with unreadable_as_document_error(source, format):
        book = calamine.CalamineWorkbook.from_filelike(stream)
        return [
            (
                meta.name,
                meta.visible == calamine.SheetVisibleEnum.Visible,
                book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False),
            )
            for meta in book.sheets_metadata
        ]


def carries_plan(sheets: Sheets) -> bool:
    """Whether the workbook is civplan's own, carrying what its table cannot show."""
    return any(name == embedded.SHEET and not visible for name, visible, _ in sheets)


def _columns(rows: Sequence[Row]) -> set[ReportColumn]:
    for row in rows[:20]:
        found = {column_of(cell) for cell in row.cells} - {None}
        if ReportColumn.NUMBER in found and ReportColumn.TITLE in found:
            return {c for c in found if c is not None}
    return set()
