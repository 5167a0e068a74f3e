"""The ODS report, read back with odfpy and python-calamine."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from odf import teletype
from odf.namespaces import TABLENS
from odf.opendocument import load
from odf.table import Table, TableCell, TableHeaderRows, TableRow
from odf.text import P
from python_calamine import CalamineWorkbook

import civplan
from civplan import ReportOptions
from civplan.exporters.ods import encode_text
from civplan.exporters.xlsx import STATUS_COLOURS

from .conftest import TRICKY_TEXTS


def export(plan: civplan.Plan, options: ReportOptions | None = None) -> bytes:
    data = civplan.export(plan, "ods", options=options)
    assert isinstance(data, bytes)
    return data


def cell_text(cell: TableCell) -> str:
    return "\n".join(teletype.extractText(p) for p in cell.getElementsByType(P))


def report_table(document) -> Table:  # type: ignore[no-untyped-def]
    """The report: the first table (the hidden «civplan» table carries the plan's data)."""
    return document.spreadsheet.getElementsByType(Table)[0]


def odf_rows(data: bytes) -> list[list[TableCell]]:
    table = report_table(load(io.BytesIO(data)))
    return [row.getElementsByType(TableCell) for row in table.getElementsByType(TableRow)]


def test_every_text_of_the_seed_is_in_its_cell() -> None:
    plan = civplan.demo_plan()
    data = export(plan)
    rows = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()
    assert rows[0][0] == "ЗВІТ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ"
    assert rows[4] == ["№\nз/п", "Найменування заходу", "Строк виконання", "Результат виконання"]
    measures = {row[0]: row for row in rows[5:] if row[1] != ""}
    for measure in plan.measures():
        assert measure.outcome is not None
        assert measures[measure.number] == [
            measure.number,
            measure.title,
            measure.deadline.text,
            measure.outcome.text,
        ]
    odf = {cell_text(cells[0]): [cell_text(c) for c in cells] for cells in odf_rows(data)}
    assert odf["1.2"][2] == "протягом\nроку"


def test_header_rows_spans_and_bold_sections() -> None:
    data = export(civplan.demo_plan())
    table = report_table(load(io.BytesIO(data)))
    [header] = table.getElementsByType(TableHeaderRows)
    assert [cell_text(c) for c in header.getElementsByType(TableCell)][1] == "Найменування заходу"
    sections = [
        cells[0]
        for cells in odf_rows(data)
        if cells and cells[0].getAttrNS(TABLENS, "style-name") == "civplan-section1"
    ]
    assert len(sections) == 6
    assert all(c.getAttrNS(TABLENS, "number-columns-spanned") == "4" for c in sections)
    styles = zipfile.ZipFile(io.BytesIO(data)).read("styles.xml").decode()
    section_style = styles[styles.index('style:name="civplan-section1"') :]
    section_style = section_style[: section_style.index("</style:style>")]
    assert 'fo:font-weight="bold"' in section_style
    assert 'style:print-orientation="landscape"' in styles
    assert 'fo:page-width="29.7cm"' in styles
    settings = zipfile.ZipFile(io.BytesIO(data)).read("settings.xml").decode()
    assert (
        '<config:config-item config:name="VerticalSplitPosition" config:type="int">5<' in settings
    )


def test_columns_have_widths() -> None:
    content = zipfile.ZipFile(io.BytesIO(export(civplan.demo_plan()))).read("content.xml").decode()
    report = content[: content.index("</table:table>")]
    assert report.count("<table:table-column ") == 4
    assert 'style:column-width="14.26cm"' in content  # the outcome column, 62 units


def test_archive_is_valid_odf() -> None:
    archive = zipfile.ZipFile(io.BytesIO(export(civplan.demo_plan())))
    first = archive.infolist()[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    manifest = archive.read("META-INF/manifest.xml").decode()
    for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
        assert f'manifest:full-path="{part}"' in manifest


def test_status_cells_are_coloured() -> None:
    options = ReportOptions(columns=("number", "title", "status"), as_of=date(2017, 12, 31))
    data = export(civplan.demo_plan(), options)
    status_of = {cell_text(cells[0]): cells[-1] for cells in odf_rows(data) if len(cells) == 3}
    assert status_of["4.2"].getAttrNS(TABLENS, "style-name") == "civplan-NOT_DONE"
    styles = zipfile.ZipFile(io.BytesIO(data)).read("styles.xml").decode()
    not_done = styles[styles.index('style:name="civplan-NOT_DONE"') :]
    assert f'fo:background-color="#{STATUS_COLOURS[civplan.Status.NOT_DONE]}"' in not_done[:400]


def test_formula_like_and_whitespace_text_is_kept_exactly(tricky_plan: civplan.Plan) -> None:
    data = export(tricky_plan)
    assert b"table:formula" not in data
    odf = {cell_text(cells[1]): cells for cells in odf_rows(data) if len(cells) == 4}
    for key, text in TRICKY_TEXTS.items():
        cell = odf[key][3]
        assert cell.getAttribute("valuetype") == "string"
        assert cell_text(cell) == text, key
    rows = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()
    # python-calamine drops <text:tab/> when it reads ODS; odfpy (above) reads it
    expected = [text.replace("\t", "") for text in TRICKY_TEXTS.values()]
    assert [r[3] for r in rows[5:12]] == expected


@settings(max_examples=200)
@given(st.text(alphabet=" \tab\n<&>\r«", max_size=40))
def test_encoding_matches_what_odfpy_reads(text: str) -> None:
    namespaces = (
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    xml = f"<table:table-cell {namespaces}>{encode_text(text)}</table:table-cell>"
    from xml.dom import minidom

    dom = minidom.parseString(xml)
    lines = []
    for paragraph in dom.getElementsByTagName("text:p"):
        parts = []
        for node in paragraph.childNodes:
            if node.nodeType == node.TEXT_NODE:
                parts.append(node.data)
            elif node.tagName == "text:s":
                parts.append(" " * int(node.getAttribute("text:c") or 1))
            elif node.tagName == "text:tab":
                parts.append("\t")
        lines.append("".join(parts))
    assert "\n".join(lines) == text


def test_same_plan_same_bytes() -> None:
    assert export(civplan.demo_plan()) == export(civplan.demo_plan())


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_sheet_name_in_each_language(lang: str) -> None:
    data = export(civplan.demo_plan(), ReportOptions(lang=lang))  # type: ignore[arg-type]
    sheets = CalamineWorkbook.from_filelike(io.BytesIO(data)).sheets_metadata
    names = ["Звіт", "Підсумки"] if lang == "uk" else ["Report", "Summary"]
    assert [s.name for s in sheets] == [*names, "civplan"]
    assert [str(s.visible).rsplit(".", 1)[-1] for s in sheets] == ["Visible", "Visible", "Hidden"]
