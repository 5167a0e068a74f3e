"""Optional dependencies, imported only when a format needs them."""

from __future__ import annotations

import importlib
from types import ModuleType

from civplan._errors import MissingDependencyError


def require(module: str, *, extra: str, package: str) -> ModuleType:
    """Import ``module``, or explain which extra brings it.

    Raises:
        MissingDependencyError: the module is not installed; the message says
            ``pip install 'civplan[extra]'``.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingDependencyError(
            f"the {extra} format needs {package}: install it with pip install 'civplan[{extra}]'"
        ) from error
