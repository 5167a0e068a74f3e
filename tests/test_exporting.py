import io
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import pytest

import civplan
from civplan import ExportError, ReportOptions, TextOptions


class Failing:
    """Writes half a report, then fails."""

    name = "failing"
    extensions = (".fail",)
    media_type = "application/octet-stream"
    binary = True

    def export(self, plan: civplan.Plan, stream: IO[bytes], options: Any) -> None:
        stream.write(b"half a rep")
        raise RuntimeError("the disk is full")


def test_without_target_returns_bytes_or_text() -> None:
    plan = civplan.demo_plan()
    assert isinstance(civplan.export(plan, "xlsx"), bytes)
    assert isinstance(civplan.export(plan, "ods"), bytes)
    text = civplan.export(plan, "text")
    assert isinstance(text, str) and "ЗВІТ ПРО ВИКОНАННЯ" in text


def test_to_a_path_and_to_streams(tmp_path: Path) -> None:
    plan = civplan.demo_plan()
    expected = civplan.export(plan, "xlsx")
    civplan.export(plan, "xlsx", tmp_path / "a.xlsx")
    civplan.export(plan, "xlsx", str(tmp_path / "b.xlsx"))
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes() == expected
    binary = io.BytesIO()
    civplan.export(plan, "xlsx", binary)
    assert binary.getvalue() == expected
    text = io.StringIO()
    civplan.export(plan, "text", text)
    assert text.getvalue() == civplan.export(plan, "text")


def test_a_text_format_writes_utf8_to_a_binary_stream() -> None:
    stream = io.BytesIO()
    civplan.export(civplan.demo_plan(), "text", stream)
    assert stream.getvalue().decode("utf-8") == civplan.export(civplan.demo_plan(), "text")
    assert not stream.closed


def test_a_binary_format_refuses_a_text_stream() -> None:
    with pytest.raises(TypeError, match="writes bytes: pass a binary stream"):
        civplan.export(civplan.demo_plan(), "xlsx", io.StringIO())


def test_a_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.fail"
    target.write_bytes(b"the good report")
    with pytest.raises(ExportError) as info:
        civplan.export(civplan.demo_plan(), Failing(), target)
    assert str(info.value) == (
        f"{target}: the failing exporter failed: RuntimeError: the disk is full;"
        " nothing was written"
    )
    assert target.read_bytes() == b"the good report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.fail"]


def test_a_failed_export_to_a_new_path_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        civplan.export(civplan.demo_plan(), Failing(), tmp_path / "new.fail")
    assert list(tmp_path.iterdir()) == []


def test_options_must_suit_the_exporter() -> None:
    plan = civplan.demo_plan()
    with pytest.raises(TypeError, match="takes ReportOptions, not str"):
        civplan.export(plan, "xlsx", options="en")
    with pytest.raises(TypeError, match="takes no options"):
        civplan.export(plan, Failing(), options=ReportOptions())
    # a subclass of the options type is fine: TextOptions for xlsx
    assert civplan.export(plan, "xlsx", options=TextOptions(lang="en"))


def test_options_are_validated() -> None:
    with pytest.raises(ValueError, match="unknown column 'colour'"):
        ReportOptions(columns=("number", "title", "colour"))
    with pytest.raises(ValueError, match="needs the number and title columns"):
        ReportOptions(columns=("deadline",))
    with pytest.raises(ValueError, match="listed twice"):
        ReportOptions(columns=("number", "title", "title"))
    with pytest.raises(ValueError, match="unsupported language"):
        ReportOptions(lang="de")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 40"):
        TextOptions(width=20)
    assert (
        ReportOptions(columns=["number", "title", "status"]).columns[-1]
        is civplan.ReportColumn.STATUS
    )


def test_export_takes_the_format_from_a_file_name(tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "report.xlsx"
    assert civplan.export(civplan.demo_plan(), str(target)) is None
    assert openpyxl.load_workbook(target).sheetnames[0]  # a real workbook
    civplan.export(civplan.demo_plan(), tmp_path / "report.txt")
    assert "ЗВІТ" in (tmp_path / "report.txt").read_text(encoding="utf-8")


def test_export_and_save_point_to_each_other(tmp_path: Path) -> None:
    with pytest.raises(civplan.UnknownFormatError, match=r"civplan\.save"):
        civplan.export(civplan.demo_plan(), "yaml")
    with pytest.raises(civplan.UnknownFormatError, match=r"civplan\.export"):
        civplan.save(civplan.demo_plan(), tmp_path / "report.xlsx")
    assert not (tmp_path / "report.xlsx").exists()


def test_a_reporting_day_must_be_a_date_and_a_datetime_is_its_day() -> None:
    plan = civplan.demo_plan()
    measure = next(iter(plan.measures()))
    day, moment = date(2017, 12, 31), datetime(2017, 12, 31, 17, 45)
    assert civplan.assess(measure, moment) == civplan.assess(measure, day)
    assert civplan.summarize(plan, moment).counts == civplan.summarize(plan, day).counts
    assert ReportOptions(as_of=moment).as_of == day
    assert civplan.Plan(title="План", year=2017, as_of=moment).as_of == day
    for call in (
        lambda: civplan.assess(measure, "2017-12-31"),  # type: ignore[arg-type]
        lambda: civplan.summarize(plan, "2017-12-31"),  # type: ignore[arg-type]
        lambda: ReportOptions(as_of="2017-12-31"),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=r"as_of must be a date, not str: date\(2025"):
            call()


def test_a_deadline_s_text_and_years_must_be_of_their_types() -> None:
    with pytest.raises(TypeError, match="year must be an integer, not str"):
        civplan.Deadline.parse("IV квартал", year="2025")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="end_year must be an integer, not float"):
        civplan.Deadline.parse("IV квартал", year=2025, end_year=2026.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a string, not NoneType"):
        civplan.Deadline.parse(None, year=2025)  # type: ignore[arg-type]
