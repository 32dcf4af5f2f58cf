"""About ITA Desk: the program's version, the versions of what it is built on, where its data
and logs are, and the licences of everything shipped: a summary, the list of every component
with its licence, and the full texts (LGPL with the offer of source for Qt/PySide6, every
library's own licence files, the fonts' OFL; ``app.maintenance.licences``)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

import app
from app.maintenance.licences import full_text, shipped_components
from app.maintenance.logs import log_path, logs_dir
from app.maintenance.versions import (
    LICENCES, PROGRAM_TH, about_text, component_versions, font_licence_text, system_info,
)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                    for k, v in rows)
    return f"<table>{cells}</table>"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("เกี่ยวกับ ITA Desk"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{escape(PROGRAM_TH)}</h2><p>{escape(self.tr('รุ่น'))} {escape(app.__version__)}</p>")
        layout.addWidget(heading)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        qt = qVersion()
        versions = [(c.name, c.version) for c in component_versions(qt)]
        where = system_info() + [(self.tr("โฟลเดอร์บันทึกการทำงาน (log)"), str(log_path() or logs_dir()))]
        self.versions_view = self._browser(
            _table(versions) + "<hr/>" + _table(where))
        self.tabs.addTab(self.versions_view, self.tr("รุ่นของส่วนประกอบ"))
        licences = "".join(
            f"<p><b>{escape(x.component)}</b> — {escape(x.licence)}<br/>{escape(x.text_th)}<br/>"
            f"<i>{escape(x.text_en)}</i></p>" for x in LICENCES)
        shipped = _table([(f"{c.name} {c.version}".strip(), c.licence) for c in shipped_components()])
        self.licences_view = self._browser(
            licences + "<hr/><p><b>" + escape(self.tr("ส่วนประกอบทั้งหมดที่มากับโปรแกรม")) + "</b></p>" + shipped)
        self.tabs.addTab(self.licences_view, self.tr("สัญญาอนุญาต"))
        self.full_text_view = QTextBrowser(self)
        self.full_text_view.setPlainText(full_text())
        self.tabs.addTab(self.full_text_view, self.tr("ข้อความสัญญาอนุญาตฉบับเต็ม"))
        self.ofl_view = QTextBrowser(self)
        self.ofl_view.setPlainText(font_licence_text())
        self.tabs.addTab(self.ofl_view, self.tr("สัญญาอนุญาตฟอนต์ (OFL)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("คัดลอกข้อมูลรุ่น"), self)
        self.copy_button.setToolTip(self.tr("คัดลอกข้อมูลทั้งหมดไปวางในอีเมลหรือข้อความถึงผู้ดูแลโปรแกรม"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._qt = qt

    def _browser(self, html: str) -> QTextBrowser:
        view = QTextBrowser(self)
        view.setOpenExternalLinks(False)
        view.setHtml(html)
        return view

    def copy_to_clipboard(self) -> str:
        text = about_text(self._qt)
        QGuiApplication.clipboard().setText(text)
        return text
