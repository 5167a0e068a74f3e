import subprocess
import sys
from pathlib import Path

import pytest

from civplan import demo_plan, save
from civplan.cli import main


def test_demo_prints_every_measure_with_interval_and_status(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    for measure in demo_plan().measures():
        assert any(line.startswith(measure.number + " ") for line in lines), measure.number
    assert "4.2  ІV квартал: 1 жовтня 2017 р. – 31 грудня 2017 р." in out
    assert "не виконано" in out
    assert (
        "Підсумок станом на 31 грудня 2017 р.: виконано: 12, виконано частково: 2, не виконано: 1"
        in out
    )
    assert "рівень виконання: 90,0 %" in out


def test_demo_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Summary as of 31 December 2017: done: 12, partially done: 2, not done: 1" in out


def test_status_of_a_document_as_of_another_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.toml"
    save(demo_plan(), path)
    assert main(["status", str(path), "--as-of", "2017-06-30"]) == 0
    out = capsys.readouterr().out
    assert "Підсумок станом на 30 червня 2017 р." in out
    assert "термін не настав" in out


def test_errors_are_one_line_on_stderr_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("title: x\n", encoding="utf-8")
    assert main(["status", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"civplan: error: {path}: cannot read the plan")
    assert "$.year: required field missing" in err
    assert "Traceback" not in err
    assert main(["status", str(tmp_path / "missing.yaml")]) == 1
    assert "No such file" in capsys.readouterr().err


def test_bad_command_line_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["status", "x.yaml", "--as-of", "yesterday"])
    assert info.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "civplan", "demo"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "1.1" in result.stdout
