"""Numbers Word draws from a numbered list, read as the document shows them."""

from __future__ import annotations

import io
import warnings
import zipfile

import docx
import pytest

import civplan
from civplan.importers.wordnumbering import formatted

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _table(rows: list[tuple[str, str, str]]) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("План заходів з цифровізації громади на 2025 рік")
    table = document.add_table(rows=len(rows) + 1, cols=3)
    for column, caption in enumerate(("№ з/п", "Найменування заходу", "Строк виконання")):
        table.cell(0, column).text = caption
    for row, cells in enumerate(rows, start=1):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    return document


def _load(document: docx.document.Document, numbering: str | None = None) -> civplan.Plan:
    stream = io.BytesIO()
    document.save(stream)
    if numbering is not None:  # the document's lists replaced by our own
        source = zipfile.ZipFile(io.BytesIO(stream.getvalue()))
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w") as target:
            for name in source.namelist():
                data = numbering.encode() if name == "word/numbering.xml" else source.read(name)
                target.writestr(name, data)
    stream.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no measure numbered by its position
        return civplan.load(stream, "docx")


def test_a_number_column_numbered_by_a_list_style() -> None:
    document = _table([("", "Проведення навчань", "І квартал"),
                       ("", "Оновлення стендів", "ІІ квартал"),
                       ("", "Створення реєстру", "ІІІ квартал")])  # fmt: skip
    for row in document.tables[0].rows[1:]:
        row.cells[0].paragraphs[0].style = "List Number"
    plan = _load(document)
    assert [m.number for m in plan.measures()] == ["1.", "2.", "3."]
    assert plan.measure("2").title == "Оновлення стендів"


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
  <w:abstractNum w:abstractNumId="7">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1.%2."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>"""  # fmt: skip


def _numbered(cell: object, level: int) -> None:
    """Number a cell's paragraph with list 1 at ``level``, as Word writes it."""
    from docx.oxml import parse_xml

    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    properties = paragraph._p.get_or_add_pPr()
    properties.insert(
        0,
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'),
    )


def test_sections_and_measures_numbered_by_a_list_in_their_title_cells() -> None:
    document = docx.Document()
    document.add_paragraph("План заходів з цифровізації громади на 2025 рік")
    table = document.add_table(rows=6, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Найменування заходу", "Строк виконання"
    rows = [
        ("Цифрові послуги", None, 0),
        ("Запровадження електронної черги", "І квартал", 1),
        ("Відкриття пункту доступу до інтернету", "ІІ квартал", 1),
        ("Відкриті дані", None, 0),
        ("Оприлюднення наборів даних", "щокварталу", 1),
    ]
    for row, (title, term, level) in enumerate(rows, start=1):
        if term is None:  # a heading: one cell across the table
            table.cell(row, 0).merge(table.cell(row, 1))
        table.cell(row, 0).text = title
        if term is not None:
            table.cell(row, 1).text = term
        _numbered(table.cell(row, 0), level)
    plan = _load(document, NUMBERING)
    assert [(s.number, s.title) for s, _ in plan.walk()] == [
        ("1.", "Цифрові послуги"),
        ("2.", "Відкриті дані"),
    ]
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1.1.", "Запровадження електронної черги"),
        ("1.2.", "Відкриття пункту доступу до інтернету"),
        ("2.1.", "Оприлюднення наборів даних"),  # the level below restarts
    ]


@pytest.mark.parametrize(
    ("count", "fmt", "shown"),
    [(4, "decimal", "4"), (14, "upperRoman", "XIV"), (9, "lowerRoman", "ix"),
     (2, "lowerLetter", "b"), (3, "russianLower", "в"), (28, "upperLetter", "BB"),
     (7, "decimalZero", "07"), (10**12, "lowerLetter", str(10**12))],
)  # fmt: skip
def test_counts_are_shown_in_the_level_s_format(count: int, fmt: str, shown: str) -> None:
    assert formatted(count, fmt) == shown


def test_bullets_give_no_number() -> None:
    document = _table([("1", "Проведення навчань", "І квартал")])
    document.tables[0].rows[1].cells[1].paragraphs[0].style = "List Bullet"
    plan = _load(document)
    assert plan.measure("1").title == "Проведення навчань"
