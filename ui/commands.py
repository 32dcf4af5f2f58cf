"""Undo/redo: every edit is a QUndoCommand that calls a write-side service.

Each redo and each undo runs in its own database transaction, so an edit is on disk the moment
it is made, and then broadcasts the service's ``Changes`` through ``ctx.notify``. Commands
address the year by (unit id, fiscal year), not by row ids, so they still find their target
after an undone-and-redone "start this year".

Use ``push(ctx, command)``: it runs the edit first and pushes it only when the service accepted
it, so a refused value raises ``ValueError`` (Thai message) to the caller and leaves neither the
database nor the undo stack changed.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from app.services import analysis_edits, phrases, score_edits, unit_edits
from app.services.changes import Changes
from app.services.score_edits import ScoreCell
from app.store.models import Signer, Unit
from ui.context import UiContext
from ui.tr import translator

# Merge ids: consecutive edits of the same text field become one undo step.
MERGE_ANALYSIS_TEXT = 1001
MERGE_SECTION_TEXT = 1002
MERGE_UNIT_FIELD = 1003
MERGE_SIGNER_TEXT = 1004  # the saves made while typing a signer's name or positions: one undo step


_tr = translator("Commands")


class ServiceCommand(QUndoCommand):
    """A command whose redo and undo are functions of a Session returning ``Changes``."""

    def __init__(self, ctx: UiContext, text: str, redo: Callable[[Session], Changes],
                 undo: Callable[[Session], Changes], merge_id: int = -1, merge_key: Any = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._redo, self._undo = redo, undo
        self._merge_id, self.merge_key = merge_id, merge_key
        self._skip_next_redo = False

    def _run(self, fn: Callable[[Session], Changes]) -> None:
        with self.ctx.db.transaction() as session:
            changes = fn(session)
        self.ctx.notify(changes)

    def run_first(self) -> None:
        """Do the edit before the command is pushed (errors propagate to the caller)."""
        self._run(self._redo)
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ServiceCommand) or other.id() != self.id() or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo  # keep our undo (the oldest value), take their redo (the newest)
        return True


def push(ctx: UiContext, command: ServiceCommand) -> None:
    command.run_first()
    ctx.undo_stack.push(command)


def removal(ctx: UiContext, text: str, remove: Callable[[Session], tuple[Changes, Any]],
            restore: Callable[[Session, Any], Changes]) -> ServiceCommand:
    """Undoable removal: ``remove`` returns (changes, snapshot); undo hands the snapshot to
    ``restore``, which brings the row back with its ids."""
    state: dict[str, Any] = {}

    def redo(s: Session) -> Changes:
        changes, state["snap"] = remove(s)
        return changes

    return ServiceCommand(ctx, text, redo, lambda s: restore(s, state["snap"]))


def creation(ctx: UiContext, text: str, create: Callable[[Session], tuple[Changes, int]],
             delete: Callable[[Session, int], tuple[Changes, Any]],
             restore: Callable[[Session, Any], Changes]) -> ServiceCommand:
    """Undoable creation: ``create`` returns (changes, new id); undo deletes it keeping a
    snapshot, and redo restores that snapshot so the row comes back with the same ids.
    ``command.state["id"]`` holds the id once run."""
    state: dict[str, Any] = {}

    def redo(s: Session) -> Changes:
        if "snap" in state:
            return restore(s, state["snap"])
        changes, state["id"] = create(s)
        return changes

    def undo(s: Session) -> Changes:
        changes, state["snap"] = delete(s, state["id"])
        return changes

    command = ServiceCommand(ctx, text, redo, undo)
    command.state = state
    return command


def reorder(ctx: UiContext, text: str, index_of: Callable[[Session], int],
            move_to: Callable[[Session, int], Changes], new_index: int) -> ServiceCommand:
    """Undoable move to ``new_index``; undo moves back to where it was."""
    with ctx.db.session() as s:
        old = index_of(s)
    return ServiceCommand(ctx, text, lambda s: move_to(s, new_index), lambda s: move_to(s, old))


def _assessment_id(session: Session, unit_id: int, year: int) -> int:
    aid = score_edits.assessment_id_for(session, unit_id, year)
    if aid is None:
        raise ValueError(_tr("ยังไม่มีผลการประเมินของปีงบประมาณนี้"))
    return aid


# --- scores ----------------------------------------------------------------------------------


def set_scores(ctx: UiContext, unit_id: int, year: int, values: Sequence[tuple[ScoreCell, float | None]],
               text: str | None = None) -> ServiceCommand:
    values = list(values)
    with ctx.db.session() as session:
        old = score_edits.get_values(session, _assessment_id(session, unit_id, year), [c for c, _ in values])
    before = list(zip([c for c, _ in values], old))
    label = text or (_tr("แก้คะแนน") if len(values) == 1 else _tr("วางคะแนน %n ช่อง").replace("%n", ctx.digits(len(values))))
    return ServiceCommand(
        ctx, label,
        lambda s: score_edits.set_values(s, _assessment_id(s, unit_id, year), values),
        lambda s: score_edits.set_values(s, _assessment_id(s, unit_id, year), before),
    )


def set_level(ctx: UiContext, unit_id: int, year: int, level: str | None) -> ServiceCommand:
    with ctx.db.session() as session:
        old = score_edits.get_published_level(session, _assessment_id(session, unit_id, year))
    return ServiceCommand(
        ctx, _tr("แก้ระดับผลการประเมินที่ประกาศ"),
        lambda s: score_edits.set_published_level(s, _assessment_id(s, unit_id, year), level),
        lambda s: score_edits.set_published_level(s, _assessment_id(s, unit_id, year), old),
    )


def create_assessment(ctx: UiContext, unit_id: int, year: int) -> ServiceCommand:
    def redo(s: Session) -> Changes:
        score_edits.create_assessment(s, unit_id, year)
        return Changes(scores=True, analysis=True)

    return ServiceCommand(
        ctx, _tr("เริ่มผลการประเมินปี %1").replace("%1", ctx.digits(year)), redo,
        lambda s: score_edits.delete_assessment(s, _assessment_id(s, unit_id, year)),
    )


# --- analysis --------------------------------------------------------------------------------


def set_analysis_text(ctx: UiContext, unit_id: int, year: int, indicator: int, field: str, text: str) -> ServiceCommand:
    with ctx.db.session() as session:
        old = analysis_edits.get_text(session, _assessment_id(session, unit_id, year), indicator, field)
    return ServiceCommand(
        ctx, _tr("แก้บทวิเคราะห์ตัวชี้วัดที่ %1").replace("%1", ctx.digits(indicator)),
        lambda s: analysis_edits.set_text(s, _assessment_id(s, unit_id, year), indicator, field, text),
        lambda s: analysis_edits.set_text(s, _assessment_id(s, unit_id, year), indicator, field, old),
        MERGE_ANALYSIS_TEXT, (unit_id, year, indicator, field),
    )


def set_section_text(ctx: UiContext, unit_id: int, year: int, kind: str, text: str) -> ServiceCommand:
    with ctx.db.session() as session:
        old = analysis_edits.get_section(session, _assessment_id(session, unit_id, year), kind)
    return ServiceCommand(
        ctx, _tr("แก้หัวข้อ %1").replace("%1", phrases.CATEGORY_LABELS.get(kind, kind)),
        lambda s: analysis_edits.set_section(s, _assessment_id(s, unit_id, year), kind, text),
        lambda s: analysis_edits.set_section(s, _assessment_id(s, unit_id, year), kind, old),
        MERGE_SECTION_TEXT, (unit_id, year, kind),
    )


def copy_previous_analysis(ctx: UiContext, unit_id: int, year: int) -> ServiceCommand:
    with ctx.db.session() as session:
        before = analysis_edits.snapshot(session, _assessment_id(session, unit_id, year))

    def redo(s: Session) -> Changes:
        changes, _source_year = analysis_edits.copy_previous_year(s, _assessment_id(s, unit_id, year))
        return changes

    return ServiceCommand(
        ctx, _tr("คัดลอกบทวิเคราะห์ของปีก่อน"), redo,
        lambda s: analysis_edits.restore(s, _assessment_id(s, unit_id, year), before),
    )


def add_phrase(ctx: UiContext, category: str, text: str, indicator: int | None) -> ServiceCommand:
    state: dict[str, int] = {}

    def redo(s: Session) -> Changes:
        changes, state["id"] = phrases.add_phrase(s, category, text, indicator)
        return changes

    return ServiceCommand(ctx, _tr("เพิ่มวลีในคลัง"), redo, lambda s: phrases.remove_phrase(s, state["id"]))


def remove_phrase(ctx: UiContext, phrase_id: int) -> ServiceCommand:
    with ctx.db.session() as session:
        entry = phrases.get_phrase(session, phrase_id)
    state = {"id": phrase_id}

    def undo(s: Session) -> Changes:
        changes, state["id"] = phrases.add_phrase(s, entry.category, entry.text, entry.indicator)
        return changes

    return ServiceCommand(ctx, _tr("ลบวลีจากคลัง"), lambda s: phrases.remove_phrase(s, state["id"]), undo)


# --- unit settings ---------------------------------------------------------------------------


def set_unit_field(ctx: UiContext, unit_id: int, name: str, value: Any, typing: Any = None) -> ServiceCommand:
    with ctx.db.session() as session:
        old = unit_edits.get_field(session, unit_id, name)
    return ServiceCommand(
        ctx, _tr("แก้ %1").replace("%1", unit_edits.FIELD_LABELS.get(name, name)),
        lambda s: unit_edits.set_field(s, unit_id, name, value),
        lambda s: unit_edits.set_field(s, unit_id, name, old),
        MERGE_UNIT_FIELD if typing is not None else -1, (unit_id, name, typing),
    )


def set_garuda(ctx: UiContext, unit_id: int, data: bytes | None) -> ServiceCommand:
    from app.store.models import Unit

    with ctx.db.session() as session:
        unit = session.get(Unit, unit_id)
        old = unit.garuda_png if unit else None
    return ServiceCommand(
        ctx, _tr("เปลี่ยนภาพครุฑ") if data else _tr("ลบภาพครุฑ"),
        lambda s: unit_edits.set_garuda(s, unit_id, data),
        lambda s: unit_edits.set_garuda(s, unit_id, old),
    )


def add_department(ctx: UiContext, unit_id: int, name: str) -> ServiceCommand:
    name = name.strip()
    return ServiceCommand(
        ctx, _tr("เพิ่มหน่วยงานย่อย"),
        lambda s: unit_edits.add_department(s, unit_id, name),
        lambda s: unit_edits.remove_department(s, unit_id, name)[0],
    )


def rename_department(ctx: UiContext, unit_id: int, old: str, new: str) -> ServiceCommand:
    new = new.strip()
    return ServiceCommand(
        ctx, _tr("เปลี่ยนชื่อหน่วยงานย่อย"),
        lambda s: unit_edits.rename_department(s, unit_id, old, new),
        lambda s: unit_edits.rename_department(s, unit_id, new, old),
    )


def remove_department(ctx: UiContext, unit_id: int, name: str) -> ServiceCommand:
    with ctx.db.session() as session:
        index = unit_edits.department_index(session, unit_id, name)
    return ServiceCommand(
        ctx, _tr("ลบหน่วยงานย่อย"),
        lambda s: unit_edits.remove_department(s, unit_id, name)[0],
        lambda s: unit_edits.add_department(s, unit_id, name, index),
    )


def move_department(ctx: UiContext, unit_id: int, name: str, new_index: int) -> ServiceCommand:
    with ctx.db.session() as session:
        index = unit_edits.department_index(session, unit_id, name)
    return ServiceCommand(
        ctx, _tr("เลื่อนหน่วยงานย่อย"),
        lambda s: unit_edits.move_department(s, unit_id, name, new_index),
        lambda s: unit_edits.move_department(s, unit_id, name, index),
    )


def _signer_id(s: Session, unit_id: int, key: str) -> int:
    sid = unit_edits.find_signer_id(s, unit_id, key)
    if sid is None:
        raise ValueError(_tr("ไม่พบผู้ลงนาม"))
    return sid


def add_signer(ctx: UiContext, unit_id: int, name: str, positions: Sequence[str]) -> ServiceCommand:
    import uuid

    key = uuid.uuid4().hex[:12]
    return ServiceCommand(
        ctx, _tr("เพิ่มผู้ลงนาม"),
        lambda s: unit_edits.add_signer(s, unit_id, name, positions, key=key,
                                        role=unit_edits.first_free_role(s, unit_id))[0],
        lambda s: unit_edits.remove_signer(s, _signer_id(s, unit_id, key))[0],
    )


def update_signer(ctx: UiContext, unit_id: int, key: str, name: str, positions: Sequence[str],
                  typing: Any = None) -> ServiceCommand:
    """``typing`` (the editor's typing session) merges the saves made while typing in one
    field into one undo step."""
    with ctx.db.session() as session:
        old = unit_edits.signer_data(session, _signer_id(session, unit_id, key))
    return ServiceCommand(
        ctx, _tr("แก้ผู้ลงนาม"),
        lambda s: unit_edits.update_signer(s, _signer_id(s, unit_id, key), name, positions),
        lambda s: unit_edits.update_signer(s, _signer_id(s, unit_id, key), old.name, old.positions),
        MERGE_SIGNER_TEXT if typing is not None else -1, (unit_id, key, typing),
    )


def remove_signer(ctx: UiContext, unit_id: int, key: str) -> ServiceCommand:
    with ctx.db.session() as session:
        old = unit_edits.signer_data(session, _signer_id(session, unit_id, key))
    return ServiceCommand(
        ctx, _tr("ลบผู้ลงนาม"),
        lambda s: unit_edits.remove_signer(s, _signer_id(s, unit_id, key))[0],
        lambda s: unit_edits.add_signer(s, unit_id, old.name, old.positions, old.index, old.key, old.memo_ids,
                                        old.role, old.signature_png)[0],
    )


def set_signer_role(ctx: UiContext, unit_id: int, key: str, role: str) -> ServiceCommand:
    with ctx.db.session() as session:
        unit = session.get(Unit, unit_id)
        before = {s.key: s.role for s in unit.signers} if unit else {}

    def undo(s: Session) -> Changes:
        for k, r in before.items():
            sid = unit_edits.find_signer_id(s, unit_id, k)
            if sid is not None:
                s.get(Signer, sid).role = r
        s.flush()
        return Changes(unit=True, memos=True)

    return ServiceCommand(ctx, _tr("เปลี่ยนหน้าที่ผู้ลงนาม"),
                          lambda s: unit_edits.set_signer_role(s, _signer_id(s, unit_id, key), role), undo)


def set_signer_signature(ctx: UiContext, unit_id: int, key: str, data: bytes | None) -> ServiceCommand:
    with ctx.db.session() as session:
        old = unit_edits.signer_data(session, _signer_id(session, unit_id, key)).signature_png
    return ServiceCommand(
        ctx, _tr("เปลี่ยนลายมือชื่อ") if data else _tr("ลบลายมือชื่อ"),
        lambda s: unit_edits.set_signer_signature(s, _signer_id(s, unit_id, key), data),
        lambda s: unit_edits.set_signer_signature(s, _signer_id(s, unit_id, key), old),
    )


def move_signer(ctx: UiContext, unit_id: int, key: str, new_index: int) -> ServiceCommand:
    with ctx.db.session() as session:
        old = unit_edits.signer_data(session, _signer_id(session, unit_id, key))
    return ServiceCommand(
        ctx, _tr("เลื่อนผู้ลงนาม"),
        lambda s: unit_edits.move_signer(s, _signer_id(s, unit_id, key), new_index),
        lambda s: unit_edits.move_signer(s, _signer_id(s, unit_id, key), old.index),
    )


def save_wording(ctx: UiContext, unit_id: int, kind: str, year: int, round_: int | None,
                 values: dict[str, Any]) -> ServiceCommand:
    """Store part of a document's wording; undo puts the previous values back."""
    from app.reports import wording_edits

    with ctx.db.session() as session:
        old = wording_edits.wording_values(session, unit_id, kind, year, round_)
    previous = {name: old[name] for name in values}
    return ServiceCommand(
        ctx, _tr("แก้ถ้อยคำของเอกสาร"),
        lambda s: wording_edits.save_wording(s, unit_id, kind, year, round_, values),
        lambda s: wording_edits.save_wording(s, unit_id, kind, year, round_, previous),
    )
