"""Untrusted documents: crafted archives and XML are refused before they can do harm."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import pytest

import civplan
from civplan import DocumentError
from civplan.importers import ods_exact
from civplan.importers.extent import check_xlsx_extent

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
)
EXTERNAL = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'


def replaced(data: bytes, part: str, new: bytes) -> bytes:
    """An archive like ``data`` with ``part``'s content replaced."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, new if info.filename == part else source.read(info.filename))
    return out.getvalue()


def exported(fmt: str) -> bytes:
    data = civplan.export(civplan.demo_plan(), fmt)
    assert isinstance(data, bytes)
    return data


def refused(data: bytes, fmt: str) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        civplan.load(io.BytesIO(data), fmt)
    return info.value


@pytest.mark.parametrize(
    ("fmt", "part", "body"),
    [
        ("xlsx", "xl/workbook.xml", b"<workbook>&lol9;</workbook>"),
        ("xlsx", "xl/worksheets/sheet1.xml", b"<worksheet>&lol9;</worksheet>"),
        ("ods", "content.xml", b"<office:document-content>&lol9;</office:document-content>"),
    ],
)
def test_entity_bombs_are_refused(fmt: str, part: str, body: bytes) -> None:
    error = refused(replaced(exported(fmt), part, BILLION_LAUGHS + body), fmt)
    assert error.problems == [f"{part}: a DTD (<!DOCTYPE …>), which this format never has: refused"]


def test_external_entities_are_refused_in_word(tmp_path: Path, make_docx) -> None:  # type: ignore[no-untyped-def]
    data = make_docx(civplan.demo_plan()).read_bytes()
    poisoned = replaced(data, "word/document.xml", EXTERNAL + b"<w:document>&secret;</w:document>")
    error = refused(poisoned, "docx")
    assert error.problems[0].startswith("word/document.xml: a DTD")


def test_a_dtd_behind_a_long_comment_is_found() -> None:
    padded = b'<?xml version="1.0"?>\n<!--' + b" " * 200_000 + b"-->\n" + BILLION_LAUGHS[22:]
    error = refused(replaced(exported("xlsx"), "xl/workbook.xml", padded + b"<w/>"), "xlsx")
    assert "a DTD" in error.problems[0]


def test_the_exact_ods_reader_refuses_entities_itself() -> None:
    archive = zipfile.ZipFile(
        io.BytesIO(replaced(exported("ods"), "content.xml", BILLION_LAUGHS + b"<x>&lol9;</x>"))
    )
    with pytest.raises(DocumentError, match="declares a DTD or entities: refused"):
        ods_exact.read_sheets(archive, "bomb.ods")


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (50 * 1024**2))
    assert len(bomb.getvalue()) < 200_000
    error = refused(bomb.getvalue(), "xlsx")
    assert "xl/worksheets/sheet1.xml: unpacks" in error.problems[0]
    assert "refused as a possible zip bomb" in error.problems[0]


def test_too_many_entries_are_refused() -> None:
    crowded = io.BytesIO()
    with zipfile.ZipFile(crowded, "w") as archive:
        for index in range(10_001):
            archive.writestr(f"x/{index}", b"")
    assert "the archive has 10001 entries" in refused(crowded.getvalue(), "ods").problems[0]


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "docx"])
def test_not_an_archive(fmt: str) -> None:
    assert refused(b"just text, not a document", fmt).problems == [
        "not a ZIP-based document (XLSX, ODS or DOCX)"
    ]


def test_a_truncated_spreadsheet_is_a_document_error() -> None:
    error = refused(exported("xlsx")[:5000], "xlsx")
    assert error.problems


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "docx", "odt"])
def test_an_archive_of_a_zip_version_zipfile_cannot_read_is_a_document_error(
    fmt: str, tmp_path: Path
) -> None:
    """An entry that needs ZIP version 6.4 to extract makes zipfile raise NotImplementedError."""
    if fmt == "odt":
        from .layouts import TWO_LEVELS, write

        data = write(TWO_LEVELS, "odt", tmp_path).read_bytes()
    else:
        data = exported(fmt)
    directory = data.rindex(b"PK\x01\x02")  # the last entry of the central directory
    damaged = data[: directory + 6] + (64).to_bytes(2, "little") + data[directory + 8 :]
    with pytest.raises(DocumentError) as error:  # by the importer itself, as plugins call it
        civplan.get_importer(fmt).load(io.BytesIO(damaged), "damaged")
    assert "zip file version 6.4" in error.value.problems[0]


SHEET = "xl/worksheets/sheet1.xml"
MAIN = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
PREFIXED = b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def sheet_of(rows: bytes, *, prefix: bytes = b"") -> bytes:
    """An exported workbook whose first sheet holds only ``rows``."""
    opening = PREFIXED if prefix else MAIN
    body = opening + b"<" + prefix + b"sheetData>" + rows + b"</" + prefix + b"sheetData>"
    return replaced(exported("xlsx"), SHEET, body + b"</" + prefix + b"worksheet>")


@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_cells_and_rows_without_references_count_where_they_fall(prefix: bytes) -> None:
    # each cell without a reference takes the next column, each row the next row
    cells = b"<" + prefix + b"c/>"
    wide = b"<" + prefix + b"row>" + cells * 20_000 + b"</" + prefix + b"row>"
    error = refused(sheet_of(wide, prefix=prefix), "xlsx")
    assert "column 20,000 lies beyond the last cell an XLSX sheet has" in error.problems[0]


@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_a_few_cells_without_references_read(prefix: bytes) -> None:
    row = b"<" + prefix + b"row><" + prefix + b'c t="inlineStr"><' + prefix + b"is><"
    row += prefix + b"t>1.1</" + prefix + b"t></" + prefix + b"is></" + prefix + b"c></"
    row += prefix + b"row>"
    check_xlsx_extent(io.BytesIO(sheet_of(row, prefix=prefix)), "one.xlsx")


@pytest.mark.parametrize(
    ("reference", "problem"),
    [
        (b'r="A1B2"', "a cell reference that is not one: 'A1B2'"),
        (b"ref='D4:'", "its cells span"),
        (b'r = "C1048577"', "row 1,048,577, column 3 lies beyond"),
        (b'ref="A1:$XFE$2"', "column 16,385 lies beyond"),
    ],
)
def test_every_reference_is_checked_however_written(reference: bytes, problem: str) -> None:
    row = b'<row r="1"><c ' + reference + b' t="inlineStr"><is><t>1</t></is></c></row>'
    with civplan.limits(cells=3):
        error = refused(sheet_of(row), "xlsx")
    assert problem in error.problems[0]


def test_a_reference_cut_between_two_chunks_is_read_whole() -> None:
    # the sheet is read in chunks of 1 MiB: a long text puts a reference across the cut
    for padding in range(2**20 - 60, 2**20 - 40):
        text = b"x" * padding
        row = b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + text + b"</t></is></c>"
        row += b'<c r="B1" t="inlineStr"><is><t>2</t></is></c></row>'
        check_xlsx_extent(io.BytesIO(sheet_of(row)), "long.xlsx")


def _png() -> bytes:
    """A real PNG image of one white pixel: a report photographed, at its smallest."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("zvit.png", None, "PNG"),
        ("zvit.pdf", None, "PNG"),  # a photograph saved under a document's name
        ("skan.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG"),
        ("skan.tif", b"II*\x00\x08\x00\x00\x00", "TIFF"),
        ("skan.docx", b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
        ("skan", b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00", "BMP"),
    ],
)
def test_an_image_is_refused_as_one_with_the_way_to_read_it(
    name: str, head: bytes | None, kind: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(_png() if head is None else head + bytes(64))
    with pytest.raises(DocumentError) as raised:
        civplan.load(path)
    assert str(raised.value).splitlines()[1] == (
        f"  - an image ({kind}), not a document with text (a scan?): civplan reads no images; "
        "run OCR first (for example ocrmypdf, or tesseract) and read its result"
    )


def test_two_letters_of_a_bitmap_s_start_are_no_image(tmp_path: Path) -> None:
    path = tmp_path / "dump.bin"
    path.write_bytes(b"BM\x01\x02\x03\x04\x05\x06\x07\x08\xfe\xff")
    with pytest.raises(civplan.UnknownFormatError, match="cannot tell its format"):
        civplan.load(path)


def test_an_opendocument_file_saved_with_a_password_says_so() -> None:
    # as LibreOffice saves it: the manifest names each part's encryption, the parts are
    # ciphertext
    data = exported("ods")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = archive.read("META-INF/manifest.xml").decode()
    entry = '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    assert entry in manifest
    encrypted = entry.replace(
        "/>",
        ' manifest:size="4096"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
        'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="AAAA"/><manifest:key-derivation '
        'manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
        'manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>',
    )
    data = replaced(data, "META-INF/manifest.xml", manifest.replace(entry, encrypted).encode())
    data = replaced(data, "content.xml", bytes(range(256)) * 16)
    with pytest.raises(DocumentError) as error:
        civplan.load(io.BytesIO(data), "ods")
    assert str(error.value).splitlines()[1:] == [
        "  - an OpenDocument file protected by a password: open it with the password and save "
        "a copy without one, then read that"
    ]


def test_a_word_row_widened_by_its_merged_cells_beyond_the_limit_is_refused(
    make_docx,  # type: ignore[no-untyped-def]
) -> None:
    """Cells merged across («gridSpan») count by the columns they cover, not as one each."""
    path = make_docx(civplan.demo_plan())
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml")
    # the first section's row, one cell merged across the table's four columns, made five
    assert body.count(b'<w:gridSpan w:val="4"/>') > 1
    widened = body.replace(b'<w:gridSpan w:val="4"/>', b'<w:gridSpan w:val="5"/>', 1)
    document = replaced(data, "word/document.xml", widened)
    with civplan.limits(columns=4):
        error = refused(document, "docx")
    assert "table 1, row 2: cells in a row: 5 is beyond civplan's limit of 4" in str(error)
    with civplan.limits(columns=5):
        assert civplan.load(io.BytesIO(document), "docx").measures()


def test_a_table_of_many_columns_and_no_measure_is_described_in_a_bounded_error(
    tmp_path: Path,
) -> None:
    """The columns an error lists are the first twenty, and how many more there are."""
    captions = "".join(f"<th>Графа {n}</th>" for n in range(1, 61))
    page = tmp_path / "wide.html"
    page.write_text(
        f"<table><tr><th>№</th><th>Найменування заходу</th>{captions}</tr></table>", "utf-8"
    )
    with pytest.raises(DocumentError) as info:
        civplan.load(page)
    said = str(info.value)
    assert "20 «Графа 18»" in said and "«Графа 19»" not in said
    assert "and 42 more" in said
    assert "table 1: a header row and no row under it; columns 1 «№»: number" in said
    assert len(said) < 2_000


def test_an_odt_cell_repeated_across_counts_as_every_place_it_fills(tmp_path: Path) -> None:
    """«number-columns-repeated» widens a row, and adds cells, as that many cells do."""
    from .layouts import TWO_LEVELS, write

    data = write(TWO_LEVELS, "odt", tmp_path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml")
    at = content.index(b"<table:table-cell") + len(b"<table:table-cell")
    repeated = content[:at] + b' table:number-columns-repeated="40"' + content[at:]
    document = replaced(data, "content.xml", repeated)
    with civplan.limits(columns=30):
        error = refused(document, "odt")
    assert "table 1, row 1: cells in a row: 40 is beyond civplan's limit of 30" in str(error)
    with civplan.limits(cells=60):
        error = refused(document, "odt")
    assert "the tables' cells" in str(error)


def test_a_page_s_table_is_held_to_the_limits_civplan_limits_sets() -> None:
    """A web page's cells and a row's columns, spans counted, against ``civplan.limits``."""
    page = (
        "<p>Звіт про виконання плану заходів на 2025 рік</p>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Стан виконання</th></tr>"
        '<tr><td>1</td><td colspan="8">Провести семінар</td><td>Проведено</td></tr>'
        "<tr><td>2</td><td>Провести нараду</td><td>Проведено</td></tr></table>"
    ).encode()
    with civplan.limits(columns=9):
        error = refused(page, "html")
    assert "table 1, row 2: cells in a row: 10 is beyond civplan's limit of 9" in str(error)
    with civplan.limits(cells=12):
        error = refused(page, "html")
    assert "the page's tables' cells: 13 is beyond civplan's limit of 12" in str(error)
    with civplan.limits(columns=10, cells=20):
        assert civplan.load(io.BytesIO(page), "html").measures()


def test_a_document_of_more_tables_than_the_limit_is_refused(
    make_docx,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """Each table is understood on its own: a document may hold ``civplan.limits(tables=…)``.

    A Word document of a hundred thousand small tables took minutes to refuse.
    """
    from .layouts import TWO_LEVELS, write

    word = make_docx(civplan.demo_plan(), tables=2).read_bytes()
    body = write(TWO_LEVELS, "odt", tmp_path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        content = archive.read("content.xml")
    table = content[content.index(b"<table:table ") : content.index(b"</table:table>") + 14]
    text = replaced(body, "content.xml", content.replace(table, table + table))
    page = (
        "<p>Звіт про виконання плану заходів на 2025 рік</p>"
        + "<table><tr><th>№</th><th>Найменування заходу</th><th>Стан виконання</th></tr>"
        "<tr><td>1</td><td>Провести семінар</td><td>Проведено</td></tr></table>" * 2
    ).encode()
    sheets = exported("ods")  # the report's sheet, its summary's and civplan's own
    workbook = exported("xlsx")  # counted once read, as every format's tables are
    for data, fmt, said in [
        (workbook, "xlsx", "the tables: 2"),
        (word, "docx", "the tables: 2"),
        (text, "odt", "the tables: 2"),
        (page, "html", "the page's tables: 2"),
        (sheets, "ods", "content.xml: its tables: 3"),  # counted a chunk at a time
    ]:
        with civplan.limits(tables=1):
            error = refused(data, fmt)
        assert f"{said} is beyond civplan's limit of 1" in str(error), fmt
        assert "civplan.limits(tables=…)" in str(error)
        with civplan.limits(tables=3), warnings.catch_warnings():
            warnings.simplefilter("ignore", civplan.CivplanWarning)  # the ODT's table twice
            assert civplan.load(io.BytesIO(data), fmt).measures(), fmt


def test_a_word_document_s_cells_are_held_to_the_limit(
    make_docx,  # type: ignore[no-untyped-def]
) -> None:
    """A Word table's cells, merged ones by the places they cover, count against the limit."""
    data = make_docx(civplan.demo_plan()).read_bytes()
    with civplan.limits(cells=40):
        error = refused(data, "docx")
    assert "the tables' cells: 44 is beyond civplan's limit of 40" in str(error)  # a row of 4
    with civplan.limits(cells=1_000):
        assert civplan.load(io.BytesIO(data), "docx").measures()
