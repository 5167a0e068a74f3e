"""XLSX: the report as Excel and LibreOffice Calc open it, ready to print.

The sheet has the title lines above the table, the header row repeated on
every printed page and frozen below, section rows merged across the table in
bold, wrapped text in every cell, row heights estimated from the wrapped text
(LibreOffice does not grow rows by itself), status cells coloured by status,
and A4 landscape pages fitted to the width. Texts are always written as
text: «=SUM(A1)» stays those characters, never a formula.

It is written with openpyxl's write-only mode, row by row, so memory stays
flat for plans of any size.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, time
from typing import IO, TYPE_CHECKING, Any

from civplan._errors import CivplanWarning
from civplan._optional import require
from civplan.exporters.archive import ReproducibleZipFile
from civplan.exporters.layout import (
    MeasureRow,
    ReportColumn,
    ReportOptions,
    ReportTable,
    report_table,
)
from civplan.exporters.textwidth import line_count
from civplan.model.plan import Plan
from civplan.model.status import Status

if TYPE_CHECKING:
    from openpyxl import Workbook

CELL_LIMIT = 32_767
"""The most characters an XLSX cell holds; longer texts go on in continuation rows."""

FONT_NAME = "Times New Roman"
FONT_SIZE = 11
LINE_HEIGHT = 13.0
"""Points per line of wrapped text, for row heights."""
CHARACTERS_PER_UNIT = 1.1
"""Characters of 11 pt serif text per unit of column width (a unit is the width of «0» in
Calibri). LibreOffice fits about 1.2; the difference is the margin for wide letters."""

STATUS_COLOURS: dict[Status, str] = {
    Status.DONE: "C6EFCE",
    Status.PARTIALLY_DONE: "FFEB9C",
    Status.IN_PROGRESS: "DDEBF7",
    Status.NOT_DONE: "FFC7CE",
    Status.POSTPONED: "E4DFEC",
    Status.NOT_DUE: "EDEDED",
    Status.OVERDUE: "F8CBAD",
    Status.CANCELLED: "D9D9D9",
}
"""The fill of a status cell, by status (the same in every format)."""

SHEET_NAMES = {"uk": "Звіт", "en": "Report"}


class XlsxExporter:
    """XLSX: the report as Excel and LibreOffice Calc open it, ready to print."""

    name = "xlsx"
    extensions = (".xlsx",)
    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    binary = True
    options_type = ReportOptions

    def export(self, plan: Plan, stream: IO[bytes], options: ReportOptions) -> None:
        """Write the report as an XLSX workbook to a binary stream."""
        openpyxl = require("openpyxl", extra="xlsx", package="openpyxl")
        from openpyxl.writer.excel import ExcelWriter

        table = report_table(plan, options)
        book = openpyxl.Workbook(write_only=True)
        _add_styles(book, table)
        _write_report(book.create_sheet(SHEET_NAMES[options.lang]), table)
        # the document's own date, so that the same plan gives the same bytes
        day = plan.as_of or date(plan.year, 1, 1)
        book.properties.created = book.properties.modified = datetime.combine(day, time())
        book.properties.title = table.title_lines[0] if table.title_lines else None
        book.properties.creator = "civplan"
        book.properties.language = options.lang
        with ReproducibleZipFile(stream, "w", compression=8, allowZip64=True) as archive:
            ExcelWriter(book, archive).write_data()


def _add_styles(book: Workbook, table: ReportTable) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    font = Font(name=FONT_NAME, size=FONT_SIZE)
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)

    def style(name: str, **parts: Any) -> None:
        book.add_named_style(NamedStyle(name=name, **parts))

    style(
        "civplan title",
        font=Font(name=FONT_NAME, size=FONT_SIZE + 1, bold=True),
        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
    )
    style(
        "civplan header",
        font=bold,
        border=box,
        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        fill=PatternFill("solid", fgColor="D9D9D9"),
    )
    style(
        "civplan section",
        font=bold,
        border=box,
        alignment=top_left,
        fill=PatternFill("solid", fgColor="F2F2F2"),
    )
    style("civplan cell", font=font, border=box, alignment=top_left)
    for status, colour in STATUS_COLOURS.items():
        style(
            f"civplan {status.name}",
            font=font,
            border=box,
            alignment=top_left,
            fill=PatternFill("solid", fgColor=colour),
        )


def _write_report(sheet: Any, table: ReportTable) -> None:
    # a write-only sheet proxies most of Worksheet's attributes, which the stubs do not show
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    width = len(table.columns)
    last = get_column_letter(width)
    text_widths = [int(w * CHARACTERS_PER_UNIT) for w in table.widths]
    total_width = sum(text_widths)
    header_row = len(table.title_lines) + 2  # the title lines, a blank row, the header
    # a write-only sheet writes its settings before its first row: set them all now
    for index, columns in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = columns
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6

    def text_cell(value: str, style: str) -> Any:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # text, even when it starts with = + - @
        cell.style = style
        return cell

    row = 0

    def append(cells: list[Any], lines: int) -> None:
        nonlocal row
        row += 1
        sheet.row_dimensions[row].height = max(1, lines) * LINE_HEIGHT + 3
        sheet.append(cells)

    for line in table.title_lines:
        append([text_cell(line, "civplan title")], line_count(line, total_width))
        sheet.merged_cells.add(f"A{row}:{last}{row}")
    append([], 1)
    header_lines = max(line_count(c, w) for c, w in zip(table.header, text_widths, strict=True))
    append([text_cell(caption, "civplan header") for caption in table.header], header_lines)
    status_at = (
        table.columns.index(ReportColumn.STATUS) if ReportColumn.STATUS in table.columns else -1
    )
    for item in table.rows():
        if isinstance(item, MeasureRow):
            styles = ["civplan cell"] * width
            if item.status is not None:
                styles[status_at] = f"civplan {item.status.name}"
            for part in _within_cell_limit(item.cells, item.measure.number):
                lines = max(line_count(c, w) for c, w in zip(part, text_widths, strict=True))
                append([text_cell(c, s) for c, s in zip(part, styles, strict=True)], lines)
        else:
            # every merged cell carries the style, so the borders go all round
            cells = [text_cell(item.text, "civplan section")]
            cells += [text_cell("", "civplan section") for _ in range(width - 1)]
            append(cells, line_count(item.text, total_width))
            sheet.merged_cells.add(f"A{row}:{last}{row}")


def _within_cell_limit(cells: tuple[str, ...], number: str) -> list[tuple[str, ...]]:
    """The row's cells, and continuation rows for texts beyond the XLSX cell limit."""
    if all(len(cell) <= CELL_LIMIT for cell in cells):
        return [cells]
    warnings.warn(
        CivplanWarning(
            f"{number}: a text is longer than an XLSX cell holds ({CELL_LIMIT} characters); "
            "it goes on in the rows below"
        ),
        stacklevel=3,
    )
    parts = []
    offset = 0
    while any(len(cell) > offset for cell in cells) or offset == 0:
        parts.append(tuple(cell[offset : offset + CELL_LIMIT] for cell in cells))
        offset += CELL_LIMIT
    return parts
