"""The structural bundle check (packaging/qt_modules.py) finds every Qt module the code imports,
lazy imports included, and fails a bundle folder that lacks one or ships an unused Addons one."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _qt_modules():
    spec = importlib.util.spec_from_file_location("qt_modules", ROOT / "packaging" / "qt_modules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_imported_qt_modules_are_found_in_app_and_ui():
    found = _qt_modules().imported_qt_modules(ROOT)
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= set(found)
    assert "ui/widgets/pdf_preview.py" in found["QtPdfWidgets"]  # what the old spec excluded
    assert not any(path.startswith("app/") for users in found.values() for path in users)  # app/ is headless


def test_the_check_fails_a_bundle_missing_an_imported_module(tmp_path):
    qt = _qt_modules()
    (tmp_path / "src" / "ui").mkdir(parents=True)
    (tmp_path / "src" / "app").mkdir()
    (tmp_path / "src" / "ui" / "view.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\ndef preview():\n    from PySide6 import QtPdfWidgets\n")
    internal = tmp_path / "ITADesk" / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    for name in ("QtWidgets.abi3.so", "Qt/lib/libQt6Widgets.so.6"):
        (internal / "PySide6" / name).write_bytes(b"")
    problems = qt.check_bundle(tmp_path / "ITADesk", tmp_path / "src")
    assert problems == ["PySide6.QtPdfWidgets (imported by ui/view.py) is not in the bundle"]
    (internal / "PySide6" / "QtPdfWidgets.abi3.so").write_bytes(b"")
    assert qt.check_bundle(tmp_path / "ITADesk", tmp_path / "src") == [
        "the Qt library of PySide6.QtPdfWidgets is not in the bundle"]
    (internal / "PySide6" / "Qt" / "lib" / "libQt6PdfWidgets.so.6").write_bytes(b"")
    assert qt.check_bundle(tmp_path / "ITADesk", tmp_path / "src") == []
    if "QtCharts" in qt.addons_modules():  # an Addons module nobody imports must not ship
        (internal / "PySide6" / "QtCharts.abi3.so").write_bytes(b"")
        assert qt.check_bundle(tmp_path / "ITADesk", tmp_path / "src") == [
            "PySide6.QtCharts comes from PySide6-Addons but the program does not import it"]
