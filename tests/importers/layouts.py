"""Report tables in the layouts real documents use (../shared/LAYOUTS.md), in our own words.

Each :class:`Layout` is a small table — the lines above it, header rows and
body rows, with cells merged across (``Span``) and down (``UP``) — and what
civplan should read from it. :func:`write` puts a layout into a document the
way offices publish them: a Word table, the text dump of one (each cell
after a tab, its paragraphs on the lines below, a blank line after each
row, an empty cell for a cell merged down), or a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Span:
    """A cell merged across ``width`` columns."""

    text: str
    width: int


UP = object()
"""A place covered by the cell above it (merged down)."""

Cell = str | Span | object


@dataclass(frozen=True)
class Expected:
    """A measure as civplan should read it: its headings (titles, top first), number, title."""

    headings: tuple[str, ...]
    number: str
    title: str


@dataclass(frozen=True)
class Layout:
    name: str
    above: Sequence[str]
    header: Sequence[Sequence[Cell]]
    body: Sequence[Sequence[Cell]]
    measures: Sequence[Expected]
    year: int
    end_year: int | None = None
    notes: dict[str, object] = field(default_factory=dict)


def grid(rows: Sequence[Sequence[Cell]]) -> list[list[tuple[str, int, bool]]]:
    """Each row's places: (text, the column its cell starts in, merged down)."""
    out = []
    for row in rows:
        places: list[tuple[str, int, bool]] = []
        for cell in row:
            if isinstance(cell, Span):
                start = len(places)
                places.extend(
                    (cell.text if i == 0 else "", start, False) for i in range(cell.width)
                )
            elif cell is UP:
                places.append(("", len(places), True))
            else:
                places.append((str(cell), len(places), False))
        out.append(places)
    return out


def _spans(places: list[list[tuple[str, int, bool]]], r: int, c: int) -> tuple[int, int]:
    """How many columns the cell at (r, c) spans, and how many rows below it it covers."""
    across = sum(1 for _, start, down in places[r] if start == c and not down)
    below = 0
    while (
        r + below + 1 < len(places)
        and c < len(places[r + below + 1])
        and places[r + below + 1][c][2]
    ):
        below += 1
    return across, below


def write(layout: Layout, form: str, directory: Path) -> Path:
    """The layout as a document of ``form``: «docx», «txt», «xlsx», «ods», «odt», «html», «csv»."""
    path = directory / f"{layout.name}.{form}"
    rows = [*layout.header, *layout.body]
    if form == "csv":
        path.write_bytes(_csv(layout.above, rows).encode("cp1251"))
    elif form == "docx":
        _docx(layout.above, rows, path)
    elif form == "txt":
        path.write_text(_dump(layout.above, rows), encoding="utf-8")
    elif form == "odt":
        _odt(layout.above, rows, path)
    elif form == "ods":
        _ods(layout.above, rows, path)
    elif form == "html":
        path.write_bytes(_html(layout.above, rows).encode("cp1251", errors="xmlcharrefreplace"))
    else:
        _xlsx(layout.above, rows, path)
    return path


def _ods(above: Sequence[str], rows: Sequence[Sequence[Cell]], path: Path) -> None:
    """As LibreOffice Calc saves it: the lines above in the first column, cells merged."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Аркуш1")
    for line in above:
        element = TableRow()
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=line))
        element.addElement(cell)
        table.addElement(element)

    def filled(text: str, across: int, below: int) -> TableCell:
        cell = TableCell(numbercolumnsspanned=across, numberrowsspanned=below + 1)
        if text:
            cell.setAttribute("valuetype", "string")
            for line in text.split("\n"):
                cell.addElement(P(text=line))
        return cell

    _odf_rows(table, grid(rows), filled)
    document.spreadsheet.addElement(table)
    document.save(str(path))


def _odf_rows(
    table: Any,
    places: list[list[tuple[str, int, bool]]],
    filled: Callable[[str, int, int], Any],
) -> None:
    """An ODF table's rows: each cell made by ``filled(text, across, below)``, covered cells
    (merged over) in their places, as LibreOffice writes them."""
    from odf.table import CoveredTableCell, TableRow

    for r, row in enumerate(places):
        element = TableRow()
        for c, (text, start, down) in enumerate(row):
            if start != c or down:
                element.addElement(CoveredTableCell())
                continue
            across, below = _spans(places, r, c)
            element.addElement(filled(text, across, below))
        table.addElement(element)


def _odt(above: Sequence[str], rows: Sequence[Sequence[Cell]], path: Path) -> None:
    """As LibreOffice Writer saves it: spanning cells, and covered cells in their places."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableCellProperties, TableColumnProperties
    from odf.table import Table, TableCell, TableColumn
    from odf.text import LineBreak, P

    document = OpenDocumentText()
    ruled = Style(name="ruled", family="table-cell")  # ruled, as reports are printed
    ruled.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    document.automaticstyles.addElement(ruled)
    for line in above:
        document.text.addElement(P(text=line))
    places = grid(rows)
    width = max(len(r) for r in places)
    table = Table(name="Таблиця1")
    longest = [  # columns as wide as their text asks, as a person sets them in Writer
        max([len(line) for row in places if c < len(row) for line in row[c][0].split("\n")] + [4])
        for c in range(width)
    ]
    for c, length in enumerate(longest):
        column = Style(name=f"column{c}", family="table-column")
        share = 25.0 * length**0.5 / sum(n**0.5 for n in longest)
        column.addElement(TableColumnProperties(columnwidth=f"{max(share, 1.2):.2f}cm"))
        document.automaticstyles.addElement(column)
        table.addElement(TableColumn(stylename=column))

    def filled(text: str, across: int, below: int) -> TableCell:
        cell = TableCell(
            numbercolumnsspanned=across,
            numberrowsspanned=below + 1,
            valuetype="string",
            stylename=ruled,
        )
        paragraph = P()
        for i, line in enumerate(text.split("\n")):
            if i:
                paragraph.addElement(LineBreak())
            paragraph.addText(line)
        cell.addElement(paragraph)
        return cell

    _odf_rows(table, places, filled)
    document.text.addElement(table)
    document.save(str(path))


def libreoffice(source: Path, target: str, folder: Path) -> Path:
    """``source`` converted by a real LibreOffice to ``target`` («doc», «pdf» …), as an office would."""
    import subprocess

    subprocess.run(
        ["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / f"{source.stem}.{target.split(':')[0]}"


def _html(above: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """As a council's website publishes it: windows-1251, a menu in a layout table, spans."""
    from html import escape

    places = grid(rows)
    body = []
    for r, row in enumerate(places):
        cells = []
        for c, (text, start, down) in enumerate(row):
            if start != c or down:
                continue  # covered by a cell spanning from the left or from above
            across, below = _spans(places, r, c)
            attributes = (f' colspan="{across}"' if across > 1 else "") + (
                f' rowspan="{below + 1}"' if below else ""
            )
            lines = "<br>".join(escape(line).replace("  ", " &nbsp;") for line in text.split("\n"))
            cells.append(f"<td{attributes}><p>{lines}</p></td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    heading = "".join(f"<p align=center><b>{escape(line)}</b></p>" for line in above)
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=windows-1251"><title>Сільська рада</title>'
        "<script>var menu = '<table><tr><td>1</td></tr></table>';</script></head><body>"
        '<table width="100%"><tr><td><table class="menu"><tr><td><a href="/">Головна</a></td>'
        '</tr><tr><td><a href="/news">Новини</a></td></tr></table></td><td>'
        f'{heading}<table border="1" cellspacing="0">{"".join(body)}</table>'
        "</td></tr></table><table><tr><td>© 2025 Сільська рада</td>"
        "<td>Усі права захищено</td></tr></table><!-- лічильник --></body></html>"
    )


SECTION_ROWS = {
    "Освіта": [("Ремонт школи", "Виконано"), ("Закупівля автобуса", "Не виконано")],
    "Культура": [("Фестиваль", "Проведено 21.06.2025")],
}
"""Each section's measures and their reports, for :func:`tables_of_sections`."""


def tables_of_sections(path: Path, *, first: str = "Освіта", ruled: bool = False) -> Path:
    """A Word report of a table per section, each under a heading line: «Освіта» (or
    ``first``), then «Культура», the header over each table; ``ruled``: with borders."""
    import docx

    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану заходів за 2025 рік")
    for at, (heading, rows) in enumerate(SECTION_ROWS.items()):
        document.add_paragraph(first if at == 0 else heading)
        table = document.add_table(rows=1 + len(rows), cols=4)
        if ruled:
            table.style = "Table Grid"
        texts = [("№", "Найменування заходу", "Строк", "Стан виконання")]
        texts += [(str(n), name, "ІІІ квартал", report) for n, (name, report) in enumerate(rows, 1)]
        for cells, line in zip(table.rows, texts, strict=True):
            for cell, text in zip(cells.cells, line, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def _docx(above: Sequence[str], rows: Sequence[Sequence[Cell]], path: Path) -> None:
    import docx

    document = docx.Document()
    for line in above:
        document.add_paragraph(line)
    places = grid(rows)
    width = max(len(r) for r in places)
    table = document.add_table(rows=len(places), cols=width)
    table.style = "Table Grid"  # ruled, as offices' tables are (and as a PDF shows them)
    for r, row in enumerate(places):
        for c, (text, start, down) in enumerate(row):
            if start == c and not down:
                table.cell(r, c).text = text
    for r, row in enumerate(places):  # merge after every text is in place
        for c, (_, start, down) in enumerate(row):
            if down:
                top = r - 1
                while places[top][c][2]:
                    top -= 1
                table.cell(top, c).merge(table.cell(r, c))
            elif start != c and (c + 1 == len(row) or row[c + 1][1] != start):
                table.cell(r, start).merge(table.cell(r, c))
    document.save(str(path))


def _dump(above: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """As a Word table's text dump reads: a tab before each cell, a blank line after each row."""
    out = [*above, ""]
    for row in grid(rows):
        for c, (text, start, down) in enumerate(row):
            if start != c and not down:
                continue  # covered by a cell merged across: the dump has the cell once
            out.append("\t" + ("" if down else text))
        out.append("")
    return "\n".join(out) + "\n"


def _csv(above: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """As Excel saves a sheet in Ukraine: «;» between cells, every row as wide, no merges."""
    import csv
    import io

    places = grid(rows)
    width = max(len(row) for row in places)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for line in above:
        writer.writerow([line] + [""] * (width - 1))
    for row in places:
        texts = [
            text if start == c and not down else "" for c, (text, start, down) in enumerate(row)
        ]
        writer.writerow(texts + [""] * (width - len(texts)))
    return out.getvalue()


def _xlsx(above: Sequence[str], rows: Sequence[Sequence[Cell]], path: Path) -> None:
    import openpyxl
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Аркуш1"
    for line in above:
        sheet.append([line])
    offset = len(above)
    places = grid(rows)
    for r, row in enumerate(places, start=offset + 1):
        for c, (text, start, down) in enumerate(row, start=1):
            if start == c - 1 and not down and text:
                sheet.cell(row=r, column=c, value=text)
    for r, row in enumerate(places, start=offset + 1):
        for c, (_, start, down) in enumerate(row):
            if down and not places[r - offset - 2][c][2]:
                last = r
                while last - offset < len(places) and places[last - offset][c][2]:
                    last += 1
                letter = get_column_letter(c + 1)
                sheet.merge_cells(f"{letter}{r - 1}:{letter}{last}")
            elif start != c and (c + 1 == len(row) or row[c + 1][1] != start):
                sheet.merge_cells(
                    f"{get_column_letter(start + 1)}{r}:{get_column_letter(c + 1)}{r}"
                )
    book.save(path)


# --- the layouts, after LAYOUTS.md; every text is invented ---------------------

N, T, D, S = "№ з/п", "Найменування заходу", "Строк виконання", "Стан виконання"

TWO_LEVELS = Layout(
    name="two-levels",
    above=[
        "ЗВІТ",
        "про виконання плану заходів з розвитку туризму",
        "у Полтавській області у 2023 році",
    ],
    header=[[N, T, D, S]],
    body=[
        [Span("1. Розвиток туристичної інфраструктури", 4)],
        ["1.1", "Облаштування туристичних маршрутів", "ІІ квартал", "Облаштовано три маршрути"],
        ["1.2.", "Встановлення інформаційних знаків", "протягом року", "Встановлено 40 знаків"],
        [Span("2.Популяризація краю", 4)],
        ["2.1", "Проведення фестивалю ремесел", "вересень", "Фестиваль не проводився"],
    ],
    measures=[
        Expected(
            ("Розвиток туристичної інфраструктури",), "1.1", "Облаштування туристичних маршрутів"
        ),
        Expected(
            ("Розвиток туристичної інфраструктури",), "1.2.", "Встановлення інформаційних знаків"
        ),
        Expected(("Популяризація краю",), "2.1", "Проведення фестивалю ремесел"),
    ],
    year=2023,
    notes={"territory": "Полтавська область"},
)

FLAT = Layout(
    name="flat-village",
    above=[
        "ЗАТВЕРДЖЕНО",
        "рішенням виконавчого комітету",
        "Вишневої сільської ради",
        "від 14 лютого 2024 року № 37",
        "ПЛАН ЗАХОДІВ",
        "з благоустрою села на 2024 рік",
    ],
    header=[["№", "Зміст заходу", "Термін виконання", "Відповідальні за виконання", "Примітка"]],
    body=[
        ["1", "Прибирання території парку", "квітень", "Староста села", ""],
        [
            "2.",
            "Ремонт дитячого майданчика",
            "травень – червень",
            "Виконавчий комітет",
            "за наявності коштів",
        ],
        [
            "3)",
            "Висадка дерев уздовж вулиці Садової",
            "жовтень",
            "Громадська організація «Зелений край» (за згодою)",
            "",
        ],
    ],
    measures=[
        Expected((), "1", "Прибирання території парку"),
        Expected((), "2.", "Ремонт дитячого майданчика"),
        Expected((), "3)", "Висадка дерев уздовж вулиці Садової"),
    ],
    year=2024,
    notes={"approval": ("37", "2024-02-14")},
)

DEEP = Layout(
    name="deep-programme",
    above=["Державна цільова програма", "розвитку волонтерства на 2025–2027 роки"],
    header=[
        [
            "№ п/п",
            "Найменування заходу",
            "Строки виконання",
            "Відповідальні виконавці",
            "Індикатор виконання",
        ]
    ],
    body=[
        [Span("1. Стратегічний напрям: підтримка волонтерських ініціатив", 5)],
        [Span("1.1. Проблема: недостатня поінформованість громадян", 5)],
        [Span("1.1.1. Очікуваний результат: громадяни знають про можливості волонтерства", 5)],
        [Span("1.1.1.1. Завдання: поширення інформації", 5)],
        [
            "1.1.1.1.1",
            "Створення порталу волонтерських можливостей",
            "2025 рік",
            "Мінсоцполітики",
            "портал працює",
        ],
        [
            "1.1.1.1.2",
            "Проведення інформаційної кампанії",
            "2025–2026 роки",
            "Мінкульт",
            "охоплено 1 млн осіб",
        ],
        [Span("1.1.1.2. Завдання: навчання координаторів", 5)],
        [
            "1.1.1.2.1",
            "Розроблення навчальної програми для координаторів",
            "І півріччя 2026 р.",
            "МОН",
            "програму затверджено",
        ],
        [Span("2. Стратегічний напрям: фінансова спроможність організацій", 5)],
        ["2.1", "Запровадження конкурсу малих грантів", "2027 рік", "Мінфін", "проведено конкурс"],
    ],
    measures=[
        Expected(
            (
                "Стратегічний напрям: підтримка волонтерських ініціатив",
                "Проблема: недостатня поінформованість громадян",
                "Очікуваний результат: громадяни знають про можливості волонтерства",
                "Завдання: поширення інформації",
            ),
            "1.1.1.1.1",
            "Створення порталу волонтерських можливостей",
        ),
        Expected(
            (
                "Стратегічний напрям: підтримка волонтерських ініціатив",
                "Проблема: недостатня поінформованість громадян",
                "Очікуваний результат: громадяни знають про можливості волонтерства",
                "Завдання: поширення інформації",
            ),
            "1.1.1.1.2",
            "Проведення інформаційної кампанії",
        ),
        Expected(
            (
                "Стратегічний напрям: підтримка волонтерських ініціатив",
                "Проблема: недостатня поінформованість громадян",
                "Очікуваний результат: громадяни знають про можливості волонтерства",
                "Завдання: навчання координаторів",
            ),
            "1.1.1.2.1",
            "Розроблення навчальної програми для координаторів",
        ),
        Expected(
            ("Стратегічний напрям: фінансова спроможність організацій",),
            "2.1",
            "Запровадження конкурсу малих грантів",
        ),
    ],
    year=2025,
    end_year=2027,
)

NUMBER_IN_TITLE = Layout(
    name="number-in-title",
    above=["Інформація про хід виконання плану заходів", "за 2024 рік"],
    header=[["Найменування заходу", "Термін", "Виконавці", "Інформація про виконання"]],
    body=[
        ["Розділ 1. Освіта", "", "", ""],
        [
            "1.1. Проведення конкурсу учнівських проєктів",
            "березень",
            "Управління освіти",
            "Конкурс проведено 15 березня",
        ],
        [
            "1.2. Оновлення шкільних бібліотек",
            "протягом року",
            "Управління освіти",
            "Закуплено 900 книжок",
        ],
        ["Розділ 2. Культура", "", "", ""],
        [
            "Захід 2.1. Організація днів відкритих дверей у музеях",  # a word before the number
            "ІІІ квартал",
            "Відділ культури",
            "Не проводилися через ремонт",
        ],
    ],
    measures=[
        Expected(("Освіта",), "1.1.", "Проведення конкурсу учнівських проєктів"),
        Expected(("Освіта",), "1.2.", "Оновлення шкільних бібліотек"),
        Expected(("Культура",), "2.1.", "Організація днів відкритих дверей у музеях"),
    ],
    year=2024,
    notes={"as_of": "2024-12-31"},
)

NO_NUMBERS = Layout(
    name="no-numbers",
    above=["План заходів громади на 2025 рік"],
    header=[["Заходи", "Термін", "Відповідальні"]],
    body=[
        [Span("Загальні питання", 3)],
        ["Оновлення сайту громади", "постійно", "Відділ комунікацій"],
        ["Звіт старост перед громадою", "грудень", "Старости"],
        [Span("Культура", 3)],
        ["Свято громади", "серпень", "Будинок культури"],
    ],
    measures=[
        Expected(("Загальні питання",), "1", "Оновлення сайту громади"),
        Expected(("Загальні питання",), "2", "Звіт старост перед громадою"),
        Expected(("Культура",), "3", "Свято громади"),
    ],
    year=2025,
    notes={"auto_numbered": True},
)

ROMAN_RESTART = Layout(
    name="roman-restart",
    above=["План заходів міської ради на 2024 рік"],
    header=[["№", "Найменування заходу", "Строк", "Виконавець"]],
    body=[
        [Span("I. Загальні питання", 4)],
        ["1", "Підготовка звіту міського голови", "січень", "Секретаріат"],
        ["2", "Оновлення реєстру актів", "постійно", "Юридичний відділ"],
        [Span("ІІ. Освіта", 4)],
        ["1", "Ремонт укриттів у школах", "до 1 вересня", "Управління освіти"],
    ],
    measures=[
        Expected(("Загальні питання",), "1", "Підготовка звіту міського голови"),
        Expected(("Загальні питання",), "2", "Оновлення реєстру актів"),
        Expected(("Освіта",), "1", "Ремонт укриттів у школах"),
    ],
    year=2024,
    notes={"refs": ("I.1", "I.2", "II.1")},
)

FUNDING = Layout(
    name="funding-header",
    above=["ПЛАН ЗАХОДІВ", "з підтримки ветеранів на 2024–2026 роки"],
    header=[
        [
            "№ з/п",
            "Найменування заходу",
            "Строк виконання",
            Span("Обсяг фінансування, тис. грн", 3),
            "Очікуваний результат",
        ],
        [UP, UP, UP, "усього", Span("у тому числі", 2), UP],
        [UP, UP, UP, UP, "державний бюджет", "місцевий бюджет", UP],
        ["1", "2", "3", "4", "5", "6", "7"],
    ],
    body=[
        [
            "1",
            "Облаштування центру ветеранів",
            "2024 рік",
            "1 250,0",
            "1 000,0",
            "250,0",
            "центр відкрито",
        ],
        [
            "2",
            "Навчання фахівців із супроводу",
            "2025–2026 роки",
            "—",
            "—",
            "—",
            "в межах кошторисних призначень",
        ],
    ],
    measures=[
        Expected((), "1", "Облаштування центру ветеранів"),
        Expected((), "2", "Навчання фахівців із супроводу"),
    ],
    year=2024,
    end_year=2026,
    notes={"funding": ("усього", "державний бюджет", "місцевий бюджет")},
)

GROUPING = Layout(
    name="grouping-column",
    above=["Звіт про виконання плану заходів у 2024 році"],
    header=[["Завдання", "№", "Захід", "Строк", "Виконавець", "Стан виконання"]],
    body=[
        [
            "Підвищення прозорості",
            "1",
            "Оприлюднення бюджету у відкритому форматі",
            "квітень",
            "Фінуправління",
            "Виконано",
        ],
        [
            UP,
            "2",
            "Запуск онлайн-консультацій",
            "червень",
            "Відділ комунікацій",
            "Виконано частково",
        ],
        [
            "Залучення молоді",
            "3",
            "Створення молодіжної ради",
            "вересень",
            "Відділ молоді",
            "Не розпочато",
        ],
    ],
    measures=[
        Expected(("Підвищення прозорості",), "1", "Оприлюднення бюджету у відкритому форматі"),
        Expected(("Підвищення прозорості",), "2", "Запуск онлайн-консультацій"),
        Expected(("Залучення молоді",), "3", "Створення молодіжної ради"),
    ],
    year=2024,
    notes={"stated": ("Виконано", "Виконано частково", "Не розпочато")},
)

ENGLISH = Layout(
    name="english-status",
    above=["Open Government Partnership Action Plan 2022–2024", "Self-assessment report for 2023"],
    header=[
        [
            "No.",
            "Measure",
            "Deadline(s)",
            "Responsible implementors",
            "Measure status",
            "Progress / result of implementation",
        ]
    ],
    body=[
        [Span("Commitment 1. Open budgets", 6)],
        [
            "1.1",
            "Publish budget data monthly",
            "2023",
            "Ministry of Finance",
            "Complete",
            "Data published every month",
        ],
        [
            "1.2",
            "Train local officials",
            "2023–2024",
            "Ministry of Finance",
            "Substantial",
            "Two of three trainings held",
        ],
        [Span("Commitment 2. Public participation", 6)],
        ["2.1", "Launch a petitions portal", "2024", "Digital Ministry", "Not started", ""],
    ],
    measures=[
        Expected(("Open budgets",), "1.1", "Publish budget data monthly"),
        Expected(("Open budgets",), "1.2", "Train local officials"),
        Expected(("Public participation",), "2.1", "Launch a petitions portal"),
    ],
    year=2022,
    end_year=2024,
)

REPEATED_HEADER = Layout(
    name="repeated-header",
    above=[
        "Додаток 2",
        "до розпорядження голови районної державної адміністрації",
        "від 12.03.2024 № 51",
        "План заходів щодо енергоефективності на 2024 рік",
    ],
    header=[
        ["№\nз/п", "Найменування\nзаходу", "Термін вико-\nнання", "Відповідаль-\nні виконавці"],
        ["1", "2", "3", "4"],
    ],
    body=[
        ["1", "Утеплення фасаду лікарні", "ІІ–ІІІ квартал", "Відділ будівництва"],
        ["2", "Заміна вікон у школі № 3", "до 1 вересня", "Відділ освіти"],
        ["№\nз/п", "Найменування\nзаходу", "Термін вико-\nнання", "Відповідаль-\nні виконавці"],
        ["3", "Встановлення сонячних панелей", "ІV квартал", "Відділ економіки"],
    ],
    measures=[
        Expected((), "1", "Утеплення фасаду лікарні"),
        Expected((), "2", "Заміна вікон у школі № 3"),
        Expected((), "3", "Встановлення сонячних панелей"),
    ],
    year=2024,
    notes={"approval": ("51", "2024-03-12")},
)

ODD_NUMBERS = Layout(
    name="odd-numbers",
    above=["План заходів департаменту на 2025 рік"],
    header=[["№ пор.", "Назва заходу", "Строк (термін)", "Головний виконавець"]],
    body=[
        [Span("1. Цифровізація послуг", 4)],
        ["1.1", "Переведення довідок в електронну форму", "І квартал", "Департамент"],
        ["1.1-1", "Підключення до порталу Дія", "ІІ квартал", "Департамент"],
        ["1.2а", "Навчання працівників ЦНАП", "березень–квітень 2025 року", "ЦНАП"],
        ["1.3*", "Оновлення сервера", "до кінця року", "ІТ-відділ"],
        ["1.1.1.5.4 (6)", "Перенесення архіву", "2025 рік", "Архівний відділ"],
        ["1.5", "Аудит безпеки", "ІV квартал", "ІТ-відділ"],
        ["1.5", "Тестування резервних копій", "щокварталу", "ІТ-відділ"],
    ],
    measures=[
        Expected(("Цифровізація послуг",), "1.1", "Переведення довідок в електронну форму"),
        Expected(("Цифровізація послуг",), "1.1-1", "Підключення до порталу Дія"),
        Expected(("Цифровізація послуг",), "1.2а", "Навчання працівників ЦНАП"),
        Expected(("Цифровізація послуг",), "1.3*", "Оновлення сервера"),
        Expected(("Цифровізація послуг",), "1.1.1.5.4 (6)", "Перенесення архіву"),
        Expected(("Цифровізація послуг",), "1.5", "Аудит безпеки"),
        Expected(("Цифровізація послуг",), "1.5", "Тестування резервних копій"),
    ],
    year=2025,
    notes={"duplicate": "1.5"},
)

UNKNOWN_CAPTIONS = Layout(
    name="unknown-captions",
    above=["Звіт відділу про виконання плану роботи у 2023 році"],
    header=[["№", "Назва", "Графа 3", "Графа 4", "Що зроблено"]],
    body=[
        [
            "1",
            "Проведення прийому громадян",
            "щомісяця",
            "Начальник відділу",
            "Проведено 12 прийомів громадян",
        ],
        [
            "2",
            "Підготовка аналітичної довідки",
            "ІІ квартал",
            "Головний спеціаліст відділу",
            "Довідку підготовлено та направлено голові",
        ],
        [
            "3",
            "Оновлення сторінки відділу на сайті",
            "постійно",
            "Відділ комунікацій",
            "Сторінку оновлено",
        ],
    ],
    measures=[
        Expected((), "1", "Проведення прийому громадян"),
        Expected((), "2", "Підготовка аналітичної довідки"),
        Expected((), "3", "Оновлення сторінки відділу на сайті"),
    ],
    year=2023,
)

HEADING_NOT_MERGED = Layout(
    name="heading-first-cell",
    above=["Звіт про виконання заходів у 2022 році"],
    header=[
        [
            "№ з/п",
            "Найменування заходу",
            "Строк виконання",
            "Відповідальні виконавці",
            "Інформація про виконання",
        ]
    ],
    body=[
        ["1. Соціальний захист:", "", "", "", ""],
        [
            "1.1",
            "Виплата допомоги переселенцям",
            "протягом року",
            "Управління соцзахисту",
            "Виплачено допомогу 1 200 особам",
        ],
        [
            "1.2",
            "Надання гуманітарної допомоги",
            "постійно",
            "Управління соцзахисту",
            "Надано 3 500 продуктових наборів\nПеревезено вантажі з Польщі",
        ],
        ["", "", "", "Благодійний фонд (за згодою)", "Фонд передав 200 наборів"],
        ["2. Охорона здоров’я (далі – ОЗ)", "", "", "", ""],
        [
            "2.1",
            "Закупівля ліків для лікарні",
            "ІІІ квартал",
            "Відділ ОЗ",
            "Закупівлю не проведено у зв’язку з відсутністю фінансування",
        ],
    ],
    measures=[
        Expected(("Соціальний захист:",), "1.1", "Виплата допомоги переселенцям"),
        Expected(("Соціальний захист:",), "1.2", "Надання гуманітарної допомоги"),
        Expected(("Охорона здоров’я (далі – ОЗ)",), "2.1", "Закупівля ліків для лікарні"),
    ],
    year=2022,
    notes={"continued": "1.2"},
)

MIXED_DEPTH = Layout(
    name="mixed-depth",
    above=["Звіт про виконання плану заходів на 2025 рік"],
    header=[["№ з/п", "Зміст заходу", "Термін", "Виконавець", "Стан виконання"]],
    body=[
        ["1.", "Організувати навчання:", "", "", ""],
        [
            "",
            "а) для працівників центру надання адміністративних послуг",
            "ІІ квартал",
            "Відділ персоналу",
            "Навчання відбулося 12 травня",
        ],
        [
            "",
            "б) для старост",
            "ІІІ квартал",
            "Відділ персоналу",
            "Не проведено: тренер не приїхав",
        ],
        ["2.", "Оприлюднити звіт громади", "до 1 березня", "Відділ комунікацій", "Оприлюднено"],
        ["3.", "Упорядкувати архів", "", "", ""],
        ["3.1.", "Описати справи 2020 року", "ІV квартал", "Архівний відділ", "Описано 140 справ"],
        ["3.2.", "Передати справи на зберігання", "ІV квартал", "Архівний відділ", "Передано"],
        ["4.", "Провести звітну сесію", "грудень", "Секретар ради", "Сесію проведено"],
    ],
    measures=[
        Expected(
            ("Організувати навчання:",),
            "а)",
            "для працівників центру надання адміністративних послуг",
        ),
        Expected(("Організувати навчання:",), "б)", "для старост"),
        Expected((), "2.", "Оприлюднити звіт громади"),
        Expected(("Упорядкувати архів",), "3.1.", "Описати справи 2020 року"),
        Expected(("Упорядкувати архів",), "3.2.", "Передати справи на зберігання"),
        Expected((), "4.", "Провести звітну сесію"),
    ],
    year=2025,
)

MARKS = Layout(
    name="status-marks",
    above=["Звіт про виконання плану роботи на 2025 рік"],
    header=[
        ["№", "Зміст заходу", "Термін", Span("Відмітка про виконання", 2), "Примітка"],
        [UP, UP, UP, "виконано", "не виконано", UP],
    ],
    body=[
        ["1", "Нарада з керівниками закладів культури", "січень", "+", "", ""],
        ["2", "Огляд стану пам'ятників", "травень", "", "+", "перенесено на осінь"],
        ["3", "Толока на території парку", "квітень", "х", "", ""],
    ],
    measures=[
        Expected((), "1", "Нарада з керівниками закладів культури"),
        Expected((), "2", "Огляд стану пам'ятників"),
        Expected((), "3", "Толока на території парку"),
    ],
    year=2025,
    notes={"stated": ("виконано", "не виконано", "виконано")},
)

LABELLED_NUMBERS = Layout(
    name="labelled-numbers",
    above=["План роботи сільської ради на 2025 рік"],
    header=[["№", "Зміст заходу", "Термін", "Виконавець"]],
    body=[
        ["п. 1", "Підготовка звіту старости", "січень", "Староста"],
        ["п.2", "Облаштування зупинки", "травень", "Відділ ЖКГ"],
        ["№ 3", "Конкурс дитячого малюнка", "червень", "Відділ освіти"],
        ["(4)", "Ремонт освітлення вулиць", "ІІІ квартал", "Відділ ЖКГ"],
        ["5 .", "Прибирання кладовища", "квітень", "Староста"],
    ],
    measures=[
        Expected((), "1", "Підготовка звіту старости"),
        Expected((), "2", "Облаштування зупинки"),
        Expected((), "3", "Конкурс дитячого малюнка"),
        Expected((), "4", "Ремонт освітлення вулиць"),
        Expected((), "5.", "Прибирання кладовища"),
    ],
    year=2025,
)

SPLIT_HEADINGS = Layout(
    name="split-headings",
    above=["План заходів з відзначення державних свят на 2025 рік"],
    header=[["№ з/п", "Найменування заходу", "Строк виконання", "Виконавці"]],
    body=[
        ["І.", "Організаційні заходи", "", ""],
        ["1.", "Засідання оргкомітету", "квітень", "Апарат ради"],
        ["2.", "Затвердження програми свят", "травень", "Апарат ради"],
        ["ІІ.", "Культурно-мистецькі заходи", "", ""],
        ["1.", "Концерт до Дня Незалежності", "24 серпня", "Будинок культури"],
        ["ІІІ.", "Інформаційний супровід", "", ""],
        ["1.", "Публікації на сайті громади", "протягом року", "Відділ комунікацій"],
    ],
    measures=[
        Expected(("Організаційні заходи",), "1.", "Засідання оргкомітету"),
        Expected(("Організаційні заходи",), "2.", "Затвердження програми свят"),
        Expected(("Культурно-мистецькі заходи",), "1.", "Концерт до Дня Незалежності"),
        Expected(("Інформаційний супровід",), "1.", "Публікації на сайті громади"),
    ],
    year=2025,
)

TITLE_COLUMN_HEADINGS = Layout(
    name="headings-in-the-title-column",
    above=["Звіт про виконання плану заходів з розвитку фізичної культури у 2025 році"],
    header=[["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]],
    body=[
        ["", "Розділ 1. Масовий спорт", "", "", ""],
        [
            "1",
            "Змагання з волейболу між старостинськими округами",
            "протягом року",
            "Відділ спорту",
            "Проведено 3 турніри",
        ],
        ["2", "Олімпійський тиждень для школярів", UP, UP, "Взяли участь 420 учнів"],
        ["", "Розділ 2. Спортивна інфраструктура", "", "", ""],
        [
            "3",
            "Облаштування майданчика з вуличними тренажерами",
            "ІІІ квартал",
            "Виконавчий комітет",
            "Роботи не розпочато",
        ],
    ],
    measures=[
        Expected(("Масовий спорт",), "1", "Змагання з волейболу між старостинськими округами"),
        Expected(("Масовий спорт",), "2", "Олімпійський тиждень для школярів"),
        Expected(
            ("Спортивна інфраструктура",), "3", "Облаштування майданчика з вуличними тренажерами"
        ),
    ],
    year=2025,
    notes={"shared": ("протягом року", "Відділ спорту"), "under_merged": ("2",)},
)

GROUPED_ITEMS = Layout(
    name="grouped-items",
    above=["План заходів з реалізації Програми розвитку туризму на 2025–2026 роки"],
    header=[["№", "Завдання", "Зміст заходу", "Виконавець", "Термін"]],
    body=[
        [
            "1.",
            "Розбудова туристичної інфраструктури",
            "1) встановлення вказівників;",
            "Відділ туризму",
            "2025 рік",
        ],
        [UP, UP, "2) облаштування велодоріжки", "Відділ туризму", "2026 рік"],
        ["2.", "Просування громади", "1) випуск путівника;", "Відділ туризму", "2025 рік"],
        [UP, UP, "2) участь у виставці «Туризм»", "Відділ туризму", "щороку"],
    ],
    measures=[
        Expected(("Розбудова туристичної інфраструктури",), "1)", "встановлення вказівників;"),
        Expected(("Розбудова туристичної інфраструктури",), "2)", "облаштування велодоріжки"),
        Expected(("Просування громади",), "1)", "випуск путівника;"),
        Expected(("Просування громади",), "2)", "участь у виставці «Туризм»"),
    ],
    year=2025,
    end_year=2026,
)
"""A number column merged down with the tasks: the task's number; the measures number a list.

Printed from a web page without rules, the task's number sits centred between its measures'
rows: the numbers of the list in their titles tell the rows apart."""

CARDS = Layout(
    name="cards",
    above=["Звіт про виконання плану заходів з благоустрою селища на 2025 рік"],
    header=[],
    body=[
        [Span("Захід 1.1", 2)],
        ["Зміст заходу", "Озеленення центральної площі"],
        ["Строк виконання", "ІІ квартал"],
        ["Виконавець", "КП «Зеленбуд»"],
        ["Стан виконання", "Висаджено 40 дерев і 300 кущів"],
        [Span("Захід 1.2", 2)],
        ["Зміст заходу", "Ремонт тротуару на вул. Садовій"],
        ["Строк виконання", "ІІІ квартал"],
        ["Виконавець", "Відділ благоустрою"],
        ["Стан виконання", "Не виконано через відсутність коштів"],
    ],
    measures=[
        Expected((), "1.1", "Озеленення центральної площі"),
        Expected((), "1.2", "Ремонт тротуару на вул. Садовій"),
    ],
    year=2025,
)
"""A card of «caption | value» rows for each measure, under a line that numbers it."""

INDICATORS = Layout(
    name="indicator-values",
    above=["Моніторинг реалізації Плану заходів на 2025–2027 роки", "станом на 01.01.2026"],
    header=[
        [
            "Код",
            "Назва заходу",
            "Строк",
            "Цільове значення",
            "Фактичне значення",
            "Коментар щодо виконання",
        ],
    ],
    body=[
        [Span("1 Стратегічна ціль: сильна економіка", 6)],
        [Span("1.1 Операційна ціль: підтримка підприємців", 6)],
        ["1.1.1", "Відкриття коворкінгу для молоді", "2025–2026", "15", "9", "Працює з травня."],
        ["1.1.2", "Гранти на власну справу", "2025", "12", "0", "Кошти не виділено."],
    ],
    measures=[
        Expected(
            ("Стратегічна ціль: сильна економіка", "Операційна ціль: підтримка підприємців"),
            "1.1.1",
            "Відкриття коворкінгу для молоді",
        ),
        Expected(
            ("Стратегічна ціль: сильна економіка", "Операційна ціль: підтримка підприємців"),
            "1.1.2",
            "Гранти на власну справу",
        ),
    ],
    year=2025,
    end_year=2027,
)
"""A strategy's monitoring table: codes, the goals as rows across, an indicator's values."""

STRATEGY_RESULTS = Layout(
    name="strategy-results",
    above=["Моніторинг виконання заходів Стратегії", "станом на 01.10.2025"],
    header=[
        [
            "",
            "Назва ОСР",
            "Назва заходу",
            "Головний виконавець",
            "Статус",
            "Частка виконаних заходів",
            "Виконано / усього",
        ],
    ],
    body=[
        [Span("Напрям 3.1. Відкритість місцевої влади", 5), "50,0 %", "2 / 4"],
        [Span("Проблема 3.1.2. Мешканці мало знають про рішення ради", 5), "50,0 %", "2 / 4"],
        [
            "1.1",
            "ОСР 3.1.2.1. Рішення ради доступні онлайн",
            "3.1.2.1.1 Запуск реєстру рішень на сайті громади",
            "Відділ інформатизації",
            "Виконано",
            "100,0 %",
            "1 / 1",
        ],
        [
            "1.2",
            UP,
            "3.1.2.1.2 Трансляції пленарних засідань ради",
            "Апарат ради",
            "Не розпочато",
            "0,0 %",
            "0 / 1",
        ],
        [
            "2.1",
            "ОСР 3.1.2.2. Мешканці впливають на рішення",
            "3.1.2.2.1 Запровадження електронних петицій",
            "Відділ інформатизації",
            "Виконано",
            "100,0 %",
            "1 / 1",
        ],
    ],
    measures=[
        Expected(
            (
                "Відкритість місцевої влади",
                "Мешканці мало знають про рішення ради",
                "Рішення ради доступні онлайн",
            ),
            "3.1.2.1.1",
            "Запуск реєстру рішень на сайті громади",
        ),
        Expected(
            (
                "Відкритість місцевої влади",
                "Мешканці мало знають про рішення ради",
                "Рішення ради доступні онлайн",
            ),
            "3.1.2.1.2",
            "Трансляції пленарних засідань ради",
        ),
        Expected(
            (
                "Відкритість місцевої влади",
                "Мешканці мало знають про рішення ради",
                "Мешканці впливають на рішення",
            ),
            "3.1.2.2.1",
            "Запровадження електронних петицій",
        ),
    ],
    year=2025,
)
"""A strategy's monitoring table: a row's place in an unnamed column, the measures' own numbers
in their titles, expected strategic results («ОСР») merged down over their measures, and
headings with their measures' figures beside them."""

DIRECTIONS = Layout(
    name="numbered-directions",
    above=[
        "ІНФОРМАЦІЯ",
        "про виконання у 2025 році заходів Програми розвитку культури громади на 2024–2026 роки",
    ],
    header=[
        [
            "№ з/п",
            "Назва напряму діяльності (пріоритетні завдання)",
            "Перелік заходів програми",
            "Термін виконання заходу",
            "Виконавці",
            "Стан виконання заходів",
        ]
    ],
    body=[
        [
            "1",
            "Збереження культурної спадщини",
            "Виготовлення охоронних табличок на пам'ятки історії",
            "ІІ квартал",
            "Відділ культури",
            "Виготовлено і встановлено 14 табличок",
        ],
        [
            UP,
            UP,
            "Оцифрування фондів краєзнавчого музею",
            "протягом року",
            "Краєзнавчий музей",
            "Оцифровано 600 з 1500 одиниць зберігання",
        ],
        [
            "2",
            "Підтримка аматорського мистецтва",
            "Придбання костюмів для народного хору",
            "ІІІ квартал",
            "Будинок культури",
            "Закупівлю перенесено на 2026 рік",
        ],
        [
            UP,
            UP,
            "Проведення фестивалю аматорських колективів",
            "червень",
            "Відділ культури",
            "Фестиваль проведено, участь взяли 18 колективів",
        ],
    ],
    measures=[
        Expected(
            ("Збереження культурної спадщини",),
            "1",
            "Виготовлення охоронних табличок на пам'ятки історії",
        ),
        Expected(("Збереження культурної спадщини",), "2", "Оцифрування фондів краєзнавчого музею"),
        Expected(
            ("Підтримка аматорського мистецтва",), "3", "Придбання костюмів для народного хору"
        ),
        Expected(
            ("Підтримка аматорського мистецтва",),
            "4",
            "Проведення фестивалю аматорських колективів",
        ),
    ],
    year=2024,
    end_year=2026,
)
"""A programme's report in the form regional programmes use: the number column merged down
with the directions beside it, the directions' numbers; the measures, unnumbered, numbered by
their position. Printed from a web page without rules, the direction and its number sit
centred between their measures' rows, no gap between them: the cells part the rows."""

EXECUTORS = Layout(
    name="several-executors",
    above=["Інформація про виконання плану заходів щодо запобігання булінгу у 2025 році"],
    header=[["№ з/п", "Зміст заходу", "Строк виконання", "Виконавці", "Стан виконання"]],
    body=[
        [
            "1",
            "Проведення тренінгів для педагогів щодо виявлення ознак булінгу",
            "протягом року",
            "Відділ освіти",
            "Проведено 6 тренінгів для 140 педагогів",
        ],
        [UP, UP, UP, "Центр професійного розвитку", "Підготовлено методичні рекомендації"],
        [
            "2",
            "Інформування батьків про порядок реагування на випадки булінгу",
            "ІІ квартал",
            "Служба у справах дітей",
            "Проведено 12 батьківських зборів",
        ],
        [UP, UP, UP, "Ювенальна превенція", "Роздано 800 пам'яток"],
        [UP, UP, UP, "Відділ молоді", "Інформацію не розміщено через відсутність макета"],
        [
            "3",
            "Ведення обліку заяв про випадки булінгу",
            "постійно",
            "Служба у справах дітей",
            "Зареєстровано 9 заяв",
        ],
    ],
    measures=[
        Expected((), "1", "Проведення тренінгів для педагогів щодо виявлення ознак булінгу"),
        Expected((), "2", "Інформування батьків про порядок реагування на випадки булінгу"),
        Expected((), "3", "Ведення обліку заяв про випадки булінгу"),
    ],
    year=2025,
    notes={
        "executors": (
            ("Відділ освіти", "Центр професійного розвитку"),
            ("Служба у справах дітей", "Ювенальна превенція", "Відділ молоді"),
            ("Служба у справах дітей",),
        )
    },
)
"""A report of several executors to a measure: its number, title and term merged down over a
row of each executor's own, with what that executor reports. Printed from a web page without
rules, the merged cells sit centred between those rows, a gap above and below each."""

FIELDS_IN_TITLE = Layout(
    name="fields-in-title",
    above=["Інформація про виконання плану заходів з розвитку підприємництва у 2025 році"],
    header=[["№", "Захід", "Стан виконання"]],
    body=[
        [
            "1",
            "Оновлення інвестиційного паспорта громади\nТермін: І квартал\n"
            "Виконавець: відділ економіки",
            "Паспорт оновлено та розміщено на сайті",
        ],
        [
            "2",
            "Проведення форуму підприємців\nТермін: ІІ квартал\nВиконавці: відділ економіки, "
            "центр підтримки бізнесу",
            "Форум не проводився через загрозу обстрілів",
        ],
        [
            "3",
            "Облаштування коворкінгу в бібліотеці\nТермін: ІV квартал\nВиконавець: відділ культури",
            "Придбано меблі та техніку, коворкінг відкрито",
        ],
    ],
    measures=[
        Expected((), "1", "Оновлення інвестиційного паспорта громади"),
        Expected((), "2", "Проведення форуму підприємців"),
        Expected((), "3", "Облаштування коворкінгу в бібліотеці"),
    ],
    year=2025,
    notes={
        "terms": ("І квартал", "ІІ квартал", "ІV квартал"),
        "executors": (
            ("відділ економіки",),
            ("відділ економіки", "центр підтримки бізнесу"),
            ("відділ культури",),
        ),
    },
)
"""A table of three columns: a measure's term and executors on labelled lines under its title,
in its cell. A print joins the cell's lines into one."""

LAYOUTS: tuple[Layout, ...] = (
    TWO_LEVELS,
    FLAT,
    DEEP,
    NUMBER_IN_TITLE,
    NO_NUMBERS,
    ROMAN_RESTART,
    FUNDING,
    GROUPING,
    ENGLISH,
    REPEATED_HEADER,
    ODD_NUMBERS,
    UNKNOWN_CAPTIONS,
    HEADING_NOT_MERGED,
    MIXED_DEPTH,
    MARKS,
    LABELLED_NUMBERS,
    SPLIT_HEADINGS,
    TITLE_COLUMN_HEADINGS,
    GROUPED_ITEMS,
    CARDS,
    INDICATORS,
    STRATEGY_RESULTS,
    DIRECTIONS,
    EXECUTORS,
    FIELDS_IN_TITLE,
)
