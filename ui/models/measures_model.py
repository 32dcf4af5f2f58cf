"""The measures plan as a two-level tree: groups (indicator or theme, as the plan is grouped)
and, under each, its measures in plan order — the way the printed plan reads.

Columns (``COL_*``): title, period, responsible, related items. Roles:

- ``Qt.DisplayRole``: the text; for a group row, its heading in column 0;
- ``Qt.EditRole`` (measure title only): the title, editable in place;
- ``MEASURE_ID_ROLE``: the measure id (None on group rows);
- ``GROUP_KEY_ROLE``: the group's indicator or theme number (None: "other measures");
- ``MEASURE_ROLE``: the ``app.services.measure_edits.MeasureView``;
- ``IS_GROUP_ROLE``: True on group rows.

The model does not write: an in-place title edit is handed to ``on_edit(measure_id, values)``
(the page pushes an undoable command) and the model is refreshed from the service afterwards.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.services.measure_edits import GROUP_BY_INDICATOR, MeasureView, PlanView
from app.thai.dates import format_date
from app.thai.digits import to_thai_digits

COL_TITLE, COL_PERIOD, COL_RESPONSIBLE, COL_RELATED = range(4)
HEADERS = ("มาตรการ/โครงการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "ข้อที่เกี่ยวข้อง")

MEASURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
MEASURE_ROLE = Qt.ItemDataRole.UserRole + 3
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 4

_TOP = 0xFFFFFFFF  # internalId of group rows; measure rows carry their group's row


def period_text(m: MeasureView, digits: Callable[[str], str] = to_thai_digits) -> str:
    """What the printed plan shows (free text wins, as typed); dates with ``digits``."""
    if m.period_text.strip():
        return m.period_text.strip()
    if m.period_start and m.period_end:
        return digits(f"{format_date(m.period_start, abbr=True)} – {format_date(m.period_end, abbr=True)}")
    if m.period_start:
        return digits(f"ตั้งแต่ {format_date(m.period_start, abbr=True)}")
    return ""


def group_key(m: MeasureView, grouping: str) -> int | None:
    return m.indicator_number if grouping == GROUP_BY_INDICATOR else m.theme_number


def group_heading(view: PlanView, key: int | None, grouping: str | None = None,
                  digits: Callable[[str], str] = to_thai_digits) -> str:
    grouping = grouping or view.grouping
    if key is None:
        return "มาตรการอื่น ๆ (ยังไม่ระบุ" + ("ตัวชี้วัด)" if grouping == GROUP_BY_INDICATOR else "ประเด็น)")
    number = digits(str(key))
    if grouping == GROUP_BY_INDICATOR:
        return f"ตัวชี้วัดที่ {number} {view.indicators.get(key, '')}".strip()
    return f"ประเด็นที่ {number} {view.themes.get(key, '')}".strip()


class MeasuresModel(QAbstractItemModel):
    def __init__(self, parent=None, on_edit: Callable[[int, dict], bool] | None = None) -> None:
        super().__init__(parent)
        self.digits: Callable[[str], str] = to_thai_digits  # the page gives its context's rule
        self.view: PlanView | None = None
        self.groups: list[tuple[int | None, list[MeasureView]]] = []
        self.on_edit = on_edit

    # --- loading -----------------------------------------------------------------------------

    @staticmethod
    def _grouped(view: PlanView | None) -> list[tuple[int | None, list[MeasureView]]]:
        if view is None:
            return []
        groups: dict[int | None, list[MeasureView]] = {}
        for m in view.measures:
            groups.setdefault(group_key(m, view.grouping), []).append(m)
        return [(k, groups[k]) for k in sorted(groups, key=lambda k: (k is None, k or 0))]

    def set_view(self, view: PlanView | None) -> None:
        """Show ``view``; keeps rows (and the selection) when only their contents changed."""
        groups = self._grouped(view)
        shape = [(k, [m.id for m in ms]) for k, ms in groups]
        old_shape = [(k, [m.id for m in ms]) for k, ms in self.groups]
        same_headings = (view is not None and self.view is not None and view.grouping == self.view.grouping
                         and view.indicators == self.view.indicators and view.themes == self.view.themes)
        if shape == old_shape and same_headings:
            self.view, self.groups = view, groups
            for row, (_k, ms) in enumerate(groups):
                parent = self.index(row, 0)
                if ms:
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(ms) - 1, len(HEADERS) - 1, parent))
            return
        self.beginResetModel()
        self.view, self.groups = view, groups
        self.endResetModel()

    # --- lookups -----------------------------------------------------------------------------

    def measure_index(self, measure_id: int, column: int = COL_TITLE) -> QModelIndex:
        for g, (_k, ms) in enumerate(self.groups):
            for r, m in enumerate(ms):
                if m.id == measure_id:
                    return self.index(r, column, self.index(g, 0))
        return QModelIndex()

    def measure_ids(self) -> list[int]:
        return [m.id for _k, ms in self.groups for m in ms]

    # --- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def _measure(self, index: QModelIndex | QPersistentModelIndex) -> MeasureView | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self.groups[index.internalId()][1][index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        if index.internalId() == _TOP:
            key, ms = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TITLE:
                return f"{group_heading(self.view, key, digits=self.digits)}  ({self.digits(str(len(ms)))})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == GROUP_KEY_ROLE:
                return key
            if role == IS_GROUP_ROLE:
                return True
            return None
        m = self._measure(index)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_TITLE:
                return m.title
            if col == COL_PERIOD:
                return period_text(m, self.digits)
            if col == COL_RESPONSIBLE:
                return ", ".join(m.responsible) if role == Qt.ItemDataRole.DisplayRole else "\n".join(m.responsible)
            if col == COL_RELATED:
                return ", ".join(m.related_items)
        if role == Qt.ItemDataRole.EditRole and col == COL_TITLE:
            return m.title
        if role == MEASURE_ID_ROLE:
            return m.id
        if role == GROUP_KEY_ROLE:
            return self.groups[index.internalId()][0]
        if role == MEASURE_ROLE:
            return m
        if role == IS_GROUP_ROLE:
            return False
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP and index.column() == COL_TITLE and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        m = self._measure(index)
        if m is None or role != Qt.ItemDataRole.EditRole or index.column() != COL_TITLE or self.on_edit is None:
            return False
        value = str(value or "").strip()
        if value == m.title:
            return False
        return bool(self.on_edit(m.id, {"title": value}))
