"""The report's columns: one enum for the writers, the readers and the carried plan."""

from __future__ import annotations

import enum

from civplan._vocabulary import Lang, say


class ReportColumn(enum.Enum):
    """A column of a report table: one a report can show, and an importer can read."""

    NUMBER = "number"
    TITLE = "title"
    DEADLINE = "deadline"
    RESPONSIBLE = "responsible"
    OUTCOME = "outcome"
    STATUS = "status"
    EXPECTED_RESULT = "expected_result"
    INDICATOR = "indicator"
    FUNDING = "funding"
    NOTES = "notes"

    def caption(self, lang: Lang = "uk") -> str:
        """The caption a report writes above the column."""
        return say(f"column.{self.value}", lang)


DEFAULT_COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn.NUMBER,
    ReportColumn.TITLE,
    ReportColumn.DEADLINE,
    ReportColumn.OUTCOME,
)
"""The four columns of the reference report."""

COLUMN_WIDTHS: dict[ReportColumn, int] = {
    ReportColumn.NUMBER: 7,
    ReportColumn.TITLE: 42,
    ReportColumn.DEADLINE: 15,
    ReportColumn.RESPONSIBLE: 24,
    ReportColumn.OUTCOME: 62,
    ReportColumn.STATUS: 16,
    ReportColumn.EXPECTED_RESULT: 30,
    ReportColumn.INDICATOR: 24,
    ReportColumn.FUNDING: 20,
    ReportColumn.NOTES: 24,
}
"""Each column's width in characters, as the printed form balances them."""
WIDEST_NUMBER = 14
"""The most characters the number column widens to for a plan's long numbers («1.1.1.5.4 (6)»)."""
