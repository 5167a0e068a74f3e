"""A small table inside a report's cell: a line per row, its cells kept together."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable

import docx
import pytest

import civplan

TITLE = "Звіт про виконання плану заходів з підтримки вчителів у 2025 році"
HEADER = ("№", "Найменування заходу", "Строк", "Стан виконання")
MEASURES = (
    ("1", "Курси для вчителів", "ІІ квартал"),
    ("2", "Наставництво для молодих учителів", "ІІІ квартал"),
)
INNER = (("Ліцей № 1", "Призначено 4 наставники"), ("Гімназія села Кути", "Не призначено"))
FIRST_OUTCOME = "Курси пройшли 35 вчителів"
EXPECTED = ["Ліцей № 1 | Призначено 4 наставники", "Гімназія села Кути | Не призначено"]


def _docx() -> io.BytesIO:
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=3, cols=4)
    for column, caption in enumerate(HEADER):
        table.cell(0, column).text = caption
    for row, measure in enumerate(MEASURES, start=1):
        for column, text in enumerate(measure):
            table.cell(row, column).text = text
    table.cell(1, 3).text = FIRST_OUTCOME
    inner = table.cell(2, 3).add_table(rows=2, cols=2)
    for row, cells in enumerate(INNER):
        for column, text in enumerate(cells):
            inner.cell(row, column).text = text
    stream = io.BytesIO()
    document.save(stream)
    stream.seek(0)
    return stream


def _html() -> io.BytesIO:
    def row(cells: tuple[str, ...], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}><p>{c}</p></{tag}>" for c in cells) + "</tr>"

    inner = "<table>" + "".join(row(cells) for cells in INNER) + "</table>"
    page = (
        f"<html><body><h1>{TITLE}</h1><table>{row(HEADER, 'th')}"
        f"{row((*MEASURES[0], FIRST_OUTCOME))}"
        + row(MEASURES[1])[: -len("</tr>")]
        + f"<td>{inner}</td></tr></table></body></html>"
    )
    return io.BytesIO(page.encode())


_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt() -> io.BytesIO:
    def cell(text: str) -> str:
        return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"

    def row(cells: str) -> str:
        return f"<table:table-row>{cells}</table:table-row>"

    inner = "".join(row("".join(cell(t) for t in cells)) for cells in INNER)
    rows = [
        row("".join(cell(t) for t in HEADER)),
        row("".join(cell(t) for t in (*MEASURES[0], FIRST_OUTCOME))),
        row(
            "".join(cell(t) for t in MEASURES[1])
            + f"<table:table-cell><table:table>{inner}</table:table></table:table-cell>"
        ),
    ]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body>'
        f"<office:text><text:p>{TITLE}</text:p><table:table>{''.join(rows)}</table:table>"
        "</office:text></office:body></office:document-content>"
    )
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    stream.seek(0)
    return stream


@pytest.mark.parametrize(
    ("form", "write"),
    [("docx", _docx), ("html", _html), ("odt", _odt)],
    ids=["docx", "html", "odt"],
)
def test_a_table_in_an_outcome_cell_keeps_each_row_together(
    form: str, write: Callable[[], io.BytesIO]
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        plan = civplan.load(write(), form)
    first, second = plan.measures()
    assert first.outcome is not None and first.outcome.text == FIRST_OUTCOME
    assert second.outcome is not None
    assert second.outcome.text.splitlines() == EXPECTED
