"""Undoable year and carry-over edits, each a ``ui.commands.ServiceCommand`` over
``app.services.years`` and ``app.services.carry_over`` (one transaction per redo or undo).

Commands address the year by (unit id, fiscal year), so an undone-and-redone "add year" still
finds its target; the carried round keeps what ``carry_round`` did so undo puts back exactly
what was there, as one step.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from sqlalchemy.orm import Session

from app.services import carry_over, measure_edits as me, years
from app.services.changes import Changes
from ui.commands import ServiceCommand, creation
from ui.context import UiContext
from ui.tr import translator


_tr = translator("Commands")


def add_results_year(ctx: UiContext, unit_id: int, year: int, copy_from: str | None,
                     today: dt.date | None = None) -> ServiceCommand:
    """Start a year's results; ``command.state["added"]`` is the ``YearAdded`` once run."""
    state: dict[str, Any] = {}

    def redo(s: Session) -> Changes:
        state["added"] = years.add_results_year(s, unit_id, year, copy_from, today)
        return state["added"].changes

    def undo(s: Session) -> Changes:
        added = state["added"]
        return years.remove_results_year(s, unit_id, year, added.catalogue_code if added.copied_from else None)

    command = ServiceCommand(ctx, _tr("เพิ่มผลการประเมินปี %1").replace("%1", ctx.digits(year)), redo, undo)
    command.state = state
    return command


def start_plan(ctx: UiContext, unit_id: int, year: int, from_previous: Iterable[int] | None = None) -> ServiceCommand:
    """The year's plan: empty, or from the chosen measures of the previous year's plan."""
    chosen = None if from_previous is None else list(from_previous)
    label = (_tr("สร้างแผนมาตรการปี %1") if chosen is None else _tr("เริ่มแผนมาตรการปี %1 จากแผนปีก่อน"))

    def create(s: Session) -> tuple[Changes, int]:
        if chosen is None:
            return me.create_plan(s, unit_id, year)
        return carry_over.start_plan_from_previous(s, unit_id, year, chosen)

    return creation(ctx, label.replace("%1", ctx.digits(year)), create, me.delete_plan, me.restore_plan)


def carry_round(ctx: UiContext, plan_id: int) -> ServiceCommand:
    """Start the 12-month round from the 6-month one (``command.state["result"]``)."""
    state: dict[str, Any] = {}

    def redo(s: Session) -> Changes:
        state["result"] = carry_over.carry_round(s, plan_id)
        return state["result"].changes

    command = ServiceCommand(ctx, _tr("เริ่มรอบ ๑๒ เดือนจากรอบ ๖ เดือน"), redo,
                             lambda s: carry_over.undo_carry_round(s, state["result"]))
    command.state = state
    return command
