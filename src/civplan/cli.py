"""The ``civplan`` command: a thin face over the public API.

Exit codes: 0 on success, 1 when civplan cannot do what was asked (a bad
document, a missing file), 2 for a wrong command line. Errors go to stderr as
one readable message, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from civplan._errors import CivplanError
from civplan.model.language import Lang, format_date, format_interval
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.model.summary import Summary, summarize


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civplan",
        description="Plans of measures and reports on their implementation.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--as-of",
            type=_as_of,
            metavar="DATE",
            help="reporting date (YYYY-MM-DD); default: the document's, else today",
        )
        command.add_argument(
            "--lang",
            choices=("uk", "en"),
            default="uk",
            help="language of the output (default: uk)",
        )

    demo = commands.add_parser(
        "demo",
        help="show the bundled Luhansk 2017 report",
        description="Show the bundled example: the Luhansk oblast's report on its 2017 plan.",
    )
    common(demo)
    status = commands.add_parser(
        "status",
        help="the status of every measure, and a summary",
        description="Print each measure's deadline and status, and a summary.",
    )
    status.add_argument(
        "input", type=Path, metavar="INPUT", help="a plan document (.yaml, .json, .toml)"
    )
    common(status)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            from civplan._demo import demo_plan

            plan = demo_plan()
        else:
            from civplan.serialize.documents import load

            plan = load(args.input)
        sys.stdout.write(status_report(plan, summarize(plan, args.as_of), args.lang))
    except (CivplanError, OSError) as error:
        print(f"civplan: error: {error}", file=sys.stderr)
        return 1
    return 0


_HEADINGS: dict[Lang, tuple[str, str, str, str]] = {
    "uk": ("№", "Строк виконання", "Стан виконання", "Підсумок станом на"),
    "en": ("No.", "Deadline", "Status", "Summary as of"),
}
_RATE: dict[Lang, str] = {"uk": "рівень виконання", "en": "completion rate"}
_UNKNOWN_TERM: dict[Lang, str] = {"uk": "строк не розпізнано", "en": "deadline not understood"}


def status_report(plan: Plan, summary: Summary, lang: Lang = "uk") -> str:
    """Each measure's number, deadline interval and status, then the summary, as text."""
    number_h, term_h, status_h, summary_h = _HEADINGS[lang]
    rows = [(number_h, term_h, status_h)]
    for measure, item in zip(plan.measures(), summary.assessments, strict=True):
        deadline = measure.deadline
        phrase = " ".join(deadline.text.split())
        if deadline.start is not None and deadline.end is not None:
            term = f"{phrase}: {format_interval(deadline.start, deadline.end, lang)}"
        else:
            term = f"{phrase}: {_UNKNOWN_TERM[lang]}" if not deadline.understood else phrase
        rows.append((measure.number, term, item.status.label(lang)))
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c}".rstrip() for a, b, c in rows]
    counts = ", ".join(
        f"{status.label(lang)}: {summary.counts[status]}"
        for status in Status
        if summary.counts[status]
    )
    rate = "—" if summary.rate is None else f"{summary.rate:.1f} %"
    if lang == "uk":
        rate = rate.replace(".", ",")
    lines.append("")
    lines.append(f"{summary_h} {format_date(summary.as_of, lang)}: {counts}")
    lines.append(f"{_RATE[lang]}: {rate}")
    return "\n".join(lines) + "\n"
