"""The domain model: plans, deadlines, statuses and their assessment.

This layer knows nothing of file formats, plugins or the command line. Import
its names from :mod:`civplan`.
"""
