"""Tracking the measures through a round (รอบ ๖ / ๑๒ เดือน) for the current unit and year.

Top: the round, filters (status, department, indicator/theme) and the counts; middle: one row
per measure with its status (coloured) and what was done, editable in place; bottom: the
selected measure's progress with its evidence photos, and the round's narratives per
indicator or theme. Every edit is an undoable command (``ui.commands_tracking``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSplitter, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.services import photo_edits, progress_edits
from app.services.changes import Changes
from app.store.models import GROUP_BY_INDICATOR, STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED
from app.thai.dates import format_round, round_in_progress
from ui import commands_tracking as cmd
from ui.context import UiContext
from ui.widgets.carry_round_bar import CarryRoundBar
from ui.models.tracking_model import (
    COL_GROUP, COL_OUTCOME, COL_PERIOD, COL_PHOTOS, COL_REMARKS, COL_RESPONSIBLE, COL_STATUS, COL_SUMMARY,
    COL_TITLE, INDICATOR_ROLE, MEASURE_ID_ROLE, THEME_ROLE, TrackingFilterProxy, TrackingModel,
)
from ui.pages.base import Page
from ui.widgets.no_year import AddYearButton, no_year, no_year_text
from ui.widgets.photo_strip import PhotoStrip
from ui.widgets.status import (
    STATUS_ORDER, MultiLineDelegate, StatusDelegate, status_fill, status_label, status_style_sheet,
    status_text_color,
)
from ui.widgets.text_edits import CommitTextEdit

OVERDUE_FILTER = "__overdue__"
GENERAL_NOTE = (None, None)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _chip(status: str, text: str) -> str:
    return (f'<span style="background:{status_fill(status).name()}; color:{status_text_color(status).name()};">'
            f"&nbsp;{text}&nbsp;</span>")


class TrackingPage(Page):
    CARES = Changes(unit=True, measures=True, progress=True, catalogue=True)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: progress_edits.TrackingView | None = None
        self._loading = False

        self.model = TrackingModel(self, on_edit=self._edit_progress)
        self.model.digits = ctx.digits
        self.proxy = TrackingFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.round_combo = QComboBox(self)
        self.round_combo.activated.connect(lambda _i: self.refresh())
        round_label = QLabel(self.tr("&รอบ:"), self)
        round_label.setBuddy(self.round_combo)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("ทุกสถานะ"), None)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.addItem(self.tr("เลยกำหนด"), OVERDUE_FILTER)
        self.department_filter = QComboBox(self)
        self.group_filter = QComboBox(self)
        for combo in (self.status_filter, self.department_filter, self.group_filter):
            combo.activated.connect(lambda _i: self._apply_filters())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.group_filter.setMinimumContentsLength(26)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        bar = QHBoxLayout()
        bar.addWidget(round_label)
        bar.addWidget(self.round_combo)
        bar.addSpacing(16)
        filter_label = QLabel(self.tr("กรอง:"), self)
        bar.addWidget(filter_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.department_filter)
        bar.addWidget(self.group_filter)
        # shown only with a plan to filter (no empty lists above an empty page)
        self._filter_widgets = (filter_label, self.status_filter, self.department_filter, self.group_filter)
        self._round_widgets = (round_label, self.round_combo)
        bar.addStretch(1)

        self.make_error_label()

        # --- the table ---------------------------------------------------------------------------
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.status_delegate = StatusDelegate(self.table)
        self.text_delegate = MultiLineDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_STATUS, self.status_delegate)
        for col in (COL_SUMMARY, COL_OUTCOME, COL_REMARKS):
            self.table.setItemDelegateForColumn(col, self.text_delegate)
        header = self.table.horizontalHeader()
        widths = {COL_TITLE: 300, COL_GROUP: 95, COL_RESPONSIBLE: 120, COL_PERIOD: 130, COL_STATUS: 150,
                  COL_SUMMARY: 260, COL_OUTCOME: 200, COL_REMARKS: 110, COL_PHOTOS: 40}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        # On a 1366×768 screen the columns are wider than the table: a stretched summary column
        # was squeezed to a sliver. It keeps its width and the table scrolls sideways instead.
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setMaximumSectionSize(self.fontMetrics().lineSpacing() * 4 + 10)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 8)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_detail())
        self.model.modelReset.connect(self._after_rows)
        self.model.dataChanged.connect(lambda *_: self._after_data())

        # --- the selected measure ----------------------------------------------------------------
        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.status_buttons = QButtonGroup(self)
        self.status_buttons.setExclusive(True)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("สถานะ:"), self))
        for i, status in enumerate(STATUS_ORDER):
            b = QPushButton(status_label(status), self)
            b.setCheckable(True)
            b.setStyleSheet(status_style_sheet(status))
            b.setProperty("status", status)
            self.status_buttons.addButton(b, i)
            status_row.addWidget(b)
        status_row.addStretch(1)
        self.status_buttons.idClicked.connect(lambda i: self._edit_current({"status": STATUS_ORDER[i]}))
        self.summary_edit = CommitTextEdit(self, lines=4)
        self.outcome_edit = CommitTextEdit(self, lines=3)
        self.remarks_edit = CommitTextEdit(self, lines=2)
        self.summary_edit.committed.connect(lambda t: self._edit_current({"summary": t}, self.summary_edit.typing_session))
        self.outcome_edit.committed.connect(lambda t: self._edit_current({"outcome": t}, self.outcome_edit.typing_session))
        self.remarks_edit.committed.connect(lambda t: self._edit_current({"remarks": t}, self.remarks_edit.typing_session))
        texts = QFormLayout()
        texts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        texts.addRow(self.tr("สรุปผลการดำเนินการ"), self.summary_edit)
        texts.addRow(self.tr("ผลลัพธ์/ความสำเร็จ"), self.outcome_edit)
        texts.addRow(self.tr("หมายเหตุ"), self.remarks_edit)
        self.photos = PhotoStrip(self)
        self.photos.folders = ctx.folders
        self.photos.files_chosen.connect(self.add_photo_files)
        self.photos.remove_requested.connect(lambda pid: self._run(cmd.remove_photo(self.ctx, pid)))
        self.photos.move_requested.connect(self._move_photo)
        self.photos.caption_edited.connect(
            lambda pid, text, typing: self._run(cmd.set_caption(self.ctx, pid, text, typing)))
        photo_box = QVBoxLayout()
        photo_box.addWidget(QLabel(self.tr("ภาพประกอบ (ลากไฟล์ภาพมาวางได้)"), self))
        photo_box.addWidget(self.photos, 1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(status_row)
        columns = QHBoxLayout()
        columns.addLayout(texts, 3)
        columns.addLayout(photo_box, 2)
        detail_layout.addLayout(columns, 1)
        self.detail = detail

        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        self.note_group = QComboBox(self)
        self.note_group.activated.connect(lambda _i: self._load_note())
        self.note_edit = CommitTextEdit(self, lines=6)
        self.note_edit.setPlaceholderText(self.tr("ย่อหน้าบรรยายผลการดำเนินงานของรอบนี้ ซึ่งพิมพ์ไว้เหนือตารางของกลุ่ม"))
        self.note_edit.committed.connect(self._note_committed)
        notes_layout.addWidget(self.note_group)
        notes_layout.addWidget(self.note_edit)
        notes_layout.addStretch(1)

        self.tabs = QTabWidget(self)
        # Each tab scrolls inside, so on a 1366×768 or 1280×720 screen the splitter can give
        # the table its share instead of the fixed-height fields clipping or pushing it away.
        self.tabs.addTab(_scrolling(detail), self.tr("ผลการดำเนินการของมาตรการที่เลือก"))
        self.tabs.addTab(_scrolling(notes), self.tr("คำบรรยายรายกลุ่ม"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 400])

        empty = QWidget(self)
        self.empty_label = QLabel(empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.add_year_button = AddYearButton(ctx, empty)  # a new unit: its first year
        # a results year (2569): the measures tracked are those of the next year's plan (2570)
        self.next_plan_button = QPushButton(empty)
        self.next_plan_button.clicked.connect(
            lambda: self.ctx.select(self.ctx.unit_id, (self.ctx.fiscal_year or 0) + 1))
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.add_year_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.next_plan_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(splitter)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.counts_label)
        self.carry_bar = CarryRoundBar(ctx, self)
        layout.addWidget(self.carry_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)

    # --- reading -----------------------------------------------------------------------------

    def current_round(self) -> int:
        return self.round_combo.currentData() or 12

    def refresh(self) -> None:
        unit_id, year = self.ctx.unit_id, self.ctx.fiscal_year
        if year is not None and self.round_combo.count() == 0 or self.round_combo.property("year") != year:
            # another year: start on the round in progress by date (6 months until March)
            keep = round_in_progress(year, getattr(self.ctx, "today", dt.date.today)()) if year else 12
            self.round_combo.clear()
            if year is not None:
                for rnd in (6, 12):
                    self.round_combo.addItem(self.ctx.digits(format_round(year, rnd)), rnd)
                self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(keep)))
            self.round_combo.setProperty("year", year)
        for i in range(self.round_combo.count()):  # the unit's digit setting may have changed
            self.round_combo.setItemText(i, self.ctx.digits(format_round(year, self.round_combo.itemData(i))))
        view = None
        if unit_id is not None and year is not None:
            with self.ctx.db.session() as s:
                view = progress_edits.tracking_view(s, unit_id, year, self.current_round())
        self.view = view
        self.carry_bar.show_for(view)
        current = self.current_measure_id()
        year_text = self.ctx.digits(str(year)) if year else "-"
        self.title_label.setText(self.tr("ติดตามผลการดำเนินการตามมาตรการ ปีงบประมาณ %1").replace("%1", year_text))
        for widget in self._filter_widgets:
            widget.setVisible(view is not None)
        for widget in self._round_widgets:
            widget.setVisible(year is not None)
        if view is None:
            self.model.set_view(None)
            self.stack.setCurrentIndex(0)
            following = None
            if unit_id is not None and year is not None:
                from app.services.measure_edits import find_plan_id

                with self.ctx.db.session() as s:
                    following = find_plan_id(s, unit_id, year + 1)
            if following is not None:
                self.empty_label.setText(self.tr("ปีงบประมาณ %1 ไม่มีแผนมาตรการให้ติดตาม — มาตรการที่จัดทำจากผลการประเมิน"
                                                 "ปี %1 ติดตามในปีงบประมาณ %2")
                                         .replace("%1", year_text).replace("%2", self.ctx.digits(year + 1)))
            else:
                self.empty_label.setText(self.tr("ปีงบประมาณ %1 ยังไม่มีแผนมาตรการ — เพิ่มมาตรการที่หน้า “มาตรการ” ก่อน")
                                         .replace("%1", year_text) if year else
                                         no_year_text() if no_year(self.ctx) else self.tr("เลือกหน่วยงานและปีงบประมาณก่อน"))
            self.next_plan_button.setVisible(following is not None)
            self.next_plan_button.setText(self.tr("ไปที่ปีงบประมาณ %1").replace("%1", self.ctx.digits((year or 0) + 1)))
            self.add_year_button.setVisible(no_year(self.ctx))
            self.counts_label.clear()
            return
        self.stack.setCurrentIndex(1)
        self._fill_filters(view)
        self.model.set_view(view)
        self._apply_filters(keep=current)
        self._fill_note_groups(view)
        self._load_detail()

    def _fill_filters(self, view: progress_edits.TrackingView) -> None:
        names = list(view.departments)
        for r in view.rows:
            names += [n for n in r.responsible if n not in names]
        keep_dept = self.department_filter.currentData()
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("ทุกผู้รับผิดชอบ"), None)
        for n in names:
            self.department_filter.addItem(n, n)
        self.department_filter.setCurrentIndex(max(0, self.department_filter.findData(keep_dept)))
        by_indicator = view.grouping == GROUP_BY_INDICATOR
        keep_group = self.group_filter.currentData() if self.group_filter.property("grouping") == view.grouping else None
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("ทุกตัวชี้วัด") if by_indicator else self.tr("ทุกประเด็น"), None)
        names_by_key = view.indicators if by_indicator else view.themes
        keys = sorted({(r.indicator_number if by_indicator else r.theme_number) for r in view.rows} - {None})
        for k in keys:
            label = f"{'ตัวชี้วัดที่' if by_indicator else 'ประเด็นที่'} {self.ctx.digits(str(k))} {names_by_key.get(k, '')}"
            self.group_filter.addItem(label.strip(), k)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(keep_group)))
        self.group_filter.setProperty("grouping", view.grouping)

    def _apply_filters(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_measure_id()
        status = self.status_filter.currentData()
        by_indicator = self.view is not None and self.view.grouping == GROUP_BY_INDICATOR
        self.proxy.set_filters(
            status=None if status == OVERDUE_FILTER else status,
            department=self.department_filter.currentData(),
            group=self.group_filter.currentData(),
            group_role=INDICATOR_ROLE if by_indicator else THEME_ROLE,
            overdue_only=status == OVERDUE_FILTER,
        )
        if keep is not None:
            self.select_measure(keep)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, COL_TITLE))
        self._update_counts()
        self._load_detail()

    def counts(self) -> dict[str, int]:
        """All the round's measures by status (filters ignored), plus "overdue" and "total"."""
        out = {s: 0 for s in STATUS_ORDER}
        for r in self.model.rows:
            out[r.status] = out.get(r.status, 0) + 1
        out["overdue"] = sum(1 for r in self.model.rows if self.model.is_overdue(r))
        out["total"] = len(self.model.rows)
        return out

    def _update_counts(self) -> None:
        c = self.counts()
        total = c["total"]
        share = 100.0 * c[STATUS_DONE] / total if total else 0.0
        parts = [
            self.tr("ทั้งหมด %1 มาตรการ").replace("%1", self.ctx.digits(str(total))),
            _chip(STATUS_DONE, f"{status_label(STATUS_DONE)} {self.ctx.digits(str(c[STATUS_DONE]))}"),
            _chip(STATUS_IN_PROGRESS, f"{status_label(STATUS_IN_PROGRESS)} {self.ctx.digits(str(c[STATUS_IN_PROGRESS]))}"),
            _chip(STATUS_NOT_STARTED, f"{status_label(STATUS_NOT_STARTED)} {self.ctx.digits(str(c[STATUS_NOT_STARTED]))}"),
            self.tr("ดำเนินการแล้วร้อยละ %1").replace("%1", self.ctx.digits(f"{share:.1f}")),
        ]
        if c["overdue"]:
            parts.append('<span style="color:#c62828;">' + self.tr("⚠ เลยกำหนด %1").replace(
                "%1", self.ctx.digits(str(c["overdue"]))) + "</span>")
        shown = self.proxy.rowCount()
        if shown != total:
            parts.append(self.tr("(แสดง %1 รายการตามตัวกรอง)").replace("%1", self.ctx.digits(str(shown))))
        self.counts_label.setText(" &nbsp; ".join(parts))

    def _after_rows(self) -> None:
        self.table.resizeRowsToContents()

    def _after_data(self) -> None:
        self._update_counts()
        self._load_detail()

    def current_measure_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(MEASURE_ID_ROLE) if index.isValid() else None

    def select_measure(self, measure_id: int) -> None:
        row = self.model.row_of(measure_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _current_row(self):
        mid = self.current_measure_id()
        row = self.model.row_of(mid) if mid is not None else -1
        return self.model.rows[row] if row >= 0 else None

    def _load_detail(self) -> None:
        r = self._current_row()
        self.detail.setEnabled(r is not None)
        if r is None:
            self.detail_title.setText(self.tr("เลือกมาตรการในตารางด้านบน"))
            self.photos.set_photos([])
            return
        self._loading = True
        try:
            self.detail_title.setText(r.title)
            for button in self.status_buttons.buttons():
                button.setChecked(button.property("status") == r.status)
            shown = (r.measure_id, self.current_round())
            other = shown != getattr(self, "_shown_progress", None)  # another measure or round
            self._shown_progress = shown
            self.summary_edit.set_value(r.summary, other)
            self.outcome_edit.set_value(r.outcome, other)
            self.remarks_edit.set_value(r.remarks, other)
            with self.ctx.db.session() as s:
                photos = photo_edits.list_photos(s, r.measure_id, self.current_round())
            self.photos.set_photos(photos)
        finally:
            self._loading = False

    # --- narratives --------------------------------------------------------------------------

    def _fill_note_groups(self, view: progress_edits.TrackingView) -> None:
        context = (view.plan_id, view.round)
        keep = self.note_group.currentData() if getattr(self, "_note_context", None) == context else None
        self._note_context = context
        by_indicator = view.grouping == GROUP_BY_INDICATOR
        self.note_group.clear()
        self.note_group.addItem(self.tr("ภาพรวมของรอบ (ไม่ระบุกลุ่ม)"), GENERAL_NOTE)
        names = view.indicators if by_indicator else view.themes
        for k in sorted(names):
            key = (k, None) if by_indicator else (None, k)
            prefix = "ตัวชี้วัดที่" if by_indicator else "ประเด็นที่"
            mark = " ✎" if view.notes.get(key) else ""
            self.note_group.addItem(f"{prefix} {self.ctx.digits(str(k))} {names[k]}{mark}", key)
        index = next((i for i in range(self.note_group.count())
                      if keep is not None and tuple(self.note_group.itemData(i)) == tuple(keep)), -1)
        if index < 0:  # start on the first group that has a narrative
            index = next((i for i in range(self.note_group.count())
                          if view.notes.get(self.note_group.itemData(i))), 0)
        self.note_group.setCurrentIndex(index)
        self._load_note()

    def _load_note(self) -> None:
        key = self.note_group.currentData()
        if self.view is not None and key is not None:
            shown = (self.view.plan_id, self.view.round, tuple(key))
            other = shown != getattr(self, "_shown_note", None)
            self._shown_note = shown
            self.note_edit.set_value(self.view.notes.get(tuple(key), ""), other)

    def _note_committed(self, text: str) -> None:
        key = self.note_group.currentData()
        if self.view is None or key is None:
            return
        indicator, theme = key
        self._run(cmd.set_note(self.ctx, self.view.plan_id, self.current_round(), text, indicator, theme,
                               self.note_edit.typing_session))

    # --- writing -----------------------------------------------------------------------------

    def _edit_progress(self, measure_id: int, values: dict[str, Any], typing: Any = None) -> bool:
        return self._run(cmd.set_progress(self.ctx, measure_id, self.current_round(), values, typing))

    def _edit_current(self, values: dict[str, Any], typing: Any = None) -> None:
        if self._loading:
            return
        r = self._current_row()
        if r is None:
            return
        changed = {k: v for k, v in values.items() if getattr(r, k) != v}
        if changed and not self._edit_progress(r.measure_id, changed, typing):
            self._load_detail()

    def set_status(self, measure_id: int, status: str) -> bool:
        return self._edit_progress(measure_id, {"status": status})

    def add_photo_files(self, paths: list[str]) -> bool:
        r = self._current_row()
        if r is None:
            return False
        from app.fsio import FileError, read_regular
        from app.limits import PHOTO_MAX_INPUT_BYTES

        files = []
        for p in paths:
            try:  # bounded, and a FIFO, a device or a folder is refused instead of hanging
                files.append((read_regular(p, PHOTO_MAX_INPUT_BYTES, "ไฟล์ภาพ"), Path(p).name))
            except FileError as exc:
                self.show_error(str(exc))
                return False
        before = {p.id for p in self.photos.model.photos()}
        if not (files and self._run(cmd.add_photos(self.ctx, r.measure_id, self.current_round(), files))):
            return False
        # the first photo added is chosen, its caption field ready: a caption is what comes next
        with self.ctx.db.session() as s:
            photos = photo_edits.list_photos(s, r.measure_id, self.current_round())
        added = [p.id for p in photos if p.id not in before]
        if added:
            self.photos.set_photos(photos, added[0])
            self.photos.edit_caption()
        return True

    def _move_photo(self, photo_id: int, new_index: int) -> None:
        if self._run(cmd.move_photo(self.ctx, photo_id, new_index)):
            # keep the moved photo selected so repeated moves carry on
            with self.ctx.db.session() as s:
                r = self._current_row()
                if r is not None:
                    self.photos.set_photos(photo_edits.list_photos(s, r.measure_id, self.current_round()), photo_id)
