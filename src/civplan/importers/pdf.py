"""PDF: reports printed from Word, Excel or LibreOffice, with a text layer.

Ruled tables are found and read with pdfplumber, page by page: each page's
table is a grid, and the shared table understanding joins the tables a
report continues on the next page, dropping the header repeated on each.
A cell spanning columns or rows is recorded as merged, as Word's are, from
the cells' boxes. Text outside the tables — the title above the first table,
a signature after the last — is the document's paragraphs; page numbers and
running texts between tables are left out, and the headings a document
prints above each section's table head its rows.

A page without a ruled table may hold a table printed without rules: it is
read by the alignment of its text (:mod:`civplan.importers.pdf_text_table`),
with a warning. A scanned PDF has no text to read: it is refused with a
suggestion to run OCR first. A PDF without a table says what it found
instead.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Sequence
from typing import IO, Any

import attrs

from civplan._errors import (
    CivplanWarning,
    DocumentError,
    password_protected,
    unreadable_as_document_error,
)
from civplan._optional import require
from civplan.importers.document import Document, Grid, listing
from civplan.importers.pages import PAGE_NUMBER, joined_pages, line_shape, running_lines
from civplan.importers.pdf_text_table import card_table, page_table
from civplan.importers.understanding import TableImporter

MAX_BYTES = 100 * 2**20
"""The largest PDF read (100 MB)."""
MAX_PAGES = 2000
"""The most pages read: a report of a few thousand measures fits in far fewer."""


def _opened(pdfplumber: Any, stream: IO[bytes], source: str) -> Any:
    """The PDF opened, or a clear refusal of one that needs a password to open."""
    try:
        return pdfplumber.open(stream)
    except Exception as error:
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        if any(isinstance(arg, PDFPasswordIncorrect) for arg in error.args):
            problem = password_protected("the PDF is", copy="save or print a copy")
            raise DocumentError(source, [problem]) from None
        raise


def read_pdf(stream: IO[bytes], source: str) -> Document:
    """The paragraphs and ruled tables of a PDF with a text layer."""
    pdfplumber = require("pdfplumber", extra="pdf", package="pdfplumber")
    pieces: list[tuple[str, Grid | None, str]] = []  # each line's text, or a table, in order
    heights: dict[int, list[float]] = {}  # by piece: a ruled table's rows' middles, a line's
    characters = 0
    tables = 0
    unruled: list[str] = []  # the pages whose table was read by its text's alignment
    past: list[str] = []  # the pages whose table runs past the paper's right edge
    cut: list[str] = []  # the pages whose table the paper's right edge cuts, nothing past it
    edges: tuple[float, ...] = ()  # the columns of the last such table, if the page ended in it
    header: Sequence[tuple[str, ...]] = ()  # the first row of the last such table with its own
    with _opened(pdfplumber, stream, source) as pdf:
        pages = pdf.pages
        if len(pages) > MAX_PAGES:
            raise DocumentError(source, [f"{len(pages)} pages: civplan reads at most {MAX_PAGES}"])
        for printed in pages:
            page = _without_slanted(printed)
            characters += len(page.chars)
            found = sorted(page.find_tables(), key=lambda table: table.bbox[1])
            if not found and page.chars:  # a table printed without rules, perhaps
                name = f"page {page.page_number}, table {tables + 1}"
                read, header = page_table(page, name, edges, header)
                if read is None:  # a card of «caption  value» lines for each measure
                    read = card_table(page, name)
                if read is not None:
                    tables += 1
                    unruled.append(f"page {page.page_number}")
                    where = f"page {page.page_number}"
                    pieces.extend((line, None, where) for line in read.above)
                    pieces.append(("", read.grid, where))
                    pieces.extend((line, None, where) for line in read.beside)
                    edges = read.edges
                    printed.close()
                    continue
            edges = ()
            boxes = [table.bbox for table in found]
            outside = page.filter(lambda obj, boxes=boxes: not _inside(obj, boxes))
            lines = _lines(outside)
            where = f"page {page.page_number}"
            beyond = sorted(char["top"] for char in page.chars if char["x0"] > page.width - 1)
            for index, table in enumerate(found):
                top = table.bbox[1]
                before = boxes[index - 1][3] if index else -1.0
                for line, y in lines:
                    if before < y < top:
                        heights[len(pieces)] = [y]
                        pieces.append((line, None, where))
                tables += 1
                grid = _grid(table, tables, page.page_number)
                if _runs_past(page, table, beyond):
                    # a web page's table wider than the paper: its rules end at the page's
                    # edge, its text goes on past it, into the last column as far as it goes
                    past.append(f"page {page.page_number}")
                    grid = _with_text_past(grid, table, page)
                elif table.bbox[2] >= page.width - 1 and f"page {page.page_number}" not in cut:
                    cut.append(f"page {page.page_number}")  # its last columns printed off it
                if grid.rows:
                    heights[len(pieces)] = [(row.bbox[1] + row.bbox[3]) / 2 for row in table.rows]
                    pieces.append(("", grid, where))
            last = boxes[-1][3] if boxes else -1.0
            for line, y in lines:
                if y > last:
                    heights[len(pieces)] = [y]
                    pieces.append((line, None, where))
            printed.close()
        _restore_title(pdf.metadata, pieces)
    if not characters:
        raise DocumentError(
            source,
            [
                "the PDF has no text layer (a scan?): civplan reads no images; "
                "run OCR first (for example ocrmypdf) and read its result"
            ],
        )
    if past:
        warnings.warn(
            CivplanWarning(
                f"{source}: a table wider than the page, its rules cut at the page's right edge "
                f"({listing(past)}): the text past the edge is read into the last column "
                "ruled; check it, or read the document it was printed from (printing may "
                "have left out the last columns)"
            ),
            stacklevel=4,
        )
    if cut:
        warnings.warn(
            CivplanWarning(
                f"{source}: a table cut by the page's right edge ({listing(cut)}): the "
                "columns past it are not in the PDF; read the document it was printed from"
            ),
            stacklevel=4,
        )
    if unruled:
        warnings.warn(
            CivplanWarning(
                f"{source}: a table printed without rules, read by the alignment of its text "
                f"({', '.join(unruled)}): check its rows and columns"
            ),
            stacklevel=4,
        )
    # tables set apart by other text are other things (a summary, an annex): the first
    # report is read
    return Document(
        source=source,
        blocks=joined_pages(_side_by_side(pieces, heights)),
        kind="a PDF document",
        one_table=True,
        printed=True,
    )


def _side_by_side(
    pieces: list[tuple[str, Grid | None, str]], heights: dict[int, list[float]]
) -> list[tuple[str, Grid | None, str]]:
    """``pieces`` with a sheet printed a part a page put together again.

    A spreadsheet wider than the paper is printed «down, then over» (the
    default of LibreOffice Calc and Excel): its first columns on pages 1 to
    n, the next ones on pages n + 1 to 2n (and so on), each page's rows at
    the heights of its first part's page, the later pages holding nothing
    but the table (a cell printed without rules among it, a running head
    and foot). Where every row and line of each later page stands at a row
    of its first part's page, each row is joined with its rest there.
    ``heights``: the middles of each ruled table's rows and of each line.
    """
    own = _own_lines(pieces)
    on: dict[int, list[int]] = {}  # each page's ruled tables and own lines, by piece
    for at, (_text, grid, where) in enumerate(pieces):
        if at in heights and (grid is not None or at in own):
            on.setdefault(_page(where), []).append(at)
    pages = sorted(page for page, found in on.items() if any(pieces[at][1] for at in found))
    if len(pages) < 2 or pages != list(range(pages[0], pages[0] + len(pages))):
        return pieces
    for size in range(1, len(pages) // 2 + 1):
        parts = [pages[start : start + size] for start in range(0, len(pages), size)]
        if len(pages) % size == 0 and all(
            _rest_on(on[left], on[right], pieces, heights)
            for part in parts[1:]
            for left, right in zip(parts[0], part, strict=True)
        ):
            return _put_together(pieces, heights, on, parts)
    return pieces


def _own_lines(pieces: list[tuple[str, Grid | None, str]]) -> set[int]:
    """The lines of text a page has of its own.

    Not running (:func:`running_lines`), nor a page's number alone.
    """
    running = running_lines(pieces)
    return {
        at
        for at, (text, grid, _where) in enumerate(pieces)
        if grid is None and at not in running and text.strip() and not text.strip().isdecimal()
    }


_SAME_ROW = 2.0
"""How far apart, in points, the middles of one row's parts on two pages may be."""


def _rest_on(
    left: list[int],
    right: list[int],
    pieces: list[tuple[str, Grid | None, str]],
    heights: dict[int, list[float]],
) -> bool:
    """Whether a page holds the rest of another's rows.

    Ruled tables of one width, not the other's, and every row and line of it
    at the height of a row of the other's tables.
    """
    rows = sorted(y for at in left if pieces[at][1] is not None for y in heights[at])
    widths = {grid.width for at in left if (grid := pieces[at][1]) is not None}
    grids = [grid for at in right if (grid := pieces[at][1]) is not None]
    return (
        bool(rows)
        and bool(grids)
        and len({grid.width for grid in grids}) == 1
        # other columns: a table of the same width on the next page goes on below, not beside
        and grids[0].width not in widths
        and all(_near(rows, y) for at in right for y in heights[at])
    )


def _near(rows: list[float], y: float) -> bool:
    """Whether ``y`` is a row's height among the sorted ``rows``."""
    at = bisect.bisect_left(rows, y - _SAME_ROW)
    return at < len(rows) and rows[at] <= y + _SAME_ROW


def _put_together(
    pieces: list[tuple[str, Grid | None, str]],
    heights: dict[int, list[float]],
    on: dict[int, list[int]],
    parts: list[list[int]],
) -> list[tuple[str, Grid | None, str]]:
    """The first part's tables with each row's rest from the later parts' pages beside it."""
    widths = []
    for part in parts[1:]:
        found = {grid.width for page in part for at in on[page] if (grid := pieces[at][1])}
        if len(found) != 1:
            return pieces
        widths.append(found.pop())
    joined = dict(enumerate(pieces))
    lines: dict[int, list[int]] = {}  # each page's lines of text, by piece
    for at, (_text, grid, where) in enumerate(pieces):
        if grid is None:
            lines.setdefault(_page(where), []).append(at)
    for index, first in enumerate(parts[0]):
        # a cell merged across the parts shows its text on each part's page: once is its own
        shown = {line_shape(pieces[at][0]) for at in lines.get(first, ())}
        for part in parts[1:]:
            for at in lines.get(part[index], ()):
                if line_shape(pieces[at][0]) in shown:
                    joined.pop(at, None)
        rests = []  # for each later part: the cells at each height on its page
        for part, width in zip(parts[1:], widths, strict=True):
            cells: list[tuple[float, tuple[str, ...]]] = []
            for at in on[part[index]]:
                text, grid, _where = joined.pop(at, pieces[at])
                if grid is None:  # a cell printed without rules: the part's first column
                    cells.append((heights[at][0], (text, *("",) * (width - 1))))
                else:
                    cells.extend(zip(heights[at], grid.rows, strict=True))
            rests.append((sorted(cells, key=lambda cell: cell[0]), width))
        for at in on[first]:
            _text, grid, where = pieces[at]
            if grid is not None:
                joined[at] = ("", _with_rests(grid, heights[at], rests), where)
    return [joined[at] for at in range(len(pieces)) if at in joined]


def _with_rests(
    grid: Grid,
    middles: list[float],
    rests: list[tuple[list[tuple[float, tuple[str, ...]]], int]],
) -> Grid:
    """``grid`` with each row's cells from the later parts at its height appended."""
    rows = []
    for row, y in zip(grid.rows, middles, strict=True):
        more: list[str] = [*row, *("",) * (grid.width - len(row))]
        for cells, width in rests:
            tops = [height for height, _cells in cells]
            at = bisect.bisect_left(tops, y - _SAME_ROW)
            found = cells[at][1] if at < len(cells) and tops[at] <= y + _SAME_ROW else ()
            more.extend((*found, *("",) * (width - len(found)))[:width])
        rows.append(tuple(more))
    width = len(rows[0]) if rows else grid.width
    spans = {row: (*places, *range(grid.width, width)) for row, places in grid.spans.items()}
    return Grid(rows=rows, name=grid.name, spans=spans, place=grid.place, row_where=grid.row_where)


def _page(where: str) -> int:
    """A piece's page number, from its place («page 3»).

    0 for a place of no page: the document's properties a title was taken from.
    """
    found = _PAGE_PLACE.match(where)
    return int(found[1]) if found else 0


_PAGE_PLACE = re.compile(r"page (\d+)")


_NAMES_A_PLAN = re.compile(
    r"план|звіт|програм|заход|стратегі|інформаці|plan\b|report|programme|program\b|strategy",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"\.(?:docx?|odt|rtf|pdf|html?|xlsx?|ods)$|^microsoft \w+ -", re.IGNORECASE)
_MOST_TITLE = 500


def _restore_title(metadata: Any, pieces: list[tuple[str, Grid | None, str]]) -> None:
    """Put back the title the PDF's properties give, where its pages lost it or its first lines.

    LibreOffice prints a web page without its first line, often its title's
    («План заходів на 2025 рік»), and keeps the page's ``<title>`` as the
    PDF's: that names the plan, where the pages no longer do. The lines left
    of it, its end, give way to it whole; a title lost whole is put back only
    in a PDF that names no program that created it (Word and Writer do, and a
    document's title property may be its template's). Not a file's name
    («Microsoft Word - звіт.docx»), nor a title that names no plan, nor one the
    pages print.
    """
    title = metadata.get("Title") if isinstance(metadata, dict) else None
    if not isinstance(title, str):
        return
    title = " ".join(title.split())
    if not title or len(title) > _MOST_TITLE or _FILE_NAME.search(title):
        return
    if _NAMES_A_PLAN.search(title) is None:
        return
    lines = [" ".join(text.split()) for text, grid, _where in pieces if grid is None]
    if title in " ".join(lines):
        return
    first = next((at for at, (_t, grid, _w) in enumerate(pieces) if grid is not None), len(pieces))
    for end in range(min(first, _TITLE_LINES), 0, -1):  # its end printed: the first lines
        left = " ".join(" ".join(text.split()) for text, _g, _w in pieces[:end])
        if len(left) < len(title) and title.endswith(left):
            pieces[:end] = [(title, None, "the document's title")]
            return
    # lost whole: only from a page printed (a document's program names itself its creator,
    # and its title property may be a template's, not the plan's)
    if not metadata.get("Creator"):
        pieces.insert(0, (title, None, "the document's title"))


_TITLE_LINES = 4


def _runs_past(page: Any, table: Any, past: list[float]) -> bool:
    """Whether a table's rules end at the page's right edge and its text goes on past it.

    ``past``: the tops, in order, of the page's characters past its edge.
    """
    first = bisect.bisect_left(past, table.bbox[1])
    return table.bbox[2] >= page.width - 1 and first < bisect.bisect_left(past, table.bbox[3])


def _with_text_past(grid: Grid, table: Any, page: Any) -> Grid:
    """``grid`` with each row's last ruled cell holding its text past the page's edge too."""
    from pdfplumber.utils.text import extract_text

    # the characters by their middles' height: each row's found by bisection, in bounded time
    middles = sorted(((char["top"] + char["bottom"]) / 2, at) for at, char in enumerate(page.chars))
    heights = [middle for middle, _at in middles]
    rows = list(grid.rows)
    for r, row in enumerate(table.rows):
        boxes = [box for box in row.cells if box is not None]
        if not boxes or r >= len(rows):
            continue
        left, top, _right, bottom = boxes[-1]
        within = middles[bisect.bisect_left(heights, top) : bisect.bisect_left(heights, bottom)]
        chars = [
            char
            for _middle, at in sorted(within, key=lambda item: item[1])  # in the page's order
            if ((char := page.chars[at])["x0"] + char["x1"]) / 2 >= left
        ]
        cells = list(rows[r])
        cells[row.cells.index(boxes[-1])] = extract_text(chars)
        rows[r] = tuple(cells)
    return attrs.evolve(grid, rows=rows)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
    y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _lines(page: Any) -> list[tuple[str, float]]:
    """The page's lines of text, each with its middle's height; page numbers left out.

    The middle, as for the characters kept out of the tables: a line printed
    right under a table can begin a point above the table's lower edge.
    """
    found = []
    for line in page.extract_text_lines(return_chars=False):
        text = " ".join(line["text"].split())
        if text and not PAGE_NUMBER.fullmatch(text):
            found.append((text, (float(line["top"]) + float(line["bottom"])) / 2))
    return found


def _grid(table: Any, number: int, page: int) -> Grid:
    """A table's cells, with the places a cell spans recorded as merged."""
    texts = _turned(table, table.extract())
    rows = table.rows
    columns = max((len(row.cells) for row in rows), default=0)
    lefts = [
        min((row.cells[c][0] for row in rows if c < len(row.cells) and row.cells[c]), default=0.0)
        for c in range(columns)
    ]
    grid_rows: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    for r, row in enumerate(rows):
        cells = row.cells
        # printed lines, unwrapped once the pages' tables are joined (a row may go on)
        line = [texts[r][c] or "" if c < len(texts[r]) else "" for c in range(len(cells))]
        places: list[int] = []
        merged = False
        for c, box in enumerate(cells):
            if box is not None:
                places.append(c)
                continue
            merged = True
            start = next((k for k in range(c - 1, -1, -1) if cells[k] is not None), None)
            if start is not None and cells[start][2] > lefts[c] + 1:
                places.append(places[start] if places[start] >= 0 else start)
            else:
                places.append(-1)  # covered by a cell from the row above
        grid_rows.append(tuple(line))
        if merged:
            spans[r] = tuple(places)
    name = f"page {page}, table {number}"
    return Grid(
        rows=grid_rows,
        name=name,
        spans=spans,
        place=lambda row, column: f"{name}, row {row + 1}, cell {column + 1}",
        row_where=lambda row: f"{name}, row {row + 1}",
    )


def _without_slanted(page: Any) -> Any:
    """The page without its slanted letters: a watermark across it («ПРОЄКТ»), no cell's text.

    Letters set level or turned a quarter round are the document's.
    """

    def square(obj: dict[str, Any]) -> bool:
        a, b, c, d = obj["matrix"][:4]
        return bool(abs(b) + abs(c) < 0.01 or abs(a) + abs(d) < 0.01)

    if all(square(char) for char in page.chars):
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or square(obj))


_MOST_TURNED = 5000
"""The most turned characters of a page read as turned text in cells: captions and labels
are short; a page of more is its whole text turned, left as the extraction gives it."""


def _turned(table: Any, texts: list[list[str | None]]) -> list[list[str | None]]:
    """``texts`` with the cells whose text is turned a quarter round read in reading order.

    A narrow column's caption set upright («Строк виконання» written bottom to
    top) comes out of the extraction letters reversed, «яннанокив кортС».
    Each character is looked for among the cells of its row only (and those
    merged down over it): a page's many cells and characters cost no more
    than their number.
    """
    chars = table.page.chars
    # a quarter round only: not a watermark's slanted letters («ПРОЄКТ» across the page)
    turned = [char for char in chars if abs(char["matrix"][0]) + abs(char["matrix"][3]) < 0.01]
    if not turned or len(turned) > _MOST_TURNED:
        return texts
    tops = [row.bbox[1] for row in table.rows]
    bands: list[list[tuple[tuple[float, float, float, float], int, int]]] = [[] for _ in tops]
    for r, row in enumerate(table.rows):
        for c, box in enumerate(row.cells):
            if box is not None and r < len(texts) and c < len(texts[r]):
                for band in range(r, bisect.bisect_left(tops, box[3])):
                    bands[band].append((box, r, c))

    def cell_of(char: dict[str, Any]) -> tuple[int, int] | None:
        band = bisect.bisect_right(tops, float(char["top"] + char["bottom"]) / 2) - 1
        for box, r, c in bands[band] if band >= 0 else ():
            if _within(char, box):
                return r, c
        return None

    found: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for char in turned:
        if (place := cell_of(char)) is not None:
            found.setdefault(place, []).append(char)
    if not found:
        return texts
    # with the upright characters on their lines (a sign drawn from another font, «№»), not
    # those of another cell's text run over them
    lines = {place: sorted(char["x0"] for char in inside) for place, inside in found.items()}
    for char in chars:
        if char["upright"] and (place := cell_of(char)) in lines:
            xs = lines[place]
            at = bisect.bisect_left(xs, char["x0"] - 1.5)
            if at < len(xs) and xs[at] <= char["x0"] + 1.5:
                found[place].append(char)
    for (r, c), inside in found.items():
        texts[r][c] = _turned_text(inside)
    return texts


def _within(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    """Whether a character's middle lies in a cell's box."""
    middle = (float(char["x0"] + char["x1"]) / 2, float(char["top"] + char["bottom"]) / 2)
    return box[0] <= middle[0] <= box[2] and box[1] <= middle[1] <= box[3]


def _turned_text(chars: list[dict[str, Any]]) -> str:
    """The text of characters turned a quarter round, its lines in reading order.

    Turned anticlockwise (read bottom to top) the lines follow from left to
    right; clockwise (top to bottom), from right to left.
    """
    upward = next(char["matrix"][1] > 0 for char in chars if not char["upright"])  # (turned)
    lines: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda char: char["x0"]):
        if lines and char["x0"] - lines[-1][-1]["x0"] <= 1.5:
            lines[-1].append(char)
        else:
            lines.append([char])
    if not upward:
        lines.reverse()
    return "\n".join(
        "".join(
            char["text"] for char in sorted(line, key=lambda char: char["top"], reverse=upward)
        ).strip()
        for line in lines
    )


class PdfImporter(TableImporter):
    """PDF: reports printed to PDF, read from their text layer."""

    name = "pdf"
    extensions = (".pdf",)
    media_type = "application/pdf"

    def sniff(self, head: bytes) -> bool:
        """The PDF signature near the start."""
        return b"%PDF-" in head[:1024]

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The document's paragraphs and tables, from a seekable binary stream."""
        start = stream.tell()
        stream.seek(0, 2)
        size = stream.tell() - start
        stream.seek(start)
        if size > MAX_BYTES:
            raise DocumentError(source, [f"larger than civplan reads ({MAX_BYTES // 2**20} MB)"])
        with unreadable_as_document_error(source, "pdf"):
            return read_pdf(stream, source)
