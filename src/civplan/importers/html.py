"""HTML: reports published as web pages, or saved from them as one file (MHTML).

Pages are read by :mod:`civplan.importers.webpage`, archives by
:mod:`civplan.importers.webarchive`.
"""

from __future__ import annotations

from typing import IO

from civplan._errors import unreadable_as_document_error
from civplan.importers.document import Document
from civplan.importers.spreadsheetml import is_excel_xml
from civplan.importers.understanding import TableImporter
from civplan.importers.webarchive import is_web_archive, read_web_archive
from civplan.importers.webpage import MAX_BYTES, looks_like_html, read_html


class HtmlImporter(TableImporter):
    """HTML: a report published as a web page, or saved from one (also as one file, MHTML)."""

    name = "html"
    extensions = (".html", ".htm", ".xhtml", ".mht", ".mhtml")
    media_type = "text/html"

    def sniff(self, head: bytes) -> bool:
        """Markup that opens an HTML page or a table, or a web archive's MIME headers."""
        # not Excel's XML workbook, whose «<Table>» reads as a table's tag
        return (looks_like_html(head) and not is_excel_xml(head)) or is_web_archive(head)

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The page's paragraphs and tables, from a binary stream."""
        data = stream.read(MAX_BYTES + 1)
        with unreadable_as_document_error(source, "html"):
            if is_web_archive(data[:4096]):
                return read_web_archive(data, source)
            return read_html(data, source)
