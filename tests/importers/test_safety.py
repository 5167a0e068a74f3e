"""Untrusted documents: crafted archives and XML are refused before they can do harm."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import civplan
from civplan import DocumentError
from civplan.importers import ods_exact

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
