"""ODS: a report table from LibreOffice Calc, civplan's own or hand-made.

Values are read with python-calamine, which is fast and expands no XML
entities; the archive is checked before it is read. python-calamine reads a
tab in a cell as nothing and gives no merged cells for ODS: civplan's own
reports carry the exact text of any cell with a tab, and any other
spreadsheet with tabs or merged cells is read by civplan's exact reader
(:mod:`civplan.importers.ods_exact`) instead. The first visible
table with a report is the report; civplan's own hidden ``civplan`` table,
when present, completes it.
"""

from __future__ import annotations

import zipfile
from typing import IO

from civplan._errors import unreadable_as_document_error
from civplan.importers import ods_exact
from civplan.importers.document import Document
from civplan.importers.extent import ods_needs_exact_reader
from civplan.importers.spreadsheet import Sheet, calamine_sheets, carries_plan, sheets_document
from civplan.importers.understanding import TableImporter
from civplan.importers.untrusted_zip import check_document
from civplan.report.form import ODS_MEDIA_TYPE


class OdsImporter(TableImporter):
    """ODS: a report table from LibreOffice Calc, civplan's own or hand-made."""

    name = "ods"
    extensions = (".ods",)
    media_type = ODS_MEDIA_TYPE

    def sniff(self, head: bytes) -> bool:
        """A ZIP archive whose first entry names the spreadsheet media type."""
        return head.startswith(b"PK\x03\x04") and ODS_MEDIA_TYPE.encode() in head[:200]

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The spreadsheet's tables, from a seekable binary stream."""
        check_document(stream, source)
        if ods_needs_exact_reader(stream, source):  # calamine would repeat rows far
            with unreadable_as_document_error(source, "ods"), zipfile.ZipFile(stream) as archive:
                exact = _exact(archive, source)
            return sheets_document(exact, source, "an ODS spreadsheet")
        sheets = calamine_sheets(stream, source, format="ods")
        if not carries_plan(sheets):  # civplan's own files carry their texts with tabs
            stream.seek(0)
            with unreadable_as_document_error(source, "ods"), zipfile.ZipFile(stream) as archive:
                if ods_exact.has_tabs_merges_or_hidden(archive):
                    sheets = _exact(archive, source)
        return sheets_document(sheets, source, "an ODS spreadsheet")


def _exact(archive: zipfile.ZipFile, source: str) -> list[Sheet]:
    """The spreadsheet's sheets as civplan's exact reader reads them, merged cells included."""
    sheets = []
    for read in ods_exact.read_sheets(archive, source):
        sheet = Sheet(read.name, read.visible, read.rows, read.merges)
        sheet.hidden = frozenset(read.hidden)
        sheets.append(sheet)
    return sheets
