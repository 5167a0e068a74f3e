"""Writing reports and plans never loses what the user has, and says what went wrong."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import civplan
from civplan.cli import main

PLAN = civplan.demo_plan()


def write(target: Path, how: str) -> None:
    if how == "export":
        civplan.export(PLAN, target.with_suffix(".txt") if target.suffix == "" else target)
    else:
        civplan.save(PLAN, target)


@pytest.mark.parametrize(("how", "name"), [("export", "report.txt"), ("save", "plan.yaml")])
def test_a_read_only_file_is_left_as_it_is(how: str, name: str, tmp_path: Path) -> None:
    target = tmp_path / name
    target.write_text("the user's own", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(civplan.ExportError, match="read-only") as error:
        write(target, how)
    assert str(target) in str(error.value)
    assert target.read_text(encoding="utf-8") == "the user's own"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


@pytest.mark.parametrize("how", ["export", "save"])
def test_a_missing_folder_or_a_folder_as_target_names_the_target(how: str, tmp_path: Path) -> None:
    name = "report.txt" if how == "export" else "plan.yaml"
    with pytest.raises(civplan.ExportError, match="does not exist") as error:
        write(tmp_path / "missing" / name, how)
    assert str(tmp_path / "missing" / name) in str(error.value)
    folder = tmp_path / name
    folder.mkdir()
    with pytest.raises(civplan.ExportError, match="is a folder"):
        write(folder, how)
    assert folder.is_dir() and not any(folder.iterdir())


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    civplan.export(PLAN, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert civplan.load(target) == PLAN


def test_what_a_killed_export_left_is_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    dead = 2**22 + 12345  # above the largest pid this machine gives
    leftover = tmp_path / f".report.txt.{dead}.abcd.part"
    leftover.write_bytes(b"x" * 1000)
    alive = tmp_path / f".report.txt.{os.getppid()}.abcd.part"  # a writer still running
    alive.write_bytes(b"y")
    civplan.export(PLAN, target)
    assert not leftover.exists()
    assert alive.exists()
    assert target.read_text(encoding="utf-8").lstrip().startswith("ЗВІТ")


def test_the_command_line_says_why_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    assert main(["export", "examples/luhansk-2017-report.txt", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{target}: the file is read-only" in err and "Traceback" not in err
    assert target.read_bytes() == b"kept"


def test_text_no_file_can_hold_is_refused_by_the_model() -> None:
    with pytest.raises(civplan.PlanValidationError, match="lone surrogate"):
        civplan.Outcome(text="Проведено\udce2")
    with pytest.raises(civplan.PlanValidationError, match="non-empty text"):
        civplan.Section(number="1.", title="\x08", measures=[])


def _child(code: str, *, file_size: int | None = None) -> subprocess.Popen[str]:
    """A Python process running ``code``; with ``file_size``, no file it writes may grow beyond."""

    def limit() -> None:  # in the child: a write past the limit fails (EFBIG), as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit,  # only setrlimit and signal, before exec
    )


@pytest.mark.parametrize("name", ["report.txt", "report.xlsx", "plan.yaml"])
def test_a_write_that_fails_midway_keeps_the_old_file_and_names_it(
    name: str, tmp_path: Path
) -> None:
    target = tmp_path / name
    target.write_text("the user's own", encoding="utf-8")
    command = "import" if name.endswith(".yaml") else "export"
    code = (
        "import sys; from civplan.cli import main; "
        f"sys.exit(main([{command!r}, 'examples/luhansk-2017-report.txt', '-o', {str(target)!r}]))"
    )
    child = _child(code, file_size=4096)  # the report is larger: its writing fails
    _, err = child.communicate(timeout=60)
    assert child.returncode == 1, err
    assert f"{target}: file too large; it was left as it was" in err
    assert "Traceback" not in err and ".part" not in err
    assert target.read_text(encoding="utf-8") == "the user's own"
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(
    ("how", "name"), [("export", "report.xlsx"), ("export", "report.txt"), ("save", "plan.yaml")]
)
def test_a_full_disk_keeps_the_old_file(how: str, name: str, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("a small file system cannot be mounted here (needs root)")
    try:
        target = disk / name
        target.write_bytes(b"the user's own")
        with pytest.raises(civplan.ExportError, match="no space left on device") as error:
            write(target, how)  # each is larger than the 4 KB left
        assert str(error.value).startswith(f"{target}: ")
        assert target.read_bytes() == b"the user's own"
        assert [p.name for p in disk.iterdir()] == [name]
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_killed_export_leaves_the_old_file_and_the_next_export_cleans_up(
    tmp_path: Path,
) -> None:
    target = tmp_path / "report.txt"
    target.write_text("the user's own", encoding="utf-8")
    code = f"""
import civplan
term = civplan.Deadline.parse("IV квартал", year=2017)
measures = [civplan.Measure(number=f"1.{{n}}", title="Захід " * 20, deadline=term,
            outcome=civplan.Outcome(text="Проведено семінар. " * 20)) for n in range(1, 30001)]
plan = civplan.Plan(title="Звіт", year=2017,
                    sections=[civplan.Section(number="1", title="Розділ", measures=measures)])
civplan.export(plan, {str(target)!r})
"""
    child = _child(code)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".report.txt.*.part")):
        assert child.poll() is None, "the export ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    child.kill()
    child.communicate()
    [leftover] = tmp_path.glob(".report.txt.*.part")
    assert target.read_text(encoding="utf-8") == "the user's own"
    civplan.export(PLAN, target)  # the next export into the folder
    assert not leftover.exists()
    assert target.read_text(encoding="utf-8").lstrip().startswith("ЗВІТ")
