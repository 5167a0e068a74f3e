"""Numbers Writer draws from a numbered list, read as the document shows them."""

from __future__ import annotations

import io
import shutil
import warnings
import zipfile
from pathlib import Path

import docx
import pytest

import civplan

from .layouts import libreoffice

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:xml="http://www.w3.org/XML/1998/namespace"'
)
# a named style in styles.xml, as Writer keeps «Нумерація 123» or a Word document's lists
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<text:list-style style:name="Numbers">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
  <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"
    text:display-levels="2"/>
</text:list-style>
</office:styles></office:document-styles>"""
# an automatic style in content.xml: letters with a bracket, and bullets
AUTOMATIC = """<office:automatic-styles>
<text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="а"/>
</text:list-style>
<text:list-style style:name="L2">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
</text:list-style>
</office:automatic-styles>"""


def _odt(body: str) -> io.BytesIO:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{AUTOMATIC}'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", STYLES)
    stream.seek(0)
    return stream


def _cell(text: str) -> str:
    return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"


def _numbered(style: str, item: str = "<text:p/>", attributes: str = "") -> str:
    """A cell numbered by a list of ``style``; a list of one item, as Writer writes each cell."""
    return (
        f'<table:table-cell><text:list text:style-name="{style}" {attributes}>'
        f"<text:list-item>{item}</text:list-item></text:list></table:table-cell>"
    )


def _table(rows: list[str]) -> str:
    header = _cell("№ з/п") + _cell("Найменування заходу") + _cell("Строк виконання")
    body = "".join(f"<table:table-row>{row}</table:table-row>" for row in [header, *rows])
    return (
        "<text:p>План заходів з цифровізації громади на 2025 рік</text:p>"
        f'<table:table table:name="Таблиця1">{body}</table:table>'
    )


def _load(body: str) -> civplan.Plan:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no measure numbered by its position
        return civplan.load(_odt(body), "odt")


def test_a_number_column_numbered_by_a_list_continued_from_cell_to_cell() -> None:
    cont = 'text:continue-numbering="true"'
    rows = [
        _numbered("Numbers") + _cell("Проведення навчань") + _cell("І квартал"),
        _numbered("Numbers", attributes=cont) + _cell("Оновлення стендів") + _cell("ІІ квартал"),
        _numbered("Numbers", attributes=cont) + _cell("Створення реєстру") + _cell("ІІІ квартал"),
    ]
    plan = _load(_table(rows))
    assert [m.number for m in plan.measures()] == ["1.", "2.", "3."]
    assert plan.measure("2").title == "Оновлення стендів"


def test_levels_restart_and_show_the_levels_above() -> None:
    def second_level(attributes: str) -> str:  # an item holding only a deeper list has no number
        deeper = "<text:list><text:list-item><text:p/></text:list-item></text:list>"
        return _numbered("Numbers", deeper, attributes)

    cont = 'text:continue-numbering="true"'
    rows = [
        _numbered("Numbers") + _cell("Освіта") + _cell(""),
        second_level(cont) + _cell("Навчання вчителів") + _cell("І квартал"),
        second_level(cont) + _cell("Оновлення бібліотек") + _cell("ІІ квартал"),
        _numbered("Numbers", attributes=cont) + _cell("Культура") + _cell(""),
        second_level(cont) + _cell("Фестиваль") + _cell("серпень"),
    ]
    plan = _load(_table(rows))
    assert [m.number for m in plan.measures()] == ["1.1.", "1.2.", "2.1."]
    assert [s.title for s in plan.sections] == ["Освіта", "Культура"]


def test_a_list_starts_anew_unless_it_continues_and_an_item_may_set_its_count() -> None:
    rows = [
        _numbered("Numbers") + _cell("Перший") + _cell("І квартал"),
        _numbered("Numbers", "<text:p/>", 'xml:id="a1"') + _cell("Другий") + _cell("І квартал"),
        _numbered("Numbers", attributes='text:continue-list="a1"') + _cell("Третій") + _cell("ІІ"),
    ]
    # a list that neither continues nor restarts is a list of its own: it begins at 1 again
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(_odt(_table(rows)), "odt")
    assert [m.number for m in plan.measures()] == ["1.", "1.", "2."]
    assert any("repeated" in str(w.message) for w in caught)
    item = '<text:list-item text:start-value="7"><text:p>Сьомий пункт</text:p></text:list-item>'
    body = _table([_numbered("Numbers") + _cell("Захід") + _cell("І квартал")])
    with pytest.warns(civplan.CivplanWarning, match="kept as notes"):
        after = civplan.load(
            _odt(f'{body}<text:list text:style-name="Numbers">{item}</text:list>'), "odt"
        )
    assert after.notes == ("paragraph 1 after table 1: 7. Сьомий пункт",)


def test_letters_with_a_bracket_and_bullets_without_a_number() -> None:
    items = (
        '<text:list text:style-name="L1">'
        "<text:list-item><text:p>для старост</text:p></text:list-item>"
        "<text:list-item><text:p>для депутатів</text:p></text:list-item></text:list>"
        '<text:list text:style-name="L2"><text:list-item><text:p>маркер</text:p>'
        "</text:list-item></text:list>"
    )
    rows = [_cell("1.") + f"<table:table-cell>{items}</table:table-cell>" + _cell("І квартал")]
    plan = _load(_table(rows))
    assert plan.measure("1").title == "а) для старост\nб) для депутатів\nмаркер"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_document_s_numbered_column_saved_by_writer(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("План заходів з цифровізації громади на 2025 рік")
    rows = [("Проведення навчань", "І квартал"), ("Оновлення стендів", "ІІ квартал")]
    table = document.add_table(rows=len(rows) + 1, cols=3)
    for column, caption in enumerate(("№ з/п", "Найменування заходу", "Строк виконання")):
        table.cell(0, column).text = caption
    for row, (title, term) in enumerate(rows, start=1):
        table.cell(row, 0).paragraphs[0].style = "List Number"
        table.cell(row, 1).text = title
        table.cell(row, 2).text = term
    path = tmp_path / "plan.docx"
    document.save(str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plan = civplan.load(libreoffice(path, "odt", tmp_path))
    assert [m.number for m in plan.measures()] == ["1.", "2."]
