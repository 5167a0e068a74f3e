"""From the rows of a report table to a :class:`~civplan.Plan`.

Every table importer (text dump, Word, spreadsheets) produces :class:`Row`
objects and hands them here, so all of them read the same layouts: title
lines above a header row; columns found by caption, in any usual spelling,
not by position; section rows spanning the table («1. Створення …»,
«2.Забезпечення …»), merged or not; measure rows numbered «1.1» or «1.1.»;
repeated header rows and a row of column numbers («1 | 2 | 3 | 4») skipped.

Nothing is dropped: a column civplan does not know becomes a note on each
measure («Примітка: …»), a row it cannot place a note on the plan with its
place, and each is announced by a :class:`~civplan.CivplanWarning`. A row
without a number right after a measure continues that measure's cells (as
civplan's XLSX writes a text too long for one cell).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

import attrs

from civplan._errors import CivplanWarning, DocumentError, PlanValidationError
from civplan.importers.captions import column_of
from civplan.model.deadline import Deadline
from civplan.model.plan import Measure, Outcome, Plan, Section
from civplan.model.status import Status
from civplan.report.columns import ReportColumn
from civplan.report.form import CELL_LIMIT

_MEASURE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")
_SECTION_NUMBER = re.compile(r"\d+\.?")
# «1. Створення», «2.Забезпечення», «3 Стимулювання», «4. 2020 рік …»; not «1 38»
_SECTION = re.compile(r"(\d+)(?:\.\s+|\.(?=\D)|\s+(?=\D))(\S.*)", re.DOTALL)
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
        where: the row's place, for messages («sheet «Звіт», row 14»).
        names: each cell's own place within the row («cell at line 16»), when
            the format names cells so; otherwise cells are counted from 1.
        spreadsheet_row: the row's number in a spreadsheet, whose cells are
            then named as spreadsheets name them («cell B14»).
    """

    cells: tuple[str, ...]
    where: str
    names: tuple[str, ...] = ()
    spreadsheet_row: int | None = None

    def place(self, position: int) -> str:
        """Where the cell at ``position`` is, for messages («sheet «Звіт», row 14, cell B14»)."""
        if self.spreadsheet_row is not None:
            return f"{self.where}, cell {column_name(position)}{self.spreadsheet_row}"
        if position < len(self.names):
            return f"{self.where}, {self.names[position]}"
        return f"{self.where}, cell {position + 1}"


def column_name(index: int) -> str:
    """A spreadsheet column's letters: 0 → «A», 26 → «AA»."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[rest] + name
    return name


def plan_from_rows(
    rows: Sequence[Row],
    *,
    source: str,
    title_lines: Sequence[str] = (),
    year: int | None = None,
    end_year: int | None = None,
) -> Plan:
    """Build a plan from a table's rows.

    Args:
        rows: the rows from the top; rows above the header are the title
            lines when ``title_lines`` is empty.
        source: the document's name, for messages.
        title_lines: the title lines, when the document has them outside the table.
        year: the plan's year when the title does not name one.
        end_year: the last year of a multi-year plan, when known otherwise.

    Raises:
        DocumentError: no header row, no year, or rows that break the model (a
            measure outside its section, a duplicate number, a measure without
            a title); each problem names its row and cell.
    """
    header_at, columns, extra = _find_header(rows, source)
    lines = [line.strip() for line in title_lines if line.strip()] or _title_rows(rows[:header_at])
    title = "\n".join(lines)
    if not title:
        raise DocumentError(source, ["no title lines above the table"])
    years = _YEAR.findall(title)
    if year is None:
        if not years:
            raise DocumentError(source, [f"no year in the title {title!r}"])
        first, last = years[-1]
        year, end_year = int(first), (int(last) if last else end_year)

    builder = _Builder(columns, extra, tuple(rows[header_at].cells), year, end_year)
    for row in rows[header_at + 1 :]:
        builder.add(row)
    sections = builder.sections()
    if builder.problems:
        raise DocumentError(source, builder.problems)
    if builder.plan_notes:
        listing = "; ".join(builder.plan_notes)
        warnings.warn(
            CivplanWarning(f"{source}: kept as notes on the plan, could not place: {listing}"),
            stacklevel=2,
        )
    if builder.unknown_columns:
        names = ", ".join(f"«{c}»" for c in builder.unknown_columns)
        warnings.warn(
            CivplanWarning(f"{source}: columns {names} kept as notes on each measure"), stacklevel=2
        )
    try:
        return Plan(
            title=title,
            year=year,
            end_year=end_year,
            territory=_territory(title),
            notes=builder.plan_notes,
            sections=sections,
        )
    except PlanValidationError as error:
        raise DocumentError(source, [str(error)]) from None


def _find_header(
    rows: Sequence[Row], source: str
) -> tuple[int, dict[ReportColumn, int], dict[int, str]]:
    for index, row in enumerate(rows[:20]):
        columns: dict[ReportColumn, int] = {}
        extra: dict[int, str] = {}
        for position, cell in enumerate(row.cells):
            column = column_of(cell)
            if column is not None and column not in columns:
                columns[column] = position
            elif cell.strip():
                extra[position] = " ".join(cell.split())
        if ReportColumn.NUMBER in columns and ReportColumn.TITLE in columns:
            return index, columns, extra
    raise DocumentError(
        source,
        ["no header row with «№ з/п» and «Найменування заходу» columns in the first 20 rows"],
    )


def _title_rows(rows: Sequence[Row]) -> list[str]:
    lines = []
    for row in rows:
        for cell in dict.fromkeys(c.strip() for c in row.cells):  # a merged cell repeats its text
            if cell:
                lines.append(cell)
    return lines


def _territory(title: str) -> str | None:
    match = _OBLAST.search(title)
    if match is None:
        return None
    stem, ending = match.groups()
    return f"{stem}{ending[:-3]}ка область"


@attrs.define
class _Draft:
    """A measure as its cells are read, before continuation rows are joined."""

    number: str
    cells: list[str]
    notes: list[str]
    row: Row


class _Builder:
    def __init__(
        self,
        columns: dict[ReportColumn, int],
        extra: dict[int, str],
        header: tuple[str, ...],
        year: int,
        end_year: int | None,
    ) -> None:
        # positions by column name: a str key is hashed faster than an Enum member
        self.at = {column.value: position for column, position in columns.items()}
        self.extra = extra
        self.header = tuple(c.strip() for c in header)
        self.width = max([*self.at.values(), *extra, len(header) - 1]) + 1
        self.year = year
        self.end_year = end_year
        self.problems: list[str] = []
        self.plan_notes: list[str] = []
        self.unknown_columns: list[str] = []
        self._sections: list[tuple[str, str, list[_Draft]]] = []
        self._seen: dict[str, str] = {}
        self._last: _Draft | None = None

    def _cells(self, row: Row) -> list[str]:
        cells = list(row.cells)
        if len(cells) < self.width:
            cells.extend([""] * (self.width - len(cells)))
        return cells

    def add(self, row: Row) -> None:
        number_at = self.at["number"]
        number = row.cells[number_at].strip() if number_at < len(row.cells) else ""
        if _MEASURE_NUMBER.fullmatch(number):  # most rows: decided at once
            self._add_measure(row, number)
            return
        filled = [cell.strip() for cell in row.cells if cell and not cell.isspace()]
        if not filled or tuple(c.strip() for c in row.cells) == self.header:
            return
        if _is_column_numbering(filled):
            return
        distinct = list(dict.fromkeys(filled))
        if len(distinct) == 1 and (section := _SECTION.fullmatch(distinct[0])):
            self._sections.append((section.group(1), section.group(2).strip(), []))
            self._last = None
            return
        if _SECTION_NUMBER.fullmatch(number) and len(distinct) == 2 and distinct[0] == number:
            # the number in its column, the title beside it: a section row not merged
            self._sections.append((number.rstrip("."), distinct[1], []))
            self._last = None
            return
        if not number and self._last is not None:
            self._continue(self._last, row)
            return
        self.plan_notes.append(f"{row.where}: {' | '.join(distinct)}")

    def _add_measure(self, row: Row, number: str) -> None:
        number_at = self.at["number"]
        if not self._sections:
            self.problems.append(
                f"{row.place(number_at)}: measure {number} comes before any section"
            )
            return
        section_number = self._sections[-1][0]
        key = number.rstrip(".")
        if key.split(".", 1)[0] != section_number.rstrip("."):
            where = row.place(number_at)
            self.problems.append(
                f"{where}: measure {number} does not belong to section {section_number}"
            )
            return
        if key in self._seen:
            self.problems.append(
                f"{row.place(number_at)}: duplicate measure number {number} "
                f"(also {self._seen[key]})"
            )
            return
        self._seen[key] = row.where
        cells = self._cells(row)
        notes = []
        for position, caption in self.extra.items():
            if value := cells[position].strip():
                notes.append(f"{caption}: {value}")
                if caption not in self.unknown_columns:
                    self.unknown_columns.append(caption)
        draft = _Draft(number=number, cells=cells, notes=notes, row=row)
        self._sections[-1][2].append(draft)
        self._last = draft

    def _continue(self, draft: _Draft, row: Row) -> None:
        cells = self._cells(row)
        for name, position in self.at.items():
            more = cells[position]
            if name == "number" or not more:
                continue
            before = draft.cells[position]
            joint = "" if len(before) == CELL_LIMIT or not before else "\n"
            draft.cells[position] = before + joint + more

    def sections(self) -> list[Section]:
        built = []
        for number, title, drafts in self._sections:
            measures = []
            for draft in drafts:
                measure = self._measure(draft)
                if measure is not None:
                    measures.append(measure)
            built.append(Section(number=number, title=title, measures=measures))
        return built

    def _text(self, draft: _Draft, name: str) -> str:
        position = self.at.get(name)
        return draft.cells[position].strip() if position is not None else ""

    def _measure(self, draft: _Draft) -> Measure | None:
        cells, at = draft.cells, self.at
        title = cells[at["title"]].strip()
        if not title:
            self.problems.append(
                f"{draft.row.place(at['title'])}: measure {draft.number} has no title"
            )
            return None
        deadline = cells[at["deadline"]].strip() if "deadline" in at else ""
        responsible = cells[at["responsible"]] if "responsible" in at else ""
        outcome = self._outcome(draft)  # may add a note
        return Measure(
            number=draft.number,
            title=title,
            deadline=Deadline.parse(deadline, year=self.year, end_year=self.end_year),
            responsible=[line.strip() for line in responsible.splitlines() if line.strip()],
            expected_result=self._text(draft, "expected_result") or None,
            outcome=outcome,
            notes=draft.notes,
        )

    def _outcome(self, draft: _Draft) -> Outcome | None:
        text = self._text(draft, "outcome")
        stated = self._text(draft, "status")
        if not stated:
            return Outcome(text=text) if text else None
        status = _STATUS_LABELS.get(stated.casefold())
        if status is None:
            if "outcome" in self.at:
                caption = self.header[self.at["status"]]
                draft.notes.append(f"{' '.join(caption.split())}: {stated}")
            else:  # the only narrative column
                text = stated
        if not text and status is None:
            return None
        return Outcome(text=text, status=status)


def _is_column_numbering(cells: list[str]) -> bool:
    return len(cells) > 1 and cells == [str(n) for n in range(1, len(cells) + 1)]
