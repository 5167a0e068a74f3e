"""Excel's XML workbooks (XML Spreadsheet 2003), read by :mod:`civplan.importers.spreadsheetml`."""

from __future__ import annotations

from typing import IO

from civplan.importers.document import Document
from civplan.importers.spreadsheetml import MAX_BYTES, is_excel_xml, read_excel_xml
from civplan.importers.understanding import TableImporter


class ExcelXmlImporter(TableImporter):
    """Excel's XML workbooks (XML Spreadsheet 2003), as systems export them "to Excel"."""

    name = "excel-xml"
    extensions = (".xml",)
    media_type = "application/xml"

    def sniff(self, head: bytes) -> bool:
        """XML that opens a ``Workbook`` in Excel's spreadsheet namespace."""
        return is_excel_xml(head)

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The workbook's sheets, from a binary stream."""
        return read_excel_xml(stream.read(MAX_BYTES + 1), source)
