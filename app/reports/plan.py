"""The measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน), seed 003's last part.

A landscape table whose rows are grouped by indicator — the group heading carries the score that
led to the measures, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (๙๘.๖๗ คะแนน)" — or by the seven themes.
"""
from __future__ import annotations

from reportlab.platypus import Spacer

from app.reports.model import PlanDoc
from app.reports.options import KIND_PLAN, PLAN_COLUMNS
from app.reports.styles import Styles, grouped_table
from app.reports.wording import DEFAULT_TITLES, Wording, names_year
from app.typeset import ThaiTable

PLAN_HEADERS = {
    "title": ("มาตรการ/โครงการ/กิจกรรม", 20),
    "finding": ("ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการหรือโครงการหรือกิจกรรม", 22),
    "steps": ("ขั้นตอน/วิธีการดำเนินการ", 33),
    "period": ("ระยะเวลาดำเนินการ", 11),
    "responsible": ("ผู้รับผิดชอบ", 10),
    "monitoring": ("การกำกับติดตามและรายงานผล", 14),
}


def default_plan_columns(rows) -> list[str]:
    """The columns printed when the officer chose none: monitoring and finding only when some
    measure has them. ``rows`` have the text attributes of ``MeasureRow``."""
    cols = list(PLAN_COLUMNS)
    if not any(r.monitoring.strip() for r in rows):
        cols.remove("monitoring")
    if not any(r.finding.strip() for r in rows):
        cols.remove("finding")
    return cols


def plan_columns(plan: PlanDoc, columns: tuple[str, ...] | None) -> list[str]:
    if columns:
        return [c for c in columns if c in PLAN_HEADERS]
    return default_plan_columns(plan.measures)


def plan_table(st: Styles, plan: PlanDoc, columns: tuple[str, ...] | None = None,
               labels: dict[str, str] | None = None) -> ThaiTable:
    return grouped_table(st, PLAN_HEADERS, plan.groups, plan_columns(plan, columns), labels)


def plan_title_lines(title: str, unit_name: str, year: int) -> list[str]:
    """The title's lines with "ของ<unit>" after them: run on after "…ภายใน" as seed 003 prints
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในของเทศบาลตำบลม่วงยาย"; then the year line. A title
    naming the unit or its year itself gets neither from the program (as the progress heading)."""
    lines = [x.strip() for x in title.split("\n") if x.strip()] or [DEFAULT_TITLES[KIND_PLAN]]
    own = "".join(lines)
    if unit_name not in own:
        joiner = "" if lines[-1].endswith("ภายใน") else " "
        lines[-1] = f"{lines[-1]}{joiner}ของ{unit_name}"
    if not names_year(own):
        lines.append(f"ประจำปีงบประมาณ พ.ศ. {year}")
    return lines


def plan_story(st: Styles, plan: PlanDoc, columns: tuple[str, ...] | None = None,
               wording: Wording | None = None) -> list:
    unit = plan.unit
    title = wording.title if wording is not None else DEFAULT_TITLES[KIND_PLAN]
    out = [st.p(line, st.title) for line in plan_title_lines(title, unit.name, plan.year)]
    out.append(Spacer(1, 8))
    out += st.paras(plan.intro, introduces=True)
    if plan.intro.strip():
        out.append(Spacer(1, 6))
    out.append(plan_table(st, plan, columns, wording.headings if wording is not None else None))
    return out
