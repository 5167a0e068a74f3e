"""civplan's own text report, read back: a table drawn with box characters.

The text exporter draws the report as lines of ``│``-separated cells between
``├───┼───┤`` rules, a heading as one cell spanning the table, and wraps each
cell's text to its column. Reading it back, the lines of each cell are
joined again — with a space where the text was wrapped at a space, with
nothing where a word longer than the column was cut — so that the plan it
shows comes back: numbers, headings, titles, deadlines, outcomes, statuses.
The lines above the table are its title; what follows the table (the
summary) is not part of the report.
"""

from __future__ import annotations

from civplan._errors import DocumentError
from civplan.importers.document import Document, Grid, Paragraph, table_places
from civplan.model.morphology import is_word
from civplan.report.textwidth import display_width

TOP = "┌"
"""The first character of the line that opens a drawn table."""


def is_box_table(text: str) -> bool:
    """Whether a text holds a table drawn the way civplan's text report draws it."""
    return any(line.startswith(TOP + "─") for line in text.splitlines()[:200])


def read_box_table(text: str, source: str) -> Document:
    """The title and the first drawn table of a text report."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(TOP + "─")), None)
    if start is None:
        raise DocumentError(source, ["no table drawn with box characters"])
    blocks: list[Paragraph | Grid] = [
        Paragraph(line.strip(), f"line {i + 1}")
        for i, line in enumerate(lines[:start])
        if line.strip()
    ]
    rows: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    width = 0
    block: list[list[str]] = []
    widths: list[int] = []
    for number, line in enumerate(lines[start + 1 :], start=start + 2):
        if line.startswith(("├", "└")):
            if block:
                row = _row(block, widths)
                if len(row) == 1 and width > 1:
                    spans[len(rows)] = (0,) * width
                    row = (row[0],) + ("",) * (width - 1)
                width = max(width, len(row))
                rows.append(row)
                block = []
            if line.startswith("└"):
                break
            continue
        if not line.startswith("│"):
            raise DocumentError(source, [f"line {number}: a table line without its frame"])
        cells = line.strip()[1:-1].split("│")
        widths = [display_width(cell) - 2 for cell in cells]  # a space either side
        block.append(cells)
    if not rows:
        raise DocumentError(source, ["the drawn table has no rows"])
    name = "the table"
    blocks.append(Grid(rows=rows, name=name, spans=spans, place=table_places(name)))
    return Document(source=source, blocks=blocks, kind="a text report", one_table=True)


def _cut(line: str, following: str, width: int) -> bool:
    """Whether a word too long for its column was cut between ``line`` and ``following``.

    Only a line filled to the column's width by one word may end in a cut:
    an address or code always did; a Ukrainian word did when the two pieces
    make one known word and the first alone is not.
    """
    if " " in line or display_width(line) < width:
        return False
    if not any("а" <= c.lower() <= "я" or c.lower() in "іїєґ" for c in line):
        return True  # an address or a code runs on: it has no spaces to wrap at
    start = following.split(" ", 1)[0].rstrip(".,;:!?»)")
    return is_word(line + start) and not is_word(line)


def _row(block: list[list[str]], widths: list[int]) -> tuple[str, ...]:
    """One row's cells, each cell's wrapped lines joined again."""
    count = max(len(cells) for cells in block)
    texts: list[str] = []
    for column in range(count):
        parts = [cells[column].strip() for cells in block if column < len(cells)]
        width = widths[column] if column < len(widths) else 0
        text = ""
        last = ""
        for part in parts:
            if not part:
                continue
            cut = _cut(last, part, width)
            text = part if not text else text + ("" if cut else " ") + part
            last = part
        texts.append(text)
    return tuple(texts)
