"""Finding a table's header rows and reading each column's caption as a path.

A header is one to five rows. The first holds several captions civplan
knows; each further row lies under captions merged across several columns
(«Обсяг фінансування, тис. грн» over «державний бюджет | місцевий бюджет»),
holds short captions or years, and no measure. A row of column numbers
(«1 | 2 | 3 | 4») ends the header. Title lines and a preamble may stand above
it, as far down as :data:`SEARCH_ROWS`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from civplan.importers.captions import caption_fields, is_caption
from civplan.importers.document import Grid

SEARCH_ROWS = 80
"""How far down a table its header is looked for."""
MAX_HEADER_ROWS = 5
"""The most rows a header has."""

_YEARISH = re.compile(r"^(?:19|20)\d\d(?:\s*(?:р|рік|рр)\.?)?$")
_DEEP_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?$")
_NUMBERED = re.compile(r"\d+(?:\.\d+)*[.)]?(?:\s|$)")


TITLE_WORDS = re.compile(
    r"(?i)звіт|інформаці|план|програм|стратегі|станом|report|plan|programme|(?:19|20)\d\d"
)
"""Words of a document's title (and no section's heading): «Звіт …», «План заходів …», a year."""


def cells(grid: Grid, row: int, width: int) -> tuple[str, ...]:
    """A row's cell texts, stripped, padded with empty cells to ``width``."""
    found = tuple(cell.strip() for cell in grid.rows[row])
    return found + ("",) * (width - len(found)) if len(found) < width else found[:width]


def is_column_numbering(texts: Sequence[str]) -> bool:
    """Whether a row numbers the columns: «1 | 2 | 3 | 4», merged places left empty."""
    filled = [t for t in texts if t]
    if (
        len(filled) < min(3, len(texts))
        or len(filled) < 2
        or not all(t.isdecimal() for t in filled)
    ):
        return False
    numbers = [int(t) for t in filled]
    return numbers[0] == 1 and all(b > a for a, b in itertools.pairwise(numbers))


def caption_score(texts: Sequence[str]) -> int:
    """How many distinct cells of a row are captions civplan knows."""
    return sum(1 for text in dict.fromkeys(texts) if text and is_caption(text))


def find_header(grid: Grid, width: int, *, first: int | None = None) -> tuple[int, int] | None:
    """The first and last row of the header, or ``None`` when the table shows none.

    Args:
        grid: the table.
        width: its number of columns.
        first: the header's first row, when a hint gives it.
    """
    if first is None:
        for row in range(min(len(grid.rows), SEARCH_ROWS)):
            texts = cells(grid, row, width)
            distinct = {t for t in texts if t}
            if _NUMBERED.match(next(iter(t for t in texts if t), "")):
                continue  # «1 | Проведення … | щокварталу»: a measure, however its words read
            score = caption_score(texts)
            if score >= 2 or (score == 1 and len(distinct) >= 2 and _names_a_title(texts)):
                first = row
                break
        else:
            return None
    last = first
    while last + 1 < len(grid.rows) and last - first + 1 < MAX_HEADER_ROWS:
        below = cells(grid, last + 1, width)
        # a row of captions right over the row of column numbers is the header's last
        numbered = last + 2 < len(grid.rows) and is_column_numbering(cells(grid, last + 2, width))
        if not _continues_header(grid, last, cells(grid, last, width), last + 1, below, numbered):
            break
        last += 1
    return first, last


def _names_a_title(texts: Sequence[str]) -> bool:
    return any("title" in caption_fields((t,)) for t in texts if t)


def _continues_header(
    grid: Grid,
    above_row: int,
    above: Sequence[str],
    row: int,
    texts: Sequence[str],
    numbered: bool = False,
) -> bool:
    """Whether a row is a further header row under the one above.

    ``numbered``: the row after it numbers the columns, so that a row of
    captions alone («місцевий бюджет | місцевий бюджет» under «у тому числі»)
    ends the header even where no merge shows it under the row above.
    """
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if not filled or is_column_numbering(texts):
        return False
    if any(len(t) > 80 or _DEEP_NUMBER.match(t) for _, t in filled):
        return False
    spanned = _spanned_above(grid, above_row, above, texts)
    under = sum(1 for c, _ in filled if c in spanned)
    captions = sum(1 for _, t in filled if is_caption(t) or _YEARISH.match(t))
    return (under > 0 or (numbered and captions > 0)) and under + captions >= len(filled)


def _spanned_above(
    grid: Grid, above_row: int, above: Sequence[str], texts: Sequence[str]
) -> set[int]:
    """The columns over which a caption of the row above spans (merged, or left empty)."""
    spanned: set[int] = set()
    spans = grid.spans.get(above_row)
    for column in range(len(texts)):
        if spans is not None and column < len(spans):
            origin = spans[column]
            if origin >= 0 and any(spans[c] == origin for c in range(len(spans)) if c != column):
                spanned.add(column)
        elif not above[column] and texts[column]:
            # no merge recorded: an empty place under a caption to its left
            left = column - 1
            while left >= 0 and not above[left]:
                left -= 1
            if left >= 0 and texts[left]:
                spanned.update(range(left, column + 1))
    return spanned


def caption_paths(grid: Grid, first: int, last: int, width: int) -> list[tuple[str, ...]]:
    """Each column's caption, from the top header row down: («Обсяг фінансування», «2025»).

    A caption merged across columns stands over each of them; where the
    format does not record merges, an empty header place under which a
    deeper header row has a caption takes the caption to its left (when that
    one has captions under it too); a caption merged down is taken once.
    """
    rows = [list(cells(grid, r, width)) for r in range(first, last + 1)]
    for depth, row in enumerate(rows):
        spans = grid.spans.get(first + depth)
        for column in range(width):
            if row[column]:
                continue
            if spans is not None and column < len(spans):
                origin = spans[column]
                if origin == -1 and depth > 0:
                    row[column] = rows[depth - 1][column]
                elif 0 <= origin < column:
                    row[column] = row[origin]
            elif (
                column > 0
                and row[column - 1]
                and _has_below(rows, depth, column)
                and _has_below(rows, depth, column - 1)
            ):
                row[column] = row[column - 1]
    paths = []
    for column in range(width):
        path: list[str] = []
        for row in rows:
            text = " ".join(row[column].split())
            if text and (not path or path[-1] != text):
                path.append(text)
        paths.append(tuple(path))
    return paths


def _has_below(rows: list[list[str]], depth: int, column: int) -> bool:
    return any(row[column] for row in rows[depth + 1 :])
