"""Overview: the selected year at a glance (read-only; data from app.services.overview)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QTableView, QVBoxLayout, QWidget,
)

from app.services.changes import Changes
from app.services.overview import IndicatorRow, year_overview
from app.store.models import STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED
from app.thai.dates import format_date
from ui.context import UiContext
from ui.dialogs.year_dialog import run_year_dialog
from ui.labels import MISMATCH_COLOR, STATUS_COLORS, WEAK_COLOR, fmt, fmt_delta, status_label
from ui.models.rows_model import CENTER, RIGHT, SORT_ROLE, Column, RowsTableModel
from ui.pages.base import Page
from ui.tr import translator


_tr = translator("OverviewPage")


class IndicatorCompareModel(RowsTableModel):
    """Each indicator's score this year against the previous year (rows: IndicatorRow)."""

    COL_NUMBER, COL_NAME, COL_TOOL, COL_SCORE, COL_PREVIOUS, COL_DELTA = range(6)

    def __init__(self, parent=None) -> None:
        def mismatch_tip(r: IndicatorRow):
            if r.mismatch:
                return _tr("คะแนนที่ประกาศ %1 ไม่ตรงกับที่คำนวณได้ %2").replace("%1", fmt(r.published)).replace("%2", fmt(r.computed))
            return None

        super().__init__([
            Column(_tr("ตัวชี้วัด"), lambda r: str(r.number), CENTER, sort=lambda r: r.number, numbers=True),
            Column(_tr("ชื่อตัวชี้วัด"), lambda r: r.name),
            Column(_tr("แบบวัด"), lambda r: r.tool, CENTER),
            Column(_tr("คะแนน"), lambda r: fmt(r.score, "-") + (" ≠" if r.mismatch else ""), RIGHT,
                   tooltip=mismatch_tip, background=lambda r: MISMATCH_COLOR if r.mismatch else None,
                   sort=lambda r: r.score if r.score is not None else -1),
            Column(_tr("ปีก่อน"), lambda r: fmt(r.previous, "-"), RIGHT,
                   sort=lambda r: r.previous if r.previous is not None else -1),
            Column(_tr("เปลี่ยนแปลง"), lambda r: fmt_delta(r.delta), RIGHT,
                   sort=lambda r: r.delta if r.delta is not None else 0),
        ], parent)
        self._previous_title: str | None = None

    def set_previous_title(self, title: str | None) -> None:
        """Name the compared year ("ปี ๒๕๖๔"): the nearest earlier year with results is not
        always the year before."""
        if title != self._previous_title:
            self._previous_title = title
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COL_PREVIOUS, self.COL_PREVIOUS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (section == self.COL_PREVIOUS and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole and self._previous_title):
            return self._previous_title
        return super().headerData(section, orientation, role)


class WeakItemsModel(RowsTableModel):
    """The lowest-scoring items (rows: WeakItem)."""

    COL_CODE, COL_INDICATOR, COL_SCORE, COL_TEXT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("ข้อ"), lambda w: w.code, CENTER),
            Column(_tr("ตัวชี้วัด"), lambda w: str(w.indicator), CENTER, numbers=True),
            Column(_tr("คะแนน"), lambda w: fmt(w.score), RIGHT, background=lambda w: WEAK_COLOR),
            Column(_tr("ข้อคำถาม"), lambda w: w.text, tooltip=lambda w: w.text),
        ], parent)


class RoundCountsModel(RowsTableModel):
    """Measures by status for each round (rows: RoundCounts)."""

    COL_ROUND, COL_DONE, COL_IN_PROGRESS, COL_NOT_STARTED, COL_TOTAL, COL_SHARE = range(6)

    def __init__(self, parent=None) -> None:
        def count(status):
            return Column(status_label(status), lambda r: str(r.counts.get(status, 0)), CENTER,
                          background=lambda r: STATUS_COLORS[status] if r.counts.get(status) else None, numbers=True)

        super().__init__([
            Column(_tr("รอบ"), lambda r: _tr("รอบ %1 เดือน").replace("%1", str(r.round)), numbers=True),
            count(STATUS_DONE), count(STATUS_IN_PROGRESS), count(STATUS_NOT_STARTED),
            Column(_tr("รวม"), lambda r: str(r.total), CENTER, numbers=True),
            Column(_tr("แล้วเสร็จ"),
                   lambda r: "-" if r.done_share is None else f"{100 * r.done_share:.0f}%", CENTER, numbers=True),
        ], parent)


class OverdueModel(RowsTableModel):
    """Measures whose period has ended and that are not done (rows: OverdueMeasure)."""

    COL_TITLE, COL_INDICATOR, COL_END, COL_STATUS, COL_RESPONSIBLE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("มาตรการ"), lambda o: o.title.replace("\n", " "), tooltip=lambda o: o.title),
            Column(_tr("ตัวชี้วัด/ประเด็น"), lambda o: str(o.indicator or o.theme or "-"), CENTER, numbers=True),
            Column(_tr("สิ้นสุด"), lambda o: format_date(o.period_end, thai=False, abbr=True), CENTER,
                   sort=lambda o: o.period_end.toordinal(), numbers=True),
            Column(_tr("สถานะล่าสุด"), lambda o: status_label(o.status), CENTER,
                   background=lambda o: STATUS_COLORS.get(o.status)),
            Column(_tr("ผู้รับผิดชอบ"), lambda o: ", ".join(o.responsible)),
        ], parent)


def _table(model, parent: QWidget, sortable: bool = False, stretch: int | None = None) -> QTableView:
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class OverviewPage(Page):
    CARES = Changes(unit=True, scores=True, measures=True, progress=True, catalogue=True)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: dt.date | None = None  # fixed by tests; None = today
        self.overview = None

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.add_year_button = QPushButton(self.tr("เพิ่มปีงบประมาณ…"), self)
        self.add_year_button.setToolTip(self.tr("เพิ่มผลการประเมินของปีใดก็ได้ และแผนมาตรการของปีถัดไป"))
        self.add_year_button.clicked.connect(lambda: run_year_dialog(self.ctx, self))
        self.overall_label = QLabel(self)
        self.overall_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.overall_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level_label = QLabel(self)
        self.level_label.setStyleSheet("font-size: 15pt;")
        self.level_label.setWordWrap(True)  # the hint for a plan year is a sentence
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)

        self.indicator_model = IndicatorCompareModel(self)
        self.weak_model = WeakItemsModel(self)
        self.rounds_model = RoundCountsModel(self)
        self.overdue_model = OverdueModel(self)
        for model in (self.indicator_model, self.weak_model, self.rounds_model, self.overdue_model):
            model.digits = ctx.digits  # years, counts and dates in the unit's digits, as on every page
        self.indicator_view = _table(self.indicator_model, self, sortable=True,
                                     stretch=IndicatorCompareModel.COL_NAME)
        self.weak_view = _table(self.weak_model, self, stretch=WeakItemsModel.COL_TEXT)
        self.rounds_view = _table(self.rounds_model, self)
        self.overdue_view = _table(self.overdue_model, self, sortable=True, stretch=OverdueModel.COL_TITLE)
        self.weak_indicators_label = QLabel(self)
        self.weak_indicators_label.setWordWrap(True)
        self.plan_label = QLabel(self)

        score_box = QGroupBox(self.tr("ผลการประเมิน"), self)
        sb = QVBoxLayout(score_box)
        sb.addWidget(self.overall_label)
        sb.addWidget(self.level_label)
        sb.addWidget(self.detail_label)
        sb.addStretch(1)

        self.ind_box = ind_box = QGroupBox(self.tr("คะแนนรายตัวชี้วัด เทียบกับปีก่อน"), self)
        QVBoxLayout(ind_box).addWidget(self.indicator_view)

        weak_box = QGroupBox(self.tr("จุดอ่อน: ตัวชี้วัดและข้อที่ได้คะแนนต่ำสุด"), self)
        wb = QVBoxLayout(weak_box)
        wb.addWidget(self.weak_indicators_label)
        wb.addWidget(self.weak_view)

        measures_box = QGroupBox(self.tr("มาตรการของปีนี้ ตามสถานะ แต่ละรอบ"), self)
        mb = QVBoxLayout(measures_box)
        mb.addWidget(self.plan_label)
        mb.addWidget(self.rounds_view)
        self.rounds_view.setMaximumHeight(110)
        overdue_box = QGroupBox(self.tr("มาตรการที่เลยกำหนดแล้วแต่ยังไม่แล้วเสร็จ"), self)
        QVBoxLayout(overdue_box).addWidget(self.overdue_view)

        content = QWidget(self)
        grid = QGridLayout(content)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.add_year_button)
        grid.addLayout(title_row, 0, 0, 1, 2)
        grid.addWidget(score_box, 1, 0)
        grid.addWidget(measures_box, 1, 1)
        grid.addWidget(ind_box, 2, 0)
        grid.addWidget(weak_box, 2, 1)
        grid.addWidget(overdue_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        ctx = self.ctx
        self.add_year_button.setEnabled(ctx.unit_id is not None)
        if ctx.unit_id is None or ctx.fiscal_year is None:
            self.overview = None
            self.title.setText(self.tr("ยังไม่ได้เลือกหน่วยงานและปีงบประมาณ") if ctx.unit_id is None else
                               self.tr("หน่วยงานนี้ยังไม่มีปีงบประมาณ — กด “เพิ่มปีงบประมาณ…” เพื่อกรอกผลการประเมินหรือมาตรการ"))
            for m in (self.indicator_model, self.weak_model, self.rounds_model, self.overdue_model):
                m.set_rows([])
            self.overall_label.clear()
            self.level_label.clear()
            self.detail_label.clear()
            return
        with ctx.db.session() as session:
            o = year_overview(session, ctx.unit_id, ctx.fiscal_year, today=self.today or ctx.today())
        self.overview = o
        self.title.setText(self.tr("%1 — ปีงบประมาณ %2").replace("%1", o.unit_name).replace("%2", self.ctx.digits(o.fiscal_year)))
        if not o.has_assessment:
            self.overall_label.setText(self.tr("ยังไม่มีผลการประเมินของปีนี้"))
            if o.has_plan and o.plan_year == o.fiscal_year:  # a plan year: its results come after it ends
                self.level_label.setText(self.tr("ปีนี้มีแผนมาตรการ: จัดทำมาตรการที่หน้า “มาตรการ” (Ctrl+4) "
                                                 "ติดตามผลที่หน้า “ติดตามผล” (Ctrl+5) ส่วนผลการประเมินของปีนี้ "
                                                 "กรอกที่หน้า “คะแนน” เมื่อได้รับจากสำนักงาน ป.ป.ช."))
            else:
                self.level_label.setText(self.tr("กรอกคะแนนได้ที่หน้า “คะแนน” (Ctrl+2)"))
            self.detail_label.clear()
        else:
            mark = " ≠" if o.overall_mismatch else ""
            self.overall_label.setText(self.tr("คะแนนรวม %1%2").replace("%1", fmt(o.overall, "-")).replace("%2", mark))
            level = o.level or "-"
            self.level_label.setText(self.tr("ระดับ: %1").replace("%1", level) + (" ≠" if o.level_mismatch else ""))
            lines = [
                self.tr("ที่ประกาศ: %1  ระดับ %2").replace("%1", fmt(o.overall_published, "-")).replace("%2", o.level_published or "-"),
                self.tr("ที่คำนวณได้: %1  ระดับ %2").replace("%1", fmt(o.overall_computed, "-")).replace("%2", o.level_computed or "-"),
            ]
            if o.previous_year is not None:
                lines.append(self.tr("ปี %1: %2  ระดับ %3").replace("%1", self.ctx.digits(o.previous_year))
                             .replace("%2", fmt(o.previous_overall, "-")).replace("%3", o.previous_level or "-"))
            if o.overall_mismatch or o.level_mismatch or o.mismatches:
                lines.append(self.tr("≠ ค่าที่ประกาศไม่ตรงกับที่คำนวณ %1 จุด (ดูหน้า “คะแนน”)").replace("%1", self.ctx.digits(o.mismatches)))
            self.detail_label.setText("\n".join(lines))
            color = "#b3261e" if (o.overall_mismatch or o.level_mismatch) else "palette(text)"
            self.overall_label.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {color};")
        self.indicator_model.set_rows(o.indicators)
        previous = o.previous_year if o.has_assessment else None
        self.indicator_model.set_previous_title(
            self.tr("ปี %1").replace("%1", self.ctx.digits(previous)) if previous is not None else None)
        self.ind_box.setTitle(self.tr("คะแนนรายตัวชี้วัด เทียบกับปี %1").replace("%1", self.ctx.digits(previous))
                              if previous is not None else self.tr("คะแนนรายตัวชี้วัด เทียบกับปีก่อน"))
        self.weak_model.set_rows(o.weakest_items)
        weak = ", ".join(self.tr("ตัวชี้วัดที่ %1 (%2)").replace("%1", self.ctx.digits(r.number)).replace("%2", fmt(r.score))
                         for r in o.weakest_indicators)
        self.weak_indicators_label.setText(self.tr("ตัวชี้วัดที่ต่ำสุด: %1").replace("%1", weak or "-"))
        self.rounds_model.set_rows(o.rounds if o.has_plan else [])
        if not o.has_plan:
            self.plan_label.setText(self.tr("ยังไม่มีมาตรการของปีงบประมาณนี้"))
        elif o.plan_year != o.fiscal_year:
            self.plan_label.setText(self.tr("มาตรการปีงบประมาณ %s (จัดทำจากผลปีนี้)") % self.ctx.digits(o.plan_year))
        else:
            self.plan_label.setText("")
        self.overdue_model.set_rows(o.overdue)
