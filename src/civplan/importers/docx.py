"""DOCX: the report tables straight from Word (read by :mod:`civplan.importers.wordml`)."""

from __future__ import annotations

from typing import IO

from civplan._errors import unreadable_as_document_error
from civplan.importers.document import Document
from civplan.importers.dump import read_pasted_dump
from civplan.importers.understanding import TableImporter
from civplan.importers.untrusted_zip import check_document
from civplan.importers.wordml import MEDIA_TYPE, read_docx


class DocxImporter(TableImporter):
    """DOCX: the report tables straight from Word."""

    name = "docx"
    extensions = (".docx", ".docm")
    media_type = MEDIA_TYPE

    def sniff(self, head: bytes) -> bool:
        """A ZIP archive with a Word document part."""
        return head.startswith(b"PK\x03\x04") and b"word/" in head

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The document's paragraphs and tables, from a seekable binary stream."""
        check_document(stream, source)
        with unreadable_as_document_error(source, "docx"):
            return read_pasted_dump(read_docx(stream, source))
