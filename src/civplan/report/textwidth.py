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
# Greek and Cyrillic, dashes, quotes, «№» and currency signs (and the line
# break, which separates lines rather than taking a column)
_NOT_NARROW = re.compile(
    r"[^\n\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f"
    r"\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2100-\u214f]"
)


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    category = unicodedata.category(char)
    if unicodedata.combining(char) or category in ("Mn", "Me", "Cf"):
        return 0
    if category == "Cn":  # not yet assigned in this Python's Unicode: one column, as the
        return 1  # fast path counts a currency sign newer than it (U+20C1)
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def is_narrow(text: str) -> bool:
    """Whether every character of ``text`` takes exactly one column."""
    return _NOT_NARROW.search(text) is None


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
    return wrap_known(text, width, narrow=is_narrow(text))


def wrap_known(text: str, width: int, *, narrow: bool) -> list[str]:
    """:func:`wrap`, for a caller who already knows whether ``text`` is narrow."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if narrow:
            _wrap_narrow(_single_spaced(paragraph), width, lines)
        elif words := paragraph.split():
            _wrap_wide(words, width, lines)
        else:
            lines.append("")
    return lines


def _single_spaced(paragraph: str) -> str:
    if "  " in paragraph or paragraph[:1] == " " or paragraph[-1:] == " ":
        return " ".join(paragraph.split())
    return paragraph


def wrap_narrow(paragraph: str, width: int, lines: list[str]) -> None:
    """Append to ``lines`` the greedy wrap of a narrow paragraph (no line breaks in it)."""
    _wrap_narrow(_single_spaced(paragraph), width, lines)


def _wrap_narrow(paragraph: str, width: int, lines: list[str]) -> None:
    """Greedy wrap of a single-spaced narrow paragraph, one ``rfind`` per line.

    The last space that fits ends each line, so the work is per line, not per
    word. A word wider than the line is cut. :func:`_count_narrow` counts the
    same lines without making them.
    """
    start, end = 0, len(paragraph)
    while end - start > width:
        cut = paragraph.rfind(" ", start, start + width + 1)
        if cut > start:
            lines.append(paragraph[start:cut])
            start = cut + 1
        else:
            lines.append(paragraph[start : start + width])
            start += width
            if paragraph[start : start + 1] == " ":
                start += 1
    lines.append(paragraph[start:end])


def _count_narrow(paragraph: str, width: int) -> int:
    """How many lines :func:`_wrap_narrow` makes of ``paragraph``."""
    count, start, end = 1, 0, len(paragraph)
    while end - start > width:
        cut = paragraph.rfind(" ", start, start + width + 1)
        count += 1
        if cut > start:
            start = cut + 1
        else:
            start += width
            if paragraph[start : start + 1] == " ":
                start += 1
    return count


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


def line_count(text: str, width: int) -> int:
    """How many lines :func:`wrap` makes of ``text`` at ``width`` columns, without making them.

    Used to size spreadsheet rows, for every cell, so it makes no strings it can avoid.
    """
    total = 0
    narrow = is_narrow(text)
    for paragraph in text.split("\n"):
        if not narrow:
            total += len(wrap_known(paragraph, width, narrow=False))
        elif len(paragraph) <= width:
            total += 1
        else:
            total += _count_narrow(_single_spaced(paragraph), width)
    return total
