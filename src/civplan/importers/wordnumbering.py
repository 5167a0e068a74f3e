"""Word's automatic numbering: the numbers Word draws before numbered paragraphs.

Plans typed in Word often number their measures with a numbered list — in the
«№ з/п» column or before each title — so the numbers are in no paragraph's
text: Word computes them from ``word/numbering.xml`` as it lays the document
out. civplan computes them the same way, paragraph by paragraph in document
order: each list's levels count from their start, a level restarts when a
higher one moves on, and ``lvlText`` («%1.», «%1.%2.») shapes the label from
the levels' counts in their formats (decimal, Roman, Latin or Cyrillic
letters). A paragraph is numbered by its own ``numPr`` or by its style's.
Bullets are no numbers and give no label.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

import attrs

from civplan._errors import DocumentError
from civplan._optional import require

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVEL_TEXT = re.compile(r"%([1-9])")
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's «russianLower» sequence
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_LEVELS = 9
_MOST_LETTERS = 26 * 10  # beyond this a letter format shows the count in digits


@attrs.frozen
class _Level:
    start: int = 1
    format: str = "decimal"
    text: str = ""
    legal: bool = False


class Numbering:
    """The lists of a Word document, counted as its paragraphs are read in order."""

    def __init__(
        self,
        levels: dict[str, dict[int, _Level]],
        lists: dict[str, tuple[str, dict[int, int]]],
        styles: dict[str, tuple[str, int]],
    ) -> None:
        self._levels = levels  # abstract list → its levels
        self._lists = lists  # numId → (abstract list, start overrides by level)
        self._styles = styles  # paragraph style → (numId, level)
        self._counts: dict[str, list[int | None]] = {}
        self._started: set[str] = set()

    @classmethod
    def of(cls, archive: zipfile.ZipFile, source: str) -> Numbering | None:
        """The document's lists, or ``None`` when it has none."""
        names = set(archive.namelist())
        if "word/numbering.xml" not in names:
            return None
        numbering = _parse(archive, "word/numbering.xml", source)
        levels: dict[str, dict[int, _Level]] = {}
        for abstract in numbering.iterfind(f"{_W}abstractNum"):
            levels[abstract.get(_W + "abstractNumId", "")] = {
                _small(level.get(_W + "ilvl", "0")): _level(level)
                for level in abstract.iterfind(f"{_W}lvl")
            }
        lists: dict[str, tuple[str, dict[int, int]]] = {}
        for number in numbering.iterfind(f"{_W}num"):
            abstract_id = _value(number.find(f"{_W}abstractNumId")) or ""
            overrides = {}
            for override in number.iterfind(f"{_W}lvlOverride"):
                start = _value(override.find(f"{_W}startOverride"))
                level = override.get(_W + "ilvl", "")
                if start is not None:
                    overrides[_small(level)] = _small(start, 1)
            lists[number.get(_W + "numId", "")] = (abstract_id, overrides)
        styles: dict[str, tuple[str, int]] = {}
        if "word/styles.xml" in names:
            for style in _parse(archive, "word/styles.xml", source).iterfind(f"{_W}style"):
                found = _numbering_properties(style.find(f"{_W}pPr"))
                if found is not None:
                    styles[style.get(_W + "styleId", "")] = found
        return cls(levels, lists, styles)

    def label(self, paragraph: Any) -> str:
        """The number Word draws before ``paragraph`` («1.», «2.3.», «б)»), or ``""``.

        Call it for every paragraph in document order: it counts them.
        """
        properties = paragraph.find(f"{_W}pPr")
        found = _numbering_properties(properties)
        if found is None and properties is not None:
            style = properties.find(f"{_W}pStyle")
            if style is not None:
                found = self._styles.get(style.get(_W + "val", ""))
        if found is None:
            return ""
        number_id, depth = found
        if number_id not in self._lists or not 0 <= depth < _LEVELS:
            return ""
        abstract_id, overrides = self._lists[number_id]
        levels = self._levels.get(abstract_id, {})
        level = levels.get(depth)
        if level is None or level.format in ("bullet", "none"):
            return ""
        counts = self._counts.setdefault(abstract_id, [None] * _LEVELS)
        if number_id not in self._started:  # a list restarted where its num says so
            self._started.add(number_id)
            for at, start in overrides.items():
                if 0 <= at < _LEVELS:
                    counts[at] = start - 1
        current = counts[depth]
        counts[depth] = (current if current is not None else level.start - 1) + 1
        for deeper in range(depth + 1, _LEVELS):
            counts[deeper] = None

        def shown(match: re.Match[str]) -> str:
            at = int(match[1]) - 1
            of = levels.get(at, _Level())
            count = counts[at] if counts[at] is not None else of.start
            return formatted(count or 0, "decimal" if level.legal else of.format)

        return _LEVEL_TEXT.sub(shown, level.text)


def _parse(archive: zipfile.ZipFile, name: str, source: str) -> Any:
    etree = require("lxml.etree", extra="docx", package="lxml")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    try:
        return etree.fromstring(archive.read(name), parser)
    except etree.XMLSyntaxError as error:
        raise DocumentError(source, [f"{name}: not well-formed XML: {error}"]) from None


def _value(element: Any) -> str | None:
    return None if element is None else element.get(_W + "val")


def _level(element: Any) -> _Level:
    start = _value(element.find(f"{_W}start")) or "1"
    return _Level(
        start=_small(start, 1),
        format=_value(element.find(f"{_W}numFmt")) or "decimal",
        text=_value(element.find(f"{_W}lvlText")) or "",
        legal=element.find(f"{_W}isLgl") is not None,
    )


def _numbering_properties(properties: Any) -> tuple[str, int] | None:
    """The list and level a paragraph's (or style's) properties number it with."""
    if properties is None:
        return None
    numbered = properties.find(f"{_W}numPr")
    if numbered is None:
        return None
    number_id = _value(numbered.find(f"{_W}numId"))
    if number_id is None:
        return None
    depth = _value(numbered.find(f"{_W}ilvl")) or "0"
    return number_id, _small(depth)


def _small(text: str, default: int = 0) -> int:
    """A count or level as written, if it is a plain number of a sane size; else ``default``."""
    return int(text) if text.isdecimal() and len(text) <= 6 else default


def formatted(count: int, format: str) -> str:
    """A level's count as Word shows it in ``format``."""
    if format in ("upperRoman", "lowerRoman") and 0 < count < 4000:
        roman = ""
        for value, letters in _ROMAN:
            times, count = divmod(count, value)
            roman += letters * times
        return roman if format == "upperRoman" else roman.lower()
    lettered = ("lowerLetter", "upperLetter", "russianLower", "russianUpper")
    if format in lettered and 0 < count <= _MOST_LETTERS:  # «aaa…» for a count of millions: no
        alphabet = _CYRILLIC if format.startswith("russian") else "abcdefghijklmnopqrstuvwxyz"
        letter = alphabet[(count - 1) % len(alphabet)] * ((count - 1) // len(alphabet) + 1)
        return letter.upper() if format in ("upperLetter", "russianUpper") else letter
    if format == "decimalZero":
        return f"{count:02d}"
    return str(count)
