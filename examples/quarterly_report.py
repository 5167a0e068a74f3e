"""A quarterly report: the statuses as of the quarter's last day.

    python examples/quarterly_report.py [OUTPUT_DIR]

The bundled 2017 report assessed as of 30 June 2017: the same outcomes, read
against what was due by then. A measure not carried out before its term has
come is «термін не настав», not a failure (4.2 here). Writes ``q2-2017.ods``
with a status column, and prints each measure's status.
"""

import sys
from datetime import date
from pathlib import Path

import civplan

AS_OF = date(2017, 6, 30)


def main(output: Path) -> None:
    """Write the report as of :data:`AS_OF` into ``output``."""
    plan = civplan.demo_plan()
    for measure in plan.measures():
        result = civplan.assess(measure, AS_OF)
        print(f"{measure.number:5} {measure.deadline.text!r:22} {result.status.label()}")
    options = civplan.ReportOptions(
        columns=["number", "title", "deadline", "outcome", "status"], as_of=AS_OF
    )
    output.mkdir(parents=True, exist_ok=True)
    civplan.export(plan, "ods", output / "q2-2017.ods", options=options)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"))
