"""Statuses by section in pandas: the pivot a scripter builds for a briefing.

    python examples/statuses_in_pandas.py [OUTPUT_DIR]

Needs pandas (``pip install 'civplan[pandas]'``). Prints how many measures
of each section have each status, the measures a person should check, and
writes every measure as ``measures.csv`` for a spreadsheet or a notebook.
"""

import sys
from pathlib import Path

import civplan


def main(output: Path) -> None:
    """Print the pivot of the bundled report and write its measures to ``output``."""
    frame = civplan.to_pandas(civplan.demo_plan())  # as of the report's date
    pivot = frame.pivot_table(
        index="section", columns="status", values="number", aggfunc="count", observed=False
    )
    shown = [status for status in pivot.columns if pivot[status].sum()]  # in Status order
    print(pivot[shown].to_string())
    to_check = frame[frame["review"]]
    print(f"\nto check: {len(to_check)}")
    for row in to_check.itertuples():
        print(f"{row.number:5} {row.reasons}")
    output.mkdir(parents=True, exist_ok=True)
    frame.to_csv(output / "measures.csv", index=False)
    print(f"\nwrote {output / 'measures.csv'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"))
