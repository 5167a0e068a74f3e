"""civplan's speed and memory, as ratios to baselines measured in the same run.

Run with ``make bench``, or ``python benchmarks/run.py [SIZE ...] [--only FORMAT]``.

Time: each comparison runs in one fresh process that alternates civplan's
task and its baseline on the same plan and keeps the best time of each, so
the ratio holds even on a busy, shared machine. civplan's exports write the
same cells as their baselines (the report table, without its summary) to an
open file, as the baselines do; the *analysed* exports are the reports users
run — with the status column and the summary (statuses, sections, overdue
measures, reasons, events, counts) — compared with the plain ones; writing to a path adds an atomic replace
(a temporary file, fsync, rename), measured on its own. Memory: each task
runs alone in a fresh process; what counts is how much the process's peak
resident size grows during the task (the plan is built before that).

Plans are generated: a section per 20 measures, each measure with a
~150-character title and a ~300-character outcome, in Ukrainian words.
Those words are few, and the outcomes have no digits or punctuation, which
makes them cheap to assess; the *written* plans' outcomes are sentences as
reports write them (counts, dates, sums, shares, reasons, decrees), which
cost several times more. The analysed text report is measured on both, and
``assess`` alone is timed per measure on both.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from baselines import (  # noqa: E402
    calamine_cells,
    greedy_wrap_report,
    hand_streamed_ods,
    lxml_cells,
    openpyxl_write_only,
    pdfplumber_tables,
    python_docx_cells,
    python_docx_report,
    tablib_dataset,
    write_docx,
    write_html,
)

WORDS = (
    "проведення консультацій громадськістю громадських організацій розвитку суспільства "
    "області заходів підтримки спілками інститутів самоврядування органів виконавчої влади "
    "відбулося засідання круглого столу проведено тренінг рамках програми фінансування "
    "облдержадміністрації інформації висвітлення діяльності участі реалізації політики"
).split()


def sentence(rng: random.Random, length: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words).capitalize()


REPORTED = (
    "Протягом {year} року проведено {n} засідань робочої групи, на яких розглянуто {m} питань.",
    "Станом на {date} профінансовано {a} тис. грн з {b} тис. грн, передбачених програмою.",
    "Роботи з капітального ремонту {place} тривають, виконано {p} % обсягу робіт.",
    "Захід не виконано у зв'язку з відсутністю фінансування з місцевого бюджету.",
    "Розпорядженням голови райдержадміністрації від {date} № {n} затверджено план дій.",
    "Організовано {n} навчальних семінарів для працівників {place}, участь взяли {m} осіб.",
    "Виконання заходу перенесено на {next} рік згідно з рішенням сесії районної ради.",
    "Триває процедура закупівлі через систему «Прозорро», договір буде укладено у IV кварталі.",
    "На офіційному вебсайті розміщено {n} інформаційних матеріалів щодо {topic}.",
    "Із запланованих {m} об'єктів відремонтовано {n}, на решті роботи продовжуються.",
    "Проєкт рішення підготовлено та направлено на погодження до {place}.",
    "Придбано {n} одиниць обладнання на суму {a} тис. грн; обладнання передано {place}.",
    "Забезпечено надання {n} консультацій громадянам з питань {topic}.",
    "Відповідно до листа {place} від {date} № {n} захід втратив актуальність.",
    "Моніторинг стану {topic} здійснюється щокварталу, результати оприлюднено.",
    "Проведено інвентаризацію {m} об'єктів, складено акти та передано їх до {place}.",
    "Кошти в сумі {a} тис. грн спрямовано на потреби {topic}, освоєно {p} %.",
    "Створено електронний реєстр {topic}, до якого внесено відомості про {m} осіб.",
    "Через обмежене фінансування роботи з {topic} не розпочато.",
    "Укладено {n} договорів про співпрацю з громадськими організаціями.",
)
"""Sentences of outcomes as reports write them, for the *written* plans."""
PLACES = (
    "закладів освіти", "центру надання адміністративних послуг", "лікарні інтенсивного лікування",
    "управління соціального захисту населення", "територіальних громад",
)  # fmt: skip
TOPICS = (
    "безпеки дорожнього руху", "охорони праці", "енергоефективності будівель",
    "соціального захисту ветеранів", "цифрової грамотності населення",
)  # fmt: skip


def written(rng: random.Random, length: int) -> str:
    """An outcome of report sentences, at least ``length`` characters long."""
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < length:
        template = rng.choice(REPORTED)
        values = {
            "year": 2017, "next": 2018, "n": rng.randint(2, 40), "m": rng.randint(41, 400),
            "a": f"{rng.randint(10, 900)},{rng.randint(0, 9)}", "b": f"{rng.randint(901, 2000)},0",
            "p": rng.randint(10, 95), "date": f"{rng.randint(10, 28)}.{rng.randint(10, 12)}.2017",
            "place": rng.choice(PLACES), "topic": rng.choice(TOPICS),
        }  # fmt: skip
        sentences.append(template.format(**values))
    return " ".join(sentences)


def generated_plan(measures: int, outcomes: str = "words") -> Any:
    """A plan of ``measures`` measures; ``outcomes``: of ``"words"``, or ``"written"`` sentences."""
    import civplan

    rng = random.Random(measures)
    outcome = written if outcomes == "written" else sentence
    term = civplan.Deadline.parse("ІV квартал", year=2017)
    sections = []
    for s in range(1, measures // 20 + 1):
        items = [
            civplan.Measure(
                number=f"{s}.{m}",
                title=sentence(rng, 150),
                deadline=term,
                outcome=civplan.Outcome(text=outcome(rng, 300)),
            )
            for m in range(1, 21)
        ]
        sections.append(civplan.Section(number=str(s), title=sentence(rng, 90), measures=items))
    return civplan.Plan(
        title="Звіт про виконання плану заходів\nу 2017 році", year=2017, sections=sections
    )


def _civplan(fmt: str) -> Callable[[Any, Path], None]:
    def run(plan: Any, target: Path) -> None:
        import civplan

        options = civplan.get_exporter(fmt).options_type(summary=False)  # type: ignore[attr-defined]
        with target.open("wb") as stream:
            civplan.export(plan, fmt, stream, options=options)

    return run


ANALYSED = ("number", "title", "deadline", "outcome", "status")


def _analysed(fmt: str) -> Callable[[Any, Path], None]:
    """The report users run: the status column, and the summary with its statuses and lists."""

    def run(plan: Any, target: Path) -> None:
        import civplan

        options = civplan.get_exporter(fmt).options_type(columns=ANALYSED)  # type: ignore[attr-defined]
        with target.open("wb") as stream:
            civplan.export(plan, fmt, stream, options=options)

    return run


def _civplan_to_path(fmt: str) -> Callable[[Any, Path], None]:
    def run(plan: Any, target: Path) -> None:
        import civplan

        options = civplan.get_exporter(fmt).options_type(summary=False)  # type: ignore[attr-defined]
        civplan.export(plan, fmt, target, options=options)

    return run


def _import(fmt: str) -> Callable[[Any, Path], None]:
    def run(_plan: Any, target: Path) -> None:
        import civplan

        civplan.load(_source(target, fmt), fmt)

    return run


def _read(fmt: str, reader: Callable[[Path], None]) -> Callable[[Any, Path], None]:
    def run(_plan: Any, target: Path) -> None:
        reader(_source(target, fmt))

    return run


_SOURCES: dict[str, Path] = {}


def _source(target: Path, fmt: str) -> Path:
    """The document an import task reads, written once per process from the task's plan."""
    return _SOURCES[fmt]


TASKS: dict[str, Callable[[Any, Path], None]] = {
    "xlsx": _civplan("xlsx"),
    "xlsx-openpyxl-write-only": openpyxl_write_only,
    "xlsx-tablib": lambda plan, target: target.write_bytes(tablib_dataset(plan).export("xlsx")),
    "ods": _civplan("ods"),
    "ods-hand-streamed": hand_streamed_ods,
    "ods-tablib": lambda plan, target: target.write_bytes(tablib_dataset(plan).export("ods")),
    "text": _civplan("text"),
    "docx": _civplan("docx"),
    "docx-python-docx": python_docx_report,
    "xlsx-analysed": _analysed("xlsx"),
    "ods-analysed": _analysed("ods"),
    "text-analysed": _analysed("text"),
    "written-text": _civplan("text"),
    "written-text-analysed": _analysed("text"),
    "written-xlsx": _civplan("xlsx"),
    "written-xlsx-analysed": _analysed("xlsx"),
    "text-greedy-wrap": greedy_wrap_report,
    "text-to-path": _civplan_to_path("text"),
    "import-xlsx": _import("xlsx"),
    "import-xlsx-calamine": _read("xlsx", calamine_cells),
    "import-ods": _import("ods"),
    "import-ods-calamine": _read("ods", calamine_cells),
    "import-docx": _import("docx"),
    "import-docx-python-docx": _read("docx", python_docx_cells),
    "import-html": _import("html"),
    "import-html-lxml": _read("html", lxml_cells),
    "import-pdf": _import("pdf"),
    "import-pdf-pdfplumber": _read("pdf", pdfplumber_tables),
}

COMPARISONS = (
    ("xlsx", "xlsx-openpyxl-write-only", 1.2),
    ("xlsx", "xlsx-tablib", 1.0),
    ("ods", "ods-hand-streamed", 2.5),
    ("ods", "ods-tablib", 0.5),
    ("text", "text-greedy-wrap", 2.0),
    ("docx", "docx-python-docx", 0.5),
    ("text-to-path", "text", None),
    ("xlsx-analysed", "xlsx", 2.0),
    ("ods-analysed", "ods", None),
    ("text-analysed", "text", 2.0),
    ("written-xlsx-analysed", "written-xlsx", 2.0),
    ("written-text-analysed", "written-text", 2.0),
    ("import-xlsx", "import-xlsx-calamine", 3.0),
    ("import-ods", "import-ods-calamine", 3.0),
    ("import-docx", "import-docx-python-docx", None),
    ("import-html", "import-html-lxml", 1.5),
    ("import-pdf", "import-pdf-pdfplumber", 1.3),
)
"""civplan's task, its baseline, and the most the ratio of their times may be (None: no target).

Tasks named ``written-…`` run on the plan whose outcomes are written sentences."""

ASSESS_MOST_US = 50
"""The most one assessment of a measure with a ~300-character outcome may take, in µs."""

LARGEST = {"docx-python-docx": 10_000, "import-pdf-pdfplumber": 10_000}
"""Baselines too slow to run on larger plans (python-docx takes minutes at 100,000 measures)."""


def _target() -> Path:
    return Path(tempfile.gettempdir()) / f"civplan-bench-{os.getpid()}"


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _prepare(task: str, plan: Any) -> None:
    """Write the document an import task reads."""
    if task.startswith("import-"):
        fmt = task.split("-")[1]
        path = _target().with_suffix(f".{fmt}")
        if fmt == "docx":
            write_docx(plan, path)
        elif fmt == "html":
            write_html(plan, path)
        elif fmt == "pdf":
            _print_pdf(plan, path)
        else:
            _civplan(fmt)(plan, path)
        _SOURCES[fmt] = path


PDF_MEASURES = 2_000
"""PDF plans are printed by LibreOffice, which takes minutes for bigger ones: at most this many."""


def _print_pdf(plan: Any, path: Path) -> None:
    """The plan's XLSX report printed to PDF by LibreOffice (about 100 pages for 2,000 measures)."""
    import civplan

    measures = list(plan.measures())[:PDF_MEASURES]
    small = civplan.Plan(
        title=plan.title,
        year=plan.year,
        sections=[civplan.Section(number="1", title="Заходи", measures=measures)],
    )
    source = path.with_suffix(".xlsx")
    _civplan("xlsx")(small, source)
    folder = path.parent / f"civplan-bench-profile-{os.getpid()}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={folder.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(path.parent), str(source)],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    source.unlink()


def _plan(task: str, measures: int) -> Any:
    return generated_plan(measures, "written" if task.startswith("written-") else "words")


def time_child(ours: str, baseline: str, measures: int, rounds: int) -> None:
    """Alternate two tasks on one plan; print the best seconds of each as JSON."""
    plan = _plan(ours, measures)
    _prepare(ours, plan)
    target = _target()
    best = {ours: float("inf"), baseline: float("inf")}
    for _ in range(rounds):
        for task in (ours, baseline):
            start = time.perf_counter()
            TASKS[task](plan, target)
            best[task] = min(best[task], time.perf_counter() - start)
    target.unlink(missing_ok=True)
    for path in _SOURCES.values():
        path.unlink(missing_ok=True)
    print(json.dumps(best))


def memory_child(task: str, measures: int) -> None:
    """Run one task once; print how much the peak resident size grew, in MB, as JSON."""
    plan = _plan(task, measures)
    _prepare(task, plan)
    target = _target()
    before = _rss_mb()
    TASKS[task](plan, target)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    target.unlink(missing_ok=True)
    print(json.dumps(max(0.0, peak - before)))


def assess_child(outcomes: str, measures: int, rounds: int) -> None:
    """Assess every measure of a plan, ``rounds`` times; print the best µs a measure as JSON."""
    import datetime

    import civplan

    plan = generated_plan(measures, outcomes)
    items = list(plan.measures())
    as_of = datetime.date(2018, 1, 15)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for measure in items:
            civplan.assess(measure, as_of, plan=plan)
        best = min(best, time.perf_counter() - start)
    print(json.dumps(best / len(items) * 1e6))


def _child(*arguments: str) -> Any:
    result = subprocess.run(
        [sys.executable, __file__, *arguments], check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout)


def startup() -> dict[str, float]:
    """Best of five: ``import civplan`` and ``civplan --help``, in new processes."""
    times = {}
    for name, command in (
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("import civplan", [sys.executable, "-c", "import civplan"]),
        ("civplan --help", [sys.executable, "-m", "civplan", "--help"]),
    ):
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            runs.append(time.perf_counter() - start)
        times[name] = min(runs)
    return times


def main(sizes: list[int], only: str | None) -> int:
    print(f"civplan benchmarks — {os.cpu_count()} CPUs, Python {sys.version.split()[0]}\n")
    missed = 0
    for size in sizes:
        rounds = 5 if size <= 10_000 else 2
        print(f"{size:,} measures — time: best of {rounds} alternating rounds")
        print(f"  {'civplan / baseline':<44}{'seconds':>16}{'ratio':>8}  target")
        for ours, baseline, most in COMPARISONS:
            if only is not None and not ours.startswith(only):
                continue
            if size > LARGEST.get(baseline, size):
                continue
            best = _child("--time", ours, baseline, str(size), str(rounds))
            ratio = best[ours] / best[baseline]
            seconds = f"{best[ours]:.2f} / {best[baseline]:.2f}"
            if most is None:
                verdict = "(no target)"
            else:
                verdict = f"<= {most}  {'ok' if ratio <= most else 'MISSED'}"
                missed += ratio > most
            print(f"  {ours + ' / ' + baseline:<44}{seconds:>16}{ratio:>8.2f}  {verdict}")
        if size <= 10_000 and (only is None or "assess".startswith(only)):
            print(f"  assess, µs a measure (best of {rounds} rounds over the plan)")
            for outcomes in ("words", "written"):
                us = _child("--assess", outcomes, str(size), str(rounds))
                verdict = "ok" if us <= ASSESS_MOST_US else "MISSED"
                missed += us > ASSESS_MOST_US
                name = f"outcomes of {outcomes}"
                print(f"  {name:<44}{us:>16.0f}{'':>8}  <= {ASSESS_MOST_US}  {verdict}")
        print("  memory: growth of peak resident size during one export or import, MB")
        for task in TASKS:
            if size > LARGEST.get(task, size) or (task == "import-pdf" and size > 10_000):
                continue
            if only is None or task.startswith(only):
                print(f"  {task:<44}{_child('--memory', task, str(size)):>16.0f}")
        print()
    if only is None:
        print("start-up, best of 5 (seconds)")
        for name, seconds in startup().items():
            print(f"  {name:<44}{seconds:>16.3f}")
    return 1 if missed else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--time"]:
        time_child(arguments[1], arguments[2], int(arguments[3]), int(arguments[4]))
    elif arguments[:1] == ["--assess"]:
        assess_child(arguments[1], int(arguments[2]), int(arguments[3]))
    elif arguments[:1] == ["--memory"]:
        memory_child(arguments[1], int(arguments[2]))
    else:
        only = None
        if "--only" in arguments:  # --only xlsx: that format and its baselines
            at = arguments.index("--only")
            only = arguments[at + 1]
            del arguments[at : at + 2]
        sys.exit(main([int(a) for a in arguments] or [8_000, 100_000], only))
