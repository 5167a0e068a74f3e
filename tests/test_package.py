"""The package as users get it: its public names, its weight, its files."""

import re
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import civplan

ROOT = Path(__file__).resolve().parent.parent


def test_all_is_sorted_and_complete() -> None:
    def isort_style(name: str) -> tuple[int, str]:  # CONSTANTS, then Classes, then functions
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert civplan.__all__ == sorted(civplan.__all__, key=isort_style)
    public = {
        name
        for name, value in vars(civplan).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    } - {"annotations", "importlib", "TYPE_CHECKING", "Any"}
    public |= set(civplan._LAZY)  # loaded on first use
    assert public == set(civplan.__all__)


def test_every_public_name_has_a_docstring() -> None:
    for name in civplan.__all__:
        obj = getattr(civplan, name)
        if callable(obj) and not isinstance(obj, type(civplan.Lang)):
            assert (obj.__doc__ or "").strip(), name


def test_the_api_reference_covers_every_public_name() -> None:
    reference = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. (?:auto)?\w+:: civplan\.(\w+)$", reference, re.M))
    assert documented - {"testing"} == set(civplan.__all__)  # and the testing kit


def test_errors_share_one_base_and_the_matching_builtins() -> None:
    assert issubclass(civplan.PlanValidationError, (civplan.CivplanError, ValueError))
    assert issubclass(civplan.DocumentError, ValueError)
    assert issubclass(civplan.UnknownNumberError, LookupError)
    assert issubclass(civplan.UnknownFormatError, LookupError)
    assert issubclass(civplan.MissingDependencyError, ImportError)
    for name in civplan.__all__:
        obj = getattr(civplan, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and not issubclass(obj, Warning):
            assert issubclass(obj, civplan.CivplanError), name
    assert issubclass(civplan.CivplanWarning, UserWarning)


def test_import_does_not_load_spreadsheet_libraries() -> None:
    code = (
        "import sys, civplan; "
        "print(sorted(m for m in ('openpyxl', 'odf', 'yaml') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_package_is_typed() -> None:
    assert (Path(civplan.__file__).parent / "py.typed").is_file()


def test_wheel_carries_the_bundled_example_and_it_works_without_a_checkout(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("civplan-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "civplan/data/luhansk-2017.yaml" in names
    assert "civplan/py.typed" in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import civplan, civplan.cli, sys; print(civplan.__file__); "
            "sys.exit(civplan.cli.main(['demo']))",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(target))
    assert "6.3" in result.stdout
