"""Plans as JSON, YAML and TOML documents.

All three hold the same plain data (see :mod:`civplan.serialize.converter`);
dumping and loading any plan through any of them gives back an equal plan.
YAML is the format meant for people: texts with line breaks are written as
literal blocks, Cyrillic as is.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import cattrs

from civplan._errors import DocumentError, UnknownFormatError
from civplan._files import atomic_output
from civplan._limits import current
from civplan.model.plan import Plan
from civplan.serialize.converter import describe_errors, make_converter

DocumentFormat = Literal["json", "yaml", "toml"]
"""The structured document formats: ``"json"``, ``"yaml"`` and ``"toml"``."""

DOCUMENT_EXTENSIONS: dict[str, DocumentFormat] = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".toml": "toml",
}
"""File extensions of the structured document formats."""

_converter = make_converter()


def converter() -> cattrs.Converter:
    """The converter this module's documents are read and written with (do not change it)."""
    return _converter


def _dump_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _dump_yaml(data: dict[str, Any]) -> str:
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class Dumper(base):  # type: ignore[valid-type,misc]
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    dumped: str = yaml.dump(
        data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10**9, indent=2
    )
    return dumped


def _dump_toml(data: dict[str, Any]) -> str:
    import tomli_w

    return tomli_w.dumps(data, multiline_strings=True)


_TOML_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
# a key at the start of a line or in an inline table, as far as tomllib would read
# it: up to "=" or "]", or to the first character that ends it in a syntax error
_TOML_KEY = re.compile(
    rf"(?:^[ \t]*\[?\[?|[{{,])[ \t]*({_TOML_KEY_PART}(?:[ \t]*\.[ \t]*{_TOML_KEY_PART})*)", re.M
)
_TOML_QUOTED = re.compile(r"""\"[^"\n]*"|'[^'\n]*'""")


def _check_toml_keys(text: str) -> None:
    """Refuse dotted keys and table headers deeper than the limits, before tomllib builds them."""
    limit = current().nesting
    for match in _TOML_KEY.finditer(text):
        key = match[1]
        if key.count(".") >= limit:
            parts = _TOML_QUOTED.sub("", key).count(".") + 1
            if parts > limit:
                line = text.count("\n", 0, match.start()) + 1
                raise _SyntaxError(current().beyond("nesting", f"line {line}: a key nested", parts))


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise _SyntaxError("data nested deeper than Python can read") from None
    except json.JSONDecodeError as error:
        raise _SyntaxError(f"line {error.lineno}, column {error.colno}: {error.msg}") from None


def _load_yaml(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(node)  # before aliases are followed into values
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise _SyntaxError(f"{where}{problem}") from None
    finally:
        loader.dispose()


def _check_nodes(root: Any) -> None:
    """Refuse a YAML document that expands beyond the limits once its aliases are followed.

    Each node is visited once: a node's expanded size and depth come from its
    children's, so an alias «bomb» is measured without being expanded.
    """
    limits = current()
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children = _children(node)
            size[key] = 1 + sum(size[id(c)] for c in children)
            depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
            open_nodes.discard(key)
            line = node.start_mark.line + 1 if node.start_mark is not None else 0
            if size[key] > limits.nodes:
                what = f"line {line}: a value that expands to"
                raise _SyntaxError(limits.beyond("nodes", what, size[key]))
            if depth[key] > limits.nesting:
                raise _SyntaxError(
                    limits.beyond("nesting", f"line {line}: data nested", depth[key])
                )
            continue
        if key in size:
            continue
        if key in open_nodes:
            line = node.start_mark.line + 1 if node.start_mark is not None else 0
            raise _SyntaxError(f"line {line}: an alias that refers to itself")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in size)


def _children(node: Any) -> list[Any]:
    value = node.value
    if isinstance(value, list):
        if value and isinstance(value[0], tuple):
            return [item for pair in value for item in pair]
        return value
    return []


def _load_toml(text: str) -> Any:
    _check_toml_keys(text)
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise _SyntaxError("data nested deeper than Python can read") from None
    except tomllib.TOMLDecodeError as error:
        raise _SyntaxError(str(error)) from None


class _SyntaxError(Exception):
    pass


_DUMPERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "json": _dump_json,
    "yaml": _dump_yaml,
    "toml": _dump_toml,
}
_LOADERS: dict[str, Callable[[str], Any]] = {
    "json": _load_json,
    "yaml": _load_yaml,
    "toml": _load_toml,
}


def _check_format(fmt: str) -> str:
    if fmt not in _DUMPERS:
        known = ", ".join(_DUMPERS)
        raise UnknownFormatError(f"unknown document format {fmt!r}; use one of {known}")
    return fmt


def to_data(plan: Plan) -> dict[str, Any]:
    """The plan as plain data (dicts, lists, texts, numbers), as every document holds it."""
    data: dict[str, Any] = _converter.unstructure(plan)
    return data


def dumps(plan: Plan, fmt: DocumentFormat = "yaml") -> str:
    """The plan as a JSON, YAML or TOML document.

    Raises:
        UnknownFormatError: ``fmt`` is none of ``"json"``, ``"yaml"``, ``"toml"``.
    """
    return _DUMPERS[_check_format(fmt)](to_data(plan))


def loads(text: str, fmt: DocumentFormat = "yaml", *, source: str = "<string>") -> Plan:
    """Read a plan from a JSON, YAML or TOML document.

    Args:
        text: the document.
        fmt: its format.
        source: how to name the document in errors (a file name).

    Raises:
        DocumentError: the text is not a valid plan; each problem names its
            place (``$.sections[2].measures[0].deadline``).
        UnknownFormatError: ``fmt`` is none of the three formats.
    """
    loader = _LOADERS[_check_format(fmt)]
    try:
        data = loader(text)
    except _SyntaxError as problem:
        raise DocumentError(source, [f"not valid {fmt.upper()}: {problem}"]) from None
    if not isinstance(data, dict):
        raise DocumentError(
            source, [f"$: expected a mapping at the top, got {type(data).__name__}"]
        )
    try:
        plan: Plan = _converter.structure(data, Plan)
    except Exception as error:  # noqa: BLE001 - every structuring problem becomes a DocumentError
        raise DocumentError(source, describe_errors(error)) from None
    return plan


def document_format(path: Path) -> DocumentFormat | None:
    """The structured format a file name implies, or ``None``."""
    return DOCUMENT_EXTENSIONS.get(path.suffix.lower())


def save(plan: Plan, path: str | Path, format: DocumentFormat | None = None) -> None:
    """Write the plan to ``path`` as JSON, YAML or TOML (by default from the extension).

    The file is replaced atomically: a failure leaves any existing file intact.

    Raises:
        UnknownFormatError: no format given and the extension names none.
    """
    target = Path(path)
    fmt = format or document_format(target)
    if fmt is None:
        raise UnknownFormatError(
            f"{target}: save writes the plan as data ({', '.join(DOCUMENT_EXTENSIONS)}); "
            f"for a report ({target.suffix or 'xlsx, ods, text'}) use civplan.export(plan, path)"
        )
    text = dumps(plan, fmt)
    with atomic_output(target, binary=False) as stream:
        stream.write(text)
