"""Sphinx configuration of civplan's documentation (MyST Markdown pages, API from docstrings)."""

import enum
import re
from typing import Any

import attrs

import civplan

project = "civplan"
author = "civplan maintainers"
release = civplan.__version__
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "civplan"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_preserve_defaults = True

_ATTRS_DEFAULT = re.compile(r"attr_dict\['(\w+)'\]\.default")


def _attrs_defaults(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, annotation: Any
) -> tuple[str, Any] | None:
    """Show an attrs class's defaults as values, not as the code attrs generated."""
    if not signature or not isinstance(obj, type) or not attrs.has(obj):
        return None
    fields = attrs.fields_dict(obj)

    def default(match: re.Match[str]) -> str:
        value = fields[match.group(1)].default
        return _shown(value.factory() if isinstance(value, attrs.Factory) else value)  # type: ignore[arg-type]

    return _ATTRS_DEFAULT.sub(default, signature), annotation


def _shown(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, tuple):
        return (
            "(" + ", ".join(_shown(item) for item in value) + ("," if len(value) == 1 else "") + ")"
        )
    return repr(value)


def setup(app: Any) -> None:
    """Register the signature clean-up."""
    app.connect("autodoc-process-signature", _attrs_defaults)
