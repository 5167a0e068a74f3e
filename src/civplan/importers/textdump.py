"""Plain text: the text dump of a Word report table, as the reference report comes.

The dump is read by :mod:`civplan.importers.dump`; so are tables drawn with
boxes or pipes, and rows copied from Word or Excel as text.
"""

from __future__ import annotations

import codecs
from typing import IO

from civplan._errors import DocumentError
from civplan._limits import current
from civplan._text import cleaned, decoded, line_count, page_starts
from civplan.importers.boxtable import is_box_table, read_box_table
from civplan.importers.document import Document
from civplan.importers.dump import read_text_dump
from civplan.importers.understanding import TableImporter

MAX_BYTES = 64 * 2**20
"""The largest text read (64 MB): a report's text is a few megabytes at most."""


class TextDumpImporter(TableImporter):
    """Text: the dump of a Word report table (cells at tabs), or civplan's own text report."""

    name = "textdump"
    extensions = (".txt",)
    media_type = "text/plain"

    def sniff(self, head: bytes) -> bool:
        """UTF-8 text with lines starting with a tab, or a table drawn with boxes or pipes.

        UTF-16 text (Excel's «Unicode text», tab-separated) is looked at as UTF-8.
        """
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            head = head.decode("utf-16", errors="ignore").encode()
        drawn = head.startswith("┌─".encode()) or "\n┌─".encode() in head
        separated = head.count(b"\t") >= 4 and head.count(b"\n") >= 2  # rows copied as text
        piped = head.count(b"\n|") + head.startswith(b"|") >= 2  # Markdown's «| № | Захід |»
        if not (head.startswith(b"\t") or b"\n\t" in head or drawn or separated or piped):
            return False
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            return error.start >= len(head) - 3  # the head may end inside a character
        return True

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The dump's title, table and paragraphs, from a binary stream of text.

        UTF-8, or else ``windows-1251``, as Notepad saved Ukrainian text of old.
        """
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise DocumentError(source, [f"larger than {MAX_BYTES // 2**20} MB: no report's text"])
        raw = decoded(data)
        del data
        limits = current()
        if (lines := line_count(raw)) > limits.lines:  # each a paragraph at least, later
            raise DocumentError(source, [limits.beyond("lines", "lines of text", lines)])
        text, pages = cleaned(raw), page_starts(raw) if "\f" in raw else ()
        if is_box_table(text) and not text.startswith("\t") and "\n\t" not in text:
            return read_box_table(text, source)
        return read_text_dump(text, source=source, pages=pages)
