"""MHTML: a web page saved as one file, read as the web page inside it.

Word and Excel save «Single File Web Page» (``.mht``, ``.mhtml``) so, and
systems that export "Word" or "Excel" files often write one under a
``.doc`` or ``.xls`` name: a MIME message whose parts are the page and its
pictures. The page holding a table is read by :mod:`civplan.importers.webpage`.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator

import attrs

from civplan._errors import DocumentError
from civplan.importers.document import Document
from civplan.importers.webpage import MAX_BYTES, read_html

_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[^\r\n]*")
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TABLE = re.compile(rb"<table\b", re.IGNORECASE)


def is_web_archive(head: bytes) -> bool:
    """Whether a document's first bytes open a MIME message: headers naming its MIME version."""
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    headers = re.split(rb"\r?\n\r?\n", start, maxsplit=1)[0]
    lines = [line for line in headers.splitlines() if line.strip()]
    if not lines or _HEADER_LINE.fullmatch(lines[0]) is None:
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in lines if b":" in line}
    return b"mime-version" in names and b"content-type" in names


def read_web_archive(data: bytes, source: str) -> Document:
    """The paragraphs and tables of the first page in the archive that holds a table.

    Raises:
        DocumentError: the archive is too large or holds no web page.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(
            source, [f"the web archive is larger than civplan reads ({MAX_BYTES // 2**20} MB)"]
        )
    pages = list(_pages(data))
    if not pages:
        raise DocumentError(source, ["a web archive (MHTML) with no web page in it"])
    # (a workbook's archive also holds the strip of its sheets' tabs: a table of links)
    tabled = [
        page for page in pages if _TABLE.search(page[1]) and not page[0].startswith("tabstrip")
    ]
    chosen = (tabled or pages)[0]
    document = read_html(chosen[1], source)
    others = [f"«{name}»" for name, _ in tabled[1:]]
    notes = (
        (
            f"{source}: a web archive of {len(tabled)} pages with tables: read the first "
            f"(«{chosen[0]}»), not {', '.join(others)}",
        )
        if others
        else ()
    )
    return attrs.evolve(
        document, kind="a web archive (MHTML)", warnings=(*document.warnings, *notes)
    )


_HEAD_END = re.compile(rb"\r?\n\r?\n")
_FOLDED = re.compile(rb"\r?\n[ \t]+")
_FIELD = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*?)[ \t\r]*$", re.MULTILINE)
_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))""", re.I)
_CHARSET = re.compile(rb"""charset\s*=\s*"?([A-Za-z0-9_.:-]{1,40})""", re.I)
_HEAD_SCAN = 2048
"""How far into a part its headers are looked through for a page's type, in bytes."""


def _head_and_body(chunk: bytes) -> tuple[dict[bytes, bytes], bytes]:
    """A MIME entity's header fields (names in lower case) and its body."""
    chunk = chunk.lstrip(b"\xef\xbb\xbf \t").removeprefix(b"\r").removeprefix(b"\n")
    found = _HEAD_END.search(chunk)
    head, body = (chunk[: found.start()], chunk[found.end() :]) if found else (chunk, b"")
    fields = {m[1].lower(): m[2] for m in _FIELD.finditer(_FOLDED.sub(b" ", head))}
    return fields, body


def _pages(data: bytes) -> Iterator[tuple[str, bytes]]:
    """The archive's web pages in order, each named by its place: the message itself if one.

    Only the parts whose first bytes name a page are read whole; the others (pictures, lists
    of files) are passed over in one look each, however many there are.
    """
    fields, body = _head_and_body(data.lstrip(b" \t\r\n"))
    boundary = _BOUNDARY.search(fields.get(b"content-type", b""))
    if boundary is None:
        page = _page(fields, body)
        if page is not None:
            yield "", page
        return
    delimiter = b"--" + (boundary[1] or boundary[2])
    at = body.find(delimiter)  # before the first delimiter: the preamble
    number = 0
    while at != -1:
        start = at + len(delimiter)
        if body.startswith(b"--", start):  # the closing delimiter
            return
        at = body.find(delimiter, start)
        end = at if at != -1 else len(body)
        number += 1
        if b"html" not in body[start : min(end, start + _HEAD_SCAN)].lower():
            continue
        fields, content = _head_and_body(body[start:end])
        page = _page(fields, content)
        if page is not None:
            location = fields.get(b"content-location")
            name = location.decode("ascii", "replace").rsplit("/", 1)[-1] if location else ""
            yield name or f"part {number}", page


def _page(fields: dict[bytes, bytes], body: bytes) -> bytes | None:
    """A part's page, decoded, if it is a web page: in UTF-8 where it names its charset."""
    kind = fields.get(b"content-type", b"")
    if kind.split(b";", 1)[0].strip().lower().decode("ascii", "replace") not in _PAGE_TYPES:
        return None
    encoding = fields.get(b"content-transfer-encoding", b"").strip().lower()
    if encoding == b"quoted-printable":
        body = binascii.a2b_qp(body)
    elif encoding == b"base64":
        body = binascii.a2b_base64(body, strict_mode=False)
    charset = _CHARSET.search(kind)
    if charset is None:
        return body
    try:  # the part's own charset decides, whatever the page's <meta> says
        return b"\xef\xbb\xbf" + body.decode(charset[1].decode("ascii"), "replace").encode()
    except LookupError:
        return body
