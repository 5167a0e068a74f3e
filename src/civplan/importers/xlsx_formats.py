"""The cells of an XLSX workbook shown otherwise than their values: months, percentages.

Excel turns «березень 2025» typed into a cell into the date 01.03.2025 and
shows it as the month («березень 2025», «бер.25»); python-calamine gives the
date alone. A deadline read from it would be «by 1 March», not «March». A
share typed as «75%» is kept as 0.75 and shown as «75%»; a status read from
0.75 would be «0.75 %». The workbook's number formats tell which cells show
a month or a percentage: those are read as they are shown. Only
``styles.xml`` is read when no format shows either, as in most workbooks.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Mapping
from typing import IO

from civplan.importers.extent import chunks

MONTH = "month"
"""A cell shows a date's month, not its day («бер.»)."""
MONTH_AND_YEAR = "month and year"
"""A cell shows a date's month and year, not its day («березень 2025», «бер.25»)."""
YEAR = "year"
"""A cell shows a date's year alone («2025»)."""
PERCENT = "percent"
"""A cell shows its number as a percentage (0.75 as «75%»)."""

ShownCells = Mapping[tuple[int, int], str]
"""How a sheet's cells are shown, by place (row, column, from 0): :data:`MONTH`,
:data:`MONTH_AND_YEAR`, :data:`YEAR` or :data:`PERCENT`; cells shown as their values are not
listed."""

# the built-in formats: «mmm-yy» a month and a year, «0%» and «0.00%» percentages
_BUILT_IN = {17: MONTH_AND_YEAR, 9: PERCENT, 10: PERCENT}
# a tag's attributes end at its «>»; a tag without its end in a hostile part ends at the
# next «<», so that each character is looked at once, however many such tags there are
_TAG = r"\b([^<>]*)>"
_NUMBER_FORMAT = re.compile(r"<(?:\w+:)?numFmt" + _TAG)
_CELL_FORMATS = re.compile(r"<(?:\w+:)?cellXfs\b|</(?:\w+:)?cellXfs>")
_FORMAT_OF_STYLE = re.compile(r"<(?:\w+:)?xf" + _TAG)
_SHEET = re.compile(r"<(?:\w+:)?sheet" + _TAG)
_ATTRIBUTE = re.compile(r"""(?<![^\s])([\w:]{1,100})\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_RELATIONSHIP = re.compile(r"<(?:\w+:)?Relationship" + _TAG)
_REFERENCE = re.compile(rb"""(?:^|\s)r=["']([A-Z]{1,3})(\d{1,7})["']""")
# in a format code: text in quotes, escaped characters and [colour], [$-422] sections show no date
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')


def shows_month(code: str) -> bool | None:
    """Whether a number format shows a month and no day: with its year (True), without (False).

    ``None`` for any other format: a day, a time, a number.
    """
    shown = _LITERAL.sub("", code.split(";", 1)[0]).lower()
    if "m" not in shown or any(part in shown for part in ("d", "h", "s", "0", "#", "@")):
        return None
    return "y" in shown


def shows_percent(code: str) -> bool:
    """Whether a number format shows its number as a percentage («0%», «0.0%»)."""
    return "%" in _LITERAL.sub("", code.split(";", 1)[0])


def shows_year(code: str) -> bool:
    """Whether a number format shows a date's year alone («yyyy»): no month, no day."""
    shown = _LITERAL.sub("", code.split(";", 1)[0]).lower()
    return "y" in shown and not any(part in shown for part in ("m", "d", "h", "s", "0", "#", "@"))


def _shown(code: str) -> str | None:
    """How a number format shows a cell: a month (with its year), a year, a percentage, or None."""
    month = shows_month(code)
    if month is not None:
        return MONTH_AND_YEAR if month else MONTH
    if shows_year(code):
        return YEAR
    return PERCENT if shows_percent(code) else None


def shown_cells(stream: IO[bytes]) -> dict[str, ShownCells]:
    """Each sheet's cells shown as a month or a percentage, by sheet name; empty for most.

    The archive was checked before (:func:`~civplan.importers.untrusted_zip.check_document`).
    """
    with zipfile.ZipFile(stream) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        styles = _read(archive, names, "xl/styles.xml")
        shown = _shown_styles(styles) if styles else {}
        if not shown:
            stream.seek(0)
            return {}
        found = {
            sheet: cells
            for sheet, part in _sheet_parts(archive, names).items()
            if (cells := _cells(archive, names.get(part.lower()), shown))
        }
    stream.seek(0)
    return found


_COLUMN = re.compile(rb"<(?:\w+:)?col\b([^<>]*)>")
_SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData\b")
_HIDDEN = re.compile(rb"""(?<![^\s])hidden\s*=\s*["'](?:1|true)["']""")
_BOUND = re.compile(rb"""(?<![^\s])(min|max)\s*=\s*["'](\d{1,5})["']""")
_MOST_COLUMNS = 16_384
"""The columns of a sheet, as Excel has them: a hidden range is cut at its last."""


def hidden_columns(stream: IO[bytes]) -> dict[str, frozenset[int]]:
    """Each sheet's hidden columns (from 0), by sheet name, for the sheets that hide any.

    A sheet's columns are described before its cells: only the part of it
    before ``sheetData`` is read. The archive was checked before.
    """
    with zipfile.ZipFile(stream) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        found = {}
        for sheet, part in _sheet_parts(archive, names).items():
            name = names.get(part.lower())
            if name is None:
                continue
            head = b""
            with archive.open(name) as opened:
                for chunk in chunks(opened):
                    head += chunk
                    if _SHEET_DATA.search(head) or len(head) > 1 << 20:
                        break
            columns: set[int] = set()
            for attributes in _COLUMN.findall(head.split(b"sheetData", 1)[0]):
                bounds = dict(_BOUND.findall(attributes))
                if _HIDDEN.search(attributes) and b"min" in bounds:
                    first = int(bounds[b"min"])
                    last = min(int(bounds.get(b"max", bounds[b"min"])), _MOST_COLUMNS)
                    columns.update(range(first - 1, last))
            if columns:
                found[sheet] = frozenset(columns)
    stream.seek(0)
    return found


def _attributes(tag: str) -> dict[str, str]:
    """A tag's attributes by name (its text between the name and «>»)."""
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(tag)}


def _read(archive: zipfile.ZipFile, names: Mapping[str, str], part: str) -> str:
    name = names.get(part.lower())
    return archive.read(name).decode("utf-8", "replace") if name is not None else ""


def _shown_styles(styles: str) -> dict[int, str]:
    """The cell styles (their places in ``cellXfs``) whose format shows a month or a percentage."""
    formats = dict(_BUILT_IN)
    for attributes in _NUMBER_FORMAT.findall(styles):
        number_format = _attributes(attributes)
        number, code = number_format.get("numFmtId", ""), number_format.get("formatCode")
        if not number.isdecimal() or code is None:
            continue
        shown = _shown(html.unescape(code))
        if shown is not None:
            formats[int(number)] = shown
        else:
            formats.pop(int(number), None)
    bounds = [match.start() for match in _CELL_FORMATS.finditer(styles)][:2]
    if len(bounds) < 2:
        return {}
    found = {}
    for index, attributes in enumerate(_FORMAT_OF_STYLE.findall(styles, *bounds)):
        number = _attributes(attributes).get("numFmtId", "")
        if number.isdecimal() and int(number) in formats:
            found[index] = formats[int(number)]
    return found


def _sheet_parts(archive: zipfile.ZipFile, names: Mapping[str, str]) -> dict[str, str]:
    """Each sheet's name and the part that holds its cells."""
    targets = {}
    for attributes in _RELATIONSHIP.findall(_read(archive, names, "xl/_rels/workbook.xml.rels")):
        relationship = _attributes(attributes)
        if "Id" in relationship and "Target" in relationship:
            target = relationship["Target"]
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            targets[relationship["Id"]] = posixpath.normpath(path)
    parts = {}
    for attributes in _SHEET.findall(_read(archive, names, "xl/workbook.xml")):
        sheet = _attributes(attributes)
        link = next((value for key, value in sheet.items() if key.endswith(":id")), None)
        if "name" in sheet and link in targets:
            parts[html.unescape(sheet["name"])] = targets[link]
    return parts


def _cells(archive: zipfile.ZipFile, part: str | None, shown: Mapping[int, str]) -> ShownCells:
    """The places of a sheet's cells styled to show a month or a percentage, a chunk at a time."""
    if part is None:
        return {}
    styles = "|".join(str(index) for index in shown).encode()
    tag = re.compile(rb"""<(?:\w+:)?c\b(?=[^<>]*\ss=["'](""" + styles + rb""")["'])([^<>]*)>""")
    found = {}
    with archive.open(part) as stream:
        for chunk in chunks(stream):
            for style, attributes in tag.findall(chunk):
                place = _REFERENCE.search(attributes)
                if place is None:
                    continue
                column = 0
                for letter in place[1]:
                    column = column * 26 + letter - 64
                found[(int(place[2]) - 1, column - 1)] = shown[int(style)]
    return found


# a cell's opening tag (its attributes), looked for before each formula
_CELL_START = re.compile(rb"<(?:\w+:)?c\b([^<>]*)>")
_CELL_REACH = 500
"""The farthest a formula's cell may begin before it, in bytes (its attributes are short)."""
_FORMULA_REACH = 9000
"""The farthest a formula's cell may end after it, in bytes (Excel's longest formula and more)."""
_MOST_FORMULAS = 20_000
"""The most formulas looked at: a workbook saved by Excel or Calc has all its values."""
_MOST_NOTED = 1000
"""The most cells of formulas without values noted: a warning lists a few, and counts them."""
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]")
_TEXT_RESULT = re.compile(rb"""\st\s*=\s*["'](?:str|e|b)["']""")


class Uncomputed:
    """The cells holding a formula with no value saved, gathered from each part's chunks.

    A workbook written by a program that computes no formulas (a script, most
    libraries) keeps only the formula: such a cell reads as empty. A text
    result saved empty («=IF(…;"";…)» in Excel, ``t="str"``) is a value. The
    chunks are those :func:`~civplan.importers.extent.check_xlsx_extent` reads.
    """

    def __init__(self) -> None:
        self.parts: dict[str, dict[str, None]] = {}
        self.noted = 0
        self.looked = 0

    def see(self, part: str, chunk: bytes) -> None:
        """Note the cells of a chunk of ``part`` holding a formula with no value.

        Each formula's cell is looked for near it (:data:`_CELL_REACH`,
        :data:`_FORMULA_REACH`); no more than :data:`_MOST_FORMULAS` formulas are looked at, nor
        :data:`_MOST_NOTED` cells noted: a hostile workbook costs little more.
        """
        if b"f>" not in chunk:  # no «<f>…</f>», «<x:f>»: most chunks of most workbooks
            return
        for formula in _FORMULA.finditer(chunk):
            self.looked += 1
            if self.looked > _MOST_FORMULAS or self.noted >= _MOST_NOTED:
                return
            at = formula.start()
            reach = max(0, at - _CELL_REACH)
            begin = max(chunk.rfind(b"<c ", reach, at), chunk.rfind(b"<c>", reach, at))
            if begin < 0 and (colon := chunk.rfind(b":c ", reach, at)) >= 0:
                begin = chunk.rfind(b"<", reach, colon)  # «<x:c r="D4">»
            opening = _CELL_START.match(chunk, begin) if begin >= 0 else None
            if opening is None:
                continue
            end = chunk.find(b"c>", at, at + _FORMULA_REACH)  # «</c>», «</x:c>»
            if end < 0:
                continue
            content = chunk[opening.end() : end]
            place = _REFERENCE.search(opening[1])
            if (
                place is None
                or _VALUE.search(content) is not None
                or _TEXT_RESULT.search(opening[1]) is not None
            ):
                continue
            cells = self.parts.setdefault(part, {})
            cell = (place[1] + place[2]).decode()
            if cell not in cells:  # overlapping chunks see some cells twice
                cells[cell] = None
                self.noted += 1

    def places(self, stream: IO[bytes]) -> list[str]:
        """Where they are, by sheet and cell: «sheet «Звіт», cell D4»."""
        if not self.parts:
            return []
        with zipfile.ZipFile(stream) as archive:
            names = {name.lower(): name for name in archive.namelist()}
            sheets = {part.lower(): sheet for sheet, part in _sheet_parts(archive, names).items()}
        stream.seek(0)
        return [
            f"sheet «{sheets.get(part.lower(), part)}», cell {cell}"
            for part, cells in self.parts.items()
            for cell in cells
        ]
