"""Recognising a report table's columns by their captions, in any usual spelling."""

from __future__ import annotations

import re

from civplan.report.columns import ReportColumn

_CAPTIONS: tuple[tuple[ReportColumn, re.Pattern[str]], ...] = tuple(
    (column, re.compile(pattern))
    for column, pattern in (
        (ReportColumn.NUMBER, r"№(?: ?[зп]/п)?|№ ?п\.?п\.?|номер(?: заходу)?|no\.?|#"),
        (
            ReportColumn.TITLE,
            r"(?:найменування|назва|зміст)(?: заходу| заходів)?|заходи?|measure(?: title)?|title",
        ),
        (
            ReportColumn.DEADLINE,
            r"(?:строк|термін)(?: ?\((?:строк|термін)\))?(?: виконання)?(?: заходу)?"
            r"|deadline|term",
        ),
        (
            ReportColumn.RESPONSIBLE,
            r"(?:відповідальні )?виконавці|відповідальн\w*(?: за виконання)?(?: виконавці)?"
            r"|responsible(?: executors)?",
        ),
        (ReportColumn.STATUS, r"стан виконання|статус(?: виконання)?|status"),
        (
            ReportColumn.OUTCOME,
            r"результат(?:и)?(?: виконання)?(?: заходу)?|інформація про (?:стан )?виконання"
            r"|виконання|outcome|result",
        ),
        (ReportColumn.EXPECTED_RESULT, r"очікуван\w* результат\w*|індикатор\w*|expected result"),
    )
)


def normalize_caption(text: str) -> str:
    """A caption folded for comparison: lower case, single spaces, no trailing colon."""
    return " ".join(text.casefold().split()).strip(" :.")


def column_of(caption: str) -> ReportColumn | None:
    """The column a header caption names, or ``None`` when it names none civplan knows."""
    folded = normalize_caption(caption)
    for column, pattern in _CAPTIONS:
        if pattern.fullmatch(folded):
            return column
    return None
