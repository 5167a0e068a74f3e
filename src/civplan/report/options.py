"""How a report looks: the options every built-in format takes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from civplan._vocabulary import LANGS, Lang
from civplan.model.plan import day_of
from civplan.report.columns import DEFAULT_COLUMNS, ReportColumn


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


def _day(value: date | None) -> date | None:
    return None if value is None else day_of(value, "as_of")


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
    as_of: date | None = attrs.field(default=None, converter=_day)
    summary: bool = True
