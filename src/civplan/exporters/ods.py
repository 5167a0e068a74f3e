"""ODS: the report as LibreOffice Calc opens it, ready to print.

The same layout as the XLSX report. odfpy builds everything but the table's
rows — styles, fonts, the A4 landscape page, column widths, metadata, the
frozen header — and the rows are streamed into ``content.xml`` one at a time,
so memory stays flat for plans of any size (odfpy's document tree would hold
every cell). Each line of a cell's text is a paragraph, as LibreOffice writes
them; tabs and runs of spaces are encoded as odfpy's teletype encodes them.

Cell styles are table-cell styles carrying their own text and paragraph
properties (LibreOffice ignores paragraph styles inside cells); they are
named styles, listed in LibreOffice's style list as «civplan …».
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO, Any

from civplan._optional import require
from civplan._vocabulary import say
from civplan.exporters.reproducible_zip import ReproducibleZipFile
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.report import embedded
from civplan.report.form import (
    CHARACTERS_PER_UNIT,
    CHART_ROWS,
    FONT_NAME,
    FONT_SIZE,
    HEADER_FILL,
    HEADING_LOOKS,
    LINE_HEIGHT,
    ODS_MEDIA_TYPE,
    STATUS_COLOURS,
    SUMMARY_WIDTHS,
)
from civplan.report.options import ReportOptions
from civplan.report.summary import Cell, heading, summary_blocks, word
from civplan.report.table import MeasureRow, ReportTable, report_table
from civplan.report.textwidth import line_count

CM_PER_UNIT = 0.23
"""Centimetres per unit of column width, so that ODS columns match the XLSX ones."""
MAX_LINES = 400
"""Row heights are styles made in advance, one per number of lines, up to this many."""


class OdsExporter:
    """ODS: the report as LibreOffice Calc opens it, ready to print."""

    name = "ods"
    extensions = (".ods",)
    media_type = ODS_MEDIA_TYPE
    binary = True
    options_type = ReportOptions

    def export(self, plan: Plan, stream: IO[bytes], options: ReportOptions) -> None:
        """Write the report as an ODS spreadsheet to a binary stream."""
        require("odf", extra="ods", package="odfpy")
        table = report_table(plan, options)
        document, sheet_name = _document(table)
        head, tail = _content_around_rows(document)
        summary = _Summary(table) if options.summary else None
        with ReproducibleZipFile(stream, "w", compression=8, allowZip64=True) as archive:
            archive.writestr("mimetype", ODS_MEDIA_TYPE, compress_type=0)  # first, uncompressed
            with archive.open("content.xml", "w", force_zip64=True) as raw:
                content = io.BufferedWriter(raw, buffer_size=1 << 18)
                content.write(head)
                for chunk in _rows(table):
                    content.write(chunk.encode("utf-8"))
                content.write(b"</table:table>")
                if summary is not None:
                    content.write(summary.table().encode("utf-8"))
                content.write(_plan_data(table).encode("utf-8"))
                content.write(tail.removeprefix(b"</table:table>"))
                content.flush()
            archive.writestr("styles.xml", _canonical(document.stylesxml()).encode("utf-8"))
            archive.writestr("meta.xml", _canonical(document.metaxml()).encode("utf-8"))
            archive.writestr("settings.xml", _settings(document, sheet_name, table))
            if summary is not None:
                for part, data in summary.chart_parts().items():
                    archive.writestr(part, data)
            archive.writestr("META-INF/manifest.xml", _manifest(chart=summary is not None))


def _document(table: ReportTable) -> tuple[Any, str]:
    from odf import style
    from odf.namespaces import LOEXTNS
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableColumn

    document = OpenDocumentSpreadsheet()
    document.fontfacedecls.addElement(
        style.FontFace(
            name=FONT_NAME,
            fontfamily=f"'{FONT_NAME}'",
            fontfamilygeneric="roman",
            fontpitch="variable",
        )
    )
    layout = style.PageLayout(name="civplan-page")
    page = style.PageLayoutProperties(
        pagewidth="29.7cm",
        pageheight="21cm",
        printorientation="landscape",
        margintop="1.5cm",
        marginbottom="1.5cm",
        marginleft="1.27cm",
        marginright="1.27cm",
    )
    page.setAttrNS(LOEXTNS, "scale-to-X", "1")  # fit the table to the page's width
    page.setAttrNS(LOEXTNS, "scale-to-Y", "0")
    layout.addElement(page)
    document.automaticstyles.addElement(layout)
    document.masterstyles.addElement(style.MasterPage(name="civplan", pagelayoutname=layout))
    for name, parts in _cell_styles().items():
        cell_style = style.Style(name=name, displayname=name.replace("-", " "), family="table-cell")
        cell_style.addElement(style.TableCellProperties(**parts["cell"]))
        cell_style.addElement(style.ParagraphProperties(**parts["paragraph"]))
        cell_style.addElement(style.TextProperties(**parts["text"]))
        document.styles.addElement(cell_style)

    table_style = style.Style(name="civplan-table", family="table", masterpagename="civplan")
    table_style.addElement(style.TableProperties(display="true", writingmode="lr-tb"))
    document.automaticstyles.addElement(table_style)
    sheet_name = say("sheet.report", table.options.lang)
    sheet = Table(name=sheet_name, stylename=table_style)
    for index, units in enumerate(table.widths, start=1):
        column_style = style.Style(name=f"civplan-col{index}", family="table-column")
        column_style.addElement(
            style.TableColumnProperties(
                columnwidth=f"{units * CM_PER_UNIT:.2f}cm", breakbefore="auto"
            )
        )
        document.automaticstyles.addElement(column_style)
        sheet.addElement(TableColumn(stylename=column_style))
    document.spreadsheet.addElement(sheet)
    return document, sheet_name


def _cell_styles() -> dict[str, dict[str, dict[str, str]]]:
    border = "0.5pt solid #000000"
    text = {"fontname": FONT_NAME, "fontsize": f"{FONT_SIZE}pt"}
    bold = {**text, "fontweight": "bold"}
    body = {"border": border, "wrapoption": "wrap", "verticalalign": "top"}
    left = {"textalign": "start"}
    styles = {
        "civplan-title": {
            "cell": {"wrapoption": "wrap", "verticalalign": "middle"},
            "paragraph": {"textalign": "center"},
            "text": {**bold, "fontsize": f"{FONT_SIZE + 1}pt"},
        },
        "civplan-header": {
            "cell": {**body, "verticalalign": "middle", "backgroundcolor": f"#{HEADER_FILL}"},
            "paragraph": {"textalign": "center"},
            "text": bold,
        },
        "civplan-cell": {"cell": body, "paragraph": left, "text": text},
        "civplan-heading": {"cell": {"verticalalign": "middle"}, "paragraph": left, "text": bold},
        "civplan-line": {"cell": {"verticalalign": "middle"}, "paragraph": left, "text": text},
    }
    for level, look in enumerate(HEADING_LOOKS, start=1):
        styles[f"civplan-section{level}"] = {
            "cell": {**body, **({"backgroundcolor": f"#{look.fill}"} if look.fill else {})},
            "paragraph": {**left, "marginleft": f"{0.35 * look.indent:.2f}cm"},
            "text": {
                **text,
                **({"fontweight": "bold"} if look.bold else {}),
                **({"fontstyle": "italic"} if look.italic else {}),
            },
        }
    for status, colour in STATUS_COLOURS.items():
        styles[f"civplan-{status.name}"] = {
            "cell": {**body, "backgroundcolor": f"#{colour}"},
            "paragraph": left,
            "text": text,
        }
    return styles


def _row_styles() -> str:
    from odf import style

    out = io.StringIO()
    for lines in range(1, MAX_LINES + 1):
        row_style = style.Style(name=f"civplan-row{lines}", family="table-row")
        row_style.addElement(
            style.TableRowProperties(
                rowheight=f"{lines * LINE_HEIGHT + 3:.1f}pt", useoptimalrowheight="false"
            )
        )
        row_style.toXml(2, out)
    return out.getvalue()


_ROOT = re.compile(r"<(?!\?)([\w:-]+)([^>]*)>")
_DECLARATION = re.compile(r'\s+xmlns:[\w-]+="[^"]*"')


def _canonical(xml: str) -> str:
    """``xml`` with its root declaring one fixed, sorted set of namespaces.

    odfpy collects namespace declarations in a dictionary shared by every
    document in the process, so its output depends on what ran before it.
    """
    from odf import namespaces

    declared = "".join(
        f' xmlns:{prefix}="{uri}"'
        for uri, prefix in sorted(namespaces.nsdict.items(), key=lambda i: i[1])
    )
    root = _ROOT.search(xml)
    if root is None:
        raise ValueError("odfpy wrote no root element")
    attributes = _DECLARATION.sub("", root.group(2))
    return f"{xml[: root.start()]}<{root.group(1)}{declared}{attributes}>{xml[root.end() :]}"


CHART = "Object 1"
CHART_SIZE = ("13cm", "7.5cm")
CHART_MEDIA_TYPE = "application/vnd.oasis.opendocument.chart"


class _Summary:
    """The summary table, and the chart of its statuses as an embedded ODF chart."""

    def __init__(self, table: ReportTable) -> None:
        self.lang = table.options.lang
        self.name = say("sheet.summary", self.lang)
        self.summary = table.summary()
        self.plan = table.plan
        self.statuses: tuple[int, int] = (0, 0)  # the rows of the chart's data, from 1

    def table(self) -> str:
        """The summary's ``table:table``, with the chart anchored beside the statuses."""
        text_widths = [int(w * CHARACTERS_PER_UNIT) for w in SUMMARY_WIDTHS]
        rows: list[str] = []

        def add(cells: str, lines: int = 1) -> None:
            rows.append(row(lines, cells))

        for index, line in enumerate(heading(self.summary, self.lang)):
            add(_cell(line, "civplan-heading" if index == 0 else "civplan-line"))
        for index, block in enumerate(summary_blocks(self.summary, self.plan, self.lang)):
            add("")
            add(_cell(block.title, "civplan-heading"))
            header = "".join(_cell(caption, "civplan-header") for caption in block.header)
            if index == 0:
                header += f"<table:table-cell>{self._frame()}</table:table-cell>"
                self.statuses = (len(rows) + 2, len(rows) + 1 + len(Status))
            add(header)
            for values in block.rows:
                lines = max(
                    line_count(str(v), w) for v, w in zip(values, text_widths, strict=False)
                )
                add("".join(_value_cell(value) for value in values), lines)
            if index == 0:
                rows.extend("<table:table-row/>" for _ in range(CHART_ROWS - len(block.rows) - 1))
        columns = "".join(
            f'<table:table-column table:style-name="civplan-sumcol{i}"/>'
            for i in range(1, len(SUMMARY_WIDTHS) + 1)
        )
        return (
            f'<table:table table:name="{self.name}" table:style-name="civplan-table">'
            f"{columns}{''.join(rows)}</table:table>"
        )

    def _range(self, column: str) -> str:
        first, last = self.statuses
        return f"'{self.name}'.{column}{first}:'{self.name}'.{column}{last}"

    def _frame(self) -> str:
        return (
            f'<draw:frame draw:z-index="0" draw:name="civplan-chart" svg:width="{CHART_SIZE[0]}" '
            f'svg:height="{CHART_SIZE[1]}" svg:x="0.3cm" svg:y="0cm">'
            f'<draw:object draw:notify-on-update-of-ranges="{self._range("A")} {self._range("B")}" '
            f'xlink:href="./{CHART}" xlink:type="simple" xlink:show="embed" '
            'xlink:actuate="onLoad"/>'
            "</draw:frame>"
        )

    def chart_parts(self) -> dict[str, bytes]:
        """The chart object's parts, by their names in the archive."""
        from odf import chart, style
        from odf.opendocument import OpenDocumentChart
        from odf.table import (
            Table,
            TableCell,
            TableColumn,
            TableColumns,
            TableHeaderRows,
            TableRow,
            TableRows,
        )
        from odf.text import P

        document = OpenDocumentChart()
        area_style = style.Style(name="civplan-plot", family="chart")
        area_style.addElement(style.ChartProperties(vertical="true"))
        document.automaticstyles.addElement(area_style)
        axis_style = style.Style(name="civplan-axis", family="chart")
        axis_style.addElement(style.ChartProperties(displaylabel="true"))
        axis_style.addElement(style.TextProperties(fontsize="9pt", fontname=FONT_NAME))
        document.automaticstyles.addElement(axis_style)
        drawing = chart.Chart(
            width=CHART_SIZE[0], height=CHART_SIZE[1], attributes={"class": "chart:bar"}
        )
        title = chart.Title()
        title.addElement(P(text=word("statuses", self.lang)))
        drawing.addElement(title)
        plot = chart.PlotArea(
            stylename=area_style,
            cellrangeaddress=f"{self._range('A')} {self._range('B')}",
            datasourcehaslabels="none",
        )
        x_axis = chart.Axis(dimension="x", name="primary-x", stylename=axis_style)
        x_axis.addElement(chart.Categories(cellrangeaddress=self._range("A")))
        plot.addElement(x_axis)
        y_axis = chart.Axis(dimension="y", name="primary-y", stylename=axis_style)
        y_axis.addElement(chart.Grid(attributes={"class": "major"}))
        plot.addElement(y_axis)
        plot.addElement(
            chart.Series(valuescellrangeaddress=self._range("B"), attributes={"class": "chart:bar"})
        )
        drawing.addElement(plot)
        local = Table(name="local-table")
        columns = TableColumns()
        columns.addElement(TableColumn(numbercolumnsrepeated=2))
        local.addElement(columns)
        header = TableHeaderRows()
        header_row = TableRow()
        for caption in ("", word("count", self.lang)):
            cell = TableCell()
            cell.addElement(P(text=caption))
            header_row.addElement(cell)
        header.addElement(header_row)
        local.addElement(header)
        body = TableRows()
        for status in Status:
            row = TableRow()
            label = TableCell(valuetype="string")
            label.addElement(P(text=status.label(self.lang)))
            row.addElement(label)
            count = self.summary.counts[status]
            number = TableCell(valuetype="float", value=str(count))
            number.addElement(P(text=str(count)))
            row.addElement(number)
            body.addElement(row)
        local.addElement(body)
        drawing.addElement(local)
        document.chart.addElement(drawing)
        return {
            f"{CHART}/content.xml": _canonical(document.contentxml().decode("utf-8")).encode(
                "utf-8"
            ),
            f"{CHART}/styles.xml": _canonical(document.stylesxml()).encode("utf-8"),
        }


def _value_cell(value: Cell) -> str:
    if isinstance(value, str):
        return _cell(value, "civplan-cell")
    return (
        f'<table:table-cell table:style-name="civplan-cell" office:value-type="float" '
        f'office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    )


def _plan_data(table: ReportTable) -> str:
    """The hidden table with the whole plan, for importers (:mod:`civplan.report.embedded`)."""
    rows = "".join(
        f'<table:table-row><table:table-cell office:value-type="string">{encode_text(piece)}'
        "</table:table-cell></table:table-row>"
        for piece in embedded.report_pieces(table)
    )
    return (
        f'<table:table table:name="{embedded.SHEET}" table:style-name="civplan-hidden">'
        f"<table:table-column/>{rows}</table:table>"
    )


def _hidden_table_style() -> str:
    from odf import style

    out = io.StringIO()
    hidden = style.Style(name="civplan-hidden", family="table")
    hidden.addElement(style.TableProperties(display="false"))
    hidden.toXml(2, out)
    for index, units in enumerate(SUMMARY_WIDTHS, start=1):
        column = style.Style(name=f"civplan-sumcol{index}", family="table-column")
        column.addElement(style.TableColumnProperties(columnwidth=f"{units * CM_PER_UNIT:.2f}cm"))
        column.toXml(2, out)
    return out.getvalue()


def _content_around_rows(document: Any) -> tuple[bytes, bytes]:
    """content.xml before and after the table's rows (row styles added to the automatic styles)."""
    content = _canonical(document.contentxml().decode("utf-8"))
    content = content.replace(
        "</office:automatic-styles>",
        _row_styles() + _hidden_table_style() + "</office:automatic-styles>",
        1,
    )
    at = content.index("</table:table>")
    return content[:at].encode("utf-8"), content[at:].encode("utf-8")


def _rows(table: ReportTable) -> Iterator[str]:
    width = len(table.columns)
    text_widths = [int(w * CHARACTERS_PER_UNIT) for w in table.widths]
    total = sum(text_widths)
    covered = "<table:covered-table-cell/>" * (width - 1)
    spanned = f' table:number-columns-spanned="{width}" table:number-rows-spanned="1"'

    for line in table.title_lines:
        yield row(line_count(line, total), _cell(line, "civplan-title", spanned) + covered)
    yield row(1, f'<table:table-cell table:number-columns-repeated="{width}"/>')
    header_lines = max(line_count(c, w) for c, w in zip(table.header, text_widths, strict=True))
    header = "".join(_cell(caption, "civplan-header") for caption in table.header)
    yield "<table:table-header-rows>" + row(header_lines, header) + "</table:table-header-rows>"
    status_at = table.status_column
    for item in table.rows():
        if isinstance(item, MeasureRow):
            lines = max(line_count(c, w) for c, w in zip(item.cells, text_widths, strict=True))
            styles = ["civplan-cell"] * width
            if item.status is not None and status_at is not None:
                styles[status_at] = _status_style(item.status)
            yield row(lines, "".join(_cell(c, s) for c, s in zip(item.cells, styles, strict=True)))
        else:
            yield row(
                line_count(item.text, total),
                _cell(item.text, _section_style(item.level), spanned) + covered,
            )


def row(lines: int, cells: str) -> str:
    """A ``table:table-row`` as tall as ``lines`` lines of text."""
    height = min(max(lines, 1), MAX_LINES)
    return f'<table:table-row table:style-name="civplan-row{height}">{cells}</table:table-row>'


def _section_style(level: int) -> str:
    return f"civplan-section{min(level, len(HEADING_LOOKS))}"


def _status_style(status: Status) -> str:
    return f"civplan-{status.name}"


def _cell(text: str, style_name: str, extra: str = "") -> str:
    return (
        f'<table:table-cell table:style-name="{style_name}" office:value-type="string"{extra}>'
        f"{encode_text(text)}</table:table-cell>"
    )


_SPECIAL = re.compile(r"[&<>\r\t]| {2,}|^ | \Z")


def encode_text(text: str) -> str:
    """``text`` as the paragraphs of a cell, with every character kept.

    Each line is a ``text:p`` (LibreOffice shows no ``text:line-break``
    inside a cell); within a line, tabs become ``<text:tab/>`` and spaces that
    XML would collapse (runs, or a space at either end) ``<text:s/>``, as
    odfpy's teletype writes them.
    """
    if not text:
        return ""
    if "\n" not in text:
        return f"<text:p>{_encode_line(text)}</text:p>"
    return "".join(
        f"<text:p>{_encode_line(line)}</text:p>" if line else "<text:p/>"
        for line in text.split("\n")
    )


def _encode_line(line: str) -> str:
    if not (  # most lines need nothing; plain ``in`` tests find that quicker than _SPECIAL
        "&" in line
        or "<" in line
        or ">" in line
        or "\r" in line
        or "\t" in line
        or "  " in line
        or line[:1] == " "
        or line[-1:] == " "
    ):
        return line
    return _SPECIAL.sub(_encode_match, line)


def _encode_match(match: re.Match[str]) -> str:
    found = match.group()
    if found == "&":
        return "&amp;"
    if found == "<":
        return "&lt;"
    if found == ">":
        return "&gt;"
    if found == "\t":
        return "<text:tab/>"
    if found == "\r":
        return "&#13;"
    if len(found) == 1:  # a single space at the start or the end
        return "<text:s/>"
    if match.start() == 0:  # spaces at the start of a paragraph would be dropped
        return f'<text:s text:c="{len(found)}"/>'
    return f' <text:s text:c="{len(found) - 1}"/>'


def _settings(document: Any, sheet_name: str, table: ReportTable) -> bytes:
    from odf.config import (
        ConfigItem,
        ConfigItemMapEntry,
        ConfigItemMapIndexed,
        ConfigItemMapNamed,
        ConfigItemSet,
    )

    frozen = str(len(table.title_lines) + 2)  # the title lines, a blank row, the header
    sheet = ConfigItemMapEntry(name=sheet_name)
    for name, kind, value in (
        ("VerticalSplitMode", "short", "2"),
        ("VerticalSplitPosition", "int", frozen),
        ("ActiveSplitRange", "short", "2"),
        ("PositionTop", "int", "0"),
        ("PositionBottom", "int", frozen),
    ):
        item = ConfigItem(name=name, type=kind)
        item.addText(value)
        sheet.addElement(item)
    tables = ConfigItemMapNamed(name="Tables")
    tables.addElement(sheet)
    view = ConfigItemMapEntry()
    view_id = ConfigItem(name="ViewId", type="string")
    view_id.addText("view1")
    view.addElement(view_id)
    view.addElement(tables)
    views = ConfigItemMapIndexed(name="Views")
    views.addElement(view)
    view_settings = ConfigItemSet(name="ooo:view-settings")
    view_settings.addElement(views)
    document.settings.addElement(view_settings)
    return _canonical(document.settingsxml()).encode("utf-8")


def _manifest(*, chart: bool) -> bytes:
    from odf import manifest

    root = manifest.Manifest()
    root.addElement(manifest.FileEntry(fullpath="/", mediatype=ODS_MEDIA_TYPE, version="1.2"))
    for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
        root.addElement(manifest.FileEntry(fullpath=part, mediatype="text/xml"))
    if chart:
        root.addElement(manifest.FileEntry(fullpath=f"{CHART}/", mediatype=CHART_MEDIA_TYPE))
        for part in ("content.xml", "styles.xml"):
            root.addElement(manifest.FileEntry(fullpath=f"{CHART}/{part}", mediatype="text/xml"))
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    root.toXml(0, out)
    return _canonical(out.getvalue()).encode("utf-8")
