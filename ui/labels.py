"""Thai labels and colours the screens share (status names, score formatting)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.store.models import STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED

_STATUS = {
    STATUS_DONE: QT_TRANSLATE_NOOP("Labels", "ดำเนินการแล้ว"),
    STATUS_IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "อยู่ระหว่างดำเนินการ"),
    STATUS_NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "ยังไม่ดำเนินการ"),
}
STATUS_COLORS = {
    STATUS_DONE: QColor("#d8f0d8"),
    STATUS_IN_PROGRESS: QColor("#fff1c9"),
    STATUS_NOT_STARTED: QColor("#e4e6e9"),  # grey, as in Tracking: not started is not an error
}
MISMATCH_COLOR = QColor("#ffd7d2")  # published value differs from computed
WEAK_COLOR = QColor("#fff0c2")  # lowest scores
COMPUTED_COLOR = QColor("#6b6b6b")  # text of values computed, not typed


def status_label(status: str) -> str:
    return QCoreApplication.translate("Labels", _STATUS.get(status, status))


def fmt(value: float | None, blank: str = "") -> str:
    """A score as shown on screen: two decimals, Arabic digits (what officers type)."""
    return blank if value is None else f"{value:.2f}"


def fmt_delta(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f}"
