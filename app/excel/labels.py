"""Thai words the Excel writers and readers share: statuses, rounds, sheet names, headings.

Sheet names are also how the readers find their sheets again, so they live in one place.
"""
from __future__ import annotations

from app.store.models import STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED

STATUS_LABELS = {
    STATUS_IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    STATUS_DONE: "ดำเนินการแล้ว",
    STATUS_NOT_STARTED: "ยังไม่ดำเนินการ",
}
STATUS_ORDER = (STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED)
STATUS_FROM_LABEL = {label: key for key, label in STATUS_LABELS.items()}

ROUNDS = (6, 12)

# The three ITA tools and ten indicators, in the order every sheet lists them; NOT_REPORTED
# counts measures with no status in a round (consolidation's extra status column).
TOOLS = ("IIT", "EIT", "OIT")
INDICATORS = tuple(range(1, 11))
NOT_REPORTED = "not_reported"
ROUND_LABELS = {6: "รอบ ๖ เดือน", 12: "รอบ ๑๒ เดือน"}

# Summary workbook (one unit, one year).
SHEET_SCORES = "คะแนนรายปี"
SHEET_ITEMS = "คะแนนรายข้อ"
SHEET_MEASURES = "มาตรการ"
SHEET_STATUS = "สถานะมาตรการ"
SHEET_CHART = "แผนภูมิ"
SHEET_DATA = "ข้อมูลสำหรับรวมผล"  # hidden, read back by consolidation

# Score template.
SHEET_TEMPLATE = "กรอกคะแนน"
SHEET_TEMPLATE_META = "ข้อมูลแบบฟอร์ม"  # hidden

# Consolidated workbook (many units).
SHEET_UNITS = "ผลรายหน่วยงาน"
SHEET_OVERVIEW = "ภาพรวม"
SHEET_UNIT_STATUS = "มาตรการตามสถานะ"
SHEET_SKIPPED = "ไฟล์ที่ข้าม"

OVERALL_LABEL = "คะแนนรวม"
LEVEL_LABEL = "ระดับผลการประเมิน"

# The NACC's pass mark (ผ่าน and above from 2567; level A and above before that).
PASS_MARK = 85.0
