"""From the rows of a report table to a :class:`~civplan.Plan`.

Every table importer (text dump, Word, spreadsheets) produces :class:`Row`
objects and hands them here, so they all recognise the same layouts: title
lines above a header row; columns found by caption, not position; section
rows spanning the table («1. Створення …», «2.Забезпечення …»); measure rows
numbered «1.1» or «1.1.»; repeated header rows and a row of column numbers
(«1 | 2 | 3 | 4») skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from civplan._errors import DocumentError, PlanValidationError
from civplan.importers.columns import Column, column_of
from civplan.model.deadline import Deadline
from civplan.model.plan import Measure, Outcome, Plan, Section, normalize_number
from civplan.model.status import Status

_MEASURE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")
_SECTION = re.compile(r"(\d+)(?:\.\s*|\s+)(\D.*)", re.DOTALL)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?(?!\d)")
_OBLAST = re.compile(r"\b(?:у|в)\s+([А-ЯІЇЄҐ][\w'’-]*?)(ській|цькій|зькій)\s+області")
_STATUS_LABELS = {
    label.casefold(): status
    for status in Status
    for label in (status.label_uk, status.label_en, status.name)
}


@attrs.frozen
class Row:
    """One row of a table as an importer found it.

    Attributes:
        cells: the text of each cell, left to right.
        where: the row's place for error messages («line 14», «table 1, row 5»).
    """

    cells: tuple[str, ...]
    where: str


def plan_from_rows(rows: Sequence[Row], *, source: str, title_lines: Sequence[str] = ()) -> Plan:
    """Build a plan from a table's rows.

    Args:
        rows: the rows, from the top of the table (rows above the header are
            taken as title lines when ``title_lines`` is empty).
        source: the document's name for error messages.
        title_lines: the title lines above the table, when found elsewhere.

    Raises:
        DocumentError: no header row, a row that breaks the model (a measure
            outside its section, a duplicate number); each problem names its row.
    """
    header_at, columns = _find_header(rows, source)
    lines = [line for line in title_lines if line.strip()] or [
        cell for row in rows[:header_at] for cell in row.cells if cell.strip()
    ]
    title = "\n".join(line.strip() for line in lines)
    if not title:
        raise DocumentError(source, ["no title lines above the table"])
    years = _YEAR.findall(title)
    if not years:
        raise DocumentError(source, [f"no year in the title {title!r}"])
    first, last = years[-1]
    year, end_year = int(first), (int(last) if last else None)

    header_cells = tuple(rows[header_at].cells)
    builder = _Builder(source, columns, year, end_year)
    for row in rows[header_at + 1 :]:
        builder.add(row, header_cells)
    if builder.problems:
        raise DocumentError(source, builder.problems)
    try:
        return Plan(
            title=title,
            year=year,
            end_year=end_year,
            territory=_territory(title),
            sections=builder.sections(),
        )
    except PlanValidationError as error:
        raise DocumentError(source, [str(error)]) from None


def _find_header(rows: Sequence[Row], source: str) -> tuple[int, dict[Column, int]]:
    for index, row in enumerate(rows[:20]):
        columns: dict[Column, int] = {}
        for position, cell in enumerate(row.cells):
            column = column_of(cell)
            if column is not None and column not in columns:
                columns[column] = position
        if Column.NUMBER in columns and Column.TITLE in columns:
            return index, columns
    raise DocumentError(
        source,
        ["no header row with «№ з/п» and «Найменування заходу» columns in the first 20 rows"],
    )


def _territory(title: str) -> str | None:
    match = _OBLAST.search(title)
    if match is None:
        return None
    stem, ending = match.groups()
    return f"{stem}{ending[:-3]}ка область"


class _Builder:
    def __init__(
        self, source: str, columns: dict[Column, int], year: int, end_year: int | None
    ) -> None:
        self.source = source
        self.columns = columns
        self.year = year
        self.end_year = end_year
        self.problems: list[str] = []
        self._sections: list[tuple[str, str, list[Measure]]] = []
        self._seen: dict[str, str] = {}

    def cell(self, row: Row, column: Column) -> str:
        position = self.columns.get(column)
        if position is None or position >= len(row.cells):
            return ""
        return row.cells[position].strip()

    def add(self, row: Row, header: tuple[str, ...]) -> None:
        filled = [cell.strip() for cell in row.cells if cell.strip()]
        if not filled or row.cells == header or _is_column_numbering(filled):
            return
        number = self.cell(row, Column.NUMBER)
        if _MEASURE_NUMBER.fullmatch(number):
            self._add_measure(row, number)
            return
        if len(set(filled)) == 1 and (section := _SECTION.fullmatch(filled[0])):
            self._sections.append((section.group(1), section.group(2).strip(), []))
            return
        self.problems.append(f"{row.where}: cannot place the row {filled[0][:60]!r}")

    def _add_measure(self, row: Row, number: str) -> None:
        if not self._sections:
            self.problems.append(f"{row.where}: measure {number} comes before any section")
            return
        section_number, _title, measures = self._sections[-1]
        key = normalize_number(number)
        if key.split(".")[0] != normalize_number(section_number):
            self.problems.append(
                f"{row.where}: measure {number} does not belong to section {section_number}"
            )
            return
        if key in self._seen:
            self.problems.append(
                f"{row.where}: duplicate measure number {number} (also {self._seen[key]})"
            )
            return
        self._seen[key] = row.where
        title = self.cell(row, Column.TITLE)
        if not title:
            self.problems.append(f"{row.where}: measure {number} has no title")
            return
        responsible = self.cell(row, Column.RESPONSIBLE)
        expected = self.cell(row, Column.EXPECTED_RESULT)
        measures.append(
            Measure(
                number=number,
                title=title,
                deadline=Deadline.parse(
                    self.cell(row, Column.DEADLINE), year=self.year, end_year=self.end_year
                ),
                responsible=[line.strip() for line in responsible.splitlines() if line.strip()],
                expected_result=expected or None,
                outcome=self._outcome(row),
            )
        )

    def _outcome(self, row: Row) -> Outcome | None:
        text = self.cell(row, Column.OUTCOME)
        stated = self.cell(row, Column.STATUS)
        status = _STATUS_LABELS.get(stated.casefold()) if stated else None
        if stated and status is None:
            text = f"{text}\n{stated}".strip() if text else stated
        if not text and status is None:
            return None
        return Outcome(text=text, status=status)

    def sections(self) -> list[Section]:
        return [
            Section(number=number, title=title, measures=measures)
            for number, title, measures in self._sections
        ]


def _is_column_numbering(cells: list[str]) -> bool:
    return len(cells) > 1 and cells == [str(n) for n in range(1, len(cells) + 1)]
