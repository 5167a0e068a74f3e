"""The ``civplan`` command: a thin face over the public API.

Exit codes: 0 on success, 1 when civplan cannot do what was asked (a bad
document, a broken plugin, a missing file), 2 for a wrong command line.
Errors go to stderr as readable messages, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import civplan

DEMO_NAME = "luhansk-2017"
_INPUT_HELP = (
    "a plan or report: .yaml, .json, .toml, .xlsx, .ods, .docx, .html, a text dump, …, "
    "or an https:// address"
)


def _source(text: str) -> str | Path:
    """An input: an address as it is written, else a path."""
    return text if text.lower().startswith(("http://", "https://")) else Path(text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _columns(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class _UsageError(Exception):
    """A command line that cannot work with the chosen format (exit code 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civplan",
        description="Plans of measures and reports on their implementation.",
        epilog="Run 'civplan COMMAND --help' for each command's options.",
    )
    parser.add_argument("--version", action="version", version=f"civplan {civplan.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def as_of_and_lang(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--as-of",
            type=_date,
            metavar="DATE",
            help="reporting date (YYYY-MM-DD); default: the document's, else today",
        )
        command.add_argument(
            "--lang", choices=("uk", "en"), help="language of the output (default: uk)"
        )

    def hints(command: argparse.ArgumentParser) -> None:
        group = command.add_argument_group(
            "what civplan cannot tell from a document's tables (see civplan inspect)"
        )
        group.add_argument(
            "--column",
            action="append",
            type=_column_hint,
            metavar="CAPTION=FIELD",
            help="the field a column holds, by its caption, letter or number: "
            "'Термін=deadline', 'D=outcome' (repeatable)",
        )
        group.add_argument(
            "--header-rows",
            type=_rows,
            metavar="N[-M]",
            help="the header's row, or first and last rows, counted from 1",
        )
        group.add_argument("--year", type=int, metavar="YYYY", help="the plan's (first) year")
        group.add_argument("--end-year", type=int, metavar="YYYY", help="a multi-year plan's last")
        group.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read")

    def reported_plan(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--plan",
            type=_source,
            metavar="PLAN",
            help="the plan a report in prose reports on (a file or address civplan reads): "
            "the report's paragraphs give its measures' outcomes",
        )

    def width(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--width", type=int, metavar="N", help="width of text tables in columns (default: 100)"
        )

    export = commands.add_parser(
        "export",
        help="export a plan as XLSX, ODS, text or any installed format",
        description="Export a plan. The format comes from -f, else from the output's extension.",
    )
    export.add_argument("input", type=_source, metavar="INPUT", help=_INPUT_HELP)
    hints(export)
    reported_plan(export)
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write"
    )
    export.add_argument(
        "-f", "--format", metavar="FORMAT", help="xlsx, ods, text, or a plugin's name"
    )
    export.add_argument(
        "--from",
        dest="input_format",
        metavar="FORMAT",
        help="the input's format, if not evident (textdump, docx, …)",
    )
    as_of_and_lang(export)
    export.add_argument(
        "--columns",
        type=_columns,
        metavar="LIST",
        help="comma-separated columns: number,title,deadline,responsible,outcome,status",
    )
    width(export)

    imported = commands.add_parser(
        "import",
        help="read a report (DOCX, XLSX, ODS, text dump …) into a plan document",
        description="Read a plan from any importable document and write it as YAML, JSON "
        "or TOML (by the output's extension).",
    )
    imported.add_argument("input", type=_source, metavar="INPUT", help=_INPUT_HELP)
    hints(imported)
    reported_plan(imported)
    imported.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="plan.yaml, .json or .toml"
    )
    imported.add_argument(
        "-f", "--format", metavar="FORMAT", help="the input's format, if not evident"
    )

    commands.add_parser(
        "formats",
        help="list the installed formats, to export and to import",
        description="List every installed exporter and importer with its distribution and "
        "extensions, broken ones included.",
    )

    status = commands.add_parser(
        "status",
        help="print each measure's deadline and status, and a summary",
        description="Print each measure's deadline interval and status, and a summary.",
    )
    status.add_argument("input", type=_source, metavar="INPUT", help=_INPUT_HELP)
    status.add_argument(
        "-f", "--format", metavar="FORMAT", help="the input's format, if not evident"
    )
    hints(status)
    reported_plan(status)

    inspect = commands.add_parser(
        "inspect",
        help="show how civplan reads a document: header, columns, each row's role",
        description="Show how civplan understands a document's tables: the title and what it "
        "says, the header rows, what each column holds and why (caption, content, hint), each "
        "row's role (heading and its level, measure, continuation, note), and every warning.",
    )
    inspect.add_argument("input", type=_source, metavar="INPUT", help=_INPUT_HELP)
    inspect.add_argument(
        "-f", "--format", metavar="FORMAT", help="the input's format, if not evident"
    )
    hints(inspect)
    as_of_and_lang(status)
    width(status)

    merged = commands.add_parser(
        "merge",
        help="merge several executors' reports on one plan into one report",
        description="Join reports on the same plan from several executors by measure number. "
        "Each report's executor is its issuer, else its file name. The output's extension "
        "chooses a plan document (.yaml, .json, .toml) or a report format (.xlsx, .ods, …).",
    )
    merged.add_argument("inputs", type=_source, nargs="+", metavar="INPUT", help=_INPUT_HELP)
    merged.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write"
    )
    as_of_and_lang(merged)

    demo = commands.add_parser(
        "demo",
        help="write the bundled Luhansk 2017 report as XLSX, ODS, DOCX and text",
        description="Write the bundled example — the Luhansk oblast's report on its 2017 "
        "plan — in each format, and print its statuses.",
    )
    demo.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("civplan-demo"),
        metavar="DIR",
        help="directory to write into (default: civplan-demo)",
    )
    demo.add_argument(
        "-f",
        "--format",
        action="append",
        metavar="FORMAT",
        dest="formats",
        help="a format to write (repeatable; default: xlsx, ods, docx and text)",
    )
    as_of_and_lang(demo)
    return parser


@contextlib.contextmanager
def _quiet_pdf_reader() -> Iterator[None]:
    """Keep the PDF reader's notes on damaged streams from the terminal while a command runs.

    pdfminer logs «Data-loss while decompressing …» for each damaged stream; the
    command says itself what it could not read.
    """
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    with _quiet_pdf_reader():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "export":
            _export(args)
        elif args.command == "import":
            _import(args)
        elif args.command == "merge":
            _merge(args)
        elif args.command == "formats":
            _formats()
        elif args.command == "status":
            _status(args)
        elif args.command == "inspect":
            _inspect(args)
        else:
            _demo(args)
    except _UsageError as error:
        parser.exit(2, f"civplan {args.command}: error: {error}\n")
    except BrokenPipeError:  # the reader stopped reading (| head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as error:
        what = "file not found" if isinstance(error, FileNotFoundError) else "not a file"
        parser.exit(2, f"civplan {args.command}: error: {what}: {error.filename}\n")
    except civplan.UnknownFormatError as error:
        # the library asks for its argument («give format=»); here it is an option
        flag = "--from FORMAT" if args.command == "export" else "-f FORMAT"
        message = str(error).replace("give format=", f"give {flag}")
        parser.exit(2, f"civplan {args.command}: error: {message}\n")
    except OSError as error:  # what the system refused: plain words, not an errno
        reason = (error.strerror or type(error).__name__).lower()
        where = f": {error.filename}" if error.filename else ""
        print(f"civplan: error: {reason}{where}", file=sys.stderr)
        return 1
    except (civplan.CivplanError, ValueError) as error:
        print(f"civplan: error: {error}", file=sys.stderr)
        return 1
    return 0


def _column_hint(text: str) -> tuple[str, str]:
    key, equals, field = text.rpartition("=")
    if not equals or not key.strip() or not field.strip():
        raise argparse.ArgumentTypeError(f"give a column as CAPTION=FIELD, not {text!r}")
    return key.strip(), field.strip()


def _rows(text: str) -> int | tuple[int, int]:
    first, dash, last = text.partition("-")
    try:
        return (int(first), int(last)) if dash else int(first)
    except ValueError:
        raise argparse.ArgumentTypeError(f"rows as N or N-M, not {text!r}") from None


def _hints(args: argparse.Namespace) -> Any:
    """The hints the command line gives, or ``None``."""
    given = {
        "columns": dict(args.column or ()),
        "header": args.header_rows,
        "year": args.year,
        "end_year": args.end_year,
        "sheet": args.sheet,
    }
    if not any(given.values()):
        return None
    try:
        return civplan.Hints(**given)
    except ValueError as error:
        raise _UsageError(str(error)) from None


def _load(
    path: str | Path,
    format: str | None = None,
    hints: Any = None,
    plan: str | Path | None = None,
    *,
    dated: bool = False,
) -> Any:
    """The plan a file holds, its warnings printed; ``dated``: the date of the report is given."""
    import warnings

    reported = _load(plan) if plan is not None else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        loaded = civplan.load(path, format, hints=hints, plan=reported)
    for warning in caught:
        if not (dated and issubclass(warning.category, civplan.ReportDateWarning)):
            print(f"civplan: warning: {warning.message}", file=sys.stderr)
    return loaded


def _with_status(options: Any) -> Any:
    """The options with the status column added, where the format has columns to choose."""
    import attrs

    if options is None or not attrs.has(type(options)) or not hasattr(options, "columns"):
        return options
    if "status" in [getattr(c, "value", c) for c in options.columns]:
        return options
    return attrs.evolve(options, columns=(*options.columns, "status"))


def _options(exporter: Any, args: argparse.Namespace) -> Any:
    """The exporter's options from the command line's flags, refusing flags it has no option for."""
    given = {
        name: getattr(args, name)
        for name in ("lang", "as_of", "columns", "width")
        if getattr(args, name, None) is not None
    }
    options_type = getattr(exporter, "options_type", None)
    fields = _field_names(options_type) if options_type is not None else set()
    unsupported = sorted(set(given) - fields)
    if unsupported:
        flags = ", ".join("--" + name.replace("_", "-") for name in unsupported)
        raise _UsageError(f"the {exporter.name} format has no option for {flags}")
    if options_type is None:
        return None
    try:
        return options_type(**given)
    except (TypeError, ValueError) as error:
        raise _UsageError(str(error)) from None


def _field_names(options_type: type) -> set[str]:
    import attrs

    if attrs.has(options_type):
        return {field.name for field in attrs.fields(options_type)}
    if dataclasses.is_dataclass(options_type):
        return {field.name for field in dataclasses.fields(options_type)}
    return set()


def _export(args: argparse.Namespace) -> None:
    if args.output.is_dir():
        raise _UsageError(f"{args.output} is a folder: give the file to write")
    if not args.format and not args.output.suffix:
        raise _UsageError(f"cannot tell the format of {args.output}: give -f FORMAT")
    try:
        exporter = civplan.get_exporter(args.format or args.output.suffix)
    except civplan.UnknownFormatError as error:
        raise _UsageError(f"{error}: give -f FORMAT") from None
    options = _options(exporter, args)
    plan = _load(
        args.input, args.input_format, _hints(args), args.plan, dated=args.as_of is not None
    )
    civplan.export(plan, exporter, args.output, options=options)
    print(f"wrote {args.output}")


def _import(args: argparse.Namespace) -> None:
    if args.output.suffix.lower() not in civplan.DOCUMENT_EXTENSIONS:
        raise _UsageError(f"{args.output}: write the plan as .yaml, .json or .toml")
    civplan.save(_load(args.input, args.format, _hints(args), args.plan), args.output)
    print(f"wrote {args.output}")


def _merge(args: argparse.Namespace) -> None:
    import attrs

    lang: civplan.Lang = "en" if args.lang == "en" else "uk"
    reports = []
    for path in args.inputs:
        plan = _load(path)
        reports.append(plan if plan.issuer else attrs.evolve(plan, issuer=path.stem))
    result = civplan.merge(reports)
    if args.output.suffix.lower() in civplan.DOCUMENT_EXTENSIONS:
        civplan.save(result.plan, args.output)
    else:
        exporter = civplan.get_exporter(args.output.suffix or "?")
        civplan.export(result.plan, exporter, args.output, options=_options(exporter, args))
    print(civplan.say("cli.merged", lang, count=len(reports), target=args.output))
    if result.unreported:
        print(civplan.say("cli.unreported", lang, numbers=", ".join(result.unreported)))
    for conflict in result.conflicts:
        stated = "; ".join(f"{who}: {status.label(lang)}" for who, status in conflict.statuses)
        print(civplan.say("cli.conflict", lang, number=conflict.number, stated=stated))


def _formats() -> None:
    for heading, listing in (
        ("export", civplan.list_exporters()),
        ("import", civplan.list_importers()),
    ):
        print(f"{heading}:")
        for info in listing:
            if info.broken:
                print(f"  {info.name:<12} {info.distribution:<28} BROKEN: {info.error}")
            else:
                print(f"  {info.name:<12} {info.distribution:<28} {' '.join(info.extensions)}")


def _status(args: argparse.Namespace) -> None:
    plan = _load(args.input, args.format, _hints(args), args.plan, dated=args.as_of is not None)
    print(civplan.status_table(plan, args.as_of, lang=args.lang or "uk", width=args.width or 100))


def _inspect(args: argparse.Namespace) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)  # the explanation lists them
        print(civplan.explain(args.input, args.format, hints=_hints(args)))


def _demo(args: argparse.Namespace) -> None:
    plan = civplan.demo_plan()
    print(civplan.status_table(plan, args.as_of, lang=args.lang or "uk"))
    args.output.mkdir(parents=True, exist_ok=True)
    print()
    for name in args.formats or ["xlsx", "ods", "docx", "text"]:
        exporter = civplan.get_exporter(name)
        target = args.output / f"{DEMO_NAME}{exporter.extensions[0]}"
        civplan.export(plan, exporter, target, options=_with_status(_options(exporter, args)))
        print(f"wrote {target}")
