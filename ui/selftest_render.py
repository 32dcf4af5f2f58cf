"""The self-test's Qt part: open a PDF with QtPdf and render its first page offscreen.

Proves that the bundle's Qt, its platform plugin and QtPdf (PDFium) load and draw, and reads
the page's text back so the self-test can check the Thai is copy-exact. Called lazily from
``app.maintenance.selftest``; makes a QGuiApplication on the offscreen platform when none exists.
"""
from __future__ import annotations

import os
from pathlib import Path

WHITE_THRESHOLD = 200  # grey level below which a pixel counts as ink


def _application():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # The self-test must run on a build machine or a PC without a desktop session.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["ita-desk-selftest"])
    return app


def ink_fraction(image) -> float:
    """Share of the image's pixels that are not (near) white, after flattening onto white."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    grey = flat.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())
    dark = bytes(1 if v < WHITE_THRESHOLD else 0 for v in range(256))
    ink = 0
    for y in range(height):
        ink += data[y * stride:y * stride + width].translate(dark).count(1)
    return ink / max(width * height, 1)


def render_first_page(pdf_path: Path | str, width_px: int = 620) -> dict:
    """Render page 1 of ``pdf_path``; returns pages, size, ink fraction and the page's text."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    app = _application()
    doc = QPdfDocument(app)
    try:
        error = doc.load(str(pdf_path))
        if error != QPdfDocument.Error.None_:
            raise RuntimeError(f"QtPdf could not open {pdf_path}: {error}")
        pages = doc.pageCount()
        if pages < 1:
            return {"pages": 0, "ink": 0.0, "text": ""}
        points = doc.pagePointSize(0)
        height_px = round(width_px * points.height() / points.width())
        image = doc.render(0, QSize(width_px, height_px))
        if image.isNull():
            raise RuntimeError("QtPdf rendered an empty image")
        text = doc.getAllText(0).text()
        return {"pages": pages, "width": image.width(), "height": image.height(),
                "ink": round(ink_fraction(image), 5), "text": text, "platform": app.platformName()}
    finally:
        doc.close()
        doc.deleteLater()
