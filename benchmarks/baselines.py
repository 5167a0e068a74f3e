"""What civplan's exporters are measured against: the same cells, written the plainest way."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HEADER = ("№\nз/п", "Найменування заходу", "Строк виконання", "Результат виконання")


def _rows(plan: Any) -> list[tuple[str, ...] | str]:
    rows: list[tuple[str, ...] | str] = []
    for section in plan.sections:
        rows.append(f"{section.number}. {section.title}")
        for m in section.measures:
            rows.append((m.number, m.title, m.deadline.text, m.outcome.text if m.outcome else ""))
    return rows


def openpyxl_write_only(plan: Any, target: Path) -> None:
    """openpyxl's write-only mode with the report's cells, named styles, merges and page setup."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    book = openpyxl.Workbook(write_only=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, bold, fill in (
        ("title", True, None),
        ("header", True, "D9D9D9"),
        ("section", True, "F2F2F2"),
        ("cell", False, None),
    ):
        style = NamedStyle(
            name=name,
            font=Font(name="Times New Roman", size=11, bold=bold),
            border=box,
            alignment=wrap,
        )
        if fill:
            style.fill = PatternFill("solid", fgColor=fill)
        book.add_named_style(style)
    sheet: Any = book.create_sheet("Звіт")
    for letter, width in zip("ABCD", (7, 42, 15, 62), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.print_title_rows = "4:4"
    sheet.freeze_panes = "A5"
    sheet.page_setup.orientation = "landscape"

    def cell(value: str, style: str) -> Any:
        c = WriteOnlyCell(sheet, value=value)
        c.data_type = "s"
        c.style = style
        return c

    row = 0
    for line in plan.title.splitlines():
        row += 1
        sheet.append([cell(line, "title")])
        sheet.merged_cells.add(f"A{row}:D{row}")
    sheet.append([])
    sheet.append([cell(text, "header") for text in HEADER])
    row += 2
    for item in _rows(plan):
        row += 1
        if isinstance(item, str):
            sheet.append([cell(item, "section")] + [cell("", "section") for _ in range(3)])
            sheet.merged_cells.add(f"A{row}:D{row}")
        else:
            sheet.append([cell(text, "cell") for text in item])
    book.save(target)


def tablib_dataset(plan: Any) -> Any:
    """The report's rows as a tablib Dataset (tablib then writes XLSX or ODS)."""
    import tablib

    data = tablib.Dataset(headers=list(HEADER))
    for item in _rows(plan):
        data.append((item, "", "", "") if isinstance(item, str) else item)
    return data


_CONTENT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Звіт">'
    '<table:table-column table:number-columns-repeated="4"/>'
)
_CONTENT_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _ods_cell(text: str, style: str, extra: str = "") -> str:
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{extra}>{paragraphs}</table:table-cell>'


def hand_streamed_ods(plan: Any, target: Path) -> None:
    """An ODS whose content.xml is written by hand, row by row: the fastest plain way."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        with archive.open("content.xml", "w") as content:
            content.write(_CONTENT_HEAD.encode())
            spanned = ' table:number-columns-spanned="4"'
            for line in plan.title.splitlines():
                content.write(
                    f"<table:table-row>{_ods_cell(line, 'title', spanned)}<table:covered-table-cell/><table:covered-table-cell/><table:covered-table-cell/></table:table-row>".encode()
                )
            header = "".join(_ods_cell(text, "header") for text in HEADER)
            content.write(
                f"<table:table-header-rows><table:table-row>{header}</table:table-row></table:table-header-rows>".encode()
            )
            for item in _rows(plan):
                if isinstance(item, str):
                    cells = _ods_cell(item, "section", spanned) + "<table:covered-table-cell/>" * 3
                else:
                    cells = "".join(_ods_cell(text, "cell") for text in item)
                content.write(f"<table:table-row>{cells}</table:table-row>".encode())
            content.write(_CONTENT_TAIL.encode())


def _greedy(text: str, width: int) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def greedy_wrap_report(plan: Any, target: Path) -> None:
    """Every cell greedily wrapped to its column's width (the text report's widths), written out."""
    widths = (8, 29, 11, 43)
    with target.open("w", encoding="utf-8") as out:
        for item in _rows(plan):
            if isinstance(item, str):
                out.write("\n".join(_greedy(item, 96)) + "\n")
            else:
                for cell, width in zip(item, widths, strict=True):
                    out.write("\n".join(_greedy(cell, width)) + "\n")


def _docx_cell(text: str) -> str:
    runs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{runs}</w:tc>'


def write_docx(plan: Any, target: Path) -> None:
    """The report as a Word table, its XML written directly (python-docx would take minutes)."""
    import docx

    template = docx.Document()
    template.add_paragraph("PLACEHOLDER")
    template.save(target)
    rows = ["<w:tr>" + "".join(_docx_cell(text) for text in HEADER) + "</w:tr>"]
    for item in _rows(plan):
        if isinstance(item, str):
            cell = _docx_cell(item).replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="4"/>')
            rows.append(f"<w:tr>{cell}</w:tr>")
        else:
            rows.append("<w:tr>" + "".join(_docx_cell(text) for text in item) + "</w:tr>")
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * 4 + "</w:tblGrid>"
    table = (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{grid}{"".join(rows)}</w:tbl>'
    )
    title = "".join(
        f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in plan.title.splitlines()
    )
    with zipfile.ZipFile(target) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    document = parts["word/document.xml"].decode()
    start = document.index("<w:p>") if "<w:p>" in document else document.index("<w:p ")
    end = document.index("</w:p>", start) + len("</w:p>")
    parts["word/document.xml"] = (document[:start] + title + table + document[end:]).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def calamine_cells(path: Path) -> None:
    """Every cell of every sheet, read with python-calamine."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()


def python_docx_cells(path: Path) -> None:
    """Every paragraph and table cell's text, read with python-docx."""
    import docx

    document = docx.Document(str(path))
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                [cell.text for cell in row.cells]
        else:
            block.text  # noqa: B018


def write_html(plan: Any, target: Path) -> None:
    """The report as a council's web page publishes it: windows-1251, a heading, one table."""
    rows = ["<tr>" + "".join(f"<th>{escape(text)}</th>" for text in HEADER) + "</tr>"]
    for item in _rows(plan):
        if isinstance(item, str):
            rows.append(f'<tr><td colspan="4"><b>{escape(item)}</b></td></tr>')
        else:
            cells = "".join(
                "<td>" + "<br>".join(escape(line) for line in text.split("\n")) + "</td>"
                for text in item
            )
            rows.append(f"<tr>{cells}</tr>")
    title = "".join(f"<p>{escape(line)}</p>" for line in plan.title.splitlines())
    page = (
        '<html><head><meta charset="windows-1251"></head><body>'
        f'{title}<table border="1">{"".join(rows)}</table></body></html>'
    )
    target.write_bytes(page.encode("cp1251", errors="xmlcharrefreplace"))


def lxml_cells(path: Path) -> None:
    """Every table cell's text of a page, parsed with lxml."""
    from lxml import html

    root = html.document_fromstring(path.read_bytes())
    for cell in root.iter("td", "th"):
        cell.text_content()


def pdfplumber_tables(path: Path) -> None:
    """Every ruled table of every page, extracted with pdfplumber."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.find_tables():
                table.extract()
            page.close()


def python_docx_report(plan: Any, target: Path) -> None:
    """The same cells as civplan's Word report, written with python-docx."""
    import docx

    document = docx.Document()
    for line in plan.title.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for item in _rows(plan):
        cells = table.add_row().cells
        if isinstance(item, str):
            cells[0].merge(cells[3]).text = item
        else:
            for cell, text in zip(cells, item, strict=True):
                cell.text = text
    document.save(str(target))
