""""บันทึกเป็น Word…": the Documents page's editable Word copy of the chosen document.

The officer picks the file first (the name proposed from the document, ending in .docx), then the
copy is built by ``app.docx.build_docx`` on the page's own background runner (its own build
process, started while the officer chooses the file, so a PDF preview being built is not
disturbed) with the same request and memo as the PDF, and written atomically (``app.fsio``): a
failure leaves the old file or none, and says so in Thai.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from app.docx import build_docx
from app.fsio import FileError, write_bytes
from app.reports import DocumentRequest
from ui.file_dialogs import WORD
from ui.workers import ReportRunner

WORD_FILTER = "เอกสาร Word (*.docx)"


class WordExport(QObject):
    """Owns the button and the runner; tells the page what to show through ``status``."""

    status = Signal(str)  # a Thai line for the page's status label
    saved = Signal(object)  # the Path written

    def __init__(self, page: QWidget, db, request: Callable[[], DocumentRequest | None],
                 file_name: Callable[[DocumentRequest], str]) -> None:
        super().__init__(page)
        self.page = page
        self.request = request
        self.file_name = file_name
        self.button = QPushButton(self.tr("บันทึกเป็น Word…"), page)
        self.button.setToolTip(self.tr("ไฟล์ .docx ที่แก้ไขต่อได้ใน Word หรือ LibreOffice (Ctrl+Shift+W)"))
        self.button.clicked.connect(self.save)
        self.runner = ReportRunner(db, self, builder=build_docx)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.progress.connect(
            lambda _f, message: self.status.emit(self.tr("กำลังสร้างไฟล์ Word: %1").replace("%1", message)))
        self._target: Path | None = None

    def ask_path(self, request: DocumentRequest) -> Path | None:
        folders = getattr(getattr(self.page, "ctx", None), "folders", None)
        if folders is not None:  # Documents first, then the folder last used for Word copies
            return folders.save_file(self.page, WORD, self.tr("บันทึกเป็น Word"), self.file_name(request),
                                     self.tr(WORD_FILTER), ".docx")
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("บันทึกเป็น Word"), self.file_name(request),
                                              self.tr(WORD_FILTER))
        if not path:
            return None
        return Path(path) if path.lower().endswith(".docx") else Path(path + ".docx")

    def save(self, target: Path | None = None) -> int | None:
        """Build the Word copy of the page's current request into ``target`` (asked when None)."""
        request = self.request()
        if request is None:
            self.status.emit(self.tr("เลือกหน่วยงานและปีงบประมาณก่อน"))
            return None
        try:
            request.validate()
        except ValueError as exc:
            self.status.emit(str(exc))
            return None
        if target is None:
            self.runner.process.start_soon()  # its build process warms up while the file is chosen
            target = self.ask_path(request)
        if target is None:
            return None
        self._target = target
        self.button.setEnabled(False)
        self.status.emit(self.tr("กำลังสร้างไฟล์ Word…"))
        return self.runner.generate(request)

    def _on_finished(self, data: bytes, _request) -> None:
        self.button.setEnabled(True)
        target, self._target = self._target, None
        if target is None:
            return
        try:
            write_bytes(target, data)
        except FileError as exc:
            self.status.emit(str(exc))
            return
        self.status.emit(self.tr("บันทึกไฟล์ Word %1 แล้ว").replace("%1", target.name))
        self.saved.emit(target)

    def _on_failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self._target = None
        self.status.emit(message)
