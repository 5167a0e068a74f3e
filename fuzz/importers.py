"""Fuzzing civplan's importers: damaged documents must end in a plan or a CivplanError.

    python fuzz/importers.py [--examples N] [--seed S] [FORMAT ...]

For each importer, documents are made from real seeds (civplan's own
reports, the bundled text dump, the layout fixtures, the hostile files) by
mutating them. ZIP-based documents are mutated inside: one XML part is
changed and the archive rebuilt, so that the readers behind the ZIP checks
are reached; other documents are mutated as bytes. Each input is loaded in
this process under an alarm: any exception other than a CivplanError, or
an input that takes over ten seconds, is saved in ``fuzz/crashes/`` and
makes the run fail. An input that holds the process in compiled code, where
no alarm reaches, ends it after a minute; it stays in ``fuzz/crashes/`` as
``.current-FORMAT-PID.bin``. ``make fuzz`` runs each importer for many thousands of
inputs; the test suite runs a few hundred. ``prose-text`` and ``prose-html`` are reports
written as paragraphs, read with their plan.
"""

from __future__ import annotations

import argparse
import csv
import faulthandler
import functools
import html
import io
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections.abc import Callable, Collection
from pathlib import Path

import attrs

import civplan
from civplan.importers.word97 import read_word97

ROOT = Path(__file__).resolve().parent.parent
CRASHES = Path(__file__).resolve().parent / "crashes"
INTERESTING = [b"0", b"-1", b"999999999", b"4294967296", b"A1048577", b"XFD1", b"\x00", b"&#0;",
               b"<!DOCTYPE a>", b"\xff\xfe", b"\t", b"\n", b"\"", b"]]", b"}}", b"*a", b"&a"]  # fmt: skip


class _HangError(Exception):
    pass


def _alarm(_signal: int, _frame: object) -> None:
    raise _HangError


_UNRULED = dict.fromkeys(map(ord, "│┌┬┐├┼┤└┴┘─"), " ")
"""The rules of civplan's text report, each a space: its table aligned by spaces alone."""
PROSE = {"prose-text": "textdump", "prose-html": "html"}
"""Reports in prose, read with their plan (``civplan.load(…, plan=…)``), and their importers."""
PRINTED = {
    "pdf": ("xlsx", "docx"),
    "doc": ("docx",),
    "rtf": ("docx",),
    "xls": ("xlsx",),
    "doc-marks": (),
}
"""Formats whose seeds LibreOffice makes from civplan's own reports, and from which formats.

``doc-marks`` are .doc files that end with their table, which LibreOffice reads no table
from: their own marks of cells and rows are read (:mod:`civplan.importers.word97`), a
fast target of its own, as no LibreOffice runs for each input."""


def seeds(printed: Collection[str] = PRINTED) -> dict[str, list[bytes]]:
    """Valid documents of each format, and the hostile ones.

    The seeds of the ``printed`` formats (PDF, and the legacy .doc, .rtf and
    .xls, which civplan reads through LibreOffice) are civplan's own reports
    converted by LibreOffice: made only when ``soffice`` is installed.
    """
    sys.path.insert(0, str(ROOT / "tests" / "importers"))
    whole = civplan.demo_plan()
    # small seeds make fast inputs: the first section's first three measures
    first = whole.sections[0]
    small = attrs.evolve(whole, sections=[attrs.evolve(first, measures=first.measures[:3])])
    found: dict[str, list[bytes]] = {name: [] for name in ("xlsx", "ods", "textdump", "yaml",
                                                             "json", "toml", "html", "odt", "docx",
                                                             "csv", "excel-xml")}  # fmt: skip
    found["textdump"].append((ROOT / "examples" / "luhansk-2017-report.txt").read_bytes())
    for plan in (whole, small):
        for fmt in ("xlsx", "ods", "docx"):
            stream = io.BytesIO()
            civplan.export(plan, fmt, stream)
            found[fmt].append(stream.getvalue())
        found["textdump"].append(str(civplan.export(plan, "text")).encode())
        rows = [(m.number, m.title, m.deadline.text, m.outcome.text if m.outcome else "")
                for m in plan.measures()]  # fmt: skip
        copied = ["№\tНайменування заходу\tСтрок\tРезультат", *("\t".join(r) for r in rows)]
        found["textdump"].append("\n".join([plan.title, *copied]).encode())  # rows copied as text
        found["csv"].append(_csv([(plan.title, "", "", ""), *rows]))  # a sheet saved as CSV
        found["excel-xml"].append(_excel_xml(plan.title, rows))  # a system's "Excel" export
        piped = ["| № | Найменування заходу | Строк | Результат |", "|---|---|---|---|",
                 *(f"| {' | '.join(r)} |".replace("\n", "<br>") for r in rows)]  # fmt: skip
        found["textdump"].append("\n".join([plan.title, *piped]).encode())  # a Markdown table
        saved = ["№ з/п", "Найменування заходу", "Строк", "Результат"]  # LibreOffice's text:
        for row in rows:  # a cell a line, an empty one empty, nothing between rows
            saved.extend([*row[:3], *(row[3].splitlines() or [""])])
        found["textdump"].append("\n".join([plan.title, *saved]).encode())
        # a PDF's text with its layout kept: the table's rules gone, a form feed after each page
        lines = str(civplan.export(plan, "text")).translate(_UNRULED).splitlines()
        aligned = "\n".join(
            "\f" * (at > 0 and at % 50 == 0) + line for at, line in enumerate(lines)
        )
        found["textdump"].append(aligned.encode())
        found["html"].append(f"<pre>{html.escape(aligned)}</pre>".encode())  # typed in a page
        headed = [f"{n}. {t}\n{o}" for n, t, _, o in rows if o]  # a line per measure, its report
        found["textdump"].append("\n".join([plan.title, *headed]).encode())
        found["html"].append("".join(f"<p>{line}</p>" for line in [plan.title, *headed]).encode())
        found["docx"].append(_word_paragraphs([plan.title, *headed]))
        for fmt in ("yaml", "json", "toml"):
            found[fmt].append(civplan.dumps(plan, fmt).encode())  # type: ignore[arg-type]
    for name, paragraphs in _prose(whole).items():
        found[name] = [paragraphs]
    with tempfile.TemporaryDirectory(prefix="civplan-fuzz-") as scratch:
        _written_seeds(found, whole, small, printed, Path(scratch))
    tabled = [page for page in found["html"] if b"<table" in page][:2]
    found["docx"].extend(_chunked(page) for page in tabled)  # web pages in Word documents
    # web pages saved as one file (MHTML), quoted-printable and base64: read as html
    found["html"].extend([_archived(page, "quoted-printable") for page in found["html"][:3]])
    found["html"].extend([_archived(page, "base64") for page in found["html"][:2]])
    for path in (ROOT / "tests" / "data" / "hostile").rglob("*"):
        kind = {".xlsx": "xlsx", ".ods": "ods", ".yaml": "yaml", ".toml": "toml", ".docx": "docx"}
        if path.suffix in kind:
            found[kind[path.suffix]].append(path.read_bytes())
    return found


def _archived(page: bytes, encoding: str) -> bytes:
    """A web page saved as one file, as Word saves it: a MIME message of the page and a part."""
    from email.charset import BASE64, QP, Charset
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related")
    charset = Charset("windows-1251" if encoding == "quoted-printable" else "utf-8")
    charset.body_encoding = QP if encoding == "quoted-printable" else BASE64
    text = page.decode("utf-8", "replace").encode(str(charset), "replace").decode(str(charset))
    part = MIMEText(text, "html", charset)  # type: ignore[arg-type]
    part["Content-Location"] = "file:///C:/Temp/report.htm"
    message.attach(part)
    message.attach(MIMEText("<xml></xml>", "xml", "utf-8"))
    return message.as_bytes()


def _prose(plan: civplan.Plan) -> dict[str, bytes]:
    """A report of ``plan`` in prose, as text and as a web page.

    Its paragraphs name each measure by its point («На виконання пункту 1.2 …», «1.3. …»)
    or retell its title.
    """
    paragraphs = [plan.title]
    for at, measure in enumerate(plan.measures()):
        told = measure.outcome.text if measure.outcome else "Виконано."
        paragraphs.append(
            (f"На виконання пункту {measure.number} Плану {told}", f"{measure.number}. {told}",
             f"{measure.title}. {told}")[at % 3]
        )  # fmt: skip
    return {
        "prose-text": "\n\n".join(paragraphs).encode(),
        "prose-html": "".join(f"<p>{p}</p>" for p in paragraphs).encode(),
    }


def _excel_xml(title: str, rows: list[tuple[str, ...]]) -> bytes:
    """Excel's XML workbook of a title merged across, a header and rows (numbers typed)."""
    from html import escape

    def cell(text: str) -> str:
        typed = "Number" if text.replace(".", "", 1).isdigit() else "String"
        return f'<Cell><Data ss:Type="{typed}">{escape(text)}</Data></Cell>'

    lines = [
        f'<Row><Cell ss:MergeAcross="3"><Data ss:Type="String">{escape(title)}</Data></Cell></Row>',
        "<Row>" + "".join(map(cell, ("№", "Найменування заходу", "Строк", "Результат"))) + "</Row>",
        *("<Row>" + "".join(map(cell, row)) + "</Row>" for row in rows),
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="Звіт"><Table>{"".join(lines)}</Table></Worksheet></Workbook>'
    ).encode()


def _csv(rows: list[tuple[str, ...]]) -> bytes:
    """Rows as Excel saves a sheet in Ukraine: «;» between cells, in ``windows-1251``."""
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("cp1251", errors="replace")


def _written_seeds(
    found: dict[str, list[bytes]],
    whole: civplan.Plan,
    small: civplan.Plan,
    printed: Collection[str],
    folder: Path,
) -> None:
    """The seeds written as files first: the layout fixtures, and what LibreOffice prints."""
    from layouts import GROUPING, TWO_LEVELS, write  # type: ignore[import-not-found]

    for layout in (TWO_LEVELS, GROUPING):
        for fmt in ("html", "odt", "docx", "ods", "csv"):  # a hand-made ODS: merged cells
            found[fmt].append(write(layout, fmt, folder).read_bytes())
    found["xlsx"].append(_month_dated())
    found["xlsx"].append(_sheet_per_section())
    if printed and shutil.which("soffice"):
        from layouts import libreoffice

        for target in printed:
            found[target] = []
            if target == "doc-marks":  # python-docx ends a document with its table
                for layout in (TWO_LEVELS, GROUPING):
                    made = libreoffice(write(layout, "docx", folder), "doc", folder / "marks")
                    found[target].append(made.read_bytes())
                continue
            # a PDF costs its reader in proportion to its characters: its seeds are
            # small documents (a two-page report, one-page tables), so inputs are many
            for plan in (whole, small) if target != "pdf" else (small,):
                for fmt in PRINTED[target]:
                    document = folder / f"seed-{target}-{len(found[target])}.{fmt}"
                    civplan.export(plan, fmt, document)
                    found[target].append(libreoffice(document, target, folder).read_bytes())
            if target == "pdf":
                for layout in (TWO_LEVELS, GROUPING):  # one page each, a table alone
                    for fmt in ("docx", "html"):
                        printed_layout = libreoffice(write(layout, fmt, folder), "pdf", folder)
                        found[target].append(printed_layout.read_bytes())
                    # and printed without rules, read by the alignment of its text: a Word
                    # table's cells at their rows' tops, a web page's centred in them
                    found[target].append(
                        libreoffice(_unruled(layout, folder), "pdf", folder).read_bytes()
                    )
                    page = write(layout, "html", folder)
                    plain = page.with_name(f"plain-{page.name}")
                    plain.write_bytes(page.read_bytes().replace(b' border="1"', b""))
                    found[target].append(libreoffice(plain, "pdf", folder).read_bytes())


def _word_paragraphs(texts: list[str]) -> bytes:
    """A Word document of these paragraphs (their lines broken apart), no table."""
    import docx

    document = docx.Document()
    for text in texts:
        for line in text.split("\n"):
            document.add_paragraph(line)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _chunked(page: bytes) -> bytes:
    """A Word document of a web page embedded whole (``w:altChunk``), and nothing else."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    part = Part(PackURI("/word/afchunk.htm"), "text/html", page, document.part.package)
    relation = document.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    )
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{relation}"/>'))
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _month_dated() -> bytes:
    """A hand-made workbook whose deadlines are dates shown as months, by their number formats."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["План роботи на 2025 рік"])
    sheet.append(["№", "Назва заходу", "Термін", "Стан виконання"])
    for number, shown in enumerate(("mmmm yyyy", "mmm-yy", "[$-422]mmmm;@"), start=1):
        sheet.append([number, f"Захід {number}", datetime.date(2025, number * 3, 1), "Виконано"])
        sheet.cell(number + 2, 3).number_format = shown
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _sheet_per_section() -> bytes:
    """A hand-made workbook of a sheet per section, read as one plan."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    caption = ["№", "Найменування заходу", "Строк", "Стан виконання"]
    for section, name in enumerate(("Освіта", "Культура", "Спорт"), start=1):
        sheet = book.create_sheet(name)
        sheet.append(["План роботи на 2025 рік"])
        sheet.append([f"Розділ {section}. {name}"])
        sheet.append(caption)
        for number in (1, 2):
            sheet.append(
                [f"{section}.{number}", f"Захід {section}.{number}", "ІІ квартал", "Виконано"]
            )
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _unruled(layout: object, folder: Path) -> Path:
    """A layout fixture as a Word document whose tables have no borders."""
    import docx
    from layouts import write  # type: ignore[import-not-found]

    word = docx.Document(str(write(layout, "docx", folder)))
    for table in word.tables:
        table.style = word.styles["Normal Table"]
    path = folder / f"unruled-{getattr(layout, 'name', 'layout')}.docx"
    word.save(str(path))
    return path


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """``data`` with a few random changes: bytes changed, inserted, deleted, cut, repeated."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            out += rng.choice(INTERESTING)
            continue
        at = rng.randrange(len(out))
        kind = rng.randrange(6)
        if kind == 0:
            out[at] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = rng.choice(INTERESTING)
        elif kind == 2:
            del out[at : at + rng.randint(1, 64)]
        elif kind == 3:
            del out[at:]
        elif kind == 4:
            out[at:at] = out[at : at + rng.randint(1, 256)] * rng.randint(2, 50)
        else:  # a number made large
            end = at
            while end < len(out) and chr(out[end]).isdigit():
                end += 1
            out[at:end] = rng.choice(INTERESTING[:5])
    return bytes(out)


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """A ZIP document with one of its XML parts mutated, rebuilt so that its checks pass."""
    unpacked = _unpack(data)
    if unpacked is None:  # an already damaged seed: mutate it as bytes
        return mutate_bytes(data, rng)
    names, parts = unpacked[0], dict(unpacked[1])
    xml = [name for name in names if name.endswith(".xml")] or names
    chosen = rng.choice(xml)
    parts[chosen] = mutate_bytes(parts[chosen], rng)
    out = io.BytesIO()
    # most archives are rebuilt stored, which is fast; one in four deflated, as documents are
    deflate = rng.randrange(4) == 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for name in names:
            compress = (
                zipfile.ZIP_DEFLATED if deflate and name != "mimetype" else zipfile.ZIP_STORED
            )
            target.writestr(name, parts[name], compress_type=compress, compresslevel=1)
    return out.getvalue()


@functools.lru_cache(maxsize=64)
def _unpack(data: bytes) -> tuple[list[str], dict[str, bytes]] | None:
    """A seed's part names and parts, read once (the seeds are few, the inputs many)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
        return names, {name: source.read(name) for name in names}
    except Exception:  # noqa: BLE001 - a damaged seed
        return None


def run(fmt: str, corpus: list[bytes], examples: int, rng: random.Random) -> int:
    """Fuzz one importer; the number of inputs that escaped."""
    escaped = 0
    zipped = fmt in ("xlsx", "ods", "docx", "odt")
    mutate: Callable[[bytes, random.Random], bytes] = mutate_zip if zipped else mutate_bytes
    plan = civplan.demo_plan() if fmt in PROSE else None  # prose is read against its plan
    signal.signal(signal.SIGALRM, _alarm)
    CRASHES.mkdir(exist_ok=True)
    current = CRASHES / f".current-{fmt}-{os.getpid()}.bin"  # an input that kills the process stays
    for _ in range(examples):
        data = mutate(rng.choice(corpus), rng)
        current.write_bytes(data)
        signal.alarm(10)
        # a reader looping in C or Rust never sees the alarm: end the process, keep the input
        faulthandler.dump_traceback_later(60, exit=True)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if fmt == "doc-marks":
                    read_word97(data, "<fuzz>")
                else:
                    civplan.load(io.BytesIO(data), PROSE.get(fmt, fmt), plan=plan)
        except civplan.CivplanError:
            pass
        except _HangError:
            escaped += 1
            _save(fmt, data, "took over 10 seconds")
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # noqa: BLE001 - what the fuzzer is looking for (a
            escaped += 1  # Rust reader's panic is a BaseException)
            _save(fmt, data, "".join(traceback.format_exception(error)))
        finally:
            signal.alarm(0)
            faulthandler.cancel_dump_traceback_later()
    current.unlink(missing_ok=True)
    return escaped


def _save(fmt: str, data: bytes, why: str) -> None:
    CRASHES.mkdir(exist_ok=True)
    name = f"{fmt}-{abs(hash(data)):x}"
    (CRASHES / f"{name}.bin").write_bytes(data)
    (CRASHES / f"{name}.txt").write_text(why, encoding="utf-8")
    print(f"  escaped: {name}: {why.strip().splitlines()[-1]}", file=sys.stderr)


def main() -> int:
    """Fuzz the importers named on the command line (all by default); 1 if an input escaped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("formats", nargs="*")
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    corpus = seeds(PRINTED.keys() if not args.formats else set(args.formats) & PRINTED.keys())
    rng = random.Random(args.seed)
    escaped = 0
    for fmt in args.formats or sorted(corpus):
        start = time.perf_counter()
        found = run(fmt, corpus[fmt], args.examples, rng)
        escaped += found
        print(f"{fmt:<9} {args.examples:>8} inputs  {found} escaped  "
              f"{time.perf_counter() - start:6.1f} s  (seed {args.seed})")  # fmt: skip
    return 1 if escaped else 0


if __name__ == "__main__":
    sys.exit(main())
