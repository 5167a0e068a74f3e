"""Reading plans: the ``Importer`` contract and :func:`load`, the one call to use.

Importers are plugins in the entry-point group ``civplan.importers``, found and
loaded exactly as exporters are (see :mod:`civplan.plugins`). :func:`load`
chooses one by the ``format`` given, else by the file's extension, else by
sniffing the content's first bytes.
"""

from __future__ import annotations

import codecs
import io
import tempfile
import urllib.parse
import warnings
from pathlib import Path
from typing import IO, Any, Protocol

from civplan import plugins
from civplan._errors import (
    CivplanWarning,
    DocumentError,
    PluginError,
    UnknownFormatError,
    unreadable_as_document_error,
)
from civplan._fetch import fetch, is_address
from civplan.importers.hints import Hints
from civplan.importers.understanding import Explanation, read_plan
from civplan.model.plan import Plan

IMPORTERS_GROUP = "civplan.importers"
"""The entry-point group of importers."""

SNIFF_BYTES = 65_536
"""How much of a document's start importers see to recognise it."""


class Importer(Protocol):
    """What an importer plugin provides.

    The entry point names a class; civplan creates it without arguments.

    Attributes:
        name: the format's name, equal to the entry point's name («xlsx»).
        extensions: file extensions with their dot (``(".xlsx",)``).
        media_type: the MIME type it reads.
    """

    name: str
    extensions: tuple[str, ...]
    media_type: str

    def sniff(self, head: bytes) -> bool:
        """Whether a document starting with ``head`` is in this format."""

    def load(self, stream: IO[bytes], source: str) -> Plan:
        """Read a plan from a seekable binary stream; ``source`` names it in errors."""


def importer_problems(candidate: object) -> list[str]:
    """What keeps ``candidate`` from being an importer (empty when nothing does)."""
    problems = plugins.format_problems(candidate)
    for method in ("sniff(head)", "load(stream, source)"):
        if not callable(getattr(candidate, method.split("(")[0], None)):
            problems.append(f"'{method}' is missing")
    return problems


_IMPORTERS = plugins.Registry(IMPORTERS_GROUP, importer_problems, "importer")


def list_importers() -> list[plugins.FormatInfo]:
    """Every installed importer, the broken ones with the reason they are broken."""
    return _IMPORTERS.listing()


def get_importer(format: str) -> Importer:
    """The importer for a format name, ``"distribution:name"``, or file extension.

    Raises:
        UnknownFormatError: no installed importer matches.
        PluginError: the matching plugin is broken, or two plugins claim the
            name or the extension (the message says how to choose).
    """
    importer: Importer = _IMPORTERS.find(format)
    return importer


def _sniff(head: bytes, source: str) -> Importer:
    found = plugins.discover(IMPORTERS_GROUP)
    for candidate in found:
        try:
            importer: Importer = _IMPORTERS.load(candidate)
            recognised = importer.sniff(head)
        except PluginError:
            continue
        except Exception:  # noqa: BLE001, S112 - a plugin's faulty sniff must not stop the others
            continue
        if recognised:
            return importer
    known = ", ".join(sorted({p.name for p in found}))
    raise UnknownFormatError(f"{source}: cannot tell its format ({known}); give format=")


def load(
    source: str | Path | IO[Any],
    format: str | None = None,
    *,
    hints: Hints | None = None,
    plan: Plan | None = None,
) -> Plan:
    """Read a plan from a file or stream in any importable format.

    Args:
        source: a path, or a binary (or text) stream.
        format: an importer's name (``"xlsx"``, ``"docx"``, ``"yaml"`` …) or an
            extension; by default the file's extension decides, else the
            content is sniffed.
        hints: what civplan could not tell from a document's tables — which
            caption is which field, where the header is, the plan's year
            (see :class:`~civplan.Hints`).
        plan: the plan the document reports on. A report written as prose —
            paragraphs naming its measures («1.4. Забезпечено …», «На
            виконання пункту 2.3 Плану …») with no table of them — is read
            against it: the result is ``plan`` with the outcomes the
            paragraphs give (the report's date, if it names one, as
            ``as_of``). A document with a table of measures is read as usual.

    Returns:
        The plan. What the document holds but the model has no place for is
        kept in ``notes``; what civplan had to guess is a
        :class:`~civplan.CivplanWarning` naming the place.

    Raises:
        DocumentError: the document cannot be read as a plan; the error names
            the file and where in it each problem is, or what it found
            instead of measures; a hint names nothing in it; with ``plan``,
            no paragraph names one of its measures.
        UnknownFormatError: no importer for the format, or none recognises it.
        PluginError: the importer is broken or ambiguous.
        MissingDependencyError: the format needs an extra that is not installed.
        OSError: the file cannot be read.
        TypeError: ``hints`` is not a :class:`~civplan.Hints` (a mapping of
            columns goes in one: ``Hints(columns={...})``), or ``plan`` not a
            :class:`~civplan.Plan`.
    """
    return _read(source, format, hints, plan)[0]


def explain(
    source: str | Path | IO[Any], format: str | None = None, *, hints: Hints | None = None
) -> Explanation:
    """How civplan understands a document's tables: what ``civplan inspect`` prints.

    The explanation gives the title and preamble and what they say (years,
    territory, period), each table's header rows, each column's field and
    why (its caption, its cells, a hint), each row's role (heading and its
    level, measure, continuation, note …), and every warning. ``str()`` of it
    reads as a report.

    Args:
        source: a path, or a binary (or text) stream, as for :func:`load`.
        format: the importer, as for :func:`load`.
        hints: as for :func:`load`.

    Raises:
        DocumentError: the document cannot be read; the format reads no
            tables (JSON, YAML, TOML, a plugin's own format).
        UnknownFormatError: as for :func:`load`.
    """
    _plan, explanation = _read(source, format, hints)
    if explanation is None:
        name = str(getattr(source, "name", source))
        raise DocumentError(name, ["this format has no tables to explain: it is read as it is"])
    return explanation


def _read(
    source: str | Path | IO[Any], format: str | None, hints: Hints | None, plan: Plan | None = None
) -> tuple[Plan, Explanation | None]:
    if hints is not None and not isinstance(hints, Hints):
        # a mapping of columns is the commonest slip: the error says how to wrap it
        raise TypeError(
            f"hints must be civplan.Hints, not {type(hints).__name__}: "
            "civplan.Hints(columns={'Термін': 'deadline'})"
        )
    if plan is not None and not isinstance(plan, Plan):
        raise TypeError(f"plan must be civplan.Plan, not {type(plan).__name__}")
    if is_address(source):
        return _read_address(str(source), format, hints, plan)
    if isinstance(source, (str, Path)):
        path = Path(source)
        named = None if format is not None else _known_extension(path)
        with path.open("rb") as stream:  # a pipe too: «civplan status <(curl …)»
            return _read_seekable(
                stream, str(path), format or named, hints, plan, by_name=named is not None
            )
    name = str(getattr(source, "name", "<stream>"))
    if isinstance(source, io.TextIOBase):
        return _read_stream(io.BytesIO(source.read().encode("utf-8")), name, format, hints, plan)
    return _read_seekable(source, name, format, hints, plan)


def _read_seekable(
    stream: IO[bytes],
    name: str,
    format: str | None,
    hints: Hints | None,
    plan: Plan | None,
    *,
    by_name: bool = False,
) -> tuple[Plan, Explanation | None]:
    """Read a stream, first copied where it can be read again if it is a pipe.

    ``by_name``: the format is the one the file's extension names, which its content may belie.
    """
    if stream.seekable():
        return _read_stream(stream, name, format, hints, plan, by_name=by_name)
    spooled = tempfile.SpooledTemporaryFile(max_size=1 << 26)  # noqa: SIM115 - closed below
    with spooled:
        while chunk := stream.read(1 << 20):
            spooled.write(chunk)
        spooled.seek(0)
        return _read_stream(spooled, name, format, hints, plan, by_name=by_name)


_MEDIA_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/json": "json",
    "application/yaml": "yaml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def _read_address(
    address: str, format: str | None, hints: Hints | None, plan: Plan | None
) -> tuple[Plan, Explanation | None]:
    """A document fetched from an address: its content tells its format, else its type or name."""
    from civplan import __version__

    stream, media_type = fetch(address, __version__)
    with stream:
        if format is None:
            head = stream.read(SNIFF_BYTES)
            stream.seek(0)
            try:
                format = _sniff(head, address).name
            except UnknownFormatError:
                path = Path(urllib.parse.urlsplit(address).path)
                format = _MEDIA_FORMATS.get(media_type or "") or _known_extension(path)
                if format is None:
                    raise
        return _read_stream(stream, address, format, hints, plan)


_BY_CONTENT = frozenset({"doc", "xls", "rtf"})
"""The legacy formats, whose importers read what a file holds whatever its old name says
(a «.doc» that is RTF, a web page or a DOCX is common), and a table exported as text under
such a name is read as text: no warning."""


_EVIDENT = frozenset(
    {"xlsx", "ods", "docx", "odt", "pdf", "html", "doc", "xls", "rtf", "excel-xml"}
)
"""Formats whose first bytes tell them for certain: a file of one named as another is read
as what it is («report.docx» that is a saved web page)."""


def _as_it_is(importer: Importer, head: bytes, source: str) -> Importer:
    """The importer of what a file is, where its extension names another format, with a warning.

    Only where the named format's importer does not recognise the first bytes
    (``head``) and they tell another format for certain (:data:`_EVIDENT`).
    """
    if importer.name in _BY_CONTENT:
        return _exported_as_text(head) or importer
    if importer.sniff(head):
        return importer
    try:
        found = _sniff(head, source)
    except UnknownFormatError:
        _refuse_image(head, source)  # «звіт.pdf» that is a photograph of it
        return importer  # nothing else either: its own importer says what is wrong
    if found.name not in _EVIDENT or found.name == importer.name:
        return importer
    warnings.warn(
        f"{source}: its content is {found.name}, not the {importer.name} its name says: "
        f"read as {found.name}",
        CivplanWarning,
        stacklevel=5,
    )
    return found


def _exported_as_text(head: bytes) -> Importer | None:
    """The importer of a table a system's «export to Excel» wrote as text under an old name.

    CSV, or rows apart by tabs (in UTF-8 or windows-1251 alike): not a web page or RTF,
    which the legacy importers read themselves.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's «Unicode text»
        textdump = get_importer("textdump")
        return textdump if textdump.sniff(head) else None
    if b"\x00" in head or get_importer("html").sniff(head) or get_importer("rtf").sniff(head):
        return None
    if (csv := get_importer("csv")).sniff(head):
        return csv
    if head.count(b"\t") >= 4 and head.count(b"\n") >= 2:
        return get_importer("textdump")
    return None


def _refuse_archive(stream: IO[bytes], source: str) -> None:
    """Refuse a ZIP archive of documents, naming them; return where it holds none."""
    import zipfile

    from civplan.importers.untrusted_zip import documents_held

    start = stream.tell()
    try:
        with zipfile.ZipFile(stream) as archive:
            held = documents_held(archive)
    except (zipfile.BadZipFile, OSError, ValueError):
        held = None
    stream.seek(start)
    if held is not None:
        raise DocumentError(source, [held])


_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
"""How image files begin, and their formats' names: a report photographed or scanned."""


def _refuse_image(head: bytes, source: str) -> None:
    """Refuse an image (a scanned or photographed report) as one, with the way to read it."""
    kind = next((name for sign, name in _IMAGES if head.startswith(sign)), None)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        kind = "WebP"
    elif head[:2] == b"BM" and head[6:10] == bytes(4):  # (its size, then four bytes of none)
        kind = "BMP"
    if kind is not None:
        raise DocumentError(
            source,
            [
                f"an image ({kind}), not a document with text (a scan?): civplan reads no "
                "images; run OCR first (for example ocrmypdf, or tesseract) and read its result"
            ],
        )


def _known_extension(path: Path) -> str | None:
    """The path's extension if some importer claims it, so that sniffing is the last resort."""
    extension = path.suffix.lower()
    if not extension:
        return None
    try:
        get_importer(extension)
    except UnknownFormatError:
        return None
    return extension


def _read_stream(
    stream: IO[bytes],
    source: str,
    format: str | None,
    hints: Hints | None,
    plan: Plan | None,
    *,
    by_name: bool = False,
) -> tuple[Plan, Explanation | None]:
    start = stream.tell()
    head = stream.read(SNIFF_BYTES)
    stream.seek(start)
    if not head:  # whatever its name says, no format's document is empty
        raise DocumentError(source, ["the file is empty: it holds no bytes"])
    if format is not None:
        importer = get_importer(format)
        if by_name:
            importer = _as_it_is(importer, head, source)
    else:
        try:
            importer = _sniff(head, source)
        except UnknownFormatError:
            if head.startswith(b"PK\x03\x04"):  # a ZIP archive of documents, maybe
                _refuse_archive(stream, source)
            _refuse_image(head, source)
            raise
    read_document = getattr(importer, "read_document", None)
    with unreadable_as_document_error(source, importer.name):
        if callable(read_document):
            return read_plan(read_document(stream, source), hints, plan)
        if hints is not None or plan is not None:
            given = "hints do not apply" if hints is not None else "it is no report on a plan"
            raise DocumentError(source, [f"the {importer.name} format has no tables: {given}"])
        return importer.load(stream, source), None
