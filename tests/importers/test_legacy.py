"""Legacy .doc, .xls and RTF files, converted by a real LibreOffice."""

from __future__ import annotations

import io
import shutil
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civplan
from civplan import assess
from civplan.importers.word97 import read_word97
from civplan.testing import check_importer

from .layouts import FUNDING, GROUPING, TWO_LEVELS, Layout, libreoffice, write

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


def measures(plan: civplan.Plan) -> list[tuple[str, str]]:
    return [(m.number, m.title) for m in plan.measures()]


@needs_libreoffice
@pytest.mark.parametrize("name", ["report.doc", "report.xml"])
def test_word_s_xml_document_of_2003_reads_like_the_document(name: str, tmp_path: Path) -> None:
    # (not a table with cells merged down: LibreOffice writes this format without the
    # cells a merge covers, which Word writes, and its rows come out shifted)
    modern = write(TWO_LEVELS, "odt", tmp_path)
    saved = libreoffice(modern, "xml:MS Word 2003 XML", tmp_path / "xml")
    assert b"<w:wordDocument" in saved.read_bytes()[:4096]
    path = tmp_path / name
    path.write_bytes(saved.read_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)  # «.xml» names Excel's XML
        assert measures(civplan.load(path)) == measures(civplan.load(modern))


def test_word_s_xml_document_declaring_entities_is_refused_before_any_conversion() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE w:wordDocument [<!ENTITY a "aaaa">]>'
        b'<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">'
        b"<w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:wordDocument>"
    )
    with pytest.raises(civplan.DocumentError, match=r"Word's XML document: a DTD"):
        civplan.load(io.BytesIO(bomb), "doc")


@needs_libreoffice
@pytest.mark.parametrize("layout", [TWO_LEVELS, GROUPING], ids=lambda layout: layout.name)
@pytest.mark.parametrize(("made_from", "legacy"), [("odt", "doc"), ("odt", "rtf"), ("xlsx", "xls")])
def test_a_legacy_document_reads_like_the_modern_one(
    layout: Layout, made_from: str, legacy: str, tmp_path: Path
) -> None:
    modern = write(layout, made_from, tmp_path)
    old = libreoffice(modern, legacy, tmp_path / "old")
    expected = civplan.load(modern)
    assert measures(civplan.load(old)) == measures(expected)
    from_stream = civplan.load(io.BytesIO(old.read_bytes()))  # recognised by what it holds
    assert measures(from_stream) == measures(expected)


@needs_libreoffice
def test_a_doc_that_is_really_rtf_or_a_web_page_reads_as_what_it_is(tmp_path: Path) -> None:
    expected = measures(civplan.load(write(TWO_LEVELS, "odt", tmp_path)))
    rtf = libreoffice(tmp_path / "two-levels.odt", "rtf", tmp_path / "rtf")
    disguised = tmp_path / "report.doc"
    disguised.write_bytes(rtf.read_bytes())
    assert measures(civplan.load(disguised)) == expected
    page = tmp_path / "page.doc"
    page.write_bytes(write(TWO_LEVELS, "html", tmp_path).read_bytes())
    hints = civplan.Hints(year=TWO_LEVELS.year)
    assert measures(civplan.load(page, hints=hints)) == expected


def test_a_docx_under_an_old_name_needs_no_libreoffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renamed = tmp_path / "report.doc"
    renamed.write_bytes(write(TWO_LEVELS, "docx", tmp_path).read_bytes())
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on this PATH
    assert measures(civplan.load(renamed)) == [(e.number, e.title) for e in TWO_LEVELS.measures]


def test_without_libreoffice_the_error_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    legacy = tmp_path / "report.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(civplan.MissingDependencyError, match="LibreOffice"):
        civplan.load(legacy)


@needs_libreoffice
@pytest.mark.filterwarnings("ignore::civplan.CivplanWarning")
def test_the_doc_importer_keeps_the_contract(tmp_path: Path) -> None:
    odt = write(TWO_LEVELS, "odt", tmp_path)
    sample = libreoffice(odt, "doc", tmp_path / "doc").read_bytes()
    check_importer(civplan.get_importer("doc"), sample, max_examples=5)


@needs_libreoffice
@pytest.mark.parametrize("form", ["doc", "html"])
def test_civplan_s_own_report_saved_again_by_libreoffice_reads_like_it(
    form: str, tmp_path: Path
) -> None:
    """Saved as .doc or a web page, the report loses its hidden copy: its table is read."""
    report = tmp_path / "report.docx"
    civplan.export(civplan.demo_plan(), report)
    expected = civplan.load(report)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        again = civplan.load(libreoffice(report, form, tmp_path / form))
    # the summary after the table is civplan's own, no table of measures nor notes
    assert [str(w.message) for w in caught] == []
    assert again.notes == ()

    def read(plan: civplan.Plan) -> list[tuple[str, str, str, str]]:
        assert plan.as_of is not None
        return [
            (
                m.number,
                m.title,
                " ".join(m.deadline.text.split()),
                assess(m, plan.as_of).status.name,
            )
            for m in plan.measures()
        ]

    assert read(again) == read(expected)
    assert [s.title for s in again.sections] == [s.title for s in expected.sections]


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_table_exported_as_text_under_an_old_name_reads_as_text(
    separator: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Export to Excel» that writes CSV or tab-separated text as «.xls»: no LibreOffice needed."""
    rows = [
        ["Звіт про виконання плану заходів за 2025 рік", "", ""],
        ["№", "Захід", "Строк виконання"],
        ["1", "Ремонт даху клубу", "ІІ квартал"],
        ["2", "Навчання старост", "ІІІ квартал"],
    ]
    exported = tmp_path / "export.xls"
    exported.write_bytes("\r\n".join(separator.join(row) for row in rows).encode("windows-1251"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on this PATH
    plan = civplan.load(exported)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Ремонт даху клубу"),
        ("2", "Навчання старост"),
    ]


def _compound(streams: dict[str, bytes]) -> bytes:
    """A compound document (version 3) of ``streams``, each 4,096 bytes or more.

    As Word and Excel store a DOCX or XLSX encrypted with a password: a FAT
    sector, a directory sector, then each stream in its chain of sectors.
    """
    import struct

    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    sectors: list[bytes] = []
    fat = [0xFFFFFFFD, end]  # sector 0 is the FAT, sector 1 the directory
    starts = []
    for data in streams.values():
        padded = data + bytes(-len(data) % 512)
        starts.append(2 + len(sectors))
        fat += [*range(starts[-1] + 1, starts[-1] + len(padded) // 512), end]
        sectors += [padded[at : at + 512] for at in range(0, len(padded), 512)]

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(encoded), kind, 1, free, right, child)
            + bytes(36)
            + struct.pack("<IQ", start, size)
        )

    names = list(streams)
    directory = entry("Root Entry", 5, 1, free, end, 0) + b"".join(
        entry(name, 2, free, at + 2 if at + 1 < len(names) else free, starts[at], len(data))
        for at, (name, data) in enumerate(streams.items())
    )
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<109I", 0, *[free] * 108)
    )
    table = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    return header + table + directory.ljust(512, b"\0") + b"".join(sectors)


@pytest.mark.parametrize("name", ["zvit.docx", "zvit.xlsx", "zvit.doc"])
def test_a_document_encrypted_with_a_password_says_so_without_libreoffice(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what Word and Excel write for a password to open: the package, encrypted, in a stream
    path = tmp_path / name
    path.write_bytes(
        _compound(
            {"EncryptionInfo": b"\x04\x00\x04\x00" + bytes(4092), "EncryptedPackage": bytes(6000)}
        )
    )
    monkeypatch.setenv("PATH", str(tmp_path))  # no LibreOffice is asked
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)  # «its content is doc, not …»
        with pytest.raises(civplan.DocumentError) as error:
            civplan.load(path)
    assert str(error.value).splitlines()[1:] == [
        "  - a Word or Excel document protected by a password: open it with the password and "
        "save a copy without one, then read that"
    ]


@needs_libreoffice
@pytest.mark.parametrize("layout", [TWO_LEVELS, FUNDING, GROUPING], ids=lambda layout: layout.name)
def test_a_doc_that_ends_with_its_table_reads_the_file_s_own_marks(
    layout: Layout, tmp_path: Path
) -> None:
    """LibreOffice saves a DOCX that ends with its table as a .doc it then reads no table from:
    the file's own cell and row marks are read (before: «no table in a Word document»)."""
    modern = write(layout, "docx", tmp_path)  # python-docx: nothing after the table
    old = libreoffice(modern, "doc", tmp_path / "old")
    with pytest.warns(civplan.CivplanWarning, match="LibreOffice read no table from it"):
        plan = civplan.load(old)
    expected = civplan.load(modern)

    def read(plan: civplan.Plan) -> list[tuple[object, ...]]:
        return [
            (m.number, m.title, m.deadline.text, m.outcome, m.responsible, m.funding)
            for m in plan.measures()
        ]

    assert read(plan) == read(expected)
    assert [s.title for s in plan.sections] == [s.title for s in expected.sections]
    assert plan.title == expected.title


@needs_libreoffice
def test_a_doc_s_own_table_beyond_the_limits_is_refused(tmp_path: Path) -> None:
    old = libreoffice(write(TWO_LEVELS, "docx", tmp_path), "doc", tmp_path / "old")
    with civplan.limits(columns=2), pytest.raises(civplan.DocumentError, match="cells in a row"):
        civplan.load(old)


@needs_libreoffice
def test_a_damaged_doc_s_own_marks_give_way_to_what_libreoffice_read(tmp_path: Path) -> None:
    """The file's own marks are read only as a fallback: any damage leaves LibreOffice's
    reading (``None``), never another error than the limits'."""
    data = libreoffice(write(TWO_LEVELS, "docx", tmp_path), "doc", tmp_path / "old").read_bytes()
    assert read_word97(data, "report.doc") is not None

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), max_size=40))
    def damaged(changes: list[tuple[int, int]]) -> None:
        broken = bytearray(data)
        for at, value in changes:
            broken[at] = value
        refused = ""
        try:
            blocks = read_word97(bytes(broken), "report.doc")
        except civplan.DocumentError as error:
            refused, blocks = str(error), None
        assert not refused or "beyond civplan's limit" in refused
        assert blocks is None or isinstance(blocks, list)

    damaged()


def test_a_doc_whose_directory_gives_a_stream_larger_than_the_file_is_not_read() -> None:
    """A damaged directory gave the table stream 605 MB, its sectors followed round: 1.3 GB
    and seconds, before such a stream was refused unread."""
    import tracemalloc

    data = (Path(__file__).parents[1] / "data/hostile/doc-stream-larger-than-file.doc").read_bytes()
    tracemalloc.start()
    try:
        assert read_word97(data, "report.doc") is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 2**20


@needs_libreoffice
def test_without_libreoffice_a_doc_s_tables_are_read_from_its_own_marks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice makes the .doc; a machine without it reads its tables from the file's own
    marks, with a warning that says so (before: an error asking to install LibreOffice)."""
    modern = write(FUNDING, "odt", tmp_path)  # a paragraph after the table, as Word writes
    old = libreoffice(modern, "doc", tmp_path / "old")
    expected = civplan.load(modern)
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on this PATH
    with pytest.warns(civplan.CivplanWarning, match="LibreOffice is not installed; its tables"):
        plan = civplan.load(old)
    assert [(m.number, m.title, m.funding) for m in plan.measures()] == [
        (m.number, m.title, m.funding) for m in expected.measures()
    ]
    assert plan.title == expected.title


def test_a_doc_s_rows_bounded_each_at_other_places_are_held_to_the_limit_of_columns() -> None:
    """Each row spreads over the columns all rows' boundaries make: their count is checked.

    Ten rows of two cells each, the boundary between them at another place in each row,
    make a grid eleven columns wide; built from crafted row definitions (a count of cells,
    their boundaries in twips, then 20 bytes a cell), as a hostile file would hold them.
    """
    import struct

    from civplan.importers.word97 import _grid

    def row(middle: int) -> tuple[list[str], bytes]:
        definition = b"\0\0\x02" + struct.pack("<3h", 0, middle, 9000) + b"\0" * 40
        return ["1", "Провести семінар"], definition

    rows = [row(1000 + 300 * n) for n in range(10)]
    with civplan.limits(columns=20):
        assert len(_grid(rows, 1, "crafted.doc").rows[0]) == 11
    with civplan.limits(columns=10), pytest.raises(civplan.DocumentError) as error:
        _grid(rows, 1, "crafted.doc")
    assert "table 1: columns by its cells' boundaries: 11 is beyond" in str(error.value)
    with civplan.limits(cells=100), pytest.raises(civplan.DocumentError) as error:
        _grid(rows, 1, "crafted.doc")
    assert "table 1: its rows laid out in its columns: 110 is beyond" in str(error.value)
