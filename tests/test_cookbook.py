"""The cookbook scripts in examples/ run as a user runs them, and write what they say."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from odf.namespaces import TABLENS
from odf.opendocument import load as load_ods
from odf.table import Table, TableCell, TableRow

import civplan

EXAMPLES = Path(__file__).parents[1] / "examples"


def run(script: str, *args: Path) -> str:
    """Run an example script in a fresh interpreter; its standard output."""
    done = subprocess.run(
        [sys.executable, "-W", "error", str(EXAMPLES / script), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def column(path: Path, header: str) -> list[object]:
    """The values under ``header`` in the first sheet of an XLSX report."""
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if header in row)
    index = rows[at].index(header)
    return [row[index] for row in rows[at + 1 :] if row[index] is not None]


def test_build_a_plan(tmp_path: Path) -> None:
    out = run("build_a_plan.py", tmp_path)
    assert "1.2   до 1 березня     2025-01-01 – 2025-03-01" in out
    plan = civplan.load(tmp_path / "city-plan-2025.yaml")
    assert plan.measure("2.1").responsible == (
        "Відділ внутрішньої політики",
        "Фінансове управління",
    )
    assert column(tmp_path / "city-plan-2025.xlsx", "Відповідальні виконавці") == [
        "Фінансове управління",
        "Відділ внутрішньої політики",
        "Відділ внутрішньої політики\nФінансове управління",
        "Управління освіти",
    ]


def test_merge_reports(tmp_path: Path) -> None:
    out = run("merge_reports.py", tmp_path)
    assert "4.2 — Департамент масових комунікацій, Управління молоді та спорту" in out
    assert "nobody reported: 6.3" in out
    merged = civplan.load(tmp_path / "merged.yaml")
    assert merged.measure("6.3").outcome is None
    assert merged.measure("4.2").outcome is not None
    assert merged.measure("4.2").outcome.text.startswith("Департамент масових комунікацій: ")
    assert civplan.load(tmp_path / "merged.xlsx") == merged


def test_quarterly_report(tmp_path: Path) -> None:
    out = run("quarterly_report.py", tmp_path)
    assert "4.2   'ІV квартал'           термін не настав" in out
    document = load_ods(str(tmp_path / "q2-2017.ods"))
    table = document.spreadsheet.getElementsByType(Table)[0]
    texts = [
        [str(cell) for cell in row.getElementsByType(TableCell)]
        for row in table.getElementsByType(TableRow)
    ]
    header = next(row for row in texts if "Стан виконання" in row)
    status = header.index("Стан виконання")
    row_42 = next(row for row in texts if row and row[0] == "4.2")
    assert row_42[status] == "термін не настав"
    assert table.getAttrNS(TABLENS, "name") == "Звіт"


def test_custom_columns(tmp_path: Path) -> None:
    out = run("custom_columns.py", tmp_path)
    assert "│ No.   │ Measure" in out
    sheet = openpyxl.load_workbook(tmp_path / "for-partners.xlsx").worksheets[0]
    header = next(row for row in sheet.iter_rows(values_only=True) if "Measure" in row)
    assert header[:4] == ("No.", "Measure", "Status", "Outcome")
    assert column(tmp_path / "for-partners.xlsx", "Status").count("done") == 12


def test_overdue_measures(tmp_path: Path) -> None:
    out = run("overdue_measures.py", tmp_path)
    numbers = [line.split()[0] for line in out.splitlines()]
    assert numbers == ["4.3", "4.4", "4.5", "5.1", "5.2", "6.1", "6.2", "6.3"]
    shown = column(tmp_path / "overdue.xlsx", "№\nз/п")
    assert [n for n in shown if isinstance(n, str) and re.fullmatch(r"\d+\.\d+", n)] == numbers
    assert set(column(tmp_path / "overdue.xlsx", "Стан виконання")) == {"прострочено"}


def test_summary_for_the_head(tmp_path: Path) -> None:
    out = run("summary_for_the_head.py", tmp_path)
    assert (tmp_path / "note-for-the-head.txt").read_text(encoding="utf-8") == out[:-1]
    assert "Рівень виконання: 90,0 %." in out
    assert "    4.5 — у зв’язку з відсутністю фінансування" in out
    assert "  5.2: 29-30 березня, 19 квітня 2017 року, 22-23 травня" in out


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_every_script_has_a_test_and_says_how_to_run_it(script: str) -> None:
    assert f"test_{script.removesuffix('.py')}" in Path(__file__).read_text(encoding="utf-8")
    assert f"python examples/{script}" in (EXAMPLES / script).read_text(encoding="utf-8")


def test_statuses_in_pandas(tmp_path: Path) -> None:
    import pandas

    out = run("statuses_in_pandas.py", tmp_path)
    assert re.search(r"^4\.\s+3\s+1\s+1$", out, re.MULTILINE)  # section 4: done, partly, not done
    assert "to check: 0" in out
    frame = pandas.read_csv(tmp_path / "measures.csv", dtype=str)
    assert list(frame["number"]) == [m.number for m in civplan.demo_plan().measures()]
    assert frame.loc[frame["number"] == "4.2", "status"].item() == "NOT_DONE"
