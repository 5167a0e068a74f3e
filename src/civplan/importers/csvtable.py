"""CSV: a report table saved from a spreadsheet as comma-separated values.

Excel and LibreOffice save a sheet as text a row per line, its cells between
semicolons (as Ukrainian settings have them) or commas, a cell with line
breaks or the separator quoted; open data portals publish reports so. The
separator is the one that parts the lines into the same number of cells; the
encoding is UTF-8 (with or without its byte-order mark) or, failing that,
``windows-1251``, which Excel uses for a Ukrainian sheet. The sheet is one
table — the title lines above its header included, as in a spreadsheet —
read by the shared table understanding (:mod:`civplan.importers.understanding`);
a CSV keeps no merges, so a cell merged across or down is its first place
alone, as in a text dump.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from typing import IO

from civplan._errors import DocumentError
from civplan._limits import current
from civplan._text import decoded, text_of
from civplan.importers.document import Document, Grid
from civplan.importers.understanding import TableImporter

MAX_BYTES = 16 * 2**20
"""The largest file read (16 MB): a report's sheet is a few megabytes at most."""
SEPARATORS = (";", ",", "\t")
"""The separators tried, in order: Excel's in Ukraine, the standard one, a tab."""
_SNIFFED_LINES = 40


def separator(lines: Iterable[str], *, least: int = 2) -> str | None:
    """The separator that parts most lines into the same number of cells, ``least`` or more.

    Excel pads every row to the sheet's width, so most lines hold as many
    separators; prose holds commas in no such order. Of several, the one that
    parts them into the most cells («1,Захід,Відділ освіти; відділ культури»
    is a row of three at commas). ``None`` for no table.
    """
    sample = [line for line in lines if line.strip()]
    if len(sample) < 2:
        return None
    best, widest = None, least - 1
    for candidate in SEPARATORS:  # the one that parts them into the most cells
        widths = _widths(sample, candidate)
        if not widths:
            continue
        width, rows = widths.most_common(1)[0]
        if width > widest and rows >= 2 and rows * 2 >= widths.total():
            best, widest = candidate, width
    return best


def _widths(lines: list[str], delimiter: str) -> Counter[int]:
    """How many rows of each width the lines hold at ``delimiter``.

    A quoted cell may span lines. The count stops at a cell csv cannot read,
    which reading the file then tells of.
    """
    widths: Counter[int] = Counter()
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    try:
        for row in reader:
            widths[len(row)] += 1
    except csv.Error:
        pass
    return widths


def read_csv(data: bytes, source: str) -> Document:
    """The sheet a CSV file holds, as one table.

    Raises:
        DocumentError: no table of cells, a row wider than the limits allow,
            or more cells than they allow.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(source, [f"larger than {MAX_BYTES // 2**20} MB: not a report's sheet"])
    text = text_of(data)
    del data
    delimiter = separator(text[: 2**20].splitlines()[:_SNIFFED_LINES])  # of its first lines
    if delimiter is None:
        raise DocumentError(source, ["no table: its lines hold no cells apart by «;» or «,»"])
    limits = current()
    # at most a cell a separator and a line: a sheet beyond the limit is refused unread
    most = text.count(delimiter) + text.count("\n") + 1
    if most > limits.cells:
        raise DocumentError(source, [limits.beyond("cells", "cells in the sheet", most)])
    rows: list[tuple[str, ...]] = []
    where: list[int] = []
    cells = 0
    seen: dict[str, str] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    start = 1  # the line the next row begins on: a quoted cell may hold line breaks
    try:
        for row in reader:
            first, start = start, reader.line_num + 1
            if len(row) > limits.columns:
                what = f"line {first}: cells in one row"
                raise DocumentError(source, [limits.beyond("columns", what, len(row))])
            # a text met before is kept once: short cells repeat, and each costs some 80 bytes
            texts = tuple(
                seen.setdefault(cell, cell)
                for cell in (c.replace("\r\n", "\n").replace("\r", "\n").strip() for c in row)
            )
            if not any(texts):
                continue
            cells += len(texts)
            if cells > limits.cells:
                raise DocumentError(source, [limits.beyond("cells", "cells in the sheet", cells)])
            rows.append(texts)
            where.append(first)
    except csv.Error as error:  # a quoted cell never closed, larger than csv reads
        raise DocumentError(source, [f"line {reader.line_num}: {error}"]) from None
    width = max((_used(row) for row in rows), default=0)  # Excel pads rows with separators
    grid = Grid(
        rows=[row[:width] + ("",) * (width - len(row)) for row in rows],
        name="the table",
        place=lambda r, c: f"line {where[r]}, cell {c + 1}",
        row_where=lambda r: f"line {where[r]}",
    )
    return Document(source=source, blocks=[grid], kind="a table of comma-separated values")


def _used(row: tuple[str, ...]) -> int:
    """How many of a row's cells reach its last filled one."""
    for at in range(len(row), 0, -1):
        if row[at - 1]:
            return at
    return 0


class CsvImporter(TableImporter):
    """CSV: a report table saved from a spreadsheet, cells apart by «;» or «,»."""

    name = "csv"
    extensions = (".csv",)
    media_type = "text/csv"

    def sniff(self, head: bytes) -> bool:
        """Text whose first lines part alike into three or more cells at «;» or «,»."""
        if b"\x00" in head or head.lstrip()[:1] in (b"<", b"{", b"[", b"%", b"\t", b"|"):
            return False
        lines = decoded(head).splitlines()[:-1]  # the head may end inside a line
        return separator(lines[:_SNIFFED_LINES], least=3) in (";", ",")

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The sheet's table, from a binary stream."""
        return read_csv(stream.read(MAX_BYTES + 1), source)
