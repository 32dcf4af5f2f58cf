"""The year dialog: add a fiscal year's results and/or its measures plan to a unit.

Any year from the oldest shipped catalogue to the current year + 1 can be chosen (the current
year follows ``ctx.today()``). The defaults are what an officer most likely needs on that day:
the results of the year just assessed and the plan for the year after it. A results year
with no catalogue of its own shows which catalogues exist, by name, and the one to copy must
be chosen here — the dialog says what will be copied, it never substitutes one silently. A new
plan can start from chosen measures of the previous year's plan.

``run_year_dialog`` opens it and applies the choice as one undo step (a macro of "add the
results year" and "create the plan"), then selects the new year.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QRadioButton, QVBoxLayout, QWidget,
)

from app.services import carry_over
from app.services.changes import Changes
from app.services.years import YearOptions, year_options
from app.store.models import Unit
from app.thai.dates import format_date
from app.thai.digits import digits
from ui import commands
from ui.commands_years import add_results_year, start_plan
from ui.context import UiContext
from ui.dialogs.carry_plan_dialog import PreviousMeasuresPicker
from ui.tr import translator
from ui.wheel_guard import guard_wheels

WARN_STYLE = "color: #8a4b00; background: #fff4d6; padding: 6px; border-radius: 4px;"


_tr = translator("YearDialog")


def _digits(ctx: UiContext, unit_id: int, number: int) -> str:
    """``number`` in the unit's digits (its "ตัวเลขไทย" setting, as on every screen)."""
    return digits(str(number), ctx.thai_digits_of(unit_id))


@dataclass(frozen=True)
class YearChoice:
    """What the officer chose: ``results_year`` (None: none), the catalogue to copy when that
    year has none, ``plan_year`` (None: none) and the previous measures to start it from
    (None: an empty plan)."""

    results_year: int | None
    copy_from: str | None
    plan_year: int | None
    from_previous: tuple[int, ...] | None


class YearDialog(QDialog):
    def __init__(self, ctx: UiContext, unit_id: int, unit_name: str = "", results_year: int | None = None,
                 plan_year: int | None = None, parent: QWidget | None = None, with_plan: bool = True) -> None:
        super().__init__(parent)
        self.ctx, self.unit_id = ctx, unit_id
        self._thai_digits = ctx.thai_digits_of(unit_id)
        today = ctx.today()
        with ctx.db.session() as s:
            self.options: YearOptions = year_options(s, unit_id, today)
        o = self.options
        self.setWindowTitle(self.tr("เพิ่มปีงบประมาณ"))
        intro = QLabel(self.tr("%1\nวันนี้ %2 อยู่ในปีงบประมาณ %3 — เพิ่มได้ตั้งแต่ปี %4 ถึง %5")
                       .replace("%1", unit_name).replace("%2", format_date(today, self._thai_digits))
                       .replace("%3", self._y(o.current_year)).replace("%4", self._y(o.first_year)).replace("%5", self._y(o.last_year)), self)
        intro.setWordWrap(True)

        # --- results ---------------------------------------------------------------------------
        self.results_box = QGroupBox(self.tr("ผลการประเมิน (คะแนน) ที่ได้รับจากสำนักงาน ป.ป.ช."), self)
        self.results_box.setCheckable(True)
        self.results_year = self._year_combo(self.results_box, o.results_year, self.tr("ปีที่เพิ่งประเมิน"))
        self.catalogue_label = QLabel(self.results_box)
        self.catalogue_label.setWordWrap(True)
        self.copy_combo = QComboBox(self.results_box)
        self.copy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.copy_combo.setMinimumContentsLength(40)
        for c in reversed(o.catalogues):
            self.copy_combo.addItem(self._shown(c.label), c.code)
        self.copy_note = QLabel(self.results_box)
        self.copy_note.setWordWrap(True)
        form = QFormLayout(self.results_box)
        form.addRow(self.tr("ปีงบประมาณ:"), self.results_year)
        form.addRow(self.catalogue_label)
        self.copy_label = QLabel(self.tr("คัดลอกจาก:"), self.results_box)
        form.addRow(self.copy_label, self.copy_combo)
        form.addRow(self.copy_note)

        # --- plan ------------------------------------------------------------------------------
        self.plan_box = QGroupBox(self.tr("แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส"), self)
        self.plan_box.setCheckable(True)
        self.plan_year = self._year_combo(self.plan_box, o.plan_year, self.tr("ปีที่จัดทำมาตรการ"))
        self.plan_note = QLabel(self.plan_box)
        self.plan_note.setWordWrap(True)
        self.from_previous = QRadioButton(self.plan_box)
        self.empty_plan = QRadioButton(self.tr("แผนว่าง"), self.plan_box)
        group = QButtonGroup(self)
        group.addButton(self.from_previous)
        group.addButton(self.empty_plan)
        self.picker = PreviousMeasuresPicker(self.plan_box, self._thai_digits)
        pform = QFormLayout(self.plan_box)
        pform.addRow(self.tr("ปีงบประมาณ:"), self.plan_year)
        pform.addRow(self.plan_note)
        pform.addRow(self.from_previous)
        pform.addRow(self.picker)
        pform.addRow(self.empty_plan)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เพิ่ม"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.results_box)
        layout.addWidget(self.plan_box, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        if results_year is not None:
            self.set_results_year(results_year)
        if plan_year is not None:
            self.set_plan_year(plan_year)
        elif results_year is not None and o.first_year <= results_year + 1 <= o.last_year:
            self.set_plan_year(results_year + 1)
        self.results_box.setChecked(self.results_year.currentData() not in o.assessment_years)
        self.plan_box.setChecked(with_plan and self.plan_year.currentData() not in o.plan_years)
        for w in (self.results_box, self.plan_box):
            w.toggled.connect(lambda _on: self._sync())
        self.results_year.currentIndexChanged.connect(lambda _i: self._sync())
        self.plan_year.currentIndexChanged.connect(lambda _i: self._load_previous())
        self.copy_combo.currentIndexChanged.connect(lambda _i: self._sync())
        self.from_previous.toggled.connect(lambda _on: self._sync())
        self.picker.list.changed.connect(lambda _k: self._sync())
        for b in (self.picker.all_button, self.picker.unfinished_button, self.picker.none_button):
            b.clicked.connect(self._sync)
        self._load_previous()
        self.resize(820, 640 if self.picker.isVisibleTo(self) else 420)
        guard_wheels(self)  # the wheel never changes a year under the pointer

    def _year_combo(self, parent: QWidget, default: int, default_note: str) -> QComboBox:
        combo = QComboBox(parent)
        o = self.options
        for year in range(o.last_year, o.first_year - 1, -1):
            notes = []
            if year == default:
                notes.append(default_note)
            if year == o.current_year:
                notes.append(_tr("ปีปัจจุบัน"))
            if year in o.assessment_years:
                notes.append(_tr("มีผลการประเมินแล้ว"))
            if year in o.plan_years:
                notes.append(_tr("มีแผนมาตรการแล้ว"))
            label = self._y(year) + (f"  ({', '.join(notes)})" if notes else "")
            combo.addItem(label, year)
        combo.setCurrentIndex(combo.findData(default))
        return combo

    def _y(self, number: int) -> str:
        return digits(str(number), self._thai_digits)

    def _shown(self, text: str) -> str:
        """A service's text (written with Thai digits) in the unit's digits; codes such as
        "ITA-2569" are Arabic either way."""
        return text if self._thai_digits else digits(text, False)

    # --- state -------------------------------------------------------------------------------

    def set_results_year(self, year: int) -> None:
        self.results_year.setCurrentIndex(max(0, self.results_year.findData(year)))

    def set_plan_year(self, year: int) -> None:
        self.plan_year.setCurrentIndex(max(0, self.plan_year.findData(year)))

    def set_copy_from(self, code: str) -> None:
        self.copy_combo.setCurrentIndex(max(0, self.copy_combo.findData(code)))

    def needs_copy(self) -> bool:
        year = self.results_year.currentData()
        return self.results_box.isChecked() and self.options.catalogue_for(year) is None

    def _load_previous(self) -> None:
        year = self.plan_year.currentData()
        with self.ctx.db.session() as s:
            prev_id, measures = carry_over.previous_measures(s, self.unit_id, year)
        self.picker.set_measures(measures)
        has_previous = prev_id is not None
        self.from_previous.setText(self.tr("เริ่มจากมาตรการของแผนปี %1 (เลือกได้ว่าจะยกมาตรการใดมา)")
                                   .replace("%1", self._y(year - 1)) if has_previous
                                   else self.tr("ไม่มีแผนมาตรการปี %1 ให้เริ่มต้น").replace("%1", self._y(year - 1)))
        self.from_previous.setEnabled(has_previous)
        self.picker.setVisible(has_previous)  # nothing to choose from: no empty list taking room
        (self.from_previous if has_previous else self.empty_plan).setChecked(True)
        self._sync()

    def _sync(self) -> None:
        o = self.options
        year = self.results_year.currentData()
        own = o.catalogue_for(year)
        if own is not None:
            self.catalogue_label.setText(self.tr("ชุดตัวชี้วัด: %1").replace("%1", self._shown(own.label)))
            self.catalogue_label.setStyleSheet("")
        else:
            self.catalogue_label.setText(
                self.tr("ปีงบประมาณ %1 ยังไม่มีชุดตัวชี้วัดของตัวเอง (ทั้งที่มากับโปรแกรมและในฐานข้อมูล) "
                        "— เลือกชุดที่จะคัดลอกมาใช้กับปีนี้").replace("%1", self._y(year)))
            self.catalogue_label.setStyleSheet(WARN_STYLE)
            if self.copy_combo.property("year") != year:
                suggestion = o.newest_catalogue_before(year)
                if suggestion is not None:
                    self.set_copy_from(suggestion.code)
                self.copy_combo.setProperty("year", year)
        for w in (self.copy_label, self.copy_combo, self.copy_note):
            w.setVisible(own is None)
        if own is None:
            self.copy_note.setText(self.tr("จะคัดลอก “%1” เป็นชุดใหม่ “ITA-%2” (ฉบับชั่วคราว) "
                                           "แก้ถ้อยคำข้อคำถามให้ตรงกับปี %3 ได้ภายหลัง")
                                   .replace("%1", self.copy_combo.currentData() or "-")
                                   .replace("%2", str(year)).replace("%3", self._y(year)))
        plan_year = self.plan_year.currentData()
        self.picker.setEnabled(self.from_previous.isChecked() and self.from_previous.isEnabled())
        notes = []
        if plan_year in o.plan_years:
            notes.append(self.tr("ปี %1 มีแผนมาตรการอยู่แล้ว").replace("%1", self._y(plan_year)))
        self.plan_note.setText("\n".join(notes))
        self.plan_note.setStyleSheet(WARN_STYLE if notes else "")
        problem = self.problem()
        self.summary.setText(problem or self.describe())
        self.summary.setStyleSheet("color: #b3261e;" if problem else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def problem(self) -> str | None:
        """Why the choice cannot be applied yet (Thai), or None."""
        o = self.options
        if not self.results_box.isChecked() and not self.plan_box.isChecked():
            return self.tr("เลือกอย่างน้อยหนึ่งอย่าง: ผลการประเมิน หรือแผนมาตรการ")
        if self.results_box.isChecked():
            year = self.results_year.currentData()
            if year in o.assessment_years:
                return self.tr("มีผลการประเมินปี %1 อยู่แล้ว").replace("%1", self._y(year))
            if self.needs_copy() and not self.copy_combo.currentData():
                return self.tr("เลือกชุดตัวชี้วัดที่จะคัดลอกก่อน")
        if self.plan_box.isChecked():
            plan_year = self.plan_year.currentData()
            if plan_year in o.plan_years:
                return self.tr("มีแผนมาตรการปี %1 อยู่แล้ว").replace("%1", self._y(plan_year))
            if self.from_previous.isChecked() and self.from_previous.isEnabled() and not self.picker.chosen_ids():
                return self.tr("เลือกมาตรการจากแผนปีก่อนอย่างน้อยหนึ่งมาตรการ หรือเลือก “แผนว่าง”")
        return None

    def describe(self) -> str:
        parts = []
        c = self.choice()
        if c.results_year is not None:
            text = self.tr("เพิ่มผลการประเมินปี %1").replace("%1", self._y(c.results_year))
            if c.copy_from:
                text += self.tr(" (คัดลอกชุดตัวชี้วัด %1)").replace("%1", c.copy_from)
            parts.append(text)
        if c.plan_year is not None:
            if c.from_previous is None:
                parts.append(self.tr("สร้างแผนมาตรการว่างของปี %1").replace("%1", self._y(c.plan_year)))
            else:
                parts.append(self.tr("สร้างแผนมาตรการปี %1 จาก %2 มาตรการของปี %3")
                             .replace("%1", self._y(c.plan_year)).replace("%2", self._y(len(c.from_previous)))
                             .replace("%3", self._y(c.plan_year - 1)))
        return self.tr("จะ") + self.tr(" และ").join(parts) if parts else ""

    def choice(self) -> YearChoice:
        results = self.results_year.currentData() if self.results_box.isChecked() else None
        plan = self.plan_year.currentData() if self.plan_box.isChecked() else None
        previous = (tuple(self.picker.chosen_ids())
                    if plan is not None and self.from_previous.isChecked() and self.from_previous.isEnabled() else None)
        copy_from = self.copy_combo.currentData() if results is not None and self.needs_copy() else None
        return YearChoice(results, copy_from, plan, previous)


def apply_year_choice(ctx: UiContext, unit_id: int, choice: YearChoice) -> list[str]:
    """Apply a ``YearChoice`` as one undo step; returns what was done (Thai lines). A refusal
    raises ``ValueError`` and leaves nothing half-done."""
    stack = ctx.undo_stack
    done: list[str] = []
    stack.beginMacro(_tr("เพิ่มปีงบประมาณ"))
    try:
        if choice.results_year is not None:
            cmd = add_results_year(ctx, unit_id, choice.results_year, choice.copy_from, ctx.today())
            commands.push(ctx, cmd)
            # the service writes Thai digits; the unit may ask for Arabic ones
            message = cmd.state["added"].message  # the service writes Thai digits
            done.append(message if ctx.thai_digits_of(unit_id) else digits(message, False))
        if choice.plan_year is not None:
            commands.push(ctx, start_plan(ctx, unit_id, choice.plan_year, choice.from_previous))
            count = len(choice.from_previous or ())
            done.append(_tr("สร้างแผนมาตรการปี %1 แล้ว (%2 มาตรการ)")
                        .replace("%1", _digits(ctx, unit_id, choice.plan_year)).replace("%2", _digits(ctx, unit_id, count)))
    except ValueError:
        stack.endMacro()
        if done:  # the results year went in but the plan was refused: take it back too
            stack.undo()
        raise
    stack.endMacro()
    return done


def run_year_dialog(ctx: UiContext, parent: QWidget | None, results_year: int | None = None,
                    plan_year: int | None = None, dialog: YearDialog | None = None, with_plan: bool = True) -> bool:
    """Open the year dialog for the current unit, apply the choice and select the new year.
    ``dialog`` lets tests hand in a prepared, accepted one."""
    if ctx.unit_id is None:
        ctx.show_message(_tr("สร้างหรือเลือกหน่วยงานก่อน"))
        return False
    if dialog is None:
        with ctx.db.session() as s:
            unit = s.get(Unit, ctx.unit_id)
            name = unit.name if unit else ""
        dialog = YearDialog(ctx, ctx.unit_id, name, results_year, plan_year, parent, with_plan)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    choice = dialog.choice()
    try:
        done = apply_year_choice(ctx, ctx.unit_id, choice)
    except ValueError as exc:
        ctx.show_message(str(exc))
        return False
    unit_id = ctx.unit_id
    ctx.select(unit_id, choice.results_year if choice.results_year is not None else choice.plan_year)
    ctx.notify(Changes(scores=True, measures=True))
    ctx.show_message(" • ".join(done))
    return True
