"""What a user tells civplan about a document that it could not know."""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from civplan.importers.captions import normalize_caption
from civplan.importers.document import column_name
from civplan.importers.fields import FIELDS


def _fields(value: Mapping[str, str]) -> dict[str, str]:
    columns = dict(value)
    for key, field in columns.items():
        if field not in FIELDS:
            raise ValueError(
                f"hint {key!r}: unknown field {field!r}; use one of {', '.join(FIELDS)}"
            )
    return columns


def _header(value: int | tuple[int, int] | None) -> tuple[int, int] | None:
    if value is None:
        return None
    first, last = (value, value) if isinstance(value, int) else value
    if not (isinstance(first, int) and isinstance(last, int)) or not 1 <= first <= last:
        raise ValueError(f"header rows must be 1 or more, first ≤ last; got {value!r}")
    return first, last


@attrs.frozen
class Hints:
    """What civplan could not tell from a document, told by its user.

    Attributes:
        columns: which field each column holds, by the column's caption
            («Термін» or «Обсяг фінансування / 2025»), letter («C») or number
            («3», from 1): ``{"Термін": "deadline", "D": "outcome"}``. Fields
            are the :class:`~civplan.ReportColumn` values, ``"group"`` (a
            grouping column whose cells head the measures below them),
            ``"funding_source"``, ``"funding_year"`` (the year of the funding
            on each line), ``"unit"``, ``"planned"``, ``"actual"`` and
            ``"baseline"`` (a unit, and the values planned, achieved and
            before the plan in it), and
            ``"ignore"``.
        header: the header's row, or first and last rows, counted from 1 in
            the table (the sheet, for a spreadsheet).
        year: the plan's year, where its title names none.
        end_year: the last year of a multi-year plan.
        sheet: the sheet to read, by its name, in a workbook whose report is
            not on the first sheet that holds a table of measures.

    A hint that matches nothing in the document is an error.
    """

    columns: dict[str, str] = attrs.field(factory=dict, converter=_fields)
    header: tuple[int, int] | None = attrs.field(default=None, converter=_header)
    year: int | None = None
    end_year: int | None = None
    sheet: str | None = None

    def column_fields(self, paths: list[tuple[str, ...]], used: set[str]) -> dict[int, str]:
        """The fields the hints give the columns of a table with these caption paths.

        Adds to ``used`` each hint that matched a column.
        """
        found: dict[int, str] = {}
        for key, field in self.columns.items():
            for position, path in enumerate(paths):
                if _names(key, position, path):
                    found[position] = field
                    used.add(key)
        return found


def _names(key: str, position: int, path: tuple[str, ...]) -> bool:
    """Whether a hint's key names the column: its letter, number, caption or caption's last part."""
    if re.fullmatch(r"[A-Z]{1,3}", key):
        return column_name(position) == key
    if key.isdecimal():
        return int(key) == position + 1
    wanted = normalize_caption(key)
    whole = normalize_caption(" / ".join(path))
    return bool(path) and (wanted == whole or wanted == normalize_caption(path[-1]))
