"""The mouse wheel scrolls the page, never a value the officer is not editing.

Without this, scrolling down a long form changes whatever combo box, spin box or date field
passes under the pointer (the measure form's start month changed silently that way). One
application-wide event filter hands a wheel event over to the nearest scroll area unless
the field has the keyboard focus; the fields stop taking focus from the wheel, so a field only
reacts to the wheel after a click or Tab.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers QSpinBox, QDoubleSpinBox, QDateEdit…
NAME = "ita-wheel-guard"


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
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
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once on ``app`` (later calls return the one installed)."""
    existing = app.findChild(WheelGuard, NAME)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    guard.setObjectName(NAME)
    app.installEventFilter(guard)
    return guard

