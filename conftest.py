"""Executes the Python examples of the documentation and the README (with Sybil).

Each page's code blocks run in order in one namespace, in a temporary
directory of their own, so that the files they write go nowhere.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser


def _enter_tmp_dir(namespace: dict[str, Any]) -> None:
    namespace["__cwd__"] = os.getcwd()
    namespace["__tmp__"] = tempfile.mkdtemp(prefix="civplan-docs-")
    os.chdir(namespace["__tmp__"])


def _leave_tmp_dir(namespace: dict[str, Any]) -> None:
    os.chdir(namespace["__cwd__"])
    shutil.rmtree(namespace["__tmp__"])


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser()],
    patterns=["*.md"],
    excludes=["CHANGELOG.md", "_build/*"],
    setup=_enter_tmp_dir,
    teardown=_leave_tmp_dir,
).pytest()
