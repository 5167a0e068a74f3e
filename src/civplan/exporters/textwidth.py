"""How wide text is on a terminal or a page, and wrapping it to a width.

Width is counted in columns as a terminal shows them: most characters take
one, East Asian wide characters two, combining marks and format characters
none. Text without such characters (Latin, Cyrillic) takes the fast path.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# anything outside the blocks known to be one column wide: printable Latin,
# Greek and Cyrillic, dashes, quotes, «№» and currency signs
_NOT_NARROW = re.compile(
    r"[^\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f"
    r"\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2100-\u214f]"
)


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes (one line)."""
    if _NOT_NARROW.search(text) is None:
        return len(text)
    return sum(_char_width(char) for char in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * (width - display_width(text))


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of ``text`` to lines of at most ``width`` columns.

    Line breaks in the text are kept; runs of spaces between words become one;
    a word wider than ``width`` is cut. An empty text is one empty line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        if _NOT_NARROW.search(paragraph) is None:
            _wrap_narrow(words, width, lines)
        else:
            _wrap_wide(words, width, lines)
    return lines


def _wrap_narrow(words: list[str], width: int, lines: list[str]) -> None:
    line = ""
    for word in words:
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    lines.append(line)


def _wrap_wide(words: list[str], width: int, lines: list[str]) -> None:
    line, used = "", 0
    for word in words:
        size = display_width(word)
        while size > width:
            if line:
                lines.append(line)
                line, used = "", 0
            head, head_size = _cut(word, width)
            lines.append(head)
            word = word[len(head) :]
            size -= head_size
        if not line:
            line, used = word, size
        elif used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
        else:
            lines.append(line)
            line, used = word, size
    lines.append(line)


def _cut(word: str, width: int) -> tuple[str, int]:
    """The longest start of ``word`` that fits ``width`` (at least one character)."""
    used = 0
    for index, char in enumerate(word):
        size = _char_width(char)
        if used + size > width and index > 0:
            return word[:index], used
        used += size
    return word, used


def _pieces(word: str, width: int) -> tuple[int, int]:
    """How many full lines :func:`wrap` cuts off ``word``, and the width of what remains."""
    pieces = 0
    size = display_width(word)
    while size > width:
        head, head_size = _cut(word, width)
        word = word[len(head) :]
        size -= head_size
        pieces += 1
    return pieces, size


def line_count(text: str, width: int) -> int:
    """How many lines :func:`wrap` makes of ``text`` at ``width`` columns, without making them.

    Used to size spreadsheet rows, for every cell, so it only adds up word widths.
    """
    total = 0
    for paragraph in text.split("\n"):
        narrow = _NOT_NARROW.search(paragraph) is None
        if narrow and len(paragraph) <= width:
            total += 1
            continue
        lines, used = 1, -1
        for word in paragraph.split():
            size = len(word) if narrow else display_width(word)
            if size > width:  # cut into whole lines, the rest starts a line
                if used > 0:
                    lines += 1
                pieces, used = (
                    _pieces(word, width)
                    if not narrow
                    else (
                        (size - 1) // width,
                        size - (size - 1) // width * width,
                    )
                )
                lines += pieces
            elif used < 0:
                used = size
            elif used + 1 + size <= width:
                used += 1 + size
            else:
                lines += 1
                used = size
        total += lines
    return total
