"""Legacy Word and Excel documents (``.doc``, ``.xls``) and RTF, through LibreOffice.

Administrations still publish ``.doc`` and ``.xls`` files. civplan does not
parse those binary formats itself: LibreOffice (``soffice``), the real
client of such documents, converts them to DOCX or XLSX in a temporary
profile and folder, within a time limit, and civplan reads the result like
any DOCX or XLSX. Without LibreOffice the error says what to install.

What a file holds decides, not its name: a ``.doc`` that is really a web
page, an RTF file or a DOCX (all common on official sites) is read as what
it is. Word's XML document of 2003 (``<w:wordDocument>``, which systems
export as ``.doc`` or ``.xml``) is converted too, after its prolog is
checked to declare no DTD.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import IO

from civplan._errors import (
    DocumentError,
    MissingDependencyError,
    password_protected,
    unreadable_as_document_error,
)
from civplan.importers.document import Document
from civplan.importers.dump import read_pasted_dump
from civplan.importers.extent import check_xlsx_extent
from civplan.importers.spreadsheet import calamine_sheets, sheets_document
from civplan.importers.spreadsheetml import is_excel_xml, read_excel_xml
from civplan.importers.understanding import TableImporter
from civplan.importers.untrusted_zip import check_document, prolog_verdict
from civplan.importers.webarchive import is_web_archive, read_web_archive
from civplan.importers.webpage import looks_like_html, read_html
from civplan.importers.word97 import read_word97
from civplan.importers.wordml import read_docx

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of a Word 97–2003 or Excel 97–2003 file (a compound document)."""
RTF = b"{\\rtf"
TIMEOUT = 180
"""Seconds LibreOffice may take to convert one document."""
MAX_BYTES = 64 * 2**20
"""The largest legacy document converted (64 MB)."""
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
"""The stream of a compound document that holds a DOCX or XLSX encrypted with a password."""
_BOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))


_WORD_XML = re.compile(rb"<(?:[\w.-]+:)?wordDocument\b")
_WORD_XML_NAMESPACE = b"schemas.microsoft.com/office/word/2003/wordml"


def is_word_xml(head: bytes) -> bool:
    """Whether a document's first bytes open Word's XML document of 2003."""
    start = head[:8192]
    return _WORD_XML_NAMESPACE in start and _WORD_XML.search(start) is not None


def _workbook(data: bytes) -> bool:
    """Whether a compound document's bytes name a workbook stream and no Word stream."""
    return any(name in data for name in _BOOK_STREAMS) and _WORD_STREAM not in data


def _program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice() -> str:
    """The LibreOffice program, or an error saying how to install it."""
    found = _program()
    if found is None:
        raise MissingDependencyError(
            "reading .doc, .xls and .rtf files needs LibreOffice: install it "
            "(Debian/Ubuntu: apt-get install libreoffice-writer libreoffice-calc; "
            "elsewhere from libreoffice.org) so that the soffice command is on the PATH"
        )
    return found


def convert(data: bytes, source: str, suffix: str, target: str) -> bytes:
    """``data`` (a document ending in ``suffix``) converted by LibreOffice to ``target``."""
    if len(data) > MAX_BYTES:
        raise DocumentError(source, [f"larger than civplan converts ({MAX_BYTES // 2**20} MB)"])
    program = soffice()
    with tempfile.TemporaryDirectory(prefix="civplan-") as folder:
        here = Path(folder)
        document = here / f"document{suffix}"
        document.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(here / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(here / "out"),
            str(document),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)  # noqa: S603 - fixed arguments
        except subprocess.TimeoutExpired:
            raise DocumentError(
                source, [f"LibreOffice took over {TIMEOUT} s to convert it: refused"]
            ) from None
        converted = here / "out" / f"document.{target}"
        if not converted.is_file():
            raise DocumentError(
                source,
                [
                    f"LibreOffice could not convert it to {target.upper()}: it is damaged, or "
                    "protected by a password (then open it with the password and save a copy "
                    "without one)"
                ],
            )
        return converted.read_bytes()


class _LegacyImporter(TableImporter):
    """Shared by the legacy formats: convert what is legacy, read what is not as what it is."""

    target = "docx"

    name = "legacy"

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The document's paragraphs and tables, after LibreOffice converted it."""
        data = stream.read(MAX_BYTES + 1)
        head = data[:65_536]
        if head.startswith(b"PK\x03\x04"):  # a DOCX or XLSX under an old name
            return _modern(data, source, "xlsx" if b"xl/" in head else "docx")
        if is_excel_xml(head):  # a system's "Excel" export: Excel's XML workbook
            return read_excel_xml(data, source)
        if looks_like_html(head):
            with unreadable_as_document_error(source, "html"):
                return read_html(data, source)
        if is_web_archive(head):  # a system's "Word" or "Excel" export: a web page saved whole
            with unreadable_as_document_error(source, "html"):
                return read_web_archive(data, source)
        if head.startswith(RTF):
            suffix, target = ".rtf", "docx"
        elif is_word_xml(head):
            verdict = prolog_verdict(data[:65_536], complete=True)
            if verdict:  # LibreOffice is given no XML that declares entities
                raise DocumentError(source, [f"Word's XML document: {verdict}: refused"])
            suffix, target = ".xml", "docx"
        elif head.startswith(OLE2):
            if _ENCRYPTED in data:  # a DOCX or XLSX saved with a password to open it
                raise DocumentError(source, [password_protected("a Word or Excel document")])
            suffix, target = (".xls", "xlsx") if _workbook(data) else (".doc", "docx")
        else:
            raise DocumentError(
                source,
                [f"not a {self.name} document (nor RTF, HTML, MHTML, Excel or Word XML or DOCX)"],
            )
        if suffix == ".doc" and _program() is None:  # its tables from the file's own marks,
            own = _own_tables(data, source, "LibreOffice is not installed")
            if own is not None:  # else the error of converting says what to install
                return own
        document = _modern(convert(data, source, suffix, target), source, target)
        if suffix == ".doc" and not document.grids:
            own = _own_tables(data, source, "LibreOffice read no table from it", document.warnings)
            return own or document
        return document


def _modern(data: bytes, source: str, kind: str) -> Document:
    """A DOCX or XLSX document's paragraphs and tables."""
    stream = io.BytesIO(data)
    check_document(stream, source)
    with unreadable_as_document_error(source, kind):
        if kind == "xlsx":
            check_xlsx_extent(stream, source)
            sheets = calamine_sheets(stream, source, format="xlsx")
            return sheets_document(sheets, source, "an XLSX workbook")
        return read_pasted_dump(read_docx(stream, source))


def _own_tables(
    data: bytes, source: str, why: str, warnings: tuple[str, ...] = ()
) -> Document | None:
    """A Word 97–2003 document's tables read from the file's own marks, or ``None``.

    Where LibreOffice is not installed, or reads no table from a document (one
    that ends with its table, as LibreOffice itself saves a DOCX that ends so),
    the file's own marks of cells and rows tell the tables
    (:mod:`civplan.importers.word97`), with a warning that says ``why``.
    """
    blocks = read_word97(data, source)  # (None, or blocks that hold a table)
    if blocks is None:
        return None
    told = f"{source}: {why}; its tables were read from the file's own marks of cells and rows"
    return Document(
        source=source, blocks=blocks, kind="a Word 97–2003 document", warnings=(*warnings, told)
    )


class DocImporter(_LegacyImporter):
    """DOC: Word 97–2003 documents, converted to DOCX by LibreOffice."""

    name = "doc"
    extensions = (".doc", ".dot")
    media_type = "application/msword"

    def sniff(self, head: bytes) -> bool:
        """A compound document not known to be a workbook, or Word's XML document of 2003."""
        return (head.startswith(OLE2) and not _workbook(head)) or is_word_xml(head)


class XlsImporter(_LegacyImporter):
    """XLS: Excel 97–2003 workbooks, converted to XLSX by LibreOffice."""

    name = "xls"
    extensions = (".xls", ".xlt")
    media_type = "application/vnd.ms-excel"

    def sniff(self, head: bytes) -> bool:
        """A compound document with a workbook stream."""
        return head.startswith(OLE2) and _workbook(head)


class RtfImporter(_LegacyImporter):
    """RTF: rich text documents, converted to DOCX by LibreOffice."""

    name = "rtf"
    extensions = (".rtf",)
    media_type = "application/rtf"

    def sniff(self, head: bytes) -> bool:
        """Text that opens with the RTF signature."""
        return head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(RTF)
