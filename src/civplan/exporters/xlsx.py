"""XLSX: the report as Excel and LibreOffice Calc open it, ready to print.

The sheet has the title lines above the table, the header row repeated on
every printed page and frozen below, section rows merged across the table in
bold, wrapped text in every cell, row heights from the wrapped text
(LibreOffice does not grow rows by itself), status cells coloured by status,
and A4 landscape pages fitted to the width. Texts are always written as
text: «=SUM(A1)» stays those characters, never a formula.

openpyxl builds the workbook — named styles, print titles, frozen panes,
page setup, properties — with an empty sheet; the sheet's rows are then
streamed into its ``sheetData`` one at a time. Writing each cell through
openpyxl costs more than all the rest of an export (see ``benchmarks/``),
and streaming keeps memory flat for plans of any size.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time
from io import BytesIO
from typing import IO, TYPE_CHECKING, Any

import attrs

from civplan._errors import CivplanWarning
from civplan._optional import require
from civplan._vocabulary import say
from civplan.exporters.reproducible_zip import ReproducibleZipFile
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.report import embedded
from civplan.report.form import (
    CELL_LIMIT,
    CHARACTERS_PER_UNIT,
    CHART_ROWS,
    FONT_NAME,
    FONT_SIZE,
    HEADER_FILL,
    HEADING_LOOKS,
    LINE_HEIGHT,
    STATUS_COLOURS,
    SUMMARY_WIDTHS,
    XLSX_MEDIA_TYPE,
)
from civplan.report.options import ReportOptions
from civplan.report.summary import Cell, heading, summary_blocks, word
from civplan.report.table import MeasureRow, ReportTable, report_table
from civplan.report.textwidth import line_count

if TYPE_CHECKING:
    from openpyxl import Workbook


class XlsxExporter:
    """XLSX: the report as Excel and LibreOffice Calc open it, ready to print."""

    name = "xlsx"
    extensions = (".xlsx",)
    media_type = XLSX_MEDIA_TYPE
    binary = True
    options_type = ReportOptions

    def export(self, plan: Plan, stream: IO[bytes], options: ReportOptions) -> None:
        """Write the report as an XLSX workbook to a binary stream."""
        openpyxl = require("openpyxl", extra="xlsx", package="openpyxl")
        from openpyxl.writer.excel import ExcelWriter

        table = report_table(plan, options)
        book = openpyxl.Workbook(write_only=True)
        _add_styles(book)
        sheet = book.create_sheet(say("sheet.report", options.lang))
        _set_up(sheet, table)
        style_ids = _style_ids(sheet)
        # every sheet's rows are streamed into its part: sheet1, sheet2, … in this order
        streamed: dict[str, Callable[[], Iterator[str]]] = {}
        merges: list[str] = []
        streamed[_part(1)] = lambda: _rows(table, style_ids, merges)
        if options.summary:
            layout = _summary_layout(table)
            summary_ids = _summary_style_ids(_add_summary(book, table, layout))
            streamed[_part(2)] = lambda: _summary_rows(layout, summary_ids)
        _add_plan_data(book)
        streamed[_part(len(streamed) + 1)] = lambda: _plan_data_rows(table)
        # the document's own date, so that the same plan gives the same bytes
        day = plan.as_of or date(plan.year, 1, 1)
        book.properties.created = book.properties.modified = datetime.combine(day, time())
        book.properties.title = table.title_lines[0] if table.title_lines else None
        book.properties.creator = "civplan"
        book.properties.language = options.lang
        skeleton = BytesIO()
        with zipfile.ZipFile(skeleton, "w") as parts:
            ExcelWriter(book, parts).write_data()
        with (
            zipfile.ZipFile(skeleton) as parts,
            ReproducibleZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            for name in parts.namelist():
                skeleton_part = parts.read(name)
                if name in streamed:
                    rows = streamed[name]()
                    sheet_merges = merges if name == _part(1) else []
                    _write_sheet(archive, name, skeleton_part.decode("utf-8"), rows, sheet_merges)
                else:
                    archive.writestr(name, skeleton_part)


def _part(sheet: int) -> str:
    """The name of the ``sheet``-th sheet's part, as openpyxl names them."""
    return f"xl/worksheets/sheet{sheet}.xml"


def _set_up(sheet: Any, table: ReportTable) -> None:
    """Column widths, print titles, frozen header and page setup of the (empty) sheet."""
    from openpyxl.utils import get_column_letter

    header_row = len(table.title_lines) + 2  # the title lines, a blank row, the header
    for index, columns in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = columns
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.freeze_panes = f"A{header_row + 1}"
    _print_setup(sheet)


def _print_setup(sheet: Any) -> None:
    """A4 landscape, fitted to the page's width."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6


@attrs.frozen
class _SummaryLayout:
    """The summary sheet's rows (values and style), and the rows of the chart's data."""

    rows: list[tuple[Sequence[Cell], str]]
    chart_rows: tuple[int, int]  # the statuses' header row and last status row


def _summary_layout(table: ReportTable) -> _SummaryLayout:
    lang = table.options.lang
    summary = table.summary()
    rows: list[tuple[Sequence[Cell], str]] = []
    for index, line in enumerate(heading(summary, lang)):
        rows.append(([line], "heading" if index == 0 else "line"))
    chart_rows = (0, 0)
    for index, block in enumerate(summary_blocks(summary, table.plan, lang)):
        rows.append(([], "line"))
        rows.append(([block.title], "heading"))
        rows.append((block.header, "header"))
        first = len(rows) + 1
        rows.extend((values, "cell") for values in block.rows)
        if index == 0:  # the statuses, all of them, then their total
            chart_rows = (first - 1, len(rows) - 1)
            while len(rows) < first - 2 + CHART_ROWS:
                rows.append(([], "line"))
    return _SummaryLayout(rows=rows, chart_rows=chart_rows)


def _add_summary(book: Any, table: ReportTable, layout: _SummaryLayout) -> Any:
    """The (empty) summary sheet, with a bar chart of the statuses; its rows are streamed."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.utils import get_column_letter

    lang = table.options.lang
    sheet = book.create_sheet(say("sheet.summary", lang))
    for index, width in enumerate(SUMMARY_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _print_setup(sheet)
    chart = BarChart()
    chart.type = "bar"
    chart.title = word("statuses", lang)
    chart.legend = None
    chart.width, chart.height = 15, 8
    header_row, last_status = layout.chart_rows
    chart.add_data(
        Reference(sheet, min_col=2, min_row=header_row, max_row=last_status), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=header_row + 1, max_row=last_status))
    sheet.add_chart(chart, f"D{header_row}")
    return sheet


def _summary_rows(layout: _SummaryLayout, styles: dict[str, int]) -> Iterator[str]:
    text_widths = [int(w * CHARACTERS_PER_UNIT) for w in SUMMARY_WIDTHS]
    for number, (values, style) in enumerate(layout.rows, start=1):
        texts = [str(v) for v in values]
        lines = max([line_count(t, w) for t, w in zip(texts, text_widths, strict=False)] or [1])
        body = "".join(
            _cell(f"{_COLUMNS[i]}{number}", value, styles[f"{style} decimal"])
            if isinstance(value, float)
            else _cell(f"{_COLUMNS[i]}{number}", value, styles[style])
            for i, value in enumerate(values)
        )
        height = lines * LINE_HEIGHT + 3
        yield f'<row r="{number}" ht="{height:g}" customHeight="1">{body}</row>'


def _cell(ref: str, value: Cell, style: int) -> str:
    """One cell of a streamed row: text inline, a number as a value; empty, but styled (framed)."""
    if isinstance(value, str):
        if not value:
            return f'<c r="{ref}" s="{style}"/>'
        return (
            f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
            f"{escape_text(value)}</t></is></c>"
        )
    return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'


def _add_plan_data(book: Any) -> None:
    """The hidden (empty) sheet for the whole plan, for importers; its rows are streamed."""
    data = book.create_sheet(embedded.SHEET)
    data.sheet_state = "hidden"


def _plan_data_rows(table: ReportTable) -> Iterator[str]:
    """The hidden sheet's rows: the plan's pieces (:mod:`civplan.report.embedded`), one a row."""
    for number, piece in enumerate(embedded.report_pieces(table), start=1):
        yield f'<row r="{number}">{_cell(f"A{number}", piece, 0)}</row>'


def _style_id(sheet: Any, name: str, number_format: str = "General") -> int:
    """The cell format index of the named style «civplan ``name``», as the workbook records it."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value="")  # a cell each: its style is changed in place
    cell.style = f"civplan {name}"
    cell.number_format = number_format
    return int(cell.style_id)


def _style_ids(sheet: Any) -> dict[str, int]:
    """The report sheet's cell format index of each of its styles."""
    levels = [f"section{level}" for level in range(1, len(HEADING_LOOKS) + 1)]
    names = ["title", "header", *levels, "cell", *(s.name for s in Status)]
    return {name: _style_id(sheet, name) for name in names}


def _summary_style_ids(sheet: Any) -> dict[str, int]:
    """The cell format index of each style of the summary sheet, and of its decimal variant."""
    ids = {}
    for name in ("heading", "line", "header", "cell"):
        ids[name] = _style_id(sheet, name)
        ids[f"{name} decimal"] = _style_id(sheet, name, "0.0")
    return ids


def _add_styles(book: Workbook) -> None:
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
        fill=PatternFill("solid", fgColor=HEADER_FILL),
    )
    for level, look in enumerate(HEADING_LOOKS, start=1):
        style(
            f"civplan section{level}",
            font=Font(name=FONT_NAME, size=FONT_SIZE, bold=look.bold, italic=look.italic),
            border=box,
            alignment=Alignment(
                horizontal="left", vertical="top", wrap_text=True, indent=2 * look.indent
            ),
            **({"fill": PatternFill("solid", fgColor=look.fill)} if look.fill else {}),
        )
    style("civplan cell", font=font, border=box, alignment=top_left)
    style("civplan heading", font=bold, alignment=Alignment(horizontal="left", vertical="center"))
    style("civplan line", font=font, alignment=Alignment(horizontal="left", vertical="center"))
    for status, colour in STATUS_COLOURS.items():
        style(
            f"civplan {status.name}",
            font=font,
            border=box,
            alignment=top_left,
            fill=PatternFill("solid", fgColor=colour),
        )


_COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SPECIAL = re.compile(r"[&<>\r]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "_": "_x005F_"}


def escape_text(text: str) -> str:
    """``text`` for an XLSX string: XML-escaped, and «_xHHHH_» kept literal (Excel decodes it)."""
    if _SPECIAL.search(text) is None:
        return text
    return _SPECIAL.sub(lambda match: _ESCAPES[match.group()], text)


def _write_sheet(
    archive: zipfile.ZipFile, name: str, skeleton: str, rows: Iterator[str], merges: list[str]
) -> None:
    """A sheet part: openpyxl's head and tail around the streamed rows and merged ranges.

    ``merges`` is filled while ``rows`` is read.
    """
    head, _, tail = skeleton.partition("<sheetData></sheetData>")
    if not _:
        raise ValueError("openpyxl wrote no empty sheetData to fill")
    with tempfile.SpooledTemporaryFile(max_size=1 << 25) as spool:
        batch: list[str] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 2048:
                spool.write("".join(batch).encode("utf-8"))
                batch.clear()
        spool.write("".join(batch).encode("utf-8"))
        spool.seek(0)
        with archive.open(name, "w", force_zip64=True) as part:
            part.write(f"{head}<sheetData>".encode())
            shutil.copyfileobj(spool, part, 1 << 20)
            part.write(b"</sheetData>")
            if merges:  # the schema allows no empty mergeCells
                merged = "".join(f'<mergeCell ref="{ref}"/>' for ref in merges)
                part.write(f'<mergeCells count="{len(merges)}">{merged}</mergeCells>'.encode())
            part.write(tail.encode("utf-8"))


def _rows(table: ReportTable, styles: dict[str, int], merges: list[str]) -> Iterator[str]:
    width = len(table.columns)
    last = _COLUMNS[width - 1]
    text_widths = [int(w * CHARACTERS_PER_UNIT) for w in table.widths]
    total_width = sum(text_widths)
    number = 0

    def row(cells: list[tuple[str, int]], lines: int) -> str:
        nonlocal number
        number += 1
        body = "".join(
            _cell(f"{_COLUMNS[i]}{number}", text, style) for i, (text, style) in enumerate(cells)
        )
        height = max(1, lines) * LINE_HEIGHT + 3
        return f'<row r="{number}" spans="1:{width}" ht="{height:g}" customHeight="1">{body}</row>'

    for line in table.title_lines:
        yield row([(line, styles["title"])], line_count(line, total_width))
        merges.append(f"A{number}:{last}{number}")
    number += 1
    yield f'<row r="{number}" ht="{LINE_HEIGHT + 3:g}" customHeight="1"/>'
    header_lines = max(line_count(c, w) for c, w in zip(table.header, text_widths, strict=True))
    yield row([(caption, styles["header"]) for caption in table.header], header_lines)
    status_at = table.status_column
    for item in table.rows():
        if isinstance(item, MeasureRow):
            cell_styles = [styles["cell"]] * width
            if item.status is not None and status_at is not None:
                cell_styles[status_at] = styles[item.status.name]
            for part in _within_cell_limit(item.cells, item.measure.number):
                lines = max(line_count(c, w) for c, w in zip(part, text_widths, strict=True))
                yield row(list(zip(part, cell_styles, strict=True)), lines)
        else:
            # every merged cell carries the style, so the borders go all round
            style = styles[f"section{min(item.level, len(HEADING_LOOKS))}"]
            cells = [(item.text, style)] + [("", style)] * (width - 1)
            yield row(cells, line_count(item.text, total_width))
            merges.append(f"A{number}:{last}{number}")


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
