"""Documents that once broke civplan end in a clear error, in bounded time and memory.

Each runs in a child process under a memory limit, through civplan.load and
through ``civplan status``: a process abort, a hang or a flood fails the test
as surely as a traceback does.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

HOSTILE = Path(__file__).parent / "data" / "hostile"
LEGAL = {"section-title-backspace.yaml"}  # loads; broke the XLSX export once
FILES = sorted(
    p for p in HOSTILE.rglob("*") if p.is_file() and p.suffix != ".md" and p.name not in LEGAL
)
MEMORY = 2 * 1024**3  # address space: Python and its libraries take their share of it
PEAK_MB = 500  # what the process may grow to

# the child's own peak: Linux's VmHWM belongs to the program the child runs, while
# ru_maxrss keeps the resident size of the test process it was forked from
LOAD = """
import json, resource, sys, civplan
try:
    plan = civplan.load(sys.argv[1])
    outcome = {"loaded": len(list(plan.measures()))}
except civplan.CivplanError as error:
    outcome = {"error": str(error)}
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome["peak_mb"] = peak / 1024
print(json.dumps(outcome))
"""


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def child(*arguments: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test
        preexec_fn=_limited,
        check=False,
    )


def test_every_hostile_file_is_here() -> None:
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_load_refuses_it_clearly_in_bounded_memory(path: Path) -> None:
    done = child("-c", LOAD, str(path))
    assert done.returncode == 0, done.stderr[-2000:]
    outcome = json.loads(done.stdout)
    assert "error" in outcome, f"{path.name} loaded {outcome}"
    message = outcome["error"]
    assert str(path) in message
    assert "Traceback" not in message
    assert outcome["peak_mb"] < PEAK_MB


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_command_line_says_so_without_a_traceback(path: Path) -> None:
    done = child("-m", "civplan", "status", str(path))
    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stderr.startswith("civplan: error: ")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("find", "written", "said"),
    [
        (b'text:c="2000000000"', b"text:c='2000000000'", "a run of spaces"),
        (b'text:c="2000000000"', b'text:c = "2000000000"', "a run of spaces"),
        (b'<text:s text:c="2000000000"/>', b"<text:s/>", None),  # the span alone, below
    ],
)
def test_counts_quoted_or_spaced_otherwise_are_checked_too(
    find: bytes, written: bytes, said: str | None, tmp_path: Path
) -> None:
    """XML lets an attribute be single-quoted or spaced about its «=»: the checks read it so."""
    import zipfile

    target = tmp_path / "quoted.ods"
    with (
        zipfile.ZipFile(HOSTILE / "ods-text-s-2e9-with-tab.ods") as archive,
        zipfile.ZipFile(target, "w") as out,
    ):
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename == "content.xml":
                data = data.replace(find, written)
                if said is None:  # a cell spanning far more rows than any table has
                    data = data.replace(
                        b'table:number-rows-spanned="1"', b"table:number-rows-spanned = '9999999'"
                    )
            out.writestr(info, data)
    outcome = json.loads(child("-c", LOAD, str(target)).stdout)
    assert outcome["peak_mb"] < PEAK_MB
    assert (said or "a cell spans") in outcome["error"]


@pytest.mark.parametrize("name", sorted(LEGAL))
def test_a_legal_file_exports_and_reads_back(name: str, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    done = child("-m", "civplan", "export", str(HOSTILE / name), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "removed 1 control character" in done.stderr  # said, not silent
    back = child("-c", LOAD, str(out))
    assert json.loads(back.stdout)["loaded"] == 15


def test_ten_thousand_continuation_rows_join_in_linear_time(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Звіт")
    sheet.append(["Звіт про виконання плану заходів на 2024 рік"])
    sheet.append(["№ з/п", "Найменування заходу", "Строк виконання", "Результат виконання"])
    sheet.append(["1", "Проведення заходу", "ІІ квартал", "Проведено"])
    for _ in range(10_000):
        sheet.append(["", "", "", "продовження " + "x" * 988])
    path = tmp_path / "long.xlsx"
    book.save(path)
    code = LOAD.replace("len(list(plan.measures()))", "len(plan.measure('1').outcome.text)")
    done = child("-W", "ignore", "-c", code, str(path))
    outcome = json.loads(done.stdout)
    assert outcome.get("loaded") == len("Проведено") + 10_000 * 1001
    assert outcome["peak_mb"] < PEAK_MB


def test_a_text_dump_line_of_millions_of_cells_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_text("Звіт\n\n" + "\tx" * 25_000_000 + "\n", encoding="utf-8")
    done = child("-c", LOAD, str(path))
    outcome = json.loads(done.stdout)
    assert "line 3: cells in one line" in outcome.get("error", "")
    assert outcome["peak_mb"] < PEAK_MB


@pytest.mark.parametrize("breaks", ["\n", "\f", "\r\n"])
def test_a_text_of_tens_of_millions_of_lines_is_refused_before_they_are_read(
    breaks: str, tmp_path: Path
) -> None:
    """Form feeds each made a page, line feeds a paragraph: 5 GB, a minute, for a 30 MB file."""
    path = tmp_path / "lines.txt"
    path.write_bytes(("Звіт\n" + breaks * 15_000_000).encode())
    done = child("-c", LOAD, str(path))
    outcome = json.loads(done.stdout)
    assert "lines of text: 15,000,002 is beyond civplan's limit of 1,000,000" in outcome["error"]
    assert outcome["peak_mb"] < PEAK_MB


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("empty-parts.mht", b"--x\r\n" * 2_000_000),  # two million parts, none a page
        ("nested.doc", b"".join(  # archives inside archives, 5,000 deep
            b'--b%d\r\nContent-Type: multipart/related; boundary="b%d"\r\n\r\n' % (i, i + 1)
            for i in range(5_000)
        )),
    ],
)  # fmt: skip
def test_a_web_archive_of_countless_parts_is_refused_in_bounded_memory(
    tmp_path: Path, name: str, body: bytes
) -> None:
    path = tmp_path / name
    boundary = b"x" if name.endswith(".mht") else b"b0"
    head = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=%s\r\n\r\n" % boundary
    path.write_bytes(head + body)
    done = child("-c", LOAD, str(path), timeout=60)
    outcome = json.loads(done.stdout)
    assert "a web archive (MHTML) with no web page in it" in outcome.get("error", "")
    assert outcome["peak_mb"] < PEAK_MB


RUNS = {  # 30,000 characters each: runs that once made a reader's work grow with their square
    "capitals": "А" * 30_000,
    "lines": "а\n" * 15_000,
    "brackets": "(" * 30_000,
    "digits": "1" * 30_000,
    "dates": "01.02.2025, " * 2_500,
    "mixed": "".join("абвгІЇ0123456789.-,:;()«» "[(i * 7 + i // 3) % 26] for i in range(30_000)),
    "amounts": "освоєно 1 " + "234 " * 7_500 + "грн",
    "executors": "Відділ освіти: захід не проводився. " * 800,
}
STATUS = """
import contextlib, io, sys
from civplan.cli import main
for path in sys.argv[1:]:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["status", "--as-of", "2025-12-31", path])
    print(code)
"""


LINEAR = """
from civplan.importers.printed import unwrap
from civplan.model.reading import read_outcome
for piece in ("30.04.2", "слово", "Облаш", "«Відно", "2025–"):
    unwrap("\\n".join([piece] * 15_000))
read_outcome("освоєно 1 " + "234 " * 20_000 + "грн")
from datetime import date
from civplan import Deadline, Measure, Outcome, assess
quarterly = Deadline.parse("щокварталу", year=2025)
for run in ("і" * 60 + "x", "і і " * 5_000 + "x", "і, " * 20_000):
    told = Outcome(text="Проведено засідання у " + run + " кварталі")
    measure = Measure(number="1", title="Засідання", deadline=quarterly, outcome=told)
    assess(measure, date(2025, 12, 31))
# one sentence of thousands of cues: each cue's sentence was once sought through all of it
for clause in ("Проведено нараду, тому семінар не проведено, ", "Відділ: захід не проводився, "):
    told = Outcome(text=clause * 20_000)
    measure = Measure(number="1", title="Наради", deadline=quarterly, outcome=told)
    assess(measure, date(2025, 12, 31))
# a run of thousands of cues beside a sign: each cue's place was once sought from its start
read_outcome(("виконано " + "інвентарем " * 2) * 30_000 + "60 %")
# thousands of lines joined into one, words hyphenated at their ends too: each line was once
# joined onto a copy of all those before it
from civplan.model.scan import as_read
as_read("роботи не\\n" * 200_000)
for line in ("прове-\\nдено ", "а" * 30 + "-\\n"):
    as_read(line * 50_000)
print("done")
"""
CUE_RUNS = """
from datetime import date
from civplan import Deadline, Measure, Outcome, assess
quarterly = Deadline.parse("щокварталу", year=2025)
# runs of thousands of cues of one kind: each cue once looked through its whole run or sentence
for unit in (
    "не проведено ", "не виявлено ", "фінансування не передбачено ", "перший етап завершено ",
    "буде проведено ", "проведено семінар ", "(етап) завершено, ",
    "1 засідання (березень) із 2 ", "план – 5 тис. грн, факт – 0 ",
    # months as labels and beside days: each once sought through all the dates read before it
    "Січень: флешмоб. ", "у березні 2025 року нарада 12 березня, ", "виставка (березень) ",
    "Проведено 2 засідання, у березні – 2, ", "І квартал: Не виконано\\n\\n",
    # deeds of telling beside failures: each once searched its whole sentence and the text
    "інформацію розміщено на сайті, звіт подано, не виконано, ",
    "Натомість проведено нараду у 2019 році, семінар не проведено, ",
    # work going on beside deeds: each once lowered its whole sentence, or the text
    "їх реалізацію розпочато, проведено, ", "Робота в цьому напрямку триває. Проведено. ",
    # steps of a purchase beside deeds: each once looked through all the cues after it
    "оголошено тендер, проведено нараду, ", "укладено договір на ремонт, роботи проведено, ",
):
    told = Outcome(text=unit * 20_000)
    measure = Measure(number="1", title="Наради", deadline=quarterly, outcome=told)
    assess(measure, date(2025, 12, 31))
print("done")
"""


def test_a_printed_cell_of_many_lines_and_a_long_sum_are_read_in_bounded_time() -> None:
    # a few seconds here; a cell's text searched whole at each of its lines, or a sum
    # sought from every group of its digits, took a minute, quarters named read in ways
    # growing with the power of a run of «і» did not end, and a sentence of 20,000 cues
    # searched whole for each took minutes, as did a run of 30,000 cues placed one by one and
    # 200,000 lines joined one by one
    done = child("-c", LINEAR, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["done"]


def test_runs_of_thousands_of_cues_of_one_kind_are_read_in_bounded_time() -> None:
    # about seventeen seconds here (each report is 20,000 clauses); 20,000 deeds of telling
    # beside failures, each searching its sentence and the whole text, took minutes, as did
    # each cue of a run looked through all of it
    done = child("-c", CUE_RUNS, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["done"]


SPACES = """
import io, warnings
import docx
import civplan
from civplan.importers.content import amount
from civplan.model.numbering import number_key
assert amount("1" + " " * 50_000 + "x") is None
assert number_key("1" + " " * 200_000 + "2") == "12"
document = docx.Document()
document.add_paragraph("Звіт про виконання плану заходів за 2025 рік")
table = document.add_table(rows=2, cols=4)
for cell, caption in zip(table.rows[0].cells, ["№ з/п", "Найменування заходу", "Строк", "Стан"]):
    cell.text = caption
cells = table.rows[1].cells
cells[0].text, cells[1].text, cells[2].text, cells[3].text = "1", "Захід", "ІІ квартал", "Виконано"
for _ in range(3_000):
    cells[3].add_paragraph("")
cells[3].add_paragraph("Акт підписано")
saved = io.BytesIO()
document.save(saved)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    plan = civplan.load(io.BytesIO(saved.getvalue()), "docx")
print(len(list(plan.measures())))
"""


def test_a_cell_of_thousands_of_empty_paragraphs_is_read_in_bounded_time() -> None:
    # a unit of money was sought after every space of a cell as a funding's candidate, in
    # time growing with the cube of a run of them: 600 empty paragraphs took half a minute;
    # a number's mark and tail were sought from every space of its text
    done = child("-c", SPACES, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1"]


def test_long_runs_of_text_anywhere_in_a_table_read_in_bounded_time(tmp_path: Path) -> None:
    paths = []
    for name, run in RUNS.items():
        text = run.replace("\n", "<br>")
        for place in ("title", "number", "name", "deadline", "outcome", "status", "heading"):
            cells = ["2", "Захід другий", "ІІ квартал", "Проведено", "Виконано"]
            if place in ("number", "name", "deadline", "outcome", "status"):
                cells[("number", "name", "deadline", "outcome", "status").index(place)] = text
            rows = "".join(
                f"<tr><td>{n}</td><td>Захід {n}</td><td>ІІІ квартал</td><td>Проведено</td>"
                "<td>Виконано</td></tr>"
                for n in (1, 3)
            )
            heading = f"<tr><td colspan=5>{text}</td></tr>" if place == "heading" else ""
            page = (
                f"<p>{text if place == 'title' else 'Звіт про виконання плану на 2025 рік'}</p>"
                "<table><tr><td>№</td><td>Назва заходу</td><td>Строк</td><td>Стан виконання</td>"
                f"<td>Статус</td></tr>{heading}"
                f"<tr>{''.join(f'<td>{c}</td>' for c in cells)}</tr>{rows}</table>"
            )
            path = tmp_path / f"{name}-{place}.html"
            path.write_text(page, "utf-8")
            paths.append(str(path))
    # about two seconds here: one page of a run read in time growing with its square took 40
    done = child("-W", "ignore", "-c", STATUS, *paths, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    codes = done.stdout.split()  # 0: read and reported; 1: a clear error (a title of no year)
    assert len(codes) == len(paths) and set(codes) <= {"0", "1"}
    assert codes.count("0") >= len(paths) - len(RUNS)


def test_a_cell_of_executors_named_over_and_over_is_read_in_bounded_time(tmp_path: Path) -> None:
    # well under a second here; each executor sought with all the words before it, to tell
    # executors run together on a line apart, took a minute for this one
    path = tmp_path / "executors.html"
    path.write_text(
        "<p>Звіт про виконання плану на 2025 рік</p><table><tr><td>№</td><td>Назва заходу</td>"
        "<td>Строк</td><td>Виконавці</td></tr><tr><td>1</td><td>Провести семінар</td>"
        f"<td>ІІ квартал</td><td>{'Відділ освіти ' * 60_000}</td></tr></table>",
        "utf-8",
    )
    done = child("-W", "ignore", "-c", STATUS, str(path), timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() in (["0"], ["1"])


def test_a_long_run_of_labelled_lines_is_read_in_bounded_time(tmp_path: Path) -> None:
    # under a second here; each line tried as the start of a card that runs to the end
    # of the run took a minute
    path = tmp_path / "labelled.txt"
    lines = [f"Виконавець {n}: відділ {n}" for n in range(20_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    done = child("-W", "ignore", "-c", LOAD, str(path), timeout=30)
    outcome = json.loads(done.stdout)
    assert "cannot read the plan" in outcome.get("error", ""), done.stderr[-2000:]


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"<p>Абзац {n}</p>" for n in range(60_000)),
        "<ol>" + "".join(f"<li>Пункт {n}</li>" for n in range(60_000)) + "</ol>",
        # and headed items: a numbered line over a report, sixty thousand times
        "".join(f"<p>{n}. Ремонт будинку {n}</p><p>Відремонтовано.</p>" for n in range(1, 30_001)),
    ],
    ids=["paragraphs", "list", "headed"],
)
def test_a_page_of_many_paragraphs_is_read_in_bounded_time(tmp_path: Path, body: str) -> None:
    # about two seconds here; each paragraph's place counted through all before it, and
    # each list item's number through the items before it, took minutes
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><h1>Звіт про виконання плану на 2025 рік</h1>{body}", "utf-8")
    done = child("-W", "ignore", "-c", LOAD, str(path), timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    outcome = json.loads(done.stdout)
    assert "error" in outcome or outcome["loaded"] == 30_000, outcome


@pytest.mark.parametrize(
    ("inner", "said"),
    [
        # past the parser's depth, or one text longer than it reads: it stops there, and the
        # rows after it (here the second measure) would be lost without a word
        ("<div>" * 300 + "Проведено" + "</div>" * 300, "nested more than 256 deep"),
        ("слово " * 2_000_000, "longer than the HTML parser reads"),
    ],
    ids=["deep", "long"],
)
def test_a_page_the_parser_would_stop_in_is_refused(inner: str, said: str) -> None:
    import io

    import civplan

    page = (
        "<html><body><p>Звіт про виконання плану на 2025 рік</p><table><tr><th>№</th>"
        "<th>Найменування заходу</th><th>Стан виконання</th></tr>"
        f"<tr><td>1</td><td>Провести семінар</td><td>{inner}</td></tr>"
        "<tr><td>2</td><td>Провести нараду</td><td>Проведено</td></tr></table></body></html>"
    )
    with pytest.raises(civplan.DocumentError, match=said):
        civplan.load(io.BytesIO(page.encode()), "html")


@pytest.mark.parametrize("name", ["report.xlsx", "report.docx", "plan.yaml", "page.html", "x.bin"])
def test_an_empty_file_is_said_to_be_empty_whatever_its_name(name: str, tmp_path: Path) -> None:
    import io

    import civplan

    path = tmp_path / name
    path.write_bytes(b"")
    for source, named in ((path, str(path)), (io.BytesIO(b""), "<stream>")):
        with pytest.raises(civplan.DocumentError) as raised:
            civplan.load(source)
        message = str(raised.value)
        assert message.startswith(named) and "the file is empty" in message


@pytest.mark.parametrize(("real", "named"), [("xlsx", "report.txt"), ("html", "report.docx")])
def test_a_file_named_as_another_format_reads_as_what_it_is_with_a_warning(
    real: str, named: str, tmp_path: Path
) -> None:
    import warnings

    import civplan

    plan = civplan.demo_plan()
    source = tmp_path / named
    if real == "html":
        rows = "".join(
            f"<tr><td>{m.number}</td><td>{m.title}</td><td>{m.deadline.text}</td></tr>"
            for m in plan.measures()
        )
        source.write_text(
            "<p>План заходів на 2017 рік</p><table><tr><th>№</th><th>Захід</th><th>Строк</th>"
            f"</tr>{rows}</table>",
            encoding="utf-8",
        )
    else:
        civplan.export(plan, real, source)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        read = civplan.load(source)
    assert [m.number for m in read.measures()] == [m.number for m in plan.measures()]
    assert any(
        str(w.message).startswith(f"{source}: its content is {real}, not the") for w in caught
    )
    with pytest.raises(civplan.DocumentError):  # a format given is the one read
        civplan.load(source, source.suffix)
