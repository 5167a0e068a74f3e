"""The cells of an XLSX workbook whose dates show a month, not a day.

Excel turns «березень 2025» typed into a cell into the date 01.03.2025 and
shows it as the month («березень 2025», «бер.25»); python-calamine gives the
date alone. A deadline read from it would be «by 1 March», not «March». The
workbook's number formats tell which cells show only a month: those are
read as the month they show. Only ``styles.xml`` is read when no format
shows a month without a day, as in most workbooks.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Mapping
from typing import IO

from civplan.importers.extent import chunks

MonthCells = Mapping[tuple[int, int], bool]
"""The places (row, column, from 0) of a sheet's cells that show a month, and whether its year."""

_BUILT_IN_MONTHS = {17: True}  # «mmm-yy»: the one built-in format of a month and a year
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


def month_cells(stream: IO[bytes]) -> dict[str, MonthCells]:
    """Each sheet's cells that show a month, by sheet name; empty for most workbooks.

    The archive was checked before (:func:`~civplan.importers.untrusted_zip.check_document`).
    """
    with zipfile.ZipFile(stream) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        styles = _read(archive, names, "xl/styles.xml")
        months = _month_styles(styles) if styles else {}
        if not months:
            stream.seek(0)
            return {}
        found = {
            sheet: cells
            for sheet, part in _sheet_parts(archive, names).items()
            if (cells := _cells(archive, names.get(part.lower()), months))
        }
    stream.seek(0)
    return found


def _attributes(tag: str) -> dict[str, str]:
    """A tag's attributes by name (its text between the name and «>»)."""
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(tag)}


def _read(archive: zipfile.ZipFile, names: Mapping[str, str], part: str) -> str:
    name = names.get(part.lower())
    return archive.read(name).decode("utf-8", "replace") if name is not None else ""


def _month_styles(styles: str) -> dict[int, bool]:
    """The cell styles (their places in ``cellXfs``) whose format shows a month, not a day."""
    formats = dict(_BUILT_IN_MONTHS)
    for attributes in _NUMBER_FORMAT.findall(styles):
        number_format = _attributes(attributes)
        number, code = number_format.get("numFmtId", ""), number_format.get("formatCode")
        if not number.isdigit() or code is None:
            continue
        shown = shows_month(html.unescape(code))
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
        if number.isdigit() and int(number) in formats:
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


def _cells(archive: zipfile.ZipFile, part: str | None, months: Mapping[int, bool]) -> MonthCells:
    """The places of a sheet's cells styled to show a month, read a chunk at a time."""
    if part is None:
        return {}
    styles = "|".join(str(index) for index in months).encode()
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
                found[(int(place[2]) - 1, column - 1)] = months[int(style)]
    return found
