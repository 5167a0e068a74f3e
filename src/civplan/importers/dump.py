r"""The text dump of a Word report table, as the reference report comes.

In such a dump each cell starts with a tab at the start of a line; a cell's
further paragraphs follow on lines without a tab («протягом\nроку»); a blank
line ends a row — but an empty paragraph inside a cell shows as a blank line
too, and a cell merged across the table (a heading) is one cell. So rows are
told apart by the table's width: the most common number of cells between
blank lines; parts of a row that an empty paragraph split are joined again,
and a short row above a full one in the header is spread over the columns
its captions span. Lines before the first cell are the title; lines below
the table are paragraphs after it. Word artefacts such as
``[bookmark: _GoBack]`` are dropped.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from civplan._errors import DocumentError
from civplan._limits import current
from civplan.importers.aligned import read_aligned_table
from civplan.importers.captions import caption_fields
from civplan.importers.cell_lines import CellLines, read_cell_lines
from civplan.importers.content import YEAR_ALONE
from civplan.importers.document import Block, Document, Grid, Paragraph
from civplan.importers.header import caption_score
from civplan.importers.pipetable import read_pipe_table
from civplan.importers.rows import text_and_figures
from civplan.model.numbering import MEASURE_NUMBER, within

_ARTEFACT = re.compile(r"\[bookmark: [^\]]*\]")
_LONG = 80


@attrs.define
class _Cell:
    lines: list[str]
    line: int  # 1-based line of the cell's start
    gap: int  # blank lines before it
    loose: list[tuple[int, str]] = attrs.Factory(list)  # its last lines, after a blank line

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def read_text_dump(text: str, *, source: str = "<text>", pages: Sequence[int] = ()) -> Document:
    """The paragraphs and table of a Word table's text dump.

    A text with no table is its lines, each a paragraph: a report in prose
    (:mod:`civplan.importers.prose`) is read so, with its plan. ``pages``: the
    lines (from 0) where the pages after the first begin, for a table aligned
    by spaces in a PDF's text.

    Raises:
        DocumentError: a line with more cells than the limits allow.
    """
    limits = current()
    if text.count("\t") > limits.columns:  # look at each line only when it could be too wide
        for number, line in enumerate(text.splitlines(), start=1):
            tabs = line.count("\t")
            if tabs > limits.columns:
                what = f"line {number}: cells in one line"
                raise DocumentError(source, [limits.beyond("columns", what, tabs)])
    title, cells, after = _cells(text)
    if not cells:
        separated = _tab_separated(text, source)
        if separated is None and (piped := read_pipe_table(text, source)) is not None:
            return Document(source=source, blocks=piped, kind="a table written with pipes")
        if separated is None and (saved := read_cell_lines(text)) is not None:
            return _saved_a_cell_a_line(saved, source)
        if separated is None and (aligned := read_aligned_table(text, source, pages)) is not None:
            return aligned  # «№   Найменування заходу   Термін …», columns set by spaces
        if separated is None:  # no table: a report in prose, perhaps, read with its plan
            paragraphs: list[Block] = [
                Paragraph(line.strip(), f"line {n}")
                for n, line in enumerate(text.splitlines(), start=1)
                if line.strip()
            ]
            return Document(source=source, blocks=paragraphs, kind="plain text")
        return Document(source=source, blocks=separated, kind="tab-separated text")
    rows = _rows(cells)
    width = _width(rows)
    rows = _rejoined(rows, width)
    between = _between_tables(rows)
    grid_rows = [tuple(c.text for c in row) for row in rows]
    lines = [[c.line for c in row] for row in rows]
    spans = _spans(grid_rows, width)
    blocks: list[Block] = [Paragraph(line, f"line {n}") for n, line in title]
    starts = [0, *between, len(rows)]
    for number, (start, end) in enumerate(itertools.pairwise(starts), start=1):
        for n, line in between.get(start, ()):
            blocks.append(Paragraph(line.strip(), f"line {n}"))
        blocks.append(_grid(grid_rows, lines, spans, (start, end), number if between else None))
    blocks.extend(Paragraph(line, f"line {n}") for n, line in after)
    return Document(source=source, blocks=blocks, kind="a text dump of a table", merges_shown=False)


def read_pasted_dump(document: Document) -> Document:
    """A document of no table whose paragraphs are a table's text dump, read as the dump.

    LibreOffice opens a table's text dump (a cell after a tab, a blank line
    after a row) as paragraphs and saves them as a Word or Writer document so;
    rows copied from a spreadsheet and pasted into Word as text are a
    paragraph each, their cells between tabs.
    Its table is read from them where one of its first rows names captions
    civplan knows, with a warning that says so; its places are the lines of
    the document, its paragraphs counted with the empty ones. Otherwise (a
    letter whose paragraphs begin with a tab) the document is as it was.
    """
    if document.grids or not (
        any(line.startswith("\t") for line in document.lines)
        or sum(1 for line in document.lines if line.count("\t") >= 2) >= 2
    ):
        return document
    dump = read_text_dump("\n".join(document.lines), source=document.source)
    if not any(
        caption_score(row) >= 2 for grid in dump.grids[:1] for row in grid.rows[:_HEADER_ROWS]
    ):
        return document
    told = (
        f"{document.source}: no table; its paragraphs are a table's text (cells after "
        "tabs), read as one: its lines are its paragraphs, the empty ones counted",
    )
    kind = f"a text dump of a table in {document.kind}"
    return attrs.evolve(dump, kind=kind, warnings=(*document.warnings, *dump.warnings, *told))


_HEADER_ROWS = 3
"""How many of a pasted dump's first rows may hold its header."""


def _saved_a_cell_a_line(saved: CellLines, source: str) -> Document:
    """The document of a table saved as text a cell a line, its merges spread as a dump's."""
    told: tuple[str, ...] = ()
    if saved.long:
        shown = ", ".join(f"line {line}" for line in saved.long[:10])
        told = (
            f"{source}: a table saved as text, a cell a line: rows of more lines than "
            f"columns, the lines past them read as the last column's paragraphs: {shown}",
        )
    rows = list(saved.rows)
    spans = _spans(rows, saved.width)
    where = saved.lines
    grid = Grid(
        rows=rows,
        name="the table",
        spans=spans,
        place=lambda r, c: f"line {where[r] + (c if len(rows[r]) > 1 else 0)}",
        row_where=lambda r: f"row at line {where[r]}",
    )
    blocks: list[Block] = [Paragraph(line, f"line {n}") for n, line in saved.above]
    blocks.append(grid)
    blocks.extend(Paragraph(line, f"line {n}") for n, line in saved.below)
    kind = "a table saved as text, a cell a line"
    return Document(source=source, blocks=blocks, kind=kind, warnings=told)


def _between_tables(rows: list[list[_Cell]]) -> dict[int, list[tuple[int, str]]]:
    """Where a table of its own starts after lines without a tab.

    A Word document that writes each section above a table of its own dumps
    «2. Культура» on a line without a tab, after a blank line — as a cell's
    paragraph after an empty one would read. Where the header comes again
    after such lines, or the one line is a numbered heading over the next
    row's measure («2. Культура» over «2.1»), or another table's header
    follows them (two captions civplan knows, no measure number), the lines
    are text between tables, taken from the cell before them; for each row
    that starts a table, those lines. Another table's header after measures
    starts a table with no lines before it too.
    """
    header = [c.text for c in rows[0]] if rows else []
    found: dict[int, list[tuple[int, str]]] = {}
    measures = False  # a row with a measure number came: the header is behind
    for index in range(1, len(rows)):
        last = rows[index - 1][-1]
        texts = [c.text for c in rows[index]]
        # another table's header after measures: «Показник | Одиниця виміру | План | Факт»
        other = measures and texts != header and caption_score(texts) >= 2 and not _numbered(texts)
        measures = measures or _numbered(texts)
        if not last.loose:
            if other:
                found[index] = []
            continue
        again = len(header) > 1 and texts == header
        if again or other or _heads(last.loose, rows[index][0].text):
            del last.lines[len(last.lines) - len(last.loose) :]
            found[index] = last.loose
            last.loose = []
    return found


def _numbered(texts: list[str]) -> bool:
    """Whether a row's first cells hold a measure number."""
    return any(MEASURE_NUMBER.fullmatch(text.strip()) for text in texts[:2])


_NUMBERED_HEADING = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.\s+\S.{0,150}")


def _heads(lines: list[tuple[int, str]], first_cell: str) -> bool:
    """Whether one line is a numbered heading over a measure numbered under it."""
    if len(lines) != 1:
        return False
    heading = _NUMBERED_HEADING.fullmatch(lines[0][1].strip())
    number = first_cell.strip()
    return (
        heading is not None
        and MEASURE_NUMBER.fullmatch(number) is not None
        and within(number, heading[1])
    )


def _grid(
    rows: list[tuple[str, ...]],
    lines: list[list[int]],
    spans: dict[int, tuple[int, ...]],
    extent: tuple[int, int],
    number: int | None,
) -> Grid:
    """The rows from ``extent``'s start to its end as a table (table ``number`` of several)."""
    start, end = extent
    where = lines[start:end]
    return Grid(
        rows=rows[start:end],
        name="the table" if number is None else f"table {number}",
        spans={row - start: places for row, places in spans.items() if start <= row < end},
        place=lambda r, c: f"cell at line {where[r][min(c, len(where[r]) - 1)]}",
        row_where=lambda r: f"row at line {where[r][0]}",
    )


def _tab_separated(text: str, source: str) -> list[Block] | None:
    r"""A table copied from Word or Excel as text: a row per line, its cells between tabs.

    A cell with line breaks is quoted, as spreadsheets copy it («"перший
    рядок\nдругий"»). Lines without a tab before the first row are the
    title, after the last the paragraphs after the table; between rows such
    a line is a row of one cell (a heading). ``None`` when fewer than two
    lines hold a tab.
    """
    lines = text.splitlines()
    tabbed = [n for n, line in enumerate(lines) if "\t" in line]
    if len(tabbed) < 2:
        return None
    first, last = tabbed[0], tabbed[-1]
    rows: list[tuple[str, ...]] = []
    where: list[int] = []
    kept = text.splitlines(keepends=True)  # a quoted cell keeps its line breaks
    reader = csv.reader(kept[first:], delimiter="\t", strict=False)
    try:
        # the last row may go on past the last line with a tab: its last cell quoted
        while first + reader.line_num <= last:
            row = next(reader, None)
            if row is None:
                break
            # a quoted cell's line breaks as Windows writes them («\r\n»): lines apart
            cells = tuple(
                _ARTEFACT.sub("", cell).replace("\r\n", "\n").replace("\r", "\n").strip()
                for cell in row
            )
            if any(cells):
                rows.append(cells)
                where.append(first + reader.line_num)
    except csv.Error as error:  # a quoted cell never closed, larger than csv reads
        raise DocumentError(source, [f"line {first + reader.line_num}: {error}"]) from None
    last = first + reader.line_num - 1  # the table's last line
    grid = Grid(
        rows=rows,
        name="the table",
        place=lambda r, c: f"line {where[r]}, cell {c + 1}",
        row_where=lambda r: f"line {where[r]}",
    )
    blocks: list[Block] = [
        Paragraph(line.strip(), f"line {n + 1}")
        for n, line in enumerate(lines[:first])
        if line.strip()
    ]
    blocks.append(grid)
    blocks.extend(
        Paragraph(line.strip(), f"line {n}")
        for n, line in enumerate(lines[last + 1 :], start=last + 2)
        if line.strip()
    )
    return blocks


def _cells(text: str) -> tuple[list[tuple[int, str]], list[_Cell], list[tuple[int, str]]]:
    """Title lines, cells, and the lines below the table."""
    title: list[tuple[int, str]] = []
    cells: list[_Cell] = []
    loose: list[tuple[int, str]] = []  # lines without a tab after a blank line
    last_batch = 0  # where in ``loose`` the lines after its last blank line start
    blank = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _ARTEFACT.sub("", raw)
        if line.startswith("\t"):
            # text between cells, after an empty paragraph, is more of the cell before
            if cells and loose:
                cells[-1].lines.extend(more for _, more in loose)
                cells[-1].loose = loose[last_batch:]  # the lines after the last blank one
            loose.clear()
            for part, text_of_cell in enumerate(line.split("\t")[1:]):
                cells.append(_Cell([text_of_cell], number, blank if part == 0 else 0))
            blank = 0
        elif not line.strip():
            blank += 1
        elif not cells:
            title.append((number, line.strip()))
        elif blank or loose:
            if blank:
                last_batch = len(loose)
            loose.append((number, line))
            blank = 0
        else:
            cells[-1].lines.append(line)
    after = [(number, line.strip()) for number, line in loose]
    return title, cells, after


def _rows(cells: list[_Cell]) -> list[list[_Cell]]:
    """Cells split into rows at blank lines."""
    rows: list[list[_Cell]] = []
    for cell in cells:
        if cell.gap or not rows:
            rows.append([cell])
        else:
            rows[-1].append(cell)
    return rows


def _width(rows: list[list[_Cell]]) -> int:
    """The table's width: the most common length of the rows of more than one cell."""
    lengths = Counter(len(row) for row in rows if len(row) > 1)
    if not lengths:
        return 1
    most = max(lengths.values())
    return max(length for length, count in lengths.items() if count == most)


def _rejoined(rows: list[list[_Cell]], width: int) -> list[list[_Cell]]:
    """Rows an empty paragraph split in two, joined again where together they fill the width."""
    joined: list[list[_Cell]] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        while (
            len(row) < width
            and index + 1 < len(rows)
            and len(row) + len(rows[index + 1]) <= width
            and not (len(row) == 1 and not MEASURE_NUMBER.fullmatch(row[0].text))
            # a heading or a total whose cell is merged across, its figures after it: whole
            and not text_and_figures([cell.text.strip() for cell in row])
            and not all(YEAR_ALONE.fullmatch(cell.text) for cell in row)  # captions of years
            and (len(row) + len(rows[index + 1]) == width or len(rows[index + 1]) < width - 1)
        ):
            index += 1
            row = row + rows[index]
        joined.append(row)
        index += 1
    return joined


def _spans(rows: list[tuple[str, ...]], width: int) -> dict[int, tuple[int, ...]]:
    """Merges a dump implies: a single cell spans the table; a short header row spans columns.

    In the header (the rows before the first measure), a row shorter than the
    table above a row as wide as it is spread — from the lowest such row up —
    so that each of its cells stands over a place the row below leaves empty,
    or over a run of the row below's captions (a caption merged across them).
    Rows are spread in place.
    """
    spans: dict[int, tuple[int, ...]] = {}
    if width < 2:
        return spans
    for index, row in enumerate(rows):
        if len(row) == 1:
            spans[index] = (0,) * width
    header = 0
    while header < len(rows) and (
        all(YEAR_ALONE.fullmatch(t) for t in rows[header])  # «2025 | 2026» under «Обсяг …»
        or not any(MEASURE_NUMBER.fullmatch(t) or len(t) > _LONG for t in rows[header])
    ):
        header += 1
    for index in range(min(header, len(rows) - 1) - 1, -1, -1):
        row, below = rows[index], rows[index + 1]
        # a dump that leaves out the places a caption merged down covers: the row below
        # holds only what one caption merged across stands over
        if (
            1 < len(row) < width
            and 1 < len(below) == width - len(row) + 1
            and (over := _over(row, below)) is not None
        ):
            rows[index + 1] = ("",) * over + below + ("",) * (len(row) - over - 1)
            texts = row[:over] + row[over : over + 1] * len(below) + row[over + 1 :]
            rows[index] = tuple(
                text if column <= over or column >= over + len(below) else ""
                for column, text in enumerate(texts)
            )
            spans[index] = tuple(
                over if over <= column < over + len(below) else column for column in range(width)
            )
            below = rows[index + 1]
        if 1 < len(row) < width and len(below) == width:
            occupied = [
                bool(text.strip()) or _covered(spans.get(index + 1), column, rows[index + 1])
                for column, text in enumerate(below)
            ]
            spread = _spread(row, occupied)
            if spread is not None:
                rows[index], spans[index] = spread
    return spans


def _over(row: tuple[str, ...], below: tuple[str, ...]) -> int | None:
    """Which of a header row's captions the short row below stands under, if one can tell.

    «№ | Назва | Обсяг фінансування | Стан» over «2025 | 2026»: the funding's; of the
    captions, the one whose cells below, each under it, read as captions civplan knows
    best (``None`` where two read as well).
    """
    scores = []
    for over in range(len(row)):
        texts = [*row[:over], *(f"{row[over]} {text}" for text in below), *row[over + 1 :]]
        grouping = "funding" in caption_fields((row[over],))  # the money's, by year or source
        scores.append((caption_score(texts) + grouping, over))
    scores.sort(reverse=True)
    if len(scores) > 1 and scores[0][0] == scores[1][0]:
        return None
    return scores[0][1]


def _covered(spans: tuple[int, ...] | None, column: int, row: tuple[str, ...]) -> bool:
    """Whether a place is covered by a cell with text merged across from its left."""
    if spans is None or spans[column] == column:
        return False
    return bool(row[spans[column]].strip())


def _spread(
    row: tuple[str, ...], occupied: list[bool]
) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    places: list[tuple[int, int]] = []  # each cell's first and last column
    column = 0
    while column < len(occupied):
        if not occupied[column]:
            places.append((column, column))
            column += 1
            continue
        start = column
        while column < len(occupied) and occupied[column]:
            column += 1
        places.append((start, column - 1))
    if len(places) != len(row):
        return None
    texts = [""] * len(occupied)
    spans = [0] * len(occupied)
    for text, (first, last) in zip(row, places, strict=True):
        texts[first] = text
        for column in range(first, last + 1):
            spans[column] = first
    return tuple(texts), tuple(spans)
