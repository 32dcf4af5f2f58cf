"""Backup, restore and the integrity check as menu actions the main window can add.

``make_maintenance_actions(ctx, parent)`` returns the QActions (for a "ข้อมูล" menu or the
settings page); ``run_daily_backup(ctx)`` is called once at start. Restore asks first (a
QMessageBox the tests patch), backs the current data up, copies the backup in, brings it up to
this program's schema, clears the undo history (its commands describe the replaced data) and
tells every screen to reload.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.maintenance.backup import BackupError, backup_name, backup_to, backups_folder, daily_backup, restore
from app.maintenance.integrity import check_database
from app.services.changes import EVERYTHING
from app.store.db import open_database
from ui.context import UiContext
from ui.tr import translator

log = logging.getLogger(__name__)
FILE_FILTER = "ไฟล์สำรองข้อมูล ITA Desk (*.sqlite3);;ทุกไฟล์ (*)"


_tr = translator("MaintenanceActions")


def run_daily_backup(ctx: UiContext, keep: int | None = None) -> Path | None:
    """Today's automatic backup (once a day, keeping the newest ``keep``); never raises."""
    if ctx.db.path is None:
        return None
    try:
        made = daily_backup(ctx.db.path, keep=keep) if keep is not None else daily_backup(ctx.db.path)
    except (BackupError, OSError) as exc:
        log.warning("daily backup failed: %s", exc)
        ctx.show_message(_tr("สำรองข้อมูลประจำวันไม่สำเร็จ: ") + str(exc))
        return None
    if made is not None:
        log.info("daily backup %s", made)
    return made


class MaintenanceActions(QObject):
    """Owns the actions and what they do; parented to the window so it lives as long."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.backup_action = QAction(_tr("สำรองข้อมูล…"), parent)
        self.backup_action.setStatusTip(_tr("บันทึกสำเนาข้อมูลทั้งหมดเป็นไฟล์เดียว ทำได้ขณะใช้งาน"))
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(_tr("คืนข้อมูลจากไฟล์สำรอง…"), parent)
        self.restore_action.setStatusTip(_tr("แทนที่ข้อมูลปัจจุบันด้วยไฟล์สำรอง (สำรองข้อมูลปัจจุบันไว้ให้ก่อน)"))
        self.restore_action.triggered.connect(self.restore)
        self.check_action = QAction(_tr("ตรวจความถูกต้องของข้อมูล"), parent)
        self.check_action.triggered.connect(self.check)
        self.open_folder_action = QAction(_tr("เปิดโฟลเดอร์ไฟล์สำรอง"), parent)
        self.open_folder_action.triggered.connect(self.open_backups_folder)
        has_file = ctx.db.path is not None
        for a in (self.backup_action, self.restore_action, self.check_action, self.open_folder_action):
            a.setEnabled(has_file)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.check_action, self.open_folder_action]

    @property
    def folder(self) -> Path:
        return backups_folder(self.ctx.db.path)

    # --- backup ------------------------------------------------------------------------------

    def backup(self) -> Path | None:
        db_path = self.ctx.db.path
        self.folder.mkdir(parents=True, exist_ok=True)
        suggested = self.folder / backup_name(db_path, "manual")
        chosen, _ = QFileDialog.getSaveFileName(self.window, _tr("สำรองข้อมูล"), str(suggested), FILE_FILTER)
        if not chosen:
            return None
        dest = Path(chosen)
        if dest.suffix.lower() != ".sqlite3":
            dest = dest.with_name(dest.name + ".sqlite3")
        try:
            path = backup_to(dest, db_path)
        except BackupError as exc:
            QMessageBox.warning(self.window, _tr("สำรองข้อมูล"), exc.args[0])
            return None
        log.info("manual backup %s", path)
        self.ctx.show_message(_tr("สำรองข้อมูลไว้ที่ ") + str(path))
        return path

    # --- restore -----------------------------------------------------------------------------

    def restore(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(self.window, _tr("เลือกไฟล์สำรองข้อมูล"), str(self.folder),
                                                FILE_FILTER)
        if not chosen:
            return False
        return self.restore_file(Path(chosen))

    def restore_file(self, source: Path) -> bool:
        question = (_tr("คืนข้อมูลจากไฟล์\n%1\n\nข้อมูลปัจจุบันทั้งหมดจะถูกแทนที่ด้วยข้อมูลในไฟล์นี้ "
                        "(โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ให้ก่อน) ต้องการดำเนินการต่อหรือไม่")
                    .replace("%1", str(source)))
        answer = QMessageBox.question(self.window, _tr("ยืนยันการคืนข้อมูล"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        db = self.ctx.db
        db.engine.dispose()  # no pooled connection may hold a read lock during the copy
        try:
            result = restore(source, db.path)
            open_database(db.path).close()  # bring an older backup up to this program's schema
        except BackupError as exc:
            QMessageBox.warning(self.window, _tr("คืนข้อมูล"), exc.args[0])
            return False
        db.engine.dispose()
        log.info("restored %s (previous data in %s)", source, result.safety_backup)
        self.ctx.undo_stack.clear()
        self.ctx.notify(EVERYTHING)
        text = _tr("คืนข้อมูลจาก %1 แล้ว").replace("%1", source.name)
        if result.safety_backup is not None:
            text += "\n" + _tr("ข้อมูลก่อนคืนสำรองไว้ที่ %1").replace("%1", str(result.safety_backup))
        QMessageBox.information(self.window, _tr("คืนข้อมูล"), text)
        return True

    # --- check -------------------------------------------------------------------------------

    def check(self):
        report = check_database(self.ctx.db.path)
        box = QMessageBox.information if report.ok else QMessageBox.warning
        box(self.window, _tr("ตรวจความถูกต้องของข้อมูล"), report.text())
        return report

    def open_backups_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def make_maintenance_actions(ctx: UiContext, parent: QWidget) -> list[QAction]:
    """Backup / restore / integrity check / open the backups folder, as QActions of ``parent``."""
    return MaintenanceActions(ctx, parent).actions()  # the parent owns it (findChild finds it)
