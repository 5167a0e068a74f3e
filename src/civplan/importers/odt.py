"""ODT: report tables from LibreOffice Writer, read natively.

``content.xml`` is streamed through expat with every DTD, entity declaration
and external entity refused, after the archive has been checked. Headings and
paragraphs outside tables are the document's paragraphs; every top-level
table continues the report. A cell keeps its paragraphs as lines, with tabs,
runs of spaces and line breaks as ODF defines them (a table inside a cell
adds a line per row, its cells apart by «|»). A cell spanning columns or
rows is recorded as merged, as Word's are, so headings merged across the
table and tasks merged down over their measures are read for what they are.
"""

from __future__ import annotations

import zipfile
from typing import IO

from civplan._errors import unreadable_as_document_error
from civplan._limits import current
from civplan.importers.document import (
    Block,
    Document,
    Grid,
    Paragraph,
    nested_row,
    shown,
    table_places,
)
from civplan.importers.dump import read_pasted_dump
from civplan.importers.odf_content import RefusedError, count, read_content
from civplan.importers.odf_lists import ListCounter, ListStyles
from civplan.importers.understanding import TableImporter
from civplan.importers.untrusted_zip import check_document

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
_PARAGRAPHS = (_TEXT + "p", _TEXT + "h")
_MAX_SPAN = 1000


def read_odt(archive: zipfile.ZipFile, source: str) -> Document:
    """The paragraphs and tables of a Writer document, list items with their numbers."""
    styles = ListStyles()
    if "styles.xml" in archive.namelist():  # the named list styles; content.xml has the rest
        read_content(archive, source, styles, "a text document", "styles.xml")
    reader = _Reader(styles)
    read_content(archive, source, reader, "a text document")
    blocks = [shown(block) for block in reader.blocks]  # typed soft hyphens show nothing
    lines = tuple(reader.lines or ())
    return Document(source=source, blocks=blocks, kind="a Writer document", lines=lines)


class _Reader:
    def __init__(self, styles: ListStyles) -> None:
        self._styles = styles
        self._lists = ListCounter(styles)
        self.blocks: list[Block] = []
        self.problem = ""
        self.depth = 0  # tables the parser is inside
        self.tables = 0
        self.paragraphs = 0
        self.cells = 0
        self.lines: list[str] | None = []  # every paragraph's text, until a table comes
        self._ignore = 0  # depth inside an annotation or a note
        self._paragraph: list[str] | None = None
        self._paragraph_depth = 0
        self._rows: list[tuple[str, ...]] = []
        self._spans: dict[int, tuple[int, ...]] = {}
        self._down: dict[tuple[int, int], bool] = {}  # places covered from above
        self._row: list[str] = []
        self._row_spans: list[int] = []
        self._merged = False
        self._cell: list[str] | None = None
        self._cell_start = 0
        self._cell_across = 1
        self._cell_repeat = 1
        self._left_start = 0  # where the last cell spanning columns starts
        self._inner_row: list[str] | None = None  # a row of a table inside a cell: its cells
        self._inner_cell: list[str] | None = None  # a cell of that row: its paragraphs

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self._ignore:
            self._ignore += 1
        elif name in (_OFFICE + "annotation", _TEXT + "note", _TEXT + "tracked-changes"):
            self._ignore = 1
        elif name.startswith(_TEXT + "list"):
            self._styles.start(name, attributes)  # an automatic style, or a list in the text
            self._lists.start(name, attributes)
        elif name == _TABLE + "table":
            self.depth += 1
            self.lines = None
            if self.depth == 1:
                self._rows, self._spans, self._down = [], {}, {}
        elif self.depth == 1 and name == _TABLE + "table-row":
            self._row, self._row_spans, self._merged = [], [], False
        elif self.depth == 1 and name in _CELLS:
            self._start_cell(name, attributes)
        elif self.depth == 2 and name == _TABLE + "table-row":
            self._inner_row = []
        elif self.depth == 2 and name in _CELLS:
            self._inner_cell = []
        elif name in _PARAGRAPHS:
            if self._paragraph is None:
                label = self._lists.label()
                self._paragraph = [label + " "] if label else []
                self._paragraph_depth = 0
            else:
                self._paragraph_depth += 1  # a paragraph inside a frame inside a paragraph
        elif self._paragraph is not None:
            if name == _TEXT + "s":
                spaces = count(attributes.get(_TEXT + "c"))
                if spaces > current().spaces:
                    what = "content.xml: a run of spaces"
                    self.problem = current().beyond("spaces", what, spaces)
                    raise RefusedError
                self._paragraph.append(" " * spaces)
            elif name == _TEXT + "tab":
                self._paragraph.append("\t")
            elif name == _TEXT + "line-break":
                self._paragraph.append("\n")

    def _start_cell(self, name: str, attributes: dict[str, str]) -> None:
        row = len(self._rows)
        column = len(self._row)
        repeat = min(count(attributes.get(_TABLE + "number-columns-repeated")), _MAX_SPAN)
        self._cell_repeat = repeat
        self._cell_start = column
        if column + repeat > current().columns:  # a cell repeated counts as many
            where = f"table {self.tables + 1}, row {row + 1}: cells in a row"
            self.problem = current().beyond("columns", where, column + repeat)
            raise RefusedError
        if name == _TABLE + "covered-table-cell":
            self._cell = None
            self._cell_across = 1
            self._count(repeat)
            return
        across = min(count(attributes.get(_TABLE + "number-columns-spanned")), _MAX_SPAN)
        down = min(count(attributes.get(_TABLE + "number-rows-spanned")), _MAX_SPAN)
        self._cell_across = across
        self._left_start = column
        self._count(across * down * repeat)
        for below in range(1, down):
            for c in range(column, column + across):
                self._down[(row + below, c)] = True
        if across > 1 or down > 1:
            self._merged = True
        self._cell = []

    def _count(self, cells: int) -> None:
        """Count a cell's places against the limit of the tables' cells."""
        self.cells += cells
        if self.cells > current().cells:
            self.problem = current().beyond("cells", "the tables' cells", self.cells)
            raise RefusedError

    def text(self, data: str) -> None:
        if self._paragraph is not None and not self._ignore:
            self._paragraph.append(data)

    def end(self, name: str) -> None:
        if self._ignore:
            self._ignore -= 1
        elif name.startswith(_TEXT + "list"):
            self._styles.end(name)
            self._lists.end(name)
        elif name in _PARAGRAPHS and self._paragraph is not None:
            if self._paragraph_depth:
                self._paragraph_depth -= 1
                return
            text = "".join(self._paragraph)
            self._paragraph = None
            if self._inner_cell is not None:
                self._inner_cell.append(text)
            elif self._cell is not None and self.depth >= 1:
                self._cell.append(text)
            elif self.depth == 0 and self.lines is not None and not text.strip():
                self.lines.append(text)
            elif self.depth == 0 and text.strip():
                if self.lines is not None:
                    self.lines.append(text)
                self.paragraphs += 1
                where = f"paragraph {self.paragraphs}"
                if self.tables:
                    where += f" after table {self.tables}"
                self.blocks.append(Paragraph(text, where))
        elif self.depth == 1 and name in _CELLS:
            self._end_cell(name)
        elif self.depth == 2 and name in _CELLS and self._inner_cell is not None:
            if self._inner_row is not None:  # its paragraphs on one line
                self._inner_row.append(" ".join(self._inner_cell))
            self._inner_cell = None
        elif self.depth == 2 and name == _TABLE + "table-row" and self._inner_row is not None:
            # a table inside a cell: a line per row, its cells apart by «|»
            if self._cell is not None:
                self._cell.append(nested_row(self._inner_row))
            self._inner_row = None
        elif self.depth == 1 and name == _TABLE + "table-row":
            if self._merged:
                self._spans[len(self._rows)] = tuple(self._row_spans)
            self._rows.append(tuple(self._row))
        elif name == _TABLE + "table":
            self.depth -= 1
            if self.depth == 0:
                self.tables += 1
                if self.tables > current().tables:
                    self.problem = current().beyond("tables", "the tables", self.tables)
                    raise RefusedError
                self.paragraphs = 0
                table = f"table {self.tables}"
                self.blocks.append(
                    Grid(rows=self._rows, name=table, spans=self._spans, place=table_places(table))
                )

    def _end_cell(self, name: str) -> None:
        row = len(self._rows)
        if name == _TABLE + "covered-table-cell":
            for _ in range(self._cell_repeat):
                column = len(self._row)
                down = self._down.get((row, column), False)
                self._row.append("")
                self._row_spans.append(-1 if down else self._left_start)
                self._merged = True
            return
        text = "\n".join(self._cell or [])
        self._row.append(text)
        self._row_spans.append(self._cell_start)
        for _ in range(self._cell_repeat - 1):
            self._row.append(text)
            self._row_spans.append(len(self._row) - 1)
        self._cell = None


class OdtImporter(TableImporter):
    """ODT: report tables from LibreOffice Writer."""

    name = "odt"
    extensions = (".odt",)
    media_type = MEDIA_TYPE

    def sniff(self, head: bytes) -> bool:
        """A ZIP archive whose first entry names the text document media type."""
        return head.startswith(b"PK\x03\x04") and MEDIA_TYPE.encode() + b"PK" in head[:200]

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The document's paragraphs and tables, from a seekable binary stream."""
        check_document(stream, source)
        with unreadable_as_document_error(source, "odt"), zipfile.ZipFile(stream) as archive:
            return read_pasted_dump(read_odt(archive, source))
