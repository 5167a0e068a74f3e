"""A PDF table printed without rules, read by the alignment of its text.

A Word table without borders, or a web page whose borders were a
stylesheet's, prints as columns of text with no lines between them. A
column begins where the words of many lines begin after a gap and the words
of hardly any line run across; the header is the first lines whose columns
read as captions civplan knows; a row begins after a wider vertical gap
than the lines of a cell have between them, or where a number opens the
column of numbers (the first, or the second beside a column of tasks). A
web page prints its cells centred in their rows, so that a cell of several
lines begins above its row's number: there, a column's lines one step apart
are one cell, which belongs to the row whose number lies nearest its
middle. A line whose words run on across a column's edge is a heading
across the table. A page without a header continues the table of the page
before it. What this reads is a guess: the reader warns of every page read
so.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from civplan.importers.captions import caption_fields
from civplan.importers.cards import read_cards
from civplan.importers.content import YEAR_ALONE
from civplan.importers.document import Grid, is_furniture
from civplan.importers.fields import TITLE
from civplan.importers.header import TITLE_WORDS, caption_score, is_column_numbering
from civplan.importers.printed import unwrap
from civplan.model.numbering import MEASURE_NUMBER
from civplan.model.scan import any_digit

_BIN = 2.0  # points of the page per place where words are counted as beginning
_GUTTER = 4.5  # the narrowest gap between columns, in points
_HEADER_LINES = 8  # a header's lines at most
_HEADER_SEARCH = 60  # the lines of a page a header is looked for among, from the top
_ROW_GAP = 0.6  # a gap between lines this share of a line's height starts a row
_MOST_LINES = 400  # a page of more lines than a tiny font prints is no table read so
_MOST_COLUMNS = 40
_SHORT = 12  # the lines of a table short enough for a column to begin on two of them only
_CARD_EDGES = 4  # a menu's column, then the captions' and the values' (and one to spare)


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
    words = _unglued(
        page.extract_words(
            x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, return_chars=True
        )
    )
    # a site's footer, printed under the table, is none of its rows
    lines = [line for line in _lines(words) if not is_furniture(_text(line))]
    # more lines than a printed page holds: no table; a table going on from the page before
    # may end in the last lines of a row broken across the pages
    if not (1 if edges else 3) <= len(lines) <= _MOST_LINES:
        return None
    space = _space(lines)
    first = 0
    above_caption = 0  # where a caption printed above the header's first line begins
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
        above_caption = _caption_above(lines, first, columns)
        columns = _numbers_column(lines[first:], columns)
        columns = _with_empty_columns(lines[first:], columns)
    body, beside = _within(lines[first:], columns[0])
    rows, spans, where = _headed(_rows(body, columns, first, space))
    if not edges and len(body) <= _SHORT:
        # a short table's column may begin on two lines only, its rows' (its caption
        # centred above them): taken where its header then reads as more captions
        finer = _column_edges(lines[first:], least=2)
        if len(finer) > len(columns):
            inside, left = _within(lines[first:], finer[0])
            read = _headed(_rows(inside, finer, first, space))
            if read[0] and rows and caption_score(read[0][0]) > caption_score(rows[0]):
                columns, beside, (rows, spans, where) = finer, left, read
    if sum(1 for row in rows if any(row)) < (1 if edges else 3):  # a header and two rows
        return None
    if not edges and (apart := _captions_apart(rows[0], len(columns))) is not None:
        rows[0] = apart
    if not edges and len(rows) > 1 and _years_alone(rows[1]) and 1 not in spans:
        # the header's row of years printed apart from the captions over them (a sheet's
        # rows of their own heights): the years go under their captions, in one row
        rows[0] = tuple(f"{top} {year}".strip() for top, year in zip(rows[0], rows[1], strict=True))
        del rows[1], where[1]
        spans = {row - 1 if row > 1 else row: span for row, span in spans.items()}
    if not edges:
        rows[0] = _years_under_one_caption(rows[0])
    if above_caption < first:
        rows[0] = _with_caption_above(rows[0], lines[above_caption:first], columns)
        first = above_caption
    grid = _lined(rows, spans, where, name)
    above = tuple(_text(line) for line in lines[:first])
    return TextTable(grid=grid, edges=tuple(columns), above=above, beside=beside)


def page_table(
    page: Any, name: str, edges: Sequence[float], header: Sequence[tuple[str, ...]]
) -> tuple[TextTable | None, Sequence[tuple[str, ...]]]:
    """The page's table without rules, and the header row of the last table that had one.

    ``edges`` and ``header``: the columns of the table the page before ended in
    (none if it did not) and that table's first row. The page goes on with that
    table where it shows no header, or one found in its rows (its columns the
    table's before, its captions none of the header's); a header repeated over
    the page's rows, as a printed table's on every page, heads a table of the
    same captions, read as one with it.
    """
    read = text_table(page, name)
    if edges and (
        read is None
        or _fewer_columns(read.edges, edges)
        or (_same_columns(read.edges, edges) and read.grid.rows[:1] != header)
    ):
        return text_table(page, name, edges) or read, header
    return read, (read.grid.rows[:1] if read is not None else header)


def _fewer_columns(found: Sequence[float], before: Sequence[float]) -> bool:
    """Whether columns found on a page are some of the columns of the table before it.

    Rows read as a header lose the columns they leave empty (a number column):
    such a page continues the table before, not a table of its own.
    """
    return len(found) < len(before) and all(
        any(abs(edge - other) <= 3 for other in before) for edge in found
    )


def _same_columns(found: Sequence[float], before: Sequence[float]) -> bool:
    """Whether columns found on a page are those of the table before it, each where it was."""
    return len(found) == len(before) and all(
        abs(edge - other) <= 3 for edge, other in zip(found, before, strict=True)
    )


def _headed(read: Rows) -> Rows:
    """Rows read, their first (the header, which no page break cuts) unwrapped at once.

    Its captions are weighed and compared as they read; the other rows keep their
    printed lines until the pages' tables are joined.
    """
    rows = read[0]
    if rows:
        rows[0] = tuple(map(unwrap, rows[0]))
    return read


def _years_alone(row: tuple[str, ...]) -> bool:
    """Whether a row holds years and nothing else, two at least: «2025 | 2026»."""
    filled = [text for text in row if text.strip()]
    return len(filled) >= 2 and all(YEAR_ALONE.fullmatch(text.strip()) for text in filled)


_ENDS_IN_A_YEAR = re.compile(rf"(?s)(.*\S)\s+{YEAR_ALONE.pattern}")


def _years_under_one_caption(header: tuple[str, ...]) -> tuple[str, ...]:
    """A header whose caption merged over columns of years heads each of them.

    «Фінансування, тис. грн» over «2025 | 2026»: the caption's words fall in the
    columns their letters begin in, most in the first year's, the next holding
    its year alone («2026») or with the caption's last words («тис. 2026»),
    which name no field: each year's column is given the whole caption.
    """
    cells = list(header)
    for at in range(1, len(cells)):
        before = _ENDS_IN_A_YEAR.fullmatch(cells[at - 1].strip())
        if before is None or any_digit(before[1]):
            continue
        text = cells[at].strip()
        if YEAR_ALONE.fullmatch(text):
            cells[at] = f"{before[1]} {text}"
            continue
        this = _ENDS_IN_A_YEAR.fullmatch(text)
        if this is None or any_digit(this[1]) or len(this[1].split()) > 2:
            continue
        if caption_fields((this[1],)):
            continue  # a caption of its own («Фінансування 2026»)
        caption = f"{before[1]} {this[1]}"
        cells[at - 1] = f"{caption} {cells[at - 1].strip()[len(before[1]) :].strip()}"
        cells[at] = f"{caption} {text[len(this[1]) :].strip()}"
    return tuple(cells)


_GLUED = re.compile(r"\d{1,3}[.)]?(?=[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]{2})")
"""A number printed right against the capitalised word after it: a spreadsheet's number set
to the right of its cell, the next cell's text to the left of its own («1Проведення»)."""


def _unglued(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words, each number glued to the next cell's word split off it by its letters.

    The number is marked ``glued`` (it begins no column: set to the right, its left
    edge moves with its digits), the word after it ``parted`` (it begins its cell).
    """
    found = []
    for word in words:
        chars = word.pop("chars", ())
        glued = _GLUED.match(word["text"])
        if glued is None or len(chars) != len(word["text"]):
            found.append(word)
            continue
        cut = glued.end()
        found.append({**word, "text": word["text"][:cut], "x1": chars[cut - 1]["x1"], "glued": 1})
        found.append({**word, "text": word["text"][cut:], "x0": chars[cut]["x0"], "parted": 1})
    return found


def _numbers_column(lines: Sequence[_Line], columns: list[float]) -> list[float]:
    """The columns, with the column of numbers set to the right of their cells placed whole.

    A spreadsheet sets its numbers to the right: against the titles beside them
    («1Проведення»), they begin no column, and the column found first is the titles';
    apart from them, they begin a column right of where its caption («№ з/п») does. Either
    way the caption stands left of the first column, on the header's lines alone: the
    numbers' column begins where it does.
    """
    left = [
        (at, word)
        for at, line in enumerate(lines)
        for word in line.words
        if float(word["x1"]) < columns[0] - _GUTTER / 2
        or (word.get("glued") and float(word["x0"]) < columns[0])
    ]
    if not left:
        return columns
    start = min(float(word["x0"]) for _, word in left)
    if sum(1 for _, word in left if word.get("glued")) >= 2:
        return [start, *columns]
    if len(columns) < 2:
        return columns
    first = [
        (at, word)
        for at, line in enumerate(lines)
        for word in line.words
        if columns[0] - 1 <= float(word["x0"]) < columns[1] - 1
    ]
    if (
        len(first) >= 2
        and all(_SET_RIGHT.fullmatch(word["text"]) for _, word in first)
        and all(at < first[0][0] for at, _ in left)  # above the first number: a caption
    ):
        return [start, *columns[1:]]
    return columns


_SET_RIGHT = re.compile(r"\d{1,3}[.)]?")
"""A number of a column of numbers, which a spreadsheet sets to the right of its cell."""


def _text(line: _Line) -> str:
    return " ".join(w["text"] for w in line.words)


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


def _column_edges(lines: Sequence[_Line], crossing: int = 8, least: int = 3) -> list[float]:
    """The left edges of the columns: where words of many lines begin after a gap.

    A column's cells begin at its left edge, line after line (``least`` of
    them at least); a title centred above the table or a heading across it
    begins anywhere once. Where one line in ``crossing`` (or two lines) or
    fewer has a word across it, a place is an edge.
    """
    starts: dict[int, int] = {}
    after: dict[int, int] = {}  # of them, the words after another's on their line
    for line in lines:
        previous = None
        for word in line.words:
            x0 = float(word["x0"])
            if not word.get("glued") and (
                previous is None or x0 - float(previous["x1"]) >= _GUTTER or word.get("parted")
            ):  # (a number set to the right begins no column; the word it was glued to does)
                place = int(x0 / _BIN)
                starts[place] = starts.get(place, 0) + 1
                if previous is not None:
                    after[place] = after.get(place, 0) + 1
            previous = word
    # few words cross a column's edge; a line across several (a title above the table, a
    # heading across it) is not counted against any
    candidates = [
        place * _BIN
        for place in sorted(starts)
        if starts[place] + starts.get(place + 1, 0) >= least and starts.get(place - 1, 0) < least
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
        place = int(x / _BIN)
        # headings of sections cross the titles' edge, which the rows' numbers end before:
        # more lines parted there than run across it
        parted = after.get(place, 0) + after.get(place + 1, 0)
        if not edges or against <= allowed or parted >= 2 * against:
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
    first_run = len(line.words)  # how many words the line's first run of text has
    for at, (before, word) in enumerate(itertools.pairwise(line.words), start=1):
        gap = float(word["x0"]) - float(before["x1"])
        widest = max(widest, gap)
        if gap >= space * 1.6:
            first_run = min(first_run, at)
    columns = [_column(float(word["x0"]), edges) for word in line.words]
    for column, word in zip(columns, line.words, strict=True):
        texts[column].append(word["text"])
    if widest < space * 1.6 and sum(1 for words in texts if words) > 1:
        return None
    if columns[first_run - 1] - columns[0] >= _HEADING_ACROSS - 1 and not _cells_abut(
        line.words[:first_run], edges[columns[0] + 1 : columns[first_run - 1] + 1]
    ):
        # «Напрям 3.1. Відкритість місцевої влади    50,0 %   2/4»: a heading across
        # the table with its figures beside it, its words in its first column
        texts = [[] for _ in edges]
        texts[columns[0]] = [word["text"] for word in line.words[:first_run]]
        for column, word in zip(columns[first_run:], line.words[first_run:], strict=True):
            texts[column].append(word["text"])
    return [" ".join(words) for words in texts]


def _with_empty_columns(lines: Sequence[_Line], edges: list[float]) -> list[float]:
    """The edges, with those of columns whose caption alone is printed: «Примітка» over no notes.

    Columns are found where many lines begin; an empty column's caption begins on one or
    two. Its words, after a gutter in the header (the lines above the first that begins
    with a number in the first column), lie right of every word the column before holds,
    under that column's caption and beside it, and end before the next column; else the
    caption is that column's own (centred over it: «грн» of «Обсяг фінансування, тис. грн»
    over «план | факт»).
    """
    body = next(
        (
            at
            for at, line in enumerate(lines)
            if abs(float(line.words[0]["x0"]) - edges[0]) <= _BIN * 2
            and _LEADING.match(line.words[0]["text"] + " ")
        ),
        None,
    )
    if not body:
        return edges
    found: list[float] = []
    for left, right in itertools.pairwise((*edges, float("inf"))):
        inside = [
            [w for w in line.words if left - 1 <= float(w["x0"]) < right - 1] for line in lines
        ]
        filled = [float(w["x1"]) for words in inside[body:] for w in words]
        if not filled:
            continue
        reach = max(filled) + _GUTTER
        starts = [
            float(word["x0"])
            for words in inside[:body]
            for at, word in enumerate(words)
            if float(word["x0"]) > reach
            and (not at or float(word["x0"]) - float(words[at - 1]["x1"]) >= _GUTTER)
        ]
        if not starts:
            continue
        start = min(starts)
        own = [w for words in inside[:body] for w in words if float(w["x0"]) < start]
        caption = [w for words in inside[:body] for w in words if float(w["x0"]) >= start]
        if (
            own  # (no caption of the column's own, or one running into the other: none)
            and all(float(w["x1"]) <= start - _GUTTER for w in own)
            and all(float(w["x1"]) <= right for w in caption)  # (one centred over two: none)
        ):
            found.append(start)
    return sorted((*edges, *found))


def _cells_abut(words: Sequence[dict[str, Any]], crossed: Sequence[float]) -> bool:
    """Whether a run of words is cells set close together: a word begins at each column it enters.

    A heading's words fall across the columns wherever its text runs; cells filled to
    their edges («…початкових» beside «ІІ квартал») begin where their columns do.
    """
    return all(any(abs(float(w["x0"]) - edge) <= _BIN for w in words) for edge in crossed)


_HEADING_ACROSS = 3
"""The fewest columns a line's first run of text crosses to be a heading across the table."""


def _space(lines: Sequence[_Line]) -> float:
    """The usual gap between two words of a line."""
    gaps = sorted(
        float(b["x0"]) - float(a["x1"])
        for line in lines
        for a, b in itertools.pairwise(line.words)
        if 0 < float(b["x0"]) - float(a["x1"]) < _GUTTER
    )
    return gaps[len(gaps) // 2] if gaps else _GUTTER / 2


def _with_caption_above(
    header: tuple[str, ...], caption: Sequence[_Line], edges: Sequence[float]
) -> tuple[str, ...]:
    """The header's first row with a caption's lines above it, each in the column it begins in.

    A caption over two columns begins over the first: «Обсяг фінансування» over «план».
    """
    texts = list(header)
    for line in reversed(caption):
        at = _column(float(line.words[0]["x0"]), edges)
        texts[at] = f"{_text(line)} {texts[at]}".strip()
    return tuple(texts)


def _caption_above(lines: Sequence[_Line], first: int, edges: Sequence[float]) -> int:
    """The header's first line, with the lines of a caption printed above the others.

    A caption over two columns («Обсяг фінансування, тис. грн» over «план | факт») begins
    higher than the captions centred beside it: its lines, close above the header's first
    and within the columns right of the first two, are the header's, not the title's.
    """
    while first > 0:
        line, below = lines[first - 1], lines[first]
        left, right = float(line.words[0]["x0"]), float(line.words[-1]["x1"])
        height = line.bottom - line.top
        if below.top - line.bottom > height or left < edges[min(2, len(edges) - 1)]:
            break
        if right - left > (edges[-1] - edges[0]) / 3:  # a title's line, centred and wide
            break
        first -= 1
    return first


def _header(lines: list[_Line], edges: Sequence[float], space: float) -> int | None:
    """The first of the first lines whose columns read as captions civplan knows."""
    searched = lines[: _HEADER_SEARCH + _HEADER_LINES]
    split = [_cells(line, edges, space) for line in searched]  # each line's, once
    for start in range(min(len(lines), _HEADER_SEARCH)):
        for end in range(start + 1, min(start + _HEADER_LINES, len(lines)) + 1):
            block = split[start:end]
            if any(cells is None for cells in block):
                break
            texts = [
                " ".join(cells[c] for cells in block if cells and cells[c])
                for c in range(len(edges))
            ]
            score = caption_score(texts)
            if not _captions_enough(score, texts):
                # captions in narrow columns, their words cut where the column ends
                # («Перел» over «ік заході» over «в»): read whole, as a cell's lines are
                texts = [
                    _joined([[cells[c] for cells in block if cells]])[0] for c in range(len(edges))
                ]
                score = caption_score(texts)
            if _captions_enough(score, texts):
                return _first_caption_line(lines[start:end], edges, space, score) + start
    return None


def _captions_enough(score: int, texts: Sequence[str]) -> bool:
    """Whether a block's texts, by how many captions civplan knows, are a header."""
    return score >= 2 and score * 2 >= sum(map(bool, texts))


def _first_caption_line(
    block: Sequence[_Line], edges: Sequence[float], space: float, score: int
) -> int:
    """How many of a header's first lines are a title above it that fits its first column.

    «Звіт про виконання … за 2025 рік» over «№ з/п | Найменування заходу»: a line of a
    title's words (not a section's heading, «Освіта»), all of them left of the second
    column, without which the captions read as well.
    """
    skipped = 0
    while (
        skipped + 1 < len(block)
        and len(edges) > 1
        and all(float(w["x0"]) < edges[1] for w in block[skipped].words)
        and TITLE_WORDS.search(_text(block[skipped])) is not None  # not a section's heading
    ):
        rest = [_cells(line, edges, space) for line in block[skipped + 1 :]]
        texts = [_joined([[c[i] for c in rest if c]])[0] for i in range(len(edges))]
        if caption_score(texts) < score:
            break
        skipped += 1
    return skipped


def _captions_apart(header: tuple[str, ...], width: int) -> tuple[str, ...] | None:
    """A header whose captions stand apart from the columns below, cut into one per column.

    A web page's header in a table of its own is printed narrower than the table under it:
    its words, placed by the body's columns, run from one caption into the next («з/п
    Найменування заходу Термін | виконання»). Read in order, they are cut into as many
    captions civplan knows as there are columns, where no cell is the titles' caption and
    the cut names more fields, the titles' among them; ``None`` otherwise.
    """
    named = _fields_named(header)
    if TITLE in named:
        return None  # the measures' titles have their caption: the captions are in place
    words = " ".join(header).split()
    if len(words) > _MOST_HEADER_WORDS:
        return None
    if not any(w[:1].islower() for w in words) or not any(w[:1].isupper() for w in words):
        return None  # (in capitals alone, where captions begin their case cannot tell)

    @functools.cache
    def field(at: int, end: int) -> tuple[str | None, int]:
        """The likeliest field of a run of words, and how far its case says it is no caption.

        Its first word in lower case, or a word after it in upper case, says so once each.
        """
        fields = caption_fields((" ".join(words[at:end]),))
        odd = words[at][:1].islower() + sum(w[:1].isupper() for w in words[at + 1 : end])
        return (fields[0] if fields else None), odd

    @functools.cache
    def cut(at: int, left: int, used: frozenset[str]) -> tuple[int, tuple[str, ...]] | None:
        """The cut of the words from ``at`` into ``left`` captions naming most new fields.

        Each caption after the first begins with a capital letter (or a sign); of cuts naming
        as many, the one whose captions only begin with one («Найменування заходу | Термін
        виконання», not «Найменування | заходу Термін»).
        """
        if at == len(words) or left == 0:
            return (0, ()) if at == len(words) and left == 0 else None
        best: tuple[int, tuple[str, ...]] | None = None
        for end in range(at + 1, len(words) - left + 2):
            if end < len(words) and words[end][:1].islower():
                continue  # a caption begins in capitals: «Назва | завдання» is no cut
            named, over = field(at, end)
            if named is None or (rest := cut(end, left - 1, used | {named})) is None:
                continue
            new = (named not in used) * (3 if named == TITLE else 1)
            score = rest[0] + new * 1000 - over
            if best is None or score > best[0]:
                best = (score, (" ".join(words[at:end]), *rest[1]))
        return best

    found = cut(0, width, frozenset())
    if found is None or TITLE not in (apart := _fields_named(found[1])) or len(apart) <= len(named):
        return None
    return found[1]


def _fields_named(texts: Sequence[str]) -> set[str]:
    """The fields the captions of a header name, each the likeliest of its caption."""
    return {fields[0] for text in texts if text and (fields := caption_fields((text,)))}


_MOST_HEADER_WORDS = 24
"""The most words of a header cut into captions: a header is a line or two of them."""


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


Rows = tuple[list[tuple[str, ...]], dict[int, tuple[int, ...]], list[int]]
"""A table's rows, the spans of those that run across it, and each row's first line on the page."""


def _rows(lines: Sequence[_Line], edges: Sequence[float], skipped: int, space: float) -> Rows:
    """The lines as the table's rows, those that run across it merged.

    Each row is named by its first line's place on the page (``skipped``
    lines above the table).
    """
    heights = sorted(line.bottom - line.top for line in lines)
    # the lines of a cell lie closer than this; cells centred in their rows overlap
    apart = heights[len(heights) // 2] * _ROW_GAP if heights else 0.0
    split = [_cells(line, edges, space) for line in lines]
    numbered = _number_column(lines, split, apart)
    width = len(edges)
    if not _centred(lines, split, numbered):
        return _stacked(lines, split, numbered, skipped, (apart, width))
    # the header above, row by row; from the first numbered row on, its cells centred
    start = _first_row(lines, split, numbered, apart)
    head_rows, head_spans, head_where = _stacked(
        lines[:start], split[:start], numbered, skipped, (apart, width)
    )
    rows, spans, where = _centred_rows(
        lines[start:], split[start:], numbered, skipped + start, (apart, width)
    )
    shifted = {len(head_rows) + row: span for row, span in spans.items()}
    return [*head_rows, *rows], {**head_spans, **shifted}, [*head_where, *where]


def _stacked(
    lines: Sequence[_Line],
    split: Sequence[list[str] | None],
    numbered: int,
    skipped: int,
    sizes: tuple[float, int],
) -> Rows:
    """Rows whose cells begin at their tops: a row begins after a gap or at a number.

    ``sizes``: the gap between lines that parts rows, and the table's columns.
    """
    apart, width = sizes
    pitch = _pitch(lines, split)
    rows: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    where: list[int] = []
    current: list[list[str]] | None = None
    members: list[int] = []  # the lines of the current row
    lowest = 0.0  # where the lines of the row so far end

    def close() -> None:
        """The current row, or the rows its cells tell apart where no numbers do."""
        parted = _by_cells(lines, split, members, numbered, (pitch, width))
        if parted is None:
            rows.append(_printed(current))  # type: ignore[arg-type]
            return
        where.pop()
        for first, _middle, cells in parted:
            rows.append(_printed(cells))
            where.append(first + skipped + 1)

    heading = False  # the row before is a heading across the table
    counted = False  # the line before numbers the columns (a row of its own, however close
    # the row of years above it or the heading below it lie)
    for (number, line), cells in zip(enumerate(lines, start=skipped + 1), split, strict=True):
        after = split[number - skipped] if number - skipped < len(split) else None
        near = line.top - lowest <= apart
        lowest = line.bottom if not near else max(lowest, line.bottom)
        wrapped = (
            cells is not None and heading and near and not any(cells[1:]) and cells[0][:1].islower()
        )
        if cells is None or wrapped:  # a heading across the table, or the rest of one
            if current is not None:
                close()
                current = None
            text = _text(line)
            if cells is not None:
                text = f"{rows.pop()[0]} {text}"
            else:
                where.append(number)
            spans[len(rows)] = (0,) * width
            rows.append((text,) * width)
            heading = True
            continue
        heading = False
        counting, counted = counted, is_column_numbering(cells)
        if (
            current is None
            or not near
            or counting
            or counted
            or (_opens(cells, numbered) and any(current[numbered]))
            # a measure's number under a heading in one column and none in the numbers'
            # («Напрям 1» over «1.1 | Оновити сайт»), the rows as close as their lines (not
            # a title's first line over the number centred beside its next: «в» over
            # «1.1 | електронну форму», which goes on in small letters)
            or (_opens(cells, numbered) and rows and _heads_alone(current, cells, numbered))
            or _heading_between(current, cells, after, numbered, header=not rows)
            # a heading in the numbers' column («1. Дороги») right under the header's caption
            # («№ з/п») or a measure's number: no line of either
            or (_leads(cells, numbered) and _complete(current[numbered], first=not rows))
        ):
            if current is not None:
                close()
            current = [[] for _ in range(width)]
            members = []
            where.append(number)
        members.append(number - skipped - 1)
        for column, text in enumerate(cells):
            if text:
                current[column].append(text)
    if current is not None:
        close()
    return rows, spans, where


def _heads_alone(current: list[list[str]], cells: list[str], numbered: int) -> bool:
    """Whether a row so far is a heading in one column, over a line that begins a new text."""
    if any(current[numbered]):
        return False
    filled = [column for column, lines in enumerate(current) if lines]
    return len(filled) == 1 and cells[filled[0]][:1].isupper()


def _heading_between(
    current: list[list[str]] | None,
    cells: list[str],
    after: list[str] | None,
    numbered: int,
    *,
    header: bool,
) -> bool:
    """Whether a line under a measure's row is the heading of the next section, not its text.

    Printed as close as a cell's lines, a heading in one column («2. Напрям 2», «Напрям 2»)
    over the next section's first measure («2.1») begins a row: its number is that
    measure's first level, or it begins with a capital letter between measures of two
    levels or more whose first levels differ («1.4» above it, «2.1» below it). Under the
    header (``header``: the row so far is the table's first), a heading in the column
    right of the numbers' begins with a capital letter or its number, where a caption's
    next line goes on in small letters.
    Else it is the cell's next line.
    """
    if current is None or after is None or not _opens(after, numbered):
        return False
    filled = [column for column, text in enumerate(cells) if text]
    if header:  # in the titles' column, right of the numbers' (not a caption's next line)
        if filled != [numbered + 1]:
            return False
        text = cells[filled[0]]
        return text[:1].isupper() or _SECTION_NUMBER.match(text) is not None
    above = current[numbered][0].strip() if current[numbered] else ""
    if MEASURE_NUMBER.fullmatch(above) is None or len(filled) != 1 or filled[0] == numbered:
        return False
    text = cells[filled[0]].strip()
    levels_above = [part for part in above.split(".") if part]
    levels_below = [part for part in after[numbered].strip().split(".") if part]
    if levels_above[0] == levels_below[0]:
        return False
    named = _SECTION_NUMBER.match(text)
    if named is not None:
        return named[1] == levels_below[0]
    return text[:1].isupper() and len(levels_above) >= 2 and len(levels_below) >= 2


_SECTION_NUMBER = re.compile(r"(\d{1,3})\.?\s+\S")
"""A heading's own number before its words: «2. Напрям 2»."""


def _complete(lines: list[str], *, first: bool) -> bool:
    """Whether a row's cell of the numbers' column takes no line that begins with a number.

    It is a number, or (``first``: the table's first row) a caption of no figure.
    """
    text = " ".join(lines)
    if first and not any_digit(text):
        return True
    return MEASURE_NUMBER.fullmatch(text.strip()) is not None


def _cell_runs(
    lines: Sequence[_Line],
    split: Sequence[list[str] | None],
    members: Sequence[int],
    column: int,
    pitch: float,
) -> list[list[int]]:
    """A column's cells among some lines: runs of its lines a step apart (each line's place)."""
    runs: list[list[int]] = []
    for at in members:
        cells = split[at]
        if cells is None or not cells[column]:
            continue
        if runs and lines[at].top - lines[runs[-1][-1]].top <= 1.4 * pitch:
            runs[-1].append(at)
        else:
            runs.append([at])
    return runs


def _by_cells(
    lines: Sequence[_Line],
    split: Sequence[list[str] | None],
    members: Sequence[int],
    numbered: int,
    sizes: tuple[float, int],
) -> list[tuple[int, float, list[list[str]]]] | None:
    """The rows of lines that no gap nor number parts, where most columns' cells part them.

    A direction and its number merged down over measures of no number leave no
    gap between the measures' rows: where more than half the filled columns
    right of the numbers hold as many cells apart, and more than one, each is a
    row, centred where the first such column's cell is; the cells of the
    columns before it (the number, the direction) head the first row. Where the
    lines hold a number, a column before that one must hold a single cell (the
    direction merged down): a number beside paragraphs alone is one measure's. Each row
    with the place of its first line and its middle; ``None`` where the lines are one
    row.
    """
    pitch, width = sizes
    if pitch <= 0 or len(members) < 2:
        return None
    columns = [_cell_runs(lines, split, members, column, pitch) for column in range(width)]
    counts = [len(runs) for runs in columns[numbered + 1 :]]
    most = max(counts, default=0)
    numbers = sum(1 for at in members if _opens(split[at], numbered))
    filled = sum(1 for count in counts if count)
    if most < 2 or numbers > 1 or counts.count(most) < 2:
        return None
    anchored = numbered + 1 + counts.index(most)
    before = counts[: anchored - numbered - 1]
    if numbers and 1 not in before:
        return None  # a number and no cell merged down beside it: one measure's paragraphs
    # a number and the cells merged down beside it (the title, the term), then the columns
    # each of whose cells is a row's (an executor and its report): as many cells in each
    beside = bool(numbers) and all(count == most for count in counts[anchored - numbered - 1 :])
    if counts.count(most) * 2 <= filled and not (beside and all(c <= 1 for c in before)):
        return None
    runs = columns[anchored]
    middles = [(lines[run[0]].top + lines[run[-1]].bottom) / 2 for run in runs]
    cells: list[list[list[str]]] = [[[] for _ in range(width)] for _ in runs]
    for column in range(width):
        for run in columns[column]:
            middle = (lines[run[0]].top + lines[run[-1]].bottom) / 2
            row = (
                0
                if column < anchored
                else min(range(len(runs)), key=lambda r: abs(middles[r] - middle))
            )
            cells[row][column].extend(split[at][column] for at in run)  # type: ignore[index]
    return [
        (run[0], middle, texts) for run, middle, texts in zip(runs, middles, cells, strict=True)
    ]


def _first_row(
    lines: Sequence[_Line], split: Sequence[list[str] | None], numbered: int, apart: float
) -> int:
    """Where the first numbered row begins: after the last gap above its number."""
    first = next(at for at in range(len(lines)) if _opens(split[at], numbered))
    start, lowest = 0, 0.0
    for at in range(first + 1):
        if at and lines[at].top - lowest > apart:
            start = at
        lowest = max(lowest, lines[at].bottom) if at else lines[at].bottom
    return start


def _opens(cells: list[str] | None, numbered: int) -> bool:
    return cells is not None and MEASURE_NUMBER.fullmatch(cells[numbered].strip()) is not None


_LINE_STEP = 1.5
"""The most a cell's line steps to its next, in lines' heights (a line and its leading)."""


def _pitch(lines: Sequence[_Line], split: Sequence[list[str] | None]) -> float:
    """The distance from one line of a cell to the next: the commonest step within a column."""
    steps: list[float] = []
    for column in range(max((len(c) for c in split if c is not None), default=0)):
        tops = [
            line.top for line, cells in zip(lines, split, strict=True) if cells and cells[column]
        ]
        steps.extend(b - a for a, b in itertools.pairwise(tops))
    steps.sort()
    if not steps:
        return 0.0
    # the shorter steps: lines of one cell; where most cells are of one line, the steps
    # between rows are the commoner, and a line's own height bounds a cell's step
    heights = sorted(line.bottom - line.top for line in lines)
    return min(steps[len(steps) // 4], heights[len(heights) // 2] * _LINE_STEP)


def _centred(lines: Sequence[_Line], split: Sequence[list[str] | None], numbered: int) -> bool:
    """Whether the cells are centred in their rows, as a web page prints them.

    There, a cell of several lines begins above the number of its row: the
    line before a number lies half a line's step above it, not a step or more.
    """
    anchors = [at for at in range(1, len(lines)) if _opens(split[at], numbered)]
    pitch = _pitch(lines, split)
    if len(anchors) < 2 or pitch <= 0:
        return False
    half = sum(
        1
        for at in anchors
        if split[at - 1] is not None
        and not _opens(split[at - 1], numbered)
        and lines[at].top - lines[at - 1].top < 0.75 * pitch
    )
    return half * 3 >= len(anchors)


def _centred_rows(
    lines: Sequence[_Line],
    split: Sequence[list[str] | None],
    numbered: int,
    skipped: int,
    sizes: tuple[float, int],
) -> Rows:
    """The rows of a table whose cells are centred in them, each cell where its middle lies.

    Lines with a clear gap between them are in different rows. Among lines
    without one, a column's lines a step apart are one cell, and each cell
    belongs to the row whose number lies nearest its middle. A line across
    the table is a heading. ``sizes`` as for :func:`_stacked`.
    """
    apart, width = sizes
    pitch = _pitch(lines, split)
    rows: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    where: list[int] = []
    heights: list[float | None] = []  # each row's middle (None: a heading across)
    tasks: list[tuple[float, int, list[str]]] = []  # a task column's texts, by their middles
    blocks: list[_Block] = []  # the rows of each group of lines, and where it lies

    def group(members: list[int]) -> None:
        anchors = [at for at in members if _leads(split[at], numbered)]
        first_row = len(rows)
        rows_of(members, anchors)
        top, bottom = lines[members[0]].top, max(lines[at].bottom for at in members)
        number = (lines[anchors[0]].top + lines[anchors[0]].bottom) / 2 if anchors else None
        blocks.append(_Block(first_row, top, bottom, number, len(anchors) > 1))

    def rows_of(members: list[int], anchors: list[int]) -> None:
        if len(anchors) <= 1:  # no numbers part the rows: their cells may
            parted = _by_cells(lines, split, members, numbered, (pitch, width))
            for first, middle, texts in parted or ():
                rows.append(_printed(texts))
                where.append(first + skipped + 1)
                heights.append(middle)
            if parted is not None:
                return
        anchored = numbered  # the column whose lines begin the rows
        for column in range(numbered + 1, width):
            # measures numbered in their titles («1) …», «2) …») under a task's number centred
            # between them, each beside cells of its own in another column: not a list in a cell
            listed = [at for at in members if _leads(split[at], column)]
            if len(listed) > max(len(anchors), 1) and any(
                len(_cell_runs(lines, split, members, other, pitch)) == len(listed)
                for other in range(width)
                if other not in (numbered, column)
            ):
                anchors, anchored = listed, column
                break
        anchors = anchors or members[:1]
        middles = [(lines[at].top + lines[at].bottom) / 2 for at in anchors]
        cells: list[list[list[str]]] = [[[] for _ in range(width)] for _ in anchors]
        for column in range(width):
            block: list[int] = []
            for at in [*(a for a in members if split[a][column]), None]:  # type: ignore[index]
                starts = at is None or (
                    block
                    and (
                        lines[at].top - lines[block[-1]].top > 1.4 * pitch
                        or (column == numbered and _leads(split[at], numbered))
                    )
                )
                if starts and block:
                    middle = (lines[block[0]].top + lines[block[-1]].bottom) / 2
                    found = [split[b][column] for b in block]  # type: ignore[index]
                    if column < anchored:  # a task's, placed once every row is known
                        tasks.append((middle, column, found))
                    else:
                        cells[_row_of(lines, block, anchors, middles)][column].extend(found)
                    block = []
                if at is not None:
                    block.append(at)
        for anchor, middle, texts in zip(anchors, middles, cells, strict=True):
            rows.append(_printed(texts))
            where.append(anchor + skipped + 1)
            heights.append(middle)

    members: list[int] = []
    lowest = 0.0
    for at, line in enumerate(lines):
        if split[at] is None:  # a heading across the table
            if members:
                group(members)
                members = []
            blocks.append(_Block(len(rows), line.top, line.bottom, None, True))
            spans[len(rows)] = (0,) * width
            rows.append((_text(line),) * width)
            where.append(at + skipped + 1)
            heights.append(None)
            continue
        if members and line.top - lowest > apart:
            group(members)
            members = []
        lowest = line.bottom if not members else max(lowest, line.bottom)
        members.append(at)
    if members:
        group(members)
    _centre_on_numbers(rows, blocks, pitch)
    _place_tasks(rows, heights, tasks)
    return rows, spans, where


def _row_of(
    lines: Sequence[_Line], block: Sequence[int], anchors: Sequence[int], middles: Sequence[float]
) -> int:
    """The row a cell's lines (``block``) belong to: the one whose number is nearest their middle.

    A cell whose lines reach from one row's number line to another's is merged down over
    those rows, centred across them: it is the first one's (the rows below hold none).
    """
    top, bottom = lines[block[0]].top, lines[block[-1]].bottom
    covered = [
        r for r, a in enumerate(anchors) if top <= lines[a].top and lines[a].bottom <= bottom
    ]
    if len(covered) > 1:
        return covered[0]
    middle = (top + bottom) / 2
    return min(range(len(anchors)), key=lambda r: abs(middles[r] - middle))


@attrs.frozen
class _Block:
    """A group of lines between gaps, and the rows read from it.

    ``first``: its first row; ``number``: the middle of its number's line
    (``None``: it holds none); ``apart``: it parts no others (a heading
    across, or a group of several numbers).
    """

    first: int
    top: float
    bottom: float
    number: float | None
    apart: bool


def _centre_on_numbers(rows: list[tuple[str, ...]], blocks: Sequence[_Block], pitch: float) -> None:
    """Rows of no number between two numbered ones given to the number they centre on, in place.

    A measure's number, title and term merged down over a row of each of its
    executors print centred across those rows: its first executor's row may lie
    above the number, a gap apart, like the last of the measure above. Each
    stretch of such rows is split between the numbers above and below it where
    both numbers then lie nearest the middles of their rows (the measure above
    keeps them all where that is as near); the cells of the measure's first row
    that those rows leave empty (its number, title, term) move up to the first.
    """
    numbered = [at for at, block in enumerate(blocks) if block.number is not None]
    for above, below in itertools.pairwise(numbered):
        between = blocks[above + 1 : below]
        if not between or any(block.apart for block in blocks[above : below + 1]):
            continue
        last = below  # the next number's rows end with the blocks of none after it
        while (
            last + 1 < len(blocks)
            and blocks[last + 1].number is None
            and not blocks[last + 1].apart
        ):
            last += 1
        stretch = (blocks[above], *between, blocks[below], blocks[last])
        kept = min(range(len(between) + 1), key=lambda k: (_off_centre(stretch, k), -k))
        if _off_centre(stretch, kept) > _off_centre(stretch, len(between)) - pitch:
            continue  # the rows all stay with the number above, as rows do by default
        first, opening = between[kept].first, blocks[below].first
        # only rows of the cells the numbered row holds too (not rows above a heading's)
        filled = {column for column, text in enumerate(rows[opening]) if text}
        if all(
            {column for column, text in enumerate(rows[at]) if text} <= filled
            for at in range(first, opening)
        ):
            _move_up(rows, first, opening)


def _off_centre(stretch: Sequence[_Block], kept: int) -> float:
    """How far two numbers lie from the middles of their rows, ``kept`` blocks between the first's.

    ``stretch``: the first number's block, the blocks between, the second's, and the last
    block of the second's rows.
    """
    first, between, second, last = stretch[0], stretch[1:-2], stretch[-2], stretch[-1]
    end = between[kept - 1].bottom if kept else first.bottom
    begin = between[kept].top if kept < len(between) else second.top
    return abs((first.number or 0.0) - (first.top + end) / 2) + abs(
        (second.number or 0.0) - (begin + last.bottom) / 2
    )


def _move_up(rows: list[tuple[str, ...]], first: int, numbered: int) -> None:
    """Row ``numbered``'s cells that the rows from ``first`` to it leave empty, moved to ``first``.

    In place: the measure's number, title and term head its first executor's row.
    """
    head = list(rows[first])
    rest = list(rows[numbered])
    for column, text in enumerate(rest):
        if text and all(not rows[at][column] for at in range(first, numbered)):
            head[column], rest[column] = text, ""
    rows[first] = tuple(head)
    rows[numbered] = tuple(rest)


def _place_tasks(
    rows: list[tuple[str, ...]],
    heights: Sequence[float | None],
    tasks: Sequence[tuple[float, int, list[str]]],
) -> None:
    """Each task's text in the first row of those it is centred over, in place.

    A task merged down over its measures prints centred across their rows, and
    the gaps between those rows part them: each task heads the first row not
    yet headed, and the rows whose middles centre on its own middle are its.
    ``heights``: each row's middle on the page (``None`` for a heading across).
    """
    for column in sorted({column for _middle, column, _texts in tasks}):
        _place_column(rows, heights, [(m, t) for m, c, t in tasks if c == column], column)


def _place_column(
    rows: list[tuple[str, ...]],
    heights: Sequence[float | None],
    tasks: Sequence[tuple[float, list[str]]],
    column: int,
) -> None:
    """The texts of one task column, each in the first row of the rows it is centred over."""
    following = 0
    for middle, texts in tasks:
        while following < len(rows) and heights[following] is None:
            following += 1
        stretch: list[float] = []  # the middles of the rows from there to a heading across
        for height in heights[following:]:
            if height is None:
                break
            stretch.append(height)
        if not stretch:
            break
        last = min(range(len(stretch)), key=lambda at: abs((stretch[0] + stretch[at]) / 2 - middle))
        row = list(rows[following])
        row[column] = "\n".join([*([row[column]] if row[column] else []), *texts])
        rows[following] = tuple(row)
        following += last + 1


_LEADING = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,4})*[.)]?|[IVXІХ]{1,5}[.)]|[а-яґєіїa-z]\))(?:\s|$)")


def _leads(cells: list[str] | None, numbered: int) -> bool:
    """Whether a line's cell in the column of numbers begins with one (a measure's, a heading's)."""
    return cells is not None and _LEADING.match(cells[numbered]) is not None


def _number_column(lines: Sequence[_Line], split: Sequence[list[str] | None], apart: float) -> int:
    """The column of the measures' numbers: the first or the second, where more lines open so.

    A task's column may come first, its text merged down over its measures and,
    on a web page, centred between their rows: the numbers beside it tell them apart.
    A number right under a line of text of its column (less than ``apart`` below it)
    is the last line of a title wrapped in a narrow column («педагогів» over «3»),
    no measure's.
    """
    counts = [
        sum(
            1
            for at, cells in enumerate(split)
            if cells
            and len(cells) > column
            and _opens(cells, column)
            and (column == 0 or not _wrapped_on(lines, split, at, column, apart))
        )
        for column in (0, 1)
    ]
    return 1 if counts[1] > max(counts[0], 1) else 0


def _wrapped_on(
    lines: Sequence[_Line], split: Sequence[list[str] | None], at: int, column: int, apart: float
) -> bool:
    """Whether line ``at``'s cell in ``column`` goes on from the line right above it."""
    before = split[at - 1] if at else None
    return (
        before is not None
        and len(before) > column
        and bool(before[column])
        and lines[at].top - lines[at - 1].bottom <= apart
    )


def _printed(cells: list[list[str]]) -> tuple[str, ...]:
    """A row's cells as their printed lines, unwrapped once the pages' tables are joined.

    A row a page break cut goes on on the next page: a word cut at the first page's
    last line («програм» over the next page's «у розвитку») is joined whole then.
    """
    return tuple("\n".join(lines) for lines in cells)


def _joined(cells: list[list[str]]) -> tuple[str, ...]:
    return tuple(map(unwrap, _printed(cells)))


def card_table(page: Any, name: str) -> TextTable | None:
    """The page's cards printed without rules — «caption  value» lines — or ``None``.

    Captions stand at the left margin and values in a column to their right;
    a line whose words run across both is a line over a card («Захід 1.2»), a
    line with nothing at the margin goes on with the value above, and one
    beginning in lower case at the margin goes on with the caption above
    («Відповідальний» / «виконавець»). What this gives is a table only when
    its rows read as cards (:func:`civplan.importers.cards.read_cards`).
    """
    words = _unglued(
        page.extract_words(
            x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, return_chars=True
        )
    )
    lines = [line for line in _lines(words) if not is_furniture(_text(line))]
    if not 3 <= len(lines) <= _MOST_LINES:
        return None
    edges = _column_edges(lines, crossing=3)
    space = _space(lines)
    # the captions' column is the first that reads so: a page's menu may stand left of it
    for first, second in itertools.pairwise(edges[:_CARD_EDGES]):
        inside, beside = _within(lines, first)
        grid = _card_grid(inside, (first, second), space, name)
        if read_cards(grid) is not None:
            return TextTable(grid=grid, edges=(first, second), above=(), beside=beside)
    return None


def _card_grid(lines: Sequence[_Line], edges: tuple[float, float], space: float, name: str) -> Grid:
    """The lines as rows of a caption and a value, and of lines across both."""
    cells_of: list[list[list[str]]] = []  # each row's lines of caption and of value
    across: set[int] = set()  # the rows of a line across both columns
    where: list[int] = []
    for number, line in enumerate(lines, start=1):
        cells = _cells(line, edges, space)
        last = cells_of[-1] if cells_of else None
        if cells is None:  # a line across: a card's number, a title
            across.add(len(cells_of))
            cells_of.append([[_text(line)], []])
            where.append(number)
            continue
        caption, value = cells
        if last is not None and len(cells_of) - 1 in across:
            if caption[:1].islower() and not value:  # the line across goes on
                last[0].append(caption)
                continue
        elif last is not None and (not caption or caption[:1].islower()):
            for part, text in zip(last, (caption, value), strict=True):  # caption or value goes on
                if text:
                    part.append(text)
            continue
        cells_of.append([[caption] if caption else [], [value] if value else []])
        where.append(number)
    rows = [
        (text, text) if at in across else (text, value)
        for at, (text, value) in enumerate(_joined(row) for row in cells_of)
    ]
    return _lined(rows, dict.fromkeys(across, (0, 0)), where, name)


def _lined(
    rows: Sequence[tuple[str, ...]],
    spans: Mapping[int, tuple[int, ...]],
    where: Sequence[int],
    name: str,
) -> Grid:
    """A table read from a page's lines, each row named by its first line on the page."""
    return Grid(
        rows=rows,
        name=name,
        spans=dict(spans),
        place=lambda row, column: f"{name}, line {where[row]}, column {column + 1}",
        row_where=lambda row: f"{name}, line {where[row]}",
    )
