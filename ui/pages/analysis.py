"""Analysis editor: per indicator its scores (lowest items marked) and the three texts, the
free sections, a phrase library (shipped NACC wording and the user's own) and "copy last
year's analysis".

Texts are saved while typing (after a short pause, and when the field loses focus); the
saves of one field in a row merge into one undo step.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy import select

from app.services import analysis_edits, phrases
from app.services.changes import Changes
from app.services.scoring import compute
from app.store.models import SECTION_KINDS, Assessment
from ui import commands
from ui.context import UiContext
from ui.labels import WEAK_COLOR, fmt
from ui.models.rows_model import CENTER, RIGHT, ROW_ROLE, Column, RowsTableModel
from ui.pages.base import Page
from ui.tr import translator
from ui.widgets.no_year import AddYearButton, no_year, no_year_text
from ui.widgets.text_edits import SAVE_DELAY_MS


_tr = translator("AnalysisPage")


@dataclass(frozen=True)
class Topic:
    """One entry of the left list: an indicator or a free section."""

    kind: str  # "indicator" | "section"
    key: int | str
    label: str
    score: float | None = None


class TopicsModel(RowsTableModel):
    COL_LABEL = 0

    def __init__(self, parent=None) -> None:
        super().__init__([Column(_tr("หัวข้อ"), lambda t: t.label if t.score is None else f"{t.label}  ({fmt(t.score)})",
                                 tooltip=lambda t: t.label)], parent)


class ItemScoresModel(RowsTableModel):
    """An indicator's items and scores; the lowest ones marked (rows: ItemResult + lowest flag)."""

    COL_CODE, COL_TEXT, COL_SCORE = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(_tr("ข้อ"), lambda r: r[0].code, CENTER),
            Column(_tr("ข้อคำถาม"), lambda r: r[0].text, tooltip=lambda r: r[0].text),
            Column(_tr("คะแนน"), lambda r: r[2] + (" ▼" if r[1] else ""), RIGHT,
                   background=lambda r: WEAK_COLOR if r[1] else None,
                   tooltip=lambda r: _tr("คะแนนต่ำสุดของตัวชี้วัดนี้") if r[1] else None),
        ], parent)


class PhrasesModel(RowsTableModel):
    """Phrase library entries (rows: PhraseEntry); the user's own marked ★."""

    COL_TEXT = 0

    def __init__(self, parent=None) -> None:
        super().__init__([Column(_tr("วลี"), lambda p: ("★ " if p.source == phrases.SOURCE_USER else "") + p.text,
                                 tooltip=lambda p: p.text)], parent)


class TextField(QObject):
    """Saves a QPlainTextEdit through ``save(text)`` after a pause and on focus loss."""

    def __init__(self, editor: QPlainTextEdit, category: str, save, focused) -> None:
        super().__init__(editor)
        self.editor, self.category, self._save, self._focused = editor, category, save, focused
        self.stored = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._timer.start)
        editor.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif event.type() == QEvent.Type.FocusIn:
            self._focused(self)
        return False

    def show(self, text: str) -> None:
        """Show the stored text (without saving it back)."""
        self.stored = text
        if self.editor.toPlainText() != text:
            self.editor.blockSignals(True)
            pos = self.editor.textCursor().position()
            self.editor.setPlainText(text)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(pos, len(text)))
            self.editor.setTextCursor(cursor)
            self.editor.blockSignals(False)
        self._timer.stop()

    def commit_if_pending(self) -> None:
        if self._timer.isActive():
            self.flush()

    def flush(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText()
        if text != self.stored:
            self.stored = text
            self._save(text)


class AnalysisPage(Page):
    CARES = Changes(scores=True, analysis=True, catalogue=True)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.topic: Topic | None = None
        self._active: TextField | None = None

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.copy_button = QPushButton(self.tr("คัดลอกบทวิเคราะห์ของปีก่อน"), self)
        self.copy_button.setToolTip(self.tr("แทนที่บทวิเคราะห์ทั้งหมดของปีนี้ด้วยของปีก่อนหน้า (เลิกทำได้)"))
        self.copy_button.clicked.connect(self.copy_previous)
        self.add_year_button = AddYearButton(ctx, self)  # a new unit: its first year
        self.add_year_button.hide()
        # a plan year (2570) has no results yet: the analysis is written on last year's (2569)
        self.previous_year_button = QPushButton(self)
        self.previous_year_button.clicked.connect(
            lambda: self.ctx.select(self.ctx.unit_id, (self.ctx.fiscal_year or 0) - 1))
        self.previous_year_button.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")

        self.topics = TopicsModel(self)
        self.topic_view = QListView(self)
        self.topic_view.setModel(self.topics)
        self.topic_view.setMinimumWidth(240)
        self.topic_view.setWordWrap(True)
        self.topic_view.selectionModel().currentChanged.connect(lambda cur, _prev: self._topic_chosen(cur))

        # indicator editor
        self.items = ItemScoresModel(self)
        self.items_view = QTableView(self)
        self.items_view.setModel(self.items)
        self.items_view.verticalHeader().hide()
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        h = self.items_view.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(ItemScoresModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.items_view.setMaximumHeight(170)
        self.score_label = QLabel(self)
        # shown instead of the item table when the year's catalogue has no items (2564, 2565:
        # the NACC published indicator scores only), so an empty table does not puzzle anyone
        self.items_note = QLabel(self)
        self.items_note.setObjectName("items-note")
        self.items_note.setWordWrap(True)
        self.items_note.setStyleSheet("color: #5f4b00; background: #fff8e1; padding: 6px; border-radius: 4px;")
        self.items_note.hide()
        self.fields: dict[str, TextField] = {}
        ind_page = QWidget(self)
        iv = QVBoxLayout(ind_page)
        iv.setContentsMargins(0, 0, 0, 0)
        iv.addWidget(self.score_label)
        iv.addWidget(self.items_note)
        iv.addWidget(self.items_view)
        for name in analysis_edits.TEXT_FIELDS:
            iv.addWidget(QLabel(phrases.CATEGORY_LABELS[name], ind_page))
            edit = QPlainTextEdit(ind_page)
            edit.setObjectName(f"text-{name}")
            edit.setTabChangesFocus(True)
            iv.addWidget(edit, 1)
            self.fields[name] = TextField(edit, name, lambda text, n=name: self._save_text(n, text), self._focus)
        # section editor
        sec_page = QWidget(self)
        sv = QVBoxLayout(sec_page)
        sv.setContentsMargins(0, 0, 0, 0)
        self.section_label = QLabel(sec_page)
        self.section_edit = QPlainTextEdit(sec_page)
        self.section_edit.setObjectName("text-section")
        self.section_edit.setTabChangesFocus(True)
        self.section_field = TextField(self.section_edit, "problems", self._save_section, self._focus)
        sv.addWidget(self.section_label)
        sv.addWidget(self.section_edit, 1)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(ind_page)
        self.editor_stack.addWidget(sec_page)

        # phrase library
        lib = QGroupBox(self.tr("คลังวลี"), self)
        lv = QVBoxLayout(lib)
        self.category_combo = QComboBox(lib)
        for key in phrases.CATEGORIES:
            self.category_combo.addItem(phrases.CATEGORY_LABELS[key], key)
        self.category_combo.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.filter_edit = QLineEdit(lib)
        self.filter_edit.setPlaceholderText(self.tr("ค้นหาวลี…"))
        self.phrase_model = PhrasesModel(self)
        self.phrase_proxy = QSortFilterProxyModel(self)
        self.phrase_proxy.setSourceModel(self.phrase_model)
        self.phrase_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.phrase_proxy.setFilterFixedString)
        self.phrase_view = QListView(lib)
        self.phrase_view.setModel(self.phrase_proxy)
        self.phrase_view.setWordWrap(True)
        self.phrase_view.setUniformItemSizes(False)
        self.phrase_view.setSpacing(3)
        self.phrase_view.setAlternatingRowColors(True)
        self.phrase_view.doubleClicked.connect(lambda _i: self.insert_phrase())
        insert = QPushButton(self.tr("แทรกวลี"), lib)
        insert.clicked.connect(self.insert_phrase)
        save = QPushButton(self.tr("เก็บเป็นวลีของฉัน"), lib)
        save.setToolTip(self.tr("เก็บข้อความที่เลือกไว้ (หรือทั้งช่อง) ลงในคลังวลีของฉัน"))
        save.clicked.connect(self.save_phrase)
        remove = QPushButton(self.tr("ลบวลีของฉัน"), lib)
        remove.clicked.connect(self.remove_phrase)
        lv.addWidget(self.category_combo)
        lv.addWidget(self.filter_edit)
        lv.addWidget(self.phrase_view, 1)
        buttons = QHBoxLayout()
        for b in (insert, save, remove):
            buttons.addWidget(b)
        lv.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.topic_view)
        splitter.addWidget(self.editor_stack)
        splitter.addWidget(lib)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([300, 560, 340])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.add_year_button)
        top.addWidget(self.previous_year_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # --- loading -----------------------------------------------------------------------------

    def _assessment(self, session) -> Assessment | None:
        if self.ctx.unit_id is None or self.ctx.fiscal_year is None:
            return None
        return session.scalar(select(Assessment).where(
            Assessment.unit_id == self.ctx.unit_id, Assessment.fiscal_year == self.ctx.fiscal_year))

    def refresh(self) -> None:
        for f in self._all_fields():
            f.flush()
        with self.ctx.db.session() as session:
            a = self._assessment(session)
            if a is None:
                year = self.ctx.fiscal_year
                last = None
                if year is not None and self.ctx.unit_id is not None:
                    last = session.scalar(select(Assessment.id).where(
                        Assessment.unit_id == self.ctx.unit_id, Assessment.fiscal_year == year - 1))
                if last is not None:
                    self.heading.setText(self.tr("ปีงบประมาณ %1 ยังไม่มีผลการประเมิน — บทวิเคราะห์เขียนจากผลปี %2")
                                         .replace("%1", self.ctx.digits(year)).replace("%2", self.ctx.digits(year - 1)))
                else:
                    self.heading.setText(no_year_text() if no_year(self.ctx) else
                                         self.tr("ยังไม่มีผลการประเมินของปีงบประมาณนี้ — เริ่มที่หน้า “คะแนน”"))
                self.previous_year_button.setVisible(last is not None)
                self.previous_year_button.setText(self.tr("ไปที่ปี %1").replace("%1", self.ctx.digits((year or 0) - 1)))
                self.add_year_button.setVisible(no_year(self.ctx))
                self.topics.set_rows([])
                self.setEnabled_editors(False)
                return
            self.setEnabled_editors(True)
            self.add_year_button.hide()
            self.previous_year_button.hide()
            sheet = compute(a)
            self.heading.setText(self.tr("บทวิเคราะห์ผลการประเมิน %1 ปีงบประมาณ %2").replace("%1", a.unit.name)
                                 .replace("%2", self.ctx.digits(a.fiscal_year)))
            topics = [Topic("indicator", i.number, self.tr("ตัวชี้วัดที่ %1 %2").replace("%1", self.ctx.digits(i.number)).replace("%2", i.name),
                            i.value.effective) for i in sheet.indicators]
            topics += [Topic("section", k, phrases.CATEGORY_LABELS[k]) for k in SECTION_KINDS]
            self._sheet = sheet
            self._snapshot = analysis_edits.snapshot(session, a.id)
        previous = self.topic
        self.topics.set_rows(topics)
        row = next((i for i, t in enumerate(topics) if previous and (t.kind, t.key) == (previous.kind, previous.key)), 0)
        self.topic_view.setCurrentIndex(self.topics.index(row, 0))
        self._show_topic(topics[row])
        self._reload_phrases()

    def setEnabled_editors(self, enabled: bool) -> None:  # noqa: N802
        self.editor_stack.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)

    def _all_fields(self) -> list[TextField]:
        return [*self.fields.values(), self.section_field]

    def _topic_chosen(self, index) -> None:
        topic = index.data(ROW_ROLE)
        if topic is not None and topic != self.topic:
            for f in self._all_fields():
                f.flush()
            self._show_topic(topic)
            self._reload_phrases()

    def _show_topic(self, topic: Topic) -> None:
        self.topic = topic
        if topic.kind == "indicator":
            ind = self._sheet.indicator(topic.key)
            rows = []
            scored = []
            for it in ind.items:
                if it.dual:
                    both = [v for v in (it.public, it.survey) if v is not None]
                    score = sum(both) / len(both) if both else None
                    text = f"{fmt(it.public, '-')} / {fmt(it.survey, '-')}"
                else:
                    score, text = it.score, fmt(it.score, "-")
                scored.append(score)
                rows.append([it, False, text])
            present = [s for s in scored if s is not None]
            lowest = min(present) if present else None
            for r, s in zip(rows, scored):
                r[1] = lowest is not None and s is not None and s <= lowest + 1e-9 and len(set(present)) > 1
            self.items.set_rows([tuple(r) for r in rows])
            self._show_items_note(ind)
            self.score_label.setText(self.tr("%1 — คะแนน %2").replace("%1", topic.label).replace("%2", fmt(ind.value.effective, "-")))
            texts = self._snapshot.texts.get(topic.key, {})
            for name, f in self.fields.items():
                f.show(texts.get(name, ""))
            self.editor_stack.setCurrentIndex(0)
            if self._active is None or self._active is self.section_field:
                self._active = self.fields["deficiency"]
        else:
            self.section_label.setText(topic.label)
            self.section_field.category = topic.key
            self.section_field.show(self._snapshot.sections.get(topic.key, ""))
            self.editor_stack.setCurrentIndex(1)
            self._active = self.section_field
        self._sync_category()

    def _show_items_note(self, indicator) -> None:
        """No items to list: say why instead of showing an empty table."""
        if indicator.items:
            self.items_note.hide()
            self.items_view.show()
            return
        if not any(i.items for i in self._sheet.indicators):
            note = self.tr("ชุดตัวชี้วัดของปีงบประมาณ %1 เป็นระดับตัวชี้วัด: มีคะแนนรายตัวชี้วัดเท่านั้น "
                           "ไม่มีข้อคำถามและคะแนนรายข้อ เขียนบทวิเคราะห์จากคะแนนของตัวชี้วัดได้ตามปกติ"
                           ).replace("%1", self.ctx.digits(self.ctx.fiscal_year))
        else:
            note = self.tr("ตัวชี้วัดนี้ไม่มีข้อคำถามรายข้อในชุดตัวชี้วัดของปีนี้ มีเฉพาะคะแนนของตัวชี้วัด")
        self.items_note.setText(note)
        self.items_note.show()
        self.items_view.hide()

    def select_topic(self, kind: str, key) -> None:
        for row, t in enumerate(self.topics.rows()):
            if (t.kind, t.key) == (kind, key):
                self.topic_view.setCurrentIndex(self.topics.index(row, 0))
                return

    def _focus(self, field: TextField) -> None:
        self._active = field
        self._sync_category()

    def _sync_category(self) -> None:
        if self._active is None:
            return
        i = self.category_combo.findData(self._active.category)
        if i >= 0 and i != self.category_combo.currentIndex():
            self.category_combo.setCurrentIndex(i)

    def _category_changed(self) -> None:
        # A search typed for the previous category would hide the new one's phrases (it
        # looked empty): a newly chosen category starts unfiltered.
        self.filter_edit.clear()
        self._reload_phrases()

    def _reload_phrases(self) -> None:
        indicator = self.topic.key if self.topic and self.topic.kind == "indicator" else None
        with self.ctx.db.session() as session:
            rows = phrases.list_phrases(session, self.category_combo.currentData(), indicator)
        self.phrase_model.set_rows(rows)

    # --- saving ------------------------------------------------------------------------------

    def _push(self, command_factory) -> None:
        try:
            commands.push(self.ctx, command_factory())
            self.message.clear()
        except ValueError as exc:
            self.message.setText(str(exc))

    def _save_text(self, name: str, text: str) -> None:
        topic = self.topic
        if topic is None or topic.kind != "indicator":
            return
        self._push(lambda: commands.set_analysis_text(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year, topic.key, name, text))

    def _save_section(self, text: str) -> None:
        topic = self.topic
        if topic is None or topic.kind != "section":
            return
        self._push(lambda: commands.set_section_text(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year, topic.key, text))

    def copy_previous(self) -> None:
        for f in self._all_fields():
            f.flush()
        self._push(lambda: commands.copy_previous_analysis(self.ctx, self.ctx.unit_id, self.ctx.fiscal_year))

    # --- phrases -----------------------------------------------------------------------------

    def _selected_phrase(self):
        index = self.phrase_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def insert_phrase(self) -> None:
        phrase, field = self._selected_phrase(), self._active
        if phrase is None or field is None:
            self.message.setText(self.tr("เลือกวลีและช่องข้อความที่จะแทรกก่อน"))
            return
        cursor = field.editor.textCursor()
        before = field.editor.toPlainText()[:cursor.position()]
        sep = "" if not before or before.endswith(("\n", " ")) else " "
        cursor.insertText(sep + phrase.text)
        field.flush()

    def save_phrase(self) -> None:
        field = self._active
        if field is None:
            return
        text = field.editor.textCursor().selectedText().replace("\u2029", "\n") or field.editor.toPlainText()
        indicator = self.topic.key if self.topic and self.topic.kind == "indicator" else None
        self._push(lambda: commands.add_phrase(self.ctx, field.category, text, indicator))

    def remove_phrase(self) -> None:
        phrase = self._selected_phrase()
        if phrase is None or phrase.source != phrases.SOURCE_USER:
            self.message.setText(self.tr("ลบได้เฉพาะวลีของฉัน (มีเครื่องหมาย ★)"))
            return
        self._push(lambda: commands.remove_phrase(self.ctx, phrase.id))

    def hideEvent(self, event) -> None:  # noqa: N802
        for f in self._all_fields():
            f.flush()
        super().hideEvent(event)
