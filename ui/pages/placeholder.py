"""A stand-in page for screens still being built (shows "กำลังพัฒนา")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.changes import Changes
from ui.context import UiContext
from ui.pages.base import Page


class PlaceholderPage(Page):
    CARES = Changes()
    TITLE = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("%1\n\nกำลังพัฒนา").replace("%1", self.TITLE), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 16pt; color: palette(mid);")
        layout.addWidget(label)
