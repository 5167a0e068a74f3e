"""The exact fallback reader of ODS spreadsheets, for what python-calamine loses.

python-calamine reads ``<text:tab/>`` as nothing; when a document that is not
civplan's own has tabs in its cells (or merged cells, or hidden columns), the
ODS importer reads it with this reader instead. It streams ``content.xml``
through expat with every DTD, entity declaration and external entity refused
(as defusedxml does), keeps tabs, runs of spaces and line breaks as ODF
defines them, skips comments attached to cells, records merged cells (which
python-calamine does not give for ODS) and hidden columns, and never
multiplies the empty rows and cells that spreadsheets repeat by the million.
"""

from __future__ import annotations

import zipfile

import attrs

from civplan._limits import current
from civplan.importers.odf_content import count, read_content

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0 "


@attrs.define
class Sheet:
    """A table of the spreadsheet: its name, visibility and cell texts."""

    name: str
    visible: bool
    rows: list[list[str | float]] = attrs.Factory(list)
    """Each cell's text; a number shown as its value («1.1») is that number, as
    python-calamine gives it (so «1.10» cut short to 1.1 is told)."""
    merges: list[tuple[tuple[int, int], tuple[int, int]]] = attrs.Factory(list)
    """Merged cells: ((first row, first column), (last row, last column)), from 0."""
    hidden: set[int] = attrs.Factory(set)
    """The columns the table hides (``table:visibility="collapse"``), from 0."""
    columns: int = 0
    """How many columns the table has described so far."""


def read_sheets(archive: zipfile.ZipFile, source: str) -> list[Sheet]:
    """Every table of the spreadsheet, its cells as the text they show."""
    reader = _Reader()
    read_content(archive, source, reader, "a spreadsheet")
    return reader.sheets


class _Reader:
    def __init__(self) -> None:
        self.sheets: list[Sheet] = []
        self.hidden_styles: set[str] = set()
        self.problem = ""
        self._style: str | None = None
        self._row: list[str | float] | None = None
        self._row_repeat = 1
        self._empty_rows = 0
        self._cell: list[str] | None = None  # the cell's paragraphs
        self._cell_value = ""
        self._cell_float = False  # the cell holds a number (office:value-type="float")
        self._cell_repeat = 1
        self._paragraph: list[str] | None = None
        self._ignore = 0  # depth inside an annotation

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self._ignore:
            self._ignore += 1
        elif name == _OFFICE + "annotation":
            self._ignore = 1
        elif name == _STYLE + "style":
            family = attributes.get(_STYLE + "family")
            self._style = attributes.get(_STYLE + "name") if family == "table" else None
        elif name == _STYLE + "table-properties" and self._style:
            if attributes.get(_TABLE + "display") == "false":
                self.hidden_styles.add(self._style)
        elif name == _TABLE + "table":
            style = attributes.get(_TABLE + "style-name", "")
            self.sheets.append(
                Sheet(attributes.get(_TABLE + "name", ""), style not in self.hidden_styles)
            )
            self._empty_rows = 0
        elif name == _TABLE + "table-column" and self.sheets:
            sheet = self.sheets[-1]
            repeat = min(count(attributes.get(_TABLE + "number-columns-repeated")), _COLUMNS)
            if attributes.get(_TABLE + "visibility") == "collapse":
                sheet.hidden.update(range(sheet.columns, min(sheet.columns + repeat, _COLUMNS)))
            sheet.columns += repeat
        elif name == _TABLE + "table-row":
            self._row = []
            self._row_repeat = int(attributes.get(_TABLE + "number-rows-repeated", "1"))
        elif name in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            if self.sheets and self._row is not None:
                self._merge(attributes)
            self._cell = []
            self._cell_repeat = int(attributes.get(_TABLE + "number-columns-repeated", "1"))
            self._cell_float = attributes.get(_OFFICE + "value-type") == "float"
            self._cell_value = (
                attributes.get(_OFFICE + "string-value")
                or attributes.get(_OFFICE + "date-value")
                or attributes.get(_OFFICE + "value")
                or ""
            )
        elif self._cell is not None:
            self._in_cell(name, attributes)

    def _merge(self, attributes: dict[str, str]) -> None:
        """Record the cell starting now as merged, when it spans more than itself."""
        across = count(attributes.get(_TABLE + "number-columns-spanned"))
        down = count(attributes.get(_TABLE + "number-rows-spanned"))
        if across > 1 or down > 1:
            sheet = self.sheets[-1]
            row, column = len(sheet.rows) + self._empty_rows, len(self._row or ())
            sheet.merges.append(((row, column), (row + down - 1, column + across - 1)))

    def _in_cell(self, name: str, attributes: dict[str, str]) -> None:
        if name == _TEXT + "p" or name == _TEXT + "h":
            self._paragraph = []
        elif self._paragraph is None:
            return
        elif name == _TEXT + "s":
            spaces = min(count(attributes.get(_TEXT + "c")), current().spaces)  # checked before
            self._paragraph.append(" " * spaces)
        elif name == _TEXT + "tab":
            self._paragraph.append("\t")
        elif name == _TEXT + "line-break":
            self._paragraph.append("\n")

    def text(self, data: str) -> None:
        if self._paragraph is not None and not self._ignore:
            self._paragraph.append(data)

    def end(self, name: str) -> None:
        if self._ignore:
            self._ignore -= 1
        elif name == _TEXT + "p" or name == _TEXT + "h":
            if self._cell is not None and self._paragraph is not None:
                self._cell.append("".join(self._paragraph))
            self._paragraph = None
        elif name in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            self._end_cell()
        elif name == _TABLE + "table-row":
            self._end_row()

    def _end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        value: str | float = "\n".join(self._cell) if self._cell else self._cell_value
        if self._cell_float and value == self._cell_value and "." in value:
            number = float(value)
            if number and repr(number) == value:  # shown as it is held: «1.1»
                value = number
        limit = current().repeat
        if value and self._cell_repeat > limit:
            sheet = self.sheets[-1].name if self.sheets else ""
            self.problem = current().beyond(
                "repeat", f"sheet «{sheet}»: a cell with content repeated", self._cell_repeat
            )
        repeat = min(self._cell_repeat, limit)
        if value:
            self._row.extend([value] * repeat)
        else:  # kept only if something follows in the row
            self._row.extend([""] * repeat)
        self._cell = None

    def _end_row(self) -> None:
        row = self._row or []
        while row and not row[-1]:
            row.pop()
        sheet = self.sheets[-1] if self.sheets else None
        if sheet is not None:
            if not row:
                self._empty_rows += self._row_repeat  # kept only if a row with content follows
            else:
                limit = current().repeat
                if self._row_repeat > limit:
                    self.problem = current().beyond(
                        "repeat",
                        f"sheet «{sheet.name}», row {len(sheet.rows) + self._empty_rows + 1}: "
                        "a row with content repeated",
                        self._row_repeat,
                    )
                sheet.rows.extend([] for _ in range(min(self._empty_rows, limit * 10)))
                sheet.rows.extend(list(row) for _ in range(min(self._row_repeat, limit)))
                self._empty_rows = 0
        self._row = None


def has_tabs_merges_or_hidden(archive: zipfile.ZipFile) -> bool:
    """Whether the spreadsheet's content has what python-calamine does not give.

    A tab in some cell, a merged cell, or a hidden column or row (read by
    python-calamine as if shown).
    """
    with archive.open("content.xml") as content:
        tail = b""
        while chunk := content.read(1 << 20):
            joined = tail + chunk
            if b"<text:tab" in joined or b"-spanned=" in joined or b'y="collapse"' in joined:
                return True
            tail = chunk[-24:]
    return False


_COLUMNS = 16_384
"""The most columns a table has, as LibreOffice Calc makes them: a hidden range is cut there."""
