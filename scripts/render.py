"""Render the bundled report as LibreOffice prints it: XLSX and ODS → PDF → PNG pages.

Usage: python scripts/render.py [OUT_DIR]   (make render; default OUT_DIR: docs/images)

Needs LibreOffice (soffice) and poppler-utils (pdftoppm) — on Debian:
apt-get install libreoffice-calc poppler-utils. Prints the PNG files it made.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import civplan

OPTIONS = civplan.ReportOptions(columns=("number", "title", "deadline", "outcome", "status"))


def render(out: Path, resolution: int = 80) -> list[Path]:
    """Export the bundled report, print it with LibreOffice, and return the PNG pages."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        sys.exit("render: needs LibreOffice (soffice) and poppler-utils (pdftoppm)")
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    with tempfile.TemporaryDirectory() as work:
        for fmt in ("xlsx", "ods", "docx"):
            source = Path(work) / f"luhansk-2017.{fmt}"
            civplan.export(civplan.demo_plan(), fmt, source, options=OPTIONS)
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{work}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    work,
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )
            for old in out.glob(f"luhansk-2017-{fmt}-*.png"):
                old.unlink()
            prefix = out / f"luhansk-2017-{fmt}"
            pdf = source.with_suffix(".pdf")
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(prefix)], check=True
            )
            pages += sorted(out.glob(f"luhansk-2017-{fmt}-*.png"))
    return pages


if __name__ == "__main__":
    for page in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(page)
