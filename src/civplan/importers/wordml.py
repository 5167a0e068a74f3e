"""WordprocessingML: the paragraphs and tables of a DOCX document, read for every importer.

The document part is streamed with lxml — no entities expanded, nothing
fetched, each table row dropped once read — after the archive has been
checked. Paragraphs outside tables are the title (before the first table)
or paragraphs after it; every table continues the report. Cells keep their
paragraphs as lines; a cell merged across columns (``gridSpan``) or down
over rows (``vMerge``) is recorded as merged, so that headings merged across
the table and tasks merged down over their measures are read for what they
are.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import IO, Any

import attrs

from civplan._errors import DocumentError
from civplan._limits import current
from civplan._optional import require
from civplan.importers.document import (
    Block,
    Document,
    Grid,
    Paragraph,
    nested_row,
    shown,
    table_places,
)
from civplan.importers.untrusted_zip import documents_held
from civplan.importers.wordnumbering import Numbering
from civplan.report import embedded
from civplan.report.embedded import Carried

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAIN_PART = "word/document.xml"
_MAIN_TYPE = f'ContentType="{MEDIA_TYPE}.main+xml"'


def _main_part(archive: zipfile.ZipFile) -> str:
    """The name of the document's main part, from its content types (usually word/document.xml)."""
    names = set(archive.namelist())
    if _MAIN_PART in names:
        return _MAIN_PART
    if "[Content_Types].xml" in names:
        types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
        for chunk in types.split("<Override")[1:]:
            if _MAIN_TYPE in chunk and 'PartName="/' in chunk:
                return chunk.split('PartName="/', 1)[1].split('"', 1)[0]
    raise KeyError(_MAIN_PART)


def read_docx(stream: IO[bytes], source: str, *, inside: int = 0) -> Document:
    """The paragraphs and tables of a Word document (a checked, seekable stream).

    ``inside``: how many documents this one is embedded in (a Word document
    as another's part, :class:`_Embedded`).
    """
    etree = require("lxml.etree", extra="docx", package="lxml")
    blocks: list[Block] = []
    with zipfile.ZipFile(stream) as archive:
        try:
            part = _main_part(archive)
        except KeyError:
            if held := documents_held(archive):  # a ZIP archive of documents, the report's too
                raise DocumentError(source, [held]) from None
            raise DocumentError(
                source, ["not a Word document: it has no main document part"]
            ) from None
        with archive.open(part) as xml:
            embedded_part = _Embedded(archive, part, source, inside)
            reader = _Reader(blocks, Numbering.of(archive, source), embedded_part)
            events = etree.iterparse(
                xml,
                events=("start", "end"),
                tag=(_W + "tbl", _W + "tr", _W + "p", _W + "altChunk"),  # the rest: from these
                resolve_entities=False,
                no_network=True,
                load_dtd=False,
                huge_tree=False,
                remove_comments=True,
            )
            try:
                for event, element in events:
                    reader.event(event, element)
            except etree.XMLSyntaxError as error:
                raise DocumentError(source, [f"{part}: not well-formed XML: {error}"]) from None
            except _TooWideError as error:
                where = f"table {reader.tables + 1}, row {len(reader.rows) + 1}: cells in a row"
                raise DocumentError(
                    source, [current().beyond("columns", where, error.cells)]
                ) from None
            except _BeyondError as error:
                raise DocumentError(source, [str(error)]) from None
        carried = _carried(archive, source)
    # civplan's own report: its summary tables after the report are not measures; its text
    # is as the plan holds it, characters that show nothing too
    return Document(
        source=source,
        blocks=blocks if carried is not None else [shown(block) for block in blocks],
        kind="a Word document",
        carried=carried,
        one_table=carried is not None,
        warnings=tuple(reader.warnings),
        lines=tuple(reader.lines or ()),
    )


_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MOST_INSIDE = 2
"""How deep Word documents embedded in Word documents are read."""


class _Embedded:
    """The parts a document embeds whole (``w:altChunk``), for Word to lay out on opening.

    Systems that write Word files put a web page, an archived page or a Word
    document in so: civplan reads each where it stands.
    """

    def __init__(self, archive: zipfile.ZipFile, part: str, source: str, inside: int) -> None:
        self.archive = archive
        self.source = source
        self.inside = inside
        folder, _, name = part.rpartition("/")
        self.folder = folder
        self.relations = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        self.targets: dict[str, str] | None = None

    def read(self, identifier: str) -> tuple[str, Document | None]:
        """The embedded part's name, and what it holds if civplan reads its kind."""
        from civplan.importers.webarchive import is_web_archive, read_web_archive
        from civplan.importers.webpage import looks_like_html, read_html

        target = self._targets().get(identifier)
        if target is None or target not in self.archive.namelist():
            return identifier, None
        data = self.archive.read(target)
        name = target.rsplit("/", 1)[-1]
        if is_web_archive(data[:4096]):
            return name, read_web_archive(data, self.source)
        # a page by its name too: a fragment («<p>…») opens with no tag of a whole page
        if looks_like_html(data[:4096]) or name.lower().endswith((".htm", ".html", ".xhtml")):
            return name, read_html(data, self.source)
        if data.startswith(b"PK\x03\x04") and self.inside < _MOST_INSIDE:
            from civplan.importers.untrusted_zip import check_document

            stream = io.BytesIO(data)
            check_document(stream, self.source)
            return name, read_docx(stream, self.source, inside=self.inside + 1)
        return name, None

    def _targets(self) -> dict[str, str]:
        if self.targets is None:
            self.targets = {}
            if self.relations in self.archive.namelist():
                etree = require("lxml.etree", extra="docx", package="lxml")
                parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
                root = etree.fromstring(self.archive.read(self.relations), parser)
                for relation in root.iter(_RELATIONSHIPS + "Relationship"):
                    target = relation.get("Target", "")
                    if relation.get("TargetMode") == "External" or not target:
                        continue
                    joined = (
                        target.lstrip("/")
                        if target.startswith("/")
                        else (f"{self.folder}/{target}" if self.folder else target)
                    )
                    self.targets[relation.get("Id", "")] = posixpath.normpath(joined)
        return self.targets


def _carried(archive: zipfile.ZipFile, source: str) -> Carried | None:
    """What civplan's own report carries in its custom XML part, if it is one."""
    etree = require("lxml.etree", extra="docx", package="lxml")
    for name in archive.namelist():
        if not name.startswith("customXml/") or "itemProps" in name or not name.endswith(".xml"):
            continue
        with archive.open(name) as part:
            head = part.read(512)
        if embedded.NAMESPACE.encode() not in head:
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            root = etree.fromstring(archive.read(name), parser)
        except etree.XMLSyntaxError as error:
            raise DocumentError(source, [f"{name}: not well-formed XML: {error}"]) from None
        pieces = [element.text or "" for element in root.iter(f"{{{embedded.NAMESPACE}}}piece")]
        return embedded.read_pieces(pieces, source)
    return None


class _TooWideError(Exception):
    def __init__(self, cells: int) -> None:
        super().__init__(cells)
        self.cells = cells


class _BeyondError(Exception):
    """The document's tables or their cells beyond civplan's limits: the message says which."""


class _Reader:
    """Turns the parser's events into paragraphs and grids, keeping only the current row."""

    def __init__(
        self, blocks: list[Block], numbering: Numbering | None, embedded: _Embedded
    ) -> None:
        self.blocks = blocks
        self.numbering = numbering
        self.embedded = embedded
        self.warnings: list[str] = []
        self.depth = 0  # how many tables the parser is inside
        self.rows: list[tuple[str, ...]] = []
        self.spans: dict[int, tuple[int, ...]] = {}
        self.paragraphs = 0
        self.tables = 0
        self.cells = 0  # the tables' cells read, their spans expanded
        self.ignored = 0  # how many tables deep the parser is inside one not read
        self.lines: list[str] | None = []  # every paragraph's text, until a table comes

    def event(self, event: str, element: Any) -> None:
        tag = element.tag
        if self.ignored:  # inside a table Word writes twice, its copy for older readers
            if tag == _W + "tbl":
                self.ignored += 1 if event == "start" else -1
            return
        if tag == _W + "tbl":
            if event == "start" and _within(element, _FALLBACK, None):
                self.ignored = 1  # a text box's table, written again as the fallback
            elif event == "start":
                self.depth += 1
                self.lines = None
            else:
                self.depth -= 1
                if self.depth == 0:
                    self._end_table()
                    element.clear()
        elif event != "end":
            return
        elif tag == _W + "tr" and self.depth == 1:
            if _lays_out(element):  # a table that lays out the page: its tables are the tables
                self._layout_row(element)
            else:
                self._row(element)
            element.getparent().remove(element)  # memory stays flat at any number of rows
        elif tag == _W + "altChunk" and self.depth == 0:
            self._end_table()
            self._chunk(element)
        elif tag == _W + "p" and self.depth == 0 and not _in_text_box(element):
            if _in_summary(element):
                return
            self._paragraph(element)
            if element.getparent() is not None and element.getparent().tag == _W + "body":
                element.clear()

    def _paragraph(self, element: Any) -> None:
        self._paragraph_text(_paragraph_text(element, self.numbering))

    def _paragraph_text(self, text: str) -> None:
        if self.lines is not None:
            self.lines.append(text)
        if text.strip():
            self.paragraphs += 1
            where = f"paragraph {self.paragraphs}"
            if self.tables:
                where += f" after table {self.tables}"
            self.blocks.append(Paragraph(text, where))

    def _chunk(self, element: Any) -> None:
        """A part embedded whole where it stands: its paragraphs and tables, numbered on."""
        name, document = self.embedded.read(element.get(_R + "id", ""))
        if document is None:
            self.warnings.append(
                f"{self.embedded.source}: an embedded part («{name}») of a kind civplan does "
                "not read was left out"
            )
            return
        self.warnings.extend(document.warnings)
        for block in document.blocks:
            if isinstance(block, Grid):
                self._count_table()
                self.paragraphs = 0
                named = f"table {self.tables}"
                self.blocks.append(
                    attrs.evolve(block, name=named, place=table_places(named), row_where=None)
                )
            else:
                self._paragraph_text(block.text)

    def _row(self, row: Any) -> None:
        cells = _cells(row)
        if len(cells) > current().columns:
            raise _TooWideError(len(cells))
        texts: list[str] = []
        spans: list[int] = []
        merged = False
        properties = row.find(_W + "trPr")
        before = _int(properties, "gridBefore") if properties is not None else 0
        widths = [max(1, _int(cell.find(_W + "tcPr"), "gridSpan", 1)) for cell in cells]
        if before + sum(widths) > current().columns:  # cells merged across: the grid's width
            raise _TooWideError(before + sum(widths))
        texts.extend([""] * before)
        spans.extend(range(before))
        for cell, span in zip(cells, widths, strict=True):
            cell_properties = cell.find(_W + "tcPr")
            merge = cell_properties.find(_W + "vMerge") if cell_properties is not None else None
            continued = merge is not None and merge.get(_W + "val", "continue") == "continue"
            start = len(texts)
            texts.append("" if continued else _cell_text(cell, self.numbering))
            texts.extend([""] * (span - 1))
            spans.extend([-1] * span if continued else [start] * span)
            merged = merged or continued or span > 1
        if merged:
            self.spans[len(self.rows)] = tuple(spans)
        self.rows.append(tuple(texts))
        self.cells += len(texts)
        if self.cells > current().cells:
            raise _BeyondError(current().beyond("cells", "the tables' cells", self.cells))

    def _count_table(self) -> None:
        """Count a table against the limit of the tables a document holds."""
        self.tables += 1
        if self.tables > current().tables:
            raise _BeyondError(current().beyond("tables", "the tables", self.tables))

    def _end_table(self) -> None:
        if not self.rows:  # a layout table whose rows were all read as what they hold
            return
        self._count_table()
        self.paragraphs = 0
        name = f"table {self.tables}"
        self.blocks.append(
            Grid(rows=self.rows, name=name, spans=self.spans, place=table_places(name))
        )
        self.rows, self.spans = [], {}

    def _layout_row(self, row: Any) -> None:
        """A row holding tables: its tables are read as tables, its text as paragraphs."""
        self._end_table()  # the rows before it, if any, are a table of their own
        for cell in _cells(row):
            self._layout_content(cell)

    def _layout_content(self, parent: Any) -> None:
        for child in parent:
            if child.tag == _W + "p":
                self._paragraph(child)
            elif child.tag == _W + "tbl":
                for row in _rows(child):
                    if _lays_out(row):
                        self._layout_row(row)
                    else:
                        self._row(row)
                self._end_table()
            elif child.tag in _WRAPPERS:
                self._layout_content(child)


_WRAPPERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml"})


def _lays_out(row: Any) -> bool:
    """Whether a row is one cell holding a table: a page laid out with a table around others.

    A table in a cell of a row of several (a small table in an outcome) is
    that cell's text.
    """
    return row.find(f".//{_W}tbl") is not None and len(_cells(row)) == 1


def _rows(table: Any) -> list[Any]:
    """A table's rows, those a content control wraps included (not a nested table's)."""
    return _children(table, _W + "tr")


def _cells(row: Any) -> list[Any]:
    """A row's cells, those a content control or custom XML wraps included."""
    return _children(row, _W + "tc")


def _children(parent: Any, tag: str) -> list[Any]:
    """The children of ``parent`` with ``tag``, looking inside content controls and custom XML."""
    found = []
    for child in parent:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _WRAPPERS:
            found.extend(_children(child, tag))
    return found


def _int(properties: Any, name: str, default: int = 0) -> int:
    found = properties.find(_W + name) if properties is not None else None
    if found is None:
        return default
    try:
        return min(int(found.get(_W + "val", default)), 1000)
    except ValueError:
        return default


def _in_summary(element: Any) -> bool:
    """Whether a paragraph is in the summary civplan's own Word report adds after its table."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _W + "sdt":
            tag = parent.find(f"{_W}sdtPr/{_W}tag")
            if tag is not None and tag.get(_W + "val") == embedded.SUMMARY_TAG:
                return True
        parent = parent.getparent()
    return False


def _in_text_box(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in (_W + "txbxContent", _W + "tc"):
            return True
        parent = parent.getparent()
    return False


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph_text(paragraph: Any, numbering: Numbering | None) -> str:
    """A paragraph's text, after the number Word draws before it if it is in a numbered list.

    What Word writes twice — a drawing, and again as a fallback for older
    readers (``mc:Fallback``) — is read once. Text a tracked change moved
    elsewhere (``w:moveFrom``) is read where it was moved to, as a deletion
    (``w:delText``) is not read at all; nor is hidden text (``w:vanish``), which Word
    neither shows nor prints.
    """
    parts = []
    nodes = paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen")
    if next(paragraph.iter(_FALLBACK), None) is not None:
        nodes = (node for node in nodes if not _within(node, _FALLBACK, paragraph))
    if next(paragraph.iter(_W + "moveFrom"), None) is not None:
        nodes = (node for node in nodes if not _within(node, _W + "moveFrom", paragraph))
    if next(paragraph.iter(_W + "vanish"), None) is not None:
        nodes = (node for node in nodes if not _hidden(node))
    for node in nodes:
        tag = node.tag
        if tag == _W + "t":
            parts.append(node.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    text = "".join(parts)
    label = numbering.label(paragraph) if numbering is not None else ""
    if label:
        return f"{label} {text}" if text.strip() else label
    return text


def _hidden(node: Any) -> bool:
    """Whether a run's text is hidden (``w:rPr/w:vanish``, not switched off)."""
    run = node.getparent()
    vanish = run.find(f"{_W}rPr/{_W}vanish") if run is not None else None
    return vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false", "off")


def _within(element: Any, tag: str, boundary: Any) -> bool:
    """Whether ``element`` lies inside an element with ``tag`` below ``boundary``."""
    parent = element.getparent()
    while parent is not None and parent is not boundary:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _cell_text(cell: Any, numbering: Numbering | None) -> str:
    """A cell's paragraphs as lines; a table inside it a line per row, its cells apart by «|».

    «Відділ освіти | Проведено курси для 40 вчителів»: what a row of a small
    table in an outcome pairs stays together. A text box's paragraphs are in
    the text of the paragraph that holds it.
    """
    if next(cell.iter(_W + "tbl"), None) is not None:
        return "\n".join(_lines_with_tables(cell, numbering))
    paragraphs = cell.iter(_W + "p")
    if next(cell.iter(_W + "txbxContent"), None) is not None:
        paragraphs = (p for p in paragraphs if not _within(p, _W + "txbxContent", cell))
    return "\n".join(_paragraph_text(p, numbering) for p in paragraphs)


def _lines_with_tables(parent: Any, numbering: Numbering | None) -> Iterator[str]:
    """The lines of a cell that holds a table: its paragraphs, and a line per row of the table."""
    for child in parent:
        if child.tag == _W + "p":
            yield _paragraph_text(child, numbering)
        elif child.tag == _W + "tbl":
            for row in _rows(child):
                yield nested_row(_cell_text(cell, numbering) for cell in _cells(row))
        elif child.tag in _WRAPPERS:
            yield from _lines_with_tables(child, numbering)
