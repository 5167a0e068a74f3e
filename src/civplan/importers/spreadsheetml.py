"""Excel's XML workbooks (XML Spreadsheet 2003): what budget and accounting systems export.

Many systems that export "to Excel" write this XML, often under an ``.xls``
name, and Excel opens it as a workbook. It is read natively, streamed
through expat with every DTD and entity refused: each ``Worksheet`` is a
sheet, each ``Row``/``Cell`` a place (``ss:Index`` skips to a row or a
column, ``ss:MergeAcross`` and ``ss:MergeDown`` merge), and a cell's
``Data`` is its value, a number as a number and a date as a date, as the
other spreadsheets are read. A comment attached to a cell is no part of it.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any

from civplan._errors import DocumentError
from civplan._limits import current
from civplan.importers.document import Document
from civplan.importers.odf_content import RefusedError, stream_through
from civplan.importers.spreadsheet import Sheet, sheets_document

MAX_BYTES = 64 * 2**20
"""The largest workbook read (64 MB): a report's is a few megabytes at most."""
_SS = "urn:schemas-microsoft-com:office:spreadsheet "
_X = "urn:schemas-microsoft-com:office:excel "
_WORKBOOK = re.compile(rb"<(?:[\w.-]+:)?Workbook\b")
_NAMESPACE = b"urn:schemas-microsoft-com:office:spreadsheet"


def is_excel_xml(head: bytes) -> bool:
    """Whether a document's first bytes open Excel's XML workbook."""
    start = head[:8192]
    return _NAMESPACE in start and _WORKBOOK.search(start) is not None


def read_excel_xml(data: bytes, source: str) -> Document:
    """The workbook's sheets as a document, as a spreadsheet's are read.

    Raises:
        DocumentError: too large, not well-formed, a DTD or entity, or beyond a limit.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(
            source, [f"the workbook is larger than civplan reads ({MAX_BYTES // 2**20} MB)"]
        )
    if not is_excel_xml(data[:8192]):
        raise DocumentError(
            source, ["not Excel's XML workbook: no Workbook in its spreadsheet namespace"]
        )
    reader = _Reader()
    stream_through(io.BytesIO(data), source, reader, "the workbook")
    sheets = [Sheet(s.name, s.visible, s.rows, s.merges) for s in reader.sheets]
    return sheets_document(sheets, source, "an Excel XML workbook")


class _Sheet:
    def __init__(self, name: str) -> None:
        self.name = name
        self.visible = True
        self.rows: list[list[Any]] = []
        self.merges: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.width = 0  # the widest row's cells, merged places counted


class _Reader:
    """Turns the parser's events into sheets of values, refusing what is beyond the limits."""

    def __init__(self) -> None:
        self.sheets: list[_Sheet] = []
        self.problem = ""
        self.cells = 0
        self._row: list[Any] | None = None
        self._row_at = 0  # where the row being read goes, from 0
        self._column = 0  # where the next cell goes, from 0
        self._across = 0
        self._data: list[str] | None = None  # the cell's value's text, being read
        self._kind = "String"
        self._value: Any = None
        self._ignore = 0  # depth inside a comment
        self._visible: list[str] | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self._ignore:
            self._ignore += 1
        elif name == _SS + "Comment":
            self._ignore = 1
        elif name == _SS + "Worksheet":
            self.sheets.append(_Sheet(attributes.get(_SS + "Name", f"{len(self.sheets) + 1}")))
        elif name == _SS + "Row" and self.sheets:
            self._start_row(attributes)
        elif name == _SS + "Cell" and self._row is not None:
            self._start_cell(attributes)
        elif name == _SS + "Data" and self._row is not None:
            self._data = []
            self._kind = attributes.get(_SS + "Type", "String")
        elif name == _X + "Visible":
            self._visible = []

    def _start_row(self, attributes: dict[str, str]) -> None:
        sheet = self.sheets[-1]
        at = _index(attributes, len(sheet.rows))
        if at - len(sheet.rows) > current().repeat * 10:
            self._refuse("repeat", f"sheet «{sheet.name}», row {at + 1}: empty rows skipped", at)
        self._places(at + 1, sheet.width)
        self._row, self._row_at, self._column = [], at, 0

    def _start_cell(self, attributes: dict[str, str]) -> None:
        self._column = _index(attributes, self._column)
        self._across = _count(attributes.get(_SS + "MergeAcross"))
        down = _count(attributes.get(_SS + "MergeDown"))
        sheet = self.sheets[-1]
        if self._column + self._across >= current().columns:
            where = f"sheet «{sheet.name}», row {self._row_at + 1}: cells in a row"
            self._refuse("columns", where, self._column + self._across + 1)
        sheet.width = max(sheet.width, self._column + self._across + 1)
        self._places(self._row_at + 1, sheet.width)
        if self._across or down:
            first = (self._row_at, self._column)
            last = (self._row_at + down, self._column + self._across)
            sheet.merges.append((first, last))
        self._value = None

    def _places(self, rows: int, width: int) -> None:
        """Refuse a sheet whose rows by its widest row's cells pass the cells' limit."""
        if rows * width > current().cells:
            sheet = self.sheets[-1].name
            self._refuse("cells", f"sheet «{sheet}», {rows:,} rows of {width} cells", rows * width)

    def _refuse(self, limit: str, what: str, value: int) -> None:
        self.problem = current().beyond(limit, what, value)
        raise RefusedError

    def text(self, data: str) -> None:
        if self._ignore:
            return
        if self._data is not None:
            self._data.append(data)
        elif self._visible is not None:
            self._visible.append(data)

    def end(self, name: str) -> None:
        if self._ignore:
            self._ignore -= 1
        elif name == _SS + "Data" and self._data is not None:
            self._value = _value("".join(self._data), self._kind)
            self._data = None
        elif name == _SS + "Cell" and self._row is not None:
            self._end_cell()
        elif name == _SS + "Row" and self._row is not None:
            self._end_row()
        elif name == _X + "Visible" and self._visible is not None:
            if self.sheets and "".join(self._visible).strip() in ("SheetHidden", "SheetVeryHidden"):
                self.sheets[-1].visible = False
            self._visible = None

    def _end_cell(self) -> None:
        row = self._row
        if row is None:  # pragma: no cover - a cell ends only in the row it began in
            return
        if self._value is not None and self._value != "":
            row.extend([None] * (self._column - len(row)))
            row.append(self._value)
            self.cells += 1
            if self.cells > current().cells:
                self._refuse("cells", "cells in the workbook", self.cells)
        self._column += 1 + self._across

    def _end_row(self) -> None:
        sheet = self.sheets[-1]
        row = self._row or []
        if row:
            sheet.rows.extend([] for _ in range(self._row_at - len(sheet.rows)))
            sheet.rows.append(row)
        elif self._row_at >= len(sheet.rows):  # an empty row counts for where the next goes
            sheet.rows.extend([] for _ in range(self._row_at + 1 - len(sheet.rows)))
        self._row = None


def _index(attributes: dict[str, str], default: int) -> int:
    """A row's or cell's place from its ``ss:Index`` (from 1), else ``default`` (from 0)."""
    written = attributes.get(_SS + "Index")
    try:
        return max(int(written), 1) - 1 if written else default
    except ValueError:
        return default


def _count(written: str | None) -> int:
    """How many more places a cell merges over (``ss:MergeAcross``): 0 if unreadable."""
    try:
        return max(int(written or "0"), 0)
    except ValueError:
        return 0


def _value(text: str, kind: str) -> Any:
    """A cell's value as its type says: a number, a date, a truth value, else the text."""
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    return text
