r"""The tables of a Word 97–2003 document, read from the file itself.

civplan reads ``.doc`` files through LibreOffice (:mod:`civplan.importers.legacy`).
LibreOffice reads no table from some files that hold one: a document that ends
with its table, as LibreOffice itself saves a DOCX that ends so. Such a file
still tells its tables: each cell's text ends with a cell mark (``\x07``),
each row with a paragraph marked as its end, which carries the row's cell
boundaries and merges. This module reads them, with the paragraphs around
them, in the file's order: the compound file by olefile, the text by the
piece table, the marks by the paragraphs' properties (MS-DOC).

Only what a report's table needs is read: text, rows, cells and their merges.
A table inside a cell is read as lines of that cell.
"""

from __future__ import annotations

import bisect
import io
import re
import struct
from collections.abc import Iterator
from typing import Any, NamedTuple

from civplan._errors import DocumentError
from civplan._limits import current
from civplan._optional import require
from civplan.importers.document import Block, Grid, Paragraph, table_places

_WORD_IDENT = 0xA5EC
_TABLE_STREAM = 0x0200  # the FIB's flag: the table stream is «1Table», not «0Table»
_ENCRYPTED = 0x0100
_CCP_TEXT = 0x4C  # where the FIB gives the main text's length in characters
_FC_LCB = 154  # where the FIB's pairs of offsets and sizes begin
_PAPX_PAIR = 13  # the pair of the paragraphs' properties (PlcBtePapx)
_CLX_PAIR = 33  # the pair of the piece table (Clx)
_PAGE = 512  # a page of paragraph properties (an FKP)
_COMPRESSED = 0x40000000  # a piece of 8-bit text
_IN_TABLE = 0x2416  # sprmPFInTable
_ROW_END = 0x2417  # sprmPFTtp
_DEPTH = 0x6649  # sprmPItap
_CELLS = 0xD608  # sprmTDefTable
_HUGE = 0x6646  # sprmPHugePapx: the properties are in the «Data» stream
_CELL_MARK = "\x07"
_SNAP = 30
"""Twips within which two rows' cell boundaries are one column's (half a millimetre)."""
_SPECIAL = str.maketrans(
    {
        "\x0b": "\n",  # a line break
        "\x1e": "-",  # a non-breaking hyphen
        "\x1f": "",  # an optional hyphen
        "\xa0": " ",
        "\x01": "",  # a picture
        "\x08": "",  # a drawn object
        "\x02": "",  # a footnote's mark
        "\x05": "",  # a comment's mark
        "\x0c": "\n",  # a page or section break
        "\x0e": "\n",  # a column break
    }
)


class _Paragraph(NamedTuple):
    text: str  # without its mark
    mark: str  # «\r», or the cell mark
    in_table: bool
    row_end: bool
    depth: int
    cells: bytes | None  # the row's sprmTDefTable operand, on a row's end


def read_word97(data: bytes, source: str) -> list[Block] | None:
    """The paragraphs and tables of a Word 97–2003 document, or ``None`` where it tells none.

    ``None`` for a file that is no Word 97–2003 document civplan can read so
    (encrypted, an older Word, damaged): the caller keeps what it read
    otherwise. The tables of a document are given as :class:`Grid`, named
    «table N» as in a DOCX, their merged cells spread as a DOCX's.

    Raises:
        DocumentError: a row of more cells, or a document of more, than the
            limits allow.
    """
    olefile = require("olefile", extra="docx", package="olefile")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as compound:
            blocks = _blocks(_paragraphs(compound, len(data)), source)
    except DocumentError:
        raise
    except Exception:  # noqa: BLE001 - any damage: no reading of the file's own
        return None
    return blocks if any(isinstance(block, Grid) for block in blocks) else None


def _stream(compound: Any, name: str, most: int) -> bytes:
    """A stream of the compound file, no larger than the file itself (``most`` bytes).

    A damaged directory may give a stream any size, whose sectors the reader would
    follow round and round: such a stream is refused before it is read.
    """
    if compound.get_size(name) > most:
        raise ValueError(f"the stream {name} is larger than the file")
    data: bytes = compound.openstream(name).read()
    return data


def _paragraphs(compound: Any, most: int) -> Iterator[_Paragraph]:
    word = _stream(compound, "WordDocument", most)
    (ident,) = struct.unpack_from("<H", word, 0)
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    if ident != _WORD_IDENT or flags & _ENCRYPTED:
        raise ValueError("not a Word 97–2003 document civplan reads")
    table = _stream(compound, "1Table" if flags & _TABLE_STREAM else "0Table", most)
    (length,) = struct.unpack_from("<i", word, _CCP_TEXT)
    pieces = _pieces(table, _pair(word, _CLX_PAIR))
    extra = _stream(compound, "Data", most) if compound.exists("Data") else b""
    properties = _properties(word, table, extra, _pair(word, _PAPX_PAIR))
    starts = [start for start, _, _ in properties]
    text: list[str] = []
    for chunk, offset, step in _chunks(word, pieces, length):
        begins = 0
        for mark in _MARKS.finditer(chunk):
            text.append(chunk[begins : mark.start()])
            begins = mark.end()
            position = offset + step * mark.start()
            found = bisect.bisect_right(starts, position) - 1
            sprms = properties[found][2] if found >= 0 and position < properties[found][1] else {}
            yield _paragraph("".join(text), mark.group(), sprms)
            text = []
        text.append(chunk[begins:])


_MARKS = re.compile("[\r\x07]")
"""The marks that end a paragraph: of a paragraph, or of a cell or a row."""


def _paragraph(text: str, mark: str, sprms: dict[int, bytes]) -> _Paragraph:
    depth = struct.unpack("<i", sprms[_DEPTH])[0] if len(sprms.get(_DEPTH, b"")) == 4 else 0
    in_table = sprms.get(_IN_TABLE, b"\x00")[:1] == b"\x01"
    return _Paragraph(
        text=text.translate(_SPECIAL),
        mark=mark,
        in_table=in_table or depth > 0,
        row_end=sprms.get(_ROW_END, b"\x00")[:1] == b"\x01",
        depth=max(depth, 1) if in_table else depth,
        cells=sprms.get(_CELLS),
    )


def _pair(word: bytes, index: int) -> tuple[int, int]:
    offset, size = struct.unpack_from("<II", word, _FC_LCB + 8 * index)
    return offset, size


def _pieces(table: bytes, clx: tuple[int, int]) -> list[tuple[int, int, int, bool]]:
    """The pieces of the text: (first character, last + 1, offset in the file, 8-bit)."""
    at, end = clx[0], clx[0] + clx[1]
    while at < end and table[at] == 0x01:  # properties of pieces, skipped
        (size,) = struct.unpack_from("<h", table, at + 1)
        at += 3 + max(size, 0)
    if at >= end or table[at] != 0x02:
        raise ValueError("no piece table")
    (size,) = struct.unpack_from("<I", table, at + 1)
    count = (size - 4) // 12
    first = at + 5
    places = struct.unpack_from(f"<{count + 1}i", table, first)
    pieces = []
    for n in range(count):
        (fc,) = struct.unpack_from("<I", table, first + 4 * (count + 1) + 8 * n + 2)
        compressed = bool(fc & _COMPRESSED)
        offset = (fc & ~_COMPRESSED) // 2 if compressed else fc
        pieces.append((places[n], places[n + 1], offset, compressed))
    return pieces


def _chunks(
    word: bytes, pieces: list[tuple[int, int, int, bool]], length: int
) -> Iterator[tuple[str, int, int]]:
    """The main text, a piece at a time: its text, its place in the file, bytes a character."""
    for start, end, offset, compressed in pieces:
        if start >= length:
            break
        count = min(end, length) - start
        if compressed:
            yield word[offset : offset + count].decode("cp1252", errors="replace"), offset, 1
        else:
            chunk = word[offset : offset + 2 * count].decode("utf-16-le", errors="replace")
            yield chunk, offset, 2


def _properties(
    word: bytes, table: bytes, extra: bytes, plc: tuple[int, int]
) -> list[tuple[int, int, dict[int, bytes]]]:
    """The paragraphs' properties that matter here, by the file's places they cover.

    Those too long for their page (a wide row's definition) are in ``extra``, the
    «Data» stream, where the page points (sprmPHugePapx).
    """
    offset, size = plc
    count = (size - 4) // 8
    pages = struct.unpack_from(f"<{count}I", table, offset + 4 * (count + 1))
    found: list[tuple[int, int, dict[int, bytes]]] = []
    for number in pages:
        at_page = (number & 0x3FFFFF) * _PAGE
        page = word[at_page : at_page + _PAGE]
        if len(page) < _PAGE:
            continue
        runs = page[_PAGE - 1]
        limits = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for run in range(runs):
            at = page[4 * (runs + 1) + 13 * run] * 2
            sprms: dict[int, bytes] = {}
            if at:
                size = page[at]
                start, size = (at + 2, 2 * page[at + 1]) if size == 0 else (at + 1, 2 * size - 1)
                sprms = _sprms(page[start + 2 : start + size])  # after the style's number
                if len(huge := sprms.get(_HUGE, b"")) == 4:
                    where = struct.unpack("<I", huge)[0]
                    length = (
                        struct.unpack_from("<H", extra, where)[0] if where + 2 <= len(extra) else 0
                    )
                    sprms = _sprms(extra[where + 2 : where + 2 + length])
            found.append((limits[run], limits[run + 1], sprms))
    found.sort(key=lambda entry: entry[0])
    return found


_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """The properties a paragraph's list of them sets, by their codes."""
    found: dict[int, bytes] = {}
    at = 0
    while at + 2 <= len(grpprl):
        (code,) = struct.unpack_from("<H", grpprl, at)
        at += 2
        size = _OPERAND.get(code >> 13)
        if size is None:  # of a variable size, given first
            if code == _CELLS:
                size = (struct.unpack_from("<H", grpprl, at)[0] + 1) if at + 2 <= len(grpprl) else 0
            else:
                size = grpprl[at] + 1 if at < len(grpprl) else 0
        found.setdefault(code, grpprl[at : at + size])
        at += size
    return found


def _blocks(paragraphs: Iterator[_Paragraph], source: str) -> list[Block]:
    limits = current()
    blocks: list[Block] = []
    rows: list[tuple[list[str], bytes | None]] = []
    cell: list[str] = []
    cells: list[str] = []
    number = 0
    read = 0  # cells of all tables
    written = 0  # paragraphs with text since the last table, named as a DOCX's are
    for count, paragraph in enumerate(paragraphs, start=1):
        if count > limits.cells:  # each a cell's worth of work, at least
            raise DocumentError(source, [limits.beyond("cells", "paragraphs", count)])
        if not paragraph.in_table:
            if rows:
                number += 1
                blocks.append(_grid(rows, number, source))
                rows, written = [], 0
            if paragraph.text.strip():
                written += 1
                after = f" after table {number}" if number else ""
                blocks.append(Paragraph(paragraph.text, f"paragraph {written}{after}"))
            continue
        if paragraph.depth > 1:  # a table in a cell: its text, a line each
            if paragraph.text.strip():
                cell.append(paragraph.text)
            continue
        if paragraph.row_end:
            rows.append((cells, paragraph.cells))
            cells, cell = [], []
        elif paragraph.mark == _CELL_MARK:
            cell.append(paragraph.text)
            cells.append("\n".join(cell).strip())
            cell = []
            read += 1
            if len(cells) > limits.columns:
                where = f"table {number + 1}, row {len(rows) + 1}: cells in a row"
                raise DocumentError(source, [limits.beyond("columns", where, len(cells))])
            if read > limits.cells:
                raise DocumentError(source, [limits.beyond("cells", "cells in tables", read)])
        else:
            cell.append(paragraph.text)
    if rows:
        blocks.append(_grid(rows, number + 1, source))
    return blocks


def _grid(rows: list[tuple[list[str], bytes | None]], number: int, source: str) -> Grid:
    """A table from its rows' cells, placed in columns by the cells' boundaries.

    Each row spreads over every column that any row's boundaries make: the columns, and
    the places of all rows, are held to the limits before they are laid out.
    """
    limits = current()
    layouts = [_layout(cells, definition) for cells, definition in rows]
    edges: list[int] = []  # sorted
    for bounds, _ in layouts:
        for edge in bounds:
            at = bisect.bisect_left(edges, edge)
            near = edges[max(at - 1, 0) : at + 1]
            if not any(abs(edge - known) <= _SNAP for known in near):
                edges.insert(at, edge)
        if len(edges) - 1 > limits.columns:
            where = f"table {number}: columns by its cells' boundaries"
            raise DocumentError(source, [limits.beyond("columns", where, len(edges) - 1)])
    if len(rows) * (len(edges) - 1) > limits.cells:
        where = f"table {number}: its rows laid out in its columns"
        raise DocumentError(source, [limits.beyond("cells", where, len(rows) * (len(edges) - 1))])
    texts: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    for index, ((cells, _), (bounds, merges)) in enumerate(zip(rows, layouts, strict=True)):
        row: list[str] = []
        covering: list[int] = []
        merged = False
        for at, text in enumerate(cells):
            first = _column(edges, bounds[at]) if at < len(bounds) - 1 else len(row)
            last = _column(edges, bounds[at + 1]) if at + 1 < len(bounds) else first + 1
            while len(row) < first:  # no cell there in this row
                row.append("")
                covering.append(len(covering))
            horizontal, down = merges[at] if at < len(merges) else (0, False)
            if horizontal == 2 and covering:  # merged with the cell before
                row.append("")
                covering.append(covering[-1] if covering[-1] >= 0 else len(covering))
                merged = True
                continue
            start = len(row)
            width = max(last - first, 1)
            row.extend([text if not down else "", *([""] * (width - 1))])
            covering.extend([-1] * width if down else [start] * width)
            merged = merged or down or width > 1
        if merged:
            spans[index] = tuple(covering)
        texts.append(tuple(row))
    name = f"table {number}"
    return Grid(rows=texts, name=name, spans=spans, place=table_places(name))


def _layout(cells: list[str], definition: bytes | None) -> tuple[list[int], list[tuple[int, bool]]]:
    """A row's cell boundaries (in twips) and each cell's merges, from its definition.

    Each merge is the horizontal one (0 none, 1 the first of cells merged,
    2 merged with the cell before) and whether a cell merged down from the
    row above covers the cell.
    """
    if definition is None or len(definition) < 3:
        return list(range(0, 1000 * (len(cells) + 1), 1000)), []
    count = definition[2]
    if len(definition) < 3 + 2 * (count + 1):
        return list(range(0, 1000 * (len(cells) + 1), 1000)), []
    bounds = list(struct.unpack_from(f"<{count + 1}h", definition, 3))
    merges = []
    first = 3 + 2 * (count + 1)
    for cell in range(count):
        at = first + 20 * cell
        flags = struct.unpack_from("<H", definition, at)[0] if at + 2 <= len(definition) else 0
        vertical = (flags >> 5) & 0x3
        merges.append((flags & 0x3, vertical == 1))
    return bounds, merges


def _column(edges: list[int], edge: int) -> int:
    """The column an edge begins, the nearest known edge's."""
    at = bisect.bisect_left(edges, edge)
    return min((n for n in (at - 1, at) if 0 <= n < len(edges)), key=lambda n: abs(edges[n] - edge))
