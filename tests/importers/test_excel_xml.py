"""Excel's XML workbooks (XML Spreadsheet 2003), as systems export them "to Excel"."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest

import civplan
from civplan.testing import check_importer

from .layouts import GROUPING, TWO_LEVELS, Layout, write

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)

# a system's export as Excel would open it: a title merged across, a cell skipped by its
# index, a grouping cell merged down, numbers and dates typed, a comment, a line break in
# a cell, a row skipped by its index, and a hidden sheet of the system's own
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Звіт">
  <Table>
   <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">Звіт про виконання плану заходів
 з енергозбереження на 2025 рік</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">№ з/п</Data></Cell>
    <Cell><Data ss:Type="String">Завдання</Data></Cell>
    <Cell><Data ss:Type="String">Найменування заходу</Data></Cell>
    <Cell><Data ss:Type="String">Строк виконання</Data></Cell>
    <Cell><Data ss:Type="String">Стан виконання</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">1</Data></Cell>
    <Cell ss:MergeDown="1"><Data ss:Type="String">Утеплення будівель</Data></Cell>
    <Cell><Data ss:Type="String">Утеплення фасаду ліцею</Data>
     <Comment><Data>Перевірити акт</Data></Comment></Cell>
    <Cell><Data ss:Type="DateTime">2025-09-30T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">Виконано.&#10;Акт підписано 25.09.2025</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">2</Data></Cell>
    <Cell ss:Index="3"><Data ss:Type="String">Заміна вікон у клубі</Data></Cell>
    <Cell><Data ss:Type="String">ІІІ квартал</Data></Cell>
    <Cell><Data ss:Type="String">Не виконано: кошти не виділено</Data></Cell></Row>
   <Row ss:Index="6"><Cell><Data ss:Type="Number">3</Data></Cell>
    <Cell><Data ss:Type="String">Облік тепла</Data></Cell>
    <Cell><Data ss:Type="String">Встановлення лічильників тепла</Data></Cell>
    <Cell><Data ss:Type="String">ІІ квартал</Data></Cell>
    <Cell><Data ss:Type="String">Встановлено 12 лічильників</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Службовий">
  <Table><Row><Cell><Data ss:Type="String">код</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>
"""


@pytest.mark.parametrize("name", ["export.xml", "export.xls"])
def test_a_system_s_xml_workbook_is_read_as_a_spreadsheet(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(WORKBOOK, encoding="utf-8")
    plan = civplan.load(path)
    assert plan.title == "Звіт про виконання плану заходів з енергозбереження на 2025 рік"
    assert plan.year == 2025
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Утеплення будівель", ["1", "2"]),
        ("Облік тепла", ["3"]),
    ]
    first = plan.measure("1")
    assert first.title == "Утеплення фасаду ліцею"  # the comment is no part of it
    assert first.deadline.end == date(2025, 9, 30)
    assert first.outcome is not None
    assert first.outcome.text == "Виконано.\nАкт підписано 25.09.2025"
    assert plan.measure("2").title == "Заміна вікон у клубі"
    statuses = [civplan.assess(m, date(2026, 1, 15)).status for m in plan.measures()]
    assert statuses == [civplan.Status.DONE, civplan.Status.NOT_DONE, civplan.Status.DONE]


def test_an_xml_workbook_is_known_by_its_content_under_any_name(tmp_path: Path) -> None:
    plan = civplan.load(io.BytesIO(WORKBOOK.encode()))  # no name at all
    assert len(list(plan.measures())) == 3
    path = tmp_path / "report.html"  # its «<Table>» is no web page's table
    path.write_text(WORKBOOK, encoding="utf-8")
    with pytest.warns(civplan.CivplanWarning, match="its content is excel-xml, not the html"):
        plan = civplan.load(path)
    assert len(list(plan.measures())) == 3


@pytest.mark.parametrize(
    ("jump", "said"),
    [
        ('<Row ss:Index="5000000">', "empty rows skipped"),
        ('<Row><Cell ss:Index="20000">', "cells in a row"),
        # rows skipped a little at a time, each jump within the limit, to a sheet too large
        ("".join(f'<Row ss:Index="{n * 90_000}"></Row>' for n in range(1, 80))
         + '<Row><Cell ss:Index="900">', "rows of 900 cells"),
    ],
)  # fmt: skip
def test_an_index_far_beyond_the_limits_is_refused_naming_the_place(jump: str, said: str) -> None:
    close = (
        "</Row>" if jump.endswith('">') and "Cell" not in jump else "<Data>x</Data></Cell></Row>"
    )
    body = WORKBOOK.replace("<Table>", f"<Table>{jump}{close}", 1)
    with pytest.raises(civplan.DocumentError, match=f"sheet «Звіт», .*{said}"):
        civplan.load(io.BytesIO(body.encode()))


def test_an_xml_workbook_declaring_entities_is_refused() -> None:
    bomb = WORKBOOK.replace(
        "<?mso-application", '<!DOCTYPE Workbook [<!ENTITY a "aaaa">]><?mso-application', 1
    )
    with pytest.raises(civplan.DocumentError, match="declares a DTD or entities"):
        civplan.load(io.BytesIO(bomb.encode()), "excel-xml")


@pytest.mark.filterwarnings("ignore::civplan.CivplanWarning")  # a damaged workbook may warn
def test_the_xml_workbook_importer_keeps_the_contract() -> None:
    check_importer(civplan.get_importer("excel-xml"), WORKBOOK.encode())


def _saved_as_excel_xml(sheet: Path, folder: Path) -> Path:
    """A sheet (UTF-8 CSV, «;» between cells) saved by a real LibreOffice as Excel's XML.

    From CSV: LibreOffice's own export of this format fails on a workbook whose columns
    have widths (a template recursing over each repeated column).
    """
    import subprocess

    subprocess.run(
        ["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--infilter=CSV:59,34,76", "--convert-to", "xml:MS Excel 2003 XML",
         "--outdir", str(folder), str(sheet)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / f"{sheet.stem}.xml"


@needs_libreoffice
@pytest.mark.parametrize("layout", [TWO_LEVELS, GROUPING], ids=lambda layout: layout.name)
def test_a_sheet_saved_as_excel_xml_by_libreoffice_reads_like_the_sheet(
    layout: Layout, tmp_path: Path
) -> None:
    sheet = write(layout, "csv", tmp_path)  # in windows-1251, as Excel saves it here
    utf8 = tmp_path / "sheet.csv"
    utf8.write_text(sheet.read_bytes().decode("cp1251"), encoding="utf-8")
    saved = _saved_as_excel_xml(utf8, tmp_path / "xml")
    expected = civplan.load(sheet)
    plan = civplan.load(saved)
    assert plan.title == expected.title
    assert [(m.number, m.title, m.deadline, m.outcome) for m in plan.measures()] == [
        (m.number, m.title, m.deadline, m.outcome) for m in expected.measures()
    ]
    assert [s.title for s in plan.sections] == [s.title for s in expected.sections]
