"""PDF printed by a real LibreOffice from civplan's reports and the layout fixtures."""

from __future__ import annotations

import io
import itertools
import shutil
import warnings
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import civplan
from civplan import Status
from civplan.testing import check_importer

from .handmade_pdf import LEVEL, SLANTED, UPWARD, Matrix, handmade_pages, handmade_pdf, ruled_table
from .layouts import (
    DEEP,
    EXECUTORS,
    FUNDING,
    GROUPING,
    LAYOUTS,
    REPEATED_HEADER,
    TWO_LEVELS,
    Layout,
    libreoffice,
    tables_of_sections,
    write,
)
from .test_layouts import outline

pdfplumber = pytest.importorskip("pdfplumber")
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


def same(text: str) -> str:
    return " ".join(text.split())


def measures(plan: civplan.Plan) -> list[tuple[str, str, str]]:
    return [
        (m.number, same(m.title), same(m.outcome.text) if m.outcome else "")
        for m in plan.measures()
    ]


def quietly(path: Path | io.BytesIO, hints: civplan.Hints | None = None) -> civplan.Plan:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)  # the summary pages: notes
        return civplan.load(path, hints=hints)


def page_and_print(html: str, folder: Path) -> tuple[civplan.Plan, civplan.Plan]:
    """A web page of this HTML as read, and as read printed to PDF by LibreOffice (of 2025)."""
    page = folder / "page.html"
    page.write_text(html, "utf-8")
    return quietly(page), quietly(libreoffice(page, "pdf", folder), civplan.Hints(year=2025))


def long_plan() -> civplan.Plan:
    """A report long enough to run over several pages."""
    term = civplan.Deadline.parse("ІV квартал", year=2024)
    sections = [
        civplan.Section(
            number=f"{s}.",
            title=f"Напрям {s}: підтримка громадських ініціатив у громадах області",
            measures=[
                civplan.Measure(
                    number=f"{s}.{m}",
                    title=f"Проведення навчального заходу номер {m} для представників громад",
                    deadline=term,
                    outcome=civplan.Outcome(
                        text=f"Проведено {m + 2} семінари для представників громад; "
                        "матеріали оприлюднено на сайті."
                    ),
                )
                for m in range(1, 9)
            ],
        )
        for s in range(1, 9)
    ]
    return civplan.Plan(title="Звіт про виконання плану заходів на 2024 рік", year=2024,
                        sections=sections)  # fmt: skip


@needs_libreoffice
@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
@pytest.mark.parametrize("plan", [civplan.demo_plan(), long_plan()], ids=["seed", "long"])
def test_civplans_own_report_printed_to_pdf_reads_back(
    fmt: str, plan: civplan.Plan, tmp_path: Path
) -> None:
    report = tmp_path / f"report.{fmt}"
    civplan.export(plan, fmt, report)
    pdf = libreoffice(report, "pdf", tmp_path)
    read = quietly(pdf)
    assert measures(read) == measures(plan)
    assert [same(s.heading) for s, _ in read.walk()] == [same(s.heading) for s, _ in plan.walk()]
    assert read.year == plan.year


@needs_libreoffice
@pytest.mark.parametrize(
    "layout", [TWO_LEVELS, GROUPING, DEEP, REPEATED_HEADER], ids=lambda layout: layout.name
)
def test_a_layout_printed_from_writer_reads_like_the_document(
    layout: Layout, tmp_path: Path
) -> None:
    document = write(layout, "odt", tmp_path)
    expected = civplan.load(document)
    read = quietly(libreoffice(document, "pdf", tmp_path))
    assert [(n, t) for n, t, _ in measures(read)] == [(n, t) for n, t, _ in measures(expected)]


@needs_libreoffice
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_layout_printed_from_word_reads_like_the_document(
    layout: Layout, tmp_path: Path
) -> None:
    """Each measure under its headings, with its title and its deadline's interval."""
    document = write(layout, "docx", tmp_path)
    expected = quietly(document)
    read = quietly(libreoffice(document, "pdf", tmp_path))
    assert outline(read) == outline(expected)
    assert [(m.deadline.start, m.deadline.end) for m in read.measures()] == [
        (m.deadline.start, m.deadline.end) for m in expected.measures()
    ]


def test_a_pdf_without_text_is_a_scan_and_says_so() -> None:
    with pytest.raises(civplan.DocumentError, match="no text layer") as error:
        civplan.load(io.BytesIO(blank_pdf()), "pdf")
    assert "OCR" in str(error.value)


@needs_libreoffice
def test_a_pdf_that_needs_a_password_says_so(tmp_path: Path) -> None:
    """LibreOffice encrypts a report with a password to open it, as an office may."""
    source = tmp_path / "report.xlsx"
    source.write_bytes(civplan.export(civplan.demo_plan(), "xlsx"))
    protected = libreoffice(
        source,
        'pdf:calc_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"таємниця"}}',
        tmp_path,
    )
    with pytest.raises(civplan.DocumentError) as error:
        civplan.load(protected)
    assert str(error.value).splitlines()[1:] == [
        "  - the PDF is protected by a password: open it with the password and save or print a "
        "copy without one, then read that"
    ]


@needs_libreoffice
def test_a_pdf_without_a_ruled_table_says_what_it_found(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for line in ("Звіт про виконання плану", "Усі заходи виконано вчасно."):
        document.text.addElement(P(text=line))
    source = tmp_path / "letter.odt"
    document.save(str(source))
    with pytest.raises(
        civplan.DocumentError, match="no table in a PDF document: it holds 2 paragraphs"
    ):
        civplan.load(libreoffice(source, "pdf", tmp_path))


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n" + bytes(range(256)) * 20, b"%PDF-1.4\n1 0 obj << /Type /Catalog"]
)
def test_a_damaged_pdf_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(civplan.DocumentError, match="<stream>"):
        civplan.load(io.BytesIO(data))


@needs_libreoffice
@pytest.mark.filterwarnings("ignore::civplan.CivplanWarning")
def test_the_pdf_importer_keeps_the_contract(tmp_path: Path) -> None:
    sample = libreoffice(write(TWO_LEVELS, "odt", tmp_path), "pdf", tmp_path).read_bytes()
    check_importer(civplan.get_importer("pdf"), sample, max_examples=10)


def blank_pdf() -> bytes:
    """A valid one-page PDF with nothing on the page, as a scanner without OCR leaves text."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    )
    return out.getvalue()


@pytest.mark.parametrize(
    ("printed", "text"),
    [
        ("Наймен\nування\nзаходу", "Найменування заходу"),
        ("Забезпе\nчено\nнавчан\nня 14\nосіб", "Забезпечено навчання 14 осіб"),
        ("Відділ\nосвіти", "Відділ освіти"),  # two words: no word of them together
        ("ЦНАП\nта", "ЦНАП та"),  # an abbreviation is not cut
        ("на\nпрям", "на прям"),  # a short word alone is not a cut one
        # cut after other words: joined where the line's last word is none on its own
        ("консультацій громадськіс\nтю громади", "консультацій громадськістю громади"),
        ("щодо запровадженн\nя реєстру", "щодо запровадження реєстру"),
        ("проведено засідання\nкомісії", "проведено засідання комісії"),
        # a paragraph goes on after a place's abbreviation, not after a sentence
        ("майданчик у с.\nТернівка", "майданчик у с. Тернівка"),
        ("нараду у м.\nКиєві. Кошти освоєно.", "нараду у м. Києві. Кошти освоєно."),
        ("освоєно 40 тис. грн.\nПроведено", "освоєно 40 тис. грн.\nПроведено"),
        # a closing mark wrapped off its word
        ("садку «Сонечко\n» та ліцею", "садку «Сонечко» та ліцею"),
        ("(на 2025\n) рік", "(на 2025) рік"),
        # a word cut more than once; a date cut in its year; a range at its dash
        ("Облаш\nтуванн\nя укриттів", "Облаштування укриттів"),
        # … its first two pieces set apart on the page before, the rest on the next
        ("Обла штува\nти укриття", "Облаштувати укриття"),
        ("Обла\nштува ти укриття", "Облаштувати укриття"),  # or its last two on the next
        ("Відділ освіти\nта культури", "Відділ освіти та культури"),  # two words: apart
        ("«Відно\nвлення\n»", "«Відновлення»"),
        ("до\n30.04.2\n025", "до 30.04.2025"),
        ("до\n01.07.\n2025", "до 01.07.2025"),  # wrapped after the date's last point
        ("2025–\n2026 роки", "2025–2026 роки"),
        ("2025-\n2027 роки", "2025-2027 роки"),
        ("протягом 2025 -\n2027 років", "протягом 2025 - 2027 років"),
        ("2025 –\n2026 роки", "2025 – 2026 роки"),
        # a whole word, then a short one: two words, unless the short one is a common ending
        ("відбір\nне проводився", "відбір не проводився"),
        ("форум\nу «Відновлення»", "форуму «Відновлення»"),
        ("центру\nветерані\nв", "центру ветеранів"),
        # a word of a letter or two before a point ends no sentence: a cut word's tail
        ("через відсутність кошті\nв.", "через відсутність коштів."),
        ("проведено нарад\nу.", "проведено нараду."),
        # a whole word after others, then a piece that is none: the piece goes on with it
        ("активної громадян\nської позиції", "активної громадянської позиції"),
        ("активної громадян\nорганізацій", "активної громадян організацій"),
        # … or a piece a report never writes alone, though the dictionaries know it
        ("Не викона\nно через відсутність коштів", "Не виконано через відсутність коштів"),
        ("Семінар не\nпроведено", "Семінар не проведено"),
        # a head of three letters alone on its line
        ("Щор\nоку, ІІ квартал", "Щороку, ІІ квартал"),
        # a word's hyphen wrapped onto a line of its own
        ("санаторно\n-\nкурортним", "санаторно-курортним"),
        ("Ремонт\n-", "Ремонт -"),  # no word goes on after it
    ],
)
def test_a_word_cut_by_a_narrow_column_is_joined(printed: str, text: str) -> None:
    from civplan.importers.printed import unwrap

    assert unwrap(printed) == text


@needs_libreoffice
def test_a_table_of_narrow_columns_printed_from_word_reads_whole_words(tmp_path: Path) -> None:
    """Seven columns on a portrait page: LibreOffice cuts the long words of each cell."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів у 2024 році")
    captions = ["№ з/п", "Найменування заходу", "Відповідальні виконавці", "Строк виконання",
                "Індикатор виконання", "Інформація про виконання", "Оцінка виконання"]  # fmt: skip
    rows = [
        ["1.", "Облаштування безбар'єрних маршрутів", "Управління інфраструктури",
         "ІІІ квартал", "Кількість маршрутів", "Облаштовано два маршрути", "Виконано"],
        ["2.", "Удосконалення електронних консультацій", "Відділ комунікацій",
         "ІV квартал", "Кількість консультацій", "Консультації не проводились", "Не виконано"],
    ]  # fmt: skip
    table = document.add_table(rows=0, cols=len(captions))
    table.style = "Table Grid"
    for values in (captions, *rows):
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    path = tmp_path / "narrow.docx"
    document.save(str(path))
    read = quietly(libreoffice(path, "pdf", tmp_path))
    assert [(m.number, m.title, m.outcome.text if m.outcome else "") for m in read.measures()] == [
        ("1.", "Облаштування безбар'єрних маршрутів", "Облаштовано два маршрути"),
        ("2.", "Удосконалення електронних консультацій", "Консультації не проводились"),
    ]
    assert [m.outcome.stated for m in read.measures() if m.outcome] == ["Виконано", "Не виконано"]


@needs_libreoffice
def test_sections_printed_above_their_own_tables_head_them(tmp_path: Path) -> None:
    """A Word plan of a table per section, with a running header, printed over several pages."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Додаток до рішення виконкому № 15"
    document.add_paragraph("План заходів громади на 2025 рік")
    sections = ["Освіта та підтримка закладів освіти громади", "Культура", "Спорт"]
    for number, name in enumerate(sections, start=1):
        document.add_paragraph(f"{number}. {name}")
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ["№ з/п", "Захід", "Строк"], strict=True):
            cell.text = text
        for measure in range(1, 16):
            title = f"Захід {measure} розділу {number}, назва якого займає кілька рядків клітинки"
            for cell, text in zip(
                table.add_row().cells, [f"{number}.{measure}", title, "ІІ квартал"], strict=True
            ):
                cell.text = text
    path = tmp_path / "sections.docx"
    document.save(str(path))
    printed = libreoffice(path, "pdf", tmp_path)
    read = quietly(printed)
    assert page_count(printed) > 2  # the tables run over pages
    assert [(s.title, len(s.measures)) for s in read.sections] == [(n, 15) for n in sections]
    assert read.title == "План заходів громади на 2025 рік"


def page_count(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def test_between_tables_headings_join_and_running_texts_are_left_out() -> None:
    from civplan.importers.document import Grid, Paragraph
    from civplan.importers.pages import joined_pages

    def table(name: str, *rows: tuple[str, str, str]) -> Grid:
        return Grid(rows=[("№", "Захід", "Строк"), *rows], name=name)

    pieces = [
        ("Звіт громади за 2025 рік", None, "page 1"),
        ("Розділ 1", None, "page 1"),
        ("", table("page 1, table 1", ("1.1", "Ремонт", "травень")), "page 1"),
        ("Звіт громади за 2025 рік", None, "page 2"),  # a running header
        ("Розділ 2", None, "page 2"),  # numbers tell headings apart
        ("", table("page 2, table 2", ("2.1", "Фестиваль", "червень")), "page 2"),
        ("Примітка: за рахунок місцевого бюджету", None, "page 2"),
        ("", Grid(rows=[("Виконано", "2")], name="page 2, table 3"), "page 2"),
    ]
    blocks = joined_pages(pieces)
    assert [b.text if isinstance(b, Paragraph) else b.name for b in blocks] == [
        "Звіт громади за 2025 рік",
        "Розділ 1",
        "page 1, table 1",
        "Примітка: за рахунок місцевого бюджету",
        "page 2, table 3",
    ]
    joined = blocks[2]
    assert isinstance(joined, Grid)
    assert [row[0] for row in joined.rows] == ["№", "1.1", "Розділ 2", "2.1"]
    assert joined.spans[2] == (0, 0, 0)
    assert joined.where(2) == "page 2"


def _without_rules(document: Path) -> Path:
    """The Word document with its tables' borders taken off, as some offices print them."""
    import docx

    word = docx.Document(str(document))
    for table in word.tables:
        table.style = word.styles["Normal Table"]
    plain = document.with_name(f"{document.stem}-plain.docx")
    word.save(str(plain))
    return plain


@needs_libreoffice
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_layout_printed_without_rules_reads_like_the_document(
    layout: Layout, tmp_path: Path
) -> None:
    """A table without borders is read by its text's alignment, and the reader says so."""
    document = write(layout, "docx", tmp_path)
    expected = quietly(document)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = civplan.load(libreoffice(_without_rules(document), "pdf", tmp_path))
    assert outline(read) == outline(expected)
    # without rules a cell merged down shows once: the measures under it show no term
    under_merged = layout.notes.get("under_merged", ())
    assert [(m.deadline.start, m.deadline.end) for m in read.measures()] == [
        (None, None) if m.number in under_merged else (m.deadline.start, m.deadline.end)  # type: ignore[operator]
        for m in expected.measures()
    ]
    assert any("printed without rules" in str(w.message) for w in caught)


@needs_libreoffice
def test_a_table_without_rules_over_several_pages(tmp_path: Path) -> None:
    """Pages without the header repeated continue the table; a row cut by a page break too."""
    import docx

    plan = long_plan()
    word = docx.Document()
    word.add_paragraph(plan.title)
    rows = [("№ з/п", "Найменування заходу", "Строк виконання", "Стан виконання")]
    for section in plan.sections:
        rows.append((section.number, section.title, "", ""))
        rows.extend(
            (m.number, m.title, m.deadline.text, m.outcome.text if m.outcome else "")
            for m in section.measures
        )
    table = word.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        if not cells[2]:  # a section: one cell across the table
            table.cell(r, 0).merge(table.cell(r, 3)).text = f"{cells[0]} {cells[1]}"
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    source = tmp_path / "long.docx"
    word.save(str(source))
    printed = libreoffice(source, "pdf", tmp_path)
    import pdfplumber

    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) >= 3
    read = quietly(printed)
    assert outline(read) == outline(quietly(source))
    assert [m.number for m in read.measures()] == [m.number for m in plan.measures()]


TITLE_2025 = "Звіт про виконання плану заходів на 2025 рік"


def ruled_word_table(title: str, captions: list[str], *, ruled: bool = True) -> tuple[Any, Any]:
    """A Word document of ``title`` over a table whose first row holds ``captions``.

    ``ruled``: with borders (Word's «Table Grid»); without, a table of no style.
    """
    import docx

    word = docx.Document()
    word.add_paragraph(title)
    table = word.add_table(rows=1, cols=len(captions))
    if ruled:
        table.style = word.styles["Table Grid"]
    for cell, caption in zip(table.rows[0].cells, captions, strict=True):
        cell.text = caption
    return word, table


@needs_libreoffice
@pytest.mark.parametrize("task_at", [0, 1], ids=["task-first", "number-first"])
def test_a_row_cut_by_a_page_break_beside_a_grouping_cell_merged_down(
    task_at: int, tmp_path: Path
) -> None:
    """A measure's row goes on across the page though a task's cell is merged down beside it."""
    plan = long_plan()
    number_at = 1 - task_at
    captions = ["Найменування заходу", "Строк виконання", "Стан виконання"]
    captions[0:0] = ["Завдання", "№ з/п"] if task_at == 0 else ["№ з/п", "Завдання"]
    word, table = ruled_word_table(plan.title, captions)
    for section in plan.sections:
        first = len(table.rows)
        for m in section.measures:
            cells = table.add_row().cells
            cells[number_at].text, cells[2].text, cells[3].text = m.number, m.title, m.deadline.text
            cells[4].text = " ".join([m.outcome.text] * 4)  # type: ignore[union-attr]
        task = table.cell(first, task_at).merge(table.cell(len(table.rows) - 1, task_at))
        task.text = section.title
    source = tmp_path / "tasks.docx"
    word.save(str(source))
    read = quietly(libreoffice(source, "pdf", tmp_path))
    assert [(m.number, m.title) for m in read.measures()] == [
        (m.number, m.title) for m in plan.measures()
    ]


@needs_libreoffice
def test_a_row_cut_by_a_page_break_in_a_title_that_holds_its_number(tmp_path: Path) -> None:
    """No column of numbers: the title's cell («1.2 Проведення …») runs on to the next page.

    Its columns narrow enough to cut words, so the page break may cut one too.
    """
    plan = long_plan()
    captions = ["Найменування заходу", "Строк виконання", "Виконавці", "Примітка", "Стан виконання"]
    word, table = ruled_word_table(plan.title, captions)
    for m in plan.measures():
        cells = table.add_row().cells
        cells[0].text = f"{m.number} {m.title} та координаторів місцевих ініціатив молоді"
        cells[1].text = m.deadline.text
        cells[2].text = "Департамент соціального захисту населення"
        cells[4].text = " ".join([m.outcome.text] * 3)  # type: ignore[union-attr]
    source = tmp_path / "titled.docx"
    word.save(str(source))
    read = quietly(libreoffice(source, "pdf", tmp_path))
    assert [(m.number, m.title) for m in read.measures()] == [
        (m.number, m.title) for m in quietly(source).measures()
    ]


@needs_libreoffice
def test_a_section_s_heading_in_the_title_s_cell_atop_a_page_continues_no_row(
    tmp_path: Path,
) -> None:
    """«Розділ 2. …» alone in its row's title cell, printed first on its page: a new section.

    Rows of two inches exactly, four to a section: each page opens with a heading.
    """
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Inches

    plan = long_plan()
    captions = ["№ з/п", "Найменування заходу", "Строк виконання", "Стан виконання"]
    word, table = ruled_word_table(plan.title, captions)

    def row() -> Any:
        added = table.add_row()
        added.height, added.height_rule = Inches(2), WD_ROW_HEIGHT_RULE.EXACTLY
        return added.cells

    for number, section in enumerate(plan.sections, start=1):
        row()[1].text = f"Розділ {number}. {section.title}"
        for m in section.measures[:3]:
            cells = row()
            cells[0].text, cells[1].text, cells[2].text = m.number, m.title, m.deadline.text
            cells[3].text = m.outcome.text  # type: ignore[union-attr]
    source = tmp_path / "headed.docx"
    word.save(str(source))
    printed = libreoffice(source, "pdf", tmp_path)
    import pdfplumber

    with pdfplumber.open(printed) as pdf:  # the case is there: pages that open with a heading
        tops = [page.extract_tables()[0][0][1] for page in pdf.pages[1:]]
    assert sum(top.startswith("Розділ") for top in tops) >= 3
    expected = quietly(source)
    assert len(expected.sections) == 8
    read = quietly(printed)
    assert [s.title for s in read.sections] == [s.title for s in expected.sections]
    assert [(m.number, m.title) for m in read.measures()] == [
        (m.number, m.title) for m in expected.measures()
    ]


@needs_libreoffice
def test_a_web_page_s_table_wider_than_the_paper_is_read_past_the_page_s_edge(
    tmp_path: Path,
) -> None:
    """Its rules end at the paper's edge; the text of its last column goes on past it."""
    rows = "".join(
        f"<tr><td>{n}.</td><td>Проведення навчального семінару номер {n}</td><td>ІІ квартал</td>"
        f"<td>Управління освіти</td><td>Проведено {n + 2} семінари для працівників закладів; "
        "матеріали оприлюднено на сайті управління.</td></tr>"
        for n in range(1, 13)
    )
    page = tmp_path / "wide.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Звіт про виконання плану заходів на 2025 рік"
        "</title></head><body><h2>Звіт про виконання плану заходів на 2025 рік</h2>"
        "<table border='1' width='1000'><tr><th>№ з/п</th><th>Найменування заходу</th>"
        "<th>Строк виконання</th><th>Виконавці</th><th>Інформація про виконання</th></tr>"
        f"{rows}</table></body></html>",
        "utf-8",
    )
    with pytest.warns(civplan.CivplanWarning, match=r"wider than the page.* \(page \d+"):
        read = civplan.load(libreoffice(page, "pdf", tmp_path), hints=civplan.Hints(year=2025))
    expected = quietly(page)
    assert [(m.number, m.outcome) for m in read.measures()] == [
        (m.number, m.outcome) for m in expected.measures()
    ]


@needs_libreoffice
def test_a_measure_of_several_rows_cut_by_a_page_break_in_an_executor_s_name(
    tmp_path: Path,
) -> None:
    """Its number and title merged down over a row per executor; a name goes on over the break."""
    import pdfplumber

    executors = [
        "Департамент соціального захисту населення обласної державної адміністрації",
        "Управління охорони здоров'я та медичного забезпечення обласної ради",
        "Відділ культури, туризму та охорони культурної спадщини міської ради",
    ]
    captions = ["№ з/п", "Найменування заходу", "Строк виконання", "Виконавці", "Стан виконання"]
    word, table = ruled_word_table("Звіт про виконання плану заходів у 2024 році", captions)
    for m in range(1, 13):
        first = len(table.rows)
        for executor in executors:
            cells = table.add_row().cells
            cells[3].text = executor
            cells[4].text = f"Проведено {m + 2} семінари для представників громад. " * 6
        for column, text in enumerate((f"{m}.", f"Навчання посадових осіб номер {m}", "2024 рік")):
            table.cell(first, column).merge(table.cell(len(table.rows) - 1, column)).text = text
    source = tmp_path / "executors.docx"
    word.save(str(source))
    printed = libreoffice(source, "pdf", tmp_path)
    with pdfplumber.open(printed) as pdf:  # the case is there: a name that runs on atop a page
        tops = [page.extract_tables()[0][0] for page in pdf.pages[1:]]
    assert any(not top[0] and (top[3] or "")[:1].islower() for top in tops)
    read, expected = quietly(printed), quietly(source)
    assert [(m.number, m.responsible) for m in read.measures()] == [
        (m.number, m.responsible) for m in expected.measures()
    ]


def test_a_header_repeated_on_each_page_cut_short_by_libreoffice() -> None:
    """LibreOffice prints a repeated header over a row the page break cut with the header's
    tall cells cut («Джере / ла / фінанс»), their rest over the row below: still the header.
    """
    from civplan.importers.document import Grid
    from civplan.importers.pages import _joined

    header = ("№ з/п", "Зміст\nзаходу", "Джере\nла\nфінанс\nування")
    first = Grid(rows=[header, ("1.1", "Розроб\nлення\nплану", "Облас\nний")], name="page 1")
    then = Grid(
        rows=[
            ("№ з/п", "Зміст\nзаходу", "Джере\nла\nфінанс"),
            ("", "освіти", "ування\nбюджет"),
            ("1.2", "Навчання", "Облас\nний\nбюджет"),
        ],
        name="page 2",
    )
    joined = _joined(first, then)
    assert joined.rows == [
        header,
        ("1.1", "Розроб\nлення\nплану\nосвіти", "Облас\nний\nбюджет"),
        ("1.2", "Навчання", "Облас\nний\nбюджет"),
    ]


def printed_page(body: str, folder: Path) -> civplan.Plan:
    """A page whose table's rules are a stylesheet's, printed by LibreOffice, as read (of 2025)."""
    page = folder / "report.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><style>td, th {border: 1px solid #000}</style>"
        f"</head><body>{body}</body></html>",
        "utf-8",
    )
    return civplan.load(libreoffice(page, "pdf", folder), hints=civplan.Hints(year=2025))


@needs_libreoffice
def test_a_web_page_whose_borders_were_a_stylesheet_s_printed(tmp_path: Path) -> None:
    """LibreOffice prints such a table without rules, each cell's text centred in its row."""
    body = (
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк</th>"
        "<th>Стан виконання</th></tr>"
        "<tr><td>1</td><td>Проведення наради з керівниками закладів освіти щодо підготовки"
        " до нового навчального року</td><td>серпень</td><td>Нараду проведено 25 серпня,"
        " взяли участь 40 керівників закладів</td></tr>"
        "<tr><td>2</td><td>Ремонт покрівлі школи</td><td>ІІ квартал</td>"
        "<td>Не виконано через відсутність коштів</td></tr>"
        "<tr><td>3</td><td>Закупівля шкільного автобуса</td><td>ІІІ квартал</td>"
        "<td>Автобус придбано</td></tr></table>"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = printed_page(body, tmp_path)
    assert [(m.number, m.deadline.text) for m in read.measures()] == [
        ("1", "серпень"),
        ("2", "ІІ квартал"),
        ("3", "ІІІ квартал"),
    ]
    first = read.measure("1")
    assert same(first.title).endswith("до нового навчального року")
    assert first.outcome is not None
    assert (
        same(first.outcome.text)
        == "Нараду проведено 25 серпня, взяли участь 40 керівників закладів"
    )
    assert any("printed without rules" in str(w.message) for w in caught)


@needs_libreoffice
def test_a_header_in_a_table_of_its_own_printed_without_rules(tmp_path: Path) -> None:
    """A page's header and body as two tables, each as wide as its text: printed without rules,
    the header's captions stand apart from the columns under them."""
    body = (
        "<p>Звіт про виконання плану заходів на 2025 рік</p><table><tr><th>№ з/п</th>"
        "<th>Найменування заходу</th><th>Термін виконання</th><th>Виконавець</th>"
        "<th>Стан виконання</th></tr></table><table>"
        "<tr><td>1</td><td>Ремонт спортивної зали гімназії</td><td>ІІІ квартал</td>"
        "<td>Відділ освіти</td><td>Ремонт виконано, акт підписано 29.08.2025</td></tr>"
        "<tr><td>2</td><td>Придбання шкільного автобуса</td><td>ІІ квартал</td>"
        "<td>Відділ освіти</td><td>Не придбано через відсутність коштів</td></tr>"
        "<tr><td>3</td><td>Проведення свята громади</td><td>вересень</td>"
        "<td>Відділ культури</td><td>Свято проведено 14 вересня</td></tr></table>"
    )
    page = tmp_path / "report.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = civplan.load(libreoffice(page, "pdf", tmp_path), hints=civplan.Hints(year=2025))
    assert [(m.number, same(m.title), m.deadline.text, m.responsible) for m in read.measures()] == [
        ("1", "Ремонт спортивної зали гімназії", "ІІІ квартал", ("Відділ освіти",)),
        ("2", "Придбання шкільного автобуса", "ІІ квартал", ("Відділ освіти",)),
        ("3", "Проведення свята громади", "вересень", ("Відділ культури",)),
    ]


@needs_libreoffice
def test_columns_a_narrow_gap_apart_printed_without_rules(tmp_path: Path) -> None:
    """A term and the sum planned beside it, printed as close as LibreOffice sets them."""
    body = (
        "<p>Інформація про виконання Програми розвитку спорту у 2025 році</p><table>"
        "<tr><th rowspan=2>№</th><th rowspan=2>Зміст заходу</th><th rowspan=2>Термін</th>"
        "<th colspan=2>Обсяг фінансування, тис. грн</th><th rowspan=2>Стан виконання</th></tr>"
        "<tr><th>план</th><th>факт</th></tr>"
        "<tr><td>1</td><td>Проведення районних змагань з футболу</td><td>травень-червень</td>"
        "<td>45,0</td><td>45,0</td><td>Змагання проведено, взяли участь 12 команд</td></tr>"
        "<tr><td>2</td><td>Придбання спортивного інвентарю для ДЮСШ</td><td>ІІ квартал</td>"
        "<td>120,0</td><td>80,5</td><td>Придбано інвентар на 80,5 тис. грн</td></tr>"
        "<tr><td>3</td><td>Облаштування майданчика для воркауту</td><td>ІІІ квартал</td>"
        "<td>300,0</td><td>0,0</td><td>Не виконано, кошти спрямовано на потреби оборони</td></tr>"
        "</table>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = printed_page(body, tmp_path)
    assert [(m.number, m.deadline.text) for m in read.measures()] == [
        ("1", "травень-червень"),
        ("2", "ІІ квартал"),
        ("3", "ІІІ квартал"),
    ]
    assert [[str(f.amount) for f in m.funding] for m in read.measures()] == [
        ["45.0"],
        ["120.0"],
        ["300.0"],
    ]
    # the caption over «план | факт» begins above the others: the header's, not the title's
    assert "Обсяг" not in read.title
    assert read.measure("2").notes == ("Обсяг фінансування, тис. грн / факт: 80,5",)


@needs_libreoffice
def test_a_short_table_printed_without_rules(tmp_path: Path) -> None:
    """Two measures under a header of captions centred over them: a column begins on two lines."""
    body = (
        "<h2>Звіт про виконання плану заходів на 2025 рік</h2><table>"
        "<tr><th>№ з/п</th><th>Найменування заходу</th><th>Строк виконання</th>"
        "<th>Відповідальний</th><th>Стан виконання</th></tr>"
        "<tr><td>1</td><td>Провести толоку в сквері біля школи</td><td>ІІ квартал</td>"
        "<td>Староста</td><td>Толоку проведено 26 квітня</td></tr>"
        "<tr><td>2</td><td>Встановити лавки</td><td>ІІІ квартал</td><td>Відділ ЖКГ</td>"
        "<td>Встановлено 6 лавок</td></tr></table>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = printed_page(body, tmp_path)
    assert [(m.number, same(m.title), m.deadline.text, m.responsible) for m in read.measures()] == [
        ("1", "Провести толоку в сквері біля школи", "ІІ квартал", ("Староста",)),
        ("2", "Встановити лавки", "ІІІ квартал", ("Відділ ЖКГ",)),
    ]


@needs_libreoffice
def test_a_page_s_title_lost_in_print_is_taken_from_the_pdf_s_properties(tmp_path: Path) -> None:
    """LibreOffice prints a web page without its first paragraph; its <title> stays the PDF's."""
    page = tmp_path / "page.html"
    title = "Інформація про виконання плану заходів з енергозбереження на 2025 рік"
    page.write_text(
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1><table border='1'><tr><th>№</th><th>Захід</th><th>Строк</th>"
        "<th>Стан виконання</th></tr><tr><td>1</td><td>Утеплення фасаду школи</td>"
        "<td>ІІІ квартал</td><td>Фасад утеплено</td></tr><tr><td>2</td>"
        "<td>Заміна вікон у садочку</td><td>ІІ квартал</td><td>Замінено 40 вікон</td></tr>"
        "</table></body></html>",
        "utf-8",
    )
    printed = libreoffice(page, "pdf", tmp_path)
    with pdfplumber.open(printed) as pdf:  # its first line lost in print
        assert all("Інформація" not in (p.extract_text() or "") for p in pdf.pages)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        plan = civplan.load(printed)
    assert (plan.title, plan.year) == (title, 2025)
    assert [m.deadline.end for m in plan.measures()] == [date(2025, 9, 30), date(2025, 6, 30)]


TITLE = "План роботи відділу на 2025 рік"


@pytest.mark.parametrize(
    ("title", "printed", "read"),
    [
        (TITLE, ["Затверджено"], [TITLE, "Затверджено"]),
        ("Microsoft Word - zvit.docx", ["Затверджено"], ["Затверджено"]),  # a file's name
        ("zvit_2025.pdf", ["Затверджено"], ["Затверджено"]),
        ("Документ1", ["Затверджено"], ["Затверджено"]),  # names no plan
        (TITLE, ["План роботи   відділу на 2025 рік"], ["План роботи   відділу на 2025 рік"]),
        # its end printed, its first line lost: the lines give way to it whole
        (TITLE, ["відділу", "на 2025 рік"], [TITLE]),
    ],
)
def test_the_pdf_s_title_is_taken_only_where_it_names_a_plan_not_printed(
    title: str, printed: list[str], read: list[str]
) -> None:
    from civplan.importers.pdf import _restore_title

    pieces: list[Any] = [(line, None, "page 1") for line in printed]
    _restore_title({"Title": title}, pieces)
    assert [line for line, _grid, _where in pieces] == read
    # a document's program, which names itself, may keep its template's title: one lost
    # whole is put back only in a printed page
    pieces = [(line, None, "page 1") for line in printed]
    _restore_title({"Title": title, "Creator": "Writer"}, pieces)
    kept = printed if len(printed) == 1 else read
    assert [line for line, _grid, _where in pieces] == kept


@needs_libreoffice
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_web_page_printed_without_rules_reads_like_the_page(
    layout: Layout, tmp_path: Path
) -> None:
    """A page whose table has no border attribute: printed, its cells centred in their rows."""
    page = write(layout, "html", tmp_path)
    expected = quietly(page)
    plain = page.with_name("plain.html")
    plain.write_bytes(page.read_bytes().replace(b' border="1"', b""))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        hints = civplan.Hints(year=expected.year, end_year=expected.end_year)
        read = civplan.load(libreoffice(plain, "pdf", tmp_path), hints=hints)
    under_merged = layout.notes.get("under_merged", ())  # a cell merged down shows once
    assert [(m.number, same(m.title), m.deadline.end) for m in read.measures()] == [
        (m.number, same(m.title), None if m.number in under_merged else m.deadline.end)  # type: ignore[operator]
        for m in expected.measures()
    ]
    # and under the same headings: a task centred over its measures heads the first of them
    assert [tuple(map(same, path)) for path, _n, _t in outline(read)] == [
        tuple(map(same, path)) for path, _n, _t in outline(expected)
    ]


@needs_libreoffice
@pytest.mark.parametrize(
    ("form", "rules"), [("html", True), ("html", False), ("docx", False)], ids=str
)
def test_each_executor_s_row_of_a_printed_table_is_its_measure_s(
    form: str, rules: bool, tmp_path: Path
) -> None:
    """Without rules, a web page's merged cells sit centred between a measure's executors'
    rows, the first of which is printed above its number: each row goes to the measure it
    centres on; Word's sit at the top of the first."""
    page = write(EXECUTORS, form, tmp_path)
    if not rules and form == "html":
        page.write_bytes(page.read_bytes().replace(b' border="1"', b""))
    elif not rules:
        page = _without_rules(page)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = civplan.load(libreoffice(page, "pdf", tmp_path))
    assert [m.number for m in read.measures()] == ["1", "2", "3"]
    assert [m.responsible for m in read.measures()] == list(EXECUTORS.notes["executors"])  # type: ignore[call-overload]
    assert read.measure("2").outcome.text.splitlines()[0] == (  # type: ignore[union-attr]
        "Служба у справах дітей: Проведено 12 батьківських зборів"
    )


@needs_libreoffice
@pytest.mark.parametrize("form", ["docx", "html"])
def test_funding_sources_under_a_merged_caption_printed_without_rules(
    form: str, tmp_path: Path
) -> None:
    """Read by alignment, merged captions run into their columns' («у тому числі державний
    бюджет»): the source, or the total, that ends a column's caption is still its source."""
    document = write(FUNDING, form, tmp_path)
    if form == "html":
        document.write_bytes(document.read_bytes().replace(b' border="1"', b""))
    else:
        document = _without_rules(document)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = civplan.load(libreoffice(document, "pdf", tmp_path))
    first = read.measure("1")
    assert [(str(f.amount), f.source) for f in first.funding] == [
        ("1250.0", "усього"),
        ("1000.0", "державний бюджет"),
        ("250.0", "місцевий бюджет"),
    ]


@needs_libreoffice
def test_an_outcome_in_two_columns_printed_without_rules_is_one_report(tmp_path: Path) -> None:
    """«Стан виконання» over «виконано | не виконано (причини)» runs, read by alignment, into
    the first column's caption: the second is still the report's other half, as ruled."""
    page = tmp_path / "halves.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Звіт про виконання плану заходів за 2025 рік"
        "</title></head><body><table><tr><th rowspan='2'>№</th><th rowspan='2'>Захід</th>"
        "<th rowspan='2'>Термін</th><th colspan='2'>Стан виконання</th></tr><tr><th>виконано"
        "</th><th>не виконано (причини)</th></tr>"
        "<tr><td>1</td><td>Ремонт покрівлі будинку культури</td><td>ІІ квартал</td>"
        "<td>Відремонтовано 320 кв. м покрівлі</td><td></td></tr>"
        "<tr><td>2</td><td>Придбання трактора для комунального підприємства</td>"
        "<td>ІІІ квартал</td><td></td><td>Не придбано через відсутність коштів</td></tr>"
        "<tr><td>3</td><td>Озеленення центрального парку</td><td>квітень</td>"
        "<td>Висаджено 150 дерев</td><td>Кущі не висаджено через посуху</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = civplan.load(libreoffice(page, "pdf", tmp_path), hints=civplan.Hints(year=2025))
    as_of = date(2025, 12, 31)
    assert [civplan.assess(m, as_of).status for m in read.measures()] == [
        Status.DONE,
        Status.NOT_DONE,
        Status.PARTIALLY_DONE,
    ]
    assert all(not m.notes for m in read.measures())


@needs_libreoffice
def test_marks_of_narrow_status_columns_printed_without_rules_are_never_the_wrong_status(
    tmp_path: Path,
) -> None:
    """Narrow columns of a few marks each may run into one when read by alignment: a mark is
    then its column's status or none, never another's."""
    measures = [
        ("Провести фестиваль народної творчості «Барвисте літо»", "червень", ("+", "", "")),
        ("Організувати виставку майстрів декоративного мистецтва", "вересень", ("", "+", "")),
        ("Провести ремонт сільського клубу с. Ясени", "ІІІ квартал", ("", "", "+")),
        ("Забезпечити участь в обласному конкурсі хорів", "травень", ("+", "", "")),
    ]
    rows = "".join(
        f"<tr><td>{n}</td><td>{title}</td><td>{term}</td>"
        + "".join(f"<td>{m}</td>" for m in marked)
        + "<td>Взяли участь колективи громади</td></tr>"
        for n, (title, term, marked) in enumerate(measures, start=1)
    )
    page = tmp_path / "marks.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Звіт про виконання плану роботи за 2025 рік"
        "</title></head><body><table><tr><th rowspan='2'>№</th><th rowspan='2'>Захід</th>"
        "<th rowspan='2'>Термін</th><th colspan='3'>Відмітка про виконання</th>"
        "<th rowspan='2'>Примітка</th></tr><tr><th>виконано</th><th>частково</th>"
        f"<th>не виконано</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        read = civplan.load(libreoffice(page, "pdf", tmp_path), hints=civplan.Hints(year=2025))
    truth = [Status.DONE, Status.PARTIALLY_DONE, Status.NOT_DONE, Status.DONE]
    stated = [m.outcome.status if m.outcome else None for m in read.measures()]
    assert len(stated) == 4
    assert all(status in (None, right) for status, right in zip(stated, truth, strict=True))


@needs_libreoffice
def test_a_web_page_of_long_rows_printed_without_rules_over_pages(tmp_path: Path) -> None:
    """Cells centred in their rows: a title of many lines begins above its row's number."""
    words = [
        "підготовка",
        "проведення",
        "громадських",
        "обговорень",
        "щодо",
        "розвитку",
        "інфраструктури",
        "громади",
        "із",
        "залученням",
        "представників",
        "молоді",
        "ветеранів",
        "бізнесу",
        "закладів",
        "освіти",
        "культури",
    ]
    rows = []
    for number in range(1, 11):
        title = " ".join(words[(number * 3 + k) % len(words)] for k in range(4 + number % 4 * 5))
        report = " ".join(words[(number * 7 + k) % len(words)] for k in range(6 + number * 3))
        rows.append(
            f"<tr><td>{number}.</td><td>{title.capitalize()}</td>"
            f"<td>{'ІІ квартал' if number % 2 else 'протягом року'}</td>"
            f"<td>Відділ {words[number]}</td><td>Проведено {report}.</td></tr>"
        )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>Звіт про виконання плану заходів на 2025 рік</p><table>"
        "<tr><td>№</td><td>Назва заходу</td><td>Строк виконання</td><td>Виконавець</td>"
        f"<td>Стан виконання</td></tr>{''.join(rows)}</table></body></html>",
        "utf-8",
    )
    expected = quietly(page)
    printed = libreoffice(page, "pdf", tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        # LibreOffice may print the title alone on a page it leaves blank: the year is given
        read = civplan.load(printed, hints=civplan.Hints(year=2025))
    assert any("printed without rules" in str(w.message) for w in caught)

    def shown(plan: civplan.Plan) -> list[tuple[str, str, str, str]]:
        return [
            (m.number, same(m.title), m.deadline.text.split()[0], same(m.outcome.text))
            for m in plan.measures()
            if m.outcome is not None
        ]

    assert len(shown(expected)) == 10
    assert shown(read) == shown(expected)


@needs_libreoffice
def test_a_numbered_list_in_a_cell_printed_without_rules_stays_in_its_row(
    tmp_path: Path,
) -> None:
    """«1) …», «2) …» in one cell part no row: no other column has a cell beside each."""
    rows = "".join(
        f"<tr><td>{number}.</td><td>Проведення навчань для працівників закладів культури "
        f"громади, частина {number}</td><td>ІІ квартал</td><td>Відділ культури</td>"
        "<td>Проведено:<br>1) семінар для бібліотекарів;<br>2) тренінг для клубних "
        "працівників;<br>3) майстер-клас для керівників гуртків.</td></tr>"
        for number in range(1, 7)
    )
    expected, read = page_and_print(
        "<html><body><table><tr><td>&nbsp;</td></tr></table>"
        "<p>Звіт про виконання плану заходів на 2025 рік</p><table>"
        "<tr><td>№</td><td>Назва заходу</td><td>Строк виконання</td><td>Виконавець</td>"
        f"<td>Стан виконання</td></tr>{rows}</table></body></html>",
        tmp_path,
    )
    assert [(m.number, same(m.outcome.text if m.outcome else "")) for m in read.measures()] == [
        (m.number, same(m.outcome.text if m.outcome else "")) for m in expected.measures()
    ]
    assert len(list(read.measures())) == 6
    # read a row each, not parted at the list's numbers (and joined back)
    from civplan.importers.pdf import read_pdf

    with (tmp_path / "page.pdf").open("rb") as stream, warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        grids = read_pdf(stream, "page.pdf").grids
    assert [len(grid.rows) for grid in grids] == [7]  # the header and six measures


@needs_libreoffice
def test_directions_centred_over_unnumbered_measures_printed_without_rules(
    tmp_path: Path,
) -> None:
    """A direction and its number merged down, centred between measures of no number that
    their cells part: each measure a row, the direction the heading of its measures."""
    directions = (
        ("Охорона довкілля", ("Прибирання берегів річки", "Висадка лісосмуги вздовж дороги")),
        ("Поводження з відходами", ("Встановлення контейнерів", "Ліквідація стихійних звалищ")),
    )
    rows = ""
    for number, (direction, titles) in enumerate(directions, start=1):
        for at, title in enumerate(titles):
            merged = (
                f'<td rowspan="2">{number}</td><td rowspan="2">{direction}</td>' if not at else ""
            )
            rows += (
                f"<tr>{merged}<td>{title} у межах громади</td><td>ІІ квартал</td>"
                "<td>Відділ благоустрою та екології виконавчого комітету</td><td>Місцевий бюджет"
                f"</td><td>{10 * (at + 1)},0</td><td>Роботи виконано, залучено {20 + at} "
                "волонтерів з числа мешканців громади</td></tr>"
            )
    expected, read = page_and_print(
        "<html><body><p>Звіт про виконання Програми охорони довкілля на 2025 рік</p><table>"
        "<tr><td>№ з/п</td><td>Назва напряму діяльності</td><td>Перелік заходів програми</td>"
        "<td>Термін виконання</td><td>Виконавці</td><td>Джерела фінансування</td>"
        f"<td>Обсяг, тис. грн</td><td>Стан виконання</td></tr>{rows}</table></body></html>",
        tmp_path,
    )
    assert [(m.number, same(m.title), m.deadline.end) for m in read.measures()] == [
        (m.number, same(m.title), m.deadline.end) for m in expected.measures()
    ]
    assert [(s.number, same(s.title or "")) for s in read.sections] == [
        ("1", "Охорона довкілля"),
        ("2", "Поводження з відходами"),
    ]


@needs_libreoffice
@pytest.mark.parametrize("staged", [False, True], ids=["title-and-report", "every-column"])
def test_paragraphs_in_a_measure_s_cells_printed_without_rules_part_no_row(
    staged: bool, tmp_path: Path
) -> None:
    """A measure's paragraphs are not rows: in half its columns, or in all beside its number.

    A Word table without borders: executors listed down the cell bridge the blank line
    between the title's paragraphs and the report's, so no gap parts them; or every cell
    holds two (a stage each), with no direction merged down beside the number.
    """
    from docx import Document

    word = Document()
    word.add_paragraph("Звіт про виконання плану заходів за 2025 рік")
    table = word.add_table(rows=1, cols=5)  # no style: no borders
    captions = ["№", "Захід", "Термін", "Виконавці", "Стан виконання"]
    for cell, caption in zip(table.rows[0].cells, captions, strict=True):
        cell.text = caption
    executors = "Відділ освіти\nУКБ\nКП «Житлосервіс»\nЦНАП\nСлужба у справах дітей"
    for number in (1, 2, 3):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"{number}.", f"Облаштування укриття\n\nу ліцеї № {number}"
        cells[2].text, cells[3].text = "ІІ квартал", executors
        if staged:
            cells[2].text, cells[3].text = "ІІ квартал\n\nIV квартал", "Відділ освіти\n\nУКБ"
        cells[4].text = "Роботи виконано\n\nАкт підписано"
    source = tmp_path / "paragraphs.docx"
    word.save(str(source))
    read = quietly(libreoffice(source, "pdf", tmp_path))
    assert [(m.number, same(m.title)) for m in read.measures()] == [
        (m.number, same(m.title)) for m in quietly(source).measures()
    ]


@needs_libreoffice
def test_a_task_merged_down_over_three_measures_printed_without_rules_heads_all_three(
    tmp_path: Path,
) -> None:
    """Centred over its rows, the task stands beside the middle one: it heads the first."""
    rows = []
    for task, name, count in ((1, "Прозорість діяльності ради", 3), (2, "Участь громадян", 2)):
        for item in range(1, count + 1):
            merged = f'<td rowspan="{count}">{name}</td>' if item == 1 else ""
            rows.append(
                f"<tr>{merged}<td>{task}.{item}</td><td>Захід {task}.{item} щодо залучення "
                f"мешканців до справ громади</td><td>ІІ квартал</td><td>Проведено {item + 1} "
                "зустрічі, участь взяли понад сорок мешканців громади.</td></tr>"
            )
    expected, read = page_and_print(
        "<html><head><style>td,th{border:1px solid #000}</style></head><body>"
        "<div>Головна | Новини</div><h2>Звіт про виконання плану заходів за 2025 рік</h2>"
        "<table><tr><th>Завдання</th><th>№</th><th>Зміст заходу</th><th>Термін</th>"
        f"<th>Стан виконання</th></tr>{''.join(rows)}</table></body></html>",
        tmp_path,
    )
    assert [(path, number) for path, number, _title in outline(read)] == [
        (path, number) for path, number, _title in outline(expected)
    ]
    assert len(list(read.measures())) == 5


@needs_libreoffice
def test_deep_numbers_a_narrow_column_wrapped_are_joined_again(tmp_path: Path) -> None:
    """A number column too narrow for «1.1.1.10» prints it over lines («1.1↵.1.↵10»)."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("План заходів з реалізації Стратегії на 2025 рік")
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    rows = [
        ("№ з/п", "Найменування заходу", "Строк виконання"),
        ("1.1.1.", "Завдання: оновлення мережі закладів освіти громади", ""),
        ("1.1.1.1", "Утворення опорного ліцею у селі Вишневе", "ІІІ квартал"),
        ("1.1.1.10", "Облаштування безбар'єрного доступу до закладів освіти", "до 1 вересня"),
    ]
    for texts in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, texts, strict=True):
            cell.text = text
    for column, width in zip(table.columns, (Cm(1.0), Cm(10), Cm(4)), strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    source = tmp_path / "deep.docx"
    document.save(str(source))
    printed = libreoffice(source, "pdf", tmp_path)
    plan = civplan.load(printed, hints=civplan.Hints(year=2025))
    assert [m.number for m in plan.measures()] == ["1.1.1.1", "1.1.1.10"]
    [section] = plan.sections
    assert section.number == "1.1.1."


@needs_libreoffice
@pytest.mark.parametrize("ruled", [True, False])
def test_tables_of_sections_printed_one_after_another_keep_the_first_section(
    tmp_path: Path, ruled: bool
) -> None:
    # a Word document of a table per section under a heading line each, printed: the PDF
    # joins the tables into one, the second heading a row across it, the first above it;
    # without rules, they are read by the text's alignment, as one grid
    path = tables_of_sections(tmp_path / "sections.docx", ruled=ruled)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        plan = civplan.load(libreoffice(path, "pdf", tmp_path))
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"
    assert [(s.title, [m.title for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["Ремонт школи", "Закупівля автобуса"]),
        ("Культура", ["Фестиваль"]),
    ]


SHEET_ROWS = [
    (1, "Навчання старост з цифрової грамотності населення", "ІІ квартал", "Проведено 2 навчання"),
    (2, "Ремонт сходів центру надання адміністративних послуг", "ІІІ квартал", "Не виконано"),
    (3, "Оновлення довідника послуг", "ІV квартал", "Виконано, довідник оприлюднено"),
]
"""A sheet's rows whose titles wrap onto two lines in a narrow column."""
SHORT_SHEET_ROWS = [
    (number, f"Заміна вікон у ліцеї № {number}", "ІІІ квартал", "Вікна замінено")
    for number in range(1, 6)
]
SHORT_SHEET_ROWS[2] = (
    3,
    "Заміна вікон у ліцеї № 3",
    "ІІІ квартал",
    "Не виконано через відсутність фінансування",
)
"""Rows of one line each but one: the steps between rows outnumber those within a cell, and the
last line of a header's caption or of a cell lies closer above a number than a row's step."""


def _printed_sheet(rows: list[tuple[int, str, str, str] | str], tmp_path: Path) -> Path:
    """A sheet of ``rows`` printed by LibreOffice: a section's heading (a text) merged across.

    Its numbers are numbers, set to the right of their cells, its columns' widths a
    report's, the caption «Термін виконання» wrapped in its narrow column.
    """
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів за 2025 рік"])
    sheet.append([])
    sheet.append(
        ["№ з/п", "Найменування заходу", "Термін виконання", "Відповідальний виконавець",
         "Стан виконання"]
    )  # fmt: skip
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            at = sheet.max_row
            sheet.merge_cells(start_row=at, start_column=1, end_row=at, end_column=5)
            sheet.cell(at, 1).font = Font(bold=True)
        else:
            number, title, term, outcome = row
            sheet.append([number, title, term, "Відділ освіти", outcome])
    for column, width in zip("ABCDE", (6, 44, 14, 20, 34), strict=True):
        sheet.column_dimensions[column].width = width
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for at in range(3, sheet.max_row + 1):  # a row as high as its lines (LibreOffice keeps it)
        sheet.row_dimensions[at].height = 30
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # as wide as the page
    sheet.page_setup.fitToHeight = 0
    source = tmp_path / "report.xlsx"
    book.save(source)
    return libreoffice(source, "pdf", tmp_path)


@needs_libreoffice
@pytest.mark.parametrize("rows", [SHEET_ROWS, SHORT_SHEET_ROWS], ids=["wrapped", "one-line"])
def test_a_spreadsheet_printed_without_rules_with_its_numbers_set_right(
    rows: list[tuple[int, str, str, str]], tmp_path: Path
) -> None:
    """A sheet's numbers, set to the right of their cells, print against the titles beside them.

    «1Проведення …» is a number and a title, each in its column; the title line above the
    table, narrower than its first column, is the plan's title, not a caption.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(_printed_sheet(list(rows), tmp_path))
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"
    assert [(m.number, same(m.title)) for m in plan.measures()] == [
        (str(number), title) for number, title, _term, _outcome in rows
    ]
    assert [
        (m.deadline.text, m.outcome.text or m.outcome.stated) if m.outcome else None
        for m in plan.measures()
    ] == [(term, outcome) for *_, term, outcome in rows]
    assert any("printed without rules" in str(w.message) for w in caught)


@needs_libreoffice
def test_a_spreadsheet_printed_without_rules_with_many_sections_merged_across(
    tmp_path: Path,
) -> None:
    """Bold headings of sections, merged across the sheet, run over the titles' edge.

    One line in four is a heading, too many for an edge that lines cross by chance; but
    every measure's line parts there, its number before the edge and its title after it.
    """
    topics = ["Дороги", "Освітлення", "Парки", "Кладовища"]
    works = ["Поточний ремонт", "Обстеження", "Закупівля матеріалів"]
    rows: list[tuple[int, str, str, str] | str] = []
    for at, topic in enumerate(topics, start=1):
        rows.append(f"{at}. {topic}")
        rows += [
            (3 * at - 3 + n, f"{work} ({topic.lower()})", "ІІ квартал", "Виконано")
            for n, work in enumerate(works, start=1)
        ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        plan = civplan.load(_printed_sheet(rows, tmp_path))
    assert [(s.number, s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        (f"{at}.", topic, [str(3 * at - 3 + n) for n in (1, 2, 3)])
        for at, topic in enumerate(topics, start=1)
    ]
    assert [m.title for m in plan.sections[3].measures] == [f"{work} (кладовища)" for work in works]


@needs_libreoffice
@pytest.mark.parametrize("numbered", [False, True], ids=["headings", "numbered-headings"])
@pytest.mark.parametrize("numbers_row", [True, False], ids=["numbers-row", "no-numbers-row"])
def test_a_sheet_s_header_of_years_and_headings_printed_without_rules(
    numbered: bool, numbers_row: bool, tmp_path: Path
) -> None:
    """A sheet's rows as high as their lines print as close as a cell's lines.

    The row of years under the funding's caption (merged over both, its words running
    over the edge) goes under it; the row of the columns' numbers is no measure; a
    section's heading in the titles' column alone, under the header or under the last
    measure of the section before, heads the next measures (before: a measure «1 2», the
    funding a column of notes «(тис.», the heading read into a caption or a title).
    """
    import openpyxl
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів на 2025 рік"])
    sheet.append([])
    sheet.append(["№ п/п", "Назва заходу", "Строк", "Орієнтовні обсяги фінансування (тис. грн)",
                  None, "Стан виконання"])  # fmt: skip
    sheet.merge_cells("D3:E3")
    sheet.append([None, None, None, 2025, 2026, None])
    if numbers_row:
        sheet.append([1, 2, 3, 4, 5, 6])
    sections = ["Ремонт закладів освіти", "Благоустрій"]
    measures = [
        [("1.1", "Заміна вікон у ліцеї", "ІІ квартал", "350,0", "120,0", "Виконано"),
         ("1.2", "Ремонт покрівлі школи", "ІІІ квартал", "410,5", "—", "Триває")],
        [("2.1", "Озеленення скверу", "травень", "60,0", "—", "Виконано"),
         ("2.2", "Утеплення фасаду садочка", "грудень", "95,0", "95,0", "Не виконано")],
    ]  # fmt: skip
    for at, (heading, rows) in enumerate(zip(sections, measures, strict=True), start=1):
        sheet.append([None, f"{at}. {heading}" if numbered else heading])
        for row in rows:
            sheet.append(list(row))
    for column, width in zip("ABCDEF", (7, 38, 14, 14, 14, 28), strict=True):
        sheet.column_dimensions[column].width = width
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for at in range(3, sheet.max_row + 1):  # rows as high as their lines
        sheet.row_dimensions[at].height = 28 if at == 3 else 14
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToHeight = 0
    source = tmp_path / "report.xlsx"
    book.save(source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        plan = civplan.load(libreoffice(source, "pdf", tmp_path))
    assert [(s.title, [(m.number, m.title) for m in s.measures]) for s in plan.sections] == [
        (heading, [(number, title) for number, title, *_ in rows])
        for heading, rows in zip(sections, measures, strict=True)
    ]
    assert [(f.year, str(f.amount)) for f in plan.measure("1.1").funding] == [
        (2025, "350.0"),
        (2026, "120.0"),
    ]
    assert plan.measure("2.2").deadline.text == "грудень"
    assert not plan.notes


@needs_libreoffice
def test_a_table_the_paper_s_right_edge_cut_is_warned_about(tmp_path: Path) -> None:
    """A table wider than the paper, printed: where the edge cuts it, nothing past it is in
    the PDF (here its last columns are empty; a print may also leave out their text)."""
    blank = "<td width='150'></td>" * 4
    rows = "".join(
        f"<tr><td>{n}</td><td>Облаштування спортивного майданчика № {n}</td>"
        f"<td>2025 рік</td>{blank}</tr>"
        for n in range(1, 4)
    )
    page = tmp_path / "wide.html"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body><p>План заходів на 2025 рік</p>"
        "<table border='1' width='1300'><tr><th>№ з/п</th><th>Найменування заходу</th>"
        f"<th>Строк виконання</th>{blank}</tr>{rows}</table></body></html>",
        "utf-8",
    )
    printed = libreoffice(libreoffice(page, "docx:MS Word 2007 XML", tmp_path), "pdf", tmp_path)
    with pytest.warns(civplan.CivplanWarning, match=r"cut by the page's right edge \(page 1\)"):
        plan = civplan.load(printed)
    assert [m.number for m in plan.measures()] == ["1", "2", "3"]


@needs_libreoffice
@pytest.mark.parametrize("direction", ["btLr", "tbRl"])
def test_captions_set_upright_in_narrow_columns_are_read_in_their_order(
    direction: str, tmp_path: Path
) -> None:
    """A Word header whose narrow columns' captions read bottom to top (or top to bottom),
    printed: their letters come in reverse order out of the page unless read turned."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів на 2025 рік")
    captions = ("№ з/п", "Найменування заходу", "Строк виконання", "Виконавець", "Стан виконання")
    table = document.add_table(rows=3, cols=5)
    table.style = "Table Grid"
    for c, caption in enumerate(captions):
        table.cell(0, c).text = caption
    for r, (title, outcome) in enumerate(
        (("Семінар для старост", "Проведено 14 березня"), ("Оновлення сайту", "Сайт оновлено")),
        start=1,
    ):
        for c, text in enumerate((str(r), title, "ІІ квартал", "Відділ освіти", outcome)):
            table.cell(r, c).text = text
    for c in (0, 2, 3):
        turned = OxmlElement("w:textDirection")
        turned.set(qn("w:val"), direction)
        table.cell(0, c)._tc.get_or_add_tcPr().append(turned)
    table.rows[0].height = Cm(3.5)
    source = tmp_path / "report.docx"
    document.save(str(source))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        explained = civplan.explain(libreoffice(source, "pdf", tmp_path))
    read = explained.tables[0]
    assert read.grid.rows[read.header[0]] == captions
    assert [c.why for c in read.columns if c.field in ("number", "deadline", "responsible")] == [
        "caption"
    ] * 3
    assert not any("read by their cells" in str(w.message) for w in caught)


@needs_libreoffice
def test_a_sheet_wider_than_the_paper_printed_a_part_a_page_is_read_whole(
    tmp_path: Path,
) -> None:
    """LibreOffice Calc prints the columns that do not fit «down, then over»: the first
    columns on pages 1–2, the report's column on pages 3–4, their rows the same page by page.
    They are put together again."""
    import openpyxl
    from openpyxl.styles import Border, Side

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів на 2025 рік"])
    sheet.append(["№ з/п", "Найменування заходу", "Строк виконання", "Стан виконання"])
    for n in range(1, 61):
        sheet.append(
            [str(n), f"Проведення семінару № {n}", "ІІ квартал", f"Проведено {n} семінарів"]
        )
    rule = Side(style="thin")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(left=rule, right=rule, top=rule, bottom=rule)
    for column, width in zip("ABCD", (6, 40, 14, 60), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.oddHeader.center.text = "&A"  # the sheet's name atop every page, as Calc puts it
    sheet.oddFooter.center.text = "Сторінка &P"
    source = tmp_path / "wide.xlsx"
    book.save(source)
    printed = libreoffice(source, "pdf", tmp_path)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 4  # (as the test means it: two pages down, then over)
    with warnings.catch_warnings():
        warnings.simplefilter("error", civplan.CivplanWarning)
        plan = civplan.load(printed)
    assert [(m.number, m.outcome.text if m.outcome else None) for m in plan.measures()] == [
        (str(n), f"Проведено {n} семінарів") for n in range(1, 61)
    ]


def test_a_table_after_the_report_that_is_none_of_it_is_named_in_a_warning() -> None:
    """Tables apart from the report's (set apart by text) are not read, never silently."""
    cells = [["No.", "Activity", "Deadline", "Status"], ["1", "Train the staff", "Q2 2025", "Done"]]
    lines, texts = ruled_table([50, 90, 300, 360, 545], [700, 670, 640], cells)
    more, figures = ruled_table([50, 300, 545], [560, 530, 500], [["Total", "1"], ["Done", "1"]])
    title = (60, 740, LEVEL, 14, "Report on the action plan for 2025")
    between = (60, 600, LEVEL, 12, "Summary")
    data = handmade_pdf([*lines, *more], [title, *texts, between, *figures])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        plan = civplan.load(io.BytesIO(data), "pdf")
    told = [str(w.message) for w in caught]
    assert any("tables after the report's not read: page 1, table 2" in m for m in told), told
    assert [m.number for m in plan.measures()] == ["1"]


def _handmade_report(*more: tuple[float, float, Matrix, float, str], tall: bool = False) -> bytes:
    """An English report of two activities in a ruled table, with ``more`` texts drawn on it."""
    top = 700
    header = 90 if tall else 30
    rows = [top, top - header, top - header - 30, top - header - 60]
    cells = [
        ["No.", "Activity", "" if tall else "Deadline", "Status"],
        ["1", "Train the staff", "Q2 2025", "Done"],
        ["2", "Update the website", "Q3 2025", "Not done"],
    ]
    lines, texts = ruled_table([50, 90, 300, 360, 545], rows, cells)
    title = (60, 740, LEVEL, 14, "Report on the action plan for 2025")
    return handmade_pdf(lines, [title, *texts, *more])


def test_a_watermark_across_the_table_is_no_cell_s_text() -> None:
    watermark = (150, 560, SLANTED, 60, "DRAFT")
    plan = civplan.load(io.BytesIO(_handmade_report(watermark)), "pdf")
    assert [(m.title, m.deadline.text) for m in plan.measures()] == [
        ("Train the staff", "Q2 2025"),
        ("Update the website", "Q3 2025"),
    ]


def test_a_caption_turned_upward_in_a_narrow_column_reads_in_its_order() -> None:
    turned = (335, 620, UPWARD, 10, "Deadline")  # bottom to top in the tall header's cell
    with warnings.catch_warnings():
        warnings.simplefilter("error", civplan.CivplanWarning)  # no column read by its cells
        explained = civplan.explain(io.BytesIO(_handmade_report(turned, tall=True)), "pdf")
    assert explained.tables[0].grid.rows[0] == ("No.", "Activity", "Deadline", "Status")


def test_a_turned_label_of_a_cell_merged_down_over_its_rows_reads_in_its_order() -> None:
    """A group's name set upright in a cell merged down over its measures' rows."""
    columns, rows = [50, 80, 110, 330, 400, 545], [700, 670, 640, 610, 580]
    lines = [(x, rows[-1], x, rows[0]) for x in columns]
    lines += [(50, y, 545, y) for y in (rows[0], rows[1], rows[-1])]
    lines += [(80, y, 545, y) for y in rows[2:-1]]  # the first column merged down below
    cells = [
        ["", "No.", "Activity", "Deadline", "Status"],
        ["", "1", "Train the staff", "Q2 2025", "Done"],
        ["", "2", "Update the website", "Q3 2025", "Not done"],
        ["", "3", "Buy laptops", "Q4 2025", "Done"],
    ]
    _rules, texts = ruled_table(columns, rows, cells)
    label = (69, 600, UPWARD, 10, "Education")  # bottom to top over the three rows
    data = handmade_pdf(lines, [(60, 740, LEVEL, 14, "Report on the plan for 2025"), *texts, label])
    grid = civplan.explain(io.BytesIO(data), "pdf").tables[0].grid
    assert grid.rows[1][0] == "Education"


@needs_libreoffice
def test_a_sheet_printed_in_three_parts_with_sections_merged_across_is_read_whole(
    tmp_path: Path,
) -> None:
    """Three parts of columns on three pages; each section's row merged across them shows its
    text on each, and an unruled caption may stand at a row's height: all put together."""
    import openpyxl
    from openpyxl.styles import Border, Side

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Звіт про виконання плану заходів на 2025 рік"])
    captions = ("№ з/п", "Найменування заходу", "Строк", "Виконавець", "Обсяг, тис. грн")
    sheet.append([*captions, "Стан виконання"])
    for s in range(1, 4):
        sheet.append([f"{s}. Напрям діяльності {s}"])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6
        )
        for m in range(1, 6):
            sheet.append([f"{s}.{m}", f"Семінар {s}.{m}", "ІІ квартал", "Відділ освіти", "12,5",
                          f"Проведено семінар {s}.{m}"])  # fmt: skip
    rule = Side(style="thin")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(left=rule, right=rule, top=rule, bottom=rule)
    for column, width in zip("ABCDEF", (6, 40, 14, 30, 16, 50), strict=True):
        sheet.column_dimensions[column].width = width
    source = tmp_path / "wide.xlsx"
    book.save(source)
    printed = libreoffice(source, "pdf", tmp_path)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 3
    with warnings.catch_warnings():
        warnings.simplefilter("error", civplan.CivplanWarning)
        plan = civplan.load(printed)
    assert [(s.title, len(s.measures)) for s in plan.sections] == [
        (f"Напрям діяльності {s}", 5) for s in range(1, 4)
    ]
    assert [m.outcome.text if m.outcome else None for m in plan.measures()] == [
        f"Проведено семінар {s}.{m}" for s in range(1, 4) for m in range(1, 6)
    ]
    assert [m.responsible for m in plan.measures()][:1] == [("Відділ освіти",)]


def test_a_table_going_on_at_the_same_heights_on_the_next_page_is_not_put_beside() -> None:
    """Rows of one height from the page's top on both pages: the next page's rows stand where
    the first page's did, but a table of the same columns goes on below, not beside."""
    columns = [50, 90, 300, 360, 545]
    first = [["No.", "Activity", "Deadline", "Status"]]
    first += [[str(n), f"Activity {n}", "Q2 2025", "Done"] for n in (1, 2, 3)]
    then = [[str(n), f"Activity {n}", "Q3 2025", "Not done"] for n in (4, 5, 6, 7)]
    rows = [800, 770, 740, 710, 680]
    pages = [ruled_table(columns, rows, first), ruled_table(columns, rows, then)]
    title = (60, 815, LEVEL, 8, "Report on the action plan for 2025")
    pages[0] = (pages[0][0], [title, *pages[0][1]])
    plan = civplan.load(io.BytesIO(handmade_pages(pages)), "pdf")
    assert [(m.number, m.outcome.stated if m.outcome else None) for m in plan.measures()] == [
        ("1", "Done"), ("2", "Done"), ("3", "Done"),
        ("4", "Not done"), ("5", "Not done"), ("6", "Not done"), ("7", "Not done"),
    ]  # fmt: skip


def _unruled(printed: Sequence[tuple[float, Sequence[tuple[float, str]]]]) -> list[Any]:
    """Texts of lines printed without rules: each line's height and its texts' places."""
    return [(x, y, LEVEL, 10, text) for y, texts in printed for x, text in texts]


_UNRULED_HEADER = (780, [(50, "No."), (90, "Activity"), (260, "Deadline"), (350, "Status")])


def test_a_number_wrapped_alone_onto_a_title_s_last_line_is_no_measure_s() -> None:
    """A narrow column of titles printed without rules, whose wrapped lines end in a bare
    number («… school» over «3»), more often than the numbers' column has numbers."""
    printed = [_UNRULED_HEADER, (750, [(90, "1. Area")]), (738, [(90, "1")])]
    y = 715.0
    for n in (1, 2, 3):
        printed += [
            (y, [(50, f"1.{n}"), (90, "Train the staff of"), (260, "Q2 2025"), (350, "Done.")]),
            (y - 12, [(90, "school")]),
            (y - 24, [(90, str(n))]),
        ]
        y -= 50
    printed += [(y, [(90, "2. Area")]), (y - 12, [(90, "2")])]
    printed += [(y - 35, [(50, "2.1"), (90, "Repair the roof"), (260, "Q3 2025"), (350, "Done.")])]
    pdf = handmade_pdf(
        [], [(50, 810, LEVEL, 12, "Report on the plan for 2025"), *_unruled(printed)]
    )
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(pdf), "pdf")
    assert [(m.number, m.title) for m in plan.measures()] == [
        *((f"1.{n}", f"Train the staff of school {n}") for n in (1, 2, 3)),
        ("2.1", "Repair the roof"),
    ]
    assert [section.title for section in plan.sections] == ["Area 1", "Area 2"]


def test_a_row_printed_without_rules_goes_on_in_the_next_page_s_first_lines() -> None:
    """The last row's last lines at the next page's top, no header repeated, nothing else."""
    first = [(810, [(50, "Report on the plan for 2025")]), _UNRULED_HEADER]
    first += [
        (790 - 40 * n, [(50, str(n)), (90, f"Activity {n}"), (260, "Q2 2025"), (350, "Done.")])
        for n in (1, 2)
    ]
    first += [(670, [(50, "3"), (90, "Train the staff of"), (260, "Q3 2025"), (350, "Not")])]
    then = [(790, [(90, "the district council"), (350, "done.")])]
    pages = [([], _unruled(first)), ([], _unruled(then))]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(handmade_pages(pages)), "pdf")
    assert [(m.number, m.title) for m in plan.measures()][-1] == (
        "3",
        "Train the staff of the district council",
    )
    assert [m.outcome.stated if m.outcome else None for m in plan.measures()][-1] == "Not done."
    assert not plan.notes and not [w for w in caught if "could not place" in str(w.message)]


@needs_libreoffice
def test_a_caption_of_two_words_is_not_cut_into_two_at_its_small_letter(tmp_path: Path) -> None:
    """«Назва завдання» over the titles of a table without borders, its funding's caption
    merged over its years: the captions stay over their columns; before, «Назва» and
    «завдання» were cut apart, and every caption after them moved a column right."""
    from docx import Document

    word = Document()
    word.add_paragraph("Звіт про виконання плану заходів на 2025 рік")
    table = word.add_table(rows=2, cols=6)  # no style: no borders
    captions = ["№", "Назва завдання", "Індикатор виконання", "Що зроблено"]
    for column, caption in enumerate(captions):
        table.cell(0, column).merge(table.cell(1, column)).text = caption
    table.cell(0, 4).merge(table.cell(0, 5)).text = "Фінансування, тис. грн"
    table.cell(1, 4).text, table.cell(1, 5).text = "2025", "2026"
    reports = ["Проведено 3 заходи.", "Виконано.", "Частково виконано."]
    for number, report in enumerate(reports, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"1.{number}", f"Оновити сайт громади {number}"
        cells[2].text, cells[3].text = "Підвищення якості послуг", report
        cells[4].text = cells[5].text = "306,0"
    source = tmp_path / "captions.docx"
    word.save(str(source))
    read = quietly(libreoffice(source, "pdf", tmp_path))
    assert [m.outcome.text if m.outcome else None for m in read.measures()] == reports
    # the funding's caption, its words running across into the second year's column, heads
    # both years (before, «тис. 2026» a column of notes)
    assert [(f.year, f.amount) for f in read.measure("1.1").funding] == [
        (2025, Decimal("306.0")),
        (2026, Decimal("306.0")),
    ]


def test_a_table_over_hundreds_of_pages_is_read_whole() -> None:
    """Joined page by page, a table of 600 pages: before, the places of its rows were kept
    one within another, and naming one went past Python's limit of recursion."""
    columns = [50, 90, 300, 360, 545]
    pages = []
    for page in range(600):
        cells = [["No.", "Activity", "Deadline", "Status"]] if page == 0 else []
        cells += [[str(page + 1), f"Activity {page + 1}", "Q2 2025", "Done"]]
        if page == 599:  # one more, of no number: named by its place in a warning
            cells += [["", "Activity 601", "Q2 2025", "Done"]]
        pages.append(ruled_table(columns, [800, 770, 740, 710][: len(cells) + 1], cells))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(handmade_pages(pages)), "pdf")
    assert [m.title for m in plan.measures()] == [f"Activity {n}" for n in range(1, 602)]
    numbered = [str(w.message) for w in caught if "numbered by their position" in str(w.message)]
    assert numbered and "page 600" in numbered[0]


@needs_libreoffice
def test_executors_on_lines_of_their_own_in_a_narrow_column_stay_apart(tmp_path: Path) -> None:
    """Each executor a paragraph of its cell, the column too narrow to tell a paragraph's end
    from a wrapped line: the printed lines joined name the executors one after another."""
    from docx import Document

    word = Document()
    word.add_paragraph("Звіт про виконання плану заходів на 2025 рік")
    table = word.add_table(rows=1, cols=5)
    table.style = word.styles["Table Grid"]
    captions = ["№", "Найменування заходу", "Строк виконання", "Виконавці", "Стан виконання"]
    for cell, caption in zip(table.rows[0].cells, captions, strict=True):
        cell.text = caption
    for number in (1, 2):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(number), f"Провести семінар для бібліотекарів {number}"
        cells[2].text, cells[4].text = "ІІ квартал", "Семінар проведено."
        cells[3].text = "Відділ культури\nЦентр культури\nСлужба у справах дітей"
    source = tmp_path / "executors.docx"
    word.save(str(source))
    read = quietly(libreoffice(source, "pdf", tmp_path))
    assert [m.responsible for m in read.measures()] == [
        m.responsible for m in quietly(source).measures()
    ]
    assert read.measure("1").responsible == (
        "Відділ культури",
        "Центр культури",
        "Служба у справах дітей",
    )


def test_a_page_going_on_from_a_table_without_rules_is_not_taken_for_a_table_of_its_own() -> None:
    """The next page's first line ends the row broken across the pages, and the next row's
    second line reads as captions (a title, a funding, an executor): in the columns of the
    table before, the page goes on with it; before, that line was a header, the lines above
    it running text, and the page a table of its own, not read."""
    header = (780, [(50, "No."), (90, "Activity"), (260, "Funding"), (350, "Responsible")])
    first = [(810, [(50, "Report on the plan for 2025")]), header]
    first += [
        (750, [(50, "1"), (90, "Repair the roof"), (260, "Local"), (350, "Works department")]),
        (710, [(50, "2"), (90, "Support the youth"), (260, "Local"), (350, "Youth department")]),
    ]
    then = [(790, [(90, "centre")])]
    # the next row's second line: «activity», «budget», «department» read as captions
    then += [(750, [(50, "3"), (90, "Plan the youth"), (260, "Local"), (350, "Youth")])]
    then += [(738, [(90, "activity"), (260, "budget"), (350, "department")])]
    then += [
        (870 - 40 * n, [(50, str(n)), (90, f"Activity {n}"), (260, "State"), (350, "Council")])
        for n in (4, 5, 6)
    ]
    pages = [([], _unruled(first)), ([], _unruled(then))]
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(handmade_pages(pages)), "pdf")
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Repair the roof"),
        ("2", "Support the youth centre"),
        ("3", "Plan the youth activity"),
        *((str(n), f"Activity {n}") for n in (4, 5, 6)),
    ]


def test_a_heading_broken_across_pages_is_one_heading() -> None:
    """«2. Area» wrapped in a narrow column of a table without rules, its «2» on the next page:
    the heading's rest, not a measure of its own."""
    header = (780, [(50, "No."), (90, "Activity"), (260, "Deadline"), (350, "Status")])
    first = [(810, [(50, "Report on the plan for 2025")]), header, (750, [(90, "Area 1")])]
    first += [
        (730 - 30 * n, [(50, f"1.{n}"), (90, f"Activity 1.{n}"), (260, "Q2 2025"), (350, "Done")])
        for n in (1, 2, 3)
    ]
    first += [(620, [(90, "Area")])]
    then = [(790, [(90, "2")])]
    then += [
        (790 - 30 * n, [(50, f"2.{n}"), (90, f"Activity 2.{n}"), (260, "Q3 2025"), (350, "Done")])
        for n in (1, 2, 3)
    ]
    pages = [([], _unruled(first)), ([], _unruled(then))]
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(handmade_pages(pages)), "pdf")
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Area 1", ["1.1", "1.2", "1.3"]),
        ("Area 2", ["2.1", "2.2", "2.3"]),
    ]


@pytest.mark.parametrize("numbers", [("1.1", "1.2", "2.1"), ("1", "2", "3")])
@pytest.mark.parametrize("listed", [False, True])
def test_the_next_section_s_heading_atop_a_page_goes_on_no_title(
    numbers: tuple[str, ...], listed: bool
) -> None:
    """«2. Area 2» alone in the titles' column at the next page's top, the last measure's
    number beside its title on the page before: a heading, not the title's last line
    (before, «Activity 2 2. Area 2» and one section). A report's list going on there
    further right («2. Minutes sent.») stays the report's."""
    first = [(810, [(50, "Report on the plan for 2025")]), _UNRULED_HEADER]
    first += [(750, [(90, "1. Area 1")])]
    first += [
        (730 - 30 * n, [(50, number), (90, f"Activity {n}"), (260, "Q2 2025"), (350, "Done.")])
        for n, number in enumerate(numbers[:2], start=1)
    ]
    first += [(660, [(350, "1. Meeting held.")])]
    then = [(790, [(350, "2. Minutes sent.")])] if listed else []
    then += [(760, [(90, "2. Area 2")])]
    then += [(730, [(50, numbers[2]), (90, "Activity 3"), (260, "Q3 2025"), (350, "Done.")])]
    pages = [([], _unruled(first)), ([], _unruled(then))]
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(handmade_pages(pages)), "pdf")
    assert [(s.title, [m.title for m in s.measures]) for s in plan.sections] == [
        ("Area 1", ["Activity 1", "Activity 2"]),
        ("Area 2", ["Activity 3"]),
    ]
    last = plan.sections[0].measures[-1].outcome
    report = "Done.\n1. Meeting held." + ("\n2. Minutes sent." if listed else "")
    assert last is not None and last.text == report


@needs_libreoffice
def test_captions_cut_into_pieces_by_narrow_columns_are_read_whole(tmp_path: Path) -> None:
    """A Word table without borders of nine columns on a portrait page, too narrow for its
    captions' words, printed: the words are cut with no hyphen («Перел» over «ік заході» over
    «в»). The header is read whole (before, its pieces named too few fields civplan knows,
    and the document was no table)."""
    captions = [
        "№ заходу", "Перелік заходів", "Джерела фінансування", "Термін виконання",
        "Орієнтовні обсяги фінансування (тис. грн)", "Відповідальний виконавець",
        "Очікуваний результат виконання заходу", "Стан виконання", "Примітка",
    ]  # fmt: skip
    word, table = ruled_word_table(TITLE_2025, captions, ruled=False)
    reports = ["Проведено 3 заходи.", "Виконано.", "Частково виконано."]
    for number, report in enumerate(reports, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"1.{number}", f"Провести нараду {number}"
        cells[2].text, cells[3].text, cells[4].text = "Місцевий бюджет", "ІІ квартал", "12,5"
        cells[5].text, cells[6].text = "Відділ освіти", "Підвищення якості послуг"
        cells[7].text, cells[8].text = report, "—"
    source = tmp_path / "narrow.docx"
    word.save(str(source))
    printed = libreoffice(source, "pdf", tmp_path)
    import pdfplumber

    with pdfplumber.open(printed) as pdf:  # the case is there: a caption's word cut in pieces
        assert "Перелік" not in pdf.pages[0].extract_text()
    read = quietly(printed)
    assert [(m.number, m.title) for m in read.measures()] == [
        (f"1.{n}", f"Провести нараду {n}") for n in (1, 2, 3)
    ]
    assert [m.outcome and (m.outcome.text or m.outcome.stated) for m in read.measures()] == reports
    assert [m.deadline.text for m in read.measures()] == ["ІІ квартал"] * 3
    assert [m.responsible for m in read.measures()] == [("Відділ освіти",)] * 3
    assert [str(f.amount) for f in read.measure("1.1").funding] == ["12.5"]


@needs_libreoffice
def test_a_word_cut_at_a_page_s_foot_in_a_table_without_rules_is_joined_whole(
    tmp_path: Path,
) -> None:
    """A Word table without borders, seven columns too narrow for «програму»: the word's
    last letter goes to the next line, which a page break puts on the next page («програм»
    at one page's foot, «у розвитк» at the next one's head). The title is read whole (before,
    each page's cells were unwrapped apart: «Розробити програм у розвитку спорту 11»)."""
    captions = [
        "№", "Найменування заходів", "Стан виконання", "Відповідальні за виконання",
        "Джерела фінансування", "Строк вико-нання", "Фінансування, тис. грн",
    ]  # fmt: skip
    word, table = ruled_word_table(TITLE_2025, captions, ruled=False)
    done, none, buying = (
        "Проведено 3 заходи.",
        "Не виконано через відсутність коштів.",
        "Триває закупівля.",
    )
    sport, site, meals = (
        "Розробити програму розвитку спорту",
        "Оновити сайт громади",
        "Забезпечити харчування учнів",
    )
    kids, money, schools, housing = (
        "Служба у справах дітей",
        "Фінансове управління",
        "Відділ освіти",
        "Управління ЖКГ",
    )
    state, local, shelter = "Державний бюджет", "Місцевий бюджет", "Облаштувати укриття у школі"
    rows = [
        ("1", "2", "3", "4", "5", "6", "7"),
        ("", "1. Напрям 1"),
        ("1.1.", f"{site} 1", none, kids, state, "грудень", "51,2"),
        ("1.2.", f"{sport} 2", done, money, local, "до 01.07.2025", "87,7"),
        ("1.3.", f"{sport} 3", buying, schools, local, "грудень", "385,6"),
        ("", "2. Напрям 2"),
        ("2.1.", f"{site} 4", done, housing, local, "щокварталу", "351,6"),
        ("2.2.", f"{sport} 5", none, money, state, "ІІ квартал", "392,4"),
        ("2.3.", f"{sport} 6", buying, housing, local, "протягом року", "291,9"),
        ("2.4.", f"{meals} 7", done, kids, "Не потребує фінансування", "І квартал", "389,3"),
        ("", "3. Напрям 3"),
        ("3.1.", "Придбати комп'ютери 8", none, schools, state, "до 01.07.2025", "77,4"),
        ("3.2.", f"{meals} 9", "Виконано.", schools, local, "щокварталу", "411,5"),
        ("3.3.", f"{shelter} 10", done, money, state, "ІІ квартал", "170,6"),
        ("3.4.", f"{sport} 11", "Виконано.", housing, state, "щокварталу", "153,3"),
    ]
    for texts in rows:
        for cell, text in zip(table.add_row().cells, texts, strict=False):
            cell.text = text
    source = tmp_path / "cut.docx"
    word.save(str(source))
    printed = libreoffice(source, "pdf", tmp_path)
    import pdfplumber

    with pdfplumber.open(printed) as pdf:  # the case is there: «програм» at a page's foot
        texts = [page.extract_text() for page in pdf.pages]
    assert any(
        page.rstrip().endswith("програм") and following.startswith("у ")
        for page, following in itertools.pairwise(texts)
    )
    read = quietly(printed)
    assert [(m.number, m.title) for m in read.measures()] == [
        (m.number, m.title) for m in quietly(source).measures()
    ]
    assert read.measure("3.4").title == f"{sport} 11"


@needs_libreoffice
def test_an_empty_column_of_notes_printed_without_rules_keeps_its_own_caption(
    tmp_path: Path,
) -> None:
    """«Примітка» over no notes, in a Word table without borders, beside the reports' «Результат»
    and between the terms and the executors: a column whose caption alone begins there (before,
    its caption was read into the column before: «Результат Примітка», a column of notes, and
    no measure had its report)."""
    captions = [
        "№ з/п",
        "Назва заходу",
        "Термін",
        "Примітка",
        "Виконавець",
        "Результат",
        "Примітка",
    ]
    word, table = ruled_word_table(TITLE_2025, captions, ruled=False)
    reports = ["Проведено 3 наради.", "Виконано.", "Не виконано через відсутність коштів."]
    for number, report in enumerate(reports, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(number), f"Провести нараду {number}"
        cells[2].text, cells[4].text, cells[5].text = "ІІ квартал", "Відділ освіти", report
    source = tmp_path / "notes.docx"
    word.save(str(source))
    read = quietly(libreoffice(source, "pdf", tmp_path))
    assert [(m.number, m.title) for m in read.measures()] == [
        (str(n), f"Провести нараду {n}") for n in (1, 2, 3)
    ]
    assert [m.outcome.text if m.outcome else None for m in read.measures()] == reports
    assert [(m.deadline.text, m.responsible, m.notes) for m in read.measures()] == [
        ("ІІ квартал", ("Відділ освіти",), ())
    ] * 3
