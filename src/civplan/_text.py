"""Characters no XML document — so no XLSX, ODS or DOCX — can hold, and ones that show nothing."""

from __future__ import annotations

import codecs
import re

ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Control characters but tab, line feed and carriage return; non-characters; lone surrogates."""


def has_illegal(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`ILLEGAL`; quick for ordinary text.

    Every such character is unprintable, so text that is printable but for
    its line breaks needs no closer look (``isprintable`` is several times
    quicker than the regular expression).
    """
    if text.replace("\n", "").isprintable():
        return False
    return ILLEGAL.search(text) is not None


def printable(text: str) -> str:
    """``text`` without the characters a document cannot hold."""
    return ILLEGAL.sub("", text) if has_illegal(text) else text


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def visible(text: str) -> str:
    """``text`` without the characters that show nothing, which would part or join words.

    A soft hyphen («Прове&shy;дено»), a zero-width space or word joiner and a
    stray byte-order mark, as web pages and copied text hold them: «Проведено»
    is read as the word it shows. Quick for text without them.
    """
    if text.isprintable():
        return text
    for char in "\u00ad\u200b\u2060\ufeff":  # a scan in C each; translating costs far more
        if char in text:
            return text.translate(_INVISIBLE)
    return text


def text_of(data: bytes) -> str:
    """A text file's text as read: :func:`decoded`, and cleaned (:func:`cleaned`)."""
    return cleaned(decoded(data))


def cleaned(text: str) -> str:
    """A text without what shows nothing (:func:`visible`) nor what no document can hold.

    (:func:`printable`: the control characters of damaged bytes, which a title or
    a cell of them alone would carry into the model, which refuses them); a form
    feed, a page's end, ends a line (dropped, it glued the page's last line to
    the next page's first).
    """
    if "\f" in text:  # a page break, as a PDF's text with its layout kept has: a line's end
        text = text.replace("\f", "\n")
    return printable(visible(text))


def page_starts(text: str) -> tuple[int, ...]:
    """The line (from 0) of :func:`cleaned` text where each page after the first begins.

    A PDF's text with its layout kept (``pdftotext -layout``) ends each page
    with a form feed, which :func:`cleaned` makes a line's end.
    """
    starts: list[int] = []
    line = 0
    for page in text.split("\f")[:-1]:  # the lines a page ends with the break's own
        line += len((cleaned(page) + "\n").splitlines())
        starts.append(line)
    return tuple(starts)


_BREAKS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"


def line_count(text: str) -> int:
    """How many lines ``text`` holds, as :meth:`str.splitlines` parts it, counted without it."""
    return 1 + sum(text.count(char) for char in _BREAKS) - text.count("\r\n")


def decoded(data: bytes) -> str:
    """A text file's text: UTF-8 (its byte-order mark dropped), else ``windows-1251``.

    Windows saves a Ukrainian text or sheet in ``windows-1251`` where it is not
    told otherwise (Notepad of old, Excel's CSV); UTF-8 text never reads as it.
    Text that opens with UTF-16's byte-order mark is UTF-16 (Excel's «Unicode
    text», Notepad's «Unicode»).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")
