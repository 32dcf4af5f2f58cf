"""The base class of every screen in the main window.

A page is a ``QWidget`` built with ``(ctx: UiContext, parent=None)``. It says which kinds of
change it shows by setting ``CARES`` (an ``app.services.changes.Changes`` whose true flags
matter to it) and implements ``refresh()``, which re-reads what it shows for
``ctx.unit_id``/``ctx.fiscal_year`` through services. The base class calls ``refresh()``:

- once when the page is first shown;
- when the unit or year is switched;
- when ``ctx.changed`` carries a flag in ``CARES``.

A hidden page only remembers that it is out of date and refreshes when it is shown again, so
an edit never pays for screens nobody is looking at.
"""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QLabel, QWidget

from app.services.changes import EVERYTHING, Changes
from ui.commands import ServiceCommand, push
from ui.context import UiContext
from ui.wheel_guard import guard_wheels
from ui.widgets.text_edits import commit_pending


class Page(QWidget):
    CARES: Changes = EVERYTHING

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)
        ctx.selection_changed.connect(self.mark_stale)

    def cares_about(self, changes: Changes) -> bool:
        return any(getattr(changes, f.name) and getattr(self.CARES, f.name) for f in fields(Changes))

    def _on_changed(self, changes: Changes) -> None:
        if self.cares_about(changes):
            self.mark_stale()

    def mark_stale(self) -> None:
        """Refresh now if visible, else on the next show."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        guard_wheels(self)  # the wheel scrolls the page, not its fields (new ones included)
        if self._stale:
            self._stale = False
            self.refresh()

    def make_error_label(self) -> QLabel:
        """The red line where an editing page shows why an edit was refused."""
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        return self.error_label

    def show_error(self, text: str) -> None:
        label = getattr(self, "error_label", None)
        if label is not None:
            label.setText(text)
            label.setVisible(bool(text))
        if text:
            self.ctx.show_message(text)

    def _run(self, command: ServiceCommand) -> bool:
        """Apply an edit through the undo stack; a refused edit shows its Thai reason.

        Text still waiting for its typing pause is saved first, to the record it was typed for
        (an add or a move may change which record the form shows)."""
        commit_pending(self)
        try:
            push(self.ctx, command)
        except ValueError as exc:
            self.show_error(str(exc))
            return False
        self.show_error("")
        return True

    def refresh(self) -> None:
        """Re-read and show the current unit and year (override)."""
