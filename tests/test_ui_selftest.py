"""The window self-test (``ITADesk --selftest``): passes on the real program, and fails, never
reads as success, when a screen cannot be built or raises while it is shown."""
import json

import pytest

from app.maintenance.selftest import run_selftest
from ui import selftest as ui_selftest
from ui.pages import registry

pytestmark = pytest.mark.gui


def _run(tmp_path, **kwargs) -> dict:
    report_path = tmp_path / "report.json"
    code = run_selftest(report_path, extra_steps=ui_selftest.WINDOW_STEPS, **kwargs)
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert code == (0 if report["ok"] else 1)
    return report


def test_the_window_selftest_shows_every_screen_and_a_document_in_the_preview(tmp_path, qapp):
    report = _run(tmp_path)
    steps = {s["name"]: s for s in report["steps"]}
    assert report["ok"], json.dumps(report, ensure_ascii=False, indent=1)[:3000]
    render = steps["render"]["detail"]
    assert render["pages"] == 1 and render["ink"] > 0.002 and "การประเมิน" in render["text_sample"]
    window = steps["window"]["detail"]
    assert list(window["pages"]) == [p.key for p in registry.PAGES]  # every screen, in order
    assert window["pages"]["documents"]["widget"] == "DocumentsPage"
    assert all(p["ink"] > 0.001 for p in window["pages"].values())
    assert window["document"]["pages"] >= 1 and window["document"]["preview_ink"] > 0.002


def test_a_screen_that_cannot_be_built_fails_the_selftest(tmp_path, qapp, monkeypatch):
    """What happened in the bundle: the Documents screen's import of QtPdfWidgets failed."""
    def missing(ctx, parent=None):
        raise ModuleNotFoundError("No module named 'PySide6.QtPdfWidgets'", name="PySide6.QtPdfWidgets")

    pages = [registry.PageSpec(p.key, p.title_source, missing if p.key == "documents" else p.factory)
             for p in registry.PAGES]
    monkeypatch.setattr(registry, "PAGES", pages)
    monkeypatch.setattr("ui.main_window.PAGES", pages)
    report = _run(tmp_path)
    window = next(s for s in report["steps"] if s["name"] == "window")
    assert report["ok"] is False and window["ok"] is False
    assert "QtPdfWidgets" in window["error"]


def test_an_exception_in_a_slot_fails_the_selftest(tmp_path, qapp, monkeypatch):
    """Qt only prints an exception raised in a slot and carries on; the self-test catches it."""
    from ui.pages.documents import DocumentsPage

    def broken(self, *args):
        raise RuntimeError("หน้าจอพัง")

    monkeypatch.setattr(DocumentsPage, "_on_finished", broken)
    report = _run(tmp_path)
    window = next(s for s in report["steps"] if s["name"] == "window")
    assert report["ok"] is False
    assert "หน้าจอพัง" in window["error"]
