"""Recognising a report table's columns by their captions, in any usual spelling."""

from __future__ import annotations

import enum
import re


class Column(enum.Enum):
    """A column civplan knows how to place in the model."""

    NUMBER = "number"
    TITLE = "title"
    DEADLINE = "deadline"
    RESPONSIBLE = "responsible"
    OUTCOME = "outcome"
    STATUS = "status"
    EXPECTED_RESULT = "expected_result"


_CAPTIONS: tuple[tuple[Column, re.Pattern[str]], ...] = tuple(
    (column, re.compile(pattern))
    for column, pattern in (
        (Column.NUMBER, r"№(?: ?[зп]/п)?|№ ?п\.?п\.?|номер(?: заходу)?|no\.?|#"),
        (
            Column.TITLE,
            r"(?:найменування|назва|зміст)(?: заходу| заходів)?|заходи?|measure(?: title)?|title",
        ),
        (
            Column.DEADLINE,
            r"(?:строк|термін)(?: ?\((?:строк|термін)\))?(?: виконання)?(?: заходу)?"
            r"|deadline|term",
        ),
        (
            Column.RESPONSIBLE,
            r"(?:відповідальні )?виконавці|відповідальн\w*(?: за виконання)?(?: виконавці)?"
            r"|responsible(?: executors)?",
        ),
        (Column.STATUS, r"стан виконання|статус(?: виконання)?|status"),
        (
            Column.OUTCOME,
            r"результат(?:и)?(?: виконання)?(?: заходу)?|інформація про (?:стан )?виконання"
            r"|виконання|outcome|result",
        ),
        (Column.EXPECTED_RESULT, r"очікуван\w* результат\w*|індикатор\w*|expected result"),
    )
)


def normalize_caption(text: str) -> str:
    """A caption folded for comparison: lower case, single spaces, no trailing colon."""
    return " ".join(text.casefold().split()).strip(" :.")


def column_of(caption: str) -> Column | None:
    """The column a header caption names, or ``None`` when it names none civplan knows."""
    folded = normalize_caption(caption)
    for column, pattern in _CAPTIONS:
        if pattern.fullmatch(folded):
            return column
    return None
