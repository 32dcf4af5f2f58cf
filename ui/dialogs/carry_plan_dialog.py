"""Choosing which of the previous plan's measures a new plan year starts from.

``PreviousMeasuresPicker`` is the list (every measure ticked at first, with its last reported
status so the officer sees what was finished; buttons to tick all or only the unfinished) and is
used by the year dialog too. ``CarryPlanDialog`` wraps it for the measures page's "start from
the previous plan" buttons; ``run_carry_plan`` opens it and applies the choice as one undoable
step.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.services import carry_over
from app.services.changes import Changes
from app.store.models import STATUS_DONE
from app.thai.digits import digits
from ui import commands
from ui.commands_years import start_plan
from ui.context import UiContext
from ui.labels import status_label
from ui.widgets.checklist import CheckList
from ui.tr import translator


_tr = translator("CarryPlanDialog")


class PreviousMeasuresPicker(QWidget):
    """The previous plan's measures, ticked to be carried into the new plan."""

    def __init__(self, parent: QWidget | None = None, thai_digits: bool = True) -> None:
        super().__init__(parent)
        self.thai_digits = thai_digits  # the unit's digits setting (one rule on every screen)
        self.measures: list[carry_over.PreviousMeasure] = []
        self.list = CheckList(self, filterable=True, placeholder=self.tr("ค้นหามาตรการ…"))
        self.list.setMinimumHeight(180)
        self.count_label = QLabel(self)
        self.all_button = QPushButton(self.tr("เลือกทั้งหมด"), self)
        self.unfinished_button = QPushButton(self.tr("เฉพาะที่ยังไม่แล้วเสร็จ"), self)
        self.none_button = QPushButton(self.tr("ไม่เลือกเลย"), self)
        self.all_button.clicked.connect(lambda: self.list.set_checked(self.list.keys()) or self._count())
        self.unfinished_button.clicked.connect(self.tick_unfinished)
        self.none_button.clicked.connect(lambda: self.list.set_checked([]) or self._count())
        self.list.changed.connect(lambda _keys: self._count())
        buttons = QHBoxLayout()
        for b in (self.all_button, self.unfinished_button, self.none_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_measures(self, measures: list[carry_over.PreviousMeasure]) -> None:
        self.measures = list(measures)
        options = []
        for m in self.measures:
            # titles often carry their own numbering ("๑.มาตรการ…"): shown as written
            status = self.tr(" [%1]").replace("%1", status_label(m.status)) if m.status else ""
            options.append((str(m.id), " ".join(m.title.split()) + status))
        self.list.set_options(options, [key for key, _ in options])
        self._count()

    def tick_unfinished(self) -> None:
        self.list.set_checked([str(m.id) for m in self.measures if m.status != STATUS_DONE])
        self._count()

    def chosen_ids(self) -> list[int]:
        return [int(k) for k in self.list.checked()]

    def _count(self) -> None:
        self.count_label.setText(self.tr("เลือก %1 จาก %2 มาตรการ")
                                 .replace("%1", digits(str(len(self.list.checked())), self.thai_digits))
                                 .replace("%2", digits(str(len(self.measures)), self.thai_digits)))


class CarryPlanDialog(QDialog):
    """Start ``year``'s plan from chosen measures of ``year - 1``'s plan."""

    def __init__(self, year: int, measures: list[carry_over.PreviousMeasure], parent: QWidget | None = None,
                 thai_digits: bool = True) -> None:
        super().__init__(parent)
        self.year = year
        y, prev = digits(str(year), thai_digits), digits(str(year - 1), thai_digits)
        self.setWindowTitle(self.tr("เริ่มแผนมาตรการปี %1 จากแผนปี %2").replace("%1", y).replace("%2", prev))
        intro = QLabel(self.tr("เลือกมาตรการของแผนปี %2 ที่จะยกมาเป็นแผนปี %1 — ระยะเวลาเลื่อนไปหนึ่งปี "
                               "ผลการดำเนินการไม่ถูกยกมา แก้ไขหรือเพิ่มมาตรการได้ภายหลัง")
                       .replace("%1", y).replace("%2", prev), self)
        intro.setWordWrap(True)
        self.picker = PreviousMeasuresPicker(self, thai_digits)
        self.picker.set_measures(measures)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("สร้างแผนปี %1").replace("%1", y))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.list.changed.connect(lambda _k: self._sync())
        for b in (self.picker.all_button, self.picker.unfinished_button, self.picker.none_button):
            b.clicked.connect(self._sync)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._sync()

    def _sync(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.picker.chosen_ids()))


def run_carry_plan(ctx: UiContext, parent: QWidget | None, unit_id: int, year: int,
                   dialog: CarryPlanDialog | None = None) -> bool:
    """Ask which measures to carry into ``year``'s plan and create it (one undo step); the
    selection follows the new year. ``dialog`` lets tests hand in a prepared, accepted one."""
    thai = ctx.thai_digits_of(unit_id)
    with ctx.db.session() as s:
        prev_id, measures = carry_over.previous_measures(s, unit_id, year)
    if prev_id is None:
        ctx.show_message(_tr("ไม่มีแผนมาตรการปีงบประมาณ %1").replace("%1", digits(str(year - 1), thai)))
        return False
    if dialog is None:
        dialog = CarryPlanDialog(year, measures, parent, thai)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    try:
        commands.push(ctx, start_plan(ctx, unit_id, year, dialog.picker.chosen_ids()))
    except ValueError as exc:
        ctx.show_message(str(exc))
        return False
    ctx.select(unit_id, year)
    ctx.notify(Changes(measures=True))
    ctx.show_message(_tr("สร้างแผนมาตรการปี %1 จาก %2 มาตรการของแผนปี %3 แล้ว")
                     .replace("%1", digits(str(year), thai))
                     .replace("%2", digits(str(len(dialog.picker.chosen_ids())), thai))
                     .replace("%3", digits(str(year - 1), thai)))
    return True
