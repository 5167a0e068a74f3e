"""Building Word documents for the importer tests, with python-docx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import civplan

HEADER = ("№\nз/п", "Найменування заходу", "Строк виконання", "Результат виконання")
MakeDocx = Callable[..., Path]


def _repeat_as_header(row: docx.table._Row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


@pytest.fixture
def make_docx(tmp_path: Path) -> MakeDocx:
    """Write a plan as a Word report: title paragraphs, then its table(s).

    Section rows are merged across the table; ``tables=2`` splits the plan
    after its first section, repeating the header row as a second table
    would; ``dots`` writes section numbers as «1.», else as «1».
    """

    def make(
        plan: civplan.Plan, name: str = "report.docx", *, tables: int = 1, dots: bool = False
    ) -> Path:
        document = docx.Document()
        for line in plan.title.splitlines():
            document.add_paragraph(line)
        groups = [plan.sections[:1], plan.sections[1:]] if tables == 2 else [plan.sections]
        for group in groups:
            table = document.add_table(rows=1, cols=4)
            _repeat_as_header(table.rows[0])
            for cell, caption in zip(table.rows[0].cells, HEADER, strict=True):
                cell.text = caption
            for section in group:
                if section.title is not None and section.number is not None:
                    row = table.add_row()
                    merged = row.cells[0].merge(row.cells[3])
                    number = section.number.rstrip(".")
                    title = section.title
                    merged.text = f"{number}. {title}" if dots else f"{number} {title}"
                for measure in section.measures:
                    cells = table.add_row().cells
                    cells[0].text = measure.number
                    cells[1].text = measure.title
                    cells[2].text = measure.deadline.text
                    cells[3].text = measure.outcome.text if measure.outcome else ""
            document.add_paragraph("")
        path = tmp_path / name
        document.save(path)
        return path

    return make
