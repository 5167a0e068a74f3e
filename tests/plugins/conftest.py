"""Fake distributions on sys.path: real entry points, found by importlib.metadata."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from civplan import plugins

FakeDistribution = Callable[..., Path]


@pytest.fixture(autouse=True)
def _fresh_plugin_cache() -> Iterator[None]:
    plugins._LOADED.clear()
    yield
    plugins._LOADED.clear()


@pytest.fixture
def fake_distribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeDistribution]:
    """Install a distribution into a directory on sys.path, with its entry points and modules."""
    monkeypatch.syspath_prepend(str(tmp_path))
    installed: list[str] = []

    def install(
        name: str,
        entry_points: dict[str, str],
        modules: dict[str, str],
        version: str = "1.0",
        group: str = "civplan.exporters",
    ) -> Path:
        info = tmp_path / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
        )
        lines = [f"[{group}]"] + [f"{k} = {v}" for k, v in entry_points.items()]
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for module, source in modules.items():
            (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
            installed.append(module)
        importlib.invalidate_caches()
        return tmp_path

    yield install
    for module in installed:  # the next test's module of that name is another one
        sys.modules.pop(module, None)
