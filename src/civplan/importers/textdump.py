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

import attrs

from civplan._errors import DocumentError
from civplan.importers.columns import column_of
from civplan.importers.tables import Row, plan_from_rows
from civplan.model.plan import Plan

_ARTEFACT = re.compile(r"\[bookmark: [^\]]*\]")
_MEASURE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")


@attrs.define
class _Cell:
    lines: list[str]
    line: int  # 1-based line of the cell's start

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
    rows = [Row(cells=tuple(c.text for c in cells[:width]), where=f"line {cells[0].line}")]
    rows.extend(_rows(cells[width:], width))
    return plan_from_rows(rows, source=source, title_lines=title_lines)


def _cells(text: str) -> tuple[list[str], list[_Cell]]:
    title: list[str] = []
    cells: list[_Cell] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _ARTEFACT.sub("", raw)
        if line.startswith("\t"):
            for part in line.split("\t")[1:]:
                cells.append(_Cell(lines=[part], line=number))
        elif not line.strip():
            continue
        elif not cells:
            title.append(line.strip())
        else:
            cells[-1].lines.append(line)
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
            while len(row) < width and at < len(cells) and not _is_number(cells[at]):
                row.append(cells[at])
                at += 1
            rows.append(Row(cells=tuple(c.text for c in row), where=f"line {first.line}"))
        else:
            rows.append(Row(cells=(first.text,), where=f"line {first.line}"))
            at += 1
    return rows


def _is_number(cell: _Cell) -> bool:
    return bool(_MEASURE_NUMBER.fullmatch(cell.text))
