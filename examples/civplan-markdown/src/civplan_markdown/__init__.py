"""A civplan exporter plugin: plans of measures as Markdown.

Sections become level-2 headings, each followed by a table of its measures,
with the columns, labels and language of civplan's own reports.
"""

from __future__ import annotations

from typing import IO

import civplan

__all__ = ["MarkdownExporter"]


def _cell(text: str) -> str:
    """A table cell: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


class MarkdownExporter:
    """Markdown: the report as headings and tables, for wikis and merge requests."""

    name = "markdown"
    extensions = (".md",)
    media_type = "text/markdown"
    binary = False
    options_type = civplan.ReportOptions

    def export(self, plan: civplan.Plan, stream: IO[str], options: civplan.ReportOptions) -> None:
        """Write the report as Markdown to a text stream."""
        table = civplan.report_table(plan, options)
        for line in table.title_lines:
            stream.write(f"# {_cell(line)}\n")
        header = "| " + " | ".join(_cell(c) for c in table.header) + " |\n"
        rule = "|" + "|".join("---" for _ in table.header) + "|\n"
        for row in table.rows():
            if isinstance(row, civplan.SectionRow):
                stream.write(f"\n## {_cell(row.text)}\n\n{header}{rule}")
            else:
                stream.write("| " + " | ".join(_cell(c) for c in row.cells) + " |\n")
