"""Pictures for the Word copies: a ReportLab image's bytes, and drawings rendered to PNG.

A drawing with no Word twin (the score chart) is drawn by its own flowable onto a one-page PDF the
size of the drawing and rendered at print resolution by PDFium (pypdfium2), so the Word copy shows
exactly the shapes and shaped Thai labels the PDF shows; ReportLab's own bitmap renderer would need
a Cairo binding and cannot shape Thai.
"""
from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable, Image

PRINT_DPI = 200
MAX_HEIGHT = 2000.0  # pt: room offered to a drawing's wrap()


def image_bytes(img: Image) -> bytes | None:
    """The encoded image a ReportLab Image was made from (JPEG or PNG)."""
    reader = getattr(img, "_img", None)
    fp = getattr(reader, "fp", None)
    if isinstance(fp, io.BytesIO):
        return fp.getvalue()
    source = getattr(img, "filename", None)
    if isinstance(source, io.BytesIO):
        return source.getvalue()
    if isinstance(source, str):
        try:
            with open(source, "rb") as fh:
                return fh.read()
        except OSError:
            return None
    return None


def rasterize(flowable: Flowable, width: float) -> tuple[bytes, float] | None:
    """(PNG bytes, width in pt) of ``flowable`` drawn ``width`` pt wide; None if it draws nothing."""
    import pypdfium2  # only the Word export needs it: keep it off every other start-up path

    w, h = flowable.wrap(width, MAX_HEIGHT)
    if w <= 0 or h <= 0:
        return None
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(w, h))
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    pdf = pypdfium2.PdfDocument(buf.getvalue())
    try:
        bitmap = pdf[0].render(scale=PRINT_DPI / 72.0)
        out = io.BytesIO()
        bitmap.to_pil().save(out, "PNG", optimize=True)
    finally:
        pdf.close()
    return out.getvalue(), w
