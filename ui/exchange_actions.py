"""Import and export of exchange files (.itaz) from the window's "แฟ้ม" menu.

Import never replaces silently: when the file's unit already exists the officer chooses
between replacing it (the whole database is backed up first), importing it as a new unit under
another name, or cancelling. Look-alike names and every refusal of the file (limits, damage,
photos that are not JPEG/PNG) are shown as the Thai message of ``app.exchange``. The dialogs
are module-level calls (``QFileDialog`` through ``ctx.folders``, ``QMessageBox``, ``QInputDialog``) the
tests patch. The file dialogs start in Documents and remember the last folder (``ui.file_dialogs``).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.exchange.fields import ExchangeError
from app.exchange.importing import AS_NEW, REFUSE, REPLACE, ImportResult, check_import, import_loaded
from app.exchange.reading import read_file
from app.services.changes import EVERYTHING
from ui.context import UiContext
from ui.tr import translator

log = logging.getLogger(__name__)
OPEN_FILTER = "ไฟล์แลกเปลี่ยนข้อมูล ITA Desk (*.itaz *.json);;ทุกไฟล์ (*)"
SAVE_FILTER = "ไฟล์แลกเปลี่ยนข้อมูล ITA Desk (*.itaz)"
EXCHANGE = "exchange"  # the file dialogs' kind (ui.file_dialogs): Documents first, then the last folder


_tr = translator("ExchangeActions")


def ask_existing(parent: QWidget | None, name: str) -> str:
    """Ask what to do with an import whose unit exists: REPLACE, AS_NEW or REFUSE (cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("นำเข้าข้อมูล"))
    box.setText(_tr("มีหน่วยงาน “%1” อยู่ในโปรแกรมแล้ว").replace("%1", name))
    box.setInformativeText(_tr("แทนที่: ข้อมูลทั้งหมดของหน่วยงานนี้จะถูกแทนด้วยข้อมูลในไฟล์ "
                               "(โปรแกรมสำรองข้อมูลทั้งหมดไว้ให้ก่อน)\n"
                               "นำเข้าเป็นหน่วยงานใหม่: เก็บหน่วยงานเดิมไว้ และเพิ่มข้อมูลในไฟล์เป็นหน่วยงานชื่อใหม่"))
    replace = box.addButton(_tr("แทนที่ (สำรองข้อมูลก่อน)"), QMessageBox.ButtonRole.DestructiveRole)
    as_new = box.addButton(_tr("นำเข้าเป็นหน่วยงานใหม่…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return REPLACE if clicked is replace else AS_NEW if clicked is as_new else REFUSE


class ExchangeActions(QObject):
    """Owns the import/export actions; parented to the window so it lives as long."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ExchangeActions")
        self.ctx = ctx
        self.window = parent
        self.import_action = QAction(_tr("นำเข้าไฟล์แลกเปลี่ยนข้อมูล…"), parent)
        self.import_action.setStatusTip(_tr("เพิ่มหรือแทนที่หน่วยงานจากไฟล์ .itaz ที่ส่งออกจาก ITA Desk"))
        self.import_action.triggered.connect(self.import_file)
        self.export_action = QAction(_tr("ส่งออกหน่วยงานเป็นไฟล์แลกเปลี่ยนข้อมูล…"), parent)
        self.export_action.triggered.connect(self.export_file)
        self.import_action.setEnabled(not ctx.db.read_only)

    def actions(self) -> list[QAction]:
        return [self.import_action, self.export_action]

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, _tr("นำเข้าข้อมูล"), text)

    def import_file(self) -> ImportResult | None:
        chosen = self.ctx.folders.open_file(self.window, EXCHANGE, _tr("เลือกไฟล์แลกเปลี่ยนข้อมูล"), OPEN_FILTER)
        return self.import_path(chosen) if chosen is not None else None

    def import_path(self, path: Path) -> ImportResult | None:
        """Import ``path``, asking first when its unit exists; returns None when refused or cancelled."""
        db = self.ctx.db
        new_name: str | None = None
        try:
            loaded = read_file(path)
            existing = check_import(db, loaded)
            mode = REFUSE
            if existing is not None:
                mode = ask_existing(self.window, existing)
                if mode == REFUSE:
                    return None
                if mode == AS_NEW:
                    new_name, ok = QInputDialog.getText(self.window, _tr("นำเข้าเป็นหน่วยงานใหม่"),
                                                        _tr("ชื่อหน่วยงานใหม่:"), text=existing + _tr(" (นำเข้า)"))
                    if not ok:
                        return None
            result = import_loaded(db, loaded, mode, new_name)
        except (ExchangeError, ValueError) as exc:
            self._warn(str(exc))
            return None
        log.info("imported %s as %s (replaced: %s, backup: %s)", path, result.unit_name, result.replaced, result.backup)
        if result.replaced:
            self.ctx.undo_stack.clear()  # its commands name rows of the unit that was replaced
        self._show_unit(result.unit_name)
        self.ctx.notify(EVERYTHING)
        text = _tr("นำเข้าหน่วยงาน “%1” แล้ว").replace("%1", result.unit_name)
        if result.backup is not None:
            text += "\n" + _tr("ข้อมูลก่อนแทนที่สำรองไว้ที่ %1").replace("%1", str(result.backup))
        QMessageBox.information(self.window, _tr("นำเข้าข้อมูล"), text)
        return result

    def _show_unit(self, name: str) -> None:
        """Choose the unit just imported, so the window shows what came in (its latest year)."""
        from sqlalchemy import select

        from app.store.models import Unit

        with self.ctx.db.session() as s:
            unit_id = s.scalar(select(Unit.id).where(Unit.name == name))
        if unit_id is not None:
            self.ctx.select(unit_id, None)

    def export_file(self) -> Path | None:
        from app.exchange.workspace import export_unit
        from app.store.models import Unit

        if self.ctx.unit_id is None:
            return None
        with self.ctx.db.session() as s:
            unit = s.get(Unit, self.ctx.unit_id)
            name = unit.name if unit else ""
        if not name:
            return None
        from ui.excel_actions import safe_file_name  # "/" in a unit's name is not a folder

        dest = self.ctx.folders.save_file(self.window, EXCHANGE, _tr("ส่งออกหน่วยงาน"), safe_file_name(name) + ".itaz",
                                          SAVE_FILTER, ".itaz")
        if dest is None:
            return None
        try:
            with self.ctx.db.session() as s:
                export_unit(s, name, dest)
        except (ExchangeError, ValueError) as exc:
            QMessageBox.warning(self.window, _tr("ส่งออกหน่วยงาน"), str(exc))
            return None
        self.ctx.show_message(_tr("ส่งออกไปที่ %1 แล้ว").replace("%1", str(dest)))
        return dest


def make_exchange_actions(ctx: UiContext, parent: QWidget) -> list[QAction]:
    """Import / export exchange files, as QActions of ``parent`` (which owns their handler)."""
    return ExchangeActions(ctx, parent).actions()
