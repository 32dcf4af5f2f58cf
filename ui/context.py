"""What every screen is given: the database, the undo stack, and the current unit and year.

Screens never talk to each other; they read through services, write through QUndoCommands
that call services, and listen to ``changed`` (an ``app.services.changes.Changes``) to
refresh only what a change touched.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.services.changes import Changes
from app.store.db import Database
from app.thai.digits import digits
from ui.build_process import BuildProcess
from ui.file_dialogs import Folders


class UiContext(QObject):
    changed = Signal(object)  # Changes
    selection_changed = Signal()  # unit or fiscal year switched
    message = Signal(str)  # a short Thai status line for the window's status bar
    page_requested = Signal(str)  # a screen asks the window to show another (ui.pages.registry key)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.unit_id: int | None = None
        self.fiscal_year: int | None = None
        # The clock every screen asks for "today" (the current fiscal year, default years, the
        # round in progress); tests and the scenario replace it to freeze the date.
        self.today: Callable[[], dt.date] = dt.date.today
        self._thai_digits: dict[int, bool] = {}  # unit id -> its "ตัวเลขไทย" setting (see ``digits``)
        # where file dialogs start, per kind of file; the window replaces this with one that
        # keeps the folders in its settings
        self.folders = Folders()
        # The child process the Documents screen builds in: started after the window shows
        # (``ui.main.run_gui``) so its warm-up is done before the first build; stopped with us.
        self.builds = BuildProcess()
        builds = self.builds
        self.destroyed.connect(lambda *_: builds.shutdown())

    def select(self, unit_id: int | None, fiscal_year: int | None) -> None:
        if (unit_id, fiscal_year) != (self.unit_id, self.fiscal_year):
            self.unit_id, self.fiscal_year = unit_id, fiscal_year
            self.selection_changed.emit()

    def notify(self, changes: Changes) -> None:
        if changes.unit:
            self._thai_digits.clear()  # the setting may have changed: read it again when asked
        if changes.any:
            self.changed.emit(changes)

    # --- digits on screen: one setting, one rule ----------------------------------------------

    def digits(self, text: object) -> str:
        """``text`` with the digits the unit asked for (its "ตัวเลขไทย" setting, the same one its
        documents follow). The rule: every number the program writes on screen (years,
        counts, numbering, dates) goes through here; what the officer typed is shown as typed,
        and scores stay in the digits they are typed and published in (Arabic, as the NACC's
        system gives them)."""
        return digits(str(text), self.thai_digits)

    @property
    def thai_digits(self) -> bool:
        """The current unit's setting, read once per unit (and again after a unit edit)."""
        return self.thai_digits_of(self.unit_id)

    def thai_digits_of(self, unit_id: int | None) -> bool:
        """A unit's "ตัวเลขไทย" setting (Thai digits when there is no unit yet)."""
        if unit_id is None:
            return True
        if unit_id not in self._thai_digits:
            from app.store.models import Unit

            with self.db.session() as session:
                unit = session.get(Unit, unit_id)
                self._thai_digits[unit_id] = bool(unit.thai_digits) if unit is not None else True
        return self._thai_digits[unit_id]

    def show_message(self, text: str) -> None:
        """Tell the user something without a dialog (the main window shows it in its status bar)."""
        self.message.emit(text)
