"""Undoable tracking edits: a measure's progress in a round, the round's narratives, evidence
photos, and the cover memos the reports go with. Each is a ``ui.commands.ServiceCommand`` over
``app.services.progress_edits``, ``photo_edits`` or ``memo_edits``; run with
``ui.commands.push(ctx, command)``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from sqlalchemy.orm import Session

from app.reports import memo_edits
from app.services import photo_edits, progress_edits
from app.services.changes import Changes
from ui.commands import ServiceCommand, removal, reorder
from ui.context import UiContext
from ui.tr import translator


# The saves made while typing in one field are one undo step (see ui.widgets.text_edits).
MERGE_PROGRESS_TEXT = 3001
MERGE_NOTE_TEXT = 3002
MERGE_MEMO = 3004
MERGE_CAPTION = 3005
TEXT_FIELDS = ("summary", "outcome", "remarks")

_tr = translator("Commands")


def set_progress(ctx: UiContext, measure_id: int, round_: int, values: dict[str, Any],
                 typing: Any = None) -> ServiceCommand:
    """``typing``: the editor's typing session (saves of one session merge into one undo step)."""
    values = dict(values)
    with ctx.db.session() as s:
        current = progress_edits.get_progress(s, measure_id, round_)
    old = {k: current[k] for k in values}
    text = _tr("เปลี่ยนสถานะ") if set(values) == {"status"} else _tr("แก้ผลการดำเนินการ")
    one_text = typing is not None and len(values) == 1 and set(values) <= set(TEXT_FIELDS)
    return ServiceCommand(ctx, text,
                          lambda s: progress_edits.set_progress(s, measure_id, round_, values),
                          lambda s: progress_edits.set_progress(s, measure_id, round_, old),
                          MERGE_PROGRESS_TEXT if one_text else -1, (measure_id, round_, tuple(values), typing))


def set_note(ctx: UiContext, plan_id: int, round_: int, text: str, indicator: int | None = None,
             theme: int | None = None, typing: Any = None) -> ServiceCommand:
    with ctx.db.session() as s:
        old = progress_edits.get_note(s, plan_id, round_, indicator, theme)
    return ServiceCommand(ctx, _tr("แก้คำบรรยายผลการดำเนินงาน"),
                          lambda s: progress_edits.set_note(s, plan_id, round_, text, indicator, theme),
                          lambda s: progress_edits.set_note(s, plan_id, round_, old, indicator, theme),
                          MERGE_NOTE_TEXT if typing is not None else -1, (plan_id, round_, indicator, theme, typing))


def add_photos(ctx: UiContext, measure_id: int, round_: int, files: Sequence[tuple[bytes, str]]) -> ServiceCommand:
    """Add several images as one undo step; ``files`` is (bytes, file name) pairs."""
    files = list(files)
    state: dict[str, Any] = {"ids": [], "snaps": []}

    def redo(s: Session) -> Changes:
        if state["snaps"]:
            for snap in state["snaps"]:
                photo_edits.restore_photo(s, snap)
            state["snaps"] = []
            return Changes(progress=True)
        for data, name in files:
            # No caption until the officer writes one: a file name ("IMG_2041") printed under
            # evidence in a signed report is worse than nothing.
            _, pid = photo_edits.add_photo(s, measure_id, round_, data, Path(name).name, "")
            state["ids"].append(pid)
        return Changes(progress=True)

    def undo(s: Session) -> Changes:
        snaps = []
        for pid in reversed(state["ids"]):
            snaps.append(photo_edits.remove_photo(s, pid)[1])
        state["snaps"] = list(reversed(snaps))
        return Changes(progress=True)

    label = _tr("เพิ่มภาพ") if len(files) == 1 else _tr("เพิ่มภาพ %n ภาพ").replace("%n", ctx.digits(len(files)))
    command = ServiceCommand(ctx, label, redo, undo)
    command.state = state
    return command


def remove_photo(ctx: UiContext, photo_id: int) -> ServiceCommand:
    return removal(ctx, _tr("ลบภาพ"), lambda s: photo_edits.remove_photo(s, photo_id), photo_edits.restore_photo)


def move_photo(ctx: UiContext, photo_id: int, new_index: int) -> ServiceCommand:
    return reorder(ctx, _tr("เลื่อนภาพ"), lambda s: photo_edits.photo_index(s, photo_id),
                   lambda s, i: photo_edits.move_photo(s, photo_id, i), new_index)


def set_caption(ctx: UiContext, photo_id: int, caption: str, typing: Any = None) -> ServiceCommand:
    """``typing`` (the caption field's typing session) merges the saves made while typing one
    caption into one undo step."""
    with ctx.db.session() as s:
        old = photo_edits.get_caption(s, photo_id)
    return ServiceCommand(ctx, _tr("แก้คำบรรยายภาพ"),
                          lambda s: photo_edits.set_caption(s, photo_id, caption),
                          lambda s: photo_edits.set_caption(s, photo_id, old),
                          MERGE_CAPTION if typing is not None else -1, (photo_id, typing))


def save_memo(ctx: UiContext, unit_id: int, kind: str, year: int, round_: int | None,
              values: dict[str, Any], typing: Any = None) -> ServiceCommand:
    """Edit the memo covering (kind, year, round); the first edit stores the prefilled memo
    and its undo removes it again."""
    values = dict(values)
    with ctx.db.session() as s:
        current = memo_edits.memo_values(s, unit_id, kind, year, round_)
    old = {k: current[k] for k in values}
    state: dict[str, Any] = {}

    def redo(s: Session) -> Changes:
        changes, state["created"] = memo_edits.save_memo(s, unit_id, kind, year, round_, values)
        return changes

    def undo(s: Session) -> Changes:
        if state.get("created"):
            return memo_edits.delete_memo(s, unit_id, kind, year, round_)
        return memo_edits.save_memo(s, unit_id, kind, year, round_, old)[0]

    return ServiceCommand(ctx, _tr("แก้บันทึกข้อความ"), redo, undo,
                          MERGE_MEMO if typing is not None else -1,
                          (unit_id, kind, year, round_, tuple(sorted(values)), typing))
