"""civplan's own export formats — XLSX, ODS and plain text — and the report layout they share.

Each format is a plugin registered in the ``civplan.exporters`` entry-point
group like any third party's; use them through :func:`civplan.export`.
"""
