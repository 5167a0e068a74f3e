import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

import civplan
from civplan import DocumentError, demo_plan


def read_text_dump(text: str, source: str = "<text>") -> civplan.Plan:
    stream = io.BytesIO(text.encode("utf-8"))
    stream.name = source  # type: ignore[attr-defined]
    return civplan.load(stream, "textdump")


def test_seed_import_equals_the_bundled_example(seed_text: str) -> None:
    imported = read_text_dump(seed_text, source="luhansk-2017-report.txt")
    bundled = demo_plan()
    assert len(imported.sections) == 6
    assert [m.number for m in imported.measures()] == [m.number for m in bundled.measures()]
    assert len(list(imported.measures())) == 15
    for mine, theirs in zip(imported.measures(), bundled.measures(), strict=True):
        assert (mine.title, mine.deadline, mine.outcome) == (
            theirs.title,
            theirs.deadline,
            theirs.outcome,
        )
    assert imported.title == bundled.title
    assert (imported.year, imported.territory) == (2017, "Луганська область")


def test_seed_artefacts_and_line_breaks(seed_text: str) -> None:
    plan = read_text_dump(seed_text)
    assert plan.measure("1.2").deadline.text == "протягом\nроку"  # a cell broken over lines
    outcome = plan.measure("5.2").outcome
    assert outcome is not None
    assert "[bookmark" not in outcome.text
    assert "\n16 листопада форум" in outcome.text
    assert plan.sections[1].title.startswith("Забезпечення")  # «2.Забезпечення» without a space
    # an empty paragraph inside a cell does not split the row
    assert plan.measure("4.4").deadline.text == "ІV квартал"
    assert plan.measure("4.5").title.startswith("Створення та забезпечення")


def test_text_without_a_table_is_refused() -> None:
    with pytest.raises(DocumentError, match="no table in plain text: it holds 2 paragraphs"):
        read_text_dump("just a letter\nwith no table\n", source="letter.txt")


def test_measure_outside_its_headings_number_is_kept_with_a_warning_naming_the_line() -> None:
    text = (
        "ЗВІТ\nу 2017 році\n\n\t№\n\tНайменування заходу\n\tСтрок виконання\n"
        "\tРезультат виконання\n\n"
        "\t1. Розділ\n\n\t2.1\n\tЗахід\n\tІV квартал\n\tПроведено\n"
    )
    with pytest.warns(
        civplan.CivplanWarning, match=r"row at line 11: measure 2.1 stands under heading 1\."
    ):
        plan = read_text_dump(text, source="r.txt")
    assert plan.sections[0].measures[0].number == "2.1"


def test_rows_copied_from_word_or_excel_as_tab_separated_text() -> None:
    """A row per line and tabs between cells; a spreadsheet quotes a cell with line breaks."""
    text = (
        "Звіт про виконання плану заходів у 2025 році\n"
        "\n"
        "№ з/п\tНайменування заходу\tСтрок виконання\tРезультат виконання\n"
        "1. Освіта\n"
        "1.1\tРемонт школи\tІІ квартал\tРемонт проведено\n"
        '1.2\tЗакупівля парт\tІІІ квартал\t"Закуплено 40 парт;\nпарти передано школам"\n'
        "2. Культура\n"
        "2.1\tФестиваль\tчервень\tФестиваль відбувся\n"
        "\n"
        "Секретар ради\n"
    )
    with pytest.warns(civplan.CivplanWarning, match="line 11: Секретар ради"):
        plan = civplan.load(io.BytesIO(text.encode()))  # told by its content
    assert plan.title == "Звіт про виконання плану заходів у 2025 році"
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["1.1", "1.2"]),
        ("Культура", ["2.1"]),
    ]
    outcome = plan.measure("1.2").outcome
    assert outcome is not None and outcome.text == "Закуплено 40 парт;\nпарти передано школам"
    with pytest.warns(civplan.CivplanWarning):
        explained = str(civplan.explain(io.BytesIO(text.encode()), "textdump"))
    assert "line 9: measure: 2.1 Фестиваль" in explained  # the quoted cell took two lines


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["zvit.txt", "zvit.xls"])
def test_excel_s_unicode_text_with_the_last_row_s_cell_quoted_over_lines(
    tmp_path: Path, encoding: str, name: str
) -> None:
    """Excel's «Unicode text» (UTF-16 with its mark, a row per line, tabs between cells)
    and rows copied from a sheet: the last row's cell of several lines is quoted, its last
    line without a tab."""
    text = (
        "Звіт про виконання плану заходів на 2025 рік\t\t\t\r\n"
        "№ з/п\tНайменування заходу\tСтрок\tСтан виконання\r\n"
        "1\tРемонт школи\tІІ квартал\tВиконано\r\n"
        '2\tФестиваль\tчервень\t"Проведено 21.06.2025;\r\nвзяли участь 12 колективів"\r\n'
    )
    mark = {"utf-8": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path = tmp_path / name
    path.write_bytes(mark + text.encode(encoding))
    plan = civplan.load(path)
    assert plan.title == "Звіт про виконання плану заходів на 2025 рік"
    assert [m.title for m in plan.measures()] == ["Ремонт школи", "Фестиваль"]
    outcome = plan.measure("2").outcome
    assert outcome is not None
    assert outcome.text == "Проведено 21.06.2025;\nвзяли участь 12 колективів"
    assert plan.notes == ()


def test_a_quoted_cell_never_closed_is_a_clear_error() -> None:
    text = '№\tЗахід\tСтрок\n1\t"Толока' + " в парку" * 20_000 + "\n2\tРемонт\tтравень\n"
    with pytest.raises(DocumentError, match="line 2: field larger than field limit"):
        civplan.load(io.BytesIO(text.encode()), "textdump")


def test_sections_written_above_tables_of_their_own() -> None:
    """Each section's heading is a paragraph above a table that repeats the header."""
    header = "\t№\n\tЗахід\n\tСтрок\n\tСтан виконання\n\n"
    text = (
        "Звіт про виконання плану заходів у 2025 році\n\n1. Освіта\n\n"
        + header
        + "\t1.1\n\tРемонт покрівлі ліцею\n\tІІ квартал\n\tДах перекрито\n\n"
        "Вікна замінено\n\n"  # the cell's empty paragraph, then more of it
        "2. Культура\n\n"
        + header
        + "\t2.1\n\tФестиваль «Літо»\n\tчервень\n\tФестиваль проведено\n\n"
        "\t2.2\n\tЗвіт перед громадою\n\tгрудень\n\tЗвіт заслухано\n"
    )
    plan = read_text_dump(text, source="r.txt")
    assert [(s.number, s.title) for s in plan.sections] == [("1.", "Освіта"), ("2.", "Культура")]
    assert [m.number for m in plan.sections[1].measures] == ["2.1", "2.2"]
    outcome = plan.measure("1.1").outcome
    assert outcome is not None and outcome.text == "Дах перекрито\nВікна замінено"
    assert plan.notes == ()


def test_a_numbered_heading_between_tables_without_a_header_heads_the_next() -> None:
    """«2. Культура» between two tables, the second without a header, over «2.1»."""
    text = (
        "Звіт про виконання плану заходів у 2025 році\n\n"
        "\t№\n\tЗахід\n\tСтрок\n\tСтан виконання\n\n"
        "\t1. Освіта\n\n"
        "\t1.1\n\tРемонт покрівлі ліцею\n\tІІ квартал\n\tДах перекрито\n\n"
        "2. Культура\n\n"
        "\t2.1\n\tФестиваль «Літо»\n\tчервень\n\tПроведено\n\n"
        "3.1. Рядок клітинки, схожий на номер\n\n"  # no heading: «3.1» is not under it
        "\t3.1\n\tВиставка майстрів\n\tгрудень\n\tПроведено\n"
    )
    with pytest.warns(civplan.CivplanWarning, match="measure 3.1 stands under heading 2."):
        plan = read_text_dump(text, source="r.txt")
    assert [(s.number, s.title) for s in plan.sections] == [("1.", "Освіта"), ("2.", "Культура")]
    outcome = plan.measure("1.1").outcome
    assert outcome is not None and outcome.text == "Дах перекрито"
    second = plan.measure("2.1").outcome
    assert second is not None and second.text == "Проведено\n3.1. Рядок клітинки, схожий на номер"


@pytest.mark.parametrize(
    ("between", "notes"),
    [
        # a caption line, then another table's header: the last cell ends before them
        ("Основні показники Програми\n\n", ["line 18: Основні показники Програми"]),
        ("", []),  # no line between: the second header, after measures, starts a table
    ],
)
def test_a_table_of_figures_after_the_measures_is_kept_apart(
    between: str, notes: list[str]
) -> None:
    text = (
        "Звіт про виконання Програми у 2025 році\n\n"
        "\t№\n\tЗахід\n\tСтрок\n\tСтан виконання\n\n"
        "\t1.\n\tРемонт покрівлі ліцею\n\tІІ квартал\n\tДах перекрито\n\n"
        "\t2.\n\tФестиваль «Літо»\n\tчервень\n\tФестиваль проведено\n\n"
        + between
        + "\tПоказник\n\tОдиниця виміру\n\tПлан\n\tФакт\n\n"
        "\tКількість заходів\n\tод.\n\t12\n\t10\n"
    )
    with pytest.warns(civplan.CivplanWarning, match="kept as notes"):
        plan = read_text_dump(text, source="r.txt")
    assert [m.number for m in plan.measures()] == ["1.", "2."]
    outcome = plan.measure("2.").outcome
    assert outcome is not None and outcome.text == "Фестиваль проведено"
    assert [n for n in plan.notes if "Показник" in n or "Програми" in n] == [
        *notes,
        f"row at line {18 + 2 * len(notes)}: Показник | Одиниця виміру | План | Факт",
    ]


def test_a_cell_merged_down_leaves_the_rows_under_it_empty_and_theirs() -> None:
    """Word's «Протягом року» over a section's measures dumps as one filled, the rest empty."""
    head = "Звіт про виконання плану заходів у 2025 році\n\n\t№\n\tЗахід\n\tСтрок\n\tСтан\n\n"
    text = head + (
        "\t1. Освіта\n\n"
        "\t1.1\n\tРемонт покрівлі\n\tПротягом року\n\tВиконано\n\n"
        "\t1.2\n\tЗаміна вікон\n\t\n\tВиконано\n\n"
        "\t2. Культура\n\n"
        "\t2.1\n\tФестиваль\n\tчервень\n\tПроведено\n\n"
        "\t2.2\n\tКонцерт\n\t\n\tПроведено\n"
    )
    with pytest.warns(civplan.CivplanWarning, match="merged down over them: 1.2; 2.2"):
        plan = read_text_dump(text, source="r.txt")
    assert plan.measure("1.2").deadline.text == "Протягом року"
    assert plan.measure("2.2").deadline.text == "червень"
    # a section whose first measure has none: no cell merged down, each empty one stays so
    lone = head + (
        "\t1.1\n\tРемонт покрівлі\n\t\n\tВиконано\n\n"
        "\t1.2\n\tЗаміна вікон\n\tгрудень\n\tВиконано\n\n"
        "\t1.3\n\tФарбування\n\t\n\tВиконано\n"
    )
    assert read_text_dump(lone, source="r.txt").measure("1.3").deadline.text == ""


def test_a_markdown_table() -> None:
    """A row per line under a rule; «<br>» breaks a line, «\\|» is a pipe in a cell."""
    text = (
        "Звіт про виконання плану заходів з благоустрою за 2025 рік\n"
        "\n"
        "| № | Захід | Строк | Стан виконання |\n"
        "|:-:|-------|-------|----------------|\n"
        "| 1. Парки | | | |\n"
        "| 1.1 | Висадка дерев \\| кущів | квітень | Висаджено 40 лип<br>та 12 кленів |\n"
        "| 1.2 | Нові лавки | травень | Не виконано |\n"
        "\n"
        "Підготувала Н. Коваль\n"
    )
    plan = civplan.load(io.BytesIO(text.encode()))  # told by its content
    assert plan.title == "Звіт про виконання плану заходів з благоустрою за 2025 рік"
    assert [(s.title, [m.title for m in s.measures]) for s in plan.sections] == [
        ("Парки", ["Висадка дерев | кущів", "Нові лавки"])
    ]
    outcome = plan.measure("1.1").outcome
    assert outcome is not None and outcome.text == "Висаджено 40 лип\nта 12 кленів"
    explained = str(civplan.explain(io.BytesIO(text.encode()), "textdump"))
    assert "line 7: measure: 1.2 Нові лавки" in explained


def test_a_grid_drawn_with_pipes_joins_each_row_s_lines() -> None:
    text = (
        "Звіт про виконання плану заходів у 2025 році\n"
        "+-----+-------------+------------+\n"
        "| №   | Захід       | Строк      |\n"
        "+=====+=============+============+\n"
        "| 1   | Ремонт      | ІІ квартал |\n"
        "|     | даху школи  |            |\n"
        "+-----+-------------+------------+\n"
        "| 2   | Заміна      | ІІІ        |\n"
        "|     | вікон       | квартал    |\n"
        "+-----+-------------+------------+\n"
    )
    plan = read_text_dump(text)
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Ремонт даху школи", "ІІ квартал"),
        ("2", "Заміна вікон", "ІІІ квартал"),
    ]


def test_a_console_table_ruled_only_around_its_header_has_a_row_per_line() -> None:
    text = (
        "План заходів на 2025 рік\n"
        "+----+--------------+-------------+\n"
        "| №  | Захід        | Строк       |\n"
        "+----+--------------+-------------+\n"
        "| 1  | Ремонт даху  | ІІ квартал  |\n"
        "| 2  | Заміна вікон | ІІІ квартал |\n"
        "+----+--------------+-------------+\n"
    )
    plan = read_text_dump(text)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Ремонт даху"),
        ("2", "Заміна вікон"),
    ]


def test_a_pipe_table_too_wide_is_refused_by_the_limits() -> None:
    text = "| № | Захід |\n|---|---|\n" + "|" * 5_000 + "\n"
    with pytest.raises(DocumentError, match="line 3: cells in one line: 5,000"):
        read_text_dump(text)


def test_one_line_with_pipes_is_no_table() -> None:
    with pytest.raises(DocumentError, match="no table in plain text"):
        read_text_dump("Пропозиції | зауваження\nприймаються до 1 травня\n")


def test_text_saved_in_windows_1251_reads_as_in_utf_8() -> None:
    text = "Звіт про виконання плану заходів за 2025 рік\n№\tЗахід\tСтрок\n1\tТолока\tквітень\n"
    plan = civplan.load(io.BytesIO(text.encode("cp1251")), "textdump")
    assert plan.measure("1").title == "Толока"
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"


def test_a_text_beyond_what_a_report_holds_is_refused_unread() -> None:
    from civplan.importers.textdump import MAX_BYTES

    with pytest.raises(civplan.DocumentError, match="larger than 64 MB"):
        civplan.load(io.BytesIO(b"\t" + b"x" * MAX_BYTES), "textdump")


@pytest.mark.parametrize("merged_down", ["left out", "empty"])
def test_captions_over_years_with_the_places_merged_down_left_out_or_empty(
    merged_down: str,
) -> None:
    """«Обсяг фінансування» merged across «2025 | 2026», the other captions merged down: a
    dump may leave out the places they cover below, or give them as empty cells. Either way
    the years stand under the funding's caption (before, a dump that left them out read
    «2025 | 2026» as a measure, joined to the heading after it, and every column moved)."""
    empty = "\t\n" if merged_down == "empty" else ""
    text = (
        " Звіт про виконання Програми у 2025 році\n\n"
        "\t№ з/п\n\tНайменування заходу\n\tСтрок виконання\n"
        "\tОбсяг фінансування, тис. грн\n\tСтан виконання\n\n"
        f"{empty * 3}\t2025\n\t2026\n{empty}\n\n"
        "\t1. Освіта\n\n"
        "\t1.1\n\tРемонт школи\n\tІІ квартал\n\t120,0\n\t80,0\n\tРемонт проведено\n\n"
        "\t1.2\n\tЗакупівля парт\n\tІІІ квартал\n\t45,5\n\t—\n\tЗакуплено 40 парт\n\n"
    )
    plan = read_text_dump(text)
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["1.1", "1.2"])
    ]
    first, second = plan.measures()
    assert [(f.year, str(f.amount)) for f in first.funding] == [(2025, "120.0"), (2026, "80.0")]
    assert [(f.year, f.amount) for f in second.funding] == [(2025, Decimal("45.5")), (2026, None)]
    assert [m.deadline.text for m in plan.measures()] == ["ІІ квартал", "ІІІ квартал"]
    assert second.outcome is not None and second.outcome.text == "Закуплено 40 парт"


def test_an_executor_s_name_broken_over_two_lines_is_one_executor() -> None:
    """Enter pressed inside a name in a narrow cell («Служба у» over «справах дітей»): one
    executor (before, two: «Служба у» and «справах дітей»); names one a line stay apart."""
    cells = {
        "1.1": "Служба у\nсправах дітей",
        "1.2": "Управління\nЖКГ",
        "1.3": "Фінансове\nуправління",
        "1.4": "Відділ освіти\n(за згодою)",
        "1.5": "Відділ освіти\nуправління культури",
        "1.6": "Петренко О. І.\nІваненко В. В.",
    }
    text = " Звіт про виконання плану заходів на 2025 рік\n\n"
    text += "\t№ з/п\n\tНайменування заходу\n\tВиконавець\n\tСтан виконання\n\n"
    for number, executors in cells.items():
        text += f"\t{number}\n\tПровести нараду\n\t{executors}\n\tВиконано.\n\n"
    plan = read_text_dump(text)
    assert [m.responsible for m in plan.measures()] == [
        ("Служба у справах дітей",),
        ("Управління ЖКГ",),
        ("Фінансове управління",),
        ("Відділ освіти (за згодою)",),
        ("Відділ освіти", "управління культури"),
        ("Петренко О. І.", "Іваненко В. В."),
    ]


needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


@needs_libreoffice
def test_a_word_table_saved_as_text_by_libreoffice_a_cell_a_line(tmp_path: Path) -> None:
    """LibreOffice saves a Word table as text a cell a line, nothing between rows: read by
    the captions' count, the second row of the header under a caption merged across, a
    heading merged across, an empty cell (before, refused: «no table»)."""
    from docx import Document

    from .layouts import libreoffice

    word = Document()
    word.add_paragraph("Звіт про виконання плану заходів на 2025 рік")
    table = word.add_table(rows=2, cols=6)
    captions = ["№ з/п", "Найменування заходу", "Строк виконання", "Виконавець"]
    for column, caption in enumerate(captions):
        table.cell(0, column).merge(table.cell(1, column)).text = caption
    table.cell(0, 4).merge(table.cell(0, 5)).text = "Обсяг фінансування, тис. грн"
    table.cell(1, 4).text, table.cell(1, 5).text = "2025", "2026"
    table.add_row().cells[0].merge(table.rows[-1].cells[5]).text = "1. Освіта"
    rows = [
        ("1.1", "Ремонт спортзалу ліцею", "ІІ квартал", "Відділ освіти", "450,0", "—"),
        ("1.2", "Закупівля шкільного автобуса", "ІІІ квартал", "", "2 100,0", "300,0"),
    ]
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    table.add_row().cells[0].merge(table.rows[-1].cells[5]).text = "2. Культура"
    festival = ("2.1", "Фестиваль", "червень", "Відділ культури", "80,0", "—")
    for cell, value in zip(table.add_row().cells, festival, strict=True):
        cell.text = value
    word.add_paragraph("Начальник відділу освіти                 Ірина КОВАЛЬ")
    source = tmp_path / "report.docx"
    word.save(str(source))
    saved = libreoffice(source, "txt:Text (encoded):UTF8", tmp_path)
    assert "\t" not in saved.read_text("utf-8-sig")  # the case: no mark between cells
    plan = civplan.load(saved)
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["1.1", "1.2"]),
        ("Культура", ["2.1"]),
    ]
    school, bus = plan.sections[0].measures
    assert [(f.year, str(f.amount)) for f in bus.funding] == [(2025, "2100.0"), (2026, "300.0")]
    assert (school.responsible, bus.responsible) == (("Відділ освіти",), ())  # an empty cell
    assert bus.deadline.text == "ІІІ квартал"
    assert plan.measure("2.1").responsible == ("Відділ культури",)
    assert not plan.notes or all("КОВАЛЬ" in note for note in plan.notes)


def test_a_table_saved_a_cell_a_line_with_captions_broken_and_printed_again() -> None:
    """Captions broken over lines as their cells' paragraphs («Термін вико-» over «нання»,
    «№» over «з/п»), headings that name their word and number («Розділ 1. Освіта»), never
    captions, and the header printed again on a later page, left out."""
    header = "№\nз/п\nНайменування\nзаходу\nТермін вико-\nнання\nВідповідаль-\nні виконавці\n"
    text = (
        "План заходів на 2025 рік\n"
        + header
        + "Розділ 1. Освіта\n"
        + "1\nРемонт спортзалу\nІІ квартал\nВідділ освіти\n"
        + "2\nЗакупівля парт\nдо 1 вересня\nВідділ освіти\n"
        + header
        + "Розділ 2. Культура\n"
        + "3\nФестиваль\nчервень\nВідділ культури\n"
    )
    plan = read_text_dump(text)
    assert [(s.title, [(m.number, m.title) for m in s.measures]) for s in plan.sections] == [
        ("Освіта", [("1", "Ремонт спортзалу"), ("2", "Закупівля парт")]),
        ("Культура", [("3", "Фестиваль")]),
    ]
    assert plan.measure("2").deadline.text == "до 1 вересня"
    assert plan.measure("2").responsible == ("Відділ освіти",)
    assert plan.measure("3").responsible == ("Відділ культури",)


def test_rows_under_cells_merged_down_saved_a_cell_a_line_are_rows() -> None:
    """A cell merged down is saved once: the rows under it begin with an empty line for
    each such cell, and are rows of their own, not more of the row above's report."""
    text = (
        "Звіт про виконання програми у 2025 році\n"
        "№ з/п\nНапрям\nЗахід\nСтрок\nСтан виконання\n"
        "1\nКультурна спадщина\nВиготовлення табличок\nІІ квартал\nВстановлено 14 табличок\n"
        "\n\nОцифрування фондів музею\nпротягом року\nОцифровано 600 одиниць\n"
        "2\nАматорське мистецтво\nПридбання костюмів\nІІІ квартал\nПридбано 20 костюмів\n"
    )
    with pytest.warns(civplan.CivplanWarning, match="numbered by their position"):
        plan = read_text_dump(text)  # (the number column holds the direction's number)
    measures = list(plan.measures())
    assert [m.title for m in measures] == [
        "Виготовлення табличок",
        "Оцифрування фондів музею",
        "Придбання костюмів",
    ]
    assert [m.outcome.text if m.outcome else None for m in measures] == [
        "Встановлено 14 табличок",
        "Оцифровано 600 одиниць",
        "Придбано 20 костюмів",
    ]
    assert measures[1].deadline.text == "протягом року"


def test_labelled_numbers_saved_a_cell_a_line_begin_rows() -> None:
    """«п. 1», «№ 3», «(4)», «5 .» alone on a line begin a row as «1» does; an amount does not."""
    text = (
        "План роботи сільської ради на 2025 рік\n"
        "№\nЗміст заходу\nТермін\nВиконавець\n"
        "п. 1\nЗвіт старости\nсічень\nСтароста\n"
        "№ 3\nКонкурс малюнка\nчервень\nВідділ освіти\n"
        "(4)\nРемонт освітлення\nІІІ квартал\nВідділ ЖКГ\n"
        "5 .\nПрибирання кладовища\nквітень\nСтароста\n"
    )
    plan = read_text_dump(text)
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Звіт старости", "січень"),
        ("3", "Конкурс малюнка", "червень"),
        ("4", "Ремонт освітлення", "ІІІ квартал"),
        ("5.", "Прибирання кладовища", "квітень"),
    ]


def test_a_heading_under_a_header_of_lines_is_no_caption_whatever_its_words() -> None:
    """«Commitment 1. Open budgets» names a funding column by its word, but is a heading."""
    text = (
        "Action Plan 2024–2025: self-assessment report\n"
        "No.\nMeasure\nDeadline\nMeasure status\n"
        "Commitment 1. Open budgets\n"
        "1.1\nPublish budget data monthly\n2024\nComplete\n"
        "1.2\nTrain local officials\n2025\nSubstantial\n"
    )
    plan = read_text_dump(text)
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Open budgets", ["1.1", "1.2"])
    ]


def test_a_table_saved_a_cell_a_line_with_a_report_of_paragraphs_warns_of_its_rows() -> None:
    """A cell's second paragraph is a line past the row's width: the last column's, with a
    warning naming the row; a heading over a number stays a heading, a signature ends it."""
    text = (
        "Звіт про виконання плану заходів у 2025 році\n"
        "№ з/п\nНайменування заходу\nСтрок виконання\nСтан виконання\n"
        "Освіта\n"
        "1\nРемонт школи\nІІ квартал\nРемонт проведено.\nАкт підписано 20.06.2025.\n"
        "2\nЗакупівля парт\nІІІ квартал\n\n"
        "Культура\n"
        "3\nФестиваль\nчервень\nФестиваль відбувся.\n"
        "Секретар ради                Ірина КОВАЛЬ\n"
    )
    with pytest.warns(civplan.CivplanWarning, match="a cell a line: .*: line 7$"):
        plan = read_text_dump(text)
    assert [(s.title, [m.title for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["Ремонт школи", "Закупівля парт"]),
        ("Культура", ["Фестиваль"]),
    ]
    outcomes = [m.outcome.text if m.outcome else None for m in plan.measures()]
    assert outcomes == ["Ремонт проведено.\nАкт підписано 20.06.2025.", None, "Фестиваль відбувся."]


_PASTED = (
    "Звіт про виконання плану заходів на 2025 рік\n"
    "\n"
    "\t№ з/п\n\tНайменування заходу\n\tТермін виконання\n\tСтан виконання\n"
    "\n"
    "\t1. Благоустрій\n"
    "\n"
    "\t1.1\n\tОблаштування дитячого майданчика\n\tІІ квартал\n"
    "\tМайданчик облаштовано у травні.\n"
    "\n"
    "\t1.2\n\tОзеленення скверу\n\tпротягом\nроку\n\tВисаджено 40 дерев.\n"
    "\n"
)


def _word_of_lines(text: str, path: Path) -> Path:
    """A Word document whose paragraphs are the lines of ``text``, as LibreOffice opens it."""
    from docx import Document

    word = Document()
    for line in text.split("\n"):
        word.add_paragraph(line)
    word.save(str(path))
    return path


def test_a_text_dump_pasted_into_a_word_document_reads_as_the_dump(tmp_path: Path) -> None:
    """A table's text dump opened by LibreOffice and saved as a Word document: its paragraphs
    (before, read as numbered lines: «1 Благоустрій» the only measure)."""
    word = _word_of_lines(_PASTED, tmp_path / "report.docx")
    with pytest.warns(civplan.CivplanWarning, match=r"report\.docx: no table; its paragraphs"):
        plan = civplan.load(word)
    expected = read_text_dump(_PASTED)
    read = [(m.number, m.title, m.deadline.text, m.outcome) for m in plan.measures()]
    assert read == [(m.number, m.title, m.deadline.text, m.outcome) for m in expected.measures()]
    assert [m.number for m in plan.measures()] == ["1.1", "1.2"]
    assert plan.measure("1.2").deadline.text == "протягом\nроку"
    assert plan.sections[0].title == "Благоустрій"


def test_a_letter_with_paragraphs_indented_by_tabs_is_no_text_dump(tmp_path: Path) -> None:
    letter = (
        "Про виконання плану заходів\n\n"
        "\t1.1. Дитячий майданчик облаштовано у травні.\n\n"
        "\t1.2. Висаджено 40 дерев у сквері.\n"
    )
    word = _word_of_lines(letter, tmp_path / "letter.docx")
    with pytest.raises(DocumentError, match="paragraphs read as a report in prose"):
        civplan.load(word)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("form", ["doc", "odt", "rtf"])
def test_a_text_dump_saved_by_libreoffice_as_a_document_reads_as_the_dump(
    form: str, seed_text: str, tmp_path: Path
) -> None:
    """The seed's dump opened by LibreOffice and saved as .doc, .odt, .rtf: the seed."""
    from .layouts import libreoffice

    dump = tmp_path / "report.txt"
    dump.write_text(seed_text, encoding="utf-8")
    saved = libreoffice(dump, form, tmp_path / form)
    with pytest.warns(civplan.CivplanWarning, match="its paragraphs are a table's text"):
        plan = civplan.load(saved)
    expected = read_text_dump(seed_text)
    assert [(m.number, m.title, m.deadline, m.outcome) for m in plan.measures()] == [
        (m.number, m.title, m.deadline, m.outcome) for m in expected.measures()
    ]
    assert [s.title for s in plan.sections] == [s.title for s in expected.sections]


def test_rows_pasted_into_a_word_document_as_text_read_as_the_table(tmp_path: Path) -> None:
    """Rows copied from a spreadsheet and pasted into Word as text: a paragraph a row, its
    cells between tabs (before: «no table in a Word document»)."""
    rows = (
        "Звіт про виконання плану заходів на 2025 рік\n\n"
        "№\tНайменування заходу\tТермін виконання\tСтан виконання\n"
        "1\tРемонт даху школи\tІІ квартал\tДах відремонтовано\n"
        "2\tЗакупівля автобуса\tІІІ квартал\tНе виконано через відсутність коштів\n"
    )
    word = _word_of_lines(rows, tmp_path / "rows.docx")
    with pytest.warns(civplan.CivplanWarning, match="its paragraphs are a table's text"):
        plan = civplan.load(word)
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Ремонт даху школи", "ІІ квартал"),
        ("2", "Закупівля автобуса", "ІІІ квартал"),
    ]
    assert plan.year == 2025


ALIGNED = """Звіт про виконання плану заходів відділу культури за 2024 рік

№   Найменування заходу                 Термін         Виконавець        Стан виконання
1   Провести фестиваль народної         серпень        Відділ культури   Фестиваль відбувся
    творчості                                                            24 серпня
2   Відремонтувати сільський клуб       IV квартал     Відділ культури   Ремонт не проведено
                                                                         через відсутність
                                                                         коштів
3   Оновити бібліотечний фонд           протягом року  Бібліотека        Придбано 640 книг
"""


def test_a_table_aligned_in_columns_by_spaces_reads_by_its_alignment() -> None:
    """A report typed in a monospaced font, or a PDF's text with its layout kept."""
    with pytest.warns(civplan.CivplanWarning, match="aligned in columns by spaces"):
        plan = read_text_dump(ALIGNED)
    assert plan.title == "Звіт про виконання плану заходів відділу культури за 2024 рік"
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Провести фестиваль народної творчості", "серпень"),
        ("2", "Відремонтувати сільський клуб", "IV квартал"),
        ("3", "Оновити бібліотечний фонд", "протягом року"),
    ]
    outcome = plan.measure("2").outcome
    assert outcome is not None  # a cell's lines joined back into its sentence
    assert outcome.text == "Ремонт не проведено через відсутність коштів"
    assert plan.measure("3").responsible == ("Бібліотека",)


def test_a_long_aligned_table_is_read_a_page_at_a_time_and_a_form_feed_ends_a_line() -> None:
    """``pdftotext -layout`` puts a form feed between a PDF's pages; a long table goes on."""
    lines = ALIGNED.splitlines()
    more = [
        f"{n:<4}{f'Провести семінар номер {n}':<36}листопад       Бібліотека        Проведено"
        for n in range(4, 304)
    ]
    text = "\n".join(lines) + "\n\f" + "\n\n".join(more) + "\n"
    with pytest.warns(civplan.CivplanWarning, match=r"\(lines 1–609\)"):
        plan = read_text_dump(text)
    assert [m.number for m in plan.measures()] == [str(n) for n in range(1, 304)]
    assert plan.measure("4").title == "Провести семінар номер 4"  # not glued to the page before
    assert plan.measure("303").deadline.text == "листопад"


PRINTED_PAGES = (
    "Звіт про виконання плану заходів з благоустрою за 2024 рік",
    "",
    "№    Найменування заходу             Строк         Стан виконання",
    "з/п                                  виконання",
    "1    Озеленення центральної площі    ІІ квартал    Висаджено 40 дерев",
    "                                                   і 300 кущів",
    "2    Ремонт тротуару на вулиці       ІІІ квартал   Відремонтовано 1,2 км",
    "     Садовій і                                     тротуару, роботи",
    "",
    "                                        1",
    "\f№   Найменування заходу              Строк        Стан виконання",
    "з/п                                  виконання",
    "     на вулиці Шкільній                           завершено у вересні",
    "3   Облаштування дитячого            IV квартал   Майданчик не облаштовано:",
    "    майданчика                                    торги не відбулися",
    "4   Встановлення лавок у сквері      ІІ квартал   Встановлено 12 лавок",
    "",
    "                                        2",
)


def test_a_pdf_s_text_is_read_a_printed_page_at_a_time_without_what_every_page_repeats() -> None:
    """``pdftotext -layout``: a form feed ends a page, which prints the header again, its
    columns a place apart from the page before's, and its number; a row goes on over it."""
    with pytest.warns(civplan.CivplanWarning, match=r"aligned in columns by spaces.*1–19"):
        plan = read_text_dump("\n".join(PRINTED_PAGES) + "\n")
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Озеленення центральної площі", "ІІ квартал"),
        ("2", "Ремонт тротуару на вулиці Садовій і на вулиці Шкільній", "ІІІ квартал"),
        ("3", "Облаштування дитячого майданчика", "IV квартал"),
        ("4", "Встановлення лавок у сквері", "ІІ квартал"),
    ]
    outcomes = [m.outcome.text if m.outcome else "" for m in plan.measures()]
    assert outcomes == [
        "Висаджено 40 дерев і 300 кущів",
        "Відремонтовано 1,2 км тротуару, роботи завершено у вересні",
        "Майданчик не облаштовано: торги не відбулися",
        "Встановлено 12 лавок",
    ]
    assert not plan.notes  # neither the header printed again nor the pages' numbers


SQUEEZED = (
    "Звіт про виконання плану заходів з енергозбереження за 2024 рік",
    "",
    "№     Найменування заходу                  Строк          Стан виконання",
    "1     Утеплення фасаду будинку культури у ІІ квартал    Фасад утеплено, роботи",
    "      селі Вишневе                                       прийнято комісією",
    "2     Заміна вікон у фельдшерському     ІІІ квартал      Замінено 14 вікон",
    "      пункті та в сільській бібліотеці                   з 20 запланованих",
    "3     Встановлення сонячних панелей       IV квартал     Панелі не встановлено",
    "      на даху школи                                      через відсутність коштів",
    "4     Облаштування ліхтарів біля ставу 2024–             Встановлено 6 ліхтарів",
    "      у парку                             2025",
    "5     Фарбування огорожі біля стадіонів ІV квартал       Огорожу пофарбовано",
    "      і спортивних майданчиків",
)


def test_a_pdf_s_words_squeezed_into_the_next_column_are_read_in_their_own() -> None:
    """A PDF's wider letters, set in places of equal width, run a title's line into the term's
    column a space from it («…у ІІ квартал»), or set a term short of its column's edge."""
    with pytest.warns(civplan.CivplanWarning, match="aligned in columns by spaces"):
        plan = read_text_dump("\n".join(SQUEEZED) + "\n")
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Утеплення фасаду будинку культури у селі Вишневе", "ІІ квартал"),
        ("2", "Заміна вікон у фельдшерському пункті та в сільській бібліотеці", "ІІІ квартал"),
        ("3", "Встановлення сонячних панелей на даху школи", "IV квартал"),
        ("4", "Облаштування ліхтарів біля ставу у парку", "2024–2025"),
        # the term's first word ends at the column's edge, its second past it
        ("5", "Фарбування огорожі біля стадіонів і спортивних майданчиків", "ІV квартал"),
    ]
    assert plan.measure("4").deadline.kind is civplan.DeadlineKind.YEARS  # the words of a term
    assert [m.outcome.text if m.outcome else "" for m in plan.measures()][:3] == [
        "Фасад утеплено, роботи прийнято комісією",
        "Замінено 14 вікон з 20 запланованих",
        "Панелі не встановлено через відсутність коштів",
    ]


def test_a_header_printed_again_over_a_later_section_s_rows_is_no_row_s_text() -> None:
    """Each section's table under the same captions, turned to text on one page."""
    lines = [
        "Звіт про виконання плану заходів з безпеки дорожнього руху за 2024 рік",
        "",
        "№     Найменування заходу              Строк          Стан виконання",
        "з/п                                    виконання",
        "1     Нанесення розмітки біля шкіл     ІІ квартал     Розмітку нанесено",
        "2     Встановлення знаків              ІІІ квартал    Встановлено 12 знаків",
        "      обмеження швидкості",
        "№     Найменування заходу              Строк          Стан виконання",
        "з/п                                    виконання",
        "3     Заняття з правил дорожнього      вересень       Проведено у 6 школах",
        "      руху для учнів",
    ]
    with pytest.warns(civplan.CivplanWarning, match="aligned in columns by spaces"):
        plan = read_text_dump("\n".join(lines) + "\n")
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Нанесення розмітки біля шкіл", "ІІ квартал"),
        ("2", "Встановлення знаків обмеження швидкості", "ІІІ квартал"),
        ("3", "Заняття з правил дорожнього руху для учнів", "вересень"),
    ]
    assert plan.measure("2").outcome == civplan.Outcome(text="Встановлено 12 знаків")


def test_prose_with_no_aligned_columns_stays_prose() -> None:
    prose = (
        "Звіт про виконання плану заходів за 2024 рік\n"
        "Фестиваль народної творчості відбувся 24 серпня.\n"
        "Ремонт сільського клубу не проведено через відсутність коштів.\n"
    )
    with pytest.raises(DocumentError, match="no table in plain text"):
        read_text_dump(prose)


def test_an_aligned_table_is_read_for_ten_thousand_lines_and_says_where_it_stopped() -> None:
    head = ALIGNED.splitlines()[:3]
    rows = [
        f"{n:<6}{f'Провести семінар {n}':<34}листопад       Бібліотека        Проведено"
        for n in range(1, 10_201)
    ]
    with pytest.warns(civplan.CivplanWarning) as caught:
        plan = read_text_dump("\n".join(head + rows) + "\n")
    said = " ".join(str(w.message) for w in caught)
    assert "its lines after line 10000 were not read as a table" in said
    numbers = [m.number for m in plan.measures()]
    assert numbers[:2] == ["1", "2"] and numbers[-1] == "9997"  # the rows of its 25 pages


def test_a_web_page_s_table_set_as_text_in_a_pre_block_reads_by_its_alignment() -> None:
    """An old site's report: the table typed into ``<pre>``, its spaces kept."""
    page = f"<html><body><pre>{ALIGNED}</pre></body></html>"
    with pytest.warns(civplan.CivplanWarning, match="aligned in columns by spaces"):
        plan = civplan.load(io.BytesIO(page.encode()), "html")
    assert [m.number for m in plan.measures()] == ["1", "2", "3"]
    assert plan.measure("1").title == "Провести фестиваль народної творчості"
    assert plan.title == "Звіт про виконання плану заходів відділу культури за 2024 рік"


def test_a_long_text_within_a_raised_limit_of_lines_reads(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Звіт про виконання плану заходів за 2024 рік\n" + "\n" * 20, "utf-8")
    with civplan.limits(lines=21), pytest.raises(DocumentError, match="lines of text: 22 is"):
        civplan.load(path)
    with civplan.limits(lines=22), pytest.raises(DocumentError, match="no table"):
        civplan.load(path)  # read, and found to hold no table
