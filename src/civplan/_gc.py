"""Pausing the cyclic garbage collector while a plan is built."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, if it is running.

    Reading a document builds tens of thousands of objects that all live on
    (rows, measures, outcomes). Every collection their allocation triggers
    walks every one of them again — and everything else the program holds —
    so reading grows slower than the document grows. Reference counting
    still frees what is dropped at once; the collector resumes when the block
    ends, however it ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
