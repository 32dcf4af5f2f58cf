"""The Excel menu actions of the main window and what they do.

``make_excel_actions(ctx, window)`` returns the actions (with separators) for the window's "แฟ้ม"
menu: export the unit's summary workbook, write the score template, import a filled template
(shown in ``ScoreImportDialog`` before anything is saved) and consolidate many units' workbooks
(``ConsolidateDialog``). Writing a workbook runs in a ``BackgroundTask`` with its own database
session while a busy bar shows in the window's status bar; results and refusals are told in
non-blocking message boxes (``last_box``), the success ones with a "เปิดโฟลเดอร์" button.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget
from sqlalchemy.orm import Session

from app.services.years import CatalogueNeeded, catalogue_choices, catalogue_of_year
from app.store.models import Unit
from ui.context import UiContext
from ui.file_dialogs import EXCEL
from ui.dialogs.background import BackgroundTask, Report
from ui.tr import translator

if TYPE_CHECKING:  # openpyxl and the dialogs load on first use, not at start-up
    from ui.dialogs.consolidate_dialog import ConsolidateDialog
    from ui.dialogs.score_import_dialog import ScoreImportDialog

XLSX_FILTER = "สมุดงาน Excel (*.xlsx)"
OPEN_FILTER = "สมุดงาน Excel (*.xlsx);;ทุกไฟล์ (*)"


_tr = translator("ExcelActions")


def safe_file_name(text: str) -> str:
    """A file name Windows accepts: no \\ / : * ? " < > | and no trailing dots or spaces."""
    return re.sub(r'[\\/:*?"<>|\r\n\t]+', "-", text).strip(" .") or "ITA"


def catalogue_code_for(session: Session, unit: Unit, year: int) -> str:
    """The catalogue the year's scores use: the assessment's, else the year's own (a year with
    none raises CatalogueNeeded: the year dialog asks which to copy, never a silent default)."""
    assessment = next((a for a in unit.assessments if a.fiscal_year == year), None)
    if assessment is not None:
        return assessment.catalogue.code
    own = catalogue_of_year(session, year)
    if own is None:
        raise CatalogueNeeded(year, catalogue_choices(session))
    return own.code


class ExcelActions(QObject):
    """Owns the actions, the background task and the status-bar busy indicator; a child of the
    window, so it lives as long (``window.findChild(ExcelActions)`` finds it)."""

    def __init__(self, ctx: UiContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.folder: Path | None = None  # where the last file went or came from (this session only)
        self.last_box: QMessageBox | None = None
        self.last_dialog: QWidget | None = None
        self.last_written: Path | None = None
        self._on_done: Callable[[Any], None] | None = None

        self.export_action = self._action(_tr("ส่งออกสรุป Excel…"), "Ctrl+E",
                                          _tr("เขียนสรุปผล ITA ของหน่วยงานและปีที่เลือกเป็นไฟล์ Excel เพื่อส่งอำเภอ/จังหวัด"),
                                          self.export_summary)
        self.template_action = self._action(_tr("แบบฟอร์มกรอกคะแนน (Excel)…"), "Ctrl+Shift+E",
                                            _tr("สร้างแบบกรอกคะแนนของปีที่เลือก (เติมคะแนนที่บันทึกไว้ให้แล้ว)"),
                                            self.write_template)
        self.import_action = self._action(_tr("นำเข้าคะแนนจาก Excel…"), "Ctrl+I",
                                          _tr("อ่านแบบกรอกคะแนนที่กรอกแล้ว แสดงสิ่งที่จะเปลี่ยนก่อนบันทึก"),
                                          self.import_scores)
        self.consolidate_action = self._action(_tr("รวมผลหลายหน่วยงาน (อำเภอ/จังหวัด)…"), "Ctrl+Shift+R",
                                               _tr("รวมไฟล์สรุปผล Excel ของหลายหน่วยงานเป็นไฟล์เดียว พร้อมอันดับและค่าเฉลี่ย"),
                                               self.open_consolidation)

        self.task = BackgroundTask(self)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.busy_label = QLabel(window)
        self.busy_bar = QProgressBar(window)
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving bar says "working"
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setMaximumHeight(16)
        self.busy_bar.setTextVisible(False)
        window.statusBar().addPermanentWidget(self.busy_label)
        window.statusBar().addPermanentWidget(self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()

        ctx.selection_changed.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, shortcut: str, tip: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        separator = QAction(self.window)
        separator.setSeparator(True)
        return [self.export_action, self.template_action, self.import_action, separator, self.consolidate_action]

    def _update_enabled(self) -> None:
        has_selection = self.ctx.unit_id is not None and self.ctx.fiscal_year is not None
        writing = self.task.busy()
        self.export_action.setEnabled(has_selection and not writing)
        self.template_action.setEnabled(has_selection and not writing)
        self.import_action.setEnabled(has_selection)

    # --- helpers -----------------------------------------------------------------------------

    def _selection(self) -> tuple[str, int] | None:
        """(unit name, fiscal year) of the window's selection, or None after saying what is missing."""
        if self.ctx.unit_id is None or self.ctx.fiscal_year is None:
            self._box(QMessageBox.Icon.Warning, _tr("ยังไม่ได้เลือกหน่วยงานและปี"),
                      _tr("เลือกหน่วยงานและปีงบประมาณที่แถบด้านบนก่อน"))
            return None
        with self.ctx.db.session() as session:
            unit = session.get(Unit, self.ctx.unit_id)
            name = unit.name if unit is not None else None
        if name is None:
            self._box(QMessageBox.Icon.Warning, _tr("ไม่พบหน่วยงาน"), _tr("ไม่พบหน่วยงานที่เลือก กรุณาเลือกใหม่"))
            return None
        return name, self.ctx.fiscal_year

    def _start_folder(self) -> Path:
        """Documents at first, then the folder last used for Excel files (kept across runs)."""
        return self.ctx.folders.start(EXCEL)

    def _ask_save(self, caption: str, file_name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self.window, caption, str(self._start_folder() / file_name),
                                                      _tr(XLSX_FILTER))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.folder = path.parent
        self.ctx.folders.remember(EXCEL, path)
        return path

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, folder: Path | None = None) -> QMessageBox:
        """A window-modal message that does not block (tests read and close ``last_box``)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if folder is not None:
            open_button = box.addButton(_tr("เปิดโฟลเดอร์"), QMessageBox.ButtonRole.ActionRole)
            open_button.clicked.connect(lambda _checked=False, f=folder: self.open_folder(f))
        box.addButton(_tr("ปิด"), QMessageBox.ButtonRole.AcceptRole)
        self.last_box = box
        box.open()
        return box

    @staticmethod
    def open_folder(folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _run(self, busy_text: str, job: Callable[[Report], Any], on_done: Callable[[Any], None]) -> bool:
        if self.task.busy():
            self.ctx.show_message(_tr("กำลังเขียนไฟล์ก่อนหน้าอยู่ รอสักครู่แล้วลองใหม่"))
            return False
        self._on_done = on_done
        self.busy_label.setText(busy_text)
        self.busy_label.show()
        self.busy_bar.show()
        self.task.start(job)
        self._update_enabled()
        return True

    def _idle(self) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        self._update_enabled()

    def _succeeded(self, result: Any) -> None:
        self._idle()
        on_done, self._on_done = self._on_done, None
        if on_done is not None:
            on_done(result)

    def _failed(self, message: str) -> None:
        self._idle()
        self._on_done = None
        self._box(QMessageBox.Icon.Warning, _tr("เขียนไฟล์ Excel ไม่สำเร็จ"), message)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for a running write (tests, closing the window)."""
        return self.task.wait(msecs)

    # --- the actions -------------------------------------------------------------------------

    def export_summary(self) -> bool:
        """Ask where, then write the unit's summary workbook for the year in the background."""
        selection = self._selection()
        if selection is None:
            return False
        name, year = selection
        path = self._ask_save(_tr("ส่งออกสรุปผล ITA เป็น Excel"), safe_file_name(f"สรุปผล ITA {year} {name}") + ".xlsx")
        if path is None:
            return False

        def job(report: Report) -> Path:
            from app.excel import write_summary

            with self.ctx.db.session() as session:
                return write_summary(session, self.ctx.unit_id, year, path)

        return self._run(_tr("กำลังส่งออกสรุป Excel…"), job, lambda written: self._written(
            written, _tr("ส่งออกสรุปผล ITA ปีงบประมาณ %1 ของ %2 แล้ว").replace("%1", self.ctx.digits(year)).replace("%2", name)))

    def write_template(self) -> bool:
        """Ask where, then write the score template of the year's catalogue, filled with what is stored."""
        selection = self._selection()
        if selection is None:
            return False
        name, year = selection
        path = self._ask_save(_tr("บันทึกแบบกรอกคะแนน"), safe_file_name(f"แบบกรอกคะแนน ITA {year} {name}") + ".xlsx")
        if path is None:
            return False

        def job(report: Report) -> Path:
            from app.excel import write_score_template

            with self.ctx.db.session() as session:
                unit = session.get(Unit, self.ctx.unit_id)
                code = catalogue_code_for(session, unit, year)
                return write_score_template(session, code, path, unit_name=self.ctx.unit_id, fiscal_year=year)

        return self._run(_tr("กำลังสร้างแบบกรอกคะแนน…"), job, lambda written: self._written(
            written, _tr("สร้างแบบกรอกคะแนนปีงบประมาณ %1 แล้ว กรอกในช่องสีเหลือง บันทึก แล้วใช้ "
                         "“นำเข้าคะแนนจาก Excel…”").replace("%1", self.ctx.digits(year))))

    def _written(self, path: Path, text: str) -> None:
        self.last_written = Path(path)
        self.ctx.show_message(_tr("เขียน %1 แล้ว").replace("%1", str(path)))
        self._box(QMessageBox.Icon.Information, _tr("เขียนไฟล์ Excel แล้ว"), text + "\n\n" + str(path),
                  folder=Path(path).parent)

    def import_scores(self) -> ScoreImportDialog | None:
        """Choose a filled template, check it (nothing saved) and show what would change."""
        from app.excel import read_score_file
        from ui.dialogs.score_import_dialog import ScoreImportDialog

        selection = self._selection()
        if selection is None:
            return None
        year = selection[1]
        chosen, _filter = QFileDialog.getOpenFileName(self.window, _tr("เลือกแบบกรอกคะแนนที่กรอกแล้ว"),
                                                      str(self._start_folder()), _tr(OPEN_FILTER))
        if not chosen:
            return None
        path = Path(chosen)
        self.folder = path.parent
        self.ctx.folders.remember(EXCEL, path)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.ctx.db.session() as session:
                plan = read_score_file(session, path, self.ctx.unit_id, year)
        except ValueError as exc:  # ExcelFileError: not xlsx, damaged, too large inside, wrong unit/year
            self._box(QMessageBox.Icon.Warning, _tr("นำเข้าคะแนนไม่ได้"), str(exc))
            return None
        except OSError as exc:
            self._box(QMessageBox.Icon.Warning, _tr("นำเข้าคะแนนไม่ได้"),
                      _tr("อ่านไฟล์ %1 ไม่ได้: %2").replace("%1", path.name).replace("%2", str(exc)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = ScoreImportDialog(self.ctx, plan, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_consolidation(self) -> ConsolidateDialog:
        from ui.dialogs.consolidate_dialog import ConsolidateDialog

        dialog = ConsolidateDialog(self.window, start_folder=self._start_folder(), digits=self.ctx.digits)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog


def make_excel_actions(ctx: UiContext, window: QMainWindow) -> list[QAction]:
    """The Excel actions (and a separator) for ``window``'s menus; ``window`` owns them."""
    return ExcelActions(ctx, window).actions()
