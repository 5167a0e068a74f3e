r"""The text dump of a Word report table, as the reference report comes.

In such a dump each cell starts with a tab at the start of a line; a cell may
go on over following lines without a tab («протягом\nроку»); rows are
separated by blank lines, but an empty paragraph inside a cell shows as a
blank line too, so rows are told apart by their cells, not by blank lines:
after the header, a row is a section heading («1. Створення …») or a measure
number followed by one cell per remaining column. Lines before the first cell
are the title. Word artefacts such as ``[bookmark: _GoBack]`` are dropped.
"""

from __future__ import annotations

import re
from typing import IO

import attrs

from civplan._errors import DocumentError
from civplan.importers.captions import column_of
from civplan.importers.tables import Row, plan_from_rows
from civplan.model.plan import Plan

_ARTEFACT = re.compile(r"\[bookmark: [^\]]*\]")
_MEASURE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")


@attrs.define
class _Cell:
    lines: list[str]
    line: int  # 1-based line of the cell's start
    loose: bool = False  # text without a tab after a blank line: in a cell, or below the table

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def read_text_dump(text: str, *, source: str = "<text>") -> Plan:
    """Read a plan from the text dump of a Word report table.

    Raises:
        DocumentError: the text holds no recognisable report table; the
            problems name their lines.
    """
    title_lines, cells = _cells(text)
    if not cells:
        raise DocumentError(source, ["no table cells: no line starts with a tab"])
    width = _header_width(cells)
    if width == 0:
        raise DocumentError(source, ["line 1: no header row («№ з/п», «Найменування заходу» …)"])
    rows = [_row(cells[:width])]
    rows.extend(_rows(cells[width:], width))
    return plan_from_rows(rows, source=source, title_lines=title_lines)


def _cells(text: str) -> tuple[list[str], list[_Cell]]:
    title: list[str] = []
    cells: list[_Cell] = []
    blank = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _ARTEFACT.sub("", raw)
        if line.startswith("\t"):
            for part in line.split("\t")[1:]:
                cells.append(_Cell(lines=[part], line=number))
        elif not line.strip():
            blank = True
            continue
        elif not cells:
            title.append(line.strip())
        elif blank:
            cells.append(_Cell(lines=[line], line=number, loose=True))
        else:
            cells[-1].lines.append(line)
        blank = False
    return title, cells


def _header_width(cells: list[_Cell]) -> int:
    width = 0
    while width < len(cells) and column_of(cells[width].text) is not None:
        width += 1
    return width


def _rows(cells: list[_Cell], width: int) -> list[Row]:
    rows: list[Row] = []
    at = 0
    while at < len(cells):
        first = cells[at]
        if _is_number(first):
            row = [first]
            at += 1
            # a missing cell must not swallow the next measure's number
            while at < len(cells) and not _is_number(cells[at]):
                if cells[at].loose:  # a later paragraph of the cell before
                    if len(row) == width:
                        break  # the row is complete: the text is below the table
                    row[-1].lines.append(cells[at].text)
                elif len(row) < width:
                    row.append(cells[at])
                else:
                    break
                at += 1
            rows.append(_row(row))
        else:
            rows.append(_row([first]))
            at += 1
    return rows


def _row(cells: list[_Cell]) -> Row:
    return Row(
        cells=tuple(c.text for c in cells),
        where=f"row at line {cells[0].line}",
        names=tuple(f"cell at line {c.line}" for c in cells),
    )


def _is_number(cell: _Cell) -> bool:
    return bool(_MEASURE_NUMBER.fullmatch(cell.text))


class TextDumpImporter:
    """The text dump of a Word report table: cells at tabs, rows by their numbers."""

    name = "textdump"
    extensions = (".txt",)
    media_type = "text/plain"

    def sniff(self, head: bytes) -> bool:
        """Lines starting with a tab, and a report table's number column."""
        return b"\n\t" in head and "№".encode() in head

    def load(self, stream: IO[bytes], source: str) -> Plan:
        """Read the plan from a binary stream of UTF-8 text."""
        data = stream.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise DocumentError(source, [f"not UTF-8 text (byte {error.start})"]) from None
        return read_text_dump(text, source=source)
