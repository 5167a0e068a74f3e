"""Every error civplan raises on purpose.

Each error is a :class:`CivplanError` and also the built-in exception a caller
would naturally catch, so ``except ValueError`` keeps working::

    CivplanError
    ├── PlanValidationError(ValueError)     a plan breaks a rule of the model
    ├── DocumentError(ValueError)           a document cannot be read as a plan
    ├── UnknownNumberError(LookupError)     no measure or section has that number
    ├── UnknownFormatError(LookupError)     no exporter or importer of that name
    ├── PluginError(RuntimeError)           a plugin is broken or ambiguous
    ├── MissingDependencyError(ImportError) an optional extra is not installed
    ├── ExportError(RuntimeError)           an export could not be completed
    └── MergeError(ValueError)              reports that cannot be merged (civplan.model.merge)

    CivplanWarning(UserWarning)             something was changed or guessed on the way
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


class CivplanError(Exception):
    """Base class of every error civplan raises on purpose."""


class PlanValidationError(CivplanError, ValueError):
    """A plan, section, measure or deadline breaks a rule of the model.

    Attributes:
        location: where the problem is, as a path from the plan
            (``"sections[2].measures[0].number"``), or ``""`` when the error
            concerns the object being built itself.
    """

    def __init__(self, message: str, *, location: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class DocumentError(CivplanError, ValueError):
    """A document (file, string or stream) could not be read as a plan.

    Attributes:
        source: the file name, or a short description of the input.
        problems: one line per problem, each naming where it is
            (``"$.sections[2].measures[0].deadline: expected a mapping"``).
    """

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = list(problems)
        listing = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{source}: cannot read the plan:\n{listing}")


class UnknownNumberError(CivplanError, LookupError):
    """No measure or section of the plan has the requested number."""


class UnknownFormatError(CivplanError, LookupError):
    """No installed exporter or importer matches the requested format."""


class PluginError(CivplanError, RuntimeError):
    """A plugin could not be loaded, has the wrong shape, or clashes with another.

    Attributes:
        plugin: the entry point's name.
        distribution: the distribution that installed it (``"name version"``).
    """

    def __init__(self, message: str, *, plugin: str, distribution: str) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.distribution = distribution


class MissingDependencyError(CivplanError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""


class ExportError(CivplanError, RuntimeError):
    """An exporter failed; nothing was written to the target path."""


def password_protected(what: str, *, copy: str = "save a copy") -> str:
    """The problem of a document that needs a password to open, and how to read it anyway."""
    return (
        f"{what} protected by a password: open it with the password and {copy} without one, "
        "then read that"
    )


@contextlib.contextmanager
def unreadable_as_document_error(source: str, format: str) -> Iterator[None]:
    """Report any failure inside the block as a :class:`DocumentError` naming ``source``.

    For the calls where a reader library (zipfile, python-calamine,
    python-docx, an importer plugin) meets a damaged document: each library
    fails in its own way, and the user needs to hear only which file could
    not be read, and why. civplan's own errors pass unchanged.
    """
    try:
        yield
    except (CivplanError, Warning):  # a warning the host turned into an error stays one
        raise
    except Exception as error:
        raise DocumentError(
            source, [f"not a readable {format} document: {type(error).__name__}: {error}"]
        ) from error
    except BaseException as error:
        # a reader written in Rust (python-calamine) that panics raises pyo3's
        # PanicException, a BaseException: the document broke the reader, not the host
        if type(error).__name__ != "PanicException":
            raise
        raise DocumentError(
            source, [f"not a readable {format} document: its reader failed on it: {error}"]
        ) from None


class CivplanWarning(UserWarning):
    """civplan changed something on the way (removed a control character, split a cell)."""


class ReportDateWarning(CivplanWarning):
    """A report named no date of its own: civplan chose the date its statuses are as of.

    Irrelevant where the caller gives the date (``status_table(plan, as_of)``,
    ``civplan status --as-of``): filter it then.
    """
