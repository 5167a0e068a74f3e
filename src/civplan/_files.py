"""Writing files so that a failure never leaves a partial or clobbered file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from civplan._errors import ExportError


def _umask() -> int:
    """The process's umask, read without setting it (other threads may be creating files)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _check_target(path: Path) -> int | None:
    """Refuse a target the user could not write with ``open(path, "w")``; its mode if it exists."""
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give the file to write")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: its folder {path.parent} does not exist")
    try:
        existing = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ExportError(f"{path}: {(error.strerror or str(error)).lower()}") from None
    mode = stat.S_IMODE(existing.st_mode)
    if not os.access(path, os.W_OK) or not mode & 0o222:  # no one may write it, root included
        raise ExportError(f"{path}: the file is read-only; it was left as it is")
    return mode


def _clean_leftovers(path: Path) -> None:
    """Remove temporary files that a process writing ``path`` left when it was killed."""
    for leftover in path.parent.glob(f".{path.name}.*.part"):
        pid = leftover.name[len(path.name) + 2 :].split(".", 1)[0]
        if not pid.isdecimal() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:  # its writer is gone
            with contextlib.suppress(OSError):
                leftover.unlink()
        except OSError:
            continue


@contextlib.contextmanager
def atomic_output(path: Path, *, binary: bool) -> Iterator[IO[Any]]:
    r"""A stream whose content replaces ``path`` only when the block ends without error.

    The data goes to a temporary file beside ``path`` (named after it and the
    writing process, so that the next export removes it if the process was
    killed); on success it is flushed to disk and renamed over ``path`` in one
    step, keeping an existing file's mode; on failure it is removed and
    ``path`` is left as it was. A target the user could not write — a
    read-only file, a folder, a missing folder — is refused first. Text
    streams write UTF-8 with ``\n`` line ends.

    Raises:
        ExportError: the file cannot be written; the message names ``path``.
    """
    path = Path(path)
    mode = _check_target(path)
    _clean_leftovers(path)
    try:
        fd, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".part"
        )
    except OSError as error:
        raise ExportError(f"{path}: cannot write in {path.parent}: {_reason(error)}") from None
    try:
        if binary:
            stream: IO[Any] = os.fdopen(fd, "wb")
        else:
            stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportError(f"{path}: {_reason(error)}; it was left as it was") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _reason(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()
