"""Checking ZIP-based documents (XLSX, ODS, DOCX) from untrusted sources before they are read.

The archive's directory is checked first: too many entries, too much data
once unpacked, or an entry packed far tighter than real documents are (a «zip
bomb») is refused with a :class:`DocumentError`. Then every part that is XML,
whatever its name and wherever it sits in the archive, is refused if it
declares a DTD: these formats never need one, and DTDs are how
entity-expansion and external-entity attacks start.
"""

from __future__ import annotations

import re
import zipfile
from typing import IO

from civplan._errors import DocumentError, password_protected, unreadable_as_document_error

MAX_ENTRIES = 10_000
MAX_UNPACKED = 2 * 1024**3
"""The most a document may unpack to, in bytes (2 GiB)."""
MAX_RATIO = 200
"""The tightest packing accepted for an entry larger than :data:`RATIO_FROM`."""
RATIO_FROM = 1024**2


def check_document(stream: IO[bytes], source: str) -> None:
    """Refuse a ZIP-based document that is damaged, too large, or declares a DTD in any part.

    Args:
        stream: the document, seekable; it is left at its start.
        source: its name, for messages.

    Raises:
        DocumentError: not a ZIP archive, or one that fails a check.
    """
    # a ZIP damaged otherwise (an entry of a ZIP version zipfile cannot read, an offset
    # out of the file) fails in zipfile's own ways: a DocumentError too
    with unreadable_as_document_error(source, "ZIP"):
        try:
            archive = zipfile.ZipFile(stream)
        except zipfile.BadZipFile:
            raise DocumentError(source, ["not a ZIP-based document (XLSX, ODS or DOCX)"]) from None
    with archive, unreadable_as_document_error(source, "ZIP"):  # a damaged entry
        check_archive(archive, source)
        _refuse_encrypted(archive, source)
        for info in archive.infolist():
            # a web page a Word document embeds (w:altChunk) has its «<!DOCTYPE html>»: read
            # as any page is, by an HTML parser that declares no entities
            if not info.is_dir() and not info.filename.lower().endswith(_PAGES):
                _check_prolog(archive, info, source)
    stream.seek(0)


def _refuse_encrypted(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse an OpenDocument file saved with a password, whose parts are encrypted."""
    try:
        manifest = archive.getinfo("META-INF/manifest.xml")
    except KeyError:
        return
    with archive.open(manifest) as part:
        if b"encryption-data" in part.read(_MANIFEST_READ):
            raise DocumentError(source, [password_protected("an OpenDocument file")])


_MANIFEST_READ = 2**20
"""How much of an OpenDocument file's manifest is looked at (a report's is a few KB)."""


def check_archive(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse an archive with too many entries, too much data, or suspicious packing."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise DocumentError(
            source, [f"the archive has {len(entries)} entries; at most {MAX_ENTRIES}"]
        )
    total = 0
    for info in entries:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FROM and info.file_size / packed > MAX_RATIO:
            raise DocumentError(
                source,
                [
                    f"{info.filename}: unpacks {info.file_size / packed:.0f} times larger than "
                    f"it is packed (at most {MAX_RATIO}): refused as a possible zip bomb"
                ],
            )
    if total > MAX_UNPACKED:
        raise DocumentError(
            source,
            [
                f"the archive unpacks to {total / 1024**3:.1f} GiB; "
                f"at most {MAX_UNPACKED / 1024**3:.0f} GiB"
            ],
        )


def _check_prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> None:
    """Refuse a part whose prolog (all before the root element) declares a DTD."""
    data = b""
    with archive.open(info) as part:
        while True:
            chunk = part.read(_PROLOG_CHUNK)
            data += chunk
            verdict = prolog_verdict(data, complete=not chunk)
            if verdict is not None:
                break
            if len(data) > MAX_PROLOG:
                verdict = "a prolog longer than 1 MiB"
                break
    if verdict != "":
        raise DocumentError(
            source, [f"{info.filename}: {verdict}, which this format never has: refused"]
        )


_PAGES = (".htm", ".html", ".xhtml", ".mht", ".mhtml")
"""The names of the parts that are web pages, not XML."""
_PROLOG_CHUNK = 65_536
MAX_PROLOG = 1024**2


def prolog_verdict(data: bytes, *, complete: bool) -> str | None:
    """What stands before an XML part's root element, judged.

    Returns ``""`` when nothing is wrong, a description of what is, or ``None``
    when more bytes are needed to tell.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        try:  # a UTF-16 part: look at it as UTF-8
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            if complete:
                return "broken UTF-16"
            return None
    at = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while at < len(data) and data[at : at + 1].isspace():
            at += 1
        if at >= len(data):
            return "" if complete else None
        for opening, closing in ((b"<?", b"?>"), (b"<!--", b"-->")):
            if data.startswith(opening, at):
                end = data.find(closing, at + len(opening))
                if end < 0:
                    return "" if complete else None
                at = end + len(closing)
                break
        else:
            if data.startswith(b"<!", at):
                return "a DTD (<!DOCTYPE …>)"
            return ""


_DOCUMENT_NAME = re.compile(
    r"(?i)^(?!(?:word|xl|docProps|customXml|_rels|META-INF)/)[^/].*\.(?:docx?|xlsx?|xml|odt|ods"
    r"|rtf|pdf|csv|html?|mht|txt)$"
)
"""A document's name inside a ZIP archive that is no document itself: «zvit-2025.docx»."""


def documents_held(archive: zipfile.ZipFile) -> str | None:
    """What to say of a ZIP archive of documents (the report among them), if it is one."""
    held = [name for name in archive.namelist() if _DOCUMENT_NAME.search(name)]
    if not held:
        return None
    listed = "; ".join(held[:10]) + ("; …" if len(held) > 10 else "")
    return f"a ZIP archive of documents: {listed} — extract the report and read it"
