"""A one-page note for the head of administration: how the plan went, and why not.

    python examples/summary_for_the_head.py [OUTPUT_DIR]

The completion rate, the statuses, what was not done and why, and events
held outside their term — in Ukrainian, as a note («довідка») is written.
Prints it and writes ``note-for-the-head.txt``.
"""

import sys
from pathlib import Path

import civplan


def note(plan: civplan.Plan) -> str:
    """The note's text."""
    summary = civplan.summarize(plan)
    rate = f"{summary.rate:.1f}".replace(".", ",") if summary.rate is not None else "—"
    lines = [
        "ДОВІДКА",
        f"про стан виконання плану заходів станом на {civplan.format_date(summary.as_of)}",
        "",
        f"Заплановано заходів: {summary.total}. Рівень виконання: {rate} %.",
    ]
    lines += [f"  {status.label()}: {n}" for status, n in summary.counts.items() if n]
    if summary.reasons:
        lines += ["", "Не виконано в повному обсязі:"]
        for group in summary.reasons:
            lines.append(f"  {group.kind.label()}:")
            lines += [f"    {number} — {why}" for number, why in group.measures]
    if summary.overdue:
        numbers = ", ".join(a.number for a in summary.overdue)
        lines += ["", f"Не звітували про заходи, строк яких минув: {numbers}"]
    if summary.untimely:
        lines += ["", "Заходи проведено поза встановленими строками:"]
        for result in summary.untimely:
            phrases = ", ".join(e.phrase for e in result.untimely_events)
            lines.append(f"  {result.number}: {phrases}")
    return "\n".join(lines) + "\n"


def main(output: Path) -> None:
    """Write the note on the bundled report into ``output``."""
    text = note(civplan.demo_plan())
    print(text)
    output.mkdir(parents=True, exist_ok=True)
    (output / "note-for-the-head.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"))
