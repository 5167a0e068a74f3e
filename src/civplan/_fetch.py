"""Fetching a document from an address (``https://…``), with the standard library.

Only ``http`` and ``https`` are fetched; redirects are followed at most
:data:`MAX_REDIRECTS` times and only to ``http``/``https``; the connection
times out after :data:`TIMEOUT` seconds without data; a response larger than
:data:`MAX_BYTES` is refused. The body is spooled to a temporary file (in
memory while small) and read like any other stream.
"""

from __future__ import annotations

import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from typing import IO, Any

from civplan._errors import DocumentError

TIMEOUT = 30.0
"""Seconds to wait for the server at each step."""
MAX_BYTES = 100 * 2**20
"""The largest document fetched (100 MB)."""
MAX_REDIRECTS = 5
"""How many redirects are followed."""

_ADDRESS = re.compile(r"https?://", re.IGNORECASE)


def is_address(source: object) -> bool:
    """Whether ``source`` is an ``http``/``https`` address rather than a path."""
    return isinstance(source, str) and _ADDRESS.match(source) is not None


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, "redirect to a non-web address", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(address: str, version: str) -> tuple[IO[bytes], str | None]:
    """The document at ``address`` as a seekable stream, and its media type if the server gave one.

    Raises:
        DocumentError: the server cannot be reached, answers with an error,
            or sends more than :data:`MAX_BYTES`.
    """
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(address, headers={"User-Agent": f"civplan/{version}"})  # noqa: S310 - http(s) only, checked above
    body = tempfile.SpooledTemporaryFile(max_size=1 << 24)  # noqa: SIM115 - returned open
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            media_type = response.headers.get_content_type() if response.headers else None
            size = 0
            while chunk := response.read(1 << 20):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise DocumentError(
                        address,
                        [f"the document is larger than civplan fetches ({MAX_BYTES // 2**20} MB)"],
                    )
                body.write(chunk)
    except urllib.error.HTTPError as error:
        body.close()
        error.close()  # the response it holds
        raise DocumentError(address, [f"the server answered {error.code} {error.reason}"]) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        body.close()
        reason = getattr(error, "reason", None) or error
        raise DocumentError(address, [f"cannot fetch the document: {reason}"]) from None
    except DocumentError:
        body.close()
        raise
    body.seek(0)
    return body, media_type
