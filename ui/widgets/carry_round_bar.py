"""The bar above the 12-month round offering to start it from the 6-month round.

Shown only for the 12-month round while some measures have a 6-month entry and nothing yet
for 12 months. One click carries status, summary and outcome (``carry_over.carry_round``) as
one undo step; the carried rows stay marked (↻) until the officer updates them.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import carry_over
from app.services.progress_edits import TrackingView
from ui import commands
from ui.commands_years import carry_round
from ui.context import UiContext
from ui.models.tracking_model import CARRIED_MARK


class CarryRoundBar(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self.setObjectName("carry-round-bar")
        self.setStyleSheet("#carry-round-bar { background: #eef4ff; border: 1px solid #b8cdf0; border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.carry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, view: TrackingView | None) -> None:
        """Show the offer (and the meaning of the mark) for the 12-month round only."""
        self.plan_id = view.plan_id if view is not None else None
        if view is None or view.round != 12:
            self.hide()
            return
        with self.ctx.db.session() as s:
            count = len(carry_over.carryable(s, view.plan_id))
        carried = sum(1 for r in view.rows if r.carried)
        parts = []
        if count:
            parts.append(self.tr("รอบ ๑๒ เดือนยังว่าง %1 มาตรการที่มีผลรอบ ๖ เดือนแล้ว — เริ่มจากสถานะ สรุปผล และผลลัพธ์"
                                 "ของรอบ ๖ เดือนได้ แล้วแก้ต่อ (เลิกทำได้ในครั้งเดียวด้วย Ctrl+Z)")
                         .replace("%1", self.ctx.digits(count)))
        if carried:
            parts.append(self.tr("%1 = ยกมาจากรอบ ๖ เดือน ยังไม่ได้แก้ (%2 มาตรการ)")
                         .replace("%1", CARRIED_MARK).replace("%2", self.ctx.digits(carried)))
        # the rounds' numbers too follow the unit's digits, like every number on screen
        self.label.setText(self.ctx.digits("\n".join(parts)))
        self.button.setText(self.ctx.digits(self.tr("เริ่มรอบ ๑๒ เดือนจากรอบ ๖ เดือน")))
        self.button.setVisible(bool(count))
        self.setVisible(bool(parts))

    def carry(self) -> bool:
        if self.plan_id is None:
            return False
        command = carry_round(self.ctx, self.plan_id)
        try:
            commands.push(self.ctx, command)
        except ValueError as exc:
            self.ctx.show_message(str(exc))
            return False
        self.ctx.show_message(command.state["result"].message)
        return True
