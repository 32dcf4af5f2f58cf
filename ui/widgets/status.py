"""Progress statuses on screen: Thai labels, colours, and the table delegate that edits them.

Colours follow what officers expect from the paper forms' highlighting: amber for in progress,
green for done, grey for not started. The delegate paints a coloured pill and edits with a
combo box; the model's ``Qt.EditRole`` for the status column is the stored key.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.store.models import STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED

STATUS_ORDER = (STATUS_IN_PROGRESS, STATUS_DONE, STATUS_NOT_STARTED)
_LABELS = {
    STATUS_IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    STATUS_DONE: "ดำเนินการแล้ว",
    STATUS_NOT_STARTED: "ยังไม่ดำเนินการ",
}
# (fill, text) per status
STATUS_COLORS = {
    STATUS_IN_PROGRESS: (QColor("#f6c343"), QColor("#4a3600")),
    STATUS_DONE: (QColor("#3fa34d"), QColor("#ffffff")),
    STATUS_NOT_STARTED: (QColor("#c9cdd2"), QColor("#33373b")),
}
OVERDUE_COLOR = QColor("#c62828")


def status_label(status: str) -> str:
    return QCoreApplication.translate("Status", _LABELS.get(status, status))


def status_fill(status: str) -> QColor:
    return STATUS_COLORS.get(status, STATUS_COLORS[STATUS_NOT_STARTED])[0]


def status_text_color(status: str) -> QColor:
    return STATUS_COLORS.get(status, STATUS_COLORS[STATUS_NOT_STARTED])[1]


def status_style_sheet(status: str) -> str:
    """For a checkable button standing for one status."""
    fill, text = status_fill(status), status_text_color(status)
    return (f"QPushButton {{ padding: 4px 10px; border: 1px solid {fill.darker(130).name()}; border-radius: 4px; }}"
            f"QPushButton:checked {{ background: {fill.name()}; color: {text.name()}; font-weight: bold; }}")


class StatusDelegate(QStyledItemDelegate):
    """Paints the status as a coloured pill; edits it with a combo box of the three statuses."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        status = index.data(Qt.ItemDataRole.EditRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.backgroundBrush = option.palette.base()
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        height = min(rect.height(), option.fontMetrics.height() + 8)
        rect.setTop(rect.top() + (rect.height() - height) / 2)
        rect.setHeight(height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_fill(status))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(status_text_color(status))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, status_label(status))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        size.setWidth(max(size.width(), option.fontMetrics.horizontalAdvance(status_label(STATUS_IN_PROGRESS)) + 28))
        return size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for status in STATUS_ORDER:
            combo.addItem(status_label(status), status)
            combo.setItemData(combo.count() - 1, status_fill(status), Qt.ItemDataRole.DecorationRole)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MultiLineDelegate(QStyledItemDelegate):
    """Edits long Thai text in a table cell with a plain-text box (Ctrl+Enter or leaving saves)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        from PySide6.QtWidgets import QPlainTextEdit

        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setBackgroundRole(QPalette.ColorRole.Base)
        editor.setAutoFillBackground(True)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), 120))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
