"""XLSX: a report table from Excel or LibreOffice Calc, civplan's own or hand-made.

Values are read with python-calamine, which is fast and expands no XML
entities; the archive is checked before it is read. The first visible sheet
with a report table is the report; civplan's own hidden ``civplan`` sheet,
when present, completes it (see :mod:`civplan.report.embedded`). Merged
cells are known: a heading merged across the table, a task merged down.
"""

from __future__ import annotations

from typing import IO

import attrs

from civplan.importers.document import Document, listing
from civplan.importers.extent import check_xlsx_extent
from civplan.importers.spreadsheet import calamine_sheets, sheets_document
from civplan.importers.understanding import TableImporter
from civplan.importers.untrusted_zip import check_document
from civplan.importers.xlsx_formats import Uncomputed, hidden_columns, shown_cells
from civplan.report.form import XLSX_MEDIA_TYPE


class XlsxImporter(TableImporter):
    """XLSX: a report table from Excel or LibreOffice Calc, civplan's own or hand-made."""

    name = "xlsx"
    extensions = (".xlsx", ".xlsm")
    media_type = XLSX_MEDIA_TYPE

    def sniff(self, head: bytes) -> bool:
        """A ZIP archive with a workbook part."""
        return head.startswith(b"PK\x03\x04") and b"xl/" in head and b"word/" not in head

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The workbook's sheets, from a seekable binary stream."""
        check_document(stream, source)
        empty = Uncomputed()
        check_xlsx_extent(stream, source, empty.see)
        shown = shown_cells(stream)
        hidden = hidden_columns(stream)
        sheets = calamine_sheets(stream, source, format="xlsx")
        for sheet in sheets:
            sheet.shown = shown.get(sheet.name, {})
            sheet.hidden = hidden.get(sheet.name, frozenset())
        document = sheets_document(sheets, source, "an XLSX workbook")
        places = empty.places(stream)
        if not places:
            return document
        told = (
            f"{source}: formulas with no value saved read as empty cells: {listing(places)}; the "
            "workbook was written by a program that does not compute formulas: open it in "
            "Excel or LibreOffice Calc and save it"
        )
        return attrs.evolve(document, warnings=(*document.warnings, told))
