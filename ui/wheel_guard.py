"""The mouse wheel scrolls the page, never a value the officer is not editing.

Without this, scrolling down a long form changes whatever combo box, spin box or date field
passes under the pointer (the measure form's start month changed silently that way). Each
such field gets its own small event filter (``guard_wheel``; ``guard_wheels`` does every field
under a widget): a wheel event over a field without the keyboard focus goes to the nearest
scroll area instead, and the field stops taking the focus from the wheel, so it only reacts
to the wheel after a click or Tab.

The filter is a child of the field it guards, so it lives and dies with it: nothing is
installed on the application (an application-wide filter sees every event of every widget,
including those of widgets being torn down at exit).

Pages guard their fields each time they are shown (``ui.pages.base.Page``), the main window
its toolbar, and each dialog its own fields.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit…
NAME = "ita-wheel-guard"


class WheelGuard(QObject):
    """The event filter of one field (its parent)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, QWidget) or obj.hasFocus():
            return False
        area = obj.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # the page or form the field sits in scrolls instead
            viewport = area.viewport()
            pos = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            QApplication.sendEvent(viewport, QWheelEvent(
                pos, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                event.modifiers(), event.phase(), event.inverted(), event.source()))
        return True  # the field itself never sees it


def guard_wheel(field: QWidget) -> None:
    """Guard one combo box or spin box (again: nothing more happens)."""
    if field.findChild(WheelGuard, NAME, Qt.FindChildOption.FindDirectChildrenOnly) is not None:
        return
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    guard = WheelGuard(field)
    guard.setObjectName(NAME)
    field.installEventFilter(guard)


def guard_wheels(root: QWidget) -> None:
    """Guard every combo box and spin box under ``root`` (and ``root`` itself if it is one)."""
    fields = [w for kind in GUARDED for w in root.findChildren(kind)]
    if isinstance(root, GUARDED):
        fields.append(root)
    for field in fields:
        guard_wheel(field)
