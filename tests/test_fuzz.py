"""A short run of the fuzzing harness: damaged documents end in a plan or a CivplanError."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).parents[1] / "fuzz" / "importers.py"


def test_a_short_fuzzing_run_finds_nothing_escaping() -> None:
    formats = ["csv", "docx", "excel-xml", "html", "json", "ods", "odt", "textdump", "xlsx", "yaml"]
    formats += ["prose-text", "prose-html"]  # reports in paragraphs, read with their plan
    done = subprocess.run(
        [sys.executable, str(HARNESS), "--examples", "150", "--seed", "2026", *formats],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(" 0 escaped") == len(formats)
