"""Preview and printing of a generated PDF with QtPdf.

``PdfPreview`` shows a PDF held in memory: page navigation, zoom, fit width / whole page.
``PrintJob`` paints a ``QPdfDocument``'s pages onto a ``QPrinter`` (any printer, or a PDF
file), each page rendered as an image at up to ``PRINT_DPI`` and turned to the page's own
orientation (plans and progress tables are landscape, memos portrait).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QMarginsF, QObject, QPointF, QRectF, QSize, QTemporaryDir, Qt, QTimer, Signal,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

PRINT_DPI = 300
ZOOM_STEP = 1.2


class PdfPreview(QWidget):
    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = str  # the page gives its context's digit rule
        self._tmp = QTemporaryDir()
        self._serial = 0
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")

        def button(text: str, tip: str, slot) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.prev_button = button("▲", self.tr("หน้าก่อน (Page Up)"), lambda: self.go_to(self.current_page() - 1))
        self.next_button = button("▼", self.tr("หน้าถัดไป (Page Down)"), lambda: self.go_to(self.current_page() + 1))
        self.page_label = QLabel(self)
        self.zoom_out_button = button("−", self.tr("ย่อ (Ctrl+-)"), self.zoom_out)
        self.zoom_in_button = button("+", self.tr("ขยาย (Ctrl++)"), self.zoom_in)
        self.fit_width_button = button(self.tr("พอดีความกว้าง"), self.tr("พอดีความกว้าง (Ctrl+0)"), self.fit_width)
        self.fit_page_button = button(self.tr("ทั้งหน้า"), self.tr("เห็นทั้งหน้า"), self.fit_page)
        self.fit_width_button.setCheckable(True)
        self.fit_page_button.setCheckable(True)
        self.zoom_label = QLabel(self)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.next_button, self.page_label):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button, self.fit_page_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for seq, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                          (QKeySequence("Ctrl+0"), self.fit_width)):
            QShortcut(seq, self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.pageNavigator().currentPageChanged.connect(lambda *_: self._sync())
        self.view.zoomFactorChanged.connect(lambda *_: self._sync())
        self.document.pageCountChanged.connect(lambda *_: self._sync())
        app = QCoreApplication.instance()
        if app is not None:
            # A document still open in a view when Python finalises crashes PySide6 6.12; let go first.
            app.aboutToQuit.connect(self.release)
        self._sync()

    def release(self) -> None:
        """Close the document and detach it from the view (before the program exits)."""
        try:
            self.view.setDocument(None)
            self.document.close()
        except RuntimeError:
            pass

    # --- loading -----------------------------------------------------------------------------

    def load_bytes(self, data: bytes) -> bool:
        """Show ``data`` (a PDF); returns whether QtPdf could read it."""
        self._serial += 1
        path = Path(self._tmp.path()) / f"preview-{self._serial}.pdf"
        path.write_bytes(data)
        self.document.close()
        error = self.document.load(str(path))
        ok = error == QPdfDocument.Error.None_ and self.document.status() == QPdfDocument.Status.Ready
        self.fit_width()
        self._sync()
        if ok:
            self.loaded.emit(self.document.pageCount())
        return ok

    def clear(self) -> None:
        self.document.close()
        self._sync()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    # --- navigation and zoom -----------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, self.view.zoomFactor() * ZOOM_STEP))

    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, self.view.zoomFactor() / ZOOM_STEP))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._sync()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._sync()

    def _sync(self) -> None:
        try:
            self._sync_now()
        except RuntimeError:  # signals still arrive while the widget is being torn down
            pass

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._sync_now()  # the page number in the digits the page handed over after construction

    def _sync_now(self) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        self.page_label.setText(self.digits(self.tr("หน้า %1 / %2").replace("%1", str(page)).replace("%2", str(count))))
        mode = self.view.zoomMode()
        if mode != QPdfView.ZoomMode.Custom:
            self.zoom_label.setText("")  # the fit buttons say it
        else:
            self.zoom_label.setText(self.digits(f"{self.view.zoomFactor() * 100:.0f}%"))
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        for w in (self.prev_button, self.next_button, self.zoom_in_button, self.zoom_out_button,
                  self.fit_width_button, self.fit_page_button):
            w.setEnabled(count > 0)
        self.prev_button.setEnabled(page > 1)
        self.next_button.setEnabled(0 < page < count)


class PrintJob(QObject):
    """Prints pages ``first``..``last`` one page per turn of the event loop, so the window keeps
    painting and answering while a long document goes to the printer: ``progress(done, total)``
    after each page, ``finished(printed)`` at the end (0 when cancelled or the printer failed).
    ``cancel()`` stops after the page being drawn and aborts the job on the printer."""

    progress = Signal(int, int)
    finished = Signal(int)

    def __init__(self, document: QPdfDocument, printer: QPrinter, first: int = 1, last: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        count = document.pageCount()
        self.document, self.printer = document, printer
        self.first = max(1, first)
        self.last = count if last is None else min(last, count)
        self.total = max(0, self.last - self.first + 1)
        self.printed = 0
        self._painter = QPainter()
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        if self.total == 0:
            self._finish(0)
            return
        self._timer.start()

    def cancel(self) -> None:
        self._cancelled = True

    def _step(self) -> None:
        if self._cancelled:
            if self._painter.isActive():
                self.printer.abort()
                self._painter.end()
            self._finish(0)
            return
        number = self.first + self.printed
        if not _print_page(self.document, self.printer, self._painter, number, self.printed == 0):
            self._finish(0)
            return
        self.printed += 1
        self.progress.emit(self.printed, self.total)
        if self.printed == self.total:
            self._painter.end()
            self._finish(self.printed)

    def _finish(self, printed: int) -> None:
        self._timer.stop()
        self.finished.emit(printed)


def _print_page(document: QPdfDocument, printer: QPrinter, painter: QPainter, number: int, first: bool) -> bool:
    """Draw page ``number`` (1-based) on the printer in the page's own orientation."""
    size_pt = document.pagePointSize(number - 1)
    landscape = size_pt.width() > size_pt.height()
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                         QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                         QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    if first:
        if not painter.begin(printer):
            return False
    else:
        printer.newPage()
    dpi = min(PRINT_DPI, printer.resolution())
    target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    target.moveTo(0, 0)
    scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
    w, h = size_pt.width() * scale, size_pt.height() * scale
    pixels = QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
    image = document.render(number - 1, pixels)
    painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h),
                      image)
    return True

