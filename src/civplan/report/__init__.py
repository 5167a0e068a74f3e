"""The report, independent of any file format: what every exporter draws and every importer reads.

This layer sits between the model and the formats. It holds the report's
columns (one enum for writers, readers and the carried plan), its options,
its rows and heading rows, the summary's tables, the constants of the
spreadsheet forms (fonts, colours, widths, limits), and the contract by which
civplan's own reports carry what their table cannot show
(:mod:`civplan.report.embedded`). It imports the model, never a format.
"""
