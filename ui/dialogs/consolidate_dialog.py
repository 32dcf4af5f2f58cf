"""Consolidating many units' summary workbooks into one for the district or province office.

The officer adds the units' ``.xlsx`` files (file dialog, a whole folder, or drag and drop onto the
dialog), chooses the output workbook and optionally a PDF, and runs ``app.excel.consolidate`` in
a ``BackgroundTask`` with a progress bar (one step per file read, then the writing). The result
shows the units in rank order and every skipped file with its Thai reason; a bad file is never
fatal.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSizePolicy, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from app.excel import ConsolidationResult, consolidate
from app.excel.consolidate import Skipped, UnitRecord
from app.thai.sort import thai_sort_key
from ui.dialogs.background import BackgroundTask, Report
from ui.labels import fmt
from ui.models.rows_model import CENTER, RIGHT, SORT_ROLE, Column, RowsTableModel
from ui.tr import translator
from ui.wheel_guard import guard_wheels
from ui.widgets.thai_date import DigitSpinBox

PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # the file list's full Path
READ_SHARE = 0.8  # of the progress bar, for reading the files; the rest for writing
NO_YEAR = 2500  # the year box's "as most files say" value
ERROR_STYLE = "color: #b3261e;"


_tr = translator("Consolidate")


class RankedUnitsModel(RowsTableModel):
    """The consolidated units in rank order (``UnitRecord``s); ``SORT_ROLE`` keeps ranks and
    scores numeric, unscored units last."""

    COL_RANK, COL_NAME, COL_AREA, COL_OVERALL, COL_LEVEL, COL_PASS, COL_FILE = range(7)

    def __init__(self, parent=None, digits: Callable[[str], str] = str) -> None:
        super().__init__([
            Column(_tr("อันดับ"), lambda u: "" if u.rank is None else digits(str(u.rank)), align=CENTER,
                   sort=lambda u: u.rank if u.rank is not None else 10**6),
            Column(_tr("หน่วยงาน"), lambda u: u.name),
            Column(_tr("อำเภอ/จังหวัด"), lambda u: " ".join(x for x in (u.district, u.province) if x)),
            Column(_tr("คะแนนรวม"), lambda u: fmt(u.overall, "—"), align=RIGHT,
                   sort=lambda u: u.overall if u.overall is not None else -1.0),
            Column(_tr("ระดับ"), lambda u: u.level or "—", align=CENTER),
            Column(_tr("ผ่านเกณฑ์"), lambda u: {True: _tr("ผ่าน"), False: _tr("ไม่ผ่าน"), None: "—"}[u.passed],
                   align=CENTER),
            Column(_tr("ไฟล์"), lambda u: u.source.name, tooltip=lambda u: str(u.source)),
        ], parent)


class SkippedFilesModel(RowsTableModel):
    """Files left out of the consolidation (``Skipped``) and why, in Thai."""

    COL_FILE, COL_REASON = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("ไฟล์"), lambda s: s.path.name, tooltip=lambda s: str(s.path)),
            Column(_tr("เหตุที่ข้าม"), lambda s: s.reason, tooltip=lambda s: s.reason),
        ], parent)


def _table(model: RowsTableModel, parent: QWidget, stretch: int) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # rank order as consolidated
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    for col in range(model.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return view


class ConsolidateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start_folder: Path | None = None,
                 digits: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        # numbers on screen follow the officer's unit's digits (``UiContext.digits``); scores stay
        # Arabic as published, and file names as they are
        self._d = digits
        self.setWindowTitle(self.tr("รวมผลหลายหน่วยงาน (อำเภอ/จังหวัด)"))
        self.resize(960, 720)
        self.setAcceptDrops(True)
        self.start_folder = start_folder or Path.home()
        self.result: ConsolidationResult | None = None
        self._pdf_edited = False

        # --- inputs
        inputs = QGroupBox(self.tr("ไฟล์สรุปผล Excel ของแต่ละหน่วยงาน"), self)
        self.file_list = QListWidget(inputs)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setAlternatingRowColors(True)
        # the list scrolls; the room goes to the results (a hundred units)
        self.file_list.setMinimumHeight(120)
        self.file_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.add_button = QPushButton(self.tr("เพิ่มไฟล์…"), inputs)
        self.add_folder_button = QPushButton(self.tr("เพิ่มทั้งโฟลเดอร์…"), inputs)
        self.remove_button = QPushButton(self.tr("นำออก"), inputs)
        self.clear_button = QPushButton(self.tr("ล้างรายการ"), inputs)
        self.add_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_files)
        self.count_label = QLabel(inputs)
        hint = QLabel(self.tr("ลากไฟล์ .xlsx หรือโฟลเดอร์มาวางในหน้าต่างนี้ได้ • ไฟล์ที่อ่านไม่ได้ ไม่ใช่สรุปผล "
                              "ต่างปี หรือซ้ำ จะถูกข้ามและแจ้งเหตุผล"), inputs)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        side = QVBoxLayout()
        for b in (self.add_button, self.add_folder_button, self.remove_button, self.clear_button):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.count_label)
        row = QHBoxLayout()
        row.addWidget(self.file_list, 1)
        row.addLayout(side)
        box = QVBoxLayout(inputs)
        box.addLayout(row)
        box.addWidget(hint)

        # --- output
        output = QGroupBox(self.tr("ไฟล์ผลรวม"), self)
        self.output_edit = QLineEdit(output)
        self.output_edit.setPlaceholderText(self.tr("ไฟล์ .xlsx ที่จะเขียน"))
        self.output_button = QPushButton(self.tr("เลือก…"), output)
        self.output_button.clicked.connect(self.choose_output)
        self.output_edit.textEdited.connect(self._output_edited)
        self.pdf_check = QCheckBox(self.tr("สร้าง PDF ด้วย"), output)
        self.pdf_edit = QLineEdit(output)
        self.pdf_edit.setEnabled(False)
        self.pdf_edit.textEdited.connect(lambda _t: setattr(self, "_pdf_edited", True))
        self.pdf_button = QPushButton(self.tr("เลือก…"), output)
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.pdf_check.toggled.connect(self._pdf_toggled)
        self.title_edit = QLineEdit(output)
        self.title_edit.setPlaceholderText(self.tr("เช่น อำเภอเวียงแก่น จังหวัดเชียงราย (เว้นว่าง = ตามข้อมูลในไฟล์)"))
        self.year_spin = DigitSpinBox(output)
        self.year_spin.digits = digits
        self.year_spin.setRange(NO_YEAR, 2700)
        self.year_spin.setSpecialValueText(self.tr("ตามปีของไฟล์ส่วนใหญ่"))
        self.year_spin.setValue(NO_YEAR)
        self.year_spin.setMinimumWidth(200)
        form = QFormLayout(output)
        form.addRow(self.tr("Excel:"), self._row(self.output_edit, self.output_button))
        form.addRow(self.pdf_check, self._row(self.pdf_edit, self.pdf_button))
        form.addRow(self.tr("ชื่อพื้นที่ในหัวเรื่อง:"), self.title_edit)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        form.addRow(self.tr("ปีงบประมาณ:"), year_row)

        # --- progress and result
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = QLabel(self.tr("เพิ่มไฟล์แล้วกด “รวมผล”"), self)
        self.status.setWordWrap(True)
        self.units_model = RankedUnitsModel(self, digits)
        self.skipped_model = SkippedFilesModel(self)
        self.tabs = QTabWidget(self)
        self.units_view = _table(self.units_model, self.tabs, RankedUnitsModel.COL_NAME)
        self.skipped_view = _table(self.skipped_model, self.tabs, SkippedFilesModel.COL_REASON)
        self.tabs.addTab(self.units_view, self.tr("ผลรายหน่วยงาน"))
        self.tabs.addTab(self.skipped_view, self.tr("ไฟล์ที่ข้าม"))

        self.buttons = QDialogButtonBox(self)
        self.run_button = QPushButton(self.tr("รวมผล"), self)
        self.run_button.setDefault(True)
        self.open_button = QPushButton(self.tr("เปิดโฟลเดอร์"), self)
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("ปิด"), self)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.run_button.clicked.connect(self.run)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(inputs, 1)
        layout.addWidget(output)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.buttons)

        self.task = BackgroundTask(self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self._update_counts()
        self._show_result(None)
        guard_wheels(self)  # the wheel never changes the year under the pointer

    @staticmethod
    def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
        w = QWidget(edit.parentWidget())
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        h.addWidget(button)
        return w

    # --- the file list -----------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [self.file_list.item(i).data(PATH_ROLE) for i in range(self.file_list.count())]

    def add_paths(self, paths: list[Path]) -> int:
        """Add files (a folder adds the .xlsx files in it); repeats are ignored. Returns how many
        were added."""
        known = {p.resolve() for p in self.paths()}
        added = 0
        for path in paths:
            path = Path(path)
            files = (sorted((p for p in path.glob("*.xlsx") if p.is_file()), key=lambda p: thai_sort_key(p.name))
                     if path.is_dir() else [path])
            for f in files:
                if f.name.startswith("~$") or f.resolve() in known:  # Excel's lock files are not workbooks
                    continue
                known.add(f.resolve())
                item = QListWidgetItem(f.name)
                item.setData(PATH_ROLE, f)
                item.setToolTip(str(f))
                self.file_list.addItem(item)
                added += 1
        if added and not self.output_edit.text():
            self._set_output(self.paths()[0].parent / self.tr("รวมผล ITA หลายหน่วยงาน.xlsx"))
        self._update_counts()
        return added

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("เลือกไฟล์สรุปผลของหน่วยงาน"), str(self.start_folder),
                                                      self.tr("สมุดงาน Excel (*.xlsx);;ทุกไฟล์ (*)"))
        if files:
            self.start_folder = Path(files[0]).parent
            self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("เลือกโฟลเดอร์ที่เก็บไฟล์สรุปผล"), str(self.start_folder))
        if folder:
            self.start_folder = Path(folder)
            self.add_paths([Path(folder)])

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._update_counts()

    def clear_files(self) -> None:
        self.file_list.clear()
        self._update_counts()

    def _update_counts(self) -> None:
        n = self.file_list.count()
        self.count_label.setText(self.tr("%n ไฟล์").replace("%n", self._d(str(n))))
        self.remove_button.setEnabled(n > 0)
        self.clear_button.setEnabled(n > 0)

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._local_paths(event) and not self.task.busy():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._local_paths(event) and not self.task.busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = self._local_paths(event)
        if paths and not self.task.busy():
            self.add_paths(paths)
            event.acceptProposedAction()

    # --- output ------------------------------------------------------------------------------

    def _set_output(self, path: Path) -> None:
        self.output_edit.setText(str(path))
        self._output_edited(str(path))

    def _output_edited(self, text: str) -> None:
        if not self._pdf_edited and text.strip():
            self.pdf_edit.setText(str(Path(text.strip()).with_suffix(".pdf")))

    def _pdf_toggled(self, on: bool) -> None:
        self.pdf_edit.setEnabled(on)
        self.pdf_button.setEnabled(on)

    def choose_output(self) -> None:
        start = self.output_edit.text() or str(self.start_folder / self.tr("รวมผล ITA หลายหน่วยงาน.xlsx"))
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("บันทึกไฟล์ผลรวมเป็น"), start,
                                                      self.tr("สมุดงาน Excel (*.xlsx)"))
        if chosen:
            path = Path(chosen)
            self._set_output(path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx"))

    def choose_pdf(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("บันทึก PDF เป็น"), self.pdf_edit.text(),
                                                      self.tr("ไฟล์ PDF (*.pdf)"))
        if chosen:
            path = Path(chosen)
            self.pdf_edit.setText(str(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")))
            self._pdf_edited = True

    def output_path(self) -> Path | None:
        text = self.output_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def pdf_path(self) -> Path | None:
        if not self.pdf_check.isChecked() or not self.pdf_edit.text().strip():
            return None
        path = Path(self.pdf_edit.text().strip())
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # --- running -----------------------------------------------------------------------------

    def _refuse(self, text: str) -> bool:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE)
        return False

    def run(self) -> bool:
        """Check the choices, then consolidate in the background; False when nothing was started."""
        if self.task.busy():
            return False
        paths, out, pdf = self.paths(), self.output_path(), self.pdf_path()
        if not paths:
            return self._refuse(self.tr("ยังไม่มีไฟล์ให้รวม — เพิ่มไฟล์สรุปผลของหน่วยงานก่อน"))
        if out is None:
            return self._refuse(self.tr("ระบุไฟล์ผลรวม (.xlsx) ที่จะเขียน"))
        if self.pdf_check.isChecked() and pdf is None:
            return self._refuse(self.tr("ระบุไฟล์ PDF ที่จะเขียน หรือไม่เลือก “สร้าง PDF ด้วย”"))
        inputs = {p.resolve() for p in paths}
        for target in (out, pdf):
            if target is not None and target.resolve() in inputs:
                return self._refuse(self.tr("ไฟล์ผลรวม %1 อยู่ในรายการไฟล์ที่จะรวม จะเขียนทับไฟล์ของหน่วยงานไม่ได้ "
                                            "กรุณาเลือกชื่ออื่น").replace("%1", target.name))
        if not out.parent.is_dir():
            return self._refuse(self.tr("ไม่พบโฟลเดอร์ %1").replace("%1", str(out.parent)))
        year = self.year_spin.value() if self.year_spin.value() != NO_YEAR else None
        title = self.title_edit.text().strip() or None
        reading = self.tr("กำลังอ่าน %1 (%2/%3)")
        writing = self.tr("กำลังเขียนไฟล์ผลรวม และ PDF…") if pdf else self.tr("กำลังเขียนไฟล์ผลรวม…")

        def job(report: Report) -> ConsolidationResult:
            def files():
                # consolidate reads the paths one at a time: report before each one
                for i, p in enumerate(paths):
                    report(READ_SHARE * i / len(paths),
                           reading.replace("%1", p.name).replace("%2", self._d(str(i + 1)))
                           .replace("%3", self._d(str(len(paths)))))
                    yield p
                report(READ_SHARE, writing)

            return consolidate(files(), out, pdf=pdf, fiscal_year=year, title_text=title)

        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("เริ่มรวมผล %n ไฟล์…").replace("%n", self._d(str(len(paths)))))
        self.progress.setValue(0)
        self._show_result(None)
        self.task.start(job)
        return True

    def _set_busy(self, busy: bool) -> None:
        for w in (self.run_button, self.close_button, self.add_button, self.add_folder_button, self.remove_button,
                  self.clear_button, self.output_button, self.output_edit, self.pdf_check, self.title_edit,
                  self.year_spin, self.file_list):
            w.setEnabled(not busy)
        self.pdf_edit.setEnabled(not busy and self.pdf_check.isChecked())
        self.pdf_button.setEnabled(not busy and self.pdf_check.isChecked())
        if not busy:
            self._update_counts()

    def busy(self) -> bool:
        return self.task.busy()

    def wait(self, msecs: int = -1) -> bool:
        return self.task.wait(msecs)

    def _progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(round(fraction * 1000)))
        self.status.setText(text)

    def _done(self, result: ConsolidationResult) -> None:
        self._set_busy(False)
        self.progress.setValue(1000)
        self._show_result(result)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self._refuse(message)

    def _show_result(self, result: ConsolidationResult | None) -> None:
        self.result = result
        units: list[UnitRecord] = result.units if result else []
        skipped: list[Skipped] = result.skipped if result else []
        self.units_model.set_rows(units)
        self.skipped_model.set_rows(skipped)
        self.tabs.setTabText(0, self.tr("ผลรายหน่วยงาน (%n)").replace("%n", self._d(str(len(units)))))
        self.tabs.setTabText(1, self.tr("ไฟล์ที่ข้าม (%n)").replace("%n", self._d(str(len(skipped)))))
        self.open_button.setEnabled(result is not None and result.xlsx is not None)
        if result is None:
            return
        scored = len(result.scored)
        lines = [self.tr("รวมผล %n หน่วยงาน ปีงบประมาณ %1 ไว้ที่ %2").replace("%n", self._d(str(len(units))))
                 .replace("%1", self._d(str(result.fiscal_year))).replace("%2", str(result.xlsx))]
        if scored:
            lines.append(self.tr("ผ่านเกณฑ์ %1 จาก %2 หน่วยงาน (ร้อยละ %3) • คะแนนเฉลี่ย %4")
                         .replace("%1", self._d(str(result.passed))).replace("%2", self._d(str(scored)))
                         .replace("%3", self._d(f"{100 * (result.pass_rate or 0):.1f}")).replace("%4", fmt(result.average)))
        if result.pdf:
            lines.append(self.tr("PDF: %1").replace("%1", str(result.pdf)))
        if result.pdf_error:
            lines.append(result.pdf_error)
        if skipped:
            lines.append(self.tr("ข้าม %n ไฟล์ — ดูเหตุผลที่แท็บ “ไฟล์ที่ข้าม”").replace("%n", self._d(str(len(skipped)))))
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet(ERROR_STYLE if result.pdf_error else "")

    def open_folder(self) -> bool:
        if self.result is None or self.result.xlsx is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.xlsx.parent)))

    # --- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.task.busy():  # the files are half read; closing now would leave the user guessing
            self.status.setText(self.tr("กำลังรวมผลอยู่ รอให้เสร็จก่อนปิดหน้าต่าง"))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.task.busy():
            event.ignore()
            self.status.setText(self.tr("กำลังรวมผลอยู่ รอให้เสร็จก่อนปิดหน้าต่าง"))
            return
        super().closeEvent(event)
