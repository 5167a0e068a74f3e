"""The command lines docs/command-line.md shows run, in the order shown, and succeed."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from civplan.cli import main

ROOT = Path(__file__).parents[1]
COMMANDS = [
    shlex.split(line.removeprefix("$ civplan "))
    for block in re.findall(
        r"```console\n(.*?)```", (ROOT / "docs" / "command-line.md").read_text(), re.S
    )
    for line in block.splitlines()
    if line.startswith("$ civplan ")
]


def test_the_page_shows_every_command() -> None:
    assert {argv[0] for argv in COMMANDS} == {
        "demo",
        "export",
        "import",
        "status",
        "merge",
        "formats",
        "inspect",
    }


def test_every_command_shown_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(ROOT / "examples" / "luhansk-2017-report.txt", tmp_path)
    monkeypatch.chdir(tmp_path)
    for argv in COMMANDS:
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert (tmp_path / "merged.xlsx").stat().st_size > 0
