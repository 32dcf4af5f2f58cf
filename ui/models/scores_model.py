"""The year's scores as a tree built from its catalogue: overall and level, then
tool → indicator → (group →) item.

Columns (``COL_*``):

- ``COL_NAME``: code and wording;
- ``COL_SCORE``: an item's single score (editable);
- ``COL_PUBLIC`` / ``COL_SURVEY``: a dual item's EIT Public and Survey scores (editable), and on
  a dual indicator the published Public and Survey means (editable; shows the computed mean in
  grey until one is typed);
- ``COL_COMPUTED``: what the program computes from the level below (read-only);
- ``COL_PUBLISHED``: what the NACC published for a group, indicator, tool, the overall score
  (editable numbers) and the level (editable text, chosen from the year's labels).

Roles: ``Qt.DisplayRole`` formatted text (Arabic digits, two decimals); ``Qt.EditRole`` the
editor's text; ``Qt.ToolTipRole`` wording and, on a mismatch, both values;
``Qt.BackgroundRole`` ``MISMATCH_COLOR`` where a published value differs from the computed one;
``VALUE_ROLE`` the number (float or None); ``MISMATCH_ROLE`` bool; ``CELL_ROLE`` the
``ScoreCell`` a cell stores (None for read-only cells and the level); ``KIND_ROLE`` the row's
kind (``KIND_*``).

Edits never write directly: ``setData`` parses the text (Thai digits accepted) and hands the
values to ``commit`` (a callable the page sets, which pushes an undo command); bad input is
refused and reported through the ``input_rejected`` signal with a Thai message.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QBrush, QFont

from app.services.score_edits import (
    FIELD_PUBLIC, FIELD_PUBLISHED, FIELD_SCORE, FIELD_SURVEY, KIND_GROUP, KIND_INDICATOR, KIND_ITEM,
    KIND_OVERALL, KIND_TOOL, ScoreCell,
)
from app.services.scoring import ScoreSheet, Value
from app.store.models import Assessment
from app.thai.digits import parse_score
from ui.labels import COMPUTED_COLOR, MISMATCH_COLOR, fmt
from ui.tr import translator

COL_NAME, COL_SCORE, COL_PUBLIC, COL_SURVEY, COL_COMPUTED, COL_PUBLISHED = range(6)
COLUMN_COUNT = 6

KIND_LEVEL = "level"

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
MISMATCH_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_tr = translator("ScoresModel")


@dataclass(eq=False)
class Node:
    kind: str
    key: str
    label: str
    tooltip: str = ""
    dual: bool = False
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children.append(child)
        return child

    @property
    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class ScoresModel(QAbstractItemModel):
    input_rejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", "")
        self._sheet: ScoreSheet | None = None
        self._has_dual = False
        self.level_labels: list[str] = []
        self.commit = None  # callable(values: list[(ScoreCell, float|None)]) -> None
        self.commit_level = None  # callable(level: str|None) -> None
        self.digits = str  # callable(number) -> str: the unit's digits for numbering (UiContext.digits)

    # --- building ----------------------------------------------------------------------------

    def load(self, assessment: Assessment | None, sheet: ScoreSheet | None) -> None:
        """Rebuild the tree for an assessment (a year switch)."""
        self.beginResetModel()
        self._root = Node("root", "", "")
        self._sheet = sheet
        self._has_dual = False
        self.level_labels = []
        if assessment is not None and sheet is not None:
            cat = assessment.catalogue
            self.level_labels = [b["label"] for b in cat.level_rule.get("bands", [])]
            self._root.add(Node(KIND_OVERALL, "", _tr("คะแนนรวม (ภาพรวม)"),
                                _tr("IIT × 0.3 + EIT × 0.3 + OIT × 0.4 (ตามน้ำหนักของปีนั้น)")))
            self._root.add(Node(KIND_LEVEL, "", _tr("ระดับผลการประเมิน")))
            for tool in cat.tools:
                tnode = self._root.add(Node(KIND_TOOL, tool.code, f"{tool.code} {tool.name}", tool.name))
                for ind in cat.indicators:
                    if ind.tool_code != tool.code:
                        continue
                    items = [it for it in cat.items if it.indicator_number == ind.number]
                    dual = any(it.dual for it in items)
                    self._has_dual |= dual
                    inode = tnode.add(Node(KIND_INDICATOR, str(ind.number),
                                           _tr("ตัวชี้วัดที่ %1 %2").replace("%1", self.digits(ind.number)).replace("%2", ind.name),
                                           ind.name, dual))
                    groups = {g.code: inode.add(Node(KIND_GROUP, g.code, f"{g.code} {g.name}", g.name))
                              for g in cat.groups if g.indicator_number == ind.number}
                    for it in items:
                        owner = groups.get(it.group_code or "", inode)
                        owner.add(Node(KIND_ITEM, it.code, f"{it.code} {it.text}", it.text, it.dual))
        self.endResetModel()

    def update_sheet(self, sheet: ScoreSheet | None) -> None:
        """New values, same structure (after an edit): repaint only the rows whose figures
        changed (the edited cells and the totals above them), one ``dataChanged`` per run of
        adjacent changed rows."""
        nodes = self.nodes_in_order()
        before = [self._row_figures(n) for n in nodes]
        self._sheet = sheet
        changed = [n for n, old in zip(nodes, before) if self._row_figures(n) != old]
        for first, last in self._runs(changed):
            self.dataChanged.emit(self.index_of(first, 0), self.index_of(last, COLUMN_COUNT - 1))

    def _row_figures(self, node: Node) -> tuple:
        """Everything a row shows that comes from the sheet."""
        if node.kind == KIND_LEVEL:
            s = self._sheet
            return (s.level_computed, s.level_published) if s else (None, None)
        return tuple((number, None if pair is None else (pair.computed, pair.published))
                     for number, pair in (self.value(node, c) for c in range(COL_SCORE, COLUMN_COUNT)))

    @staticmethod
    def _runs(nodes: list[Node]) -> list[tuple[Node, Node]]:
        """Runs of siblings with consecutive rows (``dataChanged`` spans one parent)."""
        runs: list[tuple[Node, Node]] = []
        for n in nodes:
            if runs and runs[-1][1].parent is n.parent and runs[-1][1].row + 1 == n.row:
                runs[-1] = (runs[-1][0], n)
            else:
                runs.append((n, n))
        return runs

    @property
    def has_dual(self) -> bool:
        return self._has_dual

    def sheet(self) -> ScoreSheet | None:
        return self._sheet

    # --- tree plumbing -----------------------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        p = self.node(parent)
        if row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, column, p.children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        n: Node = index.internalPointer()
        p = n.parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row, 0, p)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_NAME: _tr("ตัวชี้วัด / ข้อ"), COL_SCORE: _tr("คะแนน"), COL_PUBLIC: _tr("Public"),
                COL_SURVEY: _tr("Survey"), COL_COMPUTED: _tr("คำนวณได้"), COL_PUBLISHED: _tr("ที่ประกาศ"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_SCORE: _tr("คะแนนรายข้อ ๐–๑๐๐ ทศนิยมสองตำแหน่ง พิมพ์เลขไทยได้"),
                COL_PUBLIC: _tr("คะแนน EIT ส่วน Public (ตั้งแต่ปี ๒๕๖๘)"),
                COL_SURVEY: _tr("คะแนน EIT ส่วน Survey (ตั้งแต่ปี ๒๕๖๘)"),
                COL_COMPUTED: _tr("ค่าที่โปรแกรมคำนวณจากระดับที่ต่ำกว่า"),
                COL_PUBLISHED: _tr("ค่าที่ สำนักงาน ป.ป.ช. ประกาศ (พิมพ์ตามผลจริง)"),
            }.get(section)
        return None

    # --- values ------------------------------------------------------------------------------

    def cell(self, node: Node, column: int) -> ScoreCell | None:
        """The stored score behind a cell, or None when the cell is not a stored number."""
        if node.kind == KIND_ITEM:
            if node.dual and column in (COL_PUBLIC, COL_SURVEY):
                return ScoreCell(KIND_ITEM, node.key, FIELD_PUBLIC if column == COL_PUBLIC else FIELD_SURVEY)
            if not node.dual and column == COL_SCORE:
                return ScoreCell(KIND_ITEM, node.key, FIELD_SCORE)
            return None
        if node.kind in (KIND_GROUP, KIND_INDICATOR, KIND_TOOL, KIND_OVERALL) and column == COL_PUBLISHED:
            return ScoreCell(node.kind, node.key, FIELD_PUBLISHED)
        if node.kind == KIND_INDICATOR and node.dual and column in (COL_PUBLIC, COL_SURVEY):
            return ScoreCell(KIND_INDICATOR, node.key, FIELD_PUBLIC if column == COL_PUBLIC else FIELD_SURVEY)
        return None

    def _aggregate(self, node: Node) -> Value | None:
        s = self._sheet
        if s is None:
            return None
        if node.kind == KIND_OVERALL:
            return s.overall
        if node.kind == KIND_TOOL:
            return next((t.value for t in s.tools if t.code == node.key), None)
        if node.kind == KIND_INDICATOR:
            return s.indicator(int(node.key)).value
        if node.kind == KIND_GROUP:
            for ind in s.indicators:
                for g in ind.groups:
                    if g.code == node.key:
                        return g.value
        return None

    def _item(self, node: Node):
        if self._sheet is None or node.parent is None:
            return None
        ind = node.parent if node.parent.kind == KIND_INDICATOR else node.parent.parent
        return next((i for i in self._sheet.indicator(int(ind.key)).items if i.code == node.key), None)

    def _mean_value(self, node: Node, column: int) -> Value | None:
        ind = self._sheet.indicator(int(node.key)) if self._sheet else None
        if ind is None:
            return None
        return ind.public if column == COL_PUBLIC else ind.survey

    def value(self, node: Node, column: int) -> tuple[float | None, Value | None]:
        """(the number shown, the Value behind it when it is a computed/published pair)."""
        if node.kind == KIND_ITEM:
            it = self._item(node)
            if it is None:
                return None, None
            return {COL_SCORE: it.score, COL_PUBLIC: it.public, COL_SURVEY: it.survey}.get(column), None
        if node.kind == KIND_INDICATOR and node.dual and column in (COL_PUBLIC, COL_SURVEY):
            v = self._mean_value(node, column)
            return (v.effective if v else None), v
        v = self._aggregate(node)
        if v is None:
            return None, None
        if column == COL_COMPUTED:
            return (None if v.computed is None else round(v.computed, 2)), v
        if column == COL_PUBLISHED:
            return v.published, v
        return None, None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self.node(index)
        if self.cell(node, index.column()) is not None or (node.kind == KIND_LEVEL and index.column() == COL_PUBLISHED):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = self.node(index), index.column()
        if role == KIND_ROLE:
            return node.kind
        if node.kind == KIND_LEVEL:
            return self._level_data(col, role)
        if col == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return node.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return node.tooltip or node.label
            if role == Qt.ItemDataRole.FontRole and node.kind in (KIND_TOOL, KIND_OVERALL):
                f = QFont()
                f.setBold(True)
                return f
            return None
        number, pair = self.value(node, col)
        mismatch = bool(pair is not None and pair.mismatch and col in (COL_PUBLISHED, COL_PUBLIC, COL_SURVEY))
        typed_mean = pair is not None and col in (COL_PUBLIC, COL_SURVEY) and pair.published is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if pair is not None and col in (COL_PUBLIC, COL_SURVEY) and not typed_mean:
                return fmt(None if pair.computed is None else round(pair.computed, 2))
            return fmt(number) + (" ≠" if mismatch else "")
        if role == Qt.ItemDataRole.EditRole:
            if pair is not None and col in (COL_PUBLIC, COL_SURVEY):
                return fmt(pair.published)
            return fmt(number)
        if role == VALUE_ROLE:
            return number
        if role == MISMATCH_ROLE:
            return mismatch
        if role == CELL_ROLE:
            return self.cell(node, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and mismatch:
            return QBrush(MISMATCH_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_COMPUTED or (pair is not None and col in (COL_PUBLIC, COL_SURVEY) and not typed_mean):
                return QBrush(COMPUTED_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if mismatch:
                return _tr("ที่ประกาศ %1 ไม่ตรงกับที่คำนวณได้ %2").replace("%1", fmt(pair.published)).replace(
                    "%2", fmt(round(pair.computed, 2)))
            if pair is not None and col in (COL_PUBLIC, COL_SURVEY) and not typed_mean:
                return _tr("ค่าเฉลี่ยที่คำนวณได้ (ยังไม่ได้กรอกค่าที่ประกาศ)")
            if self.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return _tr("พิมพ์คะแนน ๐–๑๐๐ (เลขไทยหรือเลขอารบิก) หรือวางจาก Excel ด้วย Ctrl+V")
        return None

    def _level_data(self, col: int, role: int):
        s = self._sheet
        computed = s.level_computed if s else None
        published = s.level_published if s else None
        mismatch = bool(computed and published and computed != published)
        if col == COL_NAME:
            return self._root.children[1].label if role == Qt.ItemDataRole.DisplayRole else None
        if col not in (COL_COMPUTED, COL_PUBLISHED):
            return None
        text = computed if col == COL_COMPUTED else published
        if role == Qt.ItemDataRole.DisplayRole:
            return (text or "") + (" ≠" if mismatch and col == COL_PUBLISHED else "")
        if role == Qt.ItemDataRole.EditRole:
            return text or ""
        if role == MISMATCH_ROLE:
            return mismatch and col == COL_PUBLISHED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and mismatch and col == COL_PUBLISHED:
            return QBrush(MISMATCH_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and mismatch and col == COL_PUBLISHED:
            return _tr("ระดับที่ประกาศ “%1” ไม่ตรงกับที่คำนวณตามเกณฑ์ “%2”").replace("%1", published).replace("%2", computed)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_COMPUTED:
            return QBrush(COMPUTED_COLOR)
        return None

    # --- editing -----------------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        node = self.node(index)
        if node.kind == KIND_LEVEL:
            level = str(value or "").strip() or None
            if level is not None and self.level_labels and level not in self.level_labels:
                self.input_rejected.emit(_tr("ระดับต้องเป็นหนึ่งใน: %1").replace("%1", ", ".join(self.level_labels)))
                return False
            if self.commit_level is None:
                return False
            return self._guarded(lambda: self.commit_level(level))
        try:
            number = parse_score(value if isinstance(value, (int, float)) or value is None else str(value))
        except ValueError as exc:
            self.input_rejected.emit(_tr("%1: %2").replace("%1", node.key or node.label).replace("%2", str(exc)))
            return False
        cell = self.cell(node, index.column())
        if self.commit is None or cell is None:
            return False
        return self._guarded(lambda: self.commit([(cell, number)]))

    def _guarded(self, fn) -> bool:
        try:
            fn()
        except ValueError as exc:
            self.input_rejected.emit(str(exc))
            return False
        return True

    # --- paste -------------------------------------------------------------------------------

    def editable_columns(self, node: Node) -> list[int]:
        return [c for c in range(COLUMN_COUNT) if self.cell(node, c) is not None]

    def nodes_in_order(self) -> list[Node]:
        out: list[Node] = []

        def walk(n: Node) -> None:
            for c in n.children:
                out.append(c)
                walk(c)

        walk(self._root)
        return out

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, node) if node is not self._root else QModelIndex()

    def find(self, kind: str, key: str) -> QModelIndex:
        for n in self.nodes_in_order():
            if n.kind == kind and n.key == key:
                return self.index_of(n)
        return QModelIndex()

    def paste_targets(self, start: QModelIndex, text: str) -> tuple[list[tuple[ScoreCell, float | None]], int]:
        """Map a block copied from a spreadsheet onto cells, from ``start`` down and right.

        Lines go to the following rows of the same kind as the start row (a column of item
        scores skips the indicator and group rows between them); fields go to that row's
        editable cells from the start column on. Raises ValueError (Thai, with line and field)
        when any value is bad, so nothing is pasted. Returns (values, lines that did not fit).
        """
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return [], 0
        node = self.node(start)
        order = self.nodes_in_order()
        rows = [n for n in order[order.index(node):] if n.kind == node.kind and self.editable_columns(n)]
        values: list[tuple[ScoreCell, float | None]] = []
        for line_no, (line, row) in enumerate(zip(lines, rows), start=1):
            cols = self.editable_columns(row)
            first = cols.index(start.column()) if start.column() in cols else 0
            for field_no, raw in enumerate(line.split("\t"), start=1):
                if first + field_no - 1 >= len(cols):
                    break
                try:
                    number = parse_score(raw)
                except ValueError as exc:
                    raise ValueError(_tr("บรรทัดที่ %1 ช่องที่ %2 (%3): %4").replace("%1", str(line_no)).replace(
                        "%2", str(field_no)).replace("%3", row.key).replace("%4", str(exc))) from None
                values.append((self.cell(row, cols[first + field_no - 1]), number))
        return values, max(0, len(lines) - len(rows))
