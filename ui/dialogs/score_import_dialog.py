"""Showing a checked score file before anything is saved, and saving it as one undo step.

``read_score_file`` has already produced a ``ScoreImportPlan`` (nothing written). The dialog lists
every change (item, which score, old → new, where in the file) and every problem (sheet, cell,
Thai reason). "นำเข้า" is enabled only for a plan without problems that changes something; it
pushes ``import_scores_command``, one ``QUndoCommand`` whose redo is ``apply_score_plan`` and whose
undo applies the reversed plan (or deletes the year the import started), so Ctrl+Z puts every
old score back. The command notifies the context, so the Scores and Overview screens refresh.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QGroupBox, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from app.excel.score_import import ScoreChange, ScoreImportPlan, apply_score_plan
from app.excel.template import catalogue_for, template_rows
from app.services.units import find_unit
from app.services import score_edits
from app.services.changes import Changes
from ui.commands import ServiceCommand, push
from ui.context import UiContext
from ui.models.rows_model import CENTER, RIGHT, SORT_ROLE, Column, RowsTableModel
from ui.tr import translator

NEW_VALUE_COLOR = QColor("#dff3df")
PROBLEM_COLOR = QColor("#b3261e")


_tr = translator("ScoreImport")


def show_value(value: object) -> str:
    """A stored or imported value as the officer reads it: two decimals (three when the NACC's
    figure has three), a level as its text, an empty value as a dash."""
    if value is None:
        return "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:.2f}" if abs(value - round(value, 2)) < 1e-9 else f"{value:.3f}"
    return str(value)


# --- the undo step ---------------------------------------------------------------------------


def reversed_plan(plan: ScoreImportPlan) -> ScoreImportPlan:
    """The plan that puts every old value back (it checks the imported values are still there)."""
    return replace(plan, creates_assessment=False, problems=[],
                   changes=[replace(c, old=c.new, new=c.old) for c in plan.changes])


def import_scores_command(ctx: UiContext, plan: ScoreImportPlan) -> ServiceCommand:
    if not plan.ok:
        raise ValueError(_tr("ไฟล์นี้ยังมีปัญหา จึงนำเข้าไม่ได้"))
    back = reversed_plan(plan)

    def undo(session: Session) -> Changes:
        if plan.creates_assessment:  # the import started this year: undoing removes the year again
            unit = find_unit(session, plan.unit_name)
            aid = score_edits.assessment_id_for(session, unit.id, plan.fiscal_year)
            return score_edits.delete_assessment(session, aid) if aid is not None else Changes()
        return apply_score_plan(session, back)

    text = _tr("นำเข้าคะแนนจาก Excel (%n รายการ)").replace("%n", ctx.digits(len(plan.changes)))
    return ServiceCommand(ctx, text, lambda session: apply_score_plan(session, plan), undo)


# --- the two tables --------------------------------------------------------------------------

_KIND_LABELS = {
    "item": QT_TRANSLATE_NOOP("ScoreImport", "ข้อ %1"), "group": QT_TRANSLATE_NOOP("ScoreImport", "กลุ่ม %1"),
    "indicator": QT_TRANSLATE_NOOP("ScoreImport", "ตัวชี้วัดที่ %1"), "tool": QT_TRANSLATE_NOOP("ScoreImport", "แบบวัด %1"),
    "overall": QT_TRANSLATE_NOOP("ScoreImport", "คะแนนรวม"), "level": QT_TRANSLATE_NOOP("ScoreImport", "ระดับผลการประเมิน"),
}
_FIELD_LABELS = {"score": QT_TRANSLATE_NOOP("ScoreImport", "คะแนน"), "public": "Public", "survey": "Survey"}


@dataclass(frozen=True)
class ChangeRow:
    change: ScoreChange
    text: str  # what the catalogue calls the row

    @property
    def item(self) -> str:
        kind, _, code = self.change.key.partition(":")
        return _tr(_KIND_LABELS.get(kind, kind)).replace("%1", code)

    @property
    def field(self) -> str:
        if self.change.key == "level":
            return _tr("ระดับ")
        return _tr(_FIELD_LABELS.get(self.change.field, self.change.field))


def _number(value: object) -> object:
    return value if isinstance(value, (int, float)) else -1.0


class ChangesModel(RowsTableModel):
    """One row per change of a plan, in file order. ``ROW_ROLE`` gives the ``ChangeRow``;
    ``SORT_ROLE`` keeps scores numeric and cells in sheet order."""

    COL_ITEM, COL_TEXT, COL_FIELD, COL_OLD, COL_NEW, COL_CELL = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("รายการ"), lambda r: r.item, tooltip=lambda r: r.text or None),
            Column(_tr("ชื่อรายการ"), lambda r: r.text, tooltip=lambda r: r.text or None),
            Column(_tr("ช่อง"), lambda r: r.field, align=CENTER),
            Column(_tr("ค่าเดิม"), lambda r: show_value(r.change.old), align=RIGHT,
                   sort=lambda r: _number(r.change.old)),
            Column(_tr("ค่าใหม่"), lambda r: show_value(r.change.new), align=RIGHT,
                   background=lambda r: NEW_VALUE_COLOR, sort=lambda r: _number(r.change.new)),
            Column(_tr("ตำแหน่งในไฟล์"), lambda r: r.change.cell, align=CENTER,
                   sort=lambda r: _cell_order(r.change.cell)),
        ], parent)


class ProblemsModel(RowsTableModel):
    """One row per ``ScoreProblem``: sheet, cell and the Thai reason."""

    COL_SHEET, COL_CELL, COL_REASON = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("แผ่นงาน"), lambda p: p.sheet),
            Column(_tr("ช่อง"), lambda p: p.cell, align=CENTER, sort=lambda p: _cell_order(p.cell)),
            Column(_tr("ปัญหา"), lambda p: p.reason, tooltip=lambda p: p.reason),
        ], parent)


def _cell_order(cell: str) -> tuple[int, str]:
    """"F12" sorts after "F9": by row number, then column letters."""
    letters = cell.rstrip("0123456789")
    return int(cell[len(letters):] or 0), letters


def _table(model: RowsTableModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until a header is clicked
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    return view, proxy


# --- the dialog ------------------------------------------------------------------------------


class ScoreImportDialog(QDialog):
    """Opened with ``open()`` by the Excel actions; ``accept()`` only after the import was saved."""

    def __init__(self, ctx: UiContext, plan: ScoreImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.setWindowTitle(self.tr("นำเข้าคะแนนจาก Excel"))
        self.resize(940, 600)

        texts = self._row_texts()
        self.changes_model = ChangesModel(self)
        self.changes_model.set_rows([ChangeRow(c, texts.get(c.key, "")) for c in plan.changes])
        self.problems_model = ProblemsModel(self)
        self.problems_model.set_rows(plan.problems)

        self.source = QLabel(self._source_html(), self)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary_text())
        self.summary.setStyleSheet("font-weight: bold;" + (f" color: {PROBLEM_COLOR.name()};" if plan.problems else ""))

        self.problems_box = QGroupBox(self.tr("ปัญหาที่ต้องแก้ในไฟล์ก่อนนำเข้า (%n)").replace("%n", self.ctx.digits(len(plan.problems))), self)
        self.problems_view, self.problems_proxy = _table(self.problems_model, self.problems_box)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ProblemsModel.COL_SHEET, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemsModel.COL_CELL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemsModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        box_layout = QVBoxLayout(self.problems_box)
        box_layout.addWidget(self.problems_view)
        self.problems_box.setVisible(bool(plan.problems))

        changes_title = (self.tr("ค่าที่อ่านได้ ซึ่งจะเปลี่ยนเมื่อแก้ปัญหาแล้ว (%n รายการ)") if plan.problems
                         else self.tr("สิ่งที่จะเปลี่ยน (%n รายการ)"))
        self.changes_box = QGroupBox(changes_title.replace("%n", self.ctx.digits(len(plan.changes))), self)
        self.changes_view, self.changes_proxy = _table(self.changes_model, self.changes_box)
        header = self.changes_view.horizontalHeader()
        for col in (ChangesModel.COL_ITEM, ChangesModel.COL_FIELD, ChangesModel.COL_OLD, ChangesModel.COL_NEW,
                    ChangesModel.COL_CELL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangesModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.changes_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        box_layout = QVBoxLayout(self.changes_box)
        box_layout.addWidget(self.changes_view)
        self.changes_box.setVisible(bool(plan.changes))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {PROBLEM_COLOR.name()};")
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("นำเข้า"), self)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("ยกเลิก"))
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(plan.ok and bool(plan.changes))
        if plan.problems:
            self.import_button.setToolTip(self.tr("แก้ไฟล์ตามรายการปัญหา บันทึก แล้วเลือกนำเข้าอีกครั้ง"))
        elif not plan.changes:
            self.import_button.setToolTip(self.tr("คะแนนในไฟล์ตรงกับที่บันทึกไว้แล้ว ไม่มีอะไรต้องนำเข้า"))
        else:
            self.import_button.setToolTip(self.tr("บันทึกคะแนนตามรายการ (เลิกทำได้ด้วย Ctrl+Z)"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_box, 2 if plan.problems else 0)
        layout.addWidget(self.changes_box, 3)
        if not plan.changes and not plan.problems:
            layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.problems_view if plan.problems else self.changes_view).setFocus()

    def _row_texts(self) -> dict[str, str]:
        """The catalogue's wording of each row, so "ข้อ i3" is recognisable."""
        try:
            with self.ctx.db.session() as session:
                return {key: text for key, _t, _i, _c, text, _d, _k in
                        template_rows(catalogue_for(session, self.plan.catalogue_code))}
        except ValueError:  # an unknown catalogue was already reported by the check; show codes only
            return {}

    def _source_html(self) -> str:
        p = self.plan
        lines = [
            self.tr("ไฟล์: %1").replace("%1", f"<b>{escape(Path(p.source).name)}</b>"),
            self.tr("หน่วยงาน: %1 ปีงบประมาณ %2 (ชุดตัวชี้วัด %3)")
            .replace("%1", escape(p.unit_name)).replace("%2", self.ctx.digits(p.fiscal_year)).replace("%3", escape(p.catalogue_code)),
        ]
        if p.creates_assessment and p.changes:
            lines.append(self.tr("ยังไม่มีผลการประเมินปีนี้ การนำเข้าจะเริ่มผลการประเมินของปีนี้ให้"))
        return "<br/>".join(lines)

    def _summary_text(self) -> str:
        p = self.plan
        if p.problems:
            return self.tr("พบปัญหา %n รายการ จึงยังนำเข้าไม่ได้ — แก้ไฟล์ตามรายการด้านล่าง บันทึก แล้วเลือกนำเข้าอีกครั้ง"
                           ).replace("%n", self.ctx.digits(len(p.problems)))
        if not p.changes:
            return self.tr("คะแนนในไฟล์ตรงกับที่บันทึกไว้แล้ว ไม่มีอะไรต้องเปลี่ยน (ตรงกัน %1 ช่อง เว้นว่าง %2 ช่อง)"
                           ).replace("%1", self.ctx.digits(p.unchanged)).replace("%2", self.ctx.digits(p.blank))
        return self.tr("จะเปลี่ยน %n รายการตามตารางด้านล่าง (ค่าตรงกับที่บันทึกไว้ %1 ช่อง ช่องว่างซึ่งจะคงค่าเดิม %2 ช่อง)"
                       ).replace("%n", self.ctx.digits(len(p.changes))).replace("%1", self.ctx.digits(p.unchanged)).replace("%2", self.ctx.digits(p.blank))

    def apply(self) -> bool:
        """Save the plan as one undo step; on a refusal (scores changed since the check) say why
        and keep the dialog open, with nothing saved."""
        if not (self.plan.ok and self.plan.changes):
            return False
        try:
            push(self.ctx, import_scores_command(self.ctx, self.plan))
        except ValueError as exc:
            self.message.setText(str(exc))
            self.message.setVisible(True)
            self.import_button.setEnabled(False)
            return False
        self.ctx.show_message(self.tr("นำเข้าคะแนน %n รายการจาก %1 แล้ว (เลิกทำได้ด้วย Ctrl+Z)")
                              .replace("%n", self.ctx.digits(len(self.plan.changes))).replace("%1", Path(self.plan.source).name))
        self.accept()
        return True
