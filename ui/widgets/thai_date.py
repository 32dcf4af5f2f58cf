"""A Buddhist-era date editor: day, Thai month name, BE year; optionally blank.

Qt's calendars have no Buddhist era, and officers read and type dates as "๑ ตุลาคม ๒๕๖๘", so
the editor is three plain fields. The year field's lowest value stands for "no date".
Dates are ``datetime.date`` (Gregorian) in and out, as the database stores them.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from app.thai.dates import BE_OFFSET, MONTHS
from app.thai.digits import to_arabic_digits

NO_YEAR = 2499  # shown as "ไม่ระบุ"


class DigitSpinBox(QSpinBox):
    """A spin box that shows its number in the digits it is given (``digits``: the unit's rule,
    ``UiContext.digits``) and takes Thai or Arabic digits typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits: Callable[[str], str] | None = None  # None: Arabic, Qt's own

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        text = super().textFromValue(value)
        return self.digits(text) if self.digits is not None else text

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        return super().valueFromText(to_arabic_digits(text))

    def validate(self, text: str, pos: int) -> object:
        arabic = to_arabic_digits(text)
        if arabic == text:
            return super().validate(text, pos)
        state = super().validate(arabic, pos)
        # PySide returns (state, text, pos): give Qt back what was typed, in the digits typed
        return (state[0], text, pos) if isinstance(state, tuple) else state


class ThaiDateEdit(QWidget):
    """``dateChanged(object)`` carries a ``datetime.date`` or None, once per user change."""

    dateChanged = Signal(object)  # noqa: N815 - Qt style

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self._optional = optional
        self._quiet = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.day = DigitSpinBox(self)
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("วันที่"))
        self.month = QComboBox(self)
        for i, name in enumerate(MONTHS, start=1):
            self.month.addItem(name, i)
        self.month.setAccessibleName(self.tr("เดือน"))
        self.year = DigitSpinBox(self)
        self.year.setRange(NO_YEAR if optional else 2500, 2700)
        if optional:
            self.year.setSpecialValueText(self.tr("ไม่ระบุ"))
        self.year.setAccessibleName(self.tr("ปี พ.ศ."))
        self.year.setToolTip(self.tr("ปี พ.ศ. (ลดจนสุดเพื่อไม่ระบุวันที่)"))
        # room for "ไม่ระบุ" and a four-digit year beside the arrows, at any width of the form
        self.year.setMinimumWidth(self.year.fontMetrics().horizontalAdvance(self.tr("ไม่ระบุ")) + 44)
        for spin in (self.day, self.year):
            spin.setKeyboardTracking(False)  # typed digits count once the field is left
        layout.addWidget(self.day)
        layout.addWidget(self.month, 1)
        layout.addWidget(self.year)
        self.day.valueChanged.connect(self._changed)
        self.month.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        self.set_date(None if optional else dt.date.today())

    def set_digits(self, digits: Callable[[str], str] | None) -> None:
        """Show day and year in ``digits`` (the unit's rule; None: Arabic)."""
        for spin in (self.day, self.year):
            spin.digits = digits
        self._redraw()

    def _redraw(self) -> None:
        """Write the numbers again (the digits setting may have changed while the values did not:
        setting the prefix is the way Qt offers to refresh a spin box's text)."""
        for spin in (self.day, self.year):
            spin.setPrefix(spin.prefix())

    def date(self) -> dt.date | None:
        year = self.year.value()
        if self._optional and year == NO_YEAR:
            return None
        ad = year - BE_OFFSET
        month = self.month.currentData()
        day = min(self.day.value(), calendar.monthrange(ad, month)[1])
        return dt.date(ad, month, day)

    def set_date(self, value: dt.date | None) -> None:
        self._quiet = True
        try:
            if value is None:
                self.year.setValue(NO_YEAR if self._optional else dt.date.today().year + BE_OFFSET)
            else:
                self.year.setValue(value.year + BE_OFFSET)
                self.month.setCurrentIndex(value.month - 1)
                self.day.setValue(value.day)
            self._sync_enabled()
            self._redraw()
        finally:
            self._quiet = False

    def _sync_enabled(self) -> None:
        blank = self._optional and self.year.value() == NO_YEAR
        self.day.setEnabled(not blank)
        self.month.setEnabled(not blank)

    def _changed(self, *_args) -> None:
        self._sync_enabled()
        if not self._quiet:
            self.dateChanged.emit(self.date())
