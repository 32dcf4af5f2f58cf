"""Tracking: one row per measure for the chosen round, with its status and what was done.

Columns (``COL_*``): measure, group (indicator/theme), responsible, period, status, summary,
outcome, remarks, photos. Roles:

- ``Qt.DisplayRole``: text (status as its Thai label); ``Qt.EditRole``: the stored value
  (status key, texts) for the editable columns status, summary, outcome and remarks;
- a 12-month entry still as carried from the 6-month round shows ``CARRIED_MARK`` after its
  status, italic summary and outcome, and a tooltip saying so;
- ``Qt.BackgroundRole`` (status column): the status colour; ``Qt.ForegroundRole``: red on
  overdue rows' measure and period; ``Qt.ToolTipRole``: full text, and why a row is overdue;
- ``MEASURE_ID_ROLE``, ``STATUS_ROLE`` (key), ``OVERDUE_ROLE`` (bool), ``RESPONSIBLE_ROLE``
  (tuple of names), ``THEME_ROLE``, ``INDICATOR_ROLE``, ``ROW_ROLE`` (the ``TrackingRow``).

Edits go to ``on_edit(measure_id, values) -> bool`` (the page's undoable command).
``TrackingFilterProxy`` filters by status, department and theme/indicator.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from app.services.progress_edits import TrackingRow, TrackingView
from app.store.models import GROUP_BY_INDICATOR, STATUSES
from app.thai.dates import format_date
from app.thai.digits import to_thai_digits
from ui.models.measures_model import period_text
from ui.widgets.status import OVERDUE_COLOR, status_fill, status_label, status_text_color

(COL_TITLE, COL_GROUP, COL_RESPONSIBLE, COL_PERIOD, COL_STATUS, COL_SUMMARY, COL_OUTCOME,
 COL_REMARKS, COL_PHOTOS) = range(9)
HEADERS = ("มาตรการ/โครงการ/กิจกรรม", "ตัวชี้วัด/ประเด็น", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ",
           "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ", "หมายเหตุ", "ภาพ")
EDITABLE = {COL_STATUS: "status", COL_SUMMARY: "summary", COL_OUTCOME: "outcome", COL_REMARKS: "remarks"}

MEASURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
RESPONSIBLE_ROLE = Qt.ItemDataRole.UserRole + 4
THEME_ROLE = Qt.ItemDataRole.UserRole + 5
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 6
ROW_ROLE = Qt.ItemDataRole.UserRole + 7
CARRIED_MARK = "↻"  # the 12-month entry is still as carried from the 6-month round


class TrackingModel(QAbstractTableModel):
    def __init__(self, parent=None, on_edit: Callable[[int, dict], bool] | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.digits: Callable[[str], str] = to_thai_digits  # the page gives its context's rule
        self.view: TrackingView | None = None
        self.rows: list[TrackingRow] = []
        self.on_edit = on_edit
        self.today = today  # fixed in tests; None means the real today

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def set_view(self, view: TrackingView | None) -> None:
        rows = list(view.rows) if view else []
        same = (view is not None and self.view is not None and view.plan_id == self.view.plan_id
                and view.round == self.view.round and [r.measure_id for r in rows] == [r.measure_id for r in self.rows])
        if same:
            self.view, self.rows = view, rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.view, self.rows = view, rows
        self.endResetModel()

    def row_of(self, measure_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.measure_id == measure_id), -1)

    def is_overdue(self, row: TrackingRow) -> bool:
        return row.overdue(self._today())

    def group_text(self, row: TrackingRow) -> str:
        if self.view is None:
            return ""
        if self.view.grouping == GROUP_BY_INDICATOR:
            n = row.indicator_number
            return f"ตัวชี้วัดที่ {self.digits(str(n))}" if n else ""
        n = row.theme_number
        return f"ประเด็นที่ {self.digits(str(n))}" if n else ""

    def group_tooltip(self, row: TrackingRow) -> str:
        if self.view is None:
            return ""
        if self.view.grouping == GROUP_BY_INDICATOR:
            return self.view.indicators.get(row.indicator_number or 0, "")
        return self.view.themes.get(row.theme_number or 0, "")

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
                return self.tr(HEADERS[section])
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
                return self.digits(str(section + 1))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.EditRole:
            if col in EDITABLE:
                return getattr(r, EDITABLE[col])
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_GROUP:
                return self.group_tooltip(r)
            if r.carried and col in (COL_STATUS, COL_SUMMARY, COL_OUTCOME):
                return self.tr("%1 ยกมาจากรอบ ๖ เดือน ยังไม่ได้แก้ — แก้ให้ตรงกับผลรอบ ๑๒ เดือน")\
                    .replace("%1", CARRIED_MARK) + ("\n\n" + self._text(r, col) if col != COL_STATUS else "")
            if col in (COL_TITLE, COL_PERIOD) and self.is_overdue(r):
                end = self.digits(format_date(r.period_end))
                return self.tr("เลยกำหนด: สิ้นสุด %1 แต่ยังไม่ได้รายงานว่าดำเนินการแล้ว").replace("%1", end)
            return self._text(r, col) or None
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return status_fill(r.status)
        if role == Qt.ItemDataRole.FontRole and r.carried and col in (COL_SUMMARY, COL_OUTCOME):
            font = QFont()
            font.setItalic(True)  # still the 6-month text: set apart until the officer updates it
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS:
                return status_text_color(r.status)
            if col in (COL_TITLE, COL_PERIOD) and self.is_overdue(r):
                return OVERDUE_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PHOTOS, COL_STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == MEASURE_ID_ROLE:
            return r.measure_id
        if role == STATUS_ROLE:
            return r.status
        if role == OVERDUE_ROLE:
            return self.is_overdue(r)
        if role == RESPONSIBLE_ROLE:
            return r.responsible
        if role == THEME_ROLE:
            return r.theme_number
        if role == INDICATOR_ROLE:
            return r.indicator_number
        if role == ROW_ROLE:
            return r
        return None

    def _text(self, r: TrackingRow, col: int) -> str:
        if col == COL_TITLE:
            return ("⚠ " if self.is_overdue(r) else "") + r.title
        if col == COL_GROUP:
            return self.group_text(r)
        if col == COL_RESPONSIBLE:
            return "\n".join(r.responsible)
        if col == COL_PERIOD:
            return period_text(r, self.digits)  # TrackingRow has the same period fields as MeasureView
        if col == COL_STATUS:
            return status_label(r.status) + (f" {CARRIED_MARK}" if r.carried else "")
        if col == COL_SUMMARY:
            return r.summary
        if col == COL_OUTCOME:
            return r.outcome
        if col == COL_REMARKS:
            return r.remarks
        if col == COL_PHOTOS:
            return self.digits(str(r.photo_count)) if r.photo_count else ""
        return ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in EDITABLE and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        if self.on_edit is None:
            return False
        r = self.rows[index.row()]
        name = EDITABLE[index.column()]
        value = "" if value is None else str(value)
        if name == "status" and value not in STATUSES:
            return False
        if getattr(r, name) == value:
            return False
        return bool(self.on_edit(r.measure_id, {name: value}))


class TrackingFilterProxy(QSortFilterProxyModel):
    """Rows matching every filter set: status key, department name, theme or indicator number
    (``group`` is read with ``THEME_ROLE`` or ``INDICATOR_ROLE`` as ``group_role`` says);
    None means "any"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.department: str | None = None
        self.group: int | None = None
        self.group_role: int = THEME_ROLE
        self.overdue_only = False

    def set_filters(self, status: str | None = None, department: str | None = None, group: int | None = None,
                    group_role: int | None = None, overdue_only: bool = False) -> None:
        self.beginFilterChange()
        self.status, self.department, self.group = status, department, group
        if group_role is not None:
            self.group_role = group_role
        self.overdue_only = overdue_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.status is not None and index.data(STATUS_ROLE) != self.status:
            return False
        if self.department is not None and self.department not in (index.data(RESPONSIBLE_ROLE) or ()):
            return False
        if self.group is not None and index.data(self.group_role) != self.group:
            return False
        if self.overdue_only and not index.data(OVERDUE_ROLE):
            return False
        return True
