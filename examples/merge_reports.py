"""Merge the reports of several executors on one plan into the oblast's report.

    python examples/merge_reports.py [OUTPUT_DIR] [REPORT ...]

By default merges the two reports in ``examples/executors/`` (YAML here; any
importable document works: XLSX, ODS, DOCX …). Writes ``merged.xlsx`` and
``merged.yaml``, and prints who reported what, what nobody reported, and
statuses the executors disagree on.
"""

import sys
from pathlib import Path

import civplan

EXECUTORS = Path(__file__).parent / "executors"


def main(output: Path, reports: list[Path]) -> None:
    """Merge ``reports`` and write the result into ``output``."""
    merged = civplan.merge(civplan.load(path) for path in reports)
    for number, contributions in merged.contributions.items():
        print(number, "—", ", ".join(c.executor for c in contributions))
    print("nobody reported:", ", ".join(merged.unreported) or "—")
    for conflict in merged.conflicts:
        print("disagree on", conflict.number, conflict.statuses)
    output.mkdir(parents=True, exist_ok=True)
    civplan.save(merged.plan, output / "merged.yaml")
    civplan.export(merged.plan, "xlsx", output / "merged.xlsx")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"),
        [Path(p) for p in sys.argv[2:]] or sorted(EXECUTORS.glob("*.yaml")),
    )
