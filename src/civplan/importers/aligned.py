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

import re
from typing import Any

import attrs

from civplan.importers.document import Block, Document, Paragraph
from civplan.importers.pdf_text_table import text_table
from civplan.importers.printed import unwrap

_WIDTH = 3.0
"""The points of a character's place: a single space is narrower than a column's gutter."""
_HEIGHT = 12.0
"""The points of a line: a blank line is a gap that begins a row."""
_PAGE_LINES = 400
"""The most lines read as one page: as many as a page of small print holds."""
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


def read_aligned_table(text: str, source: str) -> Document | None:
    """The text's table aligned by spaces, with the lines above and beside it; or ``None``."""
    lines = text.expandtabs(8).splitlines()
    blocks: list[Block] = []
    edges: tuple[float, ...] = ()
    tables = 0
    read: list[slice] = []  # the pages of the table
    cut: int | None = None  # the line a table too long for this reader was read up to
    for number, page in enumerate(_pages(lines)):
        where = f"lines {page.start + 1}–{page.stop}"
        # the table ended on a page before, or ran too long: no other is sought
        ended = tables > 0 and (not edges or number >= _MOST_PAGES)
        if ended and edges:
            cut = page.start
        table = None
        if not (
            ended
            or (not tables and number >= _FIRST_PAGES)
            # no lines of columns apart: prose, passed by at once
            or sum(1 for line in lines[page] if _GUTTER.search(line)) < _LEAST_LINES
        ):
            name = f"{where}, table {tables + 1}"
            # the table before going on, most likely; else a table's header on this page
            table = text_table(_TextPage(lines[page]), name, edges) if edges else None
            if table is None:
                table = text_table(_TextPage(lines[page]), name)
        if table is None:
            edges = ()
            blocks.extend(Paragraph(line.strip(), where) for line in lines[page] if line.strip())
            continue
        tables += 1
        read.append(page)
        edges = table.edges
        blocks.extend(Paragraph(line, where) for line in table.above if line.strip())
        # a cell's lines joined back into its paragraphs, as a PDF's are
        rows = [tuple(map(unwrap, row)) for row in table.grid.rows]
        blocks.append(attrs.evolve(table.grid, rows=rows))
        blocks.extend(Paragraph(line, where) for line in table.beside if line.strip())
    if not tables:
        return None
    told = (
        f"{source}: a table aligned in columns by spaces, read by the alignment of its text "
        f"(lines {read[0].start + 1}–{read[-1].stop}): check its rows and columns"
    )
    if cut is not None:
        told += (
            f"; its lines after line {cut} were not read as a table (such a table is read for "
            f"{_MOST_PAGES * _PAGE_LINES:,} lines at most: save it as a spreadsheet to read it all)"
        )
    return Document(
        source=source, blocks=blocks, kind="plain text aligned in columns", warnings=(told,)
    )


def _pages(lines: list[str]) -> list[slice]:
    """The text's lines in pages of at most :data:`_PAGE_LINES`, each ending before a row.

    A page ends before the last line within its reach that opens a numbered row
    (spaces, then a figure), so that no row is split between two pages.
    """
    pages = []
    start = 0
    while len(lines) - start > _PAGE_LINES:
        end = start + _PAGE_LINES
        cut = next(
            (at for at in range(end, start + _PAGE_LINES // 2, -1) if _ROW_START.match(lines[at])),
            end,
        )
        pages.append(slice(start, cut))
        start = cut
    pages.append(slice(start, len(lines)))
    return pages


_MOST_PAGES = 25
"""The most pages of a table read: each costs a third of a second, and a longer one is rare."""
_FIRST_PAGES = 2
"""The pages a table must begin within: a report's table follows its title, and a long text
of no table is not looked at page by page (each costs a third of a second)."""
_GUTTER = re.compile(r"\S {2,}\S")
"""Two words set apart as columns are: by two spaces or more."""
_LEAST_LINES = 2
"""The fewest lines with words set apart as columns that a page of a table holds."""
_ROW_START = re.compile(r"\s*\d")
"""A line that may open a numbered row: a figure after the spaces before it."""
