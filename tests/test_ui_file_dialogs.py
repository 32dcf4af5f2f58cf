"""File dialogs start in Documents and remember the last folder per kind of file, across runs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from ui.file_dialogs import EXCEL, PDF, PHOTOS, Folders, documents_folder
from ui.settings import WindowSettings

pytestmark = pytest.mark.gui


def test_start_in_documents_then_remember_per_kind_across_runs(qapp, tmp_path, monkeypatch):
    ini = str(tmp_path / "w.ini")
    folders = Folders(WindowSettings(QSettings(ini, QSettings.Format.IniFormat)))
    assert folders.start(PDF) == documents_folder() == folders.start(PHOTOS)
    reports = tmp_path / "รายงาน"
    reports.mkdir()
    asked: list[str] = []

    def fake_save(_parent, _caption, start, _filter):
        asked.append(start)
        return str(reports / "แผน"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    saved = folders.save_file(None, PDF, "บันทึก", "มาตรการ-2570.pdf", "PDF (*.pdf)", ".pdf")
    assert saved == reports / "แผน.pdf"
    assert asked == [str(documents_folder() / "มาตรการ-2570.pdf")]
    assert folders.start(PDF) == reports and folders.start(EXCEL) == documents_folder()

    again = Folders(WindowSettings(QSettings(ini, QSettings.Format.IniFormat)))  # the next run
    assert again.start(PDF) == reports
    reports.rmdir()  # a folder that is gone falls back to Documents
    assert again.start(PDF) == documents_folder()
