import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import civplan
from civplan import MissingDependencyError, PluginError, UnknownFormatError

FakeDistribution = Callable[..., Path]

GOOD = '''
class Exporter:
    """Writes the plan's title."""
    name = "{name}"
    extensions = ({extensions})
    media_type = "text/plain"
    binary = False

    def export(self, plan, stream, options):
        stream.write("{name}:" + plan.title)
'''


def good(name: str, extensions: str = "'.good',") -> str:
    return GOOD.format(name=name, extensions=extensions)


def test_builtins_are_listed_with_their_distribution() -> None:
    listing = {info.name: info for info in civplan.list_exporters()}
    assert {"xlsx", "ods", "text"} <= set(listing)
    assert listing["xlsx"].extensions == (".xlsx",)
    assert listing["text"].extensions == (".txt",)
    assert listing["ods"].distribution.startswith("civplan ")
    assert not any(info.broken for info in listing.values())


@pytest.mark.parametrize(
    ("wanted", "name"),
    [
        ("xlsx", "xlsx"),
        (".xlsx", "xlsx"),
        ("XLSX", None),
        ("txt", "text"),
        (".txt", "text"),
        ("ods", "ods"),
    ],
)
def test_lookup_by_name_or_extension(wanted: str, name: str | None) -> None:
    if name is None:
        assert civplan.get_exporter(wanted).name == "xlsx"  # extensions ignore case
    else:
        assert civplan.get_exporter(wanted).name == name


def test_unknown_format_lists_what_is_installed() -> None:
    with pytest.raises(
        UnknownFormatError, match="no exporter for 'pdf'; installed: .*ods.*text.*xlsx"
    ):
        civplan.get_exporter("pdf")


def test_a_plugin_from_another_distribution_works(fake_distribution: FakeDistribution) -> None:
    fake_distribution(
        "civplan-good", {"good": "good_plugin:Exporter"}, {"good_plugin": good("good")}
    )
    assert civplan.export(civplan.demo_plan(), "good").startswith("good:ЗВІТ")  # type: ignore[union-attr]
    info = next(i for i in civplan.list_exporters() if i.name == "good")
    assert info.distribution == "civplan-good 1.0"


def test_broken_plugin_is_named_and_breaks_nothing_else(
    fake_distribution: FakeDistribution,
) -> None:
    fake_distribution(
        "civplan-broken",
        {"broken": "broken_plugin:Exporter"},
        {"broken_plugin": "import a_module_that_does_not_exist\n"},
    )
    listing = {info.name: info for info in civplan.list_exporters()}
    assert listing["broken"].broken
    assert "civplan-broken 1.0" in (listing["broken"].error or "")
    assert "a_module_that_does_not_exist" in (listing["broken"].error or "")
    assert not listing["xlsx"].broken
    with pytest.raises(PluginError) as info:
        civplan.get_exporter("broken")
    assert info.value.plugin == "broken"
    assert info.value.distribution == "civplan-broken 1.0"
    assert "cannot be imported: ModuleNotFoundError" in str(info.value)
    assert civplan.get_exporter(".txt").name == "text"  # extension lookup skips the broken one


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("class Exporter:\n    name = 'shape'\n", "'extensions' must be a tuple"),
        (good("shape", "'good'"), "'extensions' must be a tuple like ('.xlsx',)"),
        (good("shape").replace('"text/plain"', '"plain"'), "'media_type' must be a MIME type"),
        (
            good("shape").replace("binary = False", "binary = 'no'"),
            "'binary' must be True or False",
        ),
        (
            "class Exporter:\n    def __init__(self):\n        raise RuntimeError('no licence')\n",
            "cannot be created: RuntimeError: no licence",
        ),
        ("Exporter = 42\n", "cannot be created: TypeError"),
    ],
)
def test_wrong_shape_is_a_plugin_error(
    fake_distribution: FakeDistribution, source: str, problem: str
) -> None:
    fake_distribution("civplan-shape", {"shape": "shape_plugin:Exporter"}, {"shape_plugin": source})
    with pytest.raises(PluginError, match="exporter 'shape' from civplan-shape 1.0") as info:
        civplan.get_exporter("shape")
    assert problem in str(info.value)


def test_two_plugins_claiming_a_name_must_be_chosen_between(
    fake_distribution: FakeDistribution,
) -> None:
    fake_distribution(
        "civplan-rival",
        {"xlsx": "rival_plugin:Exporter"},
        {"rival_plugin": good("xlsx", "'.xlsx',")},
    )
    with pytest.raises(PluginError) as info:
        civplan.get_exporter("xlsx")
    message = str(info.value)
    assert "two exporters are named 'xlsx'" in message
    assert "civplan 0.1.0 (civplan.exporters.xlsx:XlsxExporter)" in message
    assert "civplan-rival 1.0 (rival_plugin:Exporter)" in message
    assert "'civplan:xlsx'" in message and "'civplan-rival:xlsx'" in message
    assert civplan.get_exporter("civplan:xlsx").binary is True
    assert civplan.get_exporter("civplan-rival:xlsx").binary is False
    assert civplan.get_exporter("civplan_rival:xlsx").binary is False  # names compare normalised


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_listing_and_text_export_import_no_spreadsheet_library() -> None:
    code = (
        "import sys, civplan\n"
        "civplan.list_exporters()\n"
        "civplan.export(civplan.demo_plan(), 'text')\n"
        "print(sorted(m for m in ('openpyxl', 'odf') if m in sys.modules))\n"
    )
    assert _run(code) == "[]"


def test_only_the_requested_exporter_loads_its_library() -> None:
    code = (
        "import sys, civplan\n"
        "civplan.export(civplan.demo_plan(), 'ods')\n"
        "print('odf' in sys.modules, 'openpyxl' in sys.modules)\n"
    )
    assert _run(code) == "True False"


def test_missing_extra_says_what_to_install() -> None:
    code = (
        "import sys, civplan\n"
        "sys.modules['openpyxl'] = None  # as if the xlsx extra were not installed\n"
        "try:\n"
        "    civplan.export(civplan.demo_plan(), 'xlsx')\n"
        "except civplan.MissingDependencyError as error:\n"
        "    print(isinstance(error, ImportError), error)\n"
    )
    assert _run(code) == (
        "True the xlsx format needs openpyxl: install it with pip install 'civplan[xlsx]'"
    )
    assert issubclass(MissingDependencyError, civplan.CivplanError)
