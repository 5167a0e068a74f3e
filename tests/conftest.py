"""Shared test set-up: Hypothesis settings for shared, noisy machines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "civplan", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("civplan")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "luhansk-2017-report.txt"


@pytest.fixture
def seed_text() -> str:
    """The reference report as its text dump."""
    return SEED.read_text(encoding="utf-8")
