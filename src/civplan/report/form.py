"""The printed form every document format shares: fonts, colours, widths, limits, media types.

The XLSX, ODS (and any other document) exporters draw the report with these,
so that the formats look alike; the importers of the same formats read with
the same limits and media types.
"""

from __future__ import annotations

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
SECTION_FILL = "F2F2F2"
"""The fill of a section's heading row."""
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
