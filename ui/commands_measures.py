"""Undoable edits of the measures plan, each a ``ui.commands.ServiceCommand`` over
``app.services.measure_edits`` (one transaction per redo or undo; ``ctx.notify`` after each).

Measures are addressed by id: a deleted measure comes back with its id (see measure_edits), so
commands further up the stack still find it. Build a command with a function here and run it
with ``ui.commands.push(ctx, command)``, which refuses bad input with a Thai ``ValueError``
before anything reaches the undo stack.
"""
from __future__ import annotations

from typing import Any


from app.services import measure_edits as me
from ui.commands import ServiceCommand, creation, removal, reorder
from ui.context import UiContext
from ui.tr import translator

MERGE_MEASURE_DATES = 2001  # stepping a date field is one undo step per field, not per click
MERGE_MEASURE_TEXT = 2002  # the saves made while typing in one field are one undo step


_tr = translator("Commands")


def create_plan(ctx: UiContext, unit_id: int, year: int, grouping: str = me.GROUP_BY_INDICATOR) -> ServiceCommand:
    return creation(ctx, _tr("สร้างแผนมาตรการปี %1").replace("%1", ctx.digits(year)),
                    lambda s: me.create_plan(s, unit_id, year, grouping), me.delete_plan, me.restore_plan)


def set_grouping(ctx: UiContext, plan_id: int, grouping: str) -> ServiceCommand:
    with ctx.db.session() as s:
        old = me.get_grouping(s, plan_id)
    return ServiceCommand(ctx, _tr("เปลี่ยนการจัดกลุ่มมาตรการ"),
                          lambda s: me.set_grouping(s, plan_id, grouping),
                          lambda s: me.set_grouping(s, plan_id, old))


def add_measure(ctx: UiContext, plan_id: int, index: int | None = None,
                values: dict[str, Any] | None = None, text: str | None = None) -> ServiceCommand:
    """Add a measure (``command.state["id"]`` is its id once run)."""
    return creation(ctx, text or _tr("เพิ่มมาตรการ"), lambda s: me.add_measure(s, plan_id, index, values),
                    me.delete_measure, me.restore_measure)


def duplicate_measure(ctx: UiContext, measure_id: int) -> ServiceCommand:
    return creation(ctx, _tr("ทำสำเนามาตรการ"), lambda s: me.duplicate_measure(s, measure_id),
                    me.delete_measure, me.restore_measure)


def delete_measure(ctx: UiContext, measure_id: int) -> ServiceCommand:
    return removal(ctx, _tr("ลบมาตรการ"), lambda s: me.delete_measure(s, measure_id), me.restore_measure)


def move_measure(ctx: UiContext, measure_id: int, new_index: int) -> ServiceCommand:
    return reorder(ctx, _tr("เลื่อนมาตรการ"), lambda s: me.measure_index(s, measure_id),
                   lambda s, i: me.move_measure(s, measure_id, i), new_index)


def set_measure_fields(ctx: UiContext, measure_id: int, values: dict[str, Any], text: str | None = None,
                       typing: Any = None) -> ServiceCommand:
    """``typing``: the editor's typing session (saves of one session merge into one undo step)."""
    values = dict(values)
    with ctx.db.session() as s:
        old = me.get_fields(s, measure_id, values)
    if text is None:
        names = [me.FIELD_LABELS.get(n, n) for n in values]
        text = _tr("แก้ %1").replace("%1", ", ".join(names))
    dates_only = set(values) <= set(me.DATE_FIELDS)
    one_text = typing is not None and len(values) == 1 and set(values) <= set(me.TEXT_FIELDS)
    merge_id = MERGE_MEASURE_DATES if dates_only else MERGE_MEASURE_TEXT if one_text else -1
    return ServiceCommand(ctx, text,
                          lambda s: me.set_fields(s, measure_id, values),
                          lambda s: me.set_fields(s, measure_id, old),
                          merge_id, (measure_id, tuple(sorted(values)), typing))
