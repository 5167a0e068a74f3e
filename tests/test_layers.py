"""The layers import downward only: base ← model ← serialize ← report ← formats ← API ← CLI.

Read from the source, every import statement counted (those inside functions
too), so that the rules of docs/architecture.md stay true.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "civplan"

# each layer, from the bottom, by the module names it holds (a prefix ends in ".")
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("civplan._errors", "civplan._text", "civplan._files", "civplan._optional",
              "civplan._limits", "civplan._vocabulary", "civplan._fetch")),
    ("model", ("civplan.model",)),
    ("serialize", ("civplan.serialize",)),
    ("report", ("civplan.report",)),
    ("formats", ("civplan.exporters", "civplan.importers")),
    ("api", ("civplan", "civplan.plugins", "civplan.exporting", "civplan.importing",
             "civplan._demo", "civplan.testing")),
    ("cli", ("civplan.cli", "civplan.__main__")),
)  # fmt: skip


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    best = None
    for rank, (_, names) in enumerate(LAYERS):
        for name in names:
            # a subpackage holds its modules; the package itself is only its __init__
            holds = module == name or (name != "civplan" and module.startswith(name + "."))
            if holds and (best is None or len(name) > best[1]):
                best = (rank, len(name))
    assert best is not None, f"{module} belongs to no layer"
    return best[0]


def imports(module: str) -> set[str]:
    """The civplan modules ``module`` imports; ``civplan`` itself stands for the public API."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "civplan"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "civplan":
                continue
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
    return found - {module}


def entry_point_modules(group: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    targets = project["project"]["entry-points"][group].values()
    return {target.split(":")[0] for target in targets}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_its_own_layer_and_those_below(module: str) -> None:
    above = {name for name in imports(module) if layer(name) > layer(module)}
    assert not above, f"{module} ({LAYERS[layer(module)][0]}) imports {sorted(above)}"


def test_exporters_and_importers_never_import_each_other() -> None:
    for module in MODULES:
        family = module.split(".")[1] if module.count(".") else ""
        if family in ("exporters", "importers"):
            other = "importers" if family == "exporters" else "exporters"
            crossing = [m for m in imports(module) if m.startswith(f"civplan.{other}")]
            assert not crossing, f"{module} imports {crossing}"


@pytest.mark.parametrize("group", ["civplan.exporters", "civplan.importers"])
def test_a_format_imports_no_other_format(group: str) -> None:
    formats = entry_point_modules(group)
    assert formats
    for module in formats:
        others = imports(module) & (formats - {module})
        assert not others, f"{module} imports the format modules {sorted(others)}"


def test_the_command_line_uses_only_the_public_api() -> None:
    for module in ("civplan.cli", "civplan.__main__"):
        assert imports(module) <= {"civplan", "civplan.cli"}, module


def test_every_module_belongs_to_a_layer() -> None:
    for module in MODULES:
        layer(module)
