import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import civplan
from civplan import demo_plan, load, save
from civplan.cli import main

Capture = pytest.CaptureFixture[str]


def test_demo_prints_statuses_and_writes_every_format(tmp_path: Path, capsys: Capture) -> None:
    assert main(["demo", "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for measure in demo_plan().measures():
        assert f"│ {measure.number} " in out
    [row] = [line for line in out.splitlines() if line.startswith("│ 4.2 │")]
    assert re.match(
        r"│ 4\.2 │ Запровадження обов’язкового .*… │ ІV квартал: 01\.10\.2017–31\.12\.2017 +"
        r"│ не виконано +│$",
        row,
    )
    table = out.split("\n\n")[0].splitlines()
    assert {len(line) for line in table} == {100}  # the status table fills the width
    assert "Підсумки виконання плану заходів\nстаном на 31 грудня 2017 р.\n" in out
    assert "│ виконано          │ 12        │\n│ виконано частково │ 2         │" in out
    assert "Рівень виконання: 90,0 %" in out
    assert "│ відсутність фінансування    │ 2" in out  # reasons, grouped
    assert "Події поза строком виконання" in out
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [
        "luhansk-2017.docx",
        "luhansk-2017.ods",
        "luhansk-2017.txt",
        "luhansk-2017.xlsx",
    ]
    for name in written:
        assert f"wrote {tmp_path / name}" in out
    for name in ("luhansk-2017.docx", "luhansk-2017.xlsx", "luhansk-2017.ods"):
        assert load(tmp_path / name) == demo_plan()  # with the status column, read back
    status = openpyxl.load_workbook(tmp_path / "luhansk-2017.xlsx").worksheets[0]
    assert "Стан виконання" in [c.value for row in status.iter_rows(max_row=8) for c in row]


def test_demo_in_english_and_one_format(tmp_path: Path, capsys: Capture) -> None:
    assert main(["demo", "-o", str(tmp_path), "-f", "text", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Summary of the plan's implementation\nas of 31 December 2017\n" in out
    assert "Completion rate: 90.0 %" in out
    assert [p.name for p in tmp_path.iterdir()] == ["luhansk-2017.txt"]
    assert "Outcome" in (tmp_path / "luhansk-2017.txt").read_text(encoding="utf-8")


def test_export_by_extension_with_options(tmp_path: Path, capsys: Capture) -> None:
    source = tmp_path / "plan.yaml"
    save(demo_plan(), source)
    target = tmp_path / "report.xlsx"
    assert (
        main(
            [
                "export",
                str(source),
                "-o",
                str(target),
                "--lang",
                "en",
                "--columns",
                "number,title,status",
                "--as-of",
                "2017-06-30",
            ]
        )
        == 0
    )
    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[5]] == ["No.", "Measure", "Status"]
    assert sheet["A16"].value == "4.2"
    assert sheet["C16"].value == "not yet due"  # due in the IV quarter, as of 30 June
    assert capsys.readouterr().out == f"wrote {target}\n"


def test_export_with_an_explicit_format(tmp_path: Path) -> None:
    source = tmp_path / "plan.json"
    save(demo_plan(), source)
    target = tmp_path / "report.out"
    assert main(["export", str(source), "-o", str(target), "-f", "text", "--width", "60"]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in lines) == 60
    assert main(["export", str(source), "-o", str(target), "-f", "text"]) == 0
    assert max(len(line) for line in target.read_text(encoding="utf-8").splitlines()) == 100


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["-o", "report.xlsx", "--width", "60"], "the xlsx format has no option for --width"),
        (["-o", "report.unknown"], "no exporter for '.unknown'"),
        (["-o", "report"], "report: give -f FORMAT"),
        (["-o", "r.xlsx", "--columns", "number,colour"], "unknown column 'colour'"),
    ],
)
def test_export_errors(tmp_path: Path, capsys: Capture, arguments: list[str], message: str) -> None:
    source = tmp_path / "plan.yaml"
    save(demo_plan(), source)
    arguments = [a if not a.startswith("r") else str(tmp_path / a) for a in arguments]
    try:
        code = main(["export", str(source), *arguments])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert code in (1, 2)
    assert message in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("report*")) and not list(tmp_path.glob("r.*"))


def test_formats_lists_both_directions(capsys: Capture) -> None:
    assert main(["formats"]) == 0
    out = capsys.readouterr().out
    exported, imported = out.split("import:\n")
    assert exported.startswith("export:\n")
    xlsx = next(line for line in exported.splitlines() if line.strip().startswith("xlsx"))
    assert "civplan 0.1.0" in xlsx and xlsx.endswith(".xlsx")
    assert any(
        line.strip().startswith("docx") and ".docx" in line for line in imported.splitlines()
    )
    assert any(line.strip().startswith("textdump") for line in imported.splitlines())


def test_import_a_report_into_a_plan_document(tmp_path: Path, capsys: Capture) -> None:
    seed_dump = Path(__file__).parent.parent / "examples" / "luhansk-2017-report.txt"
    target = tmp_path / "plan.yaml"
    assert main(["import", str(seed_dump), "-o", str(target)]) == 0
    plan = load(target)
    assert [m.number for m in plan.measures()] == [m.number for m in demo_plan().measures()]
    assert capsys.readouterr().out == f"wrote {target}\n"
    with pytest.raises(SystemExit) as info:
        main(["import", str(seed_dump), "-o", str(tmp_path / "plan.xlsx")])
    assert info.value.code == 2


def test_export_and_status_read_any_importable_input(tmp_path: Path, capsys: Capture) -> None:
    spreadsheet = tmp_path / "report.ods"
    assert main(["demo", "-o", str(tmp_path), "-f", "ods"]) == 0
    (tmp_path / "luhansk-2017.ods").rename(spreadsheet)
    capsys.readouterr()
    assert main(["status", str(spreadsheet), "--lang", "en"]) == 0
    assert re.search(r"│ not done +│ 1 +│", capsys.readouterr().out)
    assert main(["export", str(spreadsheet), "-o", str(tmp_path / "again.txt")]) == 0
    assert "ЗВІТ ПРО ВИКОНАННЯ" in (tmp_path / "again.txt").read_text(encoding="utf-8")


def test_warnings_of_an_import_go_to_stderr(tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "report.txt"
    seed_dump = Path(__file__).parent.parent / "examples" / "luhansk-2017-report.txt"
    dump.write_text(
        seed_dump.read_text(encoding="utf-8") + "\n\nЗвіт розглянуто на колегії\n", encoding="utf-8"
    )
    assert main(["status", str(dump)]) == 0
    captured = capsys.readouterr()
    assert "civplan: warning: " in captured.err and "Звіт розглянуто на колегії" in captured.err
    assert "Підсумки виконання плану заходів" in captured.out


def test_status_of_a_document_as_of_another_date(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "plan.toml"
    save(demo_plan(), path)
    assert main(["status", str(path), "--as-of", "2017-06-30"]) == 0
    out = capsys.readouterr().out
    assert "станом на 30 червня 2017 р." in out
    assert "термін не настав" in out


def test_a_report_naming_no_date_is_dated_by_as_of_without_a_word(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "План заходів з благоустрою на 2023 рік\n\n"
        "№\tНазва заходу\tСтрок\tСтан виконання\n"
        "1\tТолока в парку\tквітень\tТолоку проведено\n",
        encoding="utf-8",
    )
    assert main(["status", str(path)]) == 0
    captured = capsys.readouterr()
    assert "no date of the report named; statuses are as of 31.12.2023" in captured.err
    assert "станом на 31 грудня 2023 р." in captured.out
    # the date given: the warning of the date civplan would choose is no news
    assert main(["status", str(path), "--as-of", "2023-03-31"]) == 0
    captured = capsys.readouterr()
    assert "no date of the report named" not in captured.err
    assert "станом на 31 березня 2023 р." in captured.out
    target = tmp_path / "out.txt"
    assert main(["export", str(path), "-o", str(target), "--as-of", "2023-03-31"]) == 0
    assert "no date of the report named" not in capsys.readouterr().err


def test_errors_are_readable_on_stderr_without_traceback(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("title: x\n", encoding="utf-8")
    assert main(["status", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"civplan: error: {path}: cannot read the plan")
    assert "$.year: required field missing" in err
    assert "Traceback" not in err
    with pytest.raises(SystemExit) as info:  # a path mistyped is a command-line mistake
        main(["status", str(tmp_path / "missing.yaml")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"file not found: {tmp_path / 'missing.yaml'}" in err
    assert "Errno" not in err


def test_a_scanned_report_is_bad_input_not_a_command_line_mistake(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "skan.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64))
    assert main(["status", str(path)]) == 1
    err = capsys.readouterr().err
    assert "an image (JPEG)" in err and "run OCR first" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("output", ["folder", "report.zzz", "noextension"])
def test_an_output_civplan_cannot_write_is_a_command_line_mistake(
    output: str, tmp_path: Path, capsys: Capture
) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(SystemExit) as info:
        main(["export", "examples/luhansk-2017-report.txt", "-o", str(tmp_path / output)])
    assert info.value.code == 2
    assert "give" in capsys.readouterr().err  # what to give instead


def test_version(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"civplan {civplan.__version__}"


def test_bad_command_line_exits_2(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as info:
        main(["status", "x.yaml", "--as-of", "yesterday"])
    assert info.value.code == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "import", "formats", "status", "demo"])
def test_every_command_has_help(command: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: civplan " + command in capsys.readouterr().out


def test_console_script_runs_and_survives_a_closed_pipe(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "civplan"
    result = subprocess.run([str(script), "formats"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "xlsx" in result.stdout
    shell = f"'{sys.executable}' -m civplan demo -o '{tmp_path}' | head -n 1"
    piped = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert piped.stdout.startswith("┌")
    assert "Broken pipe" not in piped.stderr and "Traceback" not in piped.stderr


def test_help_is_quick_to_import() -> None:
    code = "import sys, civplan.cli; print('openpyxl' in sys.modules or 'odf' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_merge_reports_from_several_executors(tmp_path: Path, capsys: Capture) -> None:
    import attrs

    seed = demo_plan()
    first = attrs.evolve(seed, issuer="Департамент")
    second = attrs.evolve(
        seed,
        issuer=None,  # named by its file
        sections=[
            attrs.evolve(s, measures=[attrs.evolve(m, outcome=None) for m in s.measures])
            for s in seed.sections
        ],
    )
    save(first, tmp_path / "department.yaml")
    save(second, tmp_path / "district.json")
    target = tmp_path / "merged.xlsx"
    code = main(
        [
            "merge",
            str(tmp_path / "district.json"),
            str(tmp_path / "department.yaml"),
            "-o",
            str(target),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == f"merged 2 reports into {target}\n"
    merged = load(target)
    assert merged.measure("4.2").outcome.text.startswith("Департамент: Не проводилось")  # type: ignore[union-attr]
    assert (
        main(
            [
                "merge",
                str(tmp_path / "department.yaml"),
                str(tmp_path / "district.json"),
                "-o",
                str(tmp_path / "m.yaml"),
            ]
        )
        == 0
    )
    assert load(tmp_path / "m.yaml") == merged  # the order of the inputs does not matter


def test_inspect_shows_how_a_document_is_read(tmp_path: Path, capsys: Capture) -> None:
    dump = Path(__file__).parent.parent / "examples" / "luhansk-2017-report.txt"
    assert main(["inspect", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "column 4 «Результат виконання»: outcome — caption «Результат виконання»" in out
    assert "row at line 11: heading, level 1: 1. Створення сприятливих умов" in out
    assert "row at line 13: measure: 1.1 Проведення конкурсу" in out
    assert "years: 2017" in out and "territory: Луганська область" in out


def test_hints_on_the_command_line(tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "report.txt"
    dump.write_text(
        "Перелік\n\n\tЗахід\n\tКоли\n\n\tПроведення семінару\n\tІІ квартал\n\n"
        "\tПідготовка звіту\n\tгрудень\n",
        encoding="utf-8",
    )
    assert main(["status", str(dump)]) == 1
    assert "no year" in capsys.readouterr().err
    assert main(["status", str(dump), "--year", "2026", "--column", "Коли=deadline"]) == 0
    assert "ІІ квартал: 01.04.2026–30.06.2026" in capsys.readouterr().out
    with pytest.raises(SystemExit) as info:
        main(["status", str(dump), "--column", "Коли"])
    assert info.value.code == 2
    assert main(["inspect", str(dump), "--year", "2026", "--column", "Де=deadline"]) == 1
    assert "the hint «Де» names no column" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["status", "export"])
def test_the_inputs_format_is_given_on_the_command_line(
    command: str, tmp_path: Path, capsys: Capture
) -> None:
    flag = "--from" if command == "export" else "-f"  # export's -f is the output's format
    output = ["-o", str(tmp_path / "out.xlsx")] if command == "export" else []
    unknown = tmp_path / "report.dat"
    unknown.write_bytes(b"\x00\x01 not a document civplan can recognise")
    with pytest.raises(SystemExit) as info:
        main([command, str(unknown), *output])
    assert info.value.code == 2
    assert capsys.readouterr().err.rstrip().endswith(f"give {flag} FORMAT")
    # a plan document under another extension, read as the format given
    document = tmp_path / "plan.dat"
    document.write_text(civplan.dumps(demo_plan(), "toml"), encoding="utf-8")
    assert main([command, flag, "toml", str(document), *output]) == 0
    # the format given wins over what the content looks like
    assert main([command, flag, "json", str(document), *output]) == 1
    assert "not valid JSON" in capsys.readouterr().err


def damaged_pdf() -> bytes:
    """A one-page PDF whose page content is a Flate stream cut short, and no font."""
    import zlib

    content = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Plan) Tj ET " * 20)[:-12]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_damaged_pdf_gives_the_commands_error_not_the_pdf_readers_notes(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damaged_pdf())
    run = subprocess.run(
        [sys.executable, "-m", "civplan", "status", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert run.stderr == (
        f"civplan: error: {path}: cannot read the plan:\n"
        "  - no table in a PDF document: it holds 1 paragraph of text\n"
    )


def test_status_shows_a_dash_for_a_measure_with_no_deadline_given(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "План заходів з благоустрою на 2023 рік\n\n"
        "№\tНазва заходу\tСтрок\tСтан виконання\n"
        "1\tТолока в парку\t\tТолоку проведено\n"
        "2\tФарбування лавок\tзавтра зранку\tЛавки пофарбовано\n",
        encoding="utf-8",
    )
    assert main(["status", str(path), "--as-of", "2023-12-31"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"│ 1 +│ Толока в парку +│ — +│", out)
    assert "│ завтра зранку: строк не розпізнано │" in out  # given, not understood


def test_status_tells_numbers_repeated_under_headings_apart_by_their_keys(
    tmp_path: Path, capsys: Capture
) -> None:
    """A flat list has no headings: «1» under «Освіта» and under «Культура» show as «1.1», «2.1»."""
    path = tmp_path / "report.txt"
    path.write_text(
        "Звіт про виконання плану заходів на 2023 рік\n\n"
        "№\tНазва заходу\tСтрок\tСтан виконання\n"
        "1\tОсвіта\t\t\n"
        "1\tСемінар для вчителів\tІ квартал\tПроведено\n"
        "2\tКультура\t\t\n"
        "1\tКонцерт до Дня міста\tвересень\tПроведено\n",
        encoding="utf-8",
    )
    assert main(["status", str(path), "--as-of", "2023-12-31"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"│ 1\.1 +│ Семінар для вчителів", out)
    assert re.search(r"│ 2\.1 +│ Концерт до Дня міста", out)
