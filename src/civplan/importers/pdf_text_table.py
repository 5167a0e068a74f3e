"""A PDF table printed without rules, read by the alignment of its text.

A Word table without borders, or a web page whose borders were a
stylesheet's, prints as columns of text with no lines between them. A
column begins where the words of many lines begin after a gap and the words
of hardly any line run across; the header is the first lines whose columns
read as captions civplan knows; a row begins after a wider vertical gap
than the lines of a cell have between them, or where a number opens the
first column. A line whose words run on across a column's edge is a heading
across the table. A page without a header continues the table of the page
before it. What this reads is a guess: the reader warns of every page read
so.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import attrs

from civplan.importers.document import Grid
from civplan.importers.header import caption_score
from civplan.model.numbering import MEASURE_NUMBER

_BIN = 2.0  # points of the page per place where words are counted as beginning
_GUTTER = 6.0  # the narrowest gap between columns, in points
_HEADER_LINES = 6  # a header's lines at most
_HEADER_SEARCH = 60  # the lines of a page a header is looked for among, from the top
_ROW_GAP = 0.6  # a gap between lines this share of a line's height starts a row
_MOST_LINES = 400  # a page of more lines than a tiny font prints is no table read so
_MOST_COLUMNS = 40


@attrs.frozen
class _Line:
    top: float
    bottom: float
    words: tuple[dict[str, Any], ...]  # pdfplumber's words, left to right


@attrs.frozen
class TextTable:
    """A table read from its text's alignment, and what stands above it on the page."""

    grid: Grid
    edges: tuple[float, ...]  # the columns' left edges, for the page that continues it
    above: tuple[str, ...]  # the lines above its header
    beside: tuple[str, ...]  # text left of its first column (a page's menu): no part of it


def text_table(page: Any, name: str, edges: Sequence[float] = ()) -> TextTable | None:
    """The page's table without rules, or ``None`` when its text shows none.

    ``edges``: the left edges of the columns of the table the page before
    held, which this page continues without repeating the header.
    """
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
    lines = _lines(words)
    if not 3 <= len(lines) <= _MOST_LINES:  # more lines than a printed page holds: no table
        return None
    space = _space(lines)
    first = 0
    columns = list(edges)
    if not columns:  # the lines above the header (a title, an approval) cross its gutters:
        # the header is found among loosely found columns, then they are found below it
        loose = _column_edges(lines, crossing=3)
        header = None
        if len(loose) >= 3:  # captions centred in narrow columns may come close together:
            # where no header's lines keep apart, their words are split at the columns' edges
            header = _header(lines, loose, space)
            header = header if header is not None else _header(lines, loose, 0.0)
        if header is None:
            return None
        first = header
        columns = _column_edges(lines[first:])
        if len(columns) < 3:
            return None
    body, beside = _within(lines[first:], columns[0])
    rows, spans, where = _rows(body, columns, first, space)
    if sum(1 for row in rows if any(row)) < (1 if edges else 3):  # a header and two rows
        return None
    grid = Grid(
        rows=rows,
        name=name,
        spans=spans,
        place=lambda row, column: f"{name}, line {where[row]}, column {column + 1}",
        row_where=lambda row: f"{name}, line {where[row]}",
    )
    above = tuple(" ".join(w["text"] for w in line.words) for line in lines[:first])
    return TextTable(grid=grid, edges=tuple(columns), above=above, beside=beside)


def _lines(words: list[dict[str, Any]]) -> list[_Line]:
    """The words in lines: those whose tops are within two points of each other."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
        if lines and abs(float(lines[-1][0]["top"]) - float(word["top"])) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [
        _Line(
            top=min(float(w["top"]) for w in line),
            bottom=max(float(w["bottom"]) for w in line),
            words=tuple(sorted(line, key=lambda w: float(w["x0"]))),
        )
        for line in lines
    ]


def _column_edges(lines: Sequence[_Line], crossing: int = 8) -> list[float]:
    """The left edges of the columns: where words of many lines begin after a gap.

    A column's cells begin at its left edge, line after line; a title
    centred above the table or a heading across it begins anywhere once.
    Where one line in ``crossing`` (or two lines) or fewer has a word
    across it, a place is an edge.
    """
    starts: dict[int, int] = {}
    for line in lines:
        previous = None
        for word in line.words:
            x0 = float(word["x0"])
            if previous is None or x0 - float(previous["x1"]) >= _GUTTER:
                place = int(x0 / _BIN)
                starts[place] = starts.get(place, 0) + 1
            previous = word
    # few words cross a column's edge; a line across several (a title above the table, a
    # heading across it) is not counted against any
    candidates = [
        place * _BIN
        for place in sorted(starts)
        if starts[place] + starts.get(place + 1, 0) >= 3 and starts.get(place - 1, 0) < 3
    ]
    if len(candidates) > _MOST_COLUMNS * 2:  # text scattered everywhere: no columns
        return []
    crossed = [[x for x in candidates if _crosses(line, x)] for line in lines]
    allowed = max(2, len(lines) // crossing)
    edges: list[float] = []
    for x in candidates:
        if edges and x - edges[-1] < _GUTTER * 2:
            continue
        against = sum(1 for found in crossed if len(found) == 1 and found[0] == x)
        if not edges or against <= allowed:
            edges.append(x)
    return edges


def _crosses(line: _Line, x: float) -> bool:
    """Whether a word of the line runs across the place ``x``."""
    return any(float(w["x0"]) < x - 1 and x + 3 < float(w["x1"]) for w in line.words)


def _column(x: float, edges: Sequence[float]) -> int:
    at = 0
    for index, edge in enumerate(edges):
        if x + 0.5 >= edge:
            at = index
    return at


def _cells(line: _Line, edges: Sequence[float], space: float) -> list[str] | None:
    """A line's text in each column, or ``None`` when it is one run of words across columns.

    A heading across the table is one run of text: no gap in it is wider
    than a space (``space``, the width of one between words of the page's
    text; ``0`` splits every line at the columns' edges). A line of cells
    has a gutter somewhere, though captions and cells centred in narrow
    columns may come close to each other.
    """
    texts: list[list[str]] = [[] for _ in edges]
    widest = 0.0
    for before, word in itertools.pairwise(line.words):
        widest = max(widest, float(word["x0"]) - float(before["x1"]))
    for word in line.words:
        texts[_column(float(word["x0"]), edges)].append(word["text"])
    if widest < space * 1.6 and sum(1 for words in texts if words) > 1:
        return None
    return [" ".join(words) for words in texts]


def _space(lines: Sequence[_Line]) -> float:
    """The usual gap between two words of a line."""
    gaps = sorted(
        float(b["x0"]) - float(a["x1"])
        for line in lines
        for a, b in itertools.pairwise(line.words)
        if 0 < float(b["x0"]) - float(a["x1"]) < _GUTTER
    )
    return gaps[len(gaps) // 2] if gaps else _GUTTER / 2


def _header(lines: list[_Line], edges: Sequence[float], space: float) -> int | None:
    """The first of the first lines whose columns read as captions civplan knows."""
    for start in range(min(len(lines), _HEADER_SEARCH)):
        for end in range(start + 1, min(start + _HEADER_LINES, len(lines)) + 1):
            block = [_cells(line, edges, space) for line in lines[start:end]]
            if any(cells is None for cells in block):
                break
            texts = [
                " ".join(cells[c] for cells in block if cells and cells[c])
                for c in range(len(edges))
            ]
            score = caption_score(texts)
            if score >= 2 and score * 2 >= sum(map(bool, texts)):
                return start
    return None


def _within(lines: Sequence[_Line], left: float) -> tuple[list[_Line], tuple[str, ...]]:
    """The lines as far as they lie in the table, and the text left of its first column."""
    inside: list[_Line] = []
    beside: list[str] = []
    for line in lines:
        outside = [w for w in line.words if float(w["x1"]) < left - _GUTTER / 2]
        if outside:
            beside.append(" ".join(w["text"] for w in outside))
            words = tuple(w for w in line.words if float(w["x1"]) >= left - _GUTTER / 2)
            if not words:
                continue
            line = _Line(
                top=min(float(w["top"]) for w in words),
                bottom=max(float(w["bottom"]) for w in words),
                words=words,
            )
        inside.append(line)
    return inside, tuple(beside)


def _rows(
    lines: Sequence[_Line], edges: Sequence[float], skipped: int, space: float
) -> tuple[list[tuple[str, ...]], dict[int, tuple[int, ...]], list[int]]:
    """The lines as the table's rows, those that run across it merged.

    Each row is named by its first line's place on the page (``skipped``
    lines above the table).
    """
    heights = sorted(line.bottom - line.top for line in lines)
    # the lines of a cell lie closer than this; cells centred in their rows overlap
    apart = heights[len(heights) // 2] * _ROW_GAP if heights else 0.0
    rows: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    where: list[int] = []
    current: list[list[str]] | None = None
    lowest = 0.0  # where the lines of the row so far end
    heading = False  # the row before is a heading across the table
    for number, line in enumerate(lines, start=skipped + 1):
        cells = _cells(line, edges, space)
        near = line.top - lowest <= apart
        lowest = line.bottom if not near else max(lowest, line.bottom)
        wrapped = (
            cells is not None and heading and near and not any(cells[1:]) and cells[0][:1].islower()
        )
        if cells is None or wrapped:  # a heading across the table, or the rest of one
            if current is not None:
                rows.append(_joined(current))
                current = None
            text = " ".join(w["text"] for w in line.words)
            if cells is not None:
                text = f"{rows.pop()[0]} {text}"
            else:
                where.append(number)
            spans[len(rows)] = (0,) * len(edges)
            rows.append((text,) * len(edges))
            heading = True
            continue
        heading = False
        opens = bool(cells[0]) and MEASURE_NUMBER.fullmatch(cells[0].strip()) is not None
        if current is None or not near or (opens and any(current[0])):
            if current is not None:
                rows.append(_joined(current))
            current = [[] for _ in edges]
            where.append(number)
        for column, text in enumerate(cells):
            if text:
                current[column].append(text)
    if current is not None:
        rows.append(_joined(current))
    return rows, spans, where


def _joined(cells: list[list[str]]) -> tuple[str, ...]:
    from civplan.importers.pdf import unwrap

    return tuple(unwrap("\n".join(lines)) for lines in cells)
