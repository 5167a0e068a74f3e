"""HTML: reports published as web pages (read by :mod:`civplan.importers.webpage`)."""

from __future__ import annotations

from typing import IO

from civplan._errors import unreadable_as_document_error
from civplan.importers.document import Document
from civplan.importers.understanding import TableImporter
from civplan.importers.webpage import MAX_BYTES, looks_like_html, read_html


class HtmlImporter(TableImporter):
    """HTML: a report published as a web page, or saved from one."""

    name = "html"
    extensions = (".html", ".htm", ".xhtml")
    media_type = "text/html"

    def sniff(self, head: bytes) -> bool:
        """Markup that opens an HTML page or a table."""
        return looks_like_html(head)

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The page's paragraphs and tables, from a binary stream."""
        data = stream.read(MAX_BYTES + 1)
        with unreadable_as_document_error(source, "html"):
            return read_html(data, source)
