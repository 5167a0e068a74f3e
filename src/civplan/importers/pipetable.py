r"""A table written in plain text with pipes, as Markdown or a drawn grid writes it.

Tables copied from a wiki, a chat or a database console come as lines of
``|``-separated cells: Markdown's ``| № | Захід | Строк |`` under a
``|---|---|---|`` rule, each line a row, or a grid drawn with ``+----+----+``
rules between its rows, where a row's cells may run over several lines and
are joined again. A line of one cell spanning the table is a row of one cell
(a heading). Lines above the table are its title, lines below it paragraphs
after it. A ``\|`` is a pipe inside a cell, a ``<br>`` a line break.
"""

from __future__ import annotations

import re

from civplan._errors import DocumentError
from civplan._limits import current
from civplan.importers.document import Block, Grid, Paragraph

_RULE_MARKS = frozenset("|+-=: \t")
_CELL_BREAK = re.compile(r"(?<!\\)\|")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _piped(line: str) -> bool:
    """Whether a line is a row's line: it starts with a pipe and has another."""
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


def _ruled(line: str) -> bool:
    """Whether a line only rules the table: «|---|:---:|», «+-----+-----+», «+=====+»."""
    stripped = line.strip()
    return (
        stripped[:1] in ("|", "+")
        and ("-" in stripped or "=" in stripped)
        and _RULE_MARKS.issuperset(stripped)
    )


def read_pipe_table(text: str, source: str) -> list[Block] | None:
    """The title, the first table written with pipes, and what follows; ``None`` if none.

    Raises:
        DocumentError: a line with more cells than the limits allow.
    """
    lines = text.splitlines()
    first = next((n for n, line in enumerate(lines) if _piped(line) or _ruled(line)), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(lines) and (_piped(lines[last + 1]) or _ruled(lines[last + 1])):
        last += 1
    table = range(first, last + 1)
    if sum(1 for n in table if _piped(lines[n])) < 2:
        return None
    limits = current()
    for n in table:
        if lines[n].count("|") > limits.columns:
            what = f"line {n + 1}: cells in one line"
            raise DocumentError(source, [limits.beyond("columns", what, lines[n].count("|"))])
    # a grid that rules every row (not only its header) may run a row over several lines
    inner_rules = sum(1 for n in range(first + 1, last) if _ruled(lines[n]))
    grid = inner_rules >= 2
    rows: list[tuple[str, ...]] = []
    where: list[int] = []
    pending: list[list[str]] = []  # a grid row's lines, each split into its cells
    for n in table:
        line = lines[n]
        if _ruled(line):
            if pending:
                rows.append(_joined(pending))
                where.append(n + 1 - len(pending))  # the row's first line
                pending = []
            continue
        cells = _cells(line)
        if grid:
            pending.append(cells)
        elif any(cells):
            rows.append(tuple(cells))
            where.append(n + 1)
    if pending:
        rows.append(_joined(pending))
        where.append(last + 2 - len(pending))
    if len(rows) < 2:
        return None
    blocks: list[Block] = [
        Paragraph(line.strip(), f"line {n + 1}")
        for n, line in enumerate(lines[:first])
        if line.strip()
    ]
    blocks.append(
        Grid(
            rows=rows,
            name="the table",
            place=lambda r, c: f"line {where[r]}, cell {c + 1}",
            row_where=lambda r: f"line {where[r]}",
        )
    )
    blocks.extend(
        Paragraph(line.strip(), f"line {n}")
        for n, line in enumerate(lines[last + 1 :], start=last + 2)
        if line.strip()
    )
    return blocks


def _cells(line: str) -> list[str]:
    """A row line's cells, outer pipes dropped, escaped pipes and line breaks written out."""
    inner = line.strip()[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [
        _LINE_BREAK.sub("\n", cell.replace("\\|", "|")).strip() for cell in _CELL_BREAK.split(inner)
    ]


def _joined(lines: list[list[str]]) -> tuple[str, ...]:
    """A grid row's cells: each column's pieces on its lines, joined with a space."""
    width = max(len(cells) for cells in lines)
    return tuple(
        " ".join(piece for cells in lines if column < len(cells) and (piece := cells[column]))
        for column in range(width)
    )
