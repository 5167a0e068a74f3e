"""The «Підсумки» sheet of XLSX and ODS reports, read back: its values and its chart."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

import civplan
from civplan import ReportOptions


def export(fmt: str, options: ReportOptions | None = None) -> bytes:
    data = civplan.export(civplan.demo_plan(), fmt, options=options)
    assert isinstance(data, bytes)
    return data


def summary_rows(data: bytes, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(name).to_python()


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
@pytest.mark.parametrize(
    ("lang", "sheet", "done", "rate"),
    [("uk", "Підсумки", "виконано", "90,0 %"), ("en", "Summary", "done", "90.0 %")],
)
def test_the_summary_sheet_follows_the_report(
    fmt: str, lang: str, sheet: str, done: str, rate: str
) -> None:
    data = export(fmt, ReportOptions(lang=lang))  # type: ignore[arg-type]
    names = CalamineWorkbook.from_filelike(io.BytesIO(data)).sheet_names
    assert names[:2] == (["Звіт", "Підсумки"] if lang == "uk" else ["Report", "Summary"])
    rows = summary_rows(data, sheet)
    cells = [cell for row in rows for cell in row if cell != ""]
    assert any(str(cell).endswith(rate) for cell in cells)
    counts = {
        row[0]: row[1] for row in rows if row and row[0] in {s.label(lang) for s in civplan.Status}
    }  # type: ignore[arg-type]
    assert counts[done] == 12
    assert sum(float(v) for v in counts.values()) == 15
    assert "1.1, 4.5" in cells  # the measures not done for lack of funding
    assert "5.2" in cells  # its events fall outside its term
    assert 85 in cells or 85.0 in cells  # a count the outcomes report


def test_xlsx_has_a_bar_chart_of_the_statuses() -> None:
    data = export("xlsx")
    book = openpyxl.load_workbook(io.BytesIO(data))
    [chart] = book["Підсумки"]._charts
    assert chart.tagname == "barChart"
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "xl/charts/chart1.xml" in names
    chart_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/charts/chart1.xml").decode()
    labels = [row[0].value for row in book["Підсумки"].iter_rows(max_col=1)]
    first = labels.index(civplan.Status.DONE.label("uk")) + 1  # the statuses' rows, from 1
    assert first > 3  # below the title, the date, the rate and the count to check
    assert f"'Підсумки'!$B${first}:$B${first + 7}" in chart_xml  # the eight statuses' counts


def test_ods_has_an_embedded_chart_of_the_statuses() -> None:
    archive = zipfile.ZipFile(io.BytesIO(export("ods")))
    manifest = archive.read("META-INF/manifest.xml").decode()
    assert 'manifest:full-path="Object 1/"' in manifest
    assert "application/vnd.oasis.opendocument.chart" in manifest
    chart = archive.read("Object 1/content.xml").decode()
    assert 'chart:class="chart:bar"' in chart
    assert "'Підсумки'.B8:'Підсумки'.B15" in chart  # below the heading's four lines
    content = archive.read("content.xml").decode()
    assert 'xlink:href="./Object 1"' in content


def test_no_summary_when_not_asked() -> None:
    for fmt in ("xlsx", "ods"):
        data = export(fmt, ReportOptions(summary=False))
        assert "Підсумки" not in CalamineWorkbook.from_filelike(io.BytesIO(data)).sheet_names
    text = civplan.export(civplan.demo_plan(), "text", options=civplan.TextOptions(summary=False))
    assert isinstance(text, str) and "Підсумки" not in text


def test_xlsx_summary_cells_keep_their_looks() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(export("xlsx")))["Підсумки"]
    assert sheet["A1"].font.b and sheet["A1"].style == "civplan heading"
    headers = [row for row in sheet.iter_rows() if row[0].style == "civplan header"]
    captions = [c for c in headers[0] if c.value is not None]
    assert captions and all(c.font.b and c.border.left.style == "thin" for c in captions)
    rates = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, float)]
    assert rates and all(c.number_format == "0.0" for c in rates)  # 100.0, not 100
    assert all(c.style == "civplan cell" and c.border.top.style == "thin" for c in rates)
    heights = [sheet.row_dimensions[n].height for n in range(1, sheet.max_row + 1)]
    assert all(h is not None and h > 0 for h in heights)
