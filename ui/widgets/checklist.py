"""A filterable list of checkable options (departments responsible, related items).

Backed by a ``QStandardItemModel`` behind a ``QSortFilterProxyModel``; ``changed(list)`` is
emitted with the checked keys (in option order) when the user ticks or unticks one, never when
the page sets the state.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QWidget):
    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None, filterable: bool = False, placeholder: str = "") -> None:
        super().__init__(parent)
        self._quiet = False
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.filter = None
        if filterable:
            self.filter = QLineEdit(self)
            self.filter.setPlaceholderText(placeholder or self.tr("ค้นหา…"))
            self.filter.setClearButtonEnabled(True)
            self.filter.textChanged.connect(self.proxy.setFilterFixedString)
            layout.addWidget(self.filter)
            QWidget.setTabOrder(self.filter, self.view)  # Tab: the search above the list, then the list
        layout.addWidget(self.view)
        self.model.itemChanged.connect(self._item_changed)

    def set_options(self, options: Iterable[tuple[str, str]], checked: Sequence[str] = ()) -> None:
        """(key, label) pairs; rebuilt only when they differ from what is shown."""
        options = list(options)
        current = [(self.model.item(r).data(KEY_ROLE), self.model.item(r).text()) for r in range(self.model.rowCount())]
        self._quiet = True
        try:
            if current != options:
                self.model.clear()
                for key, label in options:
                    item = QStandardItem(label)
                    item.setData(key, KEY_ROLE)
                    item.setToolTip(label)
                    item.setCheckable(True)
                    item.setEditable(False)
                    self.model.appendRow(item)
            self._apply_checked(checked)
        finally:
            self._quiet = False

    def set_checked(self, keys: Sequence[str]) -> None:
        self._quiet = True
        try:
            self._apply_checked(keys)
        finally:
            self._quiet = False

    def _apply_checked(self, keys: Sequence[str]) -> None:
        wanted = set(keys)
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            state = Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def keys(self) -> list[str]:
        return [self.model.item(r).data(KEY_ROLE) for r in range(self.model.rowCount())]

    def checked(self) -> list[str]:
        return [self.model.item(r).data(KEY_ROLE) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def set_key_checked(self, key: str, on: bool) -> None:
        """Tick or untick one option as the user would (emits ``changed``)."""
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, _item: QStandardItem) -> None:
        if not self._quiet:
            self.changed.emit(self.checked())
