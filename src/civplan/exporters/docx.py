"""DOCX: the report as the Word document administrations file.

The document follows the national rules for organisational documents: A4
landscape, margins of 30 mm on the left, 10 mm on the right and 20 mm at the
top and bottom, Times New Roman. The title block is centred and bold; the
table repeats its header row on every page and lets rows break across pages;
headings are merged across the table, in the looks of their level; status
cells are shaded in the colours the spreadsheets use; the pages are
numbered. The summary follows the table as Word tables.

The document body is streamed row by row as WordprocessingML, so memory stays
flat at any size; no third-party library is needed. What the table cannot
show travels in a custom XML part (:mod:`civplan.report.embedded`), so that
civplan reads the document back into the plan it was written from.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from typing import IO
from xml.sax.saxutils import escape

from civplan.exporters.reproducible_zip import STAMP, ReproducibleZipFile
from civplan.model.plan import Plan
from civplan.report import embedded
from civplan.report.form import FONT_NAME, HEADER_FILL, STATUS_COLOURS, heading_look
from civplan.report.options import ReportOptions
from civplan.report.summary import Block, heading, summary_blocks
from civplan.report.table import MeasureRow, ReportTable, report_table

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CUSTOM_NAMESPACE = embedded.NAMESPACE
CUSTOM_PART = "customXml/item1.xml"

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MM = 1440 / 25.4  # twips in a millimetre
PAGE = (16838, 11906)  # A4 landscape, in twips
MARGINS = {"left": 30, "right": 10, "top": 20, "bottom": 20}
"""Page margins in millimetres (ДСТУ 4163: left 30, right 10, top and bottom 20)."""
TABLE_SIZE = 24  # half-points: 12 pt
TITLE_SIZE = 28  # 14 pt
_TEXT_WIDTH = PAGE[0] - round((MARGINS["left"] + MARGINS["right"]) * _MM)


class DocxExporter:
    """DOCX: the report as the Word document administrations file."""

    name = "docx"
    extensions = (".docx",)
    media_type = MEDIA_TYPE
    binary = True
    options_type = ReportOptions

    def export(self, plan: Plan, stream: IO[bytes], options: ReportOptions) -> None:
        """Write the report as a Word document to a binary stream."""
        table = report_table(plan, options)
        pieces = embedded.report_pieces(table)
        with ReproducibleZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("_rels/.rels", _PACKAGE_RELS)
            archive.writestr("docProps/core.xml", _core(plan))
            archive.writestr("docProps/app.xml", _APP)
            archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
            archive.writestr("word/styles.xml", _STYLES)
            archive.writestr("word/settings.xml", _SETTINGS)
            archive.writestr("word/footer1.xml", _FOOTER)
            archive.writestr(CUSTOM_PART, _custom(pieces))
            archive.writestr("customXml/itemProps1.xml", _ITEM_PROPS)
            archive.writestr("customXml/_rels/item1.xml.rels", _ITEM_RELS)
            info = zipfile.ZipInfo("word/document.xml", date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with archive.open(info, "w", force_zip64=True) as raw:
                body = io.BufferedWriter(raw, buffer_size=1 << 18)
                for chunk in _document(table):
                    body.write(chunk.encode("utf-8"))
                body.flush()


def _document(table: ReportTable) -> Iterator[str]:
    """The document part, piece by piece: title, table, summary, page setup."""
    yield (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_W} {_R}><w:body>'
    )
    for line in table.title_lines:
        yield _paragraph(line, bold=True, centre=True, size=TITLE_SIZE)
    yield _paragraph("")
    yield from _report(table)
    if table.options.summary:  # marked, so that reading the report back leaves it out
        yield f'<w:sdt><w:sdtPr><w:tag w:val="{embedded.SUMMARY_TAG}"/></w:sdtPr><w:sdtContent>'
        yield from _summary(table)
        yield "</w:sdtContent></w:sdt>"
    yield _section_properties()
    yield "</w:body></w:document>"


def _report(table: ReportTable) -> Iterator[str]:
    widths = _column_widths(table.widths)
    yield _table_start(widths)
    cells = "".join(
        _cell(text, width, bold=True, fill=HEADER_FILL)
        for text, width in zip(table.header, widths, strict=True)
    )
    yield f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{cells}</w:tr>"
    status_at = table.status_column
    total = sum(widths)
    batch: list[str] = []
    for row in table.rows():
        if isinstance(row, MeasureRow):
            fills: list[str | None] = [None] * len(widths)
            if row.status is not None and status_at is not None:
                fills[status_at] = STATUS_COLOURS[row.status]
            batch.append(
                "<w:tr>"
                + "".join(
                    _cell(text, width, fill=fill)
                    for text, width, fill in zip(row.cells, widths, fills, strict=True)
                )
                + "</w:tr>"
            )
        else:
            look = heading_look(row.level)
            indent = round(look.indent * 2 * _MM)
            batch.append(
                "<w:tr>"
                + _cell(
                    row.text,
                    total,
                    bold=look.bold,
                    italic=look.italic,
                    fill=look.fill,
                    span=len(widths),
                    indent=indent,
                )
                + "</w:tr>"
            )
        if len(batch) >= 512:
            yield "".join(batch)
            batch.clear()
    yield "".join(batch)
    yield "</w:tbl>"


def _summary(table: ReportTable) -> Iterator[str]:
    lang = table.options.lang
    summary = table.summary()
    yield _paragraph("")
    for index, line in enumerate(heading(summary, lang)):
        yield _paragraph(
            line, bold=index == 0, centre=index == 0, size=TITLE_SIZE if index == 0 else None
        )
    for block in summary_blocks(summary, table.plan, lang):
        yield from _summary_block(block)


def _summary_block(block: Block) -> Iterator[str]:
    yield _paragraph("")
    yield _paragraph(block.title, bold=True)
    count = (
        max(len(block.header), *(len(row) for row in block.rows))
        if block.rows
        else len(block.header)
    )
    weights = [1] + [4] + [1] * (count - 2) if count > 2 else [1] * count
    widths = _column_widths(weights)
    yield _table_start(widths)
    header = "".join(
        _cell(str(text), width, bold=True, fill=HEADER_FILL)
        for text, width in zip(block.header, widths, strict=False)
    )
    yield f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{header}</w:tr>"
    for row in block.rows:
        yield (
            "<w:tr>"
            + "".join(
                _cell(_shown(value), width) for value, width in zip(row, widths, strict=False)
            )
            + "</w:tr>"
        )
    yield "</w:tbl>"


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _column_widths(weights: Sequence[int]) -> list[int]:
    """Column widths in twips, by weight, that fill the text width of the page."""
    total = sum(weights) or 1
    widths = [max(400, _TEXT_WIDTH * weight // total) for weight in weights]
    widths[widths.index(max(widths))] += _TEXT_WIDTH - sum(widths)
    return widths


def _table_start(widths: Sequence[int]) -> str:
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f"<w:tblBorders>{borders}</w:tblBorders>"
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )


def _cell(
    text: str,
    width: int,
    *,
    bold: bool = False,
    italic: bool = False,
    fill: str | None = None,
    span: int = 1,
    indent: int = 0,
) -> str:
    properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        properties += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        properties += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    paragraphs = "".join(
        _paragraph(line, bold=bold, italic=italic, size=TABLE_SIZE, indent=indent, compact=True)
        for line in (text.split("\n") if text else [""])
    )
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraphs}</w:tc>"


def _paragraph(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    centre: bool = False,
    size: int | None = None,
    indent: int = 0,
    compact: bool = False,
) -> str:
    spacing = '<w:spacing w:before="0" w:after="0"/>' if compact else ""
    paragraph = spacing + ('<w:jc w:val="center"/>' if centre else "")
    if indent:
        paragraph += f'<w:ind w:left="{indent}"/>'
    run = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if size is not None:
        run += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if not text:
        return f"<w:p><w:pPr>{paragraph}</w:pPr></w:p>"
    pieces = text.split("\t")
    content = "<w:tab/>".join(
        f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in pieces
    )
    return f"<w:p><w:pPr>{paragraph}</w:pPr><w:r><w:rPr>{run}</w:rPr>{content}</w:r></w:p>"


def _section_properties() -> str:
    margins = {side: round(mm * _MM) for side, mm in MARGINS.items()}
    return (
        '<w:sectPr><w:footerReference w:type="default" r:id="rFooter"/>'
        f'<w:pgSz w:w="{PAGE[0]}" w:h="{PAGE[1]}" w:orient="landscape"/>'
        f'<w:pgMar w:top="{margins["top"]}" w:right="{margins["right"]}" w:bottom="{margins["bottom"]}" '
        f'w:left="{margins["left"]}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    )


def _custom(pieces: Sequence[str]) -> str:
    items = "".join(f"<piece>{escape(piece)}</piece>" for piece in pieces)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<civplan xmlns="{CUSTOM_NAMESPACE}">{items}</civplan>'


def _core(plan: Plan) -> str:
    title = escape(" ".join(plan.title.split()))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
        f"{title}</dc:title><dc:creator>civplan</dc:creator></cp:coreProperties>"
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{MEDIA_TYPE}.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)  # fmt: skip
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PACKAGE_REL}">'
    f'<Relationship Id="rDocument" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rApp" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)  # fmt: skip
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PACKAGE_REL}">'
    f'<Relationship Id="rStyles" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rSettings" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rFooter" Type="{_REL}/footer" Target="footer1.xml"/>'
    f'<Relationship Id="rCustom" Type="{_REL}/customXml" Target="../customXml/item1.xml"/>'
    "</Relationships>"
)  # fmt: skip
_ITEM_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PACKAGE_REL}">'
    f'<Relationship Id="rProps" Type="{_REL}/customXmlProps" Target="itemProps1.xml"/>'
    "</Relationships>"
)  # fmt: skip
_ITEM_PROPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<ds:datastoreItem ds:itemID="{6C1A4C2E-3D2B-4F0A-9D5E-0C1A1A2B3C4D}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
    f'<ds:schemaRefs><ds:schemaRef ds:uri="{CUSTOM_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>'
)  # fmt: skip
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>civplan</Application></Properties>"
)  # fmt: skip
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f"<w:styles {_W}><w:docDefaults><w:rPrDefault><w:rPr>"
    f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" w:cs="{FONT_NAME}" w:eastAsia="{FONT_NAME}"/>'
    f'<w:sz w:val="{TABLE_SIZE}"/><w:szCs w:val="{TABLE_SIZE}"/><w:lang w:val="uk-UA"/>'
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>'
    "</w:styles>"
)  # fmt: skip
_SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:settings {_W}><w:defaultTabStop w:val="708"/><w:compat/></w:settings>'
)  # fmt: skip
_FOOTER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:ftr {_W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    "</w:p></w:ftr>"
)  # fmt: skip
