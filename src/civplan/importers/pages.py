"""A table printed over pages, joined back into one: what a PDF's pages and a PDF's text share.

Each page's table is read on its own; these join them. A table of one width
continues the table on the page before: its header printed again is left
out, a row a page break cut is joined from its parts (each part going on
from the one above it, in lower case or after a sentence that ended),
lines between the parts that read as headings become heading rows, and a
running head or foot — printed on several pages, or a page's count — is
no part of the text.
"""

from __future__ import annotations

import bisect
import re

import attrs

from civplan.importers.document import ENDS_PARAGRAPH, Block, Grid, Paragraph
from civplan.importers.printed import unwrap
from civplan.importers.rows import HEADING_WORD
from civplan.importers.understanding import heading_lines, reads_as_heading
from civplan.model.numbering import MEASURE_NUMBER, ROMAN

PAGE_NUMBER = re.compile(r"\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*(?:(?:з|із|of|/)\s*\d{1,4})?\s*")
"""A page's number alone on its line, as pages print it: «3», «- 3 -», «3 з 5», "3 of 5"."""


def running_lines(pieces: list[tuple[str, Grid | None, str]]) -> set[int]:
    """The lines of a running head or foot.

    Printed on several pages (the sheet's name, the annex's «Продовження
    додатка»), or a page's count («Сторінка 2 з 5»).
    """
    pages_of: dict[str, set[str]] = {}
    for text, grid, where in pieces:
        if grid is None:
            pages_of.setdefault(line_shape(text), set()).add(where)
    return {
        at
        for at, (text, grid, _where) in enumerate(pieces)
        if grid is None
        and (len(pages_of[shape := line_shape(text)]) > 1 or shape.startswith(_RUNNING))
    }


def joined_pages(pieces: list[tuple[str, Grid | None, str]]) -> list[Block]:
    """The pages' lines and tables as blocks, each table continued on later pages joined.

    Between two tables of one width, a running text (one printed on several
    pages, «Продовження додатка», «Сторінка 2 з 5») is left out and lines that read as headings
    («2. Культура») become heading rows of the joined table; any other text
    ends the table. Cells are unwrapped last, a row cut by a page break joined
    from its printed lines (a word the break cut in two is whole again).
    """
    running = running_lines(pieces)
    blocks: list[Block] = []
    continuing: Grid | None = None  # the table the next one continues
    pending: list[Paragraph] = []  # lines since the last table
    for at, (text, grid, where) in enumerate(pieces):
        if grid is None:
            if continuing is None or at not in running:
                pending.append(Paragraph(text, where))
            continue
        same = continuing is not None and continuing.width == grid.width
        headings = _headings(pending) if same and pending else []
        if headings and continuing is not None:
            continuing = _joined(_joined(continuing, _heading_rows(headings, grid)), grid)
            blocks[-1] = continuing
        elif same and not pending and continuing is not None:
            continuing = _joined(continuing, grid)
            blocks[-1] = continuing
        else:
            blocks.extend(pending)
            continuing = grid
            blocks.append(grid)
        pending = []
    blocks.extend(pending)
    return [
        attrs.evolve(block, rows=[tuple(map(unwrap, row)) for row in block.rows])
        if isinstance(block, Grid)
        else block
        for block in blocks
    ]


_RUNNING = ("продовження", "continued", "сторінка", "стор.", "page ")


def line_shape(text: str) -> str:
    """A line as running texts repeat it: its words in lower case.

    Numbers count («Розділ 1» and «Розділ 2» are headings, not one running
    text); a page's number in a running text («Сторінка 2») is caught by
    its first word.
    """
    return " ".join(text.split()).casefold()


def _headings(lines: list[Paragraph]) -> list[Paragraph]:
    """The headings a few lines between tables make, a heading broken over lines joined."""
    if len(lines) > 6 or not all(reads_as_heading(line.text) for line in lines):
        return []
    return heading_lines(lines)


def _heading_rows(headings: list[Paragraph], grid: Grid) -> Grid:
    """Headings as rows of one text merged across a table as wide as ``grid``."""
    width = grid.width
    return Grid(
        rows=[(heading.text,) * width for heading in headings],
        name=grid.name,
        spans=dict.fromkeys(range(len(headings)), (0,) * width),
        place=lambda row, _column: headings[row].where,
        row_where=lambda row: headings[row].where,
    )


def _repeats(row: tuple[str, ...], header: tuple[str, ...], cut: dict[int, str]) -> bool:
    """Whether a page's row is the header row repeated, its cells maybe cut short.

    LibreOffice prints a repeated header row over a row the page break cut with
    the header's tall cells cut («Джере / ла / фінанс» for «… / фінанс / ування»),
    the rest printed over the row below: what was cut goes into ``cut``.
    """
    if row == header:
        return True
    if len(row) != len(header):
        return False
    short: dict[int, str] = {}
    for column, (text, whole) in enumerate(zip(row, header, strict=True)):
        if text == whole:
            continue
        if not text or not whole.startswith(text + "\n"):
            return False
        short[column] = whole[len(text) :].strip()
    cut.update(short)
    return True


def _continues(first: Grid, then: Grid) -> bool:
    """Whether the next page's first row is the rest of a row the page break cut."""
    last, following = first.rows[-1], then.rows[0]
    # a measure's row, not a heading's merged across (a cell merged down beside it is no matter)
    if not last or not following or _across(first.spans.get(len(first.rows) - 1)):
        return False
    if _across(then.spans.get(0)) or _heads_a_section(following):
        return False
    # its number: in one of the first three columns (after a grouping column, «Завдання |
    # 1.3 | …», whose text may run on to the next page too), or whatever the first holds
    column = _number_column(last)
    if column is None and last[0].strip():
        column = 0
    if column is None:  # its first cells merged down from above (a measure of several rows)
        return _runs_on(last, following)
    if column >= len(following) or _heads_next_section(last, column, following):
        return False
    rest = following[column].strip()
    # a title that holds its number («2.6. Розроблення плану») may run on too, in lower case
    alone = MEASURE_NUMBER.fullmatch("".join(last[column].split())) is not None  # no words
    return not rest or (rest[:1].islower() and not alone)


def _heading_goes_on(first: Grid, then: Grid) -> str | None:
    """The rest of a heading that the page break cut, if it was cut.

    «Напрям» at the page's foot, «3» at the next page's head (or the heading's words
    in lower case, «культури»), in the heading's cell or merged across as it is: one
    text alone, a bare number or words that go on a phrase; not a heading of its own
    under it («Освіта»).
    """
    last = first.rows[-1]
    headed = [at for at, text in enumerate(last) if text.strip()]
    following = [at for at, text in enumerate(then.rows[0]) if text.strip()]
    across = _across(first.spans.get(len(first.rows) - 1))
    # merged across, or its one cell (the rest of the row empty) over the rest's one cell
    if not following or len({then.rows[0][at].strip() for at in following}) != 1:
        return None
    if not across and (len(headed) != 1 or following != headed):
        return None
    rest = then.rows[0][following[0]].strip()
    if len(rest.split()) > 4 or not (_BARE_NUMBER.fullmatch(rest) or rest[:1].islower()):
        return None
    return rest


_BARE_NUMBER = re.compile(r"(?:\d{1,3}|[IVXІХ]{1,5})\.?")


def _runs_on(last: tuple[str, ...], following: tuple[str, ...]) -> bool:
    """Whether a page's first row goes on from the cells above it.

    «Департамент соціального» over the break, «захисту населення» after it: the row
    was cut. Each of its texts goes on from one above it: in lower case, or as a new
    sentence after one that ended, or with a figure; and one at least in lower case.
    A row of its own begins its texts as names and sentences do.
    """
    lower = False
    for at, text in enumerate(following):
        text = text.strip()
        if not text:
            continue
        above = last[at].strip() if at < len(last) else ""
        if not above:
            return False
        if text[:1].islower():
            lower = True
        elif text[:1].isupper() and not above.endswith(tuple(ENDS_PARAGRAPH)):
            return False  # a capital after an unended text: a name, a row of its own
    return lower


def _heads_a_section(row: tuple[str, ...]) -> bool:
    """Whether a row is a section's heading written in one cell, not merged across.

    «Розділ 3. Освіта», «ІІ. Культура» alone in the title's column: a row the
    page break cut goes on in lower case or in the cells beside, not like that.
    A bare number («2) проведено …») may be a list's item, run on: no heading.
    """
    filled = [text for text in row if text.strip()]
    # (read as its lines join: «Напр» over «ям 2» in a narrow column is «Напрям 2»)
    return len(filled) == 1 and _SECTION_START.match(unwrap(filled[0])) is not None


def _heads_next_section(last: tuple[str, ...], column: int, row: tuple[str, ...]) -> bool:
    """Whether a page's first row is the heading of the section after a measure's.

    «2. Напрям 2» alone in the column after the numbers' (the titles') under measure
    «1.4.» or «4» at the foot of the page before: a section of another number, no line
    of the measure's title. (A report's list, «2. Проведено …», runs on further right.)
    """
    filled = [at for at, text in enumerate(row) if text.strip()]
    if filled != [column + 1]:
        return False
    heading = _NUMBERED_HEADING.match(unwrap(row[column + 1]))
    levels = last[column].strip().rstrip(".").split(".")
    return heading is not None and (len(levels) == 1 or heading[1] != levels[0])


_NUMBERED_HEADING = re.compile(r"(\d{1,2})\.?\s+(?=[A-ZА-ЯҐЄІЇ])")
"""A section's number and the capital its heading begins with: «2. Напрям»."""


_SECTION_START = re.compile(rf"\s*(?:{HEADING_WORD}\s+(?:\d|{ROMAN}\b)|{ROMAN}[.)]\s)", re.I)


def _number_column(row: tuple[str, ...]) -> int | None:
    for column, text in enumerate(row[:3]):
        if text.strip()[:1].isdecimal():
            return column
    return None


def _across(spans: tuple[int, ...] | None) -> bool:
    """Whether a row's first cell is merged across the next column (a heading's row)."""
    return spans is not None and len(spans) > 1 and spans[0] == spans[1] >= 0  # not from above


def _row_broken_across(first: Grid, then: Grid) -> Grid:
    """``first`` with its last row completed by the next page's first row, when it was cut."""
    last, rest = first.rows[-1], then.rows[0]
    width = max(len(last), len(rest))
    cells = tuple("\n".join(t for t in (_at(last, c), _at(rest, c)) if t) for c in range(width))
    return _with_last_row(first, cells)


def _with_last_row(grid: Grid, row: tuple[str, ...]) -> Grid:
    """``grid`` with its last row's cells replaced by ``row``, its places kept."""
    return Grid(
        rows=[*grid.rows[:-1], row],
        name=grid.name,
        spans=grid.spans,
        place=grid.place,
        row_where=grid.row_where,
    )


def _at(row: tuple[str, ...], column: int) -> str:
    return row[column] if column < len(row) else ""


def _without_first_row(grid: Grid) -> Grid:
    spans = {row - 1: places for row, places in grid.spans.items() if row >= 1}
    return Grid(
        rows=grid.rows[1:],
        name=grid.name,
        spans=spans,
        place=lambda row, column: grid.cell_where(row + 1, column),
        row_where=lambda row: grid.where(row + 1),
    )


def _joined(first: Grid, then: Grid) -> Grid:
    """A table continued on the next page, as one table, without its header repeated.

    Dropping the repeated header lets a row that breaks across the pages
    continue the row before it.
    """
    repeated = 0
    cut: dict[int, str] = {}  # what printing cut off a repeated header's cells, by column
    while (
        repeated < min(3, len(then.rows) - 1)
        and any(then.rows[repeated])
        and _repeats(then.rows[repeated], first.rows[repeated], cut)
    ):
        repeated += 1
    if repeated:
        rows = list(then.rows[repeated:])
        if cut:  # its rest printed over the row below: «ування» of «Джерела фінансування»
            rows[0] = tuple(
                text.removeprefix(cut[c]).lstrip() if c in cut else text
                for c, text in enumerate(rows[0])
            )
        spans = {row - repeated: places for row, places in then.spans.items() if row >= repeated}
        skipped = then
        then = Grid(
            rows=rows,
            name=then.name,
            spans=spans,
            place=lambda row, column: skipped.cell_where(row + repeated, column),
            row_where=lambda row: skipped.where(row + repeated),
        )
    if first.rows and then.rows and _continues(first, then):
        first = _row_broken_across(first, then)
        then = _without_first_row(then)
    elif first.rows and len(then.rows) > 1 and (rest := _heading_goes_on(first, then)):
        heading = tuple(f"{text} {rest}" if text else text for text in first.rows[-1])
        first = _with_last_row(first, heading)
        then = _without_first_row(then)
    offset = len(first.rows)
    spans = dict(first.spans)
    spans.update({offset + row: places for row, places in then.spans.items()})
    joined = getattr(first.row_where, "__self__", None)
    before = joined if isinstance(joined, _Pieces) else _Pieces(starts=(0,), grids=(first,))
    places = _Pieces(starts=(*before.starts, offset), grids=(*before.grids, then))
    return Grid(
        rows=[*first.rows, *then.rows],
        name=first.name,
        spans=spans,
        place=places.cell,
        row_where=places.row,
    )


@attrs.frozen
class _Pieces:
    """The places of a table joined from pages: each row's, in the page's table it came from.

    Kept flat, however many pages the table runs over (one nested in another for
    each page reached Python's limit of recursion at some hundreds of pages).
    """

    starts: tuple[int, ...]  # where each page's rows begin
    grids: tuple[Grid, ...]  # each page's table

    def _piece(self, row: int) -> tuple[Grid, int]:
        at = max(bisect.bisect_right(self.starts, row) - 1, 0)
        return self.grids[at], row - self.starts[at]

    def row(self, row: int) -> str:
        grid, at = self._piece(row)
        return grid.where(at)

    def cell(self, row: int, column: int) -> str:
        grid, at = self._piece(row)
        return grid.cell_where(at, column)
