"""Offers the analysis already written for a measure's indicator as its
"ผลการวิเคราะห์ที่สอดคล้อง" (``carry_over.finding_offers``).

A button under the field opens a menu of the analysis texts (deficiency, what to develop) of
the results year the plan answers; choosing one fills an empty field, or adds it as a new
paragraph, as one undoable edit. A hint says when an empty field has something to offer.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.services import carry_over
from app.services.measure_edits import MeasureView, PlanView
from app.thai.digits import to_thai_digits
from ui import commands
from ui.commands_measures import set_measure_fields
from ui.context import UiContext

PREVIEW_CHARS = 90


class FindingOffers(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure: MeasureView | None = None
        self.offers: list[carry_over.FindingOffer] = []
        self.button = QToolButton(self)
        self.button.setText(self.tr("ใช้ผลการวิเคราะห์…"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the whole label and the menu arrow (the form squeezes it otherwise)
        self.button.setMinimumWidth(self.button.fontMetrics().horizontalAdvance(self.button.text()) + 36)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #1a5fb4;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.hint, 1)
        self.hide()

    def show_for(self, plan: PlanView | None, measure: MeasureView | None) -> None:
        self.measure = measure
        self.offers = []
        if plan is not None and measure is not None:
            with self.ctx.db.session() as s:
                self.offers = carry_over.finding_offers(s, plan.unit_id, plan.fiscal_year, measure.indicator_number)
        self.menu.clear()
        for offer in self.offers:
            preview = " ".join(offer.text.split())
            if len(preview) > PREVIEW_CHARS:
                preview = preview[:PREVIEW_CHARS] + "…"
            action = self.menu.addAction(f"{offer.label}: {preview}")
            action.setToolTip(offer.text)
            action.triggered.connect(lambda _checked=False, o=offer: self.use(o))
        self.setVisible(bool(self.offers))
        if self.offers and measure is not None and not measure.finding.strip():
            self.hint.setText(self.tr("มีบทวิเคราะห์ตัวชี้วัดที่ %1 ของปี %2 ให้เลือกใช้")
                              .replace("%1", to_thai_digits(str(measure.indicator_number)))
                              .replace("%2", to_thai_digits(str(self.offers[0].fiscal_year))))
        else:
            self.hint.clear()

    def use(self, offer: carry_over.FindingOffer) -> bool:
        """Fill the field with the offer (or add it as a paragraph); one undo step."""
        m = self.measure
        if m is None:
            return False
        current = m.finding.strip()
        if offer.text in current:
            return False
        text = offer.text if not current else f"{current}\n{offer.text}"
        try:
            commands.push(self.ctx, set_measure_fields(self.ctx, m.id, {"finding": text},
                                                       self.tr("ใช้ผลการวิเคราะห์เป็นผลการวิเคราะห์ที่สอดคล้อง")))
        except ValueError as exc:
            self.ctx.show_message(str(exc))
            return False
        return True
