"""The Thai user guide opens offline from the Help menu and with F1, at the current screen's
section, with its screenshots."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.help import GUIDE_FILE, HelpWindow, guide_dir
from ui.pages.registry import PAGES

pytestmark = pytest.mark.gui


def test_guide_in_the_repository_has_every_screen_and_its_pictures():
    text = (guide_dir() / GUIDE_FILE).read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([\w-]+)"></a>', text))
    assert {p.key for p in PAGES} <= anchors  # F1 finds a section for every screen
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= len(PAGES)
    for picture in pictures:
        assert (guide_dir() / picture).is_file(), picture
    assert sum(1 for ch in text if "\u0e00" <= ch <= "\u0e7f") > 2000  # written in Thai


def test_f1_opens_the_guide_at_the_current_screen(qtbot, demo_db, tmp_path):
    from ui.main import build_window
    from ui.settings import WindowSettings

    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.help_action.shortcut().toString() == "F1"
    assert window.help_action in window.menuBar().actions()[-1].menu().actions()
    window.show_page([p.key for p in PAGES].index("tracking"))
    window.activateWindow()
    qtbot.waitActive(window)
    window.nav.setFocus()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    browser = help_window.browser
    assert "คู่มือการใช้งาน" in browser.toPlainText()
    assert browser.verticalScrollBar().value() > 0  # scrolled to "ติดตามผล", not the top
    # the screenshots are found offline beside the guide
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                        browser.source().resolved("img/06-tracking.png"))
    assert image is not None and not image.isNull()
    help_window.show_section(None)
    assert browser.verticalScrollBar().value() == 0
