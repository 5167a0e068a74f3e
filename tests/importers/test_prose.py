"""Reports written as prose: paragraphs naming the plan's measures, read against the plan."""

from __future__ import annotations

import shutil
import warnings
from datetime import date
from pathlib import Path

import docx
import pytest

import civplan
from civplan import CivplanWarning, Deadline, DocumentError, Measure, Plan, Section, Status
from civplan.cli import main

from .layouts import libreoffice


def _plan() -> Plan:
    def measure(number: str, title: str, term: str) -> Measure:
        return Measure(number=number, title=title, deadline=Deadline.parse(term, year=2025))

    return Plan(
        title="План заходів з відкритості громади на 2025 рік",
        year=2025,
        sections=[
            Section(
                number="1",
                title="Організаційні заходи",
                measures=[
                    measure("1.1", "Проведення навчань для працівників служби", "І квартал"),
                    measure("1.2", "Оновлення інформаційних стендів у приміщеннях", "ІІ квартал"),
                    measure(
                        "1.3", "Створення електронного реєстру звернень громадян", "протягом року"
                    ),
                ],
            ),
            Section(
                number="2",
                title="Інформування населення",
                measures=[
                    measure("2.1", "Висвітлення діяльності на офіційному вебсайті", "постійно"),
                    measure("2.2", "Підготовка щорічного звіту для громади", "грудень"),
                ],
            ),
        ],
    )


def _plan_of(titles: list[str], mark: str = "") -> Plan:
    """A plan of one year, its measures numbered 1, 2, … (with ``mark`` after) in one section."""
    term = Deadline.parse("2025 рік", year=2025)
    measures = [
        Measure(number=f"{n}{mark}", title=t, deadline=term) for n, t in enumerate(titles, 1)
    ]
    return Plan(
        title="План на 2025 рік", year=2025, sections=[Section(title="Заходи", measures=measures)]
    )


PARAGRAPHS = [
    ("h1", "Інформація про виконання плану заходів з відкритості громади станом на 31.12.2025"),
    ("p", "Відділ організаційної роботи повідомляє про таке."),
    ("p", "1.1. Проведення навчань для працівників служби. Протягом березня проведено три "
          "навчання, участь взяли 45 працівників."),
    ("p", "Матеріали навчань розміщено на внутрішньому ресурсі."),
    ("p", "На виконання пункту 1.2 Плану оновлено стенди у двох корпусах."),
    ("p", "Створення електронного реєстру звернень громадян: роботу не розпочато у зв’язку з "
          "відсутністю фінансування, як передбачає пункт 5 Порядку ведення реєстру."),
    ("h2", "Інформування населення"),
    ("p", "Відповідно до пункту 4 Регламенту новини готує прес-служба."),
    ("p", "Заходи 2.1 та 2.2: на вебсайті щотижня публікуються новини; звіт для громади "
          "підготовлено та оприлюднено."),
    ("p", "Начальник відділу Олена КОВАЛЬ"),
    ("p", "Додатково повідомляємо, що приймальня працює щодня."),
]  # fmt: skip


def _html(tmp_path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in paragraphs)
    path = tmp_path / "report.html"
    path.write_text(f"<html><body><nav><a href='/'>Головна</a></nav>{body}</body></html>", "utf-8")
    return path


def _docx(tmp_path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    document = docx.Document()
    for tag, text in paragraphs:
        if tag == "p":
            document.add_paragraph(text)
        else:
            document.add_heading(text, level=int(tag[1]))
    path = tmp_path / "report.docx"
    document.save(str(path))
    return path


def _pdf(tmp_path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    pytest.importorskip("pdfplumber")
    return libreoffice(_docx(tmp_path, paragraphs), "pdf", tmp_path)


def _text(tmp_path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """The text dump of a Word document with no table: its paragraphs, a blank line between."""
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(text for _, text in paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "write", [_html, _docx, _pdf, _text], ids=["html", "docx", "pdf", "text dump"]
)
def test_paragraphs_naming_measures_give_their_outcomes(write: object, tmp_path: Path) -> None:
    path = write(tmp_path, PARAGRAPHS)  # type: ignore[operator]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = civplan.load(path, plan=_plan())
    # every measure is named; what tells of none (not the plan's heading) is kept as notes
    (message,) = [str(w.message) for w in caught]
    assert "kept as notes on the plan, could not place: " in message
    kept = [" ".join(note.split(": ", 1)[1].split()) for note in report.notes]
    assert kept == [
        "Відповідно до пункту 4 Регламенту новини готує прес-служба.",
        "Начальник відділу Олена КОВАЛЬ",
        "Додатково повідомляємо, що приймальня працює щодня.",
    ]
    text = {
        m.number: " ".join(m.outcome.text.split()) if m.outcome else None for m in report.measures()
    }  # fmt: skip  (a PDF's lines are broken where printed)
    assert text["1.1"] == (  # the number and the repeated title are not the outcome
        "Протягом березня проведено три навчання, участь взяли 45 працівників. "
        "Матеріали навчань розміщено на внутрішньому ресурсі."
    )
    assert text["1.2"] == "На виконання пункту 1.2 Плану оновлено стенди у двох корпусах."
    assert text["1.3"] is not None and text["1.3"].startswith("роботу не розпочато")
    assert "Регламенту" not in text["1.3"]  # the heading ended 1.3's outcome
    assert text["2.1"] == text["2.2"] and text["2.1"] is not None
    assert "приймальня" not in text["2.1"]  # the signature ended it
    assert report.as_of == date(2025, 12, 31)  # «станом на 31.12.2025»
    assert [m.title for m in report.measures()] == [m.title for m in _plan().measures()]
    as_of = report.as_of
    assert as_of is not None
    statuses = {m.number: civplan.assess(m, as_of).status for m in report.measures()}
    assert statuses == {
        "1.1": Status.DONE,
        "1.2": Status.DONE,
        "1.3": Status.NOT_DONE,
        "2.1": Status.DONE,
        "2.2": Status.DONE,
    }


def test_measures_named_nowhere_and_unknown_points_are_warned_of(tmp_path: Path) -> None:
    path = _html(
        tmp_path,
        [("p", "1.1. Навчання проведено."), ("p", "На виконання пункту 9.9 Плану зроблено все.")],
    )
    with pytest.warns(CivplanWarning) as caught:
        report = civplan.load(path, plan=_plan())
    messages = " | ".join(str(w.message) for w in caught)
    assert "paragraph 2: names point 9.9, which the plan has no measure for" in messages
    assert "names nowhere, left without an outcome: 1.2, 1.3, 2.1, 2.2" in messages
    assert report.measure("1.1").outcome == civplan.Outcome(text="Навчання проведено.")
    assert report.measure("1.2").outcome is None


def test_a_paragraph_about_a_measure_names_it_by_its_title_after_a_preposition(
    tmp_path: Path,
) -> None:
    """«Щодо оновлення інформаційних стендів …: …»: a verbal noun reads the same after «щодо»."""
    path = _html(
        tmp_path,
        [
            ("p", "1.1. Навчання проведено."),
            ("p", "Щодо оновлення інформаційних стендів у приміщеннях: стенди оновлено у травні."),
            (
                "p",
                "Стосовно створення електронного реєстру звернень громадян — роботу не розпочато.",
            ),
        ],
    )
    with pytest.warns(CivplanWarning):
        report = civplan.load(path, plan=_plan())
    assert report.measure("1.1").outcome == civplan.Outcome(text="Навчання проведено.")
    assert report.measure("1.2").outcome == civplan.Outcome(text="стенди оновлено у травні.")
    assert report.measure("1.3").outcome == civplan.Outcome(text="роботу не розпочато.")


def test_a_paragraph_in_the_words_of_a_title_in_other_forms_names_its_one_measure(
    tmp_path: Path,
) -> None:
    """«Оновлено інформаційні стенди …» reports «Оновлення інформаційних стендів …»."""
    path = _html(
        tmp_path,
        [
            ("p", "1.1. Навчання проведено."),
            ("p", "Оновлено інформаційні стенди у приміщеннях обох корпусів."),
            ("p", "Створено електронний реєстр звернень громадян, внесено 300 записів."),
        ],
    )
    with pytest.warns(CivplanWarning):
        report = civplan.load(path, plan=_plan())
    assert report.measure("1.1").outcome == civplan.Outcome(text="Навчання проведено.")
    told = report.measure("1.2").outcome
    assert told == civplan.Outcome(text="Оновлено інформаційні стенди у приміщеннях обох корпусів.")
    assert report.measure("1.3").outcome is not None
    assert report.measure("1.3").outcome.text.startswith("Створено електронний реєстр")


def test_a_paragraph_that_retells_a_title_in_its_own_order_names_it_with_a_warning(
    tmp_path: Path,
) -> None:
    """The words of one title, anywhere in a paragraph and in any form, name that measure.

    A word of several titles weighs less than a word of one; a paragraph whose words fit
    two titles alike names neither and goes on the paragraph before it.
    """
    plan = _plan_of(
        [
            "Облаштування велосипедних доріжок у центральній частині міста",
            "Встановлення зарядних станцій для електромобілів",
            "Оновлення парку комунальних автобусів",
            "Ремонт зупинок громадського транспорту",
        ]
    )
    path = _text(
        tmp_path,
        [
            ("p", "У 2025 році в центрі міста з'явилося 3,5 км нових велосипедних доріжок."),
            ("p", "Ремонт зупинок громадського транспорту не проводився."),
            ("p", "Місто отримало 6 автобусів на електротязі, якими оновлено комунальний парк."),
            ("p", "Транспорт міста працював без перебоїв."),  # of no title alone
            # of two titles alike (the first's and the second's words), not the third's
            ("p", "Біля велосипедних доріжок з'явилися зарядні станції."),
        ],
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = civplan.load(path, plan=plan)
    told = {m.number: m.outcome.text if m.outcome else None for m in report.measures()}
    assert told["1"] is not None and told["1"].startswith("У 2025 році в центрі міста")
    assert told["2"] is None
    assert told["4"] == "не проводився."  # named by its title, which is no part of it
    assert told["3"] == (
        "Місто отримало 6 автобусів на електротязі, якими оновлено комунальний парк.\n"
        "Транспорт міста працював без перебоїв."
    )
    messages = [str(w.message) for w in caught]
    guessed = [m for m in messages if "whose title's words it repeats" in m]
    assert len(guessed) == 2  # measures 1 and 3; 4 is named by its title
    assert "measure 1" in guessed[0] and "«велосипедний», «доріжка»" in guessed[0]
    assert "measure 3" in guessed[1] and "line 5" in guessed[1]
    assert any("names nowhere" in m and ": 2" in m for m in messages)
    assert any("line 9: repeats the words of the titles of measures 1 and 2" in m for m in messages)
    assert [note.split(": ", 1)[1] for note in report.notes] == [
        "Біля велосипедних доріжок з'явилися зарядні станції."
    ]


def test_words_that_begin_several_titles_name_none_of_them(tmp_path: Path) -> None:
    plan = Plan(
        title="План заходів на 2025 рік",
        year=2025,
        sections=[
            Section(
                title="Навчання",
                measures=[
                    Measure(
                        number="1",
                        title="Проведення навчань для старост сіл",
                        deadline=Deadline.parse("ІІ квартал", year=2025),
                    ),
                    Measure(
                        number="2",
                        title="Проведення навчань для депутатів ради",
                        deadline=Deadline.parse("ІІІ квартал", year=2025),
                    ),
                ],
            )
        ],
    )
    path = _html(
        tmp_path,
        [("p", "1. Навчання старост проведено."), ("p", "Проведено навчання для всіх.")],
    )
    with pytest.warns(CivplanWarning):
        report = civplan.load(path, plan=plan)
    assert report.measure("1").outcome == civplan.Outcome(
        text="Навчання старост проведено.\nПроведено навчання для всіх."
    )
    assert report.measure("2").outcome is None


def test_lists_and_counts_inside_an_outcome_are_not_points_of_a_flat_plan(tmp_path: Path) -> None:
    plan = _plan_of(["Навчання працівників", "Оновлення стендів", "Прийом громадян"], mark=".")
    path = _html(
        tmp_path,
        [
            ("p", "1. Навчання працівників: проведено два цикли занять:"),
            ("p", "1) для відділу кадрів;"),
            ("p", "2) для бухгалтерії."),
            ("p", "3 заняття перенесено на січень."),
            ("p", "2. Оновлення стендів: стенди оновлено."),
            ("p", "3. Прийом громадян здійснюється щотижня."),
        ],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = civplan.load(path, plan=plan)
    first = report.measure("1.").outcome
    assert first is not None
    assert first.text.splitlines() == [
        "проведено два цикли занять:",
        "1) для відділу кадрів;",
        "2) для бухгалтерії.",
        "3 заняття перенесено на січень.",
    ]
    assert report.measure("2.").outcome == civplan.Outcome(text="стенди оновлено.")
    assert report.measure("3.").outcome == civplan.Outcome(text="здійснюється щотижня.")


def test_a_title_on_a_line_of_its_own_leaves_the_outcome_to_the_lines_after(
    tmp_path: Path,
) -> None:
    path = _text(
        tmp_path,
        [("p", "1.2. Оновлення інформаційних стендів у приміщеннях."), ("p", "Стенди оновлено.")],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the measures named nowhere
        report = civplan.load(path, plan=_plan())
    assert report.measure("1.2").outcome == civplan.Outcome(text="Стенди оновлено.")


def test_lines_that_restate_the_plan_are_no_part_of_an_outcome(tmp_path: Path) -> None:
    lines = [
        ("p", "1.2. Оновлення інформаційних стендів у приміщеннях."),
        ("p", "Термін виконання: ІІ квартал"),
        ("p", "Виконавець: відділ організаційної роботи"),
        ("p", "Стан виконання: Стенди оновлено у двох корпусах."),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the measures named nowhere
        report = civplan.load(_text(tmp_path, lines), plan=_plan())
    assert report.measure("1.2").outcome == civplan.Outcome(text="Стенди оновлено у двох корпусах.")

    told = [lines[0], ("p", "Виконавець: відділ організаційної роботи. Стенди оновлено.")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = civplan.load(_text(tmp_path, told), plan=_plan())
    outcome = report.measure("1.2").outcome
    assert outcome is not None and outcome.text.endswith("Стенди оновлено.")  # a report, kept


@pytest.mark.parametrize("write", [_html, _text], ids=["html", "text dump"])
def test_a_report_in_prose_without_its_plan_is_refused_with_the_way_to_read_it(
    write: object, tmp_path: Path
) -> None:
    path = write(tmp_path, PARAGRAPHS)  # type: ignore[operator]
    with pytest.raises(
        DocumentError, match=r"read as a report in prose \((?:paragraph|line) \d+: «1\.1\. "
    ):
        civplan.load(path)
    with pytest.raises(DocumentError, match=r"plan=plan\) or --plan PLAN"):
        civplan.load(path)


def test_prose_that_names_no_measure_of_the_plan_is_refused(tmp_path: Path) -> None:
    path = _html(tmp_path, [("p", "Лист про інше."), ("p", "Пункт 7 Порядку змінено.")])
    with pytest.raises(DocumentError, match="no paragraph names a measure of the plan «План"):
        civplan.load(path, plan=_plan())


def test_a_document_with_a_table_is_read_as_a_table_even_with_a_plan(tmp_path: Path) -> None:
    demo = civplan.demo_plan()
    path = tmp_path / "report.docx"
    civplan.export(demo, path)
    assert civplan.load(path, plan=_plan()) == demo


def test_a_table_of_item_numbers_and_reports_is_read_with_its_plan(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(
        "<p>Інформація про виконання плану заходів за 2025 рік</p><table>"
        "<tr><th>№ пункту плану</th><th>Інформація про виконання</th></tr>"
        "<tr><td>1.1</td><td>Проведено три навчання для 45 працівників.</td></tr>"
        "<tr><td>2.2</td><td>Звіт підготовлено та оприлюднено у грудні.</td></tr>"
        "</table>",
        encoding="utf-8",
    )
    # no titles to make measures of: the way to read it is named
    with pytest.raises(DocumentError, match=r"table 1: the plan's item numbers and their reports"):
        civplan.load(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivplanWarning)  # the measures it names not
        plan = civplan.load(path, plan=_plan())
    told = {m.number: m.outcome.text for m in plan.measures() if m.outcome is not None}
    assert told == {
        "1.1": "Проведено три навчання для 45 працівників.",
        "2.2": "Звіт підготовлено та оприлюднено у грудні.",
    }
    assert civplan.assess(plan.measure("2.2"), date(2025, 12, 31)).status is Status.DONE


def test_a_plan_is_no_help_for_the_plan_formats(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    civplan.save(civplan.demo_plan(), path)
    with pytest.raises(DocumentError, match="no tables: it is no report on a plan"):
        civplan.load(path, plan=_plan())


def test_the_command_line_reads_prose_with_its_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "plan.yaml"
    civplan.save(_plan(), plan_path)
    page = _html(tmp_path, PARAGRAPHS)
    assert main(["status", str(page), "--plan", str(plan_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "1.3" in out and "not done" in out
    assert main(["status", str(page)]) == 1
    assert "--plan PLAN" in capsys.readouterr().err


def test_a_table_then_a_paragraph_on_each_measure(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів з відкритості громади за 2025 рік")
    rows = [
        ("№ з/п", "Найменування заходу", "Строк виконання", "Стан виконання"),
        ("1.1", "Проведення навчань для працівників служби", "І квартал", "Виконано"),
        ("1.2", "Оновлення інформаційних стендів у приміщеннях", "ІІ квартал", ""),
        ("1.3", "Створення електронного реєстру звернень громадян", "протягом року", ""),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("Пояснення до звіту")
    document.add_paragraph("1.2. Стенди оновлено у двох корпусах.")
    document.add_paragraph("1.3. Роботу не розпочато через відсутність фінансування.")
    # a remark in the words of a title, after the table: no outcome of that measure
    document.add_paragraph("Навчання працівників служби фінансуються з місцевого бюджету.")
    document.add_paragraph("Начальник відділу Олена КОВАЛЬ")
    path = tmp_path / "report.docx"
    document.save(str(path))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = civplan.load(path)
    assert report.measure("1.2").outcome == civplan.Outcome(text="Стенди оновлено у двох корпусах.")
    assert report.measure("1.3").outcome == civplan.Outcome(
        text="Роботу не розпочато через відсутність фінансування."
    )
    assert report.measure("1.1").outcome == civplan.Outcome(stated="Виконано", status=Status.DONE)
    # what the paragraphs told went to the measures; the rest stays a note
    assert [note.split(": ", 1)[1] for note in report.notes] == [
        "Пояснення до звіту",
        "Навчання працівників служби фінансуються з місцевого бюджету.",
        "Начальник відділу Олена КОВАЛЬ",
    ]
    assert not any("Стенди" in str(w.message) for w in caught)


def test_a_decision_s_points_after_a_flat_table_are_no_outcomes(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану роботи у 2025 році")
    rows = [("№", "Найменування заходу", "Строк виконання", "Стан виконання"),
            ("1.", "Навчання працівників", "І квартал", "Виконано"),
            ("2.", "Оновлення стендів", "ІІ квартал", "Виконано")]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("1. Звіт взяти до відома.")
    document.add_paragraph("2. Контроль покласти на секретаря ради.")
    path = tmp_path / "report.docx"
    document.save(str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = civplan.load(path)
    assert [m.outcome.text if m.outcome else "" for m in report.measures()] == ["", ""]
    assert len(report.notes) == 2


FLAT_ROWS = [
    ("№", "Найменування заходу", "Виконавець", "Термін"),
    ("1", "Ремонт даху будинку культури", "Відділ культури", "ІІ квартал"),
    ("2", "Облаштування дитячого майданчика", "Староста", "ІІІ квартал"),
]


@pytest.mark.parametrize(
    ("paragraphs", "outcomes"),
    [
        pytest.param(  # a line says what follows; the numbers are the plan's
            ["Інформація про хід виконання:", "1. Дах перекрито повністю.",
             "2. Майданчик не облаштовано: кошти не надійшли."],
            ["Дах перекрито повністю.", "Майданчик не облаштовано: кошти не надійшли."],
            id="lead-in",
        ),
        pytest.param(  # a paragraph repeats its measure's number and title
            ["1. Ремонт даху будинку культури завершено у травні.",
             "2. Майданчик не облаштовано: кошти не надійшли."],
            ["завершено у травні.", "Майданчик не облаштовано: кошти не надійшли."],
            id="number-and-title",
        ),
    ],
)  # fmt: skip
def test_a_flat_table_then_a_numbered_paragraph_on_each_measure(
    tmp_path: Path, paragraphs: list[str], outcomes: list[str]
) -> None:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів села на 2025 рік")
    table = document.add_table(rows=len(FLAT_ROWS), cols=4)
    for r, cells in enumerate(FLAT_ROWS):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "report.docx"
    document.save(str(path))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = civplan.load(path)
    assert [m.outcome.text if m.outcome else "" for m in report.measures()] == outcomes
    assert report.notes == ()  # every paragraph read, none left over
    assert not caught


def test_a_web_page_s_list_items_are_paragraphs_numbered_as_shown(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><h1>Інформація про виконання плану заходів за 2025 рік</h1>"
        "<ol><li>1.1. Навчання проведено у березні.</li>"  # a number of its own: kept alone
        "<li>1.2. Стенди оновлено.</li></ol>"
        "<ol start='2'><li>Новини публікуються щотижня.</li>"  # numbered by the list: «2.»
        "<li>Звіт підготовлено.</li></ol></body></html>",
        "utf-8",
    )
    term = Deadline.parse("2025", year=2025)
    numbers = ("1.1", "1.2", "2", "3")
    measures = [Measure(number=n, title=f"Захід {n}", deadline=term) for n in numbers]
    flat = Plan(title="План", year=2025, sections=[Section(measures=measures)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = civplan.load(path, plan=flat)
    assert [m.outcome.text if m.outcome else None for m in report.measures()] == [
        "Навчання проведено у березні.",
        "Стенди оновлено.",
        "Новини публікуються щотижня.",
        "Звіт підготовлено.",
    ]
    assert not caught


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("Начальник відділу освіти          О.В. Гнатюк", True),
        ("Секретар сільської ради Ірина КОВАЛЬ", True),
        ("Виконавець: Мельник Т.П., тел. (0642) 55-12-30", True),
        ("Міський голова                                  Андрій СОКОЛЕНКО", True),
        ("____________________ (підпис)", True),
        ("Підготувала Н. Коваль", True),  # «Підготувала Н.» is no name before it
        ("Міністр охорони здоров'я                    В. ПЕТРЕНКО", True),  # initials, CAPITALS
        ("Начальник управління В.О.САВЧУК", True),
        # a sentence that names a person, or an office doing something, signs nothing
        ("Голова комісії повідомив, що П.П. Сидоренко склав звіт за рік", False),
        ("Начальник відділу освіти провів нараду з директорами шкіл", False),
        ("Проведено 4 засідання", False),
    ],
)
def test_a_signature_is_a_short_line_ending_with_a_name(line: str, signs: bool) -> None:
    from civplan.importers.document import is_signature

    assert is_signature(line) is signs


def test_a_word_with_an_apostrophe_of_any_kind_is_one_word_of_a_retold_title(
    tmp_path: Path,
) -> None:
    plan = _plan_of(["Оновлення комп'ютерних класів", "Ремонт спортивних залів"])
    path = _text(tmp_path, [("p", "Класи оснащено новою комп’ютерною технікою.")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = civplan.load(path, plan=plan)
    assert report.measure("1").outcome is not None
    assert any("«комп'ютерний», «клас»" in str(w.message) for w in caught)
