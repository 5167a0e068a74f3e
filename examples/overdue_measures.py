"""Find the overdue measures: their term has passed and nothing is reported.

    python examples/overdue_measures.py [OUTPUT_DIR] [REPORT]

By default reads the communications department's report in
``examples/executors/``, which covers only its own measures. Prints the
overdue measures with their terms, and writes ``overdue.xlsx``: the same
report, cut down to them, for the reminder letter.
"""

import sys
from pathlib import Path

import attrs

import civplan

REPORT = Path(__file__).parent / "executors" / "department-of-communications.yaml"


def overdue_only(plan: civplan.Plan, numbers: set[str]) -> civplan.Plan:
    """The plan with only the measures numbered ``numbers``, and the sections holding them."""
    sections = [
        attrs.evolve(s, measures=[m for m in s.measures if m.number in numbers])
        for s in plan.sections
    ]
    return attrs.evolve(plan, sections=[s for s in sections if s.measures])


def main(output: Path, report: Path) -> None:
    """Write the overdue measures of ``report`` into ``output``."""
    plan = civplan.load(report)
    summary = civplan.summarize(plan)  # as of the report's date
    for result in summary.overdue:
        measure = plan.measure(result.number)
        print(f"{measure.number:5} {measure.deadline.text!r:22} until {measure.deadline.end}")
    output.mkdir(parents=True, exist_ok=True)
    columns = ["number", "title", "deadline", "status"]
    civplan.export(
        overdue_only(plan, {a.number for a in summary.overdue}),
        "xlsx",
        output / "overdue.xlsx",
        options=civplan.ReportOptions(columns=columns, summary=False),
    )


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"),
        Path(sys.argv[2]) if len(sys.argv) > 2 else REPORT,
    )
