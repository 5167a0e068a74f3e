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

import itertools
import re
from collections.abc import Sequence
from typing import Any

from civplan.importers.document import Document, Grid
from civplan.importers.pages import joined_pages
from civplan.importers.pdf_text_table import TextTable, text_table

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
        table = None
        if not (
            ended
            or (not tables and page.start >= _FIRST_LINES)
            # no lines of columns apart: prose, passed by at once
            or sum(1 for line in lines[page] if _GUTTER.search(line)) < _LEAST_LINES
        ):
            name = f"{where}, table {tables + 1}"
            shown = _without_page_number(lines[page]) if breaks else lines[page]
            # a header printed again over the page: read in the columns it shows, as the page
            # placed them; else the table before going on, most likely; else a header here
            again = edges and page.start in starts and _header_again(shown, header)
            table = text_table(_TextPage(shown), name) if again else None
            if table is None and edges:
                table = text_table(_TextPage(shown), name, edges)
            if table is None:
                table = text_table(_TextPage(shown), name)
                header = _header_lines(shown, table) if table is not None else header
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


def _header_again(lines: list[str], header: frozenset[str]) -> bool:
    """Whether a printed page begins with the table's header again, as each page prints it."""
    first = next((line for line in lines if line.strip()), "")
    return _folded(first) in header


def _without_page_number(lines: list[str]) -> list[str]:
    """A printed page's lines, its number alone on its last line after a blank one left blank."""
    shown = [at for at, line in enumerate(lines) if line.strip()]
    if len(shown) < 2 or not _PAGE_NUMBER.fullmatch(lines[shown[-1]]):
        return lines
    if lines[shown[-1] - 1].strip():
        return lines
    return [*lines[: shown[-1]], "", *lines[shown[-1] + 1 :]]


_HEADER_LINES = 8
"""The most lines of a table's header."""
_PAGE_NUMBER = re.compile(r"\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*")
"""A page's number, alone on its line: «3», «- 3 -»."""


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
