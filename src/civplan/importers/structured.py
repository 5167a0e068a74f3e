"""JSON, YAML and TOML documents as importers: civplan's own structured form."""

from __future__ import annotations

import re
from typing import IO

from civplan._errors import DocumentError
from civplan.model.plan import Plan
from civplan.serialize.documents import DocumentFormat, loads

_YAML_KEYS = re.compile(rb"^(?:title|year|sections)\s*:", re.MULTILINE)
_TOML_KEYS = re.compile(rb"^(?:title\s*=|year\s*=|\[\[sections\]\])", re.MULTILINE)


def _text(stream: IO[bytes], source: str) -> str:
    data = stream.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(source, [f"not UTF-8 text (byte {error.start})"]) from None


class _Structured:
    fmt: DocumentFormat

    def load(self, stream: IO[bytes], source: str) -> Plan:
        """Read the plan from a binary stream of UTF-8 text."""
        return loads(_text(stream, source), self.fmt, source=source)


def _start(head: bytes) -> bytes:
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()


class JsonImporter(_Structured):
    """JSON: a plan in civplan's structured form."""

    name = "json"
    extensions = (".json",)
    media_type = "application/json"
    fmt: DocumentFormat = "json"

    def sniff(self, head: bytes) -> bool:
        """A JSON object (its first key quoted: an RTF file opens with a brace too)."""
        start = _start(head)
        return start.startswith(b"{") and start[1:].lstrip()[:1] in (b'"', b"}")


class YamlImporter(_Structured):
    """YAML: a plan in civplan's structured form, as people write it by hand."""

    name = "yaml"
    extensions = (".yaml", ".yml")
    media_type = "application/yaml"
    fmt: DocumentFormat = "yaml"

    def sniff(self, head: bytes) -> bool:
        """A mapping with a plan's keys."""
        return not _start(head).startswith(b"{") and _YAML_KEYS.search(head) is not None


class TomlImporter(_Structured):
    """TOML: a plan in civplan's structured form."""

    name = "toml"
    extensions = (".toml",)
    media_type = "application/toml"
    fmt: DocumentFormat = "toml"

    def sniff(self, head: bytes) -> bool:
        """Top-level keys or section tables of a plan."""
        return _TOML_KEYS.search(head) is not None
