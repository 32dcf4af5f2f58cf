"""The main window: unit and year selectors, the navigation list, and the pages.

Pages come from ``ui.pages.registry.PAGES`` and are built on first visit (an empty stand-in
holds their place in the stack until then). The window owns no data: it tells the context
which unit and year are current and shows the context's status messages.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget,
    QToolBar, QWidget,
)

from app.services.changes import Changes
from app.services.overview import unit_years
from app.services.units import list_units
from ui.backup_actions import make_maintenance_actions
from ui.context import UiContext
from ui.excel_actions import make_excel_actions
from ui.exchange_actions import make_exchange_actions
from ui.file_dialogs import Folders
from ui.pages.registry import PAGES, page_index
from ui.settings import WindowSettings
from ui.wheel_guard import guard_wheels
from ui.widgets.text_edits import commit_pending


TITLE_BAR = 40  # room left for the window's title bar when sizing before it is shown
WINDOW_FRAME = 8


class _StackAction(QAction):
    """The window's undo or redo action (bound methods, so the stack's signals let go of it)."""

    def __init__(self, prefix: str, parent: QWidget, run) -> None:
        super().__init__(prefix, parent)
        self._prefix, self._run = prefix, run
        self.triggered.connect(self._trigger)

    @Slot(str)
    def show_text(self, text: str) -> None:
        self.setText(f"{self._prefix} {text}".strip())

    @Slot()
    def _trigger(self) -> None:
        self._run()


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, settings: WindowSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or WindowSettings()
        ctx.folders = Folders(self.settings)
        self._pages: dict[int, QWidget] = {}
        self.setWindowTitle(self.tr("ITA Desk — งานประเมินคุณธรรมและความโปร่งใส (ITA)"))

        self.unit_combo = QComboBox(self)
        self.unit_combo.setMinimumContentsLength(28)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setToolTip(self.tr("หน่วยงาน (Ctrl+U)"))
        self.year_combo = QComboBox(self)
        self.year_combo.setMinimumContentsLength(6)
        self.year_combo.setToolTip(self.tr("ปีงบประมาณ (Ctrl+Shift+Y)"))
        toolbar = QToolBar(self.tr("หน่วยงานและปี"), self)
        toolbar.setObjectName("selectors")
        toolbar.setMovable(False)
        unit_label = QLabel(self.tr("หน่วยงาน: "), self)
        unit_label.setBuddy(self.unit_combo)
        year_label = QLabel(self.tr("  ปีงบประมาณ: "), self)
        year_label.setBuddy(self.year_combo)
        toolbar.addWidget(unit_label)
        toolbar.addWidget(self.unit_combo)
        toolbar.addWidget(year_label)
        toolbar.addWidget(self.year_combo)
        self.add_year_action = QAction(self.tr("เพิ่มปีงบประมาณ…"), self)
        self.add_year_action.setToolTip(self.tr("เพิ่มผลการประเมินหรือแผนมาตรการของปีงบประมาณใดก็ได้ (Ctrl+Shift+N)"))
        self.add_year_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_year_action.triggered.connect(lambda: self.add_year())
        toolbar.addAction(self.add_year_action)
        self.addToolBar(toolbar)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        for i, spec in enumerate(PAGES):
            item = QListWidgetItem(spec.title)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", spec.title).replace("%2", str(i + 1)))
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        for _ in PAGES:
            self.stack.addWidget(QWidget(self.stack))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        guard_wheels(toolbar)  # the unit and year lists change only when chosen (pages guard their own)
        self._build_menus()
        self.nav.currentRowChanged.connect(self.show_page)
        self.unit_combo.currentIndexChanged.connect(self._unit_chosen)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        ctx.changed.connect(self._on_changed)
        ctx.selection_changed.connect(self._follow_selection)  # a page may switch the year too
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.page_requested.connect(lambda key: self.show_page(page_index(key) if page_index(key) is not None else -1))
        self.statusBar()
        self._restore()

    # --- menus and shortcuts -----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("แฟ้ม"))
        file_menu.addAction(self.add_year_action)  # also in the toolbar; here with its shortcut shown
        # the officer's own unit after the demo (or a second one): the first-run form again
        self.add_unit_action = QAction(self.tr("เพิ่มหน่วยงาน…"), self)
        self.add_unit_action.setStatusTip(self.tr("สร้างหน่วยงานใหม่ (เช่น หน่วยงานของท่านหลังจากทดลองกับข้อมูลตัวอย่าง)"))
        self.add_unit_action.triggered.connect(lambda: self.add_unit())
        self.add_unit_action.setEnabled(not self.ctx.db.read_only)
        file_menu.addAction(self.add_unit_action)
        file_menu.addSeparator()
        file_menu.addActions(make_excel_actions(self.ctx, self))
        file_menu.addSeparator()
        file_menu.addActions(make_exchange_actions(self.ctx, self))  # .itaz import (asks before replacing) / export
        file_menu.addSeparator()
        quit_action = QAction(self.tr("ออกจากโปรแกรม"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("แก้ไข"))
        stack = self.ctx.undo_stack
        self.undo_action = self._stack_action(self.tr("เลิกทำ"), stack.canUndo, stack.canUndoChanged,
                                              stack.undoTextChanged, stack.undo)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self._stack_action(self.tr("ทำซ้ำ"), stack.canRedo, stack.canRedoChanged,
                                              stack.redoTextChanged, stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        go_menu = self.menuBar().addMenu(self.tr("ไปที่"))
        self.page_actions: list[QAction] = []
        for i, spec in enumerate(PAGES):
            action = QAction(spec.title, self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, row=i: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
            self.page_actions.append(action)
        go_menu.addSeparator()
        focus_unit = QAction(self.tr("เลือกหน่วยงาน"), self)
        focus_unit.setShortcut(QKeySequence("Ctrl+U"))
        focus_unit.triggered.connect(lambda: (self.unit_combo.setFocus(), self.unit_combo.showPopup()))
        focus_year = QAction(self.tr("เลือกปีงบประมาณ"), self)
        focus_year.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        focus_year.triggered.connect(lambda: (self.year_combo.setFocus(), self.year_combo.showPopup()))
        focus_nav = QAction(self.tr("รายการหน้าจอ"), self)
        focus_nav.setShortcut(QKeySequence("Ctrl+L"))
        focus_nav.triggered.connect(self.nav.setFocus)
        for a in (focus_unit, focus_year, focus_nav):
            go_menu.addAction(a)

        tools_menu = self.menuBar().addMenu(self.tr("เครื่องมือ"))
        tools_menu.addActions(make_maintenance_actions(self.ctx, self))  # backup, restore, integrity check

        help_menu = self.menuBar().addMenu(self.tr("ช่วยเหลือ"))
        self.help_action = QAction(self.tr("คู่มือการใช้งาน"), self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        self.addAction(self.help_action)  # F1 works wherever the focus is, menu open or not
        about_action = QAction(self.tr("เกี่ยวกับ ITA Desk"), self)

        def show_about() -> None:
            from ui.about_dialog import AboutDialog  # loaded on first use: versions and licence texts

            dialog = AboutDialog(self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        about_action.triggered.connect(show_about)
        help_menu.addAction(about_action)

    def _stack_action(self, prefix: str, can, can_changed, text_changed, run) -> QAction:
        """Undo or redo, after saving what is still waiting for its typing pause (so Ctrl+Z
        from the menu undoes the typing itself, never an older step under it)."""
        action = _StackAction(prefix, self, lambda: (commit_pending(self), run()))
        action.setEnabled(can())
        can_changed.connect(action.setEnabled)
        text_changed.connect(action.show_text)
        return action

    def show_help(self):
        """The user guide, at the section of the screen being used (F1)."""
        from ui.help import show_help  # loaded on first use

        return show_help(self, self.current_page_key())

    # --- pages -------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built if needed (tests and part 2 use this)."""
        index = page_index(key)
        if index is None:
            raise KeyError(key)
        return self._ensure_page(index)

    def _ensure_page(self, index: int) -> QWidget:
        page = self._pages.get(index)
        if page is None:
            placeholder = self.stack.widget(index)
            page = PAGES[index].factory(self.ctx, self.stack)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
        return page

    @Slot(int)
    def show_page(self, index: int) -> None:
        if not 0 <= index < len(PAGES):
            return
        page = self._ensure_page(index)
        self.stack.setCurrentWidget(page)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        self.settings.last_page = PAGES[index].key

    def current_page_key(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    # --- unit and year -----------------------------------------------------------------------

    def reload_units(self, keep_unit_id: int | None = None) -> None:
        with self.ctx.db.session() as session:
            units = list_units(session)
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in units:
            self.unit_combo.addItem(u.name, u.id)
        index = self.unit_combo.findData(keep_unit_id) if keep_unit_id is not None else -1
        self.unit_combo.setCurrentIndex(index if index >= 0 else (0 if units else -1))
        self.unit_combo.blockSignals(False)

    def reload_years(self, keep_year: int | None = None) -> None:
        unit_id = self.unit_combo.currentData()
        years: set[int] = set()
        if unit_id is not None:
            with self.ctx.db.session() as session:
                years = set(unit_years(session, unit_id))
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in sorted(years, reverse=True):
            self.year_combo.addItem(self.ctx.digits(y), y)  # the unit's digits, as on every page
        index = self.year_combo.findData(keep_year) if keep_year is not None else -1
        self.year_combo.setCurrentIndex(index if index >= 0 else (0 if years else -1))
        self.year_combo.blockSignals(False)

    def select(self, unit_id: int | None, year: int | None) -> None:
        """Switch unit and year programmatically (as if chosen in the combo boxes)."""
        self.reload_units(unit_id)
        self.reload_years(year)
        self._apply_selection()

    def _apply_selection(self) -> None:
        unit_id = self.unit_combo.currentData()
        year = self.year_combo.currentData()
        self.ctx.select(unit_id, year)
        for i in range(self.year_combo.count()):  # the unit's digit setting may differ from the last one's
            self.year_combo.setItemText(i, self.ctx.digits(self.year_combo.itemData(i)))
        if unit_id is not None:
            self.settings.last_unit = self.unit_combo.currentText()
        self.settings.last_year = year

    @Slot(int)
    def _unit_chosen(self, _index: int) -> None:
        self.reload_years(self.year_combo.currentData())
        self._apply_selection()

    @Slot(int)
    def _year_chosen(self, _index: int) -> None:
        self._apply_selection()

    @Slot()
    def add_year(self, dialog=None) -> bool:
        """Add any fiscal year's results and/or plan through the year dialog."""
        from ui.dialogs.year_dialog import run_year_dialog

        return run_year_dialog(self.ctx, self, dialog=dialog)

    @Slot()
    def add_unit(self, dialog=None) -> bool:
        """Make a new unit with the first-run form (without its demo button) and show it."""
        from ui.first_run import FirstRunDialog

        if dialog is None:
            dialog = FirstRunDialog(self.ctx.db, self, adding=True)
            dialog.exec()
        if dialog.created is None:
            return False
        self.select(dialog.created.id, None)  # a new unit has no year yet: its pages say to add one
        self.ctx.notify(Changes(unit=True))
        self.ctx.show_message(self.tr("เพิ่มหน่วยงาน “%1” แล้ว").replace("%1", dialog.created.name))
        return True

    def _follow_selection(self) -> None:
        """The unit and year lists show what the context holds when a page chose it (e.g. the
        Measures page's "go to the plan of the next year"); the lists' own choices already match."""
        unit, year = self.ctx.unit_id, self.ctx.fiscal_year
        if (self.unit_combo.currentData(), self.year_combo.currentData()) == (unit, year):
            return
        if self.unit_combo.findData(unit) < 0:
            return  # nothing the lists could show (tests may choose a unit and year freely)
        if self.unit_combo.currentData() != unit:
            self.reload_units(unit)
            self.reload_years(year)
        elif self.year_combo.findData(year) >= 0:
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))
            self.year_combo.blockSignals(False)
            self.settings.last_year = year

    def _on_changed(self, changes: Changes) -> None:
        if changes.unit or changes.scores or changes.measures:
            self.reload_units(self.ctx.unit_id)
            self.reload_years(self.ctx.fiscal_year)
            self._apply_selection()

    # --- state -------------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        if s.geometry is None or not self.restoreGeometry(s.geometry):
            self.fit_to_screen()
        else:
            self.fit_to_screen(only_if_larger=True)  # saved on a bigger screen than this one
        if s.splitter is not None:
            self.splitter.restoreState(s.splitter)
        last_unit, last_year, last_page = s.last_unit, s.last_year, s.last_page
        self.reload_units()
        if last_unit:
            index = self.unit_combo.findText(last_unit)
            if index >= 0:
                self.unit_combo.blockSignals(True)
                self.unit_combo.setCurrentIndex(index)
                self.unit_combo.blockSignals(False)
        self.reload_years(last_year)
        self._apply_selection()
        self.show_page(page_index(last_page or "") or 0)

    def fit_to_screen(self, only_if_larger: bool = False) -> None:
        """Size the window to the screen's free area (1280×800 at most), centred, so the first
        start fits a 1366×768 or 1280×720 screen with its title bar and the taskbar."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 720)
            return
        free = screen.availableGeometry()
        # the frame is not known before the window is shown: leave room for a title bar
        width = min(1280 if not only_if_larger else self.width(), free.width() - 2 * WINDOW_FRAME)
        height = min(800 if not only_if_larger else self.height(), free.height() - TITLE_BAR - WINDOW_FRAME)
        if only_if_larger and (width, height) == (self.width(), self.height()):
            return
        self.resize(width, height)
        self.move(free.left() + (free.width() - width) // 2 - WINDOW_FRAME,
                  free.top() + max(0, (free.height() - height - TITLE_BAR) // 2))

    def save_state(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.splitter.saveState()
        self.settings.last_page = self.current_page_key()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        commit_pending(self)  # text typed less than a second ago
        self.save_state()
        super().closeEvent(event)
