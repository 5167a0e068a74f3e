"""The bundled example: the Luhansk oblast's report on its 2017 plan."""

from __future__ import annotations

from civplan.model.plan import Plan
from civplan.serialize.documents import loads

DEMO_RESOURCE = "data/luhansk-2017.yaml"


def demo_plan() -> Plan:
    """The bundled example report as a :class:`Plan`.

    It is the Luhansk oblast state administration's report on its 2017 plan
    for the National Strategy for promoting civil society development: 6
    sections and 15 measures, every text as the original has it (typos
    included), reporting as of 31 December 2017.
    """
    from importlib import resources

    text = resources.files("civplan").joinpath(DEMO_RESOURCE).read_text(encoding="utf-8")
    return loads(text, "yaml", source=f"civplan:{DEMO_RESOURCE}")
