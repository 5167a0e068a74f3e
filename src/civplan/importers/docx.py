"""DOCX: the report tables straight from Word.

Read with python-docx, which expands no XML entities; the archive is checked
before it is read. Paragraphs before the first table are the title; every
table continues the report (a table per page or per section is common), a
header row repeated in each is skipped, and section rows merged across the
table read as one cell. Paragraphs after the tables are kept as notes.
"""

from __future__ import annotations

from typing import IO, Any

from civplan._errors import DocumentError, unreadable_as_document_error
from civplan._optional import require
from civplan.importers.tables import Row, plan_from_rows
from civplan.importers.untrusted_zip import check_document
from civplan.model.plan import Plan


class DocxImporter:
    """DOCX: the report tables straight from Word."""

    name = "docx"
    extensions = (".docx",)
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    def sniff(self, head: bytes) -> bool:
        """A ZIP archive with a Word document part."""
        return head.startswith(b"PK\x03\x04") and b"word/" in head

    def load(self, stream: IO[bytes], source: str) -> Plan:
        """Read the plan from a seekable binary stream."""
        docx = require("docx", extra="docx", package="python-docx")
        check_document(stream, source)
        with unreadable_as_document_error(source, "docx"):
            blocks = list(docx.Document(stream).iter_inner_content())
        title: list[str] = []
        rows: list[Row] = []
        tables = 0
        after = 0
        for block in blocks:
            if hasattr(block, "rows"):
                tables += 1
                rows.extend(_table_rows(block, tables))
            elif block.text.strip():
                if tables == 0:
                    title.append(block.text)
                else:
                    after += 1
                    rows.append(
                        Row(cells=(block.text,), where=f"paragraph {after} after table {tables}")
                    )
        if not tables:
            raise DocumentError(source, ["no table in the document"])
        return plan_from_rows(rows, source=source, title_lines=title)


def _table_rows(table: Any, number: int) -> list[Row]:
    rows = []
    for index, row in enumerate(table.rows, start=1):
        cells = tuple(cell.text for cell in row.cells)
        rows.append(
            Row(
                cells=cells,
                where=f"table {number}, row {index}",
                names=tuple(f"cell {i}" for i in range(1, len(cells) + 1)),
            )
        )
    return rows
