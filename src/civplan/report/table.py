"""The report as a civil servant files it, independent of any file format.

:func:`report_table` turns a plan into title lines, a header row and a
stream of rows — section rows spanning the table, measure rows with one cell
per column — in Ukrainian or English. Every built-in exporter draws this
table; a plugin can draw it too, so that all formats agree.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from datetime import date
from operator import attrgetter
from typing import NamedTuple

import attrs

from civplan._errors import CivplanWarning
from civplan._text import ILLEGAL, has_illegal
from civplan._vocabulary import say
from civplan.model.assess import Assessment, assess
from civplan.model.plan import Funding, Measure, Plan, Section
from civplan.model.status import Status
from civplan.model.summary import Summary, period_end, resolve_as_of, summary_of
from civplan.report.columns import COLUMN_WIDTHS, WIDEST_NUMBER, ReportColumn
from civplan.report.options import ReportOptions


class SectionRow(NamedTuple):
    """A heading row, spanning the whole table: a section at its depth.

    Attributes:
        text: the number and title («1. Створення сприятливих умов …»).
        section: the section it heads.
        level: the section's depth: 1 for a top-level section, 2 for one inside it …
    """

    text: str
    section: Section
    level: int = 1


class MeasureRow(NamedTuple):
    """A measure, one cell per column of the report.

    Attributes:
        cells: the text of each cell, in the report's column order.
        status: the measure's status when the report shows it, else ``None``.
        measure: the measure itself.
        review: whether the status cell marks the status for a person to check.
    """

    cells: tuple[str, ...]
    status: Status | None
    measure: Measure
    review: bool = False


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
        as_of: the date its statuses are as of: the options', else the plan's, else
            today (found once, when the table is laid out).
    """

    title_lines: tuple[str, ...]
    columns: tuple[ReportColumn, ...]
    header: tuple[str, ...]
    widths: tuple[int, ...]
    plan: Plan
    options: ReportOptions
    _assessed: dict[int, Assessment] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    as_of: date = attrs.field(init=False, eq=False)
    _period_end: date = attrs.field(init=False, eq=False, repr=False)

    @as_of.default
    def _resolve_as_of(self) -> date:
        # one date for the whole table, even when it is today's and midnight passes
        return resolve_as_of(self.plan, self.options.as_of)

    @_period_end.default
    def _find_period_end(self) -> date:
        return period_end(self.plan)

    def assessment(self, measure: Measure) -> Assessment:
        """The assessment of one of the plan's measures, made once per table and reused.

        Rows, their colours and the summary all read it, so they agree.
        """
        found = self._assessed.get(id(measure))
        if found is None:
            found = assess(
                measure,
                self.as_of,
                year=self.plan.year,
                period_end=self._period_end,
                plan=self.plan,
            )
            self._assessed[id(measure)] = found
        return found

    def summary(self) -> Summary:
        """The plan's summary, from the same assessments as the rows."""
        return summary_of(self.plan, self.as_of, self.assessment)

    @property
    def status_column(self) -> int | None:
        """The position of the status column, or ``None`` when the report shows no status."""
        if ReportColumn.STATUS in self.columns:
            return self.columns.index(ReportColumn.STATUS)
        return None

    def rows(self) -> Iterator[ReportRow]:
        """The table body, row by row, in document order (generated as read).

        Each section gives a heading row at its depth, then its measures, then
        its deeper sections; measures before the first heading have none.
        """
        status_at = self.status_column
        lang = self.options.lang
        mark = f" ({say('report.review', lang)})"
        getters = [_CELLS[column] for column in self.columns]
        for section, level in self.plan.walk():
            if section.title is not None:
                heading = clean_text(section.heading, section.number or "a heading")
                yield SectionRow(text=heading, section=section, level=level)
            for measure in section.measures:
                cells = [get(measure) for get in getters]
                status = None
                review = False
                if status_at is not None:
                    assessment = self.assessment(measure)
                    status, review = assessment.status, assessment.review
                    cells[status_at] = status.label(lang) + mark if review else status.label(lang)
                if has_illegal("".join(cells)):  # one scan for the whole row
                    cells = [clean_text(cell, measure.number) for cell in cells]
                yield MeasureRow(cells=tuple(cells), status=status, measure=measure, review=review)


def _number_width(plan: Plan) -> int:
    """The number column's width: the printed form's, or the plan's longest number's.

    Deep numbers («1.2.3.1.10») would wrap inside a narrow column, a digit a line.
    """
    longest = max((len(measure.number) for measure in plan.measures()), default=0)
    return max(COLUMN_WIDTHS[ReportColumn.NUMBER], min(longest + 1, WIDEST_NUMBER))


def _outcome_text(measure: Measure) -> str:
    return measure.outcome.text if measure.outcome is not None else ""


_CELLS: dict[ReportColumn, Callable[[Measure], str]] = {
    ReportColumn.NUMBER: attrgetter("number"),
    ReportColumn.TITLE: attrgetter("title"),
    ReportColumn.DEADLINE: attrgetter("deadline.text"),
    ReportColumn.RESPONSIBLE: lambda measure: "\n".join(measure.responsible),
    ReportColumn.OUTCOME: _outcome_text,
    ReportColumn.STATUS: lambda _measure: "",  # filled in from the assessment
    ReportColumn.EXPECTED_RESULT: lambda measure: measure.expected_result or "",
    ReportColumn.INDICATOR: lambda measure: measure.performance_indicator or "",
    ReportColumn.FUNDING: lambda measure: "\n".join(map(funding_text, measure.funding)),
    ReportColumn.NOTES: lambda measure: "\n".join(measure.notes),
}
"""The text of each column's cell for a measure."""


def funding_text(funding: Funding) -> str:
    """One funding as a cell shows it: «1250.5 — місцевий бюджет, 2025»."""
    amount = str(funding.amount) if funding.amount is not None else (funding.text or "—")
    where = ", ".join(p for p in (funding.source, str(funding.year or "")) if p)
    if funding.amount is not None and funding.text:
        amount = f"{amount} ({funding.text})"
    return f"{amount} — {where}" if where else amount


def report_table(plan: Plan, options: ReportOptions | None = None) -> ReportTable:
    """Lay ``plan`` out as the report's table.

    Args:
        plan: the plan or report.
        options: language, columns and reporting date; defaults when ``None``.
    """
    options = options or ReportOptions()
    return ReportTable(
        title_lines=tuple(
            clean_text(line.strip(), "title") for line in plan.title.splitlines() if line.strip()
        ),
        columns=options.columns,
        header=tuple(c.caption(options.lang) for c in options.columns),
        widths=tuple(
            _number_width(plan) if c is ReportColumn.NUMBER else COLUMN_WIDTHS[c]
            for c in options.columns
        ),
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
