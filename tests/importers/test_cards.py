"""Reports written as cards: a small «caption | value» table for each measure."""

from __future__ import annotations

import io
import shutil
import warnings
from datetime import date
from pathlib import Path

import docx
import pytest

import civplan
from civplan import Status

from .layouts import libreoffice

CARDS = [
    (
        "Зобов'язання 1. Відкриті дані про ремонт доріг",
        [
            ("Назва заходу", "Оприлюднення даних про ремонт доріг"),
            ("Строк виконання", "ІІ квартал 2025 року"),
            ("Відповідальний виконавець", "Служба автомобільних доріг"),
            ("Стан виконання", "Набори даних оприлюднено на порталі відкритих даних."),
        ],
    ),
    (
        "Зобов'язання 2. Електронні петиції",
        [
            ("Назва заходу", "Запровадження електронних петицій"),
            ("Строк виконання", "до 30 вересня 2025 року"),
            ("Відповідальний виконавець", "Відділ цифрового розвитку"),
            ("Стан виконання", "Не виконано у зв'язку з відсутністю фінансування."),
        ],
    ),
]


def word_cards(path: Path, labels: bool = True, extra: tuple[str, str] | None = None) -> Path:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану дій громади на 2025 рік")
    for label, rows in CARDS:
        if labels:
            document.add_paragraph(label)
        table = document.add_table(rows=0, cols=2)
        for caption, value in [*rows, *([extra] if extra else [])]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = caption, value
    document.add_paragraph("Начальник відділу      О. Петренко")
    document.save(path)
    return path


def load(path: Path | io.BytesIO, fmt: str | None = None) -> tuple[civplan.Plan, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        plan = civplan.load(path, fmt) if fmt else civplan.load(path)
    return plan, [str(w.message) for w in caught]


def test_a_word_table_per_measure_numbered_by_the_line_over_it(tmp_path: Path) -> None:
    plan, messages = load(word_cards(tmp_path / "cards.docx"))
    measures = list(plan.measures())
    assert [(m.number, m.title) for m in measures] == [
        ("1", "Оприлюднення даних про ремонт доріг"),
        ("2", "Запровадження електронних петицій"),
    ]
    assert [m.deadline.end for m in measures] == [date(2025, 6, 30), date(2025, 9, 30)]
    assert measures[0].responsible == ("Служба автомобільних доріг",)
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.NOT_DONE]
    assert plan.title == "Звіт про виконання плану дій громади на 2025 рік"
    assert not any("numbered by their position" in m for m in messages)
    assert any("О. Петренко" in note for note in plan.notes)  # the signature is kept


def test_cards_without_a_line_that_numbers_them_are_numbered_by_position(
    tmp_path: Path,
) -> None:
    plan, messages = load(word_cards(tmp_path / "cards.docx", labels=False))
    assert [m.number for m in plan.measures()] == ["1", "2"]
    numbered = [m for m in messages if "numbered by their position" in m]
    assert numbered and "table 1" in numbered[0] and "table 2" in numbered[0]


def test_a_caption_civplan_does_not_know_is_kept_on_each_measure_with_a_warning(
    tmp_path: Path,
) -> None:
    path = word_cards(tmp_path / "cards.docx", extra=("Партнери", "ГО «Громада»"))
    plan, messages = load(path)
    assert all(m.notes == ("Партнери: ГО «Громада»",) for m in plan.measures())
    assert any("«Партнери»" in m and "notes" in m for m in messages)


def test_cards_one_under_another_in_one_web_table(tmp_path: Path) -> None:
    rows = []
    for label, card in CARDS:
        rows.append(f'<tr><td colspan="2">Захід {label.split()[1].rstrip(".")}</td></tr>')
        rows += [f"<tr><td>{caption}</td><td>{value}</td></tr>" for caption, value in card]
    page = (
        "<html><body><h2>Звіт про виконання плану дій громади на 2025 рік</h2>"
        f"<table border=1>{''.join(rows)}</table></body></html>"
    )
    plan, messages = load(io.BytesIO(page.encode()), "html")
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Оприлюднення даних про ремонт доріг"),
        ("2", "Запровадження електронних петицій"),
    ]
    assert messages == []
    explained = civplan.explain(io.BytesIO(page.encode()), "html")
    assert "(cards)" in str(explained)


def test_a_line_among_cards_that_is_no_caption_leaves_the_table_to_the_usual_reading(
    tmp_path: Path,
) -> None:
    path = word_cards(tmp_path / "cards.docx")
    document = docx.Document(str(path))
    document.tables[0].add_row().cells[0].text = "Роботи тривали до грудня"
    document.save(str(path))
    plan, messages = load(path)
    assert [m.number for m in plan.measures()][-1] == "2"  # the second card still reads
    # the first is read row by row, as tables are, and what was guessed is said
    assert any("table 1" in m for m in messages)


def test_cards_written_as_paragraphs_under_a_line_that_names_the_measure(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Інформація про виконання плану заходів з енергозбереження на 2025 рік")
    for line in (
        "1. Утеплення фасаду школи № 2",
        "Термін виконання: ІІ–ІІІ квартали 2025 року",
        "Виконавець: відділ освіти",
        "Стан виконання: Роботи виконано, акт підписано 12.09.2025.",
        "2. Заміна вікон у дитячому садку",
        "Термін виконання: ІІІ квартал 2025 року",
        "Стан виконання:",
        "Проведено закупівлю, замінено 24 вікна з 40.",
        "Решту вікон буде замінено у 2026 році.",
        "Начальник відділу економіки      Олена ПЕТРЕНКО",
    ):
        document.add_paragraph(line)
    path = tmp_path / "paragraphs.docx"
    document.save(path)
    plan, messages = load(path)
    measures = list(plan.measures())
    assert [(m.number, m.title) for m in measures] == [
        ("1", "Утеплення фасаду школи № 2"),
        ("2", "Заміна вікон у дитячому садку"),
    ]
    assert measures[0].responsible == ("відділ освіти",)
    assert measures[1].responsible == ()
    # the value goes on in the paragraphs under «Стан виконання:», not into the signature
    assert measures[1].outcome is not None
    assert measures[1].outcome.text == (
        "Проведено закупівлю, замінено 24 вікна з 40.\nРешту вікон буде замінено у 2026 році."
    )
    assert plan.notes == ("paragraph 11: Начальник відділу економіки      Олена ПЕТРЕНКО",)
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.PARTIALLY_DONE]
    assert messages == []


@pytest.mark.parametrize("numbered", [False, True])
def test_cards_that_title_themselves_under_the_document_s_title(
    tmp_path: Path, numbered: bool
) -> None:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів за 2025 рік")
    for number, title, term, report in (
        ("1.", "Навчання посадових осіб", "І квартал", "навчання проведено у березні"),
        ("2.", "Перевірка декларацій", "ІІ квартал", "не виконано"),
    ):
        # «1. Найменування заходу: …»: the card's number beside its first caption
        document.add_paragraph(f"{number + ' ' if numbered else ''}Найменування заходу: {title}")
        document.add_paragraph(f"Термін виконання: {term}")
        document.add_paragraph(f"Стан виконання: {report}")
    path = tmp_path / "cards.docx"
    document.save(path)
    plan, _messages = load(path)
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"  # no card's line
    assert [(m.title, m.deadline.text) for m in plan.measures()] == [
        ("Навчання посадових осіб", "І квартал"),
        ("Перевірка декларацій", "ІІ квартал"),
    ]
    if numbered:
        assert [m.number for m in plan.measures()] == ["1", "2"]


def test_cards_as_labelled_lines_of_a_text_in_english(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Report on the Open Government Partnership action plan for 2025\n\n"
        "Commitment 1. Open data on road repairs\nDeadline: Q2 2025\nStatus: Completed\n"
        "Progress: Data sets were published.\n\n"
        "Commitment 2. E-petitions for local councils\nDeadline: Q3 2025\n"
        "Status: Not started\nProgress: No funding was allocated.\n",
        encoding="utf-8",
    )
    plan, _ = load(path)
    measures = list(plan.measures())
    assert [(m.number, m.title) for m in measures] == [
        ("1", "Open data on road repairs"),
        ("2", "E-petitions for local councils"),
    ]
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.NOT_DONE]


def test_labelled_lines_without_an_outcome_are_no_card(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Паспорт програми\nВідповідальний виконавець: відділ освіти\nТермін реалізації: 2025 рік\n",
        encoding="utf-8",
    )
    with pytest.raises(civplan.DocumentError):
        civplan.load(path)


def test_a_number_beside_a_card_s_first_caption_numbers_the_card() -> None:
    rows = []
    for number, (_, card) in zip(("1.1", "1.2"), CARDS, strict=True):
        for at, (caption, value) in enumerate(card):
            rows.append(row(number if at == 0 else "", caption, value))
    rows += [row(str(n), caption, value) for n, (caption, value) in enumerate(CARDS[0][1], 1)]
    page = f"<h2>Звіт про виконання плану на 2025 рік</h2><table border=1>{''.join(rows)}</table>"
    plan, messages = load(io.BytesIO(page.encode()), "html")
    # numbers beside every caption count the captions: that card is numbered by position
    assert [m.number for m in plan.measures()] == ["1.1", "1.2", "3"]
    assert any("numbered by their position" in m for m in messages)


def row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_a_programme_s_passport_with_its_state_is_no_card() -> None:
    passport = "".join(
        row(caption, value)
        for caption, value in (
            ("Назва програми", "Програма розвитку культури на 2025 рік"),
            ("Відповідальний виконавець програми", "Відділ культури"),
            ("Термін реалізації програми", "2025 рік"),
            ("Стан виконання програми", "Виконується"),
        )
    )
    table = row("№", "Назва заходу", "Строк", "Стан виконання") + row(
        "1", "Фестиваль", "ІІ квартал", "Проведено"
    )
    page = f"<table border=1>{passport}</table><table border=1>{table}</table>"
    plan, _ = load(io.BytesIO(page.encode()), "html")
    assert [(m.number, m.title) for m in plan.measures()] == [("1", "Фестиваль")]
    assert "Стан виконання програми: Виконується" in plan.notes


def test_cards_without_a_title_row_take_it_from_the_line_that_numbers_them(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів з енергозбереження на 2025 рік")
    for label, term, report in (
        ("1.1. Утеплення фасаду школи № 2", "ІІ квартал", "Роботи виконано"),
        ("1.2. Заміна вікон у дитячому садку", "ІІІ квартал", "Не виконано"),
    ):
        document.add_paragraph(label)
        table = document.add_table(rows=0, cols=2)
        for caption, value in (("Строк виконання", term), ("Виконавець", "відділ освіти")):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = caption, value
        cells = table.add_row().cells
        cells[0].text, cells[1].text = "Стан виконання", report
    path = tmp_path / "untitled.docx"
    document.save(path)
    plan, messages = load(path)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1.1", "Утеплення фасаду школи № 2"),
        ("1.2", "Заміна вікон у дитячому садку"),
    ]
    assert plan.title == "Звіт про виконання плану заходів з енергозбереження на 2025 рік"
    assert messages == []


def test_rows_in_a_web_table_under_lines_naming_each_measure() -> None:
    rows = []
    for number, title, report in (("1", "Фестиваль", "Проведено"), ("2", "Ремонт", "Не виконано")):
        rows += [f"<tr><td colspan=2>{number}. {title}</td></tr>", row("Строк", "ІІ квартал")]
        rows += [row("Стан виконання", report)]
    page = f"<p>Звіт за 2025 рік</p><table border=1>{''.join(rows)}</table>"
    plan, _ = load(io.BytesIO(page.encode()), "html")
    assert [(m.number, m.title) for m in plan.measures()] == [("1", "Фестиваль"), ("2", "Ремонт")]


LONG_TITLE = (
    "Утеплення фасаду загальноосвітньої школи І–ІІІ ступенів № 2 імені Тараса Шевченка "
    "та спортивного залу при ній"
)


def test_a_numbered_title_broken_over_lines_names_its_card(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    first, rest = LONG_TITLE.split(" імені ")
    path.write_text(
        "Звіт про виконання плану з енергозбереження на 2025 рік\n\n"
        f"1. {first} імені\n{rest}\nТермін виконання: ІІ квартал\nСтан виконання: Виконано.\n\n"
        "2. Заміна вікон\nТермін виконання: ІІІ квартал\nСтан виконання: Не виконано.\n",
        encoding="utf-8",
    )
    plan, messages = load(path)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", LONG_TITLE),
        ("2", "Заміна вікон"),
    ]
    assert messages == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_cards_in_paragraphs_printed_to_pdf(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Інформація про виконання плану заходів з енергозбереження на 2025 рік")
    for title, term, report in (
        (
            f"1. {LONG_TITLE}",
            "ІІ–ІІІ квартали 2025 року",
            "Роботи виконано в повному обсязі, "
            "акт приймання виконаних робіт підписано 12.09.2025, об'єкт введено в експлуатацію.",
        ),
        ("2. Заміна вікон у дитячому садку «Сонечко»", "ІІІ квартал 2025 року", "Не виконано."),
    ):
        for line in (title, f"Термін виконання: {term}", f"Стан виконання: {report}"):
            document.add_paragraph(line)
    source = tmp_path / "cards.docx"
    document.save(source)
    plan, _ = load(libreoffice(source, "pdf", tmp_path))
    measures = list(plan.measures())
    assert [(m.number, m.title) for m in measures] == [
        ("1", LONG_TITLE),
        ("2", "Заміна вікон у дитячому садку «Сонечко»"),
    ]
    assert measures[0].outcome is not None
    assert " ".join(measures[0].outcome.text.split()).endswith("введено в експлуатацію.")
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.NOT_DONE]


def test_a_commitment_s_card_is_named_by_its_commitment() -> None:
    cards = [
        [("Назва зобов'язання", "Відкриті дані про ремонт доріг"), ("Строк", "ІІ квартал 2025"),
         ("Стан виконання", "Виконано")],
        [("Commitment title", "E-petitions for local councils"), ("Deadline", "Q3 2025"),
         ("Status", "Not started")],
    ]  # fmt: skip
    for card in cards:
        page = f"<table border=1>{''.join(row(c, v) for c, v in card)}</table>"
        plan, _ = load(io.BytesIO(page.encode()), "html")
        assert [m.title for m in plan.measures()] == [card[0][1]]


def test_a_card_in_one_paragraph_or_list_item_its_captions_after_line_breaks(
    tmp_path: Path,
) -> None:
    """A web page's list item, or a Word paragraph with line breaks, holds a whole card."""
    page = (
        "<h2>Звіт про виконання плану заходів з енергозбереження за 2025 рік</h2><ol>"
        "<li><b>Заміна вікон у школі № 3</b><br>Термін виконання: ІІ квартал<br>"
        "Стан виконання: Замінено 45 вікон.</li>"
        "<li><b>Утеплення фасаду ліцею</b><br>Термін виконання: ІІІ квартал<br>"
        "Стан виконання: Не виконано через відсутність фінансування.</li></ol>"
    )
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів з енергозбереження за 2025 рік")
    for title, term, state in (
        ("1. Заміна вікон у школі № 3", "ІІ квартал", "Замінено 45 вікон."),
        ("2. Утеплення фасаду ліцею", "ІІІ квартал", "Не виконано через відсутність фінансування."),
    ):
        run = document.add_paragraph().add_run(title)
        run.add_break()
        run.add_text(f"Термін виконання: {term}")
        run.add_break()
        run.add_text(f"Стан виконання: {state}")
    path = tmp_path / "breaks.docx"
    document.save(path)
    for plan in (civplan.load(io.BytesIO(page.encode()), "html"), civplan.load(path)):
        assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
            ("1", "Заміна вікон у школі № 3", "ІІ квартал"),
            ("2", "Утеплення фасаду ліцею", "ІІІ квартал"),
        ]
        statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in plan.measures()]
        assert statuses == [Status.DONE, Status.NOT_DONE]


@pytest.mark.parametrize(
    "cards",
    [
        # definition lists under headings that name their measures
        "<h3>1. Ремонт даху школи</h3><dl><dt>Термін виконання</dt><dd>ІІ квартал</dd>"
        "<dt>Стан виконання</dt><dd>Дах відремонтовано.</dd></dl>"
        "<h3>2. Заміна вікон</h3><dl><dt>Термін виконання</dt><dd>ІІІ квартал</dd>"
        "<dt>Стан виконання</dt><dd>Не виконано.</dd></dl>",
        # bare text between the headings, as a site's editor often leaves it, broken by <br>
        "<div><h3>1. Ремонт даху школи</h3>Термін виконання: ІІ квартал<br>"
        "Стан виконання: Дах відремонтовано."
        "<h3>2. Заміна вікон</h3>Термін виконання: ІІІ квартал<br>Стан виконання: Не виконано."
        "</div>",
    ],
    ids=["definition-lists", "text-between-headings"],
)
def test_cards_on_a_web_page_without_tables_or_paragraphs(cards: str) -> None:
    page = f"<h2>Звіт про виконання плану заходів за 2025 рік</h2>{cards}"
    plan = civplan.load(io.BytesIO(page.encode()), "html")
    assert [(m.number, m.title, m.deadline.text) for m in plan.measures()] == [
        ("1", "Ремонт даху школи", "ІІ квартал"),
        ("2", "Заміна вікон", "ІІІ квартал"),
    ]
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.NOT_DONE]


def test_milestones_of_an_action_plan_written_as_captioned_lines(tmp_path: Path) -> None:
    """ "Milestone 1.1." over "Responsible: …", "Deadline: …", "Status: …", "Progress: …"."""
    path = tmp_path / "progress.txt"
    path.write_text(
        "\n".join(
            [
                "Open Government action plan 2025-2026: progress report",
                "",
                "Milestone 1.1. Publish procurement data in open format",
                "Responsible: Ministry of Economy",
                "Deadline: June 2025",
                "Status: Completed",
                "Progress: The data is published monthly on the portal.",
                "",
                "Milestone 1.2. Launch a registry of beneficial owners",
                "Responsible: Ministry of Justice",
                "Deadline: December 2025",
                "Status: Limited",
                "Progress: The draft law was submitted to the parliament.",
            ]
        ),
        encoding="utf-8",
    )
    plan, messages = load(path)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1.1", "Publish procurement data in open format"),
        ("1.2", "Launch a registry of beneficial owners"),
    ]
    assert [m.outcome.stated if m.outcome else None for m in plan.measures()] == [
        "Completed",
        "Limited",
    ]
    assert not any("by their position" in m for m in messages)
