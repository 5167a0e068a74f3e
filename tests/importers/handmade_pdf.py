"""A PDF written by hand: ruled lines and texts, each at its place, level, turned or slanted.

For what LibreOffice cannot be asked to print: a watermark across a table, a caption turned
exactly so. Its font is Helvetica in WinAnsi, so its texts are English.
"""

from __future__ import annotations

from collections.abc import Sequence

Matrix = tuple[float, float, float, float]
LEVEL: Matrix = (1, 0, 0, 1)
UPWARD: Matrix = (0, 1, -1, 0)  # turned anticlockwise: read bottom to top
SLANTED: Matrix = (0.7071, 0.7071, -0.7071, 0.7071)  # a watermark's


Page = tuple[
    Sequence[tuple[float, float, float, float]], Sequence[tuple[float, float, Matrix, float, str]]
]


def handmade_pdf(
    lines: Sequence[tuple[float, float, float, float]],
    texts: Sequence[tuple[float, float, Matrix, float, str]],
) -> bytes:
    """A one-page A4 PDF: ``lines`` (x0, y0, x1, y1), ``texts`` (x, y, matrix, size, text),
    in PDF points from the page's lower left corner."""
    return handmade_pages([(lines, texts)])


def handmade_pages(pages: Sequence[Page]) -> bytes:
    """An A4 PDF of these pages, each its lines and texts as :func:`handmade_pdf` takes them."""
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for n, (lines, texts) in enumerate(pages):
        drawn = ["0.5 w", *(f"{x0} {y0} m {x1} {y1} l S" for x0, y0, x1, y1 in lines)]
        for x, y, (a, b, c, d), size, text in texts:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            drawn.append(f"BT /F1 {size} Tf {a} {b} {c} {d} {x} {y} Tm ({escaped}) Tj ET")
        stream = "\n".join(drawn).encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * n)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return bytes(out)


def ruled_table(
    columns: Sequence[float], rows: Sequence[float], cells: Sequence[Sequence[str]]
) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float, Matrix, float, str]]]:
    """A table's rules on ``columns`` and ``rows`` (top first), and its cells' level texts."""
    lines = [(x, rows[-1], x, rows[0]) for x in columns]
    lines += [(columns[0], y, columns[-1], y) for y in rows]
    texts = [
        (columns[c] + 4, rows[r + 1] + 8, LEVEL, 10, text)
        for r, row in enumerate(cells)
        for c, text in enumerate(row)
        if text
    ]
    return lines, texts
