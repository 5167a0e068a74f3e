"""The Word report: read by python-docx and printed by LibreOffice as an office would."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

import civplan
from civplan import ReportOptions, Status

docx = pytest.importorskip("docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def same(text: str) -> str:
    return " ".join(text.split())


WITH_STATUS = ReportOptions(columns=("number", "title", "deadline", "outcome", "status"))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "luhansk-2017.docx"
    civplan.export(civplan.demo_plan(), path, options=WITH_STATUS)
    return path


def test_the_page_is_a4_landscape_with_the_official_margins(report: Path) -> None:
    section = docx.Document(str(report)).sections[0]
    assert section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    margins = [section.left_margin, section.right_margin, section.top_margin, section.bottom_margin]
    assert [round(m.mm) for m in margins] == [30, 10, 20, 20]
    footer = section.footer._element.xml
    assert "PAGE" in footer  # numbered pages


def test_the_table_has_its_header_on_every_page_merged_headings_and_coloured_statuses(
    report: Path,
) -> None:
    document = docx.Document(str(report))
    table = document.tables[0]
    header = table.rows[0]._tr
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    assert [c.text for c in table.rows[0].cells][-1] == "Стан виконання"
    heading = table.rows[1]
    assert len({id(c._tc) for c in heading.cells}) == 1  # merged across the table
    assert heading.cells[0].text.startswith("1. Створення сприятливих умов")
    assert heading.cells[0].paragraphs[0].runs[0].bold
    plan = civplan.demo_plan()
    rows = {
        row.cells[0].text: row for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) > 1
    }
    assert set(rows) == {m.number for m in plan.measures()}
    status_cell = rows["4.2"].cells[-1]
    assert status_cell.text == Status.NOT_DONE.label("uk")
    fill = status_cell._tc.find(f"{W}tcPr/{W}shd").get(f"{W}fill")
    assert fill == "FFC7CE"
    outcome = rows["1.2"].cells[3].text
    assert outcome == plan.measure("1.2").outcome.text  # line breaks kept
    styles = docx.Document(str(report)).styles.element.xml
    assert "Times New Roman" in styles


def test_the_summary_follows_as_word_tables(report: Path) -> None:
    document = docx.Document(str(report))
    body = document.element.body  # the summary is in a content control python-docx looks past
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    assert "Підсумки виконання плану заходів" in texts
    tables = list(body.iter(f"{W}tbl"))
    assert len(tables) >= 4  # the report, statuses, sections, reasons …
    cells = {"".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in tables[1].iter(f"{W}tc")}
    cells |= {"".join(t.text or "" for t in c.iter(f"{W}t")) for c in tables[3].iter(f"{W}tc")}
    assert "12" in cells and "1.1, 4.5" in cells


def test_it_reads_back_and_a_persons_edit_wins(report: Path, tmp_path: Path) -> None:
    plan = civplan.demo_plan()
    assert civplan.load(report) == plan
    document = docx.Document(str(report))
    row = next(r for r in document.tables[0].rows if r.cells[0].text == "2.1")
    row.cells[1].paragraphs[0].runs[0].text = "Новий текст назви заходу"
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    assert civplan.load(edited).measure("2.1").title == "Новий текст назви заходу"


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler is not installed",
)
def test_libreoffice_prints_every_outcome_whole_with_the_header_on_each_page(
    report: Path, tmp_path: Path
) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(report)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "luhansk-2017.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "841.89 x 595.3" in info.stdout  # A4 landscape, in points
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    if importlib.util.find_spec("pdfplumber") is not None:  # read the cells back from the print
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", civplan.CivplanWarning)
            printed = civplan.load(pdf)
        for shown, measure in zip(printed.measures(), civplan.demo_plan().measures(), strict=True):
            assert shown.outcome is not None and measure.outcome is not None
            assert same(shown.outcome.text) == same(measure.outcome.text), measure.number
    summary_at = next(i for i, page in enumerate(pages) if "Підсумки виконання" in page)
    table_pages = pages[: summary_at + 1]  # the table's pages, up to where the summary starts
    assert len(table_pages) >= 2
    assert all("Найменування заходу" in page for page in table_pages)
