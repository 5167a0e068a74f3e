"""The example plugin, installed as its own distribution, used through civplan."""

from importlib import metadata

import civplan
from civplan.cli import main
from civplan.testing import check_exporter


def test_example_plugin_is_installed_separately() -> None:
    distribution = metadata.distribution("civplan-markdown")
    assert "civplan>=0.1" in (distribution.requires or [])
    [entry_point] = [e for e in distribution.entry_points if e.group == "civplan.exporters"]
    assert entry_point.name == "markdown"


def test_civplan_formats_lists_it(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["formats"]) == 0
    line = next(
        line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("markdown")
    )
    assert "civplan-markdown 0.1.0" in line and line.endswith(".md")


def test_export_through_it_by_name_and_extension(tmp_path) -> None:  # type: ignore[no-untyped-def]
    by_name = civplan.export(civplan.demo_plan(), "markdown")
    assert isinstance(by_name, str) and by_name.startswith("# ЗВІТ")
    target = tmp_path / "report.md"
    civplan.export(civplan.demo_plan(), ".md", target)
    assert target.read_text(encoding="utf-8") == by_name


def test_it_passes_the_conformance_kit() -> None:
    check_exporter(civplan.get_exporter("markdown"))
