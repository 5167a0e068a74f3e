"""civplan: plans of measures and reports on their implementation, typed and checkable.

The public API is what this module exports (see ``__all__``); the
subpackages hold the implementation, in layers that import downward only:
``model`` (the plan, deadlines, statuses), ``serialize`` (the plan as plain
data: JSON, YAML, TOML), ``report`` (the report, whatever its format),
``exporters`` and ``importers`` (file formats), this public API, and ``cli``.
See ``docs/architecture.md``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from civplan._errors import (
    CivplanError,
    CivplanWarning,
    DocumentError,
    ExportError,
    MissingDependencyError,
    PlanValidationError,
    PluginError,
    ReportDateWarning,
    UnknownFormatError,
    UnknownNumberError,
)
from civplan._limits import Limits, limits
from civplan._vocabulary import VOCABULARY, say
from civplan.exporting import Exporter, export, get_exporter, list_exporters
from civplan.model.assess import Assessment, Confidence, Reason, assess
from civplan.model.cues import LEXICON, Cue, CueKind
from civplan.model.deadline import Deadline, DeadlineKind
from civplan.model.events import Event
from civplan.model.indicators import Indicator, TargetCheck
from civplan.model.justification import REASON_KINDS, ReasonKind
from civplan.model.language import Lang, format_date
from civplan.model.merge import Contribution, Merged, MergeError, StatusConflict, merge
from civplan.model.plan import Approval, Funding, Measure, Outcome, Plan, Section, Target
from civplan.model.reading import Evidence
from civplan.model.records import records, to_pandas
from civplan.model.status import Status
from civplan.model.summary import RATE_WEIGHTS, ReasonGroup, SectionSummary, Summary, summarize
from civplan.plugins import FormatInfo
from civplan.report.columns import ReportColumn
from civplan.report.options import ReportOptions
from civplan.report.table import MeasureRow, ReportTable, SectionRow, report_table

if TYPE_CHECKING:
    from civplan._demo import demo_plan
    from civplan.exporters.text import TextOptions, status_table
    from civplan.importers.hints import Hints
    from civplan.importers.understanding import Explanation
    from civplan.importing import Importer, explain, get_importer, list_importers, load
    from civplan.serialize.converter import make_converter
    from civplan.serialize.documents import DOCUMENT_EXTENSIONS, dumps, loads, save

# loaded on first use, so that ``import civplan`` stays quick (cattrs, YAML …)
_LAZY = {
    "DOCUMENT_EXTENSIONS": "civplan.serialize.documents",
    "Explanation": "civplan.importers.understanding",
    "Hints": "civplan.importers.hints",
    "Importer": "civplan.importing",
    "explain": "civplan.importing",
    "TextOptions": "civplan.exporters.text",
    "demo_plan": "civplan._demo",
    "dumps": "civplan.serialize.documents",
    "get_importer": "civplan.importing",
    "list_importers": "civplan.importing",
    "load": "civplan.importing",
    "loads": "civplan.serialize.documents",
    "make_converter": "civplan.serialize.converter",
    "save": "civplan.serialize.documents",
    "status_table": "civplan.exporters.text",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'civplan' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "DOCUMENT_EXTENSIONS",
    "LEXICON",
    "RATE_WEIGHTS",
    "REASON_KINDS",
    "VOCABULARY",
    "Approval",
    "Assessment",
    "CivplanError",
    "CivplanWarning",
    "Confidence",
    "Contribution",
    "Cue",
    "CueKind",
    "Deadline",
    "DeadlineKind",
    "DocumentError",
    "Event",
    "Evidence",
    "Explanation",
    "ExportError",
    "Exporter",
    "FormatInfo",
    "Funding",
    "Hints",
    "Importer",
    "Indicator",
    "Lang",
    "Limits",
    "Measure",
    "MeasureRow",
    "MergeError",
    "Merged",
    "MissingDependencyError",
    "Outcome",
    "Plan",
    "PlanValidationError",
    "PluginError",
    "Reason",
    "ReasonGroup",
    "ReasonKind",
    "ReportColumn",
    "ReportDateWarning",
    "ReportOptions",
    "ReportTable",
    "Section",
    "SectionRow",
    "SectionSummary",
    "Status",
    "StatusConflict",
    "Summary",
    "Target",
    "TargetCheck",
    "TextOptions",
    "UnknownFormatError",
    "UnknownNumberError",
    "assess",
    "demo_plan",
    "dumps",
    "explain",
    "export",
    "format_date",
    "get_exporter",
    "get_importer",
    "limits",
    "list_exporters",
    "list_importers",
    "load",
    "loads",
    "make_converter",
    "merge",
    "records",
    "report_table",
    "save",
    "say",
    "status_table",
    "summarize",
    "to_pandas",
]
