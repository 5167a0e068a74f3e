"""A report with your own columns, in English.

    python examples/custom_columns.py [OUTPUT_DIR]

For a donor or partner: number, title, status and outcome only, in English
labels, as XLSX and as a 90-column text file.
"""

import sys
from pathlib import Path

import civplan


def main(output: Path) -> None:
    """Write the bundled report with chosen columns into ``output``."""
    plan = civplan.demo_plan()
    columns = ["number", "title", "status", "outcome"]
    output.mkdir(parents=True, exist_ok=True)
    civplan.export(
        plan,
        "xlsx",
        output / "for-partners.xlsx",
        options=civplan.ReportOptions(lang="en", columns=columns),
    )
    civplan.export(
        plan,
        "text",
        output / "for-partners.txt",
        options=civplan.TextOptions(lang="en", columns=columns, width=90),
    )
    print((output / "for-partners.txt").read_text(encoding="utf-8")[:600])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"))
