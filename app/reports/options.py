"""What to print: the kind of document, for which unit and year, and the officer's options."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from app.store.models import ROUND_STYLES

KIND_ANALYSIS = "analysis"
KIND_PLAN = "plan"
KIND_PROGRESS = "progress"
KIND_MEMO = "memo"
KIND_SUMMARY = "summary"
KIND_COMPARISON = "comparison"
KINDS = (KIND_ANALYSIS, KIND_PLAN, KIND_PROGRESS, KIND_MEMO, KIND_SUMMARY, KIND_COMPARISON)

KIND_TITLES = {
    KIND_ANALYSIS: "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
    KIND_PLAN: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    KIND_PROGRESS: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    KIND_MEMO: "บันทึกข้อความ",
    KIND_SUMMARY: "สรุปสถานะการดำเนินการตามมาตรการ",
    KIND_COMPARISON: "ผลการประเมินเปรียบเทียบและข้อเสนอแนะเพิ่มเติม",
}

# Progress report layouts, after the seeds:
#   columns: measure | steps | responsible | period | summary | outcome (seeds 001, 000)
#   items:   grouped by theme, related item codes and scores in the outcome column (seed 002)
#   status:  narrative per indicator, status as three columns, remarks (seed 004)
LAYOUT_COLUMNS = "columns"
LAYOUT_ITEMS = "items"
LAYOUT_STATUS = "status"
PROGRESS_LAYOUTS = (LAYOUT_COLUMNS, LAYOUT_ITEMS, LAYOUT_STATUS)
# A plan's measures grouped by ITA indicator or by theme (seed 003); none: the plan's own grouping.
PLAN_GROUPINGS = ("indicator", "theme")

# Columns a progress table in the "columns" layout may show, in their default order.
PROGRESS_COLUMNS = ("title", "steps", "responsible", "period", "summary", "outcome", "remarks")
PLAN_COLUMNS = ("title", "finding", "steps", "period", "responsible", "monitoring")


@dataclass(frozen=True)
class DocumentRequest:
    """One document to print.

    ``year`` is the fiscal year (BE) of the document: the assessment year for ``analysis`` and
    ``comparison``; the plan year for ``plan``, ``progress`` and ``summary``; for ``memo``, the
    year of the memo's document. ``thai_digits``/``font`` default to the unit's settings.
    """

    kind: str
    unit: int | str  # the unit's id (the window) or name (the command line): app.services.units.UnitRef
    year: int
    round: int = 12
    layout: str | None = None  # progress layout, or plan grouping ("indicator"/"theme"); None: the stored one
    with_memo: bool = False
    memo_kind: str | None = None  # memo: which document it covers (defaults to ``kind``)
    thai_digits: bool | None = None
    font: str | None = None
    photos: bool = True
    columns: tuple[str, ...] | None = None
    include_plan: bool = True  # analysis: the next year's measures table (seed 003)
    include_comparison: bool = False  # progress: seed 000's closing part
    compare_year: int | None = None  # comparison: the earlier year (default year - 1)
    # The officer's wording for this print; None takes the document's stored wording (or the
    # defaults), a value overrides it (app.reports.wording).
    title: str | None = None  # the report's title (its first lines; unit and year follow)
    subject: str | None = None  # the memo's เรื่อง (default: the report's title)
    date: dt.date | None = None  # the memo's date (default: the document's own period)
    cover: bool | None = None  # a cover page before the report (seeds 001, 003)
    cover_title: str | None = None  # the cover's own title lines (default: the report's title)
    cover_extra: str | None = None  # further cover lines below the unit (seed 003); "" for none
    preparer: str | None = None  # ผู้จัดทำ: a signer's key or name ("" for none; seed 004)
    headings: tuple[tuple[str, str], ...] | None = None  # (column, label) overrides
    photos_placement: str | None = None  # "end" (default) or "group": after each group (seed 000)
    computed_notes: bool | None = None  # analysis: print the computed-versus-published notes
    round_style: str | None = None  # progress: how the heading prints its round (ROUND_STYLES)
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def with_(self, **changes) -> DocumentRequest:
        return replace(self, **changes)

    def validate(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"ไม่รู้จักชนิดเอกสาร “{self.kind}” (มี: {', '.join(KINDS)})")
        if self.round not in (6, 12):
            raise ValueError(f"รอบการรายงานต้องเป็น ๖ หรือ ๑๒ เดือน ไม่ใช่ {self.round}")
        if self.kind == KIND_PROGRESS and self.layout and self.layout not in PROGRESS_LAYOUTS:
            raise ValueError(
                f"ไม่รู้จักรูปแบบรายงาน “{self.layout}” (มี: {', '.join(PROGRESS_LAYOUTS)})")
        if self.kind == KIND_PLAN and self.layout and self.layout not in PLAN_GROUPINGS:
            raise ValueError(f"การจัดกลุ่มมาตรการต้องเป็น indicator หรือ theme ไม่ใช่ “{self.layout}”")
        if self.round_style and self.round_style not in ROUND_STYLES:
            raise ValueError(f"รูปแบบบรรทัดรอบการรายงานต้องเป็น {' | '.join(ROUND_STYLES)} ไม่ใช่ “{self.round_style}”")
        if self.photos_placement not in (None, "end", "group"):
            raise ValueError(f"ตำแหน่งภาพประกอบต้องเป็น end หรือ group ไม่ใช่ “{self.photos_placement}”")
        if self.headings:
            allowed_h = PLAN_COLUMNS if self.kind == KIND_PLAN else PROGRESS_COLUMNS
            bad_h = [c for c, _label in self.headings if c not in allowed_h]
            if bad_h:
                raise ValueError(f"ไม่รู้จักหัวคอลัมน์ {', '.join(bad_h)} (มี: {', '.join(allowed_h)})")
        if self.columns:
            allowed = PLAN_COLUMNS if self.kind == KIND_PLAN else PROGRESS_COLUMNS
            bad = [c for c in self.columns if c not in allowed]
            if bad:
                raise ValueError(f"ไม่รู้จักคอลัมน์ {', '.join(bad)} (มี: {', '.join(allowed)})")
