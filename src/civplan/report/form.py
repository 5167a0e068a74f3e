"""The printed form every document format shares: fonts, colours, widths, limits, media types.

The XLSX, ODS (and any other document) exporters draw the report with these,
so that the formats look alike; the importers of the same formats read with
the same limits and media types.
"""

from __future__ import annotations

import attrs

from civplan.model.status import Status

FONT_NAME = "Times New Roman"
FONT_SIZE = 11
LINE_HEIGHT = 13.0
"""Points per line of wrapped text, for row heights."""
CHARACTERS_PER_UNIT = 1.1
"""Characters of 11 pt serif text per unit of column width (a unit is the width of «0» in
Calibri). LibreOffice fits about 1.2; the difference is the margin for wide letters."""

HEADER_FILL = "D9D9D9"
"""The fill of the header row."""


@attrs.frozen
class HeadingLook:
    """How a heading row of one level looks, in every format.

    Attributes:
        bold: whether the heading is bold.
        italic: whether it is italic.
        fill: the row's fill colour, or ``None``.
        indent: how far the text is indented, in steps (two characters in text).
    """

    bold: bool
    italic: bool
    fill: str | None
    indent: int


HEADING_LOOKS: tuple[HeadingLook, ...] = (
    HeadingLook(bold=True, italic=False, fill="E7E6E6", indent=0),
    HeadingLook(bold=True, italic=False, fill="F2F2F2", indent=1),
    HeadingLook(bold=True, italic=True, fill=None, indent=2),
    HeadingLook(bold=False, italic=True, fill=None, indent=3),
)
"""Heading rows by level: a direction, a problem, a task …; deeper levels look like the last."""


def heading_look(level: int) -> HeadingLook:
    """How a heading row of ``level`` (1 for a top-level section) looks."""
    return HEADING_LOOKS[min(max(level, 1), len(HEADING_LOOKS)) - 1]


STATUS_COLOURS: dict[Status, str] = {
    Status.DONE: "C6EFCE",
    Status.PARTIALLY_DONE: "FFEB9C",
    Status.IN_PROGRESS: "DDEBF7",
    Status.NOT_DONE: "FFC7CE",
    Status.POSTPONED: "E4DFEC",
    Status.NOT_DUE: "EDEDED",
    Status.OVERDUE: "F8CBAD",
    Status.CANCELLED: "D9D9D9",
}
"""The fill of a status cell, by status (the same in every format)."""

SUMMARY_WIDTHS = (24, 46, 16, 14, 14, 14, 14, 14, 14, 14, 14)
"""The widths of the summary sheet's columns, in characters."""
CHART_ROWS = 17
"""Rows the status chart covers, beside the statuses table; the next table starts below it."""

CELL_LIMIT = 32_767
"""The most characters an XLSX cell holds; longer texts go on in continuation rows."""

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODS_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
