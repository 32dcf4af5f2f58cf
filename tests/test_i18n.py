"""Qt's own words read Thai: the project's qtbase_th.ts carries Qt's real contexts and sources,
compiles with lrelease, and once installed the standard buttons, context menus and undo texts
Qt draws itself are Thai."""
import xml.etree.ElementTree as ET

import pytest

from ui import i18n

QTBASE = i18n.ts_dir() / "qtbase_th.ts"
# Qt 6.11's dialogs show these, but Qt's published catalogues do not carry them yet;
# test_qt_drawn_dialogs_show_no_english checks them live instead.
NEWER_THAN_QT_CATALOGUES = {
    ("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:"),
    ("QPrintSettingsOutput", "Double Sided Printing"), ("QPrintSettingsOutput", "Page &Set:"),
    ("QPrintSettingsOutput", "Off"), ("QPrintSettingsOutput", "Pages"),
    ("QPrintSettingsOutput", "Long side binding"), ("QPrintSettingsOutput", "Short side binding"),
    ("QPageSetupWidget", "Page &order:"), ("QPageSetupWidget", "Pages &per sheet:"),
    ("QAbstractFileIconProvider", "Drive"), ("QAbstractFileIconProvider", "Folder"),
    ("QAbstractFileIconProvider", "Unknown"),
}


def _messages(path):
    root = ET.parse(path).getroot()
    for ctx in root.findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            comment = m.find("comment")
            yield name, m.find("source").text, comment.text if comment is not None else None, m.find("translation")


def test_every_qt_string_we_translate_is_one_qt_really_asks_for(qapp):
    """A source or context that Qt does not use would never be looked up: each one is checked
    against Qt's own Japanese catalogue shipped in PySide6 (same contexts, same sources)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    reference = QTranslator()
    assert reference.load("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    messages = list(_messages(QTBASE))
    assert len(messages) > 250
    unknown = {(c, s) for c, s, com, _ in messages if not reference.translate(c, s, com)}
    assert {u for u in unknown if not u[1].startswith("Specify pages")} == NEWER_THAN_QT_CATALOGUES
    untranslated = [(c, s) for c, s, _, t in messages if not (t.text or "").strip() or t.get("type")]
    assert untranslated == []
    contexts = {c for c, *_ in messages}
    assert {"QPlatformTheme", "QMessageBox", "QDialogButtonBox", "QFileDialog", "QFileSystemModel",
            "QPrintDialog", "QPrintSettingsOutput", "QPrintWidget", "QPageSetupWidget", "QLineEdit",
            "QWidgetTextControl", "QUndoStack", "QProgressDialog"} <= contexts


def test_the_project_catalogue_holds_the_windows_strings():
    messages = list(_messages(i18n.ts_dir() / "ita_desk_th.ts"))
    contexts = {c for c, *_ in messages}
    assert {"AboutDialog", "MainWindow"} <= contexts
    assert ("AboutDialog", "เกี่ยวกับ ITA Desk") in {(c, s) for c, s, *_ in messages}


def test_catalogues_compile(tmp_path):
    compiled = i18n.compile_catalogues(dest=tmp_path)
    assert {p.name for p in compiled} == {"qtbase_th.qm", "ita_desk_th.qm"}
    assert (tmp_path / "qtbase_th.qm").stat().st_size > 10_000


@pytest.fixture
def thai(qapp):
    translators = i18n.install_translators(qapp)
    yield translators
    for t in translators:
        qapp.removeTranslator(t)


def test_message_box_and_button_box_read_thai(thai, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    assert len(thai) == 2
    SB = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "ยืนยัน", "ลบมาตรการนี้หรือไม่",
                      SB.Yes | SB.No | SB.Cancel | SB.Save | SB.Discard | SB.Close | SB.Ok)
    qtbot.addWidget(box)
    texts = {b: box.button(b).text() for b in (SB.Yes, SB.No, SB.Cancel, SB.Save, SB.Discard, SB.Close, SB.Ok)}
    assert texts == {SB.Yes: "ใช่ (&Y)", SB.No: "ไม่ (&N)", SB.Cancel: "ยกเลิก", SB.Save: "บันทึก",
                     SB.Discard: "ไม่บันทึก", SB.Close: "ปิด", SB.Ok: "ตกลง"}
    box.setDetailedText("รายละเอียด")
    assert any(b.text() == "แสดงรายละเอียด..." for b in box.buttons())

    BB = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(BB.Ok | BB.Cancel | BB.Apply | BB.Help | BB.RestoreDefaults | BB.Open)
    qtbot.addWidget(buttons)
    assert [buttons.button(b).text() for b in (BB.Ok, BB.Cancel, BB.Apply, BB.Help, BB.RestoreDefaults, BB.Open)] \
        == ["ตกลง", "ยกเลิก", "นำไปใช้", "ช่วยเหลือ", "คืนค่าเริ่มต้น", "เปิด"]


def test_context_menus_undo_texts_and_file_dialog_read_thai(thai, qtbot):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit

    line = QLineEdit()
    qtbot.addWidget(line)
    menu = [a.text().split("\t")[0] for a in line.createStandardContextMenu().actions() if not a.isSeparator()]
    assert menu[:5] == ["เลิกทำ (&U)", "ทำซ้ำ (&R)", "ตัด (&T)", "คัดลอก (&C)", "วาง (&P)"]
    assert "เลือกทั้งหมด" in menu
    text = QPlainTextEdit()
    qtbot.addWidget(text)
    assert "คัดลอก (&C)" in [a.text().split("\t")[0] for a in text.createStandardContextMenu().actions()]

    stack = QUndoStack()
    assert stack.createUndoAction(stack).text() == "เลิกทำ"
    assert stack.createRedoAction(stack).text() == "ทำซ้ำ"



def _english_texts(widget) -> set[str]:
    """Every label, button, group box, tooltip, combo item and action text of ``widget``'s
    children that has Latin words and no Thai."""
    import re

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QWidget

    texts = set()
    for child in widget.findChildren(QWidget):
        for attr in ("text", "title", "toolTip"):
            getter = getattr(child, attr, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.add(value)
        if isinstance(child, QComboBox) and child.objectName() != "paperSize":  # paper names: A4, Legal…
            texts.update(child.itemText(i) for i in range(child.count()))
    texts.update(a.text() for a in widget.findChildren(QAction))
    return {t for t in texts if re.search(r"[A-Za-z]{3,}", t) and not re.search(r"[\u0e00-\u0e7f]", t)
            and not t.startswith("/")}  # folder paths


def test_qt_drawn_dialogs_show_no_english(thai, qtbot):
    """Qt's own file dialog (as drawn where there is no native one) and, where Qt draws it,
    the print dialog with its page-setup and options tabs: not one English word left."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    files = QFileDialog(None, "เลือกไฟล์")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    assert _english_texts(files) == set()
    from PySide6.QtCore import QDir
    from PySide6.QtWidgets import QFileSystemModel

    # The kind of a folder in the file list (Qt 6 asks QAbstractFileIconProvider for it).
    model = QFileSystemModel()
    model.setRootPath(QDir.tempPath())
    assert model.type(model.index(QDir.tempPath())) == "โฟลเดอร์"
    printer = QPrinter()
    for dialog in (QPrintDialog(printer), QPrintPreviewDialog(printer)):
        qtbot.addWidget(dialog)
        assert _english_texts(dialog) == set(), type(dialog).__name__


def test_a_source_checkout_compiles_the_catalogues_on_first_use(tmp_path, monkeypatch):
    """Without built .qm files (a checkout never built), the catalogues are compiled into the
    data folder's cache rather than the window coming up in English."""
    shipped = tmp_path / "resources" / "i18n"
    shipped.mkdir(parents=True)
    for ts in i18n.ts_dir().glob("*.ts"):
        (shipped / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(i18n, "ts_dir", lambda: shipped)
    monkeypatch.setenv("ITA_DESK_DATA", str(tmp_path / "data"))
    folder = i18n.catalogue_dir()
    assert folder == tmp_path / "data" / "cache" / "i18n"
    assert (folder / "qtbase_th.qm").is_file()
    i18n.compile_catalogues(shipped)  # built: now the shipped folder is used
    assert i18n.catalogue_dir() == shipped


def test_the_catalogue_holds_every_string_of_a_bound_translator(tmp_path):
    """``_tr = translator("Ctx")`` strings, which lupdate cannot see, are in ita_desk_th.ts under
    their context, and merging them again adds nothing (a refresh is stable)."""
    import shutil
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from ui.i18n_extract import merge_into_catalogue, translator_strings

    root = Path(__file__).resolve().parents[1]
    strings = translator_strings(sorted((root / "ui").rglob("*.py")))
    assert sum(len(v) for v in strings.values()) > 150 and "Commands" in strings
    ts = root / "resources" / "i18n" / "ita_desk_th.ts"
    held = {(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(ts).getroot().findall("context") for m in c.findall("message")}
    missing = [(ctx, text) for ctx, texts in strings.items() for text in texts if (ctx, text) not in held]
    assert missing == [], f"{len(missing)} strings: run `make i18n`"
    copy = tmp_path / "copy.ts"
    shutil.copy(ts, copy)
    assert merge_into_catalogue(copy, strings) == 0 and copy.read_bytes() == ts.read_bytes()
    copy.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="th_TH">\n</TS>\n',
                    encoding="utf-8")
    assert merge_into_catalogue(copy, {"New": ["ข้อความ", "ข้อความ"]}) == 1
    assert "<name>New</name>" in copy.read_text(encoding="utf-8")
