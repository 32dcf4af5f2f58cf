"""The measures editor (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) for the current
unit and fiscal year.

Left: the plan as the printed table reads it, grouped by indicator or theme; right: every field
of the selected measure. Each change is one undoable command saved at once (commands in
``ui.commands_measures``); the page re-reads the plan through ``measure_edits.plan_view`` when
``ctx.changed`` says the measures changed.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSplitter, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from app.services import measure_edits as me
from app.services.changes import Changes
from app.thai.dates import fiscal_year_bounds, round_bounds
from ui import commands_measures as cmd
from ui.context import UiContext
from ui.dialogs.carry_plan_dialog import run_carry_plan
from ui.models.measures_model import (
    COL_PERIOD, COL_RELATED, COL_RESPONSIBLE, COL_TITLE, MEASURE_ID_ROLE, MEASURE_ROLE,
    GROUP_KEY_ROLE, MeasuresModel,
)
from ui.pages.base import Page
from ui.widgets.checklist import CheckList
from ui.widgets.finding_offers import FindingOffers
from ui.widgets.no_year import AddYearButton, no_year, no_year_text
from ui.widgets.text_edits import CommitLineEdit, CommitTextEdit
from ui.widgets.thai_date import ThaiDateEdit


def period_presets(year: int) -> list[tuple[str, dt.date, dt.date]]:
    """The fiscal year's usual periods: whole year, the two halves, the four quarters."""
    start, end = fiscal_year_bounds(year)
    first_end = round_bounds(year, 6)[1]
    y0, y1 = start.year, end.year
    return [
        ("ตลอดปีงบประมาณ (ต.ค.–ก.ย.)", start, end),
        ("รอบ ๖ เดือนแรก (ต.ค.–มี.ค.)", start, first_end),
        ("๖ เดือนหลัง (เม.ย.–ก.ย.)", dt.date(y1, 4, 1), end),
        ("ไตรมาส ๑ (ต.ค.–ธ.ค.)", start, dt.date(y0, 12, 31)),
        ("ไตรมาส ๒ (ม.ค.–มี.ค.)", dt.date(y1, 1, 1), first_end),
        ("ไตรมาส ๓ (เม.ย.–มิ.ย.)", dt.date(y1, 4, 1), dt.date(y1, 6, 30)),
        ("ไตรมาส ๔ (ก.ค.–ก.ย.)", dt.date(y1, 7, 1), end),
    ]


class MeasuresPage(Page):
    CARES = Changes(unit=True, measures=True, catalogue=True, scores=True)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: me.PlanView | None = None
        self._loading = False

        self.model = MeasuresModel(self, on_edit=self._edit_fields)
        self.model.digits = ctx.digits
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        # --- toolbar ---------------------------------------------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.grouping_combo = QComboBox(self)
        self.grouping_combo.addItem(self.tr("ตัวชี้วัด"), me.GROUP_BY_INDICATOR)
        self.grouping_combo.addItem(self.tr("ประเด็น (๗ ประเด็น)"), me.GROUP_BY_THEME)  # digits: see refresh
        self.grouping_combo.activated.connect(self._grouping_chosen)
        grouping_label = QLabel(self.tr("จัดกลุ่ม&ตาม:"), self)
        grouping_label.setBuddy(self.grouping_combo)
        self.add_button = QPushButton(self.tr("เพิ่มมาตรการ"), self)
        self.add_button.setToolTip(self.tr("เพิ่มมาตรการในกลุ่มที่เลือก (Ctrl+N)"))
        self.duplicate_button = QPushButton(self.tr("ทำสำเนา"), self)
        self.duplicate_button.setToolTip(self.tr("Ctrl+D"))
        self.delete_button = QPushButton(self.tr("ลบ"), self)
        self.delete_button.setToolTip(self.tr("ลบมาตรการที่เลือก (Delete) — เลิกทำได้ด้วย Ctrl+Z"))
        self.up_button = QPushButton(self.tr("▲ เลื่อนขึ้น"), self)
        self.up_button.setToolTip(self.tr("Ctrl+↑"))
        self.down_button = QPushButton(self.tr("▼ เลื่อนลง"), self)
        self.down_button.setToolTip(self.tr("Ctrl+↓"))
        self.next_year_button = QPushButton(self.tr("เริ่มแผนปีถัดไปจากแผนนี้…"), self)
        self.next_year_button.setToolTip(self.tr("คัดลอกมาตรการทั้งหมดไปเป็นแผนของปีงบประมาณถัดไป "
                                                 "(เลื่อนระยะเวลาไปหนึ่งปี ไม่คัดลอกผลการดำเนินการ)"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("ค้นหามาตรการ…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.add_button.clicked.connect(self.add_measure)
        self.duplicate_button.clicked.connect(self.duplicate_measure)
        self.delete_button.clicked.connect(self.delete_measure)
        self.up_button.clicked.connect(lambda: self.move_measure(-1))
        self.down_button.clicked.connect(lambda: self.move_measure(+1))
        self.next_year_button.clicked.connect(lambda: self.start_next_year())
        bar = QHBoxLayout()
        bar.addWidget(grouping_label)
        bar.addWidget(self.grouping_combo)
        for b in (self.add_button, self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            bar.addWidget(b)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.next_year_button)

        self.make_error_label()

        # --- tree --------------------------------------------------------------------------------
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(COL_TITLE, 380)
        self.tree.setColumnWidth(COL_PERIOD, 170)
        self.tree.setColumnWidth(COL_RESPONSIBLE, 150)
        self.tree.setColumnWidth(COL_RELATED, 90)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)

        # --- form --------------------------------------------------------------------------------
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long Thai labels above their fields
        self.title_edit = CommitTextEdit(self, lines=2)
        self.indicator_combo = QComboBox(self)
        self.theme_combo = QComboBox(self)
        # made in the order they are shown, which is the order Tab visits them
        self.finding_edit = CommitTextEdit(self, lines=3)
        self.finding_offers = FindingOffers(ctx, self)
        self.steps_edit = CommitTextEdit(self, lines=7)
        self.preset_combo = QComboBox(self)
        self.start_edit = ThaiDateEdit(self)
        self.end_edit = ThaiDateEdit(self)
        for date_edit in (self.start_edit, self.end_edit):  # day and year in the unit's digits
            date_edit.set_digits(ctx.digits)
        self.period_text_edit = CommitLineEdit(self)
        self.period_text_edit.setPlaceholderText(self.tr("ข้อความแทนวันที่ (ถ้ามี) เช่น ตลอดปีงบประมาณ"))
        self.responsible_list = CheckList(self)
        self.responsible_list.setMaximumHeight(130)
        self.responsible_extra = CommitLineEdit(self)
        self.responsible_extra.setPlaceholderText(self.tr("เพิ่มผู้รับผิดชอบอื่น (คั่นด้วย , ) แล้วกด Enter"))
        self.related_list = CheckList(self, filterable=True, placeholder=self.tr("ค้นหาข้อคำถาม เช่น o10 หรือ คู่มือ"))
        self.related_list.setMinimumHeight(160)
        self.monitoring_edit = CommitTextEdit(self, lines=3)
        self.monitoring_edit.setPlaceholderText(self.tr("เช่น รายงานผลต่อนายกฯ รอบ ๖ และ ๑๒ เดือน และเผยแพร่ทางเว็บไซต์"))

        period_box = QWidget(self)
        period = QFormLayout(period_box)
        period.setContentsMargins(0, 0, 0, 0)
        period.addRow(self.tr("ช่วงสำเร็จรูป"), self.preset_combo)
        period.addRow(self.tr("เริ่ม"), self.start_edit)
        period.addRow(self.tr("สิ้นสุด"), self.end_edit)
        period.addRow(self.tr("ข้อความ"), self.period_text_edit)
        resp_box = QWidget(self)
        resp = QVBoxLayout(resp_box)
        resp.setContentsMargins(0, 0, 0, 0)
        resp.addWidget(self.responsible_list)
        resp.addWidget(self.responsible_extra)

        form.addRow(self.tr("มาตรการ/โครงการ/กิจกรรม"), self.title_edit)
        form.addRow(self.tr("ตัวชี้วัด"), self.indicator_combo)
        form.addRow(self.tr("ประเด็น"), self.theme_combo)
        finding_box = QVBoxLayout()
        finding_box.setContentsMargins(0, 0, 0, 0)
        finding_box.addWidget(self.finding_edit)
        finding_box.addWidget(self.finding_offers)
        form.addRow(self.tr("ผลการวิเคราะห์ที่สอดคล้อง"), finding_box)
        form.addRow(self.tr("ขั้นตอน/วิธีการดำเนินการ"), self.steps_edit)
        form.addRow(self.tr("ระยะเวลาดำเนินการ"), period_box)
        form.addRow(self.tr("ผู้รับผิดชอบ"), resp_box)
        form.addRow(self.tr("ข้อคำถามที่เกี่ยวข้อง"), self.related_list)
        form.addRow(self.tr("การติดตามและรายงานผล"), self.monitoring_edit)

        self.title_edit.committed.connect(lambda t: self._edit_current({"title": t}, self.title_edit.typing_session))
        self.finding_edit.committed.connect(lambda t: self._edit_current({"finding": t}, self.finding_edit.typing_session))
        self.steps_edit.committed.connect(lambda t: self._edit_current({"steps": t}, self.steps_edit.typing_session))
        self.monitoring_edit.committed.connect(lambda t: self._edit_current({"monitoring": t}, self.monitoring_edit.typing_session))
        self.period_text_edit.committed.connect(
            lambda t: self._edit_current({"period_text": t}, self.period_text_edit.typing_session))
        self.indicator_combo.activated.connect(
            lambda _i: self._edit_current({"indicator_number": self.indicator_combo.currentData()}))
        self.theme_combo.activated.connect(lambda _i: self._edit_current({"theme_number": self.theme_combo.currentData()}))
        self.start_edit.dateChanged.connect(lambda d: self._edit_current({"period_start": d}))
        self.end_edit.dateChanged.connect(lambda d: self._edit_current({"period_end": d}))
        self.preset_combo.activated.connect(self._preset_chosen)
        self.responsible_list.changed.connect(self._responsible_ticked)
        self.responsible_extra.committed.connect(self._responsible_typed)
        self.related_list.changed.connect(lambda codes: self._edit_current({"related_items": codes}))

        scroll = self.form_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 520])

        # --- no plan yet -------------------------------------------------------------------------
        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("สร้างแผนมาตรการว่างของปีนี้"), self.empty)
        self.copy_previous_button = QPushButton(self.empty)
        self.create_button.clicked.connect(self.create_plan)
        self.add_year_button = AddYearButton(ctx, self.empty)  # a new unit: its first year
        # a results year (2569): its measures are in the next year's plan (2570), go there
        self.next_plan_button = QPushButton(self.empty)
        self.next_plan_button.clicked.connect(
            lambda: self.ctx.select(self.ctx.unit_id, (self.ctx.fiscal_year or 0) + 1))
        self.next_plan_button.setDefault(True)
        self.copy_previous_button.clicked.connect(lambda: self.copy_previous_plan())
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        for b in (self.next_plan_button, self.copy_previous_button, self.create_button, self.add_year_button):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(b)
            row.addStretch(1)
            empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.editor = QWidget(self)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(bar)
        editor_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)

        for seq, slot in ((QKeySequence("Ctrl+Up"), lambda: self.move_measure(-1)),
                          (QKeySequence("Ctrl+Down"), lambda: self.move_measure(+1)),
                          (QKeySequence("Ctrl+N"), self.add_measure),
                          (QKeySequence("Ctrl+D"), self.duplicate_measure)):
            QShortcut(seq, self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, activated=self.delete_measure,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._sync_buttons()

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        unit_id, year = self.ctx.unit_id, self.ctx.fiscal_year
        view = None
        previous = following = None
        if unit_id is not None and year is not None:
            with self.ctx.db.session() as s:
                view = me.plan_view(s, unit_id, year)
                if view is None:
                    previous = me.find_plan_id(s, unit_id, year - 1)
                    following = me.find_plan_id(s, unit_id, year + 1)
        self.view = view
        current = self.current_measure_id()
        self.model.set_view(view)
        if view is None:
            self.stack.setCurrentWidget(self.empty)
            year_text = self.ctx.digits(str(year)) if year else "-"
            self.title_label.setText(self.tr("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ %1").replace("%1", year_text))
            if no_year(self.ctx):
                self.empty_label.setText(no_year_text())
            elif unit_id is None or year is None:
                self.empty_label.setText(self.tr("เลือกหน่วยงานและปีงบประมาณก่อน"))
            elif following is not None:  # the officer most likely wants the plan made from this year's results
                self.empty_label.setText(self.tr("ปีงบประมาณ %1 ยังไม่มีแผนมาตรการของตัวเอง — มาตรการที่จัดทำจากผลการประเมิน"
                                                 "ปี %1 อยู่ในแผนปีงบประมาณ %2")
                                         .replace("%1", year_text).replace("%2", self.ctx.digits(year + 1)))
            else:
                self.empty_label.setText(self.tr("ปีงบประมาณ %1 ยังไม่มีแผนมาตรการ").replace("%1", year_text))
            self.next_plan_button.setVisible(following is not None)
            self.next_plan_button.setText(self.tr("ไปที่แผนมาตรการปี %1").replace("%1", self.ctx.digits((year or 0) + 1)))
            self._previous_plan_id = previous
            self.copy_previous_button.setVisible(previous is not None)
            self.copy_previous_button.setText(
                self.tr("เริ่มจากแผนมาตรการปี %1").replace("%1", self.ctx.digits(str((year or 0) - 1))))
            self.create_button.setVisible(unit_id is not None and year is not None)
            self.add_year_button.setVisible(no_year(self.ctx))
            return
        self.stack.setCurrentWidget(self.editor)
        self.title_label.setText(self.tr("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ %1 (%2 มาตรการ)")
                                 .replace("%1", self.ctx.digits(str(view.fiscal_year)))
                                 .replace("%2", self.ctx.digits(str(len(view.measures)))))
        self.grouping_combo.setCurrentIndex(max(0, self.grouping_combo.findData(view.grouping)))
        theme = self.grouping_combo.findData(me.GROUP_BY_THEME)  # "(๗ ประเด็น)" in the unit's digits
        self.grouping_combo.setItemText(theme, self.ctx.digits(self.tr("ประเด็น (๗ ประเด็น)")))
        self.next_year_button.setEnabled(not view.next_year_exists)
        self._fill_choices(view)
        if current is not None and self.model.measure_index(current).isValid():
            self.select_measure(current)
        elif self.current_measure_id() is None and view.measures:
            self.select_measure(self.model.measure_ids()[0])
        self._load_form()

    def _after_reset(self) -> None:
        self.tree.expandAll()
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _fill_choices(self, view: me.PlanView) -> None:
        self._loading = True
        try:
            self.indicator_combo.clear()
            self.indicator_combo.addItem(self.tr("— ไม่ระบุ —"), None)
            for n, name in sorted(view.indicators.items()):
                self.indicator_combo.addItem(f"{self.ctx.digits(str(n))}. {name}", n)
            self.theme_combo.clear()
            self.theme_combo.addItem(self.tr("— ไม่ระบุ —"), None)
            for n, name in sorted(view.themes.items()):
                self.theme_combo.addItem(f"{self.ctx.digits(str(n))}. {name}", n)
            self.preset_combo.clear()
            self.preset_combo.addItem(self.tr("— เลือกช่วงเวลา —"), None)
            for label, start, end in period_presets(view.fiscal_year):
                self.preset_combo.addItem(self.ctx.digits(self.tr(label)), (start, end))
        finally:
            self._loading = False

    def current_measure_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(MEASURE_ID_ROLE) if index.isValid() else None

    def current_measure(self) -> me.MeasureView | None:
        index = self.tree.currentIndex()
        return index.data(MEASURE_ROLE) if index.isValid() else None

    def select_measure(self, measure_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.measure_index(measure_id))
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)

    def _current_changed(self, *_args) -> None:
        self._load_form()
        self._sync_buttons()

    def _load_form(self) -> None:
        m = self.current_measure()
        self.form_box.setEnabled(m is not None)
        self._sync_buttons()
        self.finding_offers.show_for(self.view, m)
        if m is None or self.view is None:
            return
        other = m.id != getattr(self, "_shown_measure_id", None)  # another measure: replace what is typed
        self._shown_measure_id = m.id
        self._loading = True
        try:
            self.title_edit.set_value(m.title, other)
            self.finding_edit.set_value(m.finding, other)
            self.steps_edit.set_value(m.steps, other)
            self.monitoring_edit.set_value(m.monitoring, other)
            self.period_text_edit.set_value(m.period_text, other)
            self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(m.indicator_number)))
            self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(m.theme_number)))
            self.start_edit.set_date(m.period_start)
            self.end_edit.set_date(m.period_end)
            self.preset_combo.setCurrentIndex(0)
            for i in range(1, self.preset_combo.count()):
                if self.preset_combo.itemData(i) == (m.period_start, m.period_end):
                    self.preset_combo.setCurrentIndex(i)
            names = list(self.view.departments) + [r for r in m.responsible if r not in self.view.departments]
            self.responsible_list.set_options([(n, n) for n in names], m.responsible)
            self.responsible_extra.set_value("")
            items = [(it.code, f"{it.code}  {it.text}") for it in self.view.items]
            known = {c for c, _ in items}
            items += [(c, c) for c in m.related_items if c not in known]
            self.related_list.set_options(items, m.related_items)
        finally:
            self._loading = False

    def _sync_buttons(self) -> None:
        m = self.current_measure()
        has = m is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and self._sibling(-1) is not None)
        self.down_button.setEnabled(has and self._sibling(+1) is not None)

    def _sibling(self, step: int) -> me.MeasureView | None:
        index = self.model.measure_index(self.current_measure_id()) if self.current_measure_id() else QModelIndex()
        if not index.isValid():
            return None
        sibling = index.siblingAtRow(index.row() + step)
        return sibling.data(MEASURE_ROLE) if sibling.isValid() else None

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    # --- writing -----------------------------------------------------------------------------

    def _edit_fields(self, measure_id: int, values: dict[str, Any], typing: Any = None) -> bool:
        return self._run(cmd.set_measure_fields(self.ctx, measure_id, values, typing=typing))

    def _edit_current(self, values: dict[str, Any], typing: Any = None) -> None:
        if self._loading:
            return
        m = self.current_measure()
        if m is None:
            return
        changed = {k: v for k, v in values.items() if getattr(m, k) != (tuple(v) if isinstance(v, list) else v)}
        if changed:
            if not self._edit_fields(m.id, changed, typing):
                self._load_form()  # show the stored value again

    def _preset_chosen(self, index: int) -> None:
        span = self.preset_combo.itemData(index)
        if span is not None:
            self._edit_current({"period_start": span[0], "period_end": span[1], "period_text": ""})

    def _responsible_ticked(self, names: list[str]) -> None:
        self._edit_current({"responsible": names})

    def _responsible_typed(self, text: str) -> None:
        m = self.current_measure()
        if m is None or not text.strip():
            return
        extra = [t.strip() for t in text.replace("\n", ",").split(",") if t.strip()]
        self._edit_current({"responsible": list(m.responsible) + [e for e in extra if e not in m.responsible]})
        self.responsible_extra.set_value("")
        self.responsible_extra.clear()

    def _grouping_chosen(self, _index: int) -> None:
        grouping = self.grouping_combo.currentData()
        if self.view is not None and grouping != self.view.grouping:
            self._run(cmd.set_grouping(self.ctx, self.view.plan_id, grouping))

    def add_measure(self) -> int | None:
        if self.view is None:
            return None
        values: dict[str, Any] = {}
        index = None
        current = self.tree.currentIndex()
        if current.isValid():
            key = current.data(GROUP_KEY_ROLE)
            if key is not None:
                values["indicator_number" if self.view.grouping == me.GROUP_BY_INDICATOR else "theme_number"] = key
            same_group = [m for m in self.view.measures
                          if (m.indicator_number if self.view.grouping == me.GROUP_BY_INDICATOR else m.theme_number) == key]
            if same_group:
                index = max(m.position for m in same_group) + 1
        command = cmd.add_measure(self.ctx, self.view.plan_id, index, values)
        if not self._run(command):
            return None
        new_id = command.state["id"]
        if self.search.text() and not self.proxy.mapFromSource(self.model.measure_index(new_id)).isValid():
            self.search.clear()  # the search would hide the new measure
        self.select_measure(new_id)
        self.form_scroll.ensureWidgetVisible(self.title_edit)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()  # typing replaces "มาตรการใหม่"
        return new_id

    def duplicate_measure(self) -> None:
        m = self.current_measure()
        if m is not None:
            command = cmd.duplicate_measure(self.ctx, m.id)
            if self._run(command):
                self.select_measure(command.state["id"])

    def delete_measure(self) -> None:
        m = self.current_measure()
        if m is None:
            return
        neighbour = self._sibling(+1) or self._sibling(-1)
        if self._run(cmd.delete_measure(self.ctx, m.id)):
            self.ctx.show_message(self.tr("ลบมาตรการแล้ว (กด Ctrl+Z เพื่อเลิกทำ)"))
            if neighbour is not None:
                self.select_measure(neighbour.id)

    def move_measure(self, step: int) -> None:
        m = self.current_measure()
        target = self._sibling(step)
        if m is None or target is None:
            return
        if self._run(cmd.move_measure(self.ctx, m.id, target.position)):
            self.select_measure(m.id)

    def create_plan(self) -> None:
        if self.ctx.unit_id is not None and self.ctx.fiscal_year is not None:
            self._run(cmd.create_plan(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year))

    def copy_previous_plan(self, dialog=None) -> bool:
        """Start this year's plan from chosen measures of last year's (carry_plan_dialog)."""
        if self.ctx.unit_id is None or self.ctx.fiscal_year is None:
            return False
        return run_carry_plan(self.ctx, self, self.ctx.unit_id, self.ctx.fiscal_year, dialog)

    def start_next_year(self, dialog=None) -> bool:
        """Start next year's plan from chosen measures of this one; the year selector follows."""
        if self.view is None:
            return False
        return run_carry_plan(self.ctx, self, self.view.unit_id, self.view.fiscal_year + 1, dialog)
