"""A Word table saved as plain text by LibreOffice: every cell a line, nothing between rows.

Saved so, a table loses its rows: each cell's paragraphs follow one another, one a
line, an empty cell an empty line, a cell merged across the table (a heading) one
line. Its header is told by its captions: a run of lines that each read as a
caption civplan knows, the measures' numbers' first. A row begins at each line
that is a measure's number alone, its cells the lines after it; the table's width
is the count of captions, or of the lines of the header's second row where some
captions stand over others («Обсяг фінансування» over «2025 | 2026»: an empty
line under each caption merged down). A line of words where a row would begin
is a heading. A cell of more than one paragraph cannot be told from the next
cell but by the count: lines past a row's width are the last column's (the
reports', most often the long ones), with a warning naming the rows. A
signature after the last row ends the table.
"""

from __future__ import annotations

import itertools
import re

import attrs

from civplan.importers.captions import caption_fields
from civplan.importers.content import YEAR_ALONE
from civplan.importers.document import is_signature
from civplan.importers.fields import NUMBER
from civplan.importers.rows import HEADING_WORD, unlabelled_number
from civplan.model.numbering import MEASURE_NUMBER

_HEADER_SEARCH = 40
"""The lines a header is looked for among, from the top (a title and a preamble above it)."""
_MOST_COLUMNS = 60
"""The most captions a header of lines has: a table wider than a page is no table so saved."""
_MOST_CAPTION = 120
"""The longest line read as a caption."""
_HEADING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXІХ]{1,5}\.|Розділ\s+\S+)\s+\S")
"""A numbered heading: «2. Культура», «ІІ. Освіта», «Розділ 3 …»."""


@attrs.frozen
class CellLines:
    """A table read from its cells' lines, and the lines around it.

    Attributes:
        above: the lines above the header (a title), with their line numbers.
        rows: the header's rows and the table's; a heading's row is its one cell.
        lines: each row's first line's number.
        width: the table's number of columns.
        below: the lines after the table (a signature), with their line numbers.
        long: the first lines of rows of more lines than columns.
    """

    above: list[tuple[int, str]]
    rows: list[tuple[str, ...]]
    lines: list[int]
    width: int
    below: list[tuple[int, str]]
    long: list[int]


def read_cell_lines(text: str) -> CellLines | None:
    """The table of a text saved a cell a line; ``None`` where it shows none.

    ``None`` where no run of lines reads as a header of three captions or more,
    the numbers' first, or no measure's number follows it.
    """
    lines = [line.strip() for line in text.splitlines()]
    found = _header(lines)
    if found is None:
        return None
    start, taken, header = found
    at = start + taken
    captions = len(header)
    rows: list[tuple[str, ...]] = [header]
    where = [start + 1]
    width = captions
    again = lines[start:at]  # the header's lines, as a page printed again would give them
    if (second := _second_row(lines, at, captions)) > captions:  # under captions merged across
        width = second
        rows.append(tuple(lines[at : at + width]))
        where.append(at + 1)
        at += width
    if lines[at : at + width] == [str(n) for n in range(1, width + 1)]:
        at += width  # the row of column numbers
    long: list[int] = []
    read = 0  # the measures' rows read
    while at < len(lines):
        line = lines[at]
        if not line:
            at += 1
            continue
        if _header_again(lines, at, again):
            at += taken  # the header printed again on a later page
            if lines[at : at + width] == [str(n) for n in range(1, width + 1)]:
                at += width
            continue
        if not _begins_row(line) and _ROMAN.fullmatch(line) is None:
            if read and is_signature(line) and not _HEADING.match(line):
                break  # the table ended
            rows.append((line,))  # a heading merged across the table
            where.append(at + 1)
            at += 1
            continue
        cells = lines[at : at + width]
        cells += [""] * (width - len(cells))
        end = at + width
        extra: list[str] = []
        while end < len(lines) and not _under_merged(lines, end, width, again):
            following = next((n for n in range(end, len(lines)) if lines[n]), None)
            if following is None or not _goes_on(lines, following, again):
                break
            extra.extend(lines[end : following + 1])  # (an empty paragraph kept as one)
            end = following + 1
        if extra:
            cells[-1] = "\n".join([cells[-1], *extra]).strip()
            long.append(at + 1)
        rows.append(tuple(cells))
        where.append(at + 1)
        read += 1
        at = end
        while _under_merged(lines, at, width, again):  # rows under cells merged down
            rows.append(tuple(lines[at : at + width]))
            where.append(at + 1)
            read += 1
            at += width
    if not any(_begins_row(row[0]) for row in rows[1:] if len(row) == width):
        return None
    return CellLines(
        above=[(n, line) for n, line in enumerate(lines[:start], start=1) if line],
        rows=rows,
        lines=where,
        width=width,
        below=[(n, line) for n, line in enumerate(lines[at:], start=at + 1) if line],
        long=long,
    )


def _header(lines: list[str]) -> tuple[int, int, tuple[str, ...]] | None:
    """The first line of a header of captions, its lines, and its captions.

    A caption a line, or a caption broken over lines as its cell's paragraphs were:
    a word hyphenated at a line's end («Термін вико-» over «нання»), or a line in
    lower case that names nothing alone («Найменування» over «заходу», «№» over «з/п»).
    """
    for start in range(min(len(lines), _HEADER_SEARCH)):
        captions: list[str] = []
        taken = 0
        for at in range(start, min(len(lines), start + 2 * _MOST_COLUMNS + 1)):
            line = lines[at]
            if (
                not line
                or len(line) > _MOST_CAPTION
                or _NUMBERED.search(line)  # «Напрям 1»: the first heading, under the header
                or _NAMED_HEADING.match(line)  # «Commitment 1. Open budgets», «Розділ 1. Освіта»
                or _HEADING.match(line)  # «I. Загальні питання», «2. Культура»
            ):
                break
            if captions and _continues(captions[-1], line):
                before = captions[-1]
                captions[-1] = before[:-1] + line if before.endswith("-") else f"{before} {line}"
            elif (
                len(captions) < _MOST_COLUMNS
                and (
                    caption_fields((line,))
                    # «Відповідаль-» over «ні виконавці»: a caption whole once its word is
                    or (
                        line.endswith("-")
                        and at + 1 < len(lines)
                        and lines[at + 1][:1].islower()
                        and caption_fields((line[:-1] + lines[at + 1],))
                    )
                )
            ):
                captions.append(line)
            else:
                break
            taken += 1
        if len(captions) >= 3 and NUMBER in caption_fields((captions[0],)):
            return start, taken, tuple(captions)
    return None


def _continues(caption: str, line: str) -> bool:
    """Whether ``line`` goes on with a caption broken over lines, not a caption of its own."""
    if caption.endswith("-") and line[:1].islower():
        return True  # «Термін вико-» over «нання»
    if caption in ("№", "N", "No") and line in ("з/п", "п/п", "з\\п", "пор."):
        return True  # «№» over «з/п»
    return line[:1].islower() and not caption_fields((line,))


def _second_row(lines: list[str], at: int, captions: int) -> int:
    """How many lines from ``at`` are the header's second row: 0 where none is.

    Under captions merged across («Обсяг фінансування» over «2025 | 2026») a row of
    their parts, an empty line for each caption merged down. It is as wide as the
    captions, less those merged across, and their parts: a run of parts stands
    under one caption (a part named again begins another), and the empty lines
    after the last may be the next row's.
    """
    parts: list[str] = []
    for line in itertools.islice(lines, at, None):
        if line and not _PART.fullmatch(line):
            break  # (the row of column numbers, «1», «2», …, a heading, a measure)
        parts.append(line)
    named = [part for part in parts if part]
    if not named:
        return 0
    runs = 0
    run: list[str] = []
    for part in [*parts, ""]:
        if part and part not in run:
            run.append(part)
            continue
        runs += bool(run)
        run = [part] if part else []
    width = captions - runs + len(named)
    return width if width <= len(parts) else 0


_NUMBERED = re.compile(r"\s(?:\d{1,2}(?:\.\d{1,2})*|[IVXІХ]{1,5})\.?$")
"""A line that ends in a number: a heading («Напрям 1», «Розділ ІІ»), no caption."""
_NAMED_HEADING = re.compile(
    rf"(?i)\s*{HEADING_WORD}\s+(?:\d{{1,2}}(?:\.\d{{1,2}})*|[IVXІХ]{{1,5}})\b"
)
"""A heading named by its word and number («Commitment 1. Open budgets»): no caption, whatever
its words («budgets» names a funding column)."""
_ROMAN = re.compile(r"[IVXІХ]{1,5}\.?")
"""A Roman number alone, a section's, where a row begins («ІІ.» over «Освіта»)."""
_PART = re.compile(
    rf"(?i){YEAR_ALONE.pattern}|план\w*|факт\w*|усього|всього|разом"
    r"|(?:у|в) тому числі|(?:державн|місцев|обласн|районн|сільськ|селищн|міськ)\w* бюджет\w*"
    r"|інші джерела|кошти \w+"
)
"""The part of a caption merged across that a column of the header's second row names."""


def _under_merged(lines: list[str], at: int, width: int, header: list[str]) -> bool:
    """Whether the lines from ``at`` are a row whose first cells are merged down.

    A cell merged down over the rows below is saved once, in its first row: the rows
    under it begin with an empty line for each such cell («1», «Збереження спадщини»,
    … then two empty lines, then the next measure's cells). So a row is: one or more
    empty lines and then words, as many lines in all as the table is wide, ending
    where a row, a heading or the table ends.
    """
    merged = 0
    while at + merged < len(lines) and not lines[at + merged]:
        merged += 1
    if not 1 <= merged <= width - 2 or at + width > len(lines):
        return False
    cells = lines[at + merged : at + width]
    if not all(cells) or _begins_row(cells[0]) or _HEADING.match(cells[0]):
        return False
    after = at + width
    return after >= len(lines) or not lines[after] or _ends_cell(lines, after, header)


def _goes_on(lines: list[str], at: int, header: list[str]) -> bool:
    """Whether a line after a row's cells is more of its last cell, not what comes next.

    Not what ends a cell (:func:`_ends_cell`), nor a line of words right over a number
    (a heading of no number: «Освіта» over «2.1»).
    """
    return not _ends_cell(lines, at, header) and not _heads(lines, at)


def _ends_cell(lines: list[str], at: int, header: list[str]) -> bool:
    """Whether a line begins what comes after a row's cells.

    A measure's number alone (the next row), a section's Roman number, a numbered
    heading, a signature, or the ``header``'s lines printed again on a later page.
    """
    line = lines[at]
    return (
        _begins_row(line)
        or _ROMAN.fullmatch(line) is not None
        or _HEADING.match(line) is not None
        or is_signature(line)
        or _header_again(lines, at, header)
    )


def _header_again(lines: list[str], at: int, header: list[str]) -> bool:
    """Whether the header's lines stand again from line ``at``, as a later page prints them."""
    return lines[at] == header[0] and lines[at : at + len(header)] == header


def _begins_row(line: str) -> bool:
    """Whether a line is a measure's number alone, which begins a row.

    «1.1», «3)», or a number with a label, brackets or stray spaces («п. 1», «№ 3»,
    «(4)», «5 .»); not an amount («450,0»).
    """
    if MEASURE_NUMBER.fullmatch(line):
        return True
    if len(line) > _LONGEST_LABELLED or "," in line:  # («450,0»: an amount, no number)
        return False
    number = unlabelled_number(line)
    return (
        number is not None
        and MEASURE_NUMBER.fullmatch(number) is not None
        and YEAR_ALONE.fullmatch(line) is None
    )


_LONGEST_LABELLED = 16
"""The longest line read as a labelled number («п. 1.2.3», «Захід № 12»)."""


def _heads(lines: list[str], at: int) -> bool:
    """Whether a line of words stands right over a measure's number: a heading's line."""
    following = next((lines[n] for n in range(at + 1, len(lines)) if lines[n]), None)
    return (
        following is not None and _begins_row(following) and not lines[at].endswith((".", ";", ","))
    )
