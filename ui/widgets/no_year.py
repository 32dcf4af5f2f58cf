"""What a page says while the chosen unit has no fiscal year yet (a new unit, just made by the
first-run form): one Thai sentence saying what to do next, and the button that does it — the
year dialog, the same one as the toolbar's "เพิ่มปีงบประมาณ…"."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ui.context import UiContext
from ui.tr import translator

_tr = translator("NoYear")


def no_year(ctx: UiContext) -> bool:
    """A unit is chosen but it has no fiscal year to show (so there is nothing to choose yet)."""
    return ctx.unit_id is not None and ctx.fiscal_year is None


def no_year_text() -> str:
    return _tr("หน่วยงานนี้ยังไม่มีปีงบประมาณ — กด “เพิ่มปีงบประมาณ…” เพื่อกรอกผลการประเมินหรือจัดทำแผนมาตรการ")


class AddYearButton(QPushButton):
    """Opens the year dialog for the current unit; shown by a page only while ``no_year``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(_tr("เพิ่มปีงบประมาณ…"), parent)
        self.ctx = ctx
        self.setToolTip(_tr("เพิ่มผลการประเมินของปีใดก็ได้ และแผนมาตรการของปีถัดไป"))
        self.clicked.connect(self.add_year)

    def add_year(self) -> bool:
        from ui.dialogs.year_dialog import run_year_dialog  # loaded on first use

        return run_year_dialog(self.ctx, self.window())
