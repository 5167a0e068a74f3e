"""ZIP archives whose bytes depend only on their content.

XLSX and ODS files are ZIP archives, and a ZIP entry records when it was
written. civplan stamps every entry with one fixed time, so exporting the
same plan twice gives the same bytes.
"""

from __future__ import annotations

import zipfile
from typing import Any

STAMP = (1980, 1, 1, 0, 0, 0)
"""The time every entry carries: the earliest a ZIP archive can record."""


class ReproducibleZipFile(zipfile.ZipFile):
    """A :class:`zipfile.ZipFile` that stamps every entry with :data:`STAMP`."""

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Add an entry, stamped with the fixed time."""
        if isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zinfo_or_arcname
            info.date_time = STAMP
        else:
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=STAMP)
            info.compress_type = self.compression if compress_type is None else compress_type
            info.external_attr = 0o644 << 16
        super().writestr(info, data, compress_type, compresslevel)
