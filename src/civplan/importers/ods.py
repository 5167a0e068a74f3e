"""ODS: a report table from LibreOffice Calc, civplan's own or hand-made.

Values are read with python-calamine, which is fast and expands no XML
entities; the archive is checked before it is read. python-calamine reads a
tab in a cell as nothing, so a spreadsheet with tabs is read by civplan's
own exact reader (:mod:`civplan.importers.odsxml`) instead. The first visible
table with a report is the report; civplan's own hidden ``civplan`` table,
when present, completes it.
"""

from __future__ import annotations

from typing import IO

from civplan.importers import odsxml
from civplan.importers.archive import open_archive
from civplan.importers.spreadsheet import plan_from_calamine, plan_from_sheets
from civplan.model.plan import Plan

MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


class OdsImporter:
    """ODS: a report table from LibreOffice Calc, civplan's own or hand-made."""

    name = "ods"
    extensions = (".ods",)
    media_type = MEDIA_TYPE

    def sniff(self, head: bytes) -> bool:
        """A ZIP archive whose first entry names the spreadsheet media type."""
        return head.startswith(b"PK\x03\x04") and MEDIA_TYPE.encode() in head[:200]

    def load(self, stream: IO[bytes], source: str) -> Plan:
        """Read the plan from a seekable binary stream."""
        with open_archive(stream, source, xml_parts=("content.xml", "styles.xml")) as archive:
            if odsxml.has_tabs(archive):
                sheets = [(s.name, s.visible, s.rows) for s in odsxml.read_sheets(archive, source)]
                return plan_from_sheets(sheets, source)
        stream.seek(0)
        return plan_from_calamine(stream, source, extra="ods")
