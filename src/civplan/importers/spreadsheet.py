"""Reading a report from a spreadsheet's sheets: the visible ones as grids, and what it carries.

civplan's own reports carry what their table cannot show in a hidden sheet
(:mod:`civplan.report.embedded`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import IO, Any

from civplan._errors import unreadable_as_document_error
from civplan._optional import require
from civplan.importers.document import Document, Grid, column_name, listing, sheet_places
from civplan.importers.xlsx_formats import MONTH_AND_YEAR, PERCENT, YEAR
from civplan.model.months import MONTHS
from civplan.report import embedded


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


Merges = Sequence[tuple[tuple[int, int], tuple[int, int]]]
"""Merged ranges: each ((first row, first column), (last row, last column)), from 0."""


class Sheet:
    """A sheet as read: its name, whether it is shown, its cell values and merged ranges.

    ``shown``: how the cells shown otherwise than their values are shown, by
    place: a date's month, with its year or not, or a number as a percentage
    (:mod:`~civplan.importers.xlsx_formats`). ``hidden``: the columns (from 0)
    the sheet hides.
    """

    __slots__ = ("hidden", "merges", "name", "shown", "values", "visible")

    def __init__(
        self,
        name: str,
        visible: bool,
        values: list[list[Any]],
        merges: Merges = (),
        shown: Mapping[tuple[int, int], str] | None = None,
    ) -> None:
        self.name = name
        self.visible = visible
        self.values = values
        self.merges = merges
        self.shown = shown or {}
        self.hidden: frozenset[int] = frozenset()


_NUMBER_COLUMNS = 2
"""The columns a table's measure numbers stand in: its first two."""


def _cut_short(values: list[list[Any]]) -> dict[tuple[int, int], str]:
    """The measure numbers a spreadsheet holds cut short, each with the text it was typed as.

    «1.10» typed into a cell is the number 1.1: under «1.9» in one of the first
    two columns, where numbers stand, it is read as «1.10» (and «1.2» under
    «1.19» as «1.20»).
    """
    found: dict[tuple[int, int], str] = {}
    above: dict[int, str] = {}  # each column's last number with a fraction, as text
    for r, row in enumerate(values):
        for c, value in enumerate(row[:_NUMBER_COLUMNS]):
            if type(value) is not float or value.is_integer():
                continue
            text = repr(value)
            previous = above.get(c)
            above[c] = text
            if previous is None:
                continue
            whole, _, part = text.partition(".")
            before, _, last = previous.partition(".")
            if whole != before or not part.isdecimal() or not last.isdecimal():  # 1e-05, inf, nan
                continue
            for typed in (part.ljust(len(last), "0"), part.ljust(len(last) + 1, "0")):
                if len(typed) > len(part) and int(typed) == int(last) + 1:  # 1.9, 1.10; 1.19, 1.20
                    found[r, c] = above[c] = f"{whole}.{typed}"
    return found


def _as_shown(value: Any, how: str) -> str | None:
    """A cell's value as its format shows it, or None where the value is not of that format.

    «березень 2025» typed, a date kept, a month shown; 0.75 shown as «75%».
    """
    if how == PERCENT:
        if isinstance(value, int | float) and not isinstance(value, bool):
            figure = f"{value * 100:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{figure}%"
        return None
    if isinstance(value, date):
        if how == YEAR:  # «2025» typed into a cell of dates, kept as 1 January
            return str(value.year)
        month = MONTHS[value.month - 1].nominative
        return f"{month} {value.year}" if how == MONTH_AND_YEAR else month
    return None


def sheet_grid(sheet: Sheet, cut_short: Mapping[tuple[int, int], str] | None = None) -> Grid:
    """A sheet as a grid; merged ranges beyond its cells are ignored.

    ``cut_short``: texts for the places of numbers shown cut short (:func:`_cut_short`).
    """
    rows = [tuple(map(cell_text, row)) for row in sheet.values]
    if sheet.hidden:  # what the sheet hides is not read, as a hidden sheet is not
        rows = [
            tuple("" if column in sheet.hidden else text for column, text in enumerate(row))
            for row in rows
        ]
    for (row, column), typed in (cut_short or {}).items():
        rows[row] = (*rows[row][:column], typed, *rows[row][column + 1 :])
    for (row, column), how in sheet.shown.items():
        if row < len(rows) and column < len(rows[row]):
            shown = _as_shown(sheet.values[row][column], how)
            if shown is not None:
                rows[row] = (*rows[row][:column], shown, *rows[row][column + 1 :])
    width = max((len(row) for row in rows), default=0)
    # each row as wide as the widest, as python-calamine gives them: a reader that leaves out
    # a row's empty cells at its end («Примітка» left empty) keeps it in step with its spans
    rows = [row + ("",) * (width - len(row)) if len(row) < width else row for row in rows]
    spans: dict[int, list[int]] = {}
    for (first_row, first_column), (last_row, last_column) in sheet.merges:
        for row in range(first_row, min(last_row, len(rows) - 1) + 1):
            places = spans.setdefault(row, list(range(width)))
            for column in range(first_column, min(last_column, width - 1) + 1):
                places[column] = first_column if row == first_row else -1
    name = f"sheet «{sheet.name}»"  # the namers keep the name, not the sheet's values
    return Grid(
        rows=rows,
        name=name,
        spans={row: tuple(places) for row, places in spans.items()},
        place=sheet_places(sheet.name),
        row_where=lambda r: f"{name}, row {r + 1}",
        sheet=sheet.name,
    )


def sheets_document(sheets: Sequence[Sheet], source: str, kind: str) -> Document:
    """A workbook as a document: its visible sheets, and what civplan's own report carries."""
    carried = None
    for sheet in sheets:
        if sheet.name == embedded.SHEET and not sheet.visible:
            carried = embedded.read_pieces([row[0] if row else "" for row in sheet.values], source)
    grids = []
    told: list[str] = []
    unread: list[str] = []  # hidden columns with text in them
    for sheet in sheets:
        if sheet.visible:
            cut_short = _cut_short(sheet.values)
            grids.append(grid := sheet_grid(sheet, cut_short))
            told.extend(
                f"{grid.cell_where(r, c)} «{cell_text(sheet.values[r][c])}» as «{typed}»"
                for (r, c), typed in cut_short.items()
            )
            unread.extend(
                f"{grid.name}, column {column_name(column)}"
                for column in sorted(sheet.hidden)
                if any(column < len(row) and cell_text(row[column]) for row in sheet.values)
            )
    warned = []
    if told:
        warned.append(
            f"{source}: numbers the spreadsheet holds without their last 0 (1.10 typed as a "
            f"number is 1.1), read after the number above them: {listing(told)}"
        )
    if unread:
        warned.append(
            f"{source}: columns the sheet hides are not read, as a reader does not see them: "
            f"{listing(unread)}; show them in the spreadsheet to have them read"
        )
    return Document(
        source=source,
        blocks=grids,
        carried=carried,
        kind=kind,
        one_table=True,
        warnings=tuple(warned),
    )


def calamine_sheets(stream: IO[bytes], source: str, *, format: str) -> list[Sheet]:
    """Each sheet as python-calamine reads it.

    ``format`` («xlsx», «ods») names the extra that brings python-calamine.
    """
    calamine = require("python_calamine", extra=format, package="python-calamine")
    with unreadable_as_document_error(source, format):
        book = calamine.CalamineWorkbook.from_filelike(stream)
        sheets = []
        for meta in book.sheets_metadata:
            sheet = book.get_sheet_by_name(meta.name)
            sheets.append(
                Sheet(
                    meta.name,
                    meta.visible == calamine.SheetVisibleEnum.Visible,
                    sheet.to_python(skip_empty_area=False),
                    sheet.merged_cell_ranges or (),
                )
            )
        return sheets


def carries_plan(sheets: Sequence[Sheet]) -> bool:
    """Whether the workbook is civplan's own, carrying what its table cannot show."""
    return any(sheet.name == embedded.SHEET and not sheet.visible for sheet in sheets)
