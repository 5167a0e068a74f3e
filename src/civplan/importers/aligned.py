"""Plain text whose table is aligned in columns by spaces, read by the alignment of its text.

A PDF turned to text with its layout kept (``pdftotext -layout``), a report
typed in a monospaced font, or a table a mail program set as text: the
columns stand where the words of many lines begin after a run of spaces.
Each character is taken as one place of a monospaced page and read as a
PDF's table printed without rules is (:mod:`civplan.importers.pdf_text_table`):
the header found among the lines by its captions, a row begun where a
number opens the column of numbers or after a blank line, a cell's lines
joined back into its paragraphs (a word a narrow column cut made whole). A
long text is read a page of lines at a time, each page ending before a
numbered row; a page without a header goes on with the table before. The
table begins within the first two pages, and ends at the first page that
does not go on with it, or after 25 pages (10,000 lines), with a warning.
What this reads is a guess: the reader says so.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Any

from civplan.importers.document import Document, Grid, signed_by_office
from civplan.importers.pages import PAGE_NUMBER, joined_pages
from civplan.importers.pdf_text_table import TextTable, text_table
from civplan.model.deadline import Deadline, DeadlineKind

_WIDTH = 3.0
"""The points of a character's place: a single space is narrower than a column's gutter."""
_HEIGHT = 12.0
"""The points of a line: a blank line is a gap that begins a row."""
_PAGE_LINES = 80
"""The most lines read as one page: about as many as a printed page holds. (Columns are
found where few lines cross them; on a longer page, a table's few lines of a column of
its own — a summary's under the report — would be taken for the table's.)"""
_WORD = re.compile(r"\S+")


class _TextPage:
    """A page of monospaced text, its words where a PDF page's words would be."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def extract_words(self, **_options: Any) -> list[dict[str, Any]]:
        """Each run of characters between spaces, with its place and its characters'."""
        words = []
        for number, line in enumerate(self.lines):
            top = number * _HEIGHT
            bottom = top + _HEIGHT * 0.8
            for word in _WORD.finditer(line):
                chars = [
                    {"text": char, "x0": at * _WIDTH, "x1": (at + 1) * _WIDTH, "top": top,
                     "bottom": bottom}
                    for at, char in enumerate(word[0], start=word.start())
                ]  # fmt: skip
                words.append(
                    {"text": word[0], "x0": word.start() * _WIDTH, "x1": word.end() * _WIDTH,
                     "top": top, "bottom": bottom, "chars": chars}
                )  # fmt: skip
        return words


def read_aligned_table(text: str, source: str, breaks: Sequence[int] = ()) -> Document | None:
    """The text's table aligned by spaces, with the lines above and beside it; or ``None``.

    ``breaks``: the lines (from 0) where the text's pages after the first begin.
    """
    lines = text.expandtabs(8).splitlines()
    pieces: list[tuple[str, Grid | None, str]] = []  # each line's text, or a table, by page
    edges: tuple[float, ...] = ()
    header: frozenset[str] = frozenset()  # the lines of the table's header, spaces folded
    tables = 0
    read: list[slice] = []  # the pages of the table
    cut: int | None = None  # the line a table too long for this reader was read up to
    starts = frozenset(breaks)  # the lines printed pages begin at
    for page in _pages(lines, breaks):
        where = f"lines {page.start + 1}–{page.stop}"
        # the table ended on a page before, or ran too long: no other is sought
        ended = tables > 0 and (not edges or page.stop - read[0].start > _MOST_LINES)
        if ended and edges:
            cut = page.start
        table, signed, signature = None, None, []
        if not (
            ended
            or (not tables and page.start >= _FIRST_LINES)
            # no lines of columns apart: prose, passed by at once
            or sum(1 for line in lines[page] if _GUTTER.search(line)) < _LEAST_LINES
        ):
            name = f"{where}, table {tables + 1}"
            shown = _without_page_number(lines[page]) if breaks else lines[page]
            # a signature under the table ends it: «Начальник відділу      Олена КОВАЛЬ»
            if (signed := _signed_at(shown)) is not None:
                signature = [_folded(line) for line in shown[signed:] if line.strip()]
                shown = [*shown[:signed], *[""] * (len(shown) - signed)]
            again = bool(edges) and page.start in starts and _header_again(shown, header)
            table, headed, own = _page_table(shown, name, edges, again)
            if own and table is not None:
                header = _header_lines(shown, table)
            if table is not None:
                # the header printed again over the rows below (a table of each section under
                # the same captions), and words a PDF's wider letters squeezed left of their
                # column put in it: the page read again the same way
                kept = _without_repeats(shown, header, headed)
                kept = _realigned(kept, table.edges) or kept
                if kept != shown:
                    page_edges = () if headed else table.edges
                    table = text_table(_TextPage(kept), name, page_edges) or table
        if table is None:
            edges = ()
            pieces.extend((line.strip(), None, where) for line in lines[page] if line.strip())
            continue
        tables += 1
        read.append(page)
        edges = table.edges
        pieces.extend((line, None, where) for line in table.above if line.strip())
        pieces.append(("", table.grid, where))
        pieces.extend((line, None, where) for line in table.beside if line.strip())
        if signed is not None:
            pieces.extend((line, None, where) for line in signature)
            edges = ()  # no page goes on with the table
    if not tables:
        return None
    told = (
        f"{source}: a table aligned in columns by spaces, read by the alignment of its text "
        f"(lines {read[0].start + 1}–{read[-1].stop}): check its rows and columns"
    )
    if cut is not None:
        told += (
            f"; its lines after line {cut} were not read as a table (such a table is read for "
            f"{_MOST_LINES:,} lines at most: save it as a spreadsheet to read it all)"
        )
    # each page's table joined to the one it goes on from, a row a page cut joined whole, a
    # cell's lines joined back into its paragraphs, as a PDF's are
    blocks = joined_pages(pieces)
    return Document(
        source=source, blocks=blocks, kind="plain text aligned in columns", warnings=(told,)
    )


def _page_table(
    lines: list[str], name: str, edges: tuple[float, ...], again: bool
) -> tuple[TextTable | None, bool, bool]:
    """A page's table; whether it was read by a header on the page; whether a table's own.

    A header printed again over the page (``again``) is read in the columns it
    shows, as the page placed them; else the table before goes on, most likely;
    else a header is sought on the page, a new table's.
    """
    table = text_table(_TextPage(lines), name) if again else None
    if table is not None:
        return table, True, False
    if edges and (table := text_table(_TextPage(lines), name, edges)) is not None:
        return table, False, False
    table = text_table(_TextPage(lines), name)
    return table, True, table is not None


def _realigned(lines: list[str], edges: tuple[float, ...]) -> list[str] | None:
    """The lines with words run into the next column moved into it, or ``None`` if none did.

    Text with its layout kept puts a PDF's words in places of equal width, and a
    cell's line of wider letters runs on into the next column, a space from the
    next cell's words: «…визначення програм ІV квартал» over the term's column.
    The words after the last that ends within the column's reach (the furthest
    its words end on the next lines that cross no edge, the cell's own lines
    wrapped at its width) are moved right to the edge, where they fit before
    the words after them.
    """
    at = [round(edge / _WIDTH) for edge in edges]
    words = [[(w.start(), w.end()) for w in _WORD.finditer(line)] for line in lines]
    crossing = [  # a run of words one space apart across an edge («…підготовки ІV квартал»)
        any(
            found[first][0] < edge < found[last][1]
            for first, last in _runs(found)
            for edge in at[1:]
        )
        for found in words
    ]
    if not any(crossing):
        return None
    # where each column's words end on each line that crosses no edge
    ends = [
        [0] * len(at) if crossed else _column_ends(found, at)
        for found, crossed in zip(words, crossing, strict=True)
    ]
    moved = list(lines)
    for row, (found, crossed) in enumerate(zip(words, crossing, strict=True)):
        if crossed:  # the cell's own lines below its first, wrapped at its column's width
            near = [e for e in ends[row + 1 : row + _NEAR + 1] if any(e)]
            reach = [max((e[c] for e in near), default=0) for c in range(len(at))]
            moved[row] = _moved_over(lines[row], found, at, reach)
    return moved if moved != lines else None


def _column_ends(words: list[tuple[int, int]], at: list[int]) -> list[int]:
    ends = [0] * len(at)
    for start, end in words:
        column = bisect.bisect_right(at, start) - 1
        ends[column] = max(ends[column], end)
    return ends


_NEAR = 6
"""The lines after a line whose cells' words show how wide their columns wrap."""


def _moved_over(line: str, words: list[tuple[int, int]], at: list[int], reach: list[int]) -> str:
    """A line with the words it runs into each next column past its edge moved into it.

    A run of words one space apart that begins in a column and crosses the
    next one's edge, and that edge only (a heading across the table crosses
    several), is split after its last word within the column's reach (or
    before the word across the edge); a second run in a column, after a
    gutter, that begins a few places short of the next column's edge is that
    column's. Each moved run must fit before the words after it, a gutter
    kept.
    """
    for column in range(len(at) - 1, 0, -1):  # from the right: each move keeps the left's places
        edge, runs = at[column], _runs(words)
        for run, (first, last) in enumerate(runs):
            start, end = words[first][0], words[last][1]
            # a run after another in the column, a gutter between: the next column's cell
            second = run > 0 and words[runs[run - 1][0]][0] >= at[column - 1]
            if second and edge - _SQUEEZED <= start < edge:
                split: int | None = first
            elif (
                at[column - 1] <= start < edge < end
                and (column + 1 == len(at) or end < at[column + 1])
                # (not a word that begins at the edge, in its column: «року Проведено»)
                and all(word[0] != edge for word in words[first : last + 1])
            ):  # across this edge alone: split before the words that read as a term («…
                # програм ІV квартал»), else where the column's words reach no further
                cross = next(i for i in range(first, last + 1) if words[i][1] > edge)
                split = next(
                    (
                        i
                        for i in range(cross, max(first, cross - _TERM_WORDS), -1)
                        if _a_term(line[words[i][0] : end])
                    ),
                    None,
                )
                inside = [i for i in range(first + 1, last + 1) if words[i][0] < edge]
                if split is None:
                    split = next((i for i in inside if words[i][1] > reach[column - 1]), None)
                if split is None:  # before the word across the edge, the run's first kept
                    split = next(i for i in range(first, last + 1) if words[i][1] > edge)
                    split = split if split > first else None
            else:
                continue
            if split is None:
                continue
            start, shift = words[split][0], edge - words[split][0]
            if shift <= 0 or line[end : end + shift + 1].strip():
                continue  # in its column already, or no room before the words after it
            line = line[:start] + " " * shift + line[start:end] + line[end + shift :]
            words = [
                (s + shift, e + shift) if split <= i <= last else (s, e)
                for i, (s, e) in enumerate(words)
            ]
            break
    return line


_TERM_WORDS = 4
"""The most words of a term run into its column: «ІІІ-ІV квартал 2017 року»."""


def _a_term(text: str) -> bool:
    """Whether words read as a term, its range's last year maybe on the next line («2023–»)."""
    return Deadline.parse(text.rstrip("–—-"), year=2000).kind is not DeadlineKind.UNKNOWN


def _runs(words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first and last of each run of words one space apart."""
    runs: list[tuple[int, int]] = []
    for i, (start, _end) in enumerate(words):
        if runs and words[i - 1][1] + 1 == start:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


_SQUEEZED = 6
"""The most places a column's second run may begin short of the next column and be its."""


def _folded(line: str) -> str:
    return " ".join(line.split())


def _header_lines(lines: list[str], table: TextTable) -> frozenset[str]:
    """The lines of a table's header, read on the page it begins on, spaces folded.

    The lines after those above the table, up to the first that begins with a
    figure at the left margin: a row's number, a section's, a column's.
    """
    shown = [line for line in lines if line.strip()][len(table.above) :]
    margin = min((_indent(line) for line in shown), default=0)
    found = itertools.takewhile(
        lambda line: not (_ROW_START.match(line) and _indent(line) <= margin + 2), shown
    )
    return frozenset(_folded(line) for line in itertools.islice(found, _HEADER_LINES))


def _signed_at(lines: list[str]) -> int | None:
    """Where a signature under a table begins: a line of an office and a name, after columns.

    Not a row of more cells, whatever its words («Керівництво роботою штабу   постійно
    …   Працює, О. Петренко»).
    """
    columns = next((at for at, line in enumerate(lines) if _GUTTER.search(line)), None)
    if columns is None:
        return None
    return next(
        (
            at
            for at in range(columns + 1, len(lines))
            # an office and a name, perhaps «(підпис)» between: no row of cells
            if len(_GUTTERS.split(lines[at].strip())) <= 3 and signed_by_office(_folded(lines[at]))
        ),
        None,
    )


_GUTTERS = re.compile(r"\s{2,}")


def _without_repeats(lines: list[str], header: frozenset[str], headed: bool) -> list[str]:
    """A page's lines with the header's lines printed again among its rows left blank.

    Where the page was read by its header (``headed``), its first lines of the
    header are kept: the others repeat it.
    """
    if not header:
        return lines
    kept = list(lines)
    seen = False  # a line of the header met
    passed = not headed  # past the page's own header
    for at, line in enumerate(lines):
        if _folded(line) in header:
            kept[at] = "" if passed else line
            seen = True
        elif line.strip() and seen:
            passed = True
    return kept if kept != lines else lines


def _header_again(lines: list[str], header: frozenset[str]) -> bool:
    """Whether a printed page begins with the table's header again, as each page prints it."""
    first = next((line for line in lines if line.strip()), "")
    return _folded(first) in header


def _without_page_number(lines: list[str]) -> list[str]:
    """A printed page's lines, its number alone on its last line after a blank one left blank."""
    shown = [at for at, line in enumerate(lines) if line.strip()]
    if len(shown) < 2 or not PAGE_NUMBER.fullmatch(lines[shown[-1]]):
        return lines
    if lines[shown[-1] - 1].strip():
        return lines
    return [*lines[: shown[-1]], "", *lines[shown[-1] + 1 :]]


_HEADER_LINES = 8
"""The most lines of a table's header."""


def _pages(lines: list[str], breaks: Sequence[int]) -> list[slice]:
    """The text's pages, those longer than :data:`_PAGE_LINES` cut, each part ending before a row.

    A part ends before the last line within its reach that opens a numbered
    row (a figure at the left margin of the lines of its second half), so
    that no row is split between two.
    """
    pages = []
    for start, stop in itertools.pairwise(
        (0, *(b for b in breaks if 0 < b < len(lines)), len(lines))
    ):
        while stop - start > _PAGE_LINES:
            end = start + _PAGE_LINES
            reach = range(end, start + _PAGE_LINES // 2, -1)
            margin = min((_indent(lines[at]) for at in reach if lines[at].strip()), default=0)
            end = next(
                (
                    at
                    for at in reach
                    if _ROW_START.match(lines[at]) and _indent(lines[at]) <= margin + 2
                ),
                end,
            )
            pages.append(slice(start, end))
            start = end
        pages.append(slice(start, stop))
    return pages


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_MOST_LINES = 10_000
"""The most lines of a table read: each page of them costs a few hundredths of a second."""
_FIRST_LINES = 800
"""The lines a table must begin within: a report's table follows its title, and a long text
of no table is not looked at page by page."""
_GUTTER = re.compile(r"\S {2,}\S")
"""Two words set apart as columns are: by two spaces or more."""
_LEAST_LINES = 2
"""The fewest lines with words set apart as columns that a page of a table holds."""
_ROW_START = re.compile(r"\s*\d")
"""A line that may open a numbered row: a figure after the spaces before it."""
