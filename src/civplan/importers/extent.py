"""How large a spreadsheet's tables really are, found before any reader builds them.

A spreadsheet reader builds each sheet as a dense grid as large as its
furthest cell: two cells, A1 and XFD1048576, make seventeen billion places
and abort the process. Before python-calamine sees a workbook, its parts are
scanned for what decides that size — every cell reference and declared
dimension of an XLSX sheet, every repeat count and run of spaces of an ODS
table — and a workbook beyond :class:`~civplan.Limits` is refused, or, for
an ODS whose rows repeat far, read by civplan's own reader, which never
multiplies empty rows.
"""

from __future__ import annotations

import functools
import re
import zipfile
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import IO, NamedTuple
from xml.parsers import expat

from civplan._errors import DocumentError, unreadable_as_document_error
from civplan._limits import current

MAX_ROWS = 1_048_576
"""The rows of an XLSX sheet."""
MAX_COLUMNS = 16_384
"""The columns of an XLSX sheet (A … XFD)."""

_CHUNK = 1 << 20
_OVERLAP = 512
# any attribute that places a cell (r, ref), however it is quoted or spaced: the letters
# and digits of where it starts and of where a range ends, and the quote that follows,
# which is not the opening one when the value is no cell reference at all
# (each begins with the letter, what comes before looked behind for: the search then
# skips ahead to each «r», not to every space of the cells' text; an attribute may
# follow another's closing quote with no space, as readers accept: «r="A1"r="XFD1"»)
_PLACE = re.compile(
    rb"""r(?<=[\s"']r)(?:ef)?\s*=\s*(["'])\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?(["']?)"""
)
_MALFORMED_REFERENCE = re.compile(
    rb"""r(?<=[\s"']r)(?:ef)?\s*=\s*(["'])(?!\$?[A-Za-z]*\$?\d*(?::\$?[A-Za-z]*\$?\d*)?\1)"""
)
# cells and rows without a reference take the next place: each counts. Rows and cells
# with a namespace prefix («<x:c») are rare: the scans for them run only where one occurs
_UNPLACED_CELL = re.compile(rb"""<c(?=[\s/>])(?!\s+r=")(?![^>]*[\s"']r\s*=)""")
_XLSX_UNPLACED_CELL = re.compile(rb"""<(?:\w+:)?c(?=[\s/>])(?![^>]*[\s"']r\s*=)""")
_XLSX_ROW_OR_CELL = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s/>])([^>]*)")
_PLACED = re.compile(rb"""[\s"']r\s*=""")
_PREFIXED = re.compile(rb":(?:row|c)(?=[\s/>])")
_PREFIXED_ROW = re.compile(rb"<\w+:row(?=[\s/>])")
# runs of spaces, and rows and cells repeated or spanned: two scans, each for a literal start,
# cost a tenth of one for any of the names (whose first letters are everywhere in the XML)
_ODS_SPACES = re.compile(rb"""text:c\s*=\s*["'](\d{1,20})["']""")
_ODS_TABLE = re.compile(rb"<[\w.-]+:table[\s/>]")
"""A sheet's start («<table:table »), its element's prefix however it is named."""
_ODS_COUNT = re.compile(
    rb"""number-(rows-repeated|columns-repeated|columns-spanned|rows-spanned)\s*=\s*["']"""
    rb"""(\d{1,20})["']"""
)


def chunks(part: IO[bytes], check: Callable[[bytes], None] | None = None) -> Iterator[bytes]:
    """A part's bytes in chunks that overlap, so that no tag is cut between two.

    ``check``, if given, sees each chunk of the part once, in order, without overlap.
    """
    tail = b""
    while chunk := part.read(_CHUNK):
        if check is not None:
            check(chunk)
        yield tail + chunk
        tail = chunk[-_OVERLAP:]


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _widest_unplaced_row(chunk: bytes) -> int:
    """The most cells without a reference in one row of ``chunk`` (each takes the next column)."""
    widest = run = 0
    for match in _XLSX_ROW_OR_CELL.finditer(chunk):
        if match[1] == b"row":
            run = 0
        elif _PLACED.search(match[2]) is None:
            run += 1
            widest = max(widest, run)
    return widest


def _refuse_malformed(
    chunk: bytes, part: IO[bytes], exact: Callable[[], _Extent], name: str, source: str
) -> None:
    """Refuse the first attribute of ``chunk`` that should place a cell and does not.

    One cut at the chunk's end is left to the next chunk, which holds it whole.
    The scan of the bytes also sees a cell's text («Семінар r="»): the part's
    attributes, read by an XML parser once (``exact``), decide.
    """
    malformed = _MALFORMED_REFERENCE.search(chunk)
    if malformed is None:
        return
    if malformed.end() > len(chunk) - 256 and (part.peek(1) if hasattr(part, "peek") else b"x"):
        return
    found = exact()
    if found.malformed is not None:
        shown = found.malformed[:40]
        raise DocumentError(source, [f"{name}: a cell reference that is not one: {shown!r}"])


class _Extent(NamedTuple):
    """What a part's attributes place, read by an XML parser.

    Its furthest row and column, and the first attribute that places no cell.
    """

    rows: int
    columns: int
    malformed: str | None


def _references(member: Callable[[], IO[bytes]], name: str, source: str) -> _Extent:
    """The cells a sheet's ``r`` and ``ref`` attributes place, read by expat, in C.

    The bytes' quick scan also finds «r="…"» in the cells' text, which places no
    cell; only where that scan would refuse the sheet is it read so.
    """
    rows = columns = 0
    malformed: str | None = None

    def start(_element: str, attributes: dict[str, str]) -> None:
        nonlocal rows, columns, malformed
        for key in ("r", "ref"):
            value = attributes.get(key)
            if value is None:
                continue
            found = _A_REFERENCE.fullmatch(value.strip())
            if found is None:
                malformed = value if malformed is None else malformed
                continue
            for letters, digits in ((found[1], found[2]), (found[3], found[4])):
                if letters:
                    columns = max(columns, _column(letters.encode()))
                if digits:
                    rows = max(rows, int(digits))

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        with member() as part:
            parser.ParseFile(part)
    except expat.ExpatError as error:
        raise DocumentError(
            source, [f"{name} is damaged: {expat.ErrorString(error.code)}"]
        ) from None
    return _Extent(rows, columns, malformed)


_A_REFERENCE = re.compile(r"\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?")
"""A cell's or a range's reference as an attribute holds it: «B7», «A1:E20», «$A$1»."""


def check_xlsx_extent(
    stream: IO[bytes], source: str, also: Callable[[str, bytes], None] | None = None
) -> None:
    """Refuse a workbook whose cells or declared dimensions reach beyond a sheet or the limits.

    ``also``, if given, sees each chunk read, with its part's name: what else a
    reader wants of the cells, read in the same pass.
    """
    limits = current()
    with unreadable_as_document_error(source, "xlsx"), zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith(".xml"):
                continue
            if info.filename.lower().endswith(("sharedstrings.xml", "styles.xml")):
                continue
            rows = columns = unplaced = counted_rows = 0
            # the part's attributes read by expat, once, where the quick scan would refuse it
            exact = functools.cache(
                functools.partial(
                    _references, functools.partial(archive.open, info), info.filename, source
                )
            )
            with archive.open(info) as part:
                for chunk in chunks(part):
                    if also is not None:
                        also(info.filename, chunk)
                    places = _PLACE.findall(chunk)
                    if places:  # each distinct quote, letters and number once, looped over in C
                        quotes = set(map(itemgetter(0, 5), places))
                        if any(opening != closing for opening, closing in quotes):
                            _refuse_malformed(chunk, part, exact, info.filename, source)
                        letters = set(map(itemgetter(1), places))
                        letters.update(map(itemgetter(3), places))
                        letters.discard(b"")
                        digits = set(map(itemgetter(2), places))
                        digits.update(map(itemgetter(4), places))
                        digits.discard(b"")
                        if letters:
                            columns = max(columns, *map(_column, letters))
                        if digits:
                            rows = max(rows, *map(int, digits))
                    # «<rowBreaks» counts too: an upper bound, as wanted
                    counted_rows += chunk.count(b"<row")
                    prefixed = _PREFIXED.search(chunk) is not None
                    if prefixed:
                        counted_rows += len(_PREFIXED_ROW.findall(chunk))
                    if _UNPLACED_CELL.search(chunk) is not None or (
                        prefixed and _XLSX_UNPLACED_CELL.search(chunk) is not None
                    ):
                        unplaced = max(unplaced, _widest_unplaced_row(chunk))
            if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > limits.cells:
                # (the bytes' scan may have counted «r="XFE1"» in a cell's text)
                rows, columns, _malformed = exact()
            # overlapping chunks count some tags twice: an upper bound, as wanted
            rows = max(rows, counted_rows)
            columns = max(columns, unplaced)
            where = f"{info.filename}"
            if rows > MAX_ROWS or columns > MAX_COLUMNS:
                raise DocumentError(
                    source,
                    [
                        f"{where}: a cell at row {rows:,}, column {columns:,} lies beyond the "
                        f"last cell an XLSX sheet has (row {MAX_ROWS:,}, column XFD)"
                    ],
                )
            if rows * columns > limits.cells:
                raise DocumentError(
                    source,
                    [limits.beyond("cells", f"{where}: its cells span {rows:,} rows × "
                                   f"{columns:,} columns", rows * columns)],
                )  # fmt: skip
    stream.seek(0)


def ods_needs_exact_reader(stream: IO[bytes], source: str) -> bool:
    """Refuse an ODS beyond the limits; say whether calamine would read it wrong.

    Runs of spaces beyond :attr:`Limits.spaces` are refused; rows or columns
    repeated beyond :attr:`Limits.repeat` are left to civplan's own reader,
    which keeps the repeats of empty rows and cells to itself (and refuses
    content repeated that far). So are sheets with dates: calamine gives a
    date's day («01.03.2025») where the cell shows its month («бер.-25»), and
    civplan's reader takes the text each cell shows.
    """
    limits = current()
    far = dated = False
    with unreadable_as_document_error(source, "ods"), zipfile.ZipFile(stream) as archive:
        try:
            part = archive.open("content.xml")
        except KeyError:
            stream.seek(0)
            return False
        # python-calamine can loop without end on a content.xml that is not well-formed
        # (an end tag broken): expat checks it in C on the same pass, before calamine sees it
        checker = expat.ParserCreate()
        with part:
            tables = 0

            def check(data: bytes) -> None:  # each byte once: the chunks below overlap
                nonlocal tables
                _well_formed(checker, data, source)
                tables += len(_ODS_TABLE.findall(data))
                if tables > limits.tables:
                    raise DocumentError(
                        source, [limits.beyond("tables", "content.xml: its tables", tables)]
                    )

            for chunk in chunks(part, check):
                dated = dated or b'office:value-type="date"' in chunk
                for match in _ODS_SPACES.finditer(chunk):
                    if (value := int(match[1])) > limits.spaces:
                        raise DocumentError(
                            source,
                            [limits.beyond("spaces", "content.xml: a run of spaces", value)],
                        )
                for match in _ODS_COUNT.finditer(chunk):
                    value = int(match[2])
                    name = match[1]
                    if name.endswith(b"spanned") and value > limits.columns * 100:
                        raise DocumentError(
                            source, [limits.beyond("cells", "content.xml: a cell spans", value)]
                        )
                    if name.endswith(b"repeated") and value > limits.repeat:
                        far = True
            _well_formed(checker, b"", source, final=True)
    stream.seek(0)
    return far or dated


def _well_formed(
    checker: expat.XMLParserType, data: bytes, source: str, *, final: bool = False
) -> None:
    """Feed ``data`` to ``checker``; a part that is not well-formed XML is a DocumentError."""
    try:
        checker.Parse(data, final)
    except expat.ExpatError as error:
        where = f"line {error.lineno}, column {error.offset + 1}"
        raise DocumentError(
            source,
            [f"content.xml is damaged: {expat.ErrorString(error.code)} ({where})"],
        ) from None
