"""Word documents: the seed's table, several tables, merged rows, and what cannot be placed."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

import civplan
from civplan import CivplanWarning, DocumentError

from .layouts import tables_of_sections


def test_the_seed_as_a_word_table_equals_the_bundled_example(make_docx) -> None:  # type: ignore[no-untyped-def]
    seed = civplan.demo_plan()
    plan = civplan.load(make_docx(seed))
    assert plan.title == seed.title
    assert (plan.year, plan.territory) == (2017, "Луганська область")
    assert [(s.key, s.title) for s in plan.sections] == [(s.key, s.title) for s in seed.sections]
    assert list(plan.measures()) == list(seed.measures())


def test_several_tables_and_a_repeated_header(make_docx) -> None:  # type: ignore[no-untyped-def]
    plan = civplan.load(make_docx(civplan.demo_plan(), tables=2, dots=True))
    assert len(list(plan.measures())) == 15
    assert plan.notes == ()


def test_paragraphs_after_the_tables_become_notes(tmp_path: Path, make_docx) -> None:  # type: ignore[no-untyped-def]
    path = make_docx(civplan.demo_plan())
    document = docx.Document(str(path))
    document.add_paragraph("Звіт погоджено на засіданні колегії")
    document.add_paragraph("Директор департаменту        П. Петренко")
    document.save(str(path))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(path)
    assert plan.notes == (
        "paragraph 1 after table 1: Звіт погоджено на засіданні колегії",
        "paragraph 2 after table 1: Директор департаменту        П. Петренко",
    )
    # a remark is unexpected there and said so; a signature is where documents sign
    told = " ".join(str(w.message) for w in caught)
    assert "could not place: paragraph 1 after table 1: Звіт погоджено" in told
    assert "Петренко" not in told


def test_a_table_of_figures_under_the_title_is_kept_as_notes_not_as_the_title(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_paragraph("ЗАТВЕРДЖЕНО")  # a stamp above the title stays the preamble
    document.add_paragraph("Звіт про виконання плану заходів з цифровізації за 2025 рік")
    document.add_paragraph("Основні показники")  # the caption of the figures: a note too
    figures = document.add_table(rows=3, cols=2)
    for row, pair in zip(figures.rows, [("Показник", "Значення"), ("Усього заходів", "2"),
                                        ("Виконано", "1")], strict=True):  # fmt: skip
        row.cells[0].text, row.cells[1].text = pair
    document.add_paragraph("Детальна інформація")
    report = document.add_table(rows=3, cols=4)
    for row, cells in zip(
        report.rows,
        [
            ("№", "Захід", "Строк", "Стан виконання"),
            ("1", "Запровадити документообіг", "ІІ квартал", "Запроваджено"),
            ("2", "Оновити техніку ЦНАП", "ІІІ квартал", "Не виконано"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "figures.docx"
    document.save(str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivplanWarning)
        plan = civplan.load(path)
    assert plan.title == "Звіт про виконання плану заходів з цифровізації за 2025 рік"
    assert [m.number for m in plan.measures()] == ["1", "2"]
    assert plan.notes[:4] == (
        "above table 1: Основні показники",
        "table 1, row 1: Показник | Значення",
        "table 1, row 2: Усього заходів | 2",
        "table 1, row 3: Виконано | 1",
    )
    assert "paragraph 1 after table 1: Детальна інформація" in plan.notes


def test_a_signature_set_as_a_table_under_the_report_is_a_note(make_docx) -> None:  # type: ignore[no-untyped-def]
    path = make_docx(civplan.demo_plan())
    document = docx.Document(str(path))
    signature = document.add_table(rows=1, cols=2)  # position and name, side by side
    signature.cell(0, 0).text = "Директор департаменту"
    signature.cell(0, 1).text = "Павло ПЕТРЕНКО"
    document.save(str(path))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(path)
    assert [m.number for m in plan.measures()] == [m.number for m in civplan.demo_plan().measures()]
    assert plan.notes == (
        "table 2, row 1: Директор департаменту",
        "table 2, row 1: Павло ПЕТРЕНКО",
    )
    told = " ".join(str(w.message) for w in caught)
    assert "could not place" not in told and "read by their cells" not in told  # it signs


def test_problems_name_the_table_row_and_cell(make_docx) -> None:  # type: ignore[no-untyped-def]
    path = make_docx(civplan.demo_plan())
    document = docx.Document(str(path))
    table = document.tables[0]
    table.rows[5].cells[0].text = "3.9"  # the row of measure 2.1, in section 2
    document.save(str(path))
    with pytest.warns(CivplanWarning) as caught:
        plan = civplan.load(path)
    messages = " ".join(str(w.message) for w in caught)
    assert "table 1, row 6: measure 3.9 stands under heading 2" in messages
    assert "out of order: 2.2 after 3.9" in messages
    assert plan.measure("3.9").title == civplan.demo_plan().measure("2.1").title


def test_a_document_without_a_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Лист без таблиці")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    with pytest.raises(DocumentError, match="no table in a Word document"):
        civplan.load(path)


def one_measure() -> tuple[Any, Any]:
    """A Word document with a title and a table of one measure, and that table."""
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів у 2025 році")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["№", "Найменування заходу", "Строк"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "Толока в парку", "квітень"], strict=True):
        cell.text = text
    return document, table


def test_cells_in_content_controls_and_tracked_changes_read_as_shown(tmp_path: Path) -> None:
    """Template documents wrap cells in content controls; edited ones keep tracked changes."""
    document, table = one_measure()
    row = table.rows[1]._tr
    title_cell = row.findall(qn("w:tc"))[1]
    control = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    title_cell.addprevious(control)
    control[1].append(title_cell)  # the title cell inside a content control
    deadline_run = row.findall(qn("w:tc"))[1].find(f"{qn('w:p')}/{qn('w:r')}")
    changes = parse_xml(
        f'<w:p {nsdecls("w")}><w:del w:id="1" w:author="a"><w:r><w:delText>березень</w:delText>'
        '</w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>травень</w:t></w:r></w:ins></w:p>'
    )
    deadline_run.getparent().addnext(changes)
    deadline_run.getparent().getparent().remove(deadline_run.getparent())
    path = tmp_path / "controls.docx"
    document.save(str(path))
    plan = civplan.load(path)
    measure = plan.measure("1")
    assert measure.title == "Толока в парку"
    assert measure.deadline.text == "травень"


def test_text_a_tracked_change_moved_is_read_where_it_went(tmp_path: Path) -> None:
    document, table = one_measure()
    title = table.rows[1].cells[1].paragraphs[0]._p
    title.append(
        parse_xml(
            f'<w:moveFrom {nsdecls("w")} w:id="3" w:author="a"><w:r><w:t> біля школи</w:t>'
            "</w:r></w:moveFrom>"
        )
    )
    title.addnext(
        parse_xml(
            f'<w:p {nsdecls("w")}><w:moveTo w:id="4" w:author="a"><w:r><w:t>(біля школи)</w:t>'
            '</w:r></w:moveTo><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships"><w:r><w:t> за участі ОСББ</w:t></w:r>'
            "</w:hyperlink></w:p>"
        )
    )
    path = tmp_path / "moved.docx"
    document.save(str(path))
    assert civplan.load(path).measure("1").title == "Толока в парку\n(біля школи) за участі ОСББ"


def test_hidden_text_is_not_read(tmp_path: Path) -> None:
    """Hidden text (a template's note to whoever fills it in) is neither shown nor read."""
    document, table = one_measure()
    title = table.rows[1].cells[1].paragraphs[0]._p
    title.append(
        parse_xml(
            f"<w:r {nsdecls('w')}><w:rPr><w:vanish/></w:rPr><w:t> (заповнює відділ)</w:t></w:r>"
        )
    )
    title.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> у травні</w:t></w:r>'
        )
    )
    path = tmp_path / "hidden.docx"
    document.save(str(path))
    assert civplan.load(path).measure("1").title == "Толока в парку у травні"


def test_a_text_box_drawn_twice_for_old_readers_is_read_once(tmp_path: Path) -> None:
    """Word writes a text box as a drawing and again as a fallback for older readers."""
    document, _table = one_measure()
    title = document.paragraphs[0]
    box = (
        '<w:r {0}><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
        'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        "<w:p><w:r><w:t> (проєкт)</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t> (проєкт)</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    title._p.append(parse_xml(box.format(nsdecls("w"))))
    path = tmp_path / "box.docx"
    document.save(str(path))
    assert civplan.load(path).title == "Звіт про виконання плану заходів у 2025 році (проєкт)"


def test_a_text_box_in_a_cell_is_read_once_in_its_paragraph(tmp_path: Path) -> None:
    document, table = one_measure()
    anchor = table.rows[1].cells[1].paragraphs[0]._p
    anchor.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.'
            'org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
            "<w:p><w:r><w:t> біля ставка</w:t></w:r></w:p></w:txbxContent></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t> біля ставка</w:t>"
            "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    path = tmp_path / "cell-box.docx"
    document.save(str(path))
    assert civplan.load(path).measure("1").title == "Толока в парку біля ставка"


def test_sections_written_as_paragraphs_above_their_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("План заходів громади на 2025 рік")
    sections = [
        ("1. Освіта", [("1.1", "Ремонт школи", "ІІ квартал"), ("1.2", "Нові парти", "серпень")]),
        ("2. Культура", [("2.1", "Фестиваль", "червень")]),
        ("План заходів громади на 2025 рік", [("2.2", "Виставка", "вересень")]),  # running title
    ]
    for heading, measures in sections:
        document.add_paragraph(heading)
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ["№", "Захід", "Строк"], strict=True):
            cell.text = text
        for measure in measures:
            for cell, text in zip(table.add_row().cells, measure, strict=True):
                cell.text = text
    path = tmp_path / "sections.docx"
    document.save(str(path))
    with pytest.warns(CivplanWarning, match="paragraph 1 after table 2: План заходів громади"):
        plan = civplan.load(path)
    assert plan.title == "План заходів громади на 2025 рік"
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["1.1", "1.2"]),
        ("Культура", ["2.1", "2.2"]),
    ]


def test_a_report_table_inside_a_table_that_lays_out_the_page(tmp_path: Path) -> None:
    """A one-cell table around the report (a frame, a logo beside): the inner table is read."""
    document = docx.Document()
    document.add_paragraph("План заходів на 2025 рік")
    frame = document.add_table(rows=1, cols=1).rows[0].cells[0]
    frame.paragraphs[0].text = "Додаток 1"
    inner = frame.add_table(rows=3, cols=3)
    rows = [["№", "Найменування заходу", "Строк"], ["1", "Толока", "квітень"]]
    rows.append(["2", "Ремонт лавок", "травень"])
    for row, values in zip(inner.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "framed.docx"
    document.save(str(path))
    plan = civplan.load(path)  # the frame's text is above the table, as a preamble
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Толока"),
        ("2", "Ремонт лавок"),
    ]
    assert plan.title.startswith("План заходів на 2025 рік")


def test_a_small_table_inside_an_outcome_cell_is_that_cells_text(tmp_path: Path) -> None:
    document, table = one_measure()
    outcome = table.rows[1].cells[2].add_table(rows=1, cols=2)
    outcome.rows[0].cells[0].text = "січень"
    outcome.rows[0].cells[1].text = "засідання"
    path = tmp_path / "small.docx"
    document.save(str(path))
    plan = civplan.load(path)
    assert plan.measure("1").deadline.text == "квітень\nсічень | засідання"  # a row, a line


def test_tables_under_the_same_captions_hold_the_same_fields(tmp_path: Path) -> None:
    # a table per section, each with its header: «Стан виконання» is the report in both,
    # though the second's cells are as short as status words
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів на 2025 рік")
    sections = [
        ("Розділ 1. Освіта", [("1.1", "Ремонт шкіл", "Відремонтовано дах школи № 2 та ліцею")]),
        (
            "Розділ 2. Культура",
            [("2.1", "Фестиваль", "Проведено"), ("2.2", "Ремонт клубу", "Триває")],
        ),
    ]
    for heading, rows in sections:
        document.add_paragraph(heading)
        table = document.add_table(rows=1, cols=4)
        for cell, caption in zip(
            table.rows[0].cells,
            ["№", "Найменування заходу", "Строк", "Стан виконання"],
            strict=True,
        ):
            cell.text = caption
        for number, title, report in rows:
            for cell, text in zip(
                table.add_row().cells, [number, title, "ІІІ квартал", report], strict=True
            ):
                cell.text = text
    path = tmp_path / "report.docx"
    document.save(str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivplanWarning)
        plan = civplan.load(path)
    assert [(m.number, m.outcome) for m in plan.measures()] == [
        ("1.1", civplan.Outcome(text="Відремонтовано дах школи № 2 та ліцею")),
        ("2.1", civplan.Outcome(text="Проведено")),
        ("2.2", civplan.Outcome(text="Триває")),
    ]


CHUNK_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><table border='1'>"
    "<tr><td>№</td><td>Найменування заходу</td><td>Строк</td><td>Стан виконання</td></tr>"
    "<tr><td>1</td><td>Навчання працівників ЦНАП</td><td>ІІ квартал</td>"
    "<td>Проведено 2 навчання, 30 учасників</td></tr>"
    "<tr><td>2</td><td>Оновлення сайту громади</td><td>ІІІ квартал</td>"
    "<td>Не виконано через відсутність коштів</td></tr></table></body></html>"
)


def _with_chunk(path: Path, data: bytes, content_type: str, name: str) -> Path:
    """A Word document of a title paragraph and a part Word lays out where it stands
    (``w:altChunk``), as systems that write Word files from web pages make it."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів за 2025 рік")
    part = Part(PackURI(f"/word/{name}"), content_type, data, document.part.package)
    relation = document.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    )
    chunk = parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{relation}"/>')
    body = document.element.body
    body.insert(len(body) - 1, chunk)  # before the section's properties, which end the body
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["html", "fragment.html", "docx"])
def test_a_part_embedded_whole_is_read_where_it_stands(tmp_path: Path, kind: str) -> None:
    if kind == "html":
        data, content_type = CHUNK_PAGE.encode(), "text/html"
    elif kind == "fragment.html":  # no tag of a whole page, and a long preamble: by its name
        preamble = "<div>" + "Відповідно до рішення виконавчого комітету. " * 120 + "</div>"
        table = CHUNK_PAGE[CHUNK_PAGE.index("<table") : CHUNK_PAGE.index("</body>")]
        data, content_type = (preamble + table).encode(), "text/html"
    else:  # a Word document inside: its table
        inner = docx.Document()
        rows = [
            ("№", "Найменування заходу", "Строк", "Стан виконання"),
            ("1", "Навчання працівників ЦНАП", "ІІ квартал", "Проведено 2 навчання, 30 учасників"),
            ("2", "Оновлення сайту громади", "ІІІ квартал", "Не виконано через відсутність коштів"),
        ]
        table = inner.add_table(rows=3, cols=4)
        for cells, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(cells.cells, texts, strict=True):
                cell.text = text
        saved = tmp_path / "inner.docx"
        inner.save(str(saved))
        data = saved.read_bytes()
        content_type = (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        )
    path = _with_chunk(tmp_path / "report.docx", data, content_type, f"afchunk.{kind}")
    plan = civplan.load(path)
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"
    assert [m.title for m in plan.measures()] == [
        "Навчання працівників ЦНАП",
        "Оновлення сайту громади",
    ]
    statuses = [civplan.assess(m, plan.as_of).status for m in plan.measures()]  # type: ignore[arg-type]
    assert statuses == [civplan.Status.DONE, civplan.Status.NOT_DONE]


def test_an_embedded_part_civplan_does_not_read_is_named_not_passed_over_silently(
    tmp_path: Path,
) -> None:
    path = _with_chunk(tmp_path / "report.docx", rb"{\rtf1 ...}", "application/rtf", "chunk.rtf")
    with pytest.raises(DocumentError) as raised:
        civplan.load(path)
    assert str(raised.value).splitlines()[1:] == [
        "  - no table in a Word document: it holds 1 paragraph of text",
        "  - an embedded part («chunk.rtf») of a kind civplan does not read was left out",
    ]


def test_a_table_in_a_text_box_written_twice_for_older_readers_is_read_once(
    tmp_path: Path,
) -> None:
    # Word writes a text box twice: as a drawing, and again as a fallback picture
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів за 2025 рік")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("№", "Найменування заходу", "Стан виконання"),
        ("1", "Ремонт школи", "Виконано"),
        ("2", "Фестиваль", "Проведено 21.06.2025"),
    ]
    for cells, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(cells.cells, texts, strict=True):
            cell.text = text
    element = table._tbl
    element.getparent().remove(element)
    from lxml import etree

    inner = etree.tostring(element).decode().replace(f" {nsdecls('w')}", "")
    box = f"<w:txbxContent>{inner}<w:p/></w:txbxContent>"
    shape = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    spaces = nsdecls("w", "wp", "a") + (
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        f' xmlns:wps="{shape}" xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    paragraph = parse_xml(
        f"<w:p {spaces}><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="{shape}">'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    document.element.body.insert(1, paragraph)
    path = tmp_path / "boxed.docx"
    document.save(str(path))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(path)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Ремонт школи"),
        ("2", "Фестиваль"),
    ]
    assert not any("repeated" in str(w.message) for w in caught)


@pytest.mark.parametrize("heading", ["Освіта", "Розділ «Освіта» (відділ освіти)"])
def test_a_first_table_headed_as_the_next_one_is_a_section_not_part_of_the_title(
    tmp_path: Path, heading: str
) -> None:
    path = tables_of_sections(tmp_path / "sections.docx", first=heading)
    plan = civplan.load(path)
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"
    assert [(s.title, [m.title for m in s.measures]) for s in plan.sections] == [
        (heading, ["Ремонт школи", "Закупівля автобуса"]),
        ("Культура", ["Фестиваль"]),
    ]


def test_a_title_s_last_line_over_the_first_of_two_tables_stays_in_the_title(
    tmp_path: Path,
) -> None:
    # a line of the title (a year, «план») is no section's heading, whatever follows
    document = docx.Document()
    document.add_paragraph("Звіт про виконання")
    document.add_paragraph("плану заходів на 2025 рік")
    for title in ("", "Культура"):
        if title:
            document.add_paragraph(title)
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ["№", "Захід", "Стан виконання"], strict=True):
            cell.text = text
        for cell, text in zip(
            table.rows[1].cells, ["1", f"Захід {title}", "Виконано"], strict=True
        ):
            cell.text = text
    path = tmp_path / "two.docx"
    document.save(str(path))
    plan = civplan.load(path)
    assert plan.title == "Звіт про виконання\nплану заходів на 2025 рік"


@pytest.mark.parametrize("packed", [False, True])
def test_a_zip_archive_of_documents_names_them(tmp_path: Path, packed: bool) -> None:
    import zipfile

    # stored, a Word document inside shows its parts' names to the first look: still no
    # Word document; packed, nothing shows: no format known
    inner = docx.Document()
    inner.add_paragraph("Звіт")
    inner.save(str(tmp_path / "inner.docx"))
    path = tmp_path / "zvit.zip"
    kind = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", compression=kind) as archive:
        archive.write(tmp_path / "inner.docx", "Звіт за 2025 рік.docx")
        archive.writestr("додатки/зведення.pdf", b"%PDF")
        archive.writestr("readme.me", b"")
    with pytest.raises(DocumentError) as raised:
        civplan.load(path)
    assert str(raised.value).splitlines()[1] == (
        "  - a ZIP archive of documents: Звіт за 2025 рік.docx; додатки/зведення.pdf — "
        "extract the report and read it"
    )
