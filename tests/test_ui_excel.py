"""The Excel menu actions and dialogs, driven offscreen on the demo units: exporting a summary,
the score template round trip through the import dialog (one undo step), refused files, and the
consolidation dialog with a bad file among the good ones."""
from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from app.excel import write_summary
from app.excel.template import COL_SCORE
from app.services.scoring import compute
from app.services.units import get_assessment
from app.store.models import Unit
from ui.dialogs.consolidate_dialog import ConsolidateDialog, RankedUnitsModel, SkippedFilesModel
from ui.dialogs.score_import_dialog import ChangesModel, ProblemsModel, ScoreImportDialog
from ui.excel_actions import ExcelActions
from ui.models.scores_model import COL_COMPUTED
from ui.pages.registry import PAGES
from ui.settings import WindowSettings
from tests.demo_units import unit_id as _unit_id

pytestmark = pytest.mark.gui

MUANG_YAI = "เทศบาลตำบลม่วงยาย"
PLA_LAI = "เทศบาลตำบลปลาไหล"  # 2567 has item scores and no published indicator figures
KHAO_SAMO_KHON = "องค์การบริหารส่วนตำบลเขาสมอคอน"


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    from ui.main import build_window, make_application

    make_application()
    w = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(w)
    w.select(_unit_id(demo_db, MUANG_YAI), 2568)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.findChild(ExcelActions).wait()
    w.close()


@pytest.fixture
def actions(window):
    return window.findChild(ExcelActions)


def _save_to(monkeypatch, path, seen=None):
    def fake(parent, caption, directory, filters):
        if seen is not None:
            seen.update(caption=caption, directory=directory, filters=filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _open_from(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _wait_written(qtbot, actions):
    qtbot.waitUntil(lambda: not actions.task.busy(), timeout=15000)
    box = actions.last_box
    assert box is not None
    return box


def _overall_shown(window):
    page = window.page("scores")
    return page.index_for("overall", "", COL_COMPUTED).data()


def _computed_overall(db, unit, year):
    with db.session() as s:
        return compute(get_assessment(s, unit, year)).overall.computed


def test_menus_hold_excel_tools_and_help(window):
    menus = {m.text(): [a.text() for a in m.menu().actions() if not a.isSeparator()] for m in window.menuBar().actions()}
    # adding a year (with its shortcut shown in the menu) and a unit first, then the Excel tools
    assert menus["แฟ้ม"][:6] == ["เพิ่มปีงบประมาณ…", "เพิ่มหน่วยงาน…", "ส่งออกสรุป Excel…",
                                 "แบบฟอร์มกรอกคะแนน (Excel)…", "นำเข้าคะแนนจาก Excel…",
                                 "รวมผลหลายหน่วยงาน (อำเภอ/จังหวัด)…"]
    assert window.add_year_action.shortcut().toString() == "Ctrl+Shift+N"
    assert menus["แฟ้ม"][-1] == "ออกจากโปรแกรม"
    assert "สำรองข้อมูล…" in menus["เครื่องมือ"] and "ตรวจความถูกต้องของข้อมูล" in menus["เครื่องมือ"]
    assert menus["ช่วยเหลือ"] == ["คู่มือการใช้งาน", "เกี่ยวกับ ITA Desk"]
    excel = window.findChild(ExcelActions)
    shortcuts = [a.shortcut().toString() for a in
                 (excel.export_action, excel.template_action, excel.import_action, excel.consolidate_action)]
    assert shortcuts == ["Ctrl+E", "Ctrl+Shift+E", "Ctrl+I", "Ctrl+Shift+R"]
    # no unit/year chosen: the per-unit actions are off, consolidation stays on
    window.ctx.select(None, None)
    assert not excel.export_action.isEnabled() and excel.consolidate_action.isEnabled()


def test_export_summary_in_background_then_open_folder(window, actions, qtbot, tmp_path, monkeypatch):
    seen = {}
    _save_to(monkeypatch, tmp_path / "ส่งอำเภอ", seen)  # no suffix typed: .xlsx is added
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    actions.export_action.trigger()
    assert actions.busy_bar.isVisibleTo(window) and "ส่งออก" in actions.busy_label.text()
    assert not actions.export_action.isEnabled()  # one write at a time
    assert Path(seen["directory"]).name == f"สรุปผล ITA 2568 {MUANG_YAI}.xlsx"
    box = _wait_written(qtbot, actions)
    assert not actions.busy_bar.isVisible() and actions.export_action.isEnabled()
    target = tmp_path / "ส่งอำเภอ.xlsx"
    assert actions.last_written == target and str(target) in box.text()
    assert "ปีงบประมาณ ๒๕๖๘" in box.text()  # the year in the unit's digits (the path as it is)
    wb = openpyxl.load_workbook(target)
    assert {"คะแนนรายปี", "คะแนนรายข้อ", "มาตรการ", "ผลการดำเนินงาน"} <= set(wb.sheetnames)
    assert wb["คะแนนรายปี"].max_row > 10
    open_button = next(b for b in box.buttons() if b.text() == "เปิดโฟลเดอร์")
    open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]
    box.close()


def test_export_refusal_is_told_in_thai(window, actions, qtbot, tmp_path, monkeypatch, demo_db):
    window.ctx.select(window.ctx.unit_id, 2570)  # 2570: no assessment and no plan
    assert window.ctx.fiscal_year == 2570
    _save_to(monkeypatch, tmp_path / "ว่าง.xlsx")
    assert actions.export_summary()
    box = _wait_written(qtbot, actions)
    assert box.windowTitle() == "เขียนไฟล์ Excel ไม่สำเร็จ"
    assert "2570" in box.text()
    assert not (tmp_path / "ว่าง.xlsx").exists()
    box.close()


def _template(qtbot, actions, monkeypatch, path):
    _save_to(monkeypatch, path)
    actions.template_action.trigger()
    _wait_written(qtbot, actions).close()
    wb = openpyxl.load_workbook(path)
    ws = wb["กรอกคะแนน"]
    rows = {ws.cell(row=r, column=1).value: r for r in range(5, ws.max_row + 1)}
    return wb, ws, rows


def test_template_edit_import_apply_and_undo(window, actions, qtbot, tmp_path, monkeypatch, demo_db):
    window.select(_unit_id(demo_db, PLA_LAI), 2567)
    window.show_page([p.key for p in PAGES].index("scores"))
    before_shown = _overall_shown(window)
    before = _computed_overall(demo_db, PLA_LAI, 2567)
    assert before_shown == f"{before:.2f}"

    path = tmp_path / "คะแนน.xlsx"
    wb, ws, rows = _template(qtbot, actions, monkeypatch, path)
    assert ws.cell(row=rows["item:i1"], column=COL_SCORE).value is not None  # filled with what is stored
    old_i1 = ws.cell(row=rows["item:i1"], column=COL_SCORE).value
    ws.cell(row=rows["item:i1"], column=COL_SCORE).value = " ๕๐.๕ "  # Thai digits with stray spaces
    ws.cell(row=rows["item:i4"], column=COL_SCORE).value = 60
    wb.save(path)

    _open_from(monkeypatch, path)
    actions.import_action.trigger()
    dialog = actions.last_dialog
    assert isinstance(dialog, ScoreImportDialog) and dialog.isVisible()
    model = dialog.changes_model
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert cells[0][ChangesModel.COL_ITEM] == "ข้อ i1" and cells[1][ChangesModel.COL_ITEM] == "ข้อ i4"
    assert cells[0][ChangesModel.COL_FIELD] == "คะแนน"
    assert cells[0][ChangesModel.COL_OLD] == f"{old_i1:.2f}" and cells[0][ChangesModel.COL_NEW] == "50.50"
    assert cells[1][ChangesModel.COL_NEW] == "60.00"
    assert cells[0][ChangesModel.COL_TEXT]  # the catalogue's wording of item i1
    assert not dialog.problems_box.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()
    assert _computed_overall(demo_db, PLA_LAI, 2567) == before  # nothing saved before "นำเข้า"

    dialog.import_button.click()
    assert not dialog.isVisible()
    after = _computed_overall(demo_db, PLA_LAI, 2567)
    assert after < before - 1
    assert _overall_shown(window) == f"{after:.2f}"
    stack = window.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText().startswith("นำเข้าคะแนนจาก Excel")

    window.undo_action.trigger()
    assert _computed_overall(demo_db, PLA_LAI, 2567) == pytest.approx(before)
    assert _overall_shown(window) == before_shown
    window.redo_action.trigger()
    assert _computed_overall(demo_db, PLA_LAI, 2567) == pytest.approx(after)


def test_import_into_a_new_year_is_undone_by_removing_the_year(window, actions, qtbot, tmp_path, monkeypatch,
                                                               demo_db):
    window.select(_unit_id(demo_db, MUANG_YAI), 2569)  # a plan, no assessment
    assert window.ctx.fiscal_year == 2569
    path = tmp_path / "ปีใหม่.xlsx"
    wb, ws, rows = _template(qtbot, actions, monkeypatch, path)
    ws.cell(row=rows["item:i1"], column=COL_SCORE).value = 90
    ws.cell(row=rows["item:i2"], column=COL_SCORE).value = 80
    wb.save(path)
    _open_from(monkeypatch, path)
    dialog = actions.import_scores()
    assert "จะเริ่มผลการประเมินของปีนี้" in dialog.source.text()
    assert dialog.apply()
    with demo_db.session() as s:
        assert get_assessment(s, MUANG_YAI, 2569) is not None
    window.ctx.undo_stack.undo()
    with demo_db.session() as s:
        assert 2569 not in [a.fiscal_year for a in s.scalar(select(Unit).where(Unit.name == MUANG_YAI)).assessments]


def test_import_with_problems_lists_them_and_cannot_apply(window, actions, qtbot, tmp_path, monkeypatch,
                                                          qtmodeltester):
    path = tmp_path / "ผิด.xlsx"
    wb, ws, rows = _template(qtbot, actions, monkeypatch, path)
    ws.cell(row=rows["item:i1"], column=COL_SCORE).value = "เก้าสิบ"
    ws.cell(row=rows["item:i2"], column=COL_SCORE).value = 120
    ws.cell(row=rows["item:i3"], column=COL_SCORE).value = 70  # a valid change is listed but not applied
    wb.save(path)
    _open_from(monkeypatch, path)
    dialog = actions.import_scores()
    problems = dialog.problems_model
    assert problems.rowCount() == 2
    cells = {problems.index(r, ProblemsModel.COL_CELL).data(): problems.index(r, ProblemsModel.COL_REASON).data()
             for r in range(2)}
    assert problems.index(0, ProblemsModel.COL_SHEET).data() == "กรอกคะแนน"
    assert "ไม่ใช่ตัวเลข" in cells[f"F{rows['item:i1']}"]
    assert "นอกช่วง" in cells[f"F{rows['item:i2']}"]
    assert dialog.problems_box.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    # counts and the year in the unit's digits (ม่วงยาย: Thai), like every number on screen
    assert "พบปัญหา ๒ รายการ" in dialog.summary.text()
    assert "ปีงบประมาณ ๒๕๖๘" in dialog.source.text() and "(๑ รายการ)" in dialog.changes_box.title()
    assert not dialog.apply() and window.ctx.undo_stack.count() == 0
    qtmodeltester.check(dialog.changes_model)
    qtmodeltester.check(problems)
    qtmodeltester.check(dialog.changes_proxy)
    dialog.reject()


def test_scores_changed_after_the_check_are_not_overwritten(window, actions, qtbot, tmp_path, monkeypatch, demo_db):
    from app.services.score_edits import ScoreCell
    from ui.commands import push, set_scores

    path = tmp_path / "ช้า.xlsx"
    wb, ws, rows = _template(qtbot, actions, monkeypatch, path)
    ws.cell(row=rows["item:i1"], column=COL_SCORE).value = 10
    wb.save(path)
    _open_from(monkeypatch, path)
    dialog = actions.import_scores()
    # someone types a score for i1 on the Scores screen while the dialog is open
    push(window.ctx, set_scores(window.ctx, window.ctx.unit_id, 2568, [(ScoreCell("item", "i1", "score"), 77.0)]))
    assert not dialog.apply()
    assert "ถูกแก้ไขหลังจากตรวจไฟล์" in dialog.message.text() and dialog.isVisible()
    assert window.ctx.undo_stack.count() == 1
    with demo_db.session() as s:
        assert compute(get_assessment(s, MUANG_YAI, 2568)).indicator(1).items[0].score == 77.0
    dialog.reject()


@pytest.mark.parametrize("content, expected", [
    (b"ITA scores, not a workbook", "ไม่ใช่ไฟล์ Excel"),
    (None, "เสียหาย"),
    ("bomb", "อาจเป็นไฟล์อันตราย"),
])
def test_refused_files_show_the_thai_message(window, actions, tmp_path, monkeypatch, content, expected):
    path = tmp_path / "คะแนน.xlsx"
    if content is None:  # a truncated download
        with window.ctx.db.session() as s:
            write_summary(s, MUANG_YAI, 2568, tmp_path / "full.xlsx")
        path.write_bytes((tmp_path / "full.xlsx").read_bytes()[:2000])
    elif content == "bomb":  # 8 MB of zeros packed into a few KB
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr("xl/workbook.xml", "<workbook/>")
            with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                chunk = b"\0" * (1 << 20)
                for _ in range(8):
                    part.write(chunk)
    else:
        path.write_bytes(content)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append((box.windowTitle(), box.text())))
    _open_from(monkeypatch, path)
    assert actions.import_scores() is None
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "นำเข้าคะแนนไม่ได้"
    assert expected in text and "คะแนน.xlsx" in text
    assert window.ctx.undo_stack.count() == 0


@pytest.fixture
def unit_workbooks(demo_db, tmp_path):
    folder = tmp_path / "หน่วยงาน"
    folder.mkdir()
    with demo_db.session() as s:
        a = write_summary(s, MUANG_YAI, 2568, folder / "ม่วงยาย.xlsx")
        b = write_summary(s, KHAO_SAMO_KHON, 2568, folder / "เขาสมอคอน.xlsx")
    bad = folder / "เสีย.xlsx"
    bad.write_bytes(a.read_bytes()[:3000])
    return a, b, bad


def _drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event.isAccepted()


def test_consolidation_dialog_ranks_units_and_lists_the_skipped_file(window, actions, qtbot, tmp_path, monkeypatch,
                                                                    unit_workbooks, qtmodeltester):
    a, b, bad = unit_workbooks
    dialog = actions.open_consolidation()
    assert isinstance(dialog, ConsolidateDialog) and dialog.isVisible()
    assert not dialog.run()  # nothing to consolidate yet
    assert "ยังไม่มีไฟล์" in dialog.status.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_, **k: ([str(a)], ""))
    dialog.choose_files()
    assert _drop(dialog, [b, bad, a])  # a is already listed
    assert dialog.paths() == [a, b, bad]
    assert dialog.output_path() == a.parent / "รวมผล ITA หลายหน่วยงาน.xlsx"
    out = tmp_path / "อำเภอ.xlsx"
    dialog.output_edit.setText(str(out))
    dialog.pdf_check.setChecked(True)
    dialog.pdf_edit.setText(str(tmp_path / "อำเภอ.pdf"))
    dialog.title_edit.setText("อำเภอตัวอย่าง")
    progress = []
    dialog.task.progress.connect(lambda f, t: progress.append((f, t)))
    assert dialog.run()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # refused while running
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=25000)

    # numbers follow the unit's ตัวเลขไทย setting (on in the demo), scores stay as published
    assert [t for _f, t in progress][:3] == ["กำลังอ่าน ม่วงยาย.xlsx (๑/๓)", "กำลังอ่าน เขาสมอคอน.xlsx (๒/๓)",
                                            "กำลังอ่าน เสีย.xlsx (๓/๓)"]
    assert dialog.progress.value() == 1000
    units = dialog.units_model
    assert units.rowCount() == 2
    ranked = [(units.index(r, RankedUnitsModel.COL_RANK).data(), units.index(r, RankedUnitsModel.COL_NAME).data(),
               units.index(r, RankedUnitsModel.COL_OVERALL).data()) for r in range(2)]
    assert ranked == [("๑", KHAO_SAMO_KHON, "98.97"), ("๒", MUANG_YAI, "95.41")]
    skipped = dialog.skipped_model
    assert skipped.rowCount() == 1
    assert skipped.index(0, SkippedFilesModel.COL_FILE).data() == "เสีย.xlsx"
    assert "เสียหาย" in skipped.index(0, SkippedFilesModel.COL_REASON).data()
    assert dialog.tabs.tabText(1) == "ไฟล์ที่ข้าม (๑)"
    assert dialog.year_spin.text() == "ตามปีของไฟล์ส่วนใหญ่"
    assert "รวมผล ๒ หน่วยงาน ปีงบประมาณ ๒๕๖๘" in dialog.status.text()
    assert "ผ่านเกณฑ์ ๒ จาก ๒" in dialog.status.text()
    dialog.year_spin.setValue(2568)
    assert dialog.year_spin.text() == "๒๕๖๘"
    wb = openpyxl.load_workbook(out)
    assert {"ผลรายหน่วยงาน", "ไฟล์ที่ข้าม"} <= set(wb.sheetnames)
    assert (tmp_path / "อำเภอ.pdf").read_bytes().startswith(b"%PDF")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert opened == [str(tmp_path)]
    qtmodeltester.check(units)
    qtmodeltester.check(skipped)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_consolidation_refuses_to_overwrite_an_input(qtbot, unit_workbooks):
    a, b, _bad = unit_workbooks
    dialog = ConsolidateDialog()   # no unit's setting given: Arabic digits, Qt's own
    qtbot.addWidget(dialog)
    dialog.add_paths([a.parent])  # a folder adds its workbooks
    assert len(dialog.paths()) == 3
    dialog.output_edit.setText(str(b))
    assert not dialog.run()
    assert "เขียนทับไฟล์ของหน่วยงานไม่ได้" in dialog.status.text()
    assert not dialog.busy()
