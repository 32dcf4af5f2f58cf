"""Scores editor: type a year's result as published by the NACC; see computed values beside it.

Every committed cell is one undo step (one transaction); a block pasted from Excel is one
undo step too. Computed indicator, tool and overall values and the level update after each
commit; published values that differ from the computed ones are marked (colour, "≠", tooltip).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QStyledItemDelegate, QTreeView, QVBoxLayout, QWidget,
)

from app.services import score_edits
from app.services.changes import Changes
from app.services.scoring import ScoreSheet, compute, compute_scores
from app.services.years import CatalogueNeeded
from app.store.models import Assessment
from sqlalchemy import select
from ui import commands
from ui.context import UiContext
from ui.dialogs.year_dialog import run_year_dialog
from ui.models.scores_model import (
    COL_COMPUTED, COL_NAME, COL_PUBLIC, COL_PUBLISHED, COL_SCORE, COL_SURVEY, KIND_LEVEL, KIND_ROLE,
    ScoresModel,
)
from ui.pages.base import Page
from ui.widgets.no_year import AddYearButton, no_year, no_year_text


class ScoreDelegate(QStyledItemDelegate):
    """A right-aligned line editor for scores; a list of the year's labels for the level.

    Enter commits at once. Qt's own delegate only queues the commit of an Enter (to let the
    editor see the key first); when anything closes the editor before that queued call runs
    (a click on another cell, a paste), the late commit reaches a view the editor no longer
    belongs to ("commitData called with an editor that does not belong to this view") and
    moved the current cell down a second time.
    """

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(editor, QWidget)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.data(KIND_ROLE) == KIND_LEVEL:
            combo = QComboBox(parent)
            combo.addItem("")
            combo.addItems(index.model().level_labels)
            return combo
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setPlaceholderText(self.tr("๐–๑๐๐"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
        else:
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class ScoreTree(QTreeView):
    """Keyboard: type to edit, Enter commits and goes down, Delete clears, Ctrl+C / Ctrl+V."""

    def __init__(self, page: "ScoresPage") -> None:
        super().__init__(page)
        self._page = page

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self._page.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self._page.copy()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self._page.clear_selected()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            if self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(self.currentIndex())
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        open_here = self.state() == QAbstractItemView.State.EditingState and editor.isVisible()
        super().closeEditor(editor, hint)
        if open_here and hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._page.move_down()


class ScoresPage(Page):
    CARES = Changes(scores=True, catalogue=True)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded_key: tuple | None = None
        # Kept from the last full load: a score edit re-reads only the stored numbers and
        # re-scores them on this catalogue (unchanged by score edits) instead of re-querying it.
        self._loaded_catalogue = None
        self._loaded_assessment_id: int | None = None
        self._loaded_year: tuple | None = None
        self.model = ScoresModel(self)
        self.model.commit = self._commit
        self.model.digits = self.ctx.digits
        self.model.commit_level = self._commit_level
        self.model.input_rejected.connect(self.show_error)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.summary = QLabel(self)
        self.start_button = QPushButton(self.tr("เริ่มกรอกผลการประเมินของปีนี้"), self)
        self.start_button.clicked.connect(self.start_year)
        self.add_year_button = AddYearButton(ctx, self)  # a new unit: its first year
        self.add_year_button.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.hint = hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self._show_hint(indicator_level=False)

        self.view = ScoreTree(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ScoreDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SCORE, COL_PUBLIC, COL_SURVEY, COL_COMPUTED, COL_PUBLISHED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 96)
        header.resizeSection(COL_PUBLISHED, 120)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.summary)
        top.addWidget(self.start_button)
        top.addWidget(self.add_year_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    # --- loading -----------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.catalogue:
            self._loaded_key = None  # the structure itself may have changed
        super()._on_changed(changes)

    def _rescore(self) -> bool:
        """After a score edit on the loaded year: re-read the stored numbers only."""
        if self._loaded_catalogue is None or self._loaded_assessment_id is None:
            return False
        if (self.ctx.unit_id, self.ctx.fiscal_year) != self._loaded_year:
            return False
        with self.ctx.db.session() as session:
            inputs = score_edits.stored_scores(session, self._loaded_assessment_id)
        if inputs is None:
            return False
        sheet = compute_scores(self._loaded_catalogue, inputs)
        self.model.update_sheet(sheet)
        self._show_summary(sheet)
        return True

    def _show_hint(self, indicator_level: bool) -> None:
        """How to type; a year whose catalogue has no items (2564, 2565) takes the indicators'
        published scores only, so the hint says where they go."""
        if indicator_level:
            self.hint.setText(self.tr("ชุดตัวชี้วัดของปีนี้เป็นระดับตัวชี้วัด (ไม่มีข้อคำถามรายข้อ): พิมพ์คะแนนของแต่ละตัวชี้วัด "
                                      "ในช่อง “ที่ประกาศ” แล้วกด Enter • วางจาก Excel ด้วย Ctrl+V • Delete ล้างช่อง"))
        else:
            self.hint.setText(self.tr("พิมพ์คะแนนแล้วกด Enter • วางจาก Excel ด้วย Ctrl+V (ครั้งเดียวเลิกทำได้ด้วย Ctrl+Z) • "
                                      "Delete ล้างช่อง • ช่องสีแดง ≠ = ค่าที่ประกาศไม่ตรงกับที่คำนวณ"))

    def _show_summary(self, sheet: ScoreSheet) -> None:
        overall = sheet.overall.effective
        self.summary.setText(self.tr("คะแนนรวม %1  ระดับ %2  ไม่ตรงกัน %3 จุด")
                             .replace("%1", "-" if overall is None else f"{overall:.2f}")
                             .replace("%2", sheet.level or "-").replace("%3", self.ctx.digits(len(sheet.mismatches))))

    def refresh(self) -> None:
        ctx = self.ctx
        self.message.clear()
        if self._loaded_key is not None and self._rescore():
            return
        assessment = sheet = None
        unit_name = ""
        if ctx.unit_id is not None and ctx.fiscal_year is not None:
            with ctx.db.session() as session:
                assessment = session.scalar(select(Assessment).where(
                    Assessment.unit_id == ctx.unit_id, Assessment.fiscal_year == ctx.fiscal_year))
                if assessment is not None:
                    sheet = compute(assessment)
                    unit_name = assessment.unit.name
                    key = (assessment.id, assessment.catalogue_id)
                    # Structure only changes with the year; otherwise repaint values in place.
                    if key == self._loaded_key:
                        self.model.update_sheet(sheet)
                    else:
                        self.model.load(assessment, sheet)
                        self._loaded_key = key
                        self.view.expandAll()
                        self.view.setColumnHidden(COL_PUBLIC, not self.model.has_dual)
                        self.view.setColumnHidden(COL_SURVEY, not self.model.has_dual)
                        indicator_level = not any(i.items for i in sheet.indicators)
                        self.view.setColumnHidden(COL_SCORE, indicator_level)  # no item to score: no empty column
                        self._show_hint(indicator_level)
                    self._loaded_catalogue = assessment.catalogue  # loaded by compute, kept detached
                    self._loaded_assessment_id = assessment.id
                    self._loaded_year = (ctx.unit_id, ctx.fiscal_year)
                    catalogue = assessment.catalogue.code
        if assessment is None:
            self._loaded_key = None
            self._loaded_catalogue = self._loaded_assessment_id = None
            self.model.load(None, None)
            self.heading.setText(no_year_text() if no_year(ctx) else
                                 self.tr("ยังไม่มีผลการประเมินของปีงบประมาณ %1").replace("%1", ctx.digits(ctx.fiscal_year or "-")))
            self.heading.setWordWrap(True)
            self.add_year_button.setVisible(no_year(ctx))
            self.summary.clear()
            self.start_button.setVisible(ctx.unit_id is not None and ctx.fiscal_year is not None)
            return
        self.start_button.hide()
        self.add_year_button.hide()
        self.heading.setText(self.tr("%1 — ปีงบประมาณ %2 (%3)").replace("%1", unit_name)
                             .replace("%2", ctx.digits(ctx.fiscal_year)).replace("%3", catalogue))
        self._show_summary(sheet)

    # --- editing -----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.ctx.show_message(text)

    def _commit(self, values) -> None:
        commands.push(self.ctx, commands.set_scores(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year, values))
        self.message.clear()

    def _commit_level(self, level) -> None:
        commands.push(self.ctx, commands.set_level(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year, level))
        self.message.clear()

    def start_year(self) -> None:
        try:
            commands.push(self.ctx, commands.create_assessment(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year))
        except CatalogueNeeded:
            # No catalogue of its own: the year dialog asks which one to copy, by name.
            run_year_dialog(self.ctx, self, results_year=self.ctx.fiscal_year, with_plan=False)
        except ValueError as exc:
            self.show_error(str(exc))

    def paste(self, text: str | None = None) -> None:
        """Fill cells from the current one with a tab/newline block (one undo step)."""
        index = self.view.currentIndex()
        if not index.isValid():
            self.show_error(self.tr("เลือกช่องที่จะเริ่มวางก่อน"))
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
        try:
            values, left_over = self.model.paste_targets(index, text)
            if not values:
                self.show_error(self.tr("ไม่มีคะแนนให้วางในช่องนี้"))
                return
            commands.push(self.ctx, commands.set_scores(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year, values))
        except ValueError as exc:
            self.show_error(self.tr("ไม่ได้วาง: %1").replace("%1", str(exc)))
            return
        note = self.tr("วางคะแนนแล้ว %1 ช่อง").replace("%1", self.ctx.digits(len(values)))
        if left_over:
            note += self.tr(" (ข้าม %1 บรรทัดที่เกินตาราง)").replace("%1", self.ctx.digits(left_over))
        self.message.clear()
        self.ctx.show_message(note)

    def copy(self) -> None:
        indexes = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: (self.view.visualRect(i).top(), i.column()))
        if not indexes:
            return
        lines: dict[int, list[str]] = {}
        for i in indexes:
            lines.setdefault(self.view.visualRect(i).top(), []).append(i.data(Qt.ItemDataRole.EditRole) or "")
        QGuiApplication.clipboard().setText("\n".join("\t".join(v) for v in lines.values()))

    def clear_selected(self) -> None:
        cells = []
        for i in self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]:
            cell = self.model.cell(self.model.node(i), i.column()) if i.isValid() else None
            if cell is not None:
                cells.append((cell, None))
        if cells:
            try:
                commands.push(self.ctx, commands.set_scores(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year, cells,
                                                            self.tr("ล้างคะแนน")))
            except ValueError as exc:
                self.show_error(str(exc))

    def move_down(self) -> None:
        current = self.view.currentIndex()
        below = self.view.indexBelow(current)
        while below.isValid():
            cell = self.model.index(below.row(), current.column(), below.parent())
            if cell.flags() & Qt.ItemFlag.ItemIsEditable:
                self.view.setCurrentIndex(cell)
                return
            below = self.view.indexBelow(below)

    def index_for(self, kind: str, key: str, column: int) -> QModelIndex:
        """The model index of a cell (tests and paste start points)."""
        first = self.model.find(kind, key)
        return self.model.index(first.row(), column, first.parent())


__all__ = ["ScoresPage", "COL_COMPUTED", "COL_PUBLISHED"]
