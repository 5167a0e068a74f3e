"""Writing files so that a failure never leaves a partial or clobbered file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: Path, *, binary: bool) -> Iterator[IO[Any]]:
    r"""A stream whose content replaces ``path`` only when the block ends without error.

    The data goes to a temporary file beside ``path``; on success it is
    flushed to disk and renamed over ``path`` in one step, on failure it is
    removed and ``path`` is left as it was. Text streams write UTF-8 with
    ``\n`` line ends.
    """
    path = Path(path)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        if binary:
            stream: IO[Any] = os.fdopen(fd, "wb")
        else:
            stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
