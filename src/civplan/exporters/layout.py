"""The report as a civil servant files it, independent of any file format.

:func:`report_table` turns a plan into title lines, a header row and a
stream of rows — section rows spanning the table, measure rows with one cell
per column — in Ukrainian or English. Every built-in exporter draws this
table; a plugin can draw it too, so that all formats agree.
"""

from __future__ import annotations

import enum
import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from operator import attrgetter
from typing import NamedTuple

import attrs

from civplan._errors import CivplanWarning
from civplan._text import ILLEGAL, has_illegal
from civplan.model.assess import assess
from civplan.model.language import LANGS, Lang
from civplan.model.plan import Measure, Plan, Section
from civplan.model.status import Status
from civplan.model.summary import resolve_as_of


class ReportColumn(enum.Enum):
    """A column the report can show."""

    NUMBER = "number"
    TITLE = "title"
    DEADLINE = "deadline"
    RESPONSIBLE = "responsible"
    OUTCOME = "outcome"
    STATUS = "status"


DEFAULT_COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn.NUMBER,
    ReportColumn.TITLE,
    ReportColumn.DEADLINE,
    ReportColumn.OUTCOME,
)
"""The four columns of the reference report."""

_CAPTIONS: dict[ReportColumn, tuple[str, str]] = {
    ReportColumn.NUMBER: ("№\nз/п", "No."),
    ReportColumn.TITLE: ("Найменування заходу", "Measure"),
    ReportColumn.DEADLINE: ("Строк виконання", "Deadline"),
    ReportColumn.RESPONSIBLE: ("Відповідальні виконавці", "Responsible executors"),
    ReportColumn.OUTCOME: ("Результат виконання", "Outcome"),
    ReportColumn.STATUS: ("Стан виконання", "Status"),
}

COLUMN_WIDTHS: dict[ReportColumn, int] = {
    ReportColumn.NUMBER: 7,
    ReportColumn.TITLE: 42,
    ReportColumn.DEADLINE: 15,
    ReportColumn.RESPONSIBLE: 24,
    ReportColumn.OUTCOME: 62,
    ReportColumn.STATUS: 16,
}
"""Each column's width in characters, as the printed form balances them."""


def _columns(values: Iterable[ReportColumn | str]) -> tuple[ReportColumn, ...]:
    columns = []
    for value in values:
        try:
            columns.append(ReportColumn(value))
        except ValueError:
            names = ", ".join(c.value for c in ReportColumn)
            raise ValueError(f"unknown column {value!r}; use {names}") from None
    return tuple(columns)


def _check_columns(_instance: object, _attribute: object, value: tuple[ReportColumn, ...]) -> None:
    if len(set(value)) != len(value):
        raise ValueError("a column is listed twice")
    missing = {ReportColumn.NUMBER, ReportColumn.TITLE} - set(value)
    if missing:
        raise ValueError("a report needs the number and title columns")


def _check_lang(_instance: object, _attribute: object, value: str) -> None:
    if value not in LANGS:
        raise ValueError(f"unsupported language {value!r}: use 'uk' or 'en'")


@attrs.frozen
class ReportOptions:
    """How a report looks: its language, columns and reporting date.

    Attributes:
        lang: ``"uk"`` (the default) or ``"en"`` for every caption and label.
        columns: the columns, in order; names such as ``"status"`` are
            accepted. The number and title columns are required.
        as_of: the date statuses hold for; by default the plan's reporting
            date, else today.
        summary: whether the report ends with its summary — statuses with a
            chart, sections, overdue measures, reasons, events outside their
            term, counts — on a sheet of its own in a spreadsheet.
    """

    lang: Lang = attrs.field(default="uk", validator=_check_lang)
    columns: tuple[ReportColumn, ...] = attrs.field(
        default=DEFAULT_COLUMNS, converter=_columns, validator=_check_columns
    )
    as_of: date | None = None
    summary: bool = True


class SectionRow(NamedTuple):
    """A section heading, spanning the whole table.

    Attributes:
        text: the number and title («1. Створення сприятливих умов …»).
        section: the section it heads.
    """

    text: str
    section: Section


class MeasureRow(NamedTuple):
    """A measure, one cell per column of the report.

    Attributes:
        cells: the text of each cell, in the report's column order.
        status: the measure's status when the report shows it, else ``None``.
        measure: the measure itself.
    """

    cells: tuple[str, ...]
    status: Status | None
    measure: Measure


ReportRow = SectionRow | MeasureRow
"""A row of the report's table body."""


@attrs.frozen
class ReportTable:
    """A plan laid out as the report's table.

    Attributes:
        title_lines: the lines above the table.
        columns: the report's columns.
        header: each column's caption.
        widths: each column's width in characters.
        plan: the plan shown.
        options: the options it was laid out with.
    """

    title_lines: tuple[str, ...]
    columns: tuple[ReportColumn, ...]
    header: tuple[str, ...]
    widths: tuple[int, ...]
    plan: Plan
    options: ReportOptions

    def rows(self) -> Iterator[ReportRow]:
        """The table body, row by row, in document order (generated as read)."""
        as_of = resolve_as_of(self.plan, self.options.as_of)
        status_at = (
            self.columns.index(ReportColumn.STATUS) if ReportColumn.STATUS in self.columns else -1
        )
        getters = [_CELLS[column] for column in self.columns]
        for section in self.plan.sections:
            heading = clean_text(section_heading(section), section.number)
            yield SectionRow(text=heading, section=section)
            for measure in section.measures:
                cells = [get(measure) for get in getters]
                status = None
                if status_at >= 0:
                    status = assess(measure, as_of).status
                    cells[status_at] = status.label(self.options.lang)
                if has_illegal("".join(cells)):  # one scan for the whole row
                    cells = [clean_text(cell, measure.number) for cell in cells]
                yield MeasureRow(cells=tuple(cells), status=status, measure=measure)


def shown_columns(table: ReportTable) -> set[str]:
    """The names of the columns a report shows."""
    return {column.value for column in table.columns}


def section_heading(section: Section) -> str:
    """A section's number and title as a heading: «1. Створення …»."""
    number = section.number if section.number.endswith(".") else section.number + "."
    return f"{number} {section.title}"


def _outcome_text(measure: Measure) -> str:
    return measure.outcome.text if measure.outcome is not None else ""


_CELLS: dict[ReportColumn, Callable[[Measure], str]] = {
    ReportColumn.NUMBER: attrgetter("number"),
    ReportColumn.TITLE: attrgetter("title"),
    ReportColumn.DEADLINE: attrgetter("deadline.text"),
    ReportColumn.RESPONSIBLE: lambda measure: "\n".join(measure.responsible),
    ReportColumn.OUTCOME: _outcome_text,
    ReportColumn.STATUS: lambda _measure: "",  # filled in from the assessment
}
"""The text of each column's cell for a measure."""


def report_table(plan: Plan, options: ReportOptions | None = None) -> ReportTable:
    """Lay ``plan`` out as the report's table.

    Args:
        plan: the plan or report.
        options: language, columns and reporting date; defaults when ``None``.
    """
    options = options or ReportOptions()
    index = 1 if options.lang == "en" else 0
    return ReportTable(
        title_lines=tuple(
            clean_text(line.strip(), "title") for line in plan.title.splitlines() if line.strip()
        ),
        columns=options.columns,
        header=tuple(_CAPTIONS[c][index] for c in options.columns),
        widths=tuple(COLUMN_WIDTHS[c] for c in options.columns),
        plan=plan,
        options=options,
    )


def clean_text(text: str, where: str) -> str:
    """``text`` without characters documents cannot hold; warns when it removes any."""
    if not has_illegal(text):
        return text
    cleaned, count = ILLEGAL.subn("", text)
    warnings.warn(
        CivplanWarning(f"{where}: removed {count} control character(s) a document cannot hold"),
        stacklevel=2,
    )
    return cleaned
