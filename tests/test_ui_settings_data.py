"""The unit settings page offers the integrity check (issue 7: "a data-integrity check in settings")."""
from PySide6.QtWidgets import QMessageBox, QToolButton


def test_settings_page_runs_the_integrity_check(qtbot, demo_db, monkeypatch):
    from ui.main import build_window

    window = build_window(demo_db)
    qtbot.addWidget(window)
    page = window.page("settings")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(("warning", a[2])))
    buttons = [b for b in page.findChildren(QToolButton) if b.defaultAction() is not None]
    check = next(b for b in buttons if "ตรวจ" in b.defaultAction().text())
    check.click()
    assert len(shown) == 1 and isinstance(shown[0], str)  # information, not a warning
    assert shown[0].strip()
