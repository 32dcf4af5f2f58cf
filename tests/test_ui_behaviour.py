"""How the window behaves under the mouse and keyboard: the wheel scrolls forms and never
changes a field without focus; "เพิ่มมาตรการ" shows and focuses the new measure's name; the
first start fits small screens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.services.units import list_units

pytestmark = pytest.mark.gui


@pytest.fixture
def measures_page(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.measures import MeasuresPage

    ctx = UiContext(demo_db)
    with demo_db.session() as s:
        ctx.select(next(u.id for u in list_units(s) if "ม่วงยาย" in u.name), 2569)
    page = MeasuresPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 560)  # short: the form must scroll
    page.show()
    qtbot.waitExposed(page)
    return page


def _wheel(widget, steps: int = -3) -> None:
    """A real wheel event over the middle of ``widget`` (negative: scroll down)."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_scrolls_the_form_not_the_fields_under_it(measures_page, qtbot):
    page = measures_page
    bar = page.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    month, day, year = page.start_edit.month, page.start_edit.day, page.start_edit.year
    before = (month.currentIndex(), day.value(), year.value(), page.indicator_combo.currentIndex())
    page.tree.setFocus()
    top = bar.value()
    for field in (month, day, year, page.indicator_combo):
        _wheel(field, -3)
    assert (month.currentIndex(), day.value(), year.value(), page.indicator_combo.currentIndex()) == before
    assert bar.value() != top  # the wheel went to the scroll area instead
    assert not month.hasFocus() and month.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # a field with the focus still takes the wheel (the officer chose it)
    month.setFocus()
    qtbot.waitUntil(month.hasFocus)
    _wheel(month, -1)
    assert month.currentIndex() != before[0]


def test_the_wheel_guard_is_per_field_not_application_wide(measures_page, qtbot, demo_db, tmp_path):
    """Each field carries its own guard (a child, gone with it); nothing filters the whole
    application. The window's toolbar, every page when shown and the dialogs guard theirs."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    from ui.dialogs.year_dialog import YearDialog
    from ui.main import build_window
    from ui.pages.registry import PAGES
    from ui.settings import WindowSettings
    from ui.wheel_guard import NAME, WheelGuard

    def unguarded(root) -> list:
        return [w for kind in (QComboBox, QAbstractSpinBox) for w in root.findChildren(kind)
                if w.findChild(WheelGuard, NAME) is None]

    assert QApplication.instance().findChild(WheelGuard) is None
    assert not unguarded(measures_page)
    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        assert not unguarded(window.page(spec.key)), spec.key
    assert not unguarded(window)
    assert QApplication.instance().findChild(WheelGuard) is None
    dialog = YearDialog(window.ctx, window.ctx.unit_id, parent=window)
    assert not unguarded(dialog)
    # over the toolbar (no scroll area) an unfocused year list ignores the wheel
    window.nav.setFocus()
    year = window.year_combo.currentIndex()
    _wheel(window.year_combo, -1)
    assert window.year_combo.currentIndex() == year
    window.close()


def test_add_measure_shows_and_focuses_the_new_name_even_under_a_search(measures_page, qtbot):
    page = measures_page
    page.search.setText("ไม่มีมาตรการชื่อนี้แน่นอน")
    new_id = page.add_measure()
    assert new_id is not None and page.current_measure_id() == new_id
    assert page.search.text() == ""
    qtbot.waitUntil(page.title_edit.hasFocus)
    assert page.title_edit.textCursor().selectedText() == page.current_measure().title  # typing replaces it
    visible = page.form_scroll.viewport().rect()
    top_left = page.title_edit.mapTo(page.form_scroll.viewport(), QPoint(0, 0))
    assert visible.contains(top_left)


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_first_start_fits_the_screen(qtbot, demo_db, tmp_path, screen, monkeypatch):
    from PySide6.QtCore import QRect, QSettings

    from ui.main import build_window
    from ui.settings import WindowSettings

    free = QRect(0, 0, screen[0], screen[1] - 40)  # a taskbar at the bottom
    monkeypatch.setattr(type(QApplication.primaryScreen()), "availableGeometry", lambda _self: free)
    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.width() <= free.width() and window.height() + 40 <= free.height()
    hint = window.minimumSizeHint()
    for i in range(window.stack.count()):
        window.show_page(i)
        hint = hint.expandedTo(window.minimumSizeHint())
    assert hint.width() <= window.width() and hint.height() <= window.height()


def test_phrase_search_does_not_hide_a_newly_chosen_category(qtbot, demo_db):
    from ui.context import UiContext
    from ui.pages.analysis import AnalysisPage

    ctx = UiContext(demo_db)
    with demo_db.session() as s:
        ctx.select(next(u.id for u in list_units(s) if "ม่วงยาย" in u.name), 2568)
    page = AnalysisPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.filter_edit.setText("ไม่มีวลีนี้ในคลังแน่นอน")
    assert page.phrase_proxy.rowCount() == 0
    page.category_combo.setCurrentIndex((page.category_combo.currentIndex() + 1) % page.category_combo.count())
    assert page.filter_edit.text() == ""
    assert page.phrase_proxy.rowCount() == page.phrase_model.rowCount() > 0


def test_digits_on_screen_follow_the_one_setting(qtbot, demo_db, tmp_path):
    """Years, counts and dates the program writes follow the unit's "ตัวเลขไทย" setting on
    every page; switching it off switches them all to Arabic digits."""
    from PySide6.QtCore import QSettings

    from ui import commands
    from ui.main import build_window
    from ui.settings import WindowSettings

    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    with demo_db.session() as s:
        unit_id = next(u.id for u in list_units(s) if "ปลาไหล" in u.name)
    window.select(unit_id, 2568)
    window.show()

    def screen_texts() -> str:
        tracking = window.page("tracking")
        window.show_page(4)
        period = tracking.proxy.headerData(9, Qt.Orientation.Vertical)  # row numbering ("๑๐")
        window.show_page(3)
        measures = window.page("measures")
        window.show_page(2)
        analysis = window.page("analysis")
        window.show_page(5)
        documents = window.page("documents")
        window.show_page(0)
        overview = window.page("overview")
        rounds = overview.rounds_model.index(0, overview.rounds_model.COL_TOTAL).data()
        window.select(unit_id, 2567)  # the year with ปลาไหล's scores
        window.show_page(1)
        scores = window.page("scores")
        indicator = next(n.label for n in scores.model.nodes_in_order() if n.kind == "indicator")
        mismatches = scores.summary.text().rsplit("ไม่ตรงกัน", 1)[1]  # the scores before it stay Arabic
        window.select(unit_id, 2568)
        window.show_page(0)
        import re

        counts = re.sub(r"<[^>]+>|&nbsp;", " ", tracking.counts_label.text())  # colours in the markup are not digits on screen
        return " | ".join([window.year_combo.currentText(), measures.title_label.text(), tracking.title_label.text(),
                           counts, period, analysis.heading.text(), documents.title_label.text(),
                           documents.round_combo.itemText(0), overview.title.text(), rounds,
                           overview.plan_label.text(), indicator, mismatches])

    thai = screen_texts()
    assert "๒๕๖๘" in thai and not any(ch.isascii() and ch.isdigit() for ch in thai)
    commands.push(window.ctx, commands.set_unit_field(window.ctx, unit_id, "thai_digits", False))
    arabic = screen_texts()
    assert "2568" in arabic and not any("๐" <= ch <= "๙" for ch in arabic), arabic


def test_tracking_starts_on_the_round_in_progress_by_date(qtbot, demo_db):
    import datetime as dt

    from app.thai.dates import round_in_progress
    from ui.context import UiContext
    from ui.pages.tracking import TrackingPage

    assert [round_in_progress(2570, dt.date(2026, 11, 30)), round_in_progress(2569, dt.date(2026, 11, 30)),
            round_in_progress(2570, dt.date(2027, 3, 31)), round_in_progress(2570, dt.date(2027, 4, 1))] == [6, 12, 6, 12]
    ctx = UiContext(demo_db)
    ctx.today = lambda: dt.date(2026, 11, 30)
    with demo_db.session() as s:
        ctx.select(next(u.id for u in list_units(s) if "ม่วงยาย" in u.name), 2569)
    page = TrackingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.current_round() == 12  # 2569 ended in September 2026
    ctx.select(ctx.unit_id, 2570)
    assert page.current_round() == 6  # 2570 began in October 2026: its 6-month round is running


def test_preview_page_count_follows_the_digits_rule_before_any_build(qtbot, demo_db, tmp_path):
    """The Documents page's preview says "หน้า ๐ / ๐" (the unit writes Thai digits) from the start."""
    from PySide6.QtCore import QSettings

    from ui.main import build_window
    from ui.pages.registry import page_index
    from ui.settings import WindowSettings

    window = build_window(demo_db, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_index("documents"))
    assert window.ctx.thai_digits
    assert window.page("documents").preview.page_label.text() == "หน้า ๐ / ๐"
    window.close()


def test_undo_texts_follow_the_digits_setting(qtbot, demo_db):
    """The Edit menu's undo texts name counts and years in the unit's digits, like every screen."""
    from app.services.score_edits import ScoreCell
    from ui import commands
    from ui.context import UiContext

    ctx = UiContext(demo_db)
    with demo_db.session() as s:
        unit_id = next(u.id for u in list_units(s) if "ม่วงยาย" in u.name)
    ctx.select(unit_id, 2568)
    cells = [(ScoreCell("item", f"i{n}", "score"), 90.0) for n in (1, 2, 3)]
    assert commands.set_scores(ctx, unit_id, 2568, cells).text() == "วางคะแนน ๓ ช่อง"
    commands.push(ctx, commands.set_unit_field(ctx, unit_id, "thai_digits", False))
    assert commands.set_scores(ctx, unit_id, 2568, cells).text() == "วางคะแนน 3 ช่อง"


def test_a_new_signer_takes_the_first_memo_role_nobody_holds(qtbot, db):
    """Adding the ปลัด after the officer fills the next comment block without a second step;
    undo takes the signer and the role away again."""
    from app.store.models import Unit
    from ui import commands
    from ui.context import UiContext
    from ui.first_run import FirstRunData, create_unit

    created = create_unit(db, FirstRunData(name="องค์การบริหารส่วนตำบลทดสอบ", kind="องค์การบริหารส่วนตำบล"))
    ctx = UiContext(db)
    ctx.select(created.id, None)

    def roles() -> list[tuple[str, str]]:
        with db.session() as s:
            return [(g.name, g.role) for g in s.get(Unit, created.id).signers]

    for name in ("นางสาวหนึ่ง ใจดี", "นายสอง ใจงาม", "นายสาม ใจกว้าง", "นางสี่ ใจเย็น"):
        commands.push(ctx, commands.add_signer(ctx, created.id, name, ["ตำแหน่ง"]))
    assert [r for _, r in roles()] == ["officer", "chief", "head", ""]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert [r for _, r in roles()] == ["officer", "chief"]
