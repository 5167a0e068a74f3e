"""Sphinx configuration of civplan's documentation (MyST Markdown pages, API from docstrings)."""

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
