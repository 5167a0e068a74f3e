"""Exporting plans: the ``Exporter`` contract and :func:`export`, the one call to use.

Exporters are plugins in the entry-point group ``civplan.exporters``; civplan's
own ``xlsx``, ``ods`` and ``text`` are registered there too. An exporter is
found by name (``"xlsx"``), by ``"distribution:name"`` when two share a name,
or by file extension (``".xlsx"`` or ``"xlsx"``). Only the exporter asked for
is loaded, and exporters import their heavy libraries only when they export.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import IO, Any, Protocol

from civplan import plugins
from civplan._errors import CivplanError, ExportError, UnknownFormatError
from civplan._files import atomic_output
from civplan.model.plan import Plan

EXPORTERS_GROUP = "civplan.exporters"
"""The entry-point group of exporters."""


class Exporter(Protocol):
    """What an exporter plugin provides.

    The entry point names a class; civplan creates it without arguments.

    Attributes:
        name: the format's name, equal to the entry point's name («xlsx»).
        extensions: file extensions with their dot (``(".xlsx",)``).
        media_type: the MIME type of the output.
        binary: whether :meth:`export` writes bytes (else text).
        options_type: optionally, a frozen class of options (attrs or
            dataclass) whose defaults are safe; civplan passes an instance (the
            default one unless the caller gives another). Without it, options
            are ``None``.
    """

    name: str
    extensions: tuple[str, ...]
    media_type: str
    binary: bool

    def export(self, plan: Plan, stream: IO[Any], options: Any) -> None:
        """Write ``plan`` to ``stream``: a binary stream if ``binary``, else a text stream."""


def exporter_problems(candidate: object) -> list[str]:
    """What keeps ``candidate`` from being an exporter (empty when nothing does)."""
    problems = plugins.format_problems(candidate)
    if not isinstance(getattr(candidate, "binary", None), bool):
        problems.append("'binary' must be True or False")
    if not callable(getattr(candidate, "export", None)):
        problems.append("'export(plan, stream, options)' is missing")
    options_type = getattr(candidate, "options_type", None)
    if options_type is not None and not isinstance(options_type, type):
        problems.append("'options_type' must be a class or None")
    return problems


_EXPORTERS = plugins.Registry(EXPORTERS_GROUP, exporter_problems, "exporter")


def list_exporters() -> list[plugins.FormatInfo]:
    """Every installed exporter, the broken ones with the reason they are broken."""
    return _EXPORTERS.listing()


def get_exporter(format: str) -> Exporter:
    """The exporter for a format name, ``"distribution:name"``, or file extension.

    Raises:
        UnknownFormatError: no installed exporter matches.
        PluginError: the matching plugin is broken, or two plugins claim the
            name or the extension (the message says how to choose).
    """
    exporter: Exporter = _EXPORTERS.find(format)
    return exporter


def export(
    plan: Plan,
    format: str | Path | Exporter,
    target: str | Path | IO[Any] | None = None,
    *,
    options: Any = None,
) -> bytes | str | None:
    """Export ``plan`` in ``format`` to a file, a stream, or a value.

    ``export(plan, "report.xlsx")`` writes the file, its format taken from
    its extension, as pandas and pyexcel do.

    Args:
        plan: the plan or report.
        format: an exporter's name (``"xlsx"``, ``"ods"``, ``"text"``),
            ``"distribution:name"``, a file extension (``".txt"``), an
            exporter itself (from :func:`get_exporter`), or — with no
            ``target`` — the path to write, whose extension names the format.
        target: a path (written atomically: a failure leaves no partial file
            and keeps an existing one), a stream (binary, or text for a text
            format; a text format also writes UTF-8 to a binary stream), or
            ``None`` to get the output back.
        options: the exporter's options (an instance of its ``options_type``);
            ``None`` for its defaults.

    Returns:
        ``bytes`` or ``str`` when ``target`` is ``None``, else ``None``.

    Raises:
        UnknownFormatError: no exporter for ``format``.
        PluginError: the exporter is broken or ambiguous.
        MissingDependencyError: the format needs an extra that is not installed.
        ExportError: the exporter failed.
        TypeError: ``options`` or ``target`` does not suit the exporter.
    """
    if target is None and _is_file_name(format):
        target = Path(format)  # type: ignore[arg-type]
        format = target.suffix.lower()
    if isinstance(format, Path):
        raise TypeError("give the path as the target: export(plan, 'xlsx', path)")
    exporter = _exporter(format) if isinstance(format, str) else format
    options = _options_for(exporter, options)
    if target is None:
        buffer: io.BytesIO | io.StringIO = io.BytesIO() if exporter.binary else io.StringIO()
        _run(exporter, plan, buffer, options)
        value: bytes | str = buffer.getvalue()
        return value
    if isinstance(target, (str, Path)):
        with atomic_output(Path(target), binary=exporter.binary) as stream:
            _run(exporter, plan, stream, options, target=str(target))
        return None
    if isinstance(target, io.TextIOBase):
        if exporter.binary:
            raise TypeError(f"the {exporter.name} format writes bytes: pass a binary stream")
        _run(exporter, plan, target, options)
        return None
    if not exporter.binary:
        wrapper = io.TextIOWrapper(target, encoding="utf-8", newline="")
        try:
            _run(exporter, plan, wrapper, options)
            wrapper.flush()
        finally:
            wrapper.detach()
        return None
    _run(exporter, plan, target, options)
    return None


def _is_file_name(format: object) -> bool:
    """Whether ``format`` names a file to write (``"report.xlsx"``) rather than a format."""
    if isinstance(format, Path):
        return True
    if not isinstance(format, str) or (":" in format and not any(c in format for c in "/\\")):
        return False  # a name, or "distribution:name"
    return bool(Path(format).suffix) and Path(format).stem != ""


def _exporter(format: str) -> Exporter:
    """The exporter for ``format``; for the plan's own data formats, a pointer to ``save``."""
    try:
        return get_exporter(format)
    except UnknownFormatError as error:
        if format.lower().lstrip(".") in ("yaml", "yml", "json", "toml"):
            raise UnknownFormatError(
                f"{error}; a plan is written as YAML, JSON or TOML with civplan.save(plan, path) "
                "or civplan.dumps(plan, format)"
            ) from None
        raise


def _options_for(exporter: Exporter, options: Any) -> Any:
    options_type = getattr(exporter, "options_type", None)
    if options_type is None:
        if options is not None:
            raise TypeError(f"the {exporter.name} format takes no options")
        return None
    if options is None:
        return options_type()
    if not isinstance(options, options_type):
        raise TypeError(
            f"the {exporter.name} format takes {options_type.__name__}, "
            f"not {type(options).__name__}"
        )
    return options


def _run(
    exporter: Exporter, plan: Plan, stream: IO[Any], options: Any, *, target: str | None = None
) -> None:
    try:
        exporter.export(plan, stream, options)
    except CivplanError:
        raise
    except Exception as error:
        where = f"{target}: " if target else ""
        failed_write = _write_failure(error)
        if failed_write is not None:  # a full disk, a file-size limit: not the exporter's fault
            kept = "; it was left as it was" if target else ""
            raise ExportError(f"{where or 'cannot write: '}{failed_write}{kept}") from error
        raise ExportError(
            f"{where}the {exporter.name} exporter failed: {type(error).__name__}: {error}"
            + ("; nothing was written" if target else "")
        ) from error


def _write_failure(error: BaseException) -> str | None:
    """Why writing failed, if ``error`` is the file system's refusal to write; else ``None``.

    An ``OSError`` anywhere in the chain, or lxml's ``SerialisationError``
    for a failed write (``IO_ENOSPC``, ``IO_EFBIG``), as openpyxl's temporary
    files give it.
    """
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno is not None:
            return os.strerror(seen.errno).lower()
        name = str(seen)
        if type(seen).__name__ == "SerialisationError" and name.startswith("IO_"):
            number = getattr(errno, name[3:], None)
            return os.strerror(number).lower() if number is not None else name
        seen = seen.__cause__ or seen.__context__
    return None
