"""A read-only table model over a list of rows, for the many small tables of the screens.

Subclasses list their columns as ``Column``s (header, how to get the cell text from a row and,
optionally, alignment, tooltip, background and sort key) and define ``COL_*`` constants for
their positions. Roles:

- ``Qt.DisplayRole``: the text; ``Qt.ToolTipRole``, ``Qt.BackgroundRole``,
  ``Qt.TextAlignmentRole`` as the column says;
- ``ROW_ROLE``: the row object itself (for the page to act on the selection);
- ``SORT_ROLE``: a sortable value (numbers stay numbers) for ``QSortFilterProxyModel``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str | None] | None = None
    background: Callable[[Any], Any] | None = None
    sort: Callable[[Any], Any] | None = None
    numbers: bool = False  # a number the program writes (count, year, date): in the unit's digits


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        # the digit rule for ``numbers`` columns (the page gives ``ctx.digits``)
        self.digits: Callable[[str], str] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = col.text(row)
            return self.digits(text) if col.numbers and self.digits is not None and text else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return col.background(row) if col.background else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else col.text(row)
        return None
