"""LibreOffice, the real client of civplan's XLSX and ODS, opens and prints them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import civplan
from civplan import ReportOptions

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def to_pdf(source: Path, out: Path) -> Path:
    profile = out / "profile"  # a private profile, so parallel runs never share one
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = out / (source.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice made no PDF of {source.name}"
    return pdf


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_sizes(pdf: Path) -> set[tuple[int, int]]:
    """Each page's width and height in millimetres."""
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    return {(round(float(w) / 72 * 25.4), round(float(h) / 72 * 25.4)) for w, h in sizes}


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_libreoffice_prints_the_report_on_a4_landscape(fmt: str, tmp_path: Path) -> None:
    source = tmp_path / f"report.{fmt}"
    options = ReportOptions(columns=("number", "title", "deadline", "outcome", "status"))
    civplan.export(civplan.demo_plan(), fmt, source, options=options)
    pdf = to_pdf(source, tmp_path)
    text = pdf_text(pdf)
    for expected in (
        "ЗВІТ ПРО ВИКОНАННЯ ПЛАНУ ЗАХОДІВ",
        "Результат виконання",
        "виконано частково",
    ):
        assert expected in text
    for measure in civplan.demo_plan().measures():
        assert measure.number in text
    # the header row is repeated on every printed page of the report, the summary follows
    printed = [page for page in text.split("\f") if page.strip()]
    first_summary = next(i for i, page in enumerate(printed) if "Підсумки виконання плану" in page)
    assert first_summary >= 2
    assert all("Найменування заходу" in page for page in printed[:first_summary])
    assert "Стан виконання заходів" in printed[first_summary]
    assert page_sizes(pdf) == {(297, 210)}  # A4 landscape, every page


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_every_line_of_a_long_cell_is_printed(fmt: str, tmp_path: Path) -> None:
    """Row heights are set from the wrapped text, so LibreOffice shows every line."""
    source = tmp_path / f"report.{fmt}"
    civplan.export(civplan.demo_plan(), fmt, source)
    text = " ".join(pdf_text(to_pdf(source, tmp_path)).split())
    # the last words of the longest outcomes, which a short row would hide
    for ending in ("перенесено на 2018 рік", "процесі децентралізації»", "на постійній основі"):
        assert ending in text
