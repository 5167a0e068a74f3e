"""Writer's automatic numbering: the numbers LibreOffice draws before list items.

A plan typed in Writer (or saved there from Word) may number its measures
with a list — in the «№ з/п» column or before each title — so the numbers are
in no paragraph's text: Writer computes them from the list's style as it lays
the document out. civplan computes them the same way, item by item in
document order: a list's levels count from their start (``text:start-value``),
a level restarts when a higher one moves on, a list continues an earlier one
where it says so (``text:continue-numbering``, ``text:continue-list``), and the
label shows ``text:display-levels`` levels between the style's prefix and
suffix («1.», «2.3.», «б)»). Bullets, list headers and items that only hold a
deeper list are not numbered.
"""

from __future__ import annotations

import attrs

from civplan.importers.odf_content import count
from civplan.importers.wordnumbering import formatted

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0 "
_XML_ID = "http://www.w3.org/XML/1998/namespace id"
_LEVELS = 10
_MOST_STYLES = 10_000
_FORMATS = {
    "1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
    "I": "upperRoman", "а": "russianLower", "А": "russianUpper",
}  # fmt: skip


@attrs.frozen
class _Level:
    format: str  # as :func:`~civplan.importers.wordnumbering.formatted` names it
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    shown: int = 1  # how many levels the label shows, this one the last


def _small(value: str | None, default: int) -> int:
    return min(count(value), 10_000) if value is not None else default


class ListStyles:
    """The list styles of a Writer document, collected from its streamed parts."""

    def __init__(self) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.problem = ""  # for :func:`~civplan.importers.odf_content.read_content`
        self._style: dict[int, _Level] | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """Note a list style and its numbered levels."""
        if name == _TEXT + "list-style":
            if len(self.levels) < _MOST_STYLES:  # a document has tens; more are not kept
                self._style = self.levels.setdefault(attributes.get(_STYLE + "name", ""), {})
        elif self._style is not None and name == _TEXT + "list-level-style-number":
            number_format = _FORMATS.get(attributes.get(_STYLE + "num-format", "1"))
            if number_format is None:  # no number, or one civplan does not draw
                return
            level = _small(attributes.get(_TEXT + "level"), 1)
            if level > _LEVELS:
                return
            self._style[level] = _Level(
                format=number_format,
                prefix=attributes.get(_STYLE + "num-prefix", ""),
                suffix=attributes.get(_STYLE + "num-suffix", ""),
                start=_small(attributes.get(_TEXT + "start-value"), 1),
                shown=_small(attributes.get(_TEXT + "display-levels"), 1),
            )

    def end(self, name: str) -> None:
        """A list style ends."""
        if name == _TEXT + "list-style":
            self._style = None

    def text(self, data: str) -> None:
        """Character data says nothing of list styles."""


@attrs.define
class _List:
    style: str
    counts: list[int]  # the count at each level; 0 where a level has not begun
    item: bool = False  # inside an item not yet numbered
    item_start: int | None = None


class ListCounter:
    """The lists met so far, and the label of the item a paragraph opens."""

    def __init__(self, styles: ListStyles) -> None:
        self._styles = styles
        self._open: list[_List] = []
        self._last: dict[str, list[int]] = {}  # each style's last list, for continuing it
        self._by_id: dict[str, list[int]] = {}
        self._beyond = 0  # lists open deeper than any level a label shows

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """Follow the lists and their items as elements open."""
        if name == _TEXT + "list":
            if len(self._open) < _LEVELS:
                self._start_list(attributes)
            else:
                self._beyond += 1
        elif name == _TEXT + "list-item" and self._open:
            current = self._open[-1]
            current.item = True
            start = attributes.get(_TEXT + "start-value")
            current.item_start = _small(start, 1) if start is not None else None
        elif name == _TEXT + "list-header" and self._open:
            self._open[-1].item = False

    def end(self, name: str) -> None:
        """Close a list."""
        if name == _TEXT + "list":
            if self._beyond:
                self._beyond -= 1
            elif self._open:
                self._open.pop()

    def label(self) -> str:
        """The label of the list item a paragraph opening now begins, or ``""``."""
        if self._beyond or not self._open or not self._open[-1].item:
            return ""
        current = self._open[-1]
        current.item = False
        for outer in self._open[:-1]:
            outer.item = False  # an item holding only a deeper list is no number of its own
        depth = len(self._open)
        levels = self._styles.levels.get(current.style, {})
        level = levels.get(depth)
        if level is None:
            return ""
        counts = current.counts
        at = depth - 1
        if current.item_start is not None:
            counts[at] = current.item_start
        else:
            counts[at] = counts[at] + 1 if counts[at] else level.start
        for deeper in range(depth, _LEVELS):
            counts[deeper] = 0
        first = max(depth - level.shown, 0)
        parts = [
            formatted(counts[i] or levels.get(i + 1, level).start, levels.get(i + 1, level).format)
            for i in range(first, depth)
        ]
        return f"{level.prefix}{'.'.join(parts)}{level.suffix}"

    def _start_list(self, attributes: dict[str, str]) -> None:
        outer = self._open[-1] if self._open else None
        style = attributes.get(_TEXT + "style-name") or (outer.style if outer else "")
        if outer is not None:  # a deeper level of the same list
            self._open.append(_List(style, outer.counts))
            return
        continued = attributes.get(_TEXT + "continue-list")
        if continued is not None and continued in self._by_id:
            counts = self._by_id[continued]
        elif attributes.get(_TEXT + "continue-numbering") == "true" and style in self._last:
            counts = self._last[style]
        else:
            counts = [0] * _LEVELS
        self._last[style] = counts
        identifier = attributes.get(_XML_ID)
        if identifier is not None and len(self._by_id) < 100_000:
            self._by_id[identifier] = counts
        self._open.append(_List(style, counts))
