"""Build a plan of measures in code, check it, save it, and export it.

    python examples/build_a_plan.py [OUTPUT_DIR]

Writes ``city-plan-2025.yaml`` (to keep under version control) and
``city-plan-2025.xlsx`` (the plan as a table, before anything is reported).
"""

import sys
from pathlib import Path

import civplan

YEAR = 2025


def measure(number: str, title: str, deadline: str, *responsible: str) -> civplan.Measure:
    """A planned measure: its deadline read against the plan's year."""
    return civplan.Measure(
        number=number,
        title=title,
        deadline=civplan.Deadline.parse(deadline, year=YEAR),
        responsible=responsible,
    )


def build() -> civplan.Plan:
    """The city's plan for the National Strategy, as a department would draft it."""
    return civplan.Plan(
        title=f"План заходів\nщодо реалізації Національної стратегії сприяння розвитку "
        f"громадянського суспільства\nу місті Сєвєродонецьку на {YEAR} рік",
        year=YEAR,
        territory="м. Сєвєродонецьк",
        issuer="Відділ внутрішньої політики",
        sections=[
            civplan.Section(
                number="1",
                title="Прозорість і підзвітність влади",
                measures=[
                    measure(
                        "1.1",
                        "Публічні консультації щодо бюджету міста",
                        "ІІІ квартал",
                        "Фінансове управління",
                    ),
                    measure(
                        "1.2",
                        "Оприлюднення звіту міського голови",
                        "до 1 березня",
                        "Відділ внутрішньої політики",
                    ),
                ],
            ),
            civplan.Section(
                number="2",
                title="Підтримка інститутів громадянського суспільства",
                measures=[
                    measure(
                        "2.1",
                        "Конкурс проєктів ІГС",
                        "ІІ-ІІІ квартал",
                        "Відділ внутрішньої політики",
                        "Фінансове управління",
                    ),
                    measure(
                        "2.2", "Навчання для ініціативних груп", "щокварталу", "Управління освіти"
                    ),
                ],
            ),
        ],
    )


def main(output: Path) -> None:
    """Build the plan and write it as YAML and XLSX into ``output``."""
    plan = build()
    for m in plan.measures():
        print(f"{m.number:5} {m.deadline.text:16} {m.deadline.start} – {m.deadline.end}")
    output.mkdir(parents=True, exist_ok=True)
    civplan.save(plan, output / f"city-plan-{YEAR}.yaml")
    columns = ["number", "title", "deadline", "responsible"]
    civplan.export(
        plan,
        "xlsx",
        output / f"city-plan-{YEAR}.xlsx",
        options=civplan.ReportOptions(columns=columns, summary=False),
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/cookbook"))
