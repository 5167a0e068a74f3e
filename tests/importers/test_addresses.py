"""Reading a report from an address, served by a real HTTP server on this machine."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import civplan
from civplan import cli

from .layouts import TWO_LEVELS, write

PAGES: dict[str, tuple[int, str, bytes]] = {}
"""Each path the server answers: status, content type, body (for a redirect, its target)."""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, content_type, body = PAGES.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            body = b""
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("served")
    spreadsheet = folder / "report.xlsx"
    civplan.export(civplan.demo_plan(), "xlsx", spreadsheet)
    page = write(TWO_LEVELS, "html", folder)
    PAGES["/files/report.xlsx"] = (200, "application/octet-stream", spreadsheet.read_bytes())
    PAGES["/download?id=7"] = (200, "application/octet-stream", spreadsheet.read_bytes())
    PAGES["/reports/2025"] = (200, "text/html; charset=windows-1251", page.read_bytes())
    PAGES["/old"] = (301, "text/plain", b"/reports/2025")
    PAGES["/loop"] = (302, "text/plain", b"/loop")
    return {"xlsx": spreadsheet, "html": page}


def test_a_spreadsheet_at_an_address_reads_like_the_file(
    server: str, documents: dict[str, Path]
) -> None:
    expected = civplan.load(documents["xlsx"])
    assert civplan.load(f"{server}/files/report.xlsx") == expected
    assert civplan.load(f"{server}/download?id=7") == expected  # no name: the content tells


def test_a_web_page_at_an_address_and_a_redirect_to_it(
    server: str, documents: dict[str, Path]
) -> None:
    expected = civplan.load(documents["html"], hints=civplan.Hints(year=TWO_LEVELS.year))
    hints = civplan.Hints(year=TWO_LEVELS.year)
    assert civplan.load(f"{server}/reports/2025", hints=hints) == expected
    assert civplan.load(f"{server}/old", hints=hints) == expected


@pytest.mark.usefixtures("documents")
@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "answered 404"), ("/loop", "redirect")],
)
def test_what_the_server_refuses_is_a_clear_error(server: str, path: str, message: str) -> None:
    with pytest.raises(civplan.DocumentError) as error:
        civplan.load(f"{server}{path}")
    assert f"{server}{path}" in str(error.value)
    assert message in str(error.value)


def test_nothing_listens_is_a_clear_error() -> None:
    with pytest.raises(civplan.DocumentError, match="cannot fetch"):
        civplan.load("http://127.0.0.1:9/report.xlsx")


def test_a_document_too_large_is_refused(
    server: str, documents: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from civplan import _fetch

    monkeypatch.setattr(_fetch, "MAX_BYTES", documents["xlsx"].stat().st_size // 2)
    with pytest.raises(civplan.DocumentError, match="larger than"):
        civplan.load(f"{server}/files/report.xlsx")


@pytest.mark.usefixtures("documents")
def test_the_command_line_reads_an_address(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["status", f"{server}/files/report.xlsx"]) == 0
    out = capsys.readouterr().out
    assert "4.2" in out and "не виконано" in out


def test_a_page_given_as_a_stream_reads_too(documents: dict[str, Path]) -> None:
    data = documents["html"].read_bytes()
    hints = civplan.Hints(year=TWO_LEVELS.year)
    from_stream = civplan.load(io.BytesIO(data), hints=hints)  # recognised by its content
    assert from_stream == civplan.load(documents["html"], hints=hints)
    assert [m.number for m in from_stream.measures()] == [m.number for m in TWO_LEVELS.measures]


def test_a_report_in_prose_at_an_address_reads_with_its_plan(server: str) -> None:
    page = (
        "<p>1.1. Проведено засідання громадської ради.</p>"
        "<p>На виконання пункту 4.2 Плану конкурс не проводився.</p>"
    )
    PAGES["/prose"] = (200, "text/html; charset=utf-8", page.encode())
    with pytest.warns(civplan.CivplanWarning, match="names nowhere"):
        report = civplan.load(f"{server}/prose", plan=civplan.demo_plan())
    outcome = report.measure("4.2").outcome
    assert outcome is not None and outcome.text.endswith("конкурс не проводився.")


@pytest.mark.usefixtures("documents")
def test_a_page_that_links_to_the_report_names_the_documents_to_read(server: str) -> None:
    page = (
        "<h1>Звіт про виконання плану заходів за 2025 рік</h1>"
        "<p>Звіт про виконання плану заходів за 2025 рік додається.</p>"
        '<p><a href="/files/report.xlsx">Звіт (XLSX)</a> <a href="/news">Новини</a>'
        ' <a href="files/report.xlsx">ще раз</a> <a href="/files/report.pdf?v=2">PDF</a></p>'
    )
    PAGES["/news/zvit"] = (200, "text/html; charset=utf-8", page.encode())
    with pytest.raises(civplan.DocumentError) as error:
        civplan.load(f"{server}/news/zvit")
    said = str(error.value).splitlines()[-1]
    # each as an address to read, relative links resolved against the page's, once each
    assert said == (
        "  - it links to documents, which may hold the report: "
        f"{server}/files/report.xlsx; {server}/news/files/report.xlsx; "
        f"{server}/files/report.pdf?v=2 — read one of them"
    )
    linked = said.split(": ", 1)[1].split("; ")[0]
    assert len(list(civplan.load(linked).measures())) == 15  # the report, read as told
