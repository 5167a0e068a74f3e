"""Streaming an OpenDocument's ``content.xml`` through expat, as defusedxml would.

Both ODF readers (:mod:`civplan.importers.ods_exact` for spreadsheets,
:mod:`civplan.importers.odt` for text documents), and the reader of Excel's
XML workbooks (:mod:`civplan.importers.spreadsheetml`), hand their handlers
here: every DTD, entity declaration and external entity is refused, and
every failure becomes a :class:`~civplan.DocumentError` naming the part.
"""

from __future__ import annotations

import zipfile
from typing import IO, Protocol
from xml.parsers import expat

from civplan._errors import DocumentError


class RefusedError(Exception):
    """Raised by a handler to stop reading; the handler's ``problem`` says why."""


class Handler(Protocol):
    """What a reader of ``content.xml`` provides."""

    problem: str

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element opens (names are «namespace localname»)."""

    def end(self, name: str) -> None:
        """An element closes."""

    def text(self, data: str) -> None:
        """Character data."""


def count(value: str | None) -> int:
    """An ODF count attribute («number-rows-spanned», «text:c»): at least 1; 1 if unreadable."""
    try:
        return max(int(value or "1"), 1)
    except ValueError:
        return 1


def _refuse(*_arguments: object) -> int:
    raise RefusedError


def read_content(
    archive: zipfile.ZipFile, source: str, handler: Handler, what: str, part: str = "content.xml"
) -> None:
    """Stream ``content.xml`` (or another ``part``) of ``archive`` through ``handler``.

    Raises:
        DocumentError: a DTD or entity, malformed XML, no such part (``what``
            names the kind of document), or what the handler refused.
    """
    try:
        with archive.open(part) as content:
            stream_through(content, source, handler, part)
    except KeyError:
        raise DocumentError(source, [f"not {what}: no {part}"]) from None


def stream_through(file: IO[bytes], source: str, handler: Handler, part: str) -> None:
    """Stream an XML document through ``handler``, refusing any DTD or entity.

    ``part``: the document's name in messages («content.xml», «the workbook»).

    Raises:
        DocumentError: a DTD or entity, malformed XML, or what the handler refused.
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    try:
        parser.ParseFile(file)
    except RefusedError:
        problem = handler.problem or f"{part}: declares a DTD or entities: refused"
        raise DocumentError(source, [problem]) from None
    except expat.ExpatError as error:
        raise DocumentError(source, [f"{part}: not well-formed XML: {error}"]) from None
    if handler.problem:
        raise DocumentError(source, [handler.problem])
