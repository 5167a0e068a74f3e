"""civplan's own importers pass the kit that third-party importer plugins run."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import civplan
from civplan.testing import check_importer


def _sample(name: str, tmp_path: Path, make_docx) -> bytes:  # type: ignore[no-untyped-def]
    plan = civplan.demo_plan()
    if name == "docx":
        return make_docx(plan).read_bytes()
    if name == "textdump":
        return (Path(__file__).parents[2] / "examples" / "luhansk-2017-report.txt").read_bytes()
    if name in ("html", "odt", "csv"):
        from .layouts import TWO_LEVELS, write

        return write(TWO_LEVELS, name, tmp_path).read_bytes()
    if name in ("yaml", "json", "toml"):
        return civplan.dumps(plan, name).encode("utf-8")
    stream = io.BytesIO()
    civplan.export(plan, name, stream)
    return stream.getvalue()


@pytest.mark.filterwarnings("ignore::civplan.CivplanWarning")
@pytest.mark.parametrize(
    "name", ["csv", "docx", "html", "json", "ods", "odt", "textdump", "toml", "xlsx", "yaml"]
)
def test_builtin_importer_keeps_the_contract(name: str, tmp_path: Path, make_docx) -> None:  # type: ignore[no-untyped-def]
    check_importer(civplan.get_importer(name), _sample(name, tmp_path, make_docx))


class Lenient:
    """Reads anything, and fails like a careless plugin would."""

    name = "lenient"
    extensions = (".len",)
    media_type = "text/plain"

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"plan:")

    def load(self, stream, source):  # type: ignore[no-untyped-def]
        title = stream.read().decode("utf-8").removeprefix("plan:")  # UnicodeDecodeError escapes
        return civplan.Plan(
            title=title if title.isprintable() and title.strip() else "?", year=2017
        )


def test_the_kit_catches_an_exception_a_damaged_document_lets_through() -> None:
    with pytest.raises(AssertionError, match="a damaged document raised"):
        check_importer(Lenient(), "plan:Звіт".encode())  # type: ignore[arg-type]


def test_the_kit_wants_the_sample_recognised() -> None:
    with pytest.raises(AssertionError, match="does not recognise the sample"):
        check_importer(Lenient(), "Звіт".encode())  # type: ignore[arg-type]
