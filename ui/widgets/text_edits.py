"""Text editors that commit once, when the officer is done, not on every keystroke.

Every edit is saved (and undoable) as soon as it is committed, so a commit must mean "this is
the new value": on focus out, on Ctrl+Enter, or on Enter for one-line fields. ``set_value``
changes the text without committing and leaves a field being typed in alone.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """A multi-line editor emitting ``committed(text)`` when its text was changed and left."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._value = ""
        # A fixed height by lines: long Thai text scrolls inside rather than pushing the form about.
        metrics = self.fontMetrics()
        self.setFixedHeight(int(metrics.lineSpacing() * lines + 14))

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        text = text or ""
        if self.hasFocus() and self.toPlainText() != self._value:
            return  # being typed in: its own commit will come
        self._value = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        text = self.toPlainText()
        if text != self._value:
            self._value = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)


class CommitLineEdit(QLineEdit):
    """A one-line editor emitting ``committed(text)`` on Enter or focus out, if changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.editingFinished.connect(self.commit)

    def value(self) -> str:
        return self.text()

    def set_value(self, text: str) -> None:
        text = text or ""
        if self.hasFocus() and self.text() != self._value:
            return  # being typed in: its own commit will come
        self._value = text
        if self.text() != text:
            self.setText(text)

    def commit(self) -> None:
        if self.text() != self._value:
            self._value = self.text()
            self.committed.emit(self._value)
