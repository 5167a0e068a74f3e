"""Web pages saved as one file (MHTML): by Word and Excel, and by systems exporting "Word"."""

from __future__ import annotations

import io
import warnings
from datetime import date
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

import civplan

PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>Звіт про виконання плану заходів з енергозбереження за 2025 рік</p>
<table border="1">
<tr><td>№</td><td>Назва заходу</td><td>Строк</td><td>Виконавець</td><td>Стан виконання</td></tr>
<tr><td>1</td><td>Утеплення фасаду ліцею</td><td>ІІ квартал</td><td>Відділ освіти</td>
<td>Фасад утеплено, акт приймання підписано</td></tr>
<tr><td>2</td><td>Заміна вікон у клубі</td><td>ІІІ квартал</td><td>Відділ культури</td>
<td>Не виконано: кошти не виділено</td></tr>
</table></body></html>"""


def archive(*pages: tuple[str, str], charset: str = "windows-1251") -> bytes:
    """A web archive as Word and Excel save it: a MIME message of related parts.

    Each page is in ``charset`` under quoted-printable, whatever its ``<meta>`` says; a
    part of the page's own files (not a page) follows.
    """
    message = MIMEMultipart("related")
    for name, html in pages:
        part = MIMEText(html, "html", charset)
        part["Content-Location"] = f"file:///C:/Temp/{name}"
        message.attach(part)
    files = MIMEText("<xml></xml>", "xml", "utf-8")
    files["Content-Location"] = "file:///C:/Temp/files/filelist.xml"
    message.attach(files)
    return message.as_bytes()


def statuses(plan: civplan.Plan) -> list[str]:
    return [civplan.assess(m, plan.as_of or date(2026, 1, 15)).status.name for m in plan.measures()]


@pytest.mark.parametrize("name", ["zvit.mht", "zvit.mhtml", "zvit.doc", "zvit.xls"])
def test_a_web_archive_is_read_as_the_page_inside_by_any_of_its_names(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(archive(("zvit.htm", PAGE)))
    plan = civplan.load(path)
    assert plan.title == "Звіт про виконання плану заходів з енергозбереження за 2025 рік"
    assert plan.as_of == date(2025, 12, 31)
    assert [m.title for m in plan.measures()] == ["Утеплення фасаду ліцею", "Заміна вікон у клубі"]
    assert plan.measure("2").responsible == ("Відділ культури",)
    assert statuses(plan) == ["DONE", "NOT_DONE"]


def test_a_web_archive_without_a_name_is_known_by_its_headers() -> None:
    plan = civplan.load(io.BytesIO(archive(("zvit.htm", PAGE), charset="utf-8")))
    assert [m.number for m in plan.measures()] == ["1", "2"]


def test_a_workbook_archive_of_several_sheets_reads_the_first_and_names_the_others() -> None:
    other = PAGE.replace("енергозбереження", "благоустрою")
    frames = "<html><frameset><frame src='sheet001.htm'></frameset></html>"
    tabs = "<html><body><table><tr><td><a href='sheet001.htm'>Звіт</a></td></tr></table>"
    data = archive(
        ("book.htm", frames),
        ("sheet001.htm", PAGE),
        ("sheet002.htm", other),
        ("tabstrip.htm", tabs),  # the sheets' tabs, a table of links: no page of the report
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        plan = civplan.load(io.BytesIO(data), "html")
    assert "енергозбереження" in plan.title
    told = [str(w.message) for w in caught if "web archive" in str(w.message)]
    assert len(told) == 1
    assert "«sheet001.htm»" in told[0] and "«sheet002.htm»" in told[0]
    assert "tabstrip" not in told[0]


def test_a_web_archive_with_no_page_is_refused_naming_the_file(tmp_path: Path) -> None:
    message = MIMEMultipart("related")
    message.attach(MIMEText("<xml></xml>", "xml", "utf-8"))
    path = tmp_path / "empty.mht"
    path.write_bytes(message.as_bytes())
    with pytest.raises(civplan.DocumentError, match=r"(?s)empty\.mht.*no web page"):
        civplan.load(path)
