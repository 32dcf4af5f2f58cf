"""The summary workbook a unit sends upward: scores across years with a chart, the year's item
scores, measures and their progress per round (status as a dropdown), and status counts.

``write_summary(session, unit_name, fiscal_year, path)`` is the use case; ``build_summary(data)``
makes the workbook from plain data (see ``summary_data``). Which year's measures are shown: the
fiscal year's own plan, or failing that the plan set from that year's result (the next year).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy.orm import Session

from app.excel import labels as L
from app.excel.labels import TOOLS
from app.excel.datasheet import write_data_sheet
from app.excel.colwidths import fit_columns
from app.excel.styles import (
    GROUP_FILL, MISMATCH_FILL, TOP_CENTER, TOP_RIGHT, TOTAL_FILL, WRAP_CENTER, Formats, fit_row, fit_unset_rows, formula,
    header_row, print_setup, put, set_widths, title,
)
from app.excel.summary_data import SummaryData, department_names, gather, grouped_measures
from app.services.scoring import Value
from app.thai.digits import digits

SHEET_PROGRESS = "ผลการดำเนินงาน"
PROGRESS_FIRST_ROW = 5


def write_summary(session: Session, unit_name: str, fiscal_year: int, path: Path) -> Path:
    """Write the unit's summary workbook for a fiscal year (BE) to ``path`` (.xlsx)."""
    data = gather(session, unit_name, fiscal_year)
    return save(build_summary(data), Path(path))


def save(wb: Workbook, path: Path) -> Path:
    """Save beside the target first, so a failure never leaves half a workbook under the real name."""
    import io

    from app.fsio import write_bytes

    # Built in memory first: openpyxl leaves its ZipFile open when a write fails (a full disk),
    # and its finaliser would then print a traceback; a workbook is a few hundred KB at most.
    buffer = io.BytesIO()
    wb.save(buffer)
    return write_bytes(Path(path), buffer.getvalue())


def build_summary(data: SummaryData) -> Workbook:
    wb = Workbook()
    fmt = Formats.for_digits(data.thai_digits)
    wb.remove(wb.active)
    _scores_sheet(wb, data, fmt)
    _items_sheet(wb, data, fmt)
    _plan_sheet(wb, data, fmt)
    progress = _progress_sheet(wb, data)
    _status_sheet(wb, data, progress)
    for ws in wb.worksheets:
        fit_columns(ws)  # dates and numbers never print as "###"
        fit_unset_rows(ws)
    write_data_sheet(wb, _data_values(data, progress))
    wb.active = 0
    return wb


def _d(data: SummaryData, text: object) -> str:
    return digits(str(text), data.thai_digits)


def _place(data: SummaryData) -> str:
    parts = (f"อำเภอ{data.district}" if data.district else "", f"จังหวัด{data.province}" if data.province else "")
    return " ".join(p for p in parts if p)


# --- scores across years -------------------------------------------------------------------------


def _scores_sheet(wb: Workbook, data: SummaryData, fmt: Formats) -> None:
    ws = wb.create_sheet(L.SHEET_SCORES)
    years = data.years
    ncols = 3 + max(len(years), 1)
    widths = [10, 10, 44] + [12] * max(len(years), 1)
    set_widths(ws, widths)
    title(ws, 1, f"ผลการประเมินคุณธรรมและความโปร่งใส (ITA) {data.unit_name}", ncols)
    span = (f"ปีงบประมาณ {_d(data, years[0].fiscal_year)}–{_d(data, years[-1].fiscal_year)}" if len(years) > 1
            else f"ปีงบประมาณ {_d(data, years[0].fiscal_year)}" if years else "")
    title(ws, 2, " ".join(p for p in (_place(data), span) if p), ncols, size=16)
    header_row(ws, 3, ["แบบวัด", "ตัวชี้วัดที่", "ตัวชี้วัด"] + [_d(data, y.fiscal_year) for y in years])
    print_setup(ws, unit_name=data.unit_name, header_rows="3:3", freeze="D4", one_page=len(years) <= 12)
    if not years:
        put(ws, 4, 1, "ยังไม่มีผลการประเมินในฐานข้อมูล", border=False, align=None)
        return

    row = 4
    numbers = sorted(data.indicator_names)
    for n in numbers:
        put(ws, row, 1, data.indicator_tools.get(n, ""), align=TOP_CENTER)
        put(ws, row, 2, n, fmt=fmt.integer, align=TOP_CENTER)
        put(ws, row, 3, data.indicator_names[n])
        for j, y in enumerate(years):
            _score_cell(ws, row, 4 + j, y.indicators.get(n), fmt, data)
        row += 1
    last_indicator_row = row - 1
    for code in TOOLS:
        put(ws, row, 1, code, bold=True, align=TOP_CENTER, fill=GROUP_FILL)
        put(ws, row, 2, None, fill=GROUP_FILL)
        put(ws, row, 3, data.tool_names.get(code, code), bold=True, fill=GROUP_FILL)
        for j, y in enumerate(years):
            _score_cell(ws, row, 4 + j, y.tools.get(code), fmt, data, bold=True, fill=GROUP_FILL)
        row += 1
    put(ws, row, 1, L.OVERALL_LABEL, bold=True, fill=TOTAL_FILL)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    for j, y in enumerate(years):
        _score_cell(ws, row, 4 + j, y.overall, fmt, data, bold=True, fill=TOTAL_FILL)
    row += 1
    put(ws, row, 1, L.LEVEL_LABEL, bold=True, fill=TOTAL_FILL)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    for j, y in enumerate(years):
        cell = put(ws, row, 4 + j, y.level or "", bold=True, align=WRAP_CENTER, fill=TOTAL_FILL)
        if y.level_published and y.level_computed and y.level_published != y.level_computed:
            cell.fill = MISMATCH_FILL
            cell.comment = Comment(f"ระดับตามเกณฑ์ที่คำนวณได้: {y.level_computed}", "ITA Desk")
    for r in range(4, row - 1):
        fit_row(ws, r, widths)
    row += 1
    put(ws, row, 1, "คะแนนตามที่ประกาศ (ถ้าไม่ได้กรอก ใช้ค่าที่คำนวณ) · ช่องสีส้ม: ค่าที่ประกาศไม่ตรงกับค่าที่คำนวณ "
                    "(ดูค่าที่คำนวณในข้อคิดเห็นของช่อง)", size=14, border=False)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    _chart_sheet(wb, ws, data, last_indicator_row)


def _score_cell(ws, row: int, col: int, value: Value | None, fmt: Formats, data: SummaryData,
                bold: bool = False, fill=None) -> None:
    effective = value.effective if value else None
    cell = put(ws, row, col, effective, fmt=fmt.score, bold=bold, align=TOP_RIGHT, fill=fill)
    if value is not None and value.mismatch:
        cell.fill = MISMATCH_FILL
        cell.comment = Comment(f"คำนวณได้ {_d(data, f'{value.computed:.2f}')}", "ITA Desk")


def _chart_sheet(wb: Workbook, scores, data: SummaryData, last_row: int) -> None:
    """The chart on a sheet of its own, so it prints on a page of its own."""
    ws = wb.create_sheet(L.SHEET_CHART)
    set_widths(ws, [12] * 14)
    title(ws, 1, f"คะแนนรายตัวชี้วัด จำแนกตามปีงบประมาณ {data.unit_name}", 14)
    print_setup(ws, unit_name=data.unit_name, header_rows=None)
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.y_axis.title = "คะแนน"
    chart.x_axis.title = "ตัวชี้วัดที่"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    # openpyxl 3.1 marks axes deleted by default; Excel then draws no axis labels at all.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.number_format = "0"
    chart.legend.position = "b"
    n_years = len(data.years)
    series = Reference(scores, min_col=4, max_col=3 + n_years, min_row=3, max_row=last_row)
    chart.add_data(series, titles_from_data=True)
    chart.set_categories(Reference(scores, min_col=2, min_row=4, max_row=last_row))
    chart.width = 27
    chart.height = 14
    ws.add_chart(chart, "A3")


# --- the year's item scores ----------------------------------------------------------------------


def _items_sheet(wb: Workbook, data: SummaryData, fmt: Formats) -> None:
    ws = wb.create_sheet(L.SHEET_ITEMS)
    widths = [9, 9, 8, 62, 11, 11, 11, 11]
    set_widths(ws, widths)
    title(ws, 1, f"คะแนนรายข้อ ปีงบประมาณ {_d(data, data.fiscal_year)} {data.unit_name}", len(widths))
    header_row(ws, 2, ["แบบวัด", "ตัวชี้วัด", "ข้อ", "ข้อคำถาม / ตัวชี้วัด / กลุ่ม", "คะแนนที่ประกาศ",
                       "Public", "Survey", "คะแนนที่คำนวณ"])
    print_setup(ws, unit_name=data.unit_name, header_rows="2:2", freeze="E3")
    sheet = data.sheet
    if sheet is None:
        put(ws, 3, 1, f"ไม่มีผลการประเมินปีงบประมาณ {_d(data, data.fiscal_year)}", border=False, align=None)
        return
    row = 3
    for ind in sheet.indicators:
        put(ws, row, 1, ind.tool, bold=True, align=TOP_CENTER, fill=GROUP_FILL)
        put(ws, row, 2, ind.number, fmt=fmt.integer, bold=True, align=TOP_CENTER, fill=GROUP_FILL)
        put(ws, row, 3, None, fill=GROUP_FILL)
        put(ws, row, 4, f"ตัวชี้วัดที่ {_d(data, ind.number)} {ind.name}", bold=True, fill=GROUP_FILL)
        _value_cells(ws, row, ind.value, fmt, data, bold=True, fill=GROUP_FILL)
        for col, v in ((6, ind.public), (7, ind.survey)):
            put(ws, row, col, v.effective if v else None, fmt=fmt.score, bold=True, align=TOP_RIGHT, fill=GROUP_FILL)
        fit_row(ws, row, widths)
        row += 1
        groups = {g.code: g for g in ind.groups}
        shown: set[str] = set()
        for item in ind.items:
            if item.group and item.group not in shown and item.group in groups:
                g = groups[item.group]
                shown.add(g.code)
                for col in (1, 2, 3, 6, 7):
                    put(ws, row, col, None)
                put(ws, row, 3, _d(data, g.code), bold=True, align=TOP_CENTER)
                put(ws, row, 4, g.name, bold=True)
                _value_cells(ws, row, g.value, fmt, data, bold=True)
                fit_row(ws, row, widths)
                row += 1
            put(ws, row, 1, None)
            put(ws, row, 2, None)
            put(ws, row, 3, item.code, align=TOP_CENTER)
            put(ws, row, 4, item.text)
            put(ws, row, 5, item.score, fmt=fmt.score, align=TOP_RIGHT)
            put(ws, row, 6, item.public, fmt=fmt.score, align=TOP_RIGHT)
            put(ws, row, 7, item.survey, fmt=fmt.score, align=TOP_RIGHT)
            put(ws, row, 8, None)
            fit_row(ws, row, widths)
            row += 1
    for t in sheet.tools:
        put(ws, row, 1, t.code, bold=True, align=TOP_CENTER, fill=TOTAL_FILL)
        for col in (2, 3, 6, 7):
            put(ws, row, col, None, fill=TOTAL_FILL)
        put(ws, row, 4, f"{t.name} (น้ำหนัก {_d(data, f'{t.weight * 100:.0f}')}%)", bold=True, fill=TOTAL_FILL)
        _value_cells(ws, row, t.value, fmt, data, bold=True, fill=TOTAL_FILL)
        fit_row(ws, row, widths)
        row += 1
    for col in (1, 2, 3, 6, 7):
        put(ws, row, col, None, fill=TOTAL_FILL)
    put(ws, row, 4, L.OVERALL_LABEL, bold=True, fill=TOTAL_FILL)
    _value_cells(ws, row, sheet.overall, fmt, data, bold=True, fill=TOTAL_FILL)
    row += 1
    for col in (1, 2, 3, 6, 7):
        put(ws, row, col, None, fill=TOTAL_FILL)
    put(ws, row, 4, L.LEVEL_LABEL, bold=True, fill=TOTAL_FILL)
    put(ws, row, 5, sheet.level_published or "", bold=True, align=WRAP_CENTER, fill=TOTAL_FILL)
    put(ws, row, 8, sheet.level_computed or "", bold=True, align=WRAP_CENTER, fill=TOTAL_FILL)


def _value_cells(ws, row: int, value: Value, fmt: Formats, data: SummaryData, bold: bool = False,
                 fill=None) -> None:
    pub = put(ws, row, 5, value.published, fmt=fmt.score, bold=bold, align=TOP_RIGHT, fill=fill)
    put(ws, row, 8, None if value.computed is None else round(value.computed, 2), fmt=fmt.score, bold=bold,
        align=TOP_RIGHT, fill=fill)
    if value.mismatch:
        pub.fill = MISMATCH_FILL


# --- measures ------------------------------------------------------------------------------------


def _plan_title(data: SummaryData) -> str:
    return f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ {_d(data, data.plan_year)}"


def _group_row(ws, row: int, text: str, ncols: int) -> None:
    put(ws, row, 1, text, bold=True, fill=GROUP_FILL)
    for col in range(2, ncols + 1):
        put(ws, row, col, None, fill=GROUP_FILL)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def _groups(data: SummaryData):
    groups = grouped_measures(data)
    show_headers = not (len(groups) == 1 and groups[0][0] == "อื่น ๆ")
    return groups, show_headers


def _plan_sheet(wb: Workbook, data: SummaryData, fmt: Formats) -> None:
    ws = wb.create_sheet(L.SHEET_MEASURES)
    widths = [7, 32, 24, 38, 18, 13, 13, 18, 10, 22]
    set_widths(ws, widths)
    heading = _plan_title(data) if data.plan_year else "มาตรการ"
    title(ws, 1, f"{heading} {data.unit_name}", len(widths))
    header_row(ws, 2, ["ลำดับ", "มาตรการ/โครงการ/กิจกรรม", "ผลการวิเคราะห์ที่สอดคล้อง", "ขั้นตอน/วิธีการดำเนินการ",
                       "ระยะเวลาดำเนินการ", "วันเริ่มต้น", "วันสิ้นสุด", "ผู้รับผิดชอบ", "ข้อที่เกี่ยวข้อง",
                       "การติดตามและรายงานผล"])
    print_setup(ws, unit_name=data.unit_name, header_rows="2:2", freeze="C3")
    if data.plan_year is None:
        put(ws, 3, 1, f"ไม่มีมาตรการของปีงบประมาณ {_d(data, data.fiscal_year)} หรือ {_d(data, data.fiscal_year + 1)}",
            border=False, align=None)
        return
    row = 3
    groups, show_headers = _groups(data)
    for name, rows in groups:
        if show_headers:
            _group_row(ws, row, name or "", len(widths))
            ws.row_dimensions[row].height = 24
            row += 1
        for ms in rows:
            put(ws, row, 1, ms.number, fmt=fmt.integer, align=TOP_CENTER)
            put(ws, row, 2, ms.title)
            put(ws, row, 3, ms.finding)
            put(ws, row, 4, ms.steps)
            put(ws, row, 5, ms.period_text)
            put(ws, row, 6, ms.period_start, fmt=fmt.date, align=TOP_CENTER)
            put(ws, row, 7, ms.period_end, fmt=fmt.date, align=TOP_CENTER)
            put(ws, row, 8, "\n".join(ms.responsible))
            put(ws, row, 9, ", ".join(ms.related_items))
            put(ws, row, 10, ms.monitoring)
            fit_row(ws, row, widths)
            row += 1


class ProgressLayout:
    """Where the progress sheet put its measure rows and status columns (read by counts and the
    data sheet)."""

    def __init__(self, first_row: int, last_row: int) -> None:
        self.sheet = SHEET_PROGRESS
        self.first_row = first_row
        self.last_row = last_row
        self.number_col = "A"
        self.responsible_col = "C"
        self.status_col = {6: "D", 12: "G"}

    @property
    def empty(self) -> bool:
        return self.last_row < self.first_row

    def ref(self, col: str) -> str:
        return f"{quote_sheetname(self.sheet)}!${col}${self.first_row}:${col}${self.last_row}"


def _progress_sheet(wb: Workbook, data: SummaryData) -> ProgressLayout:
    ws = wb.create_sheet(SHEET_PROGRESS)
    widths = [7, 34, 18, 17, 32, 24, 17, 32, 24, 18]
    set_widths(ws, widths)
    heading = _plan_title(data) if data.plan_year else "มาตรการ"
    title(ws, 1, f"ผลการดำเนินการตาม{heading}", len(widths))
    put(ws, 2, 1, data.unit_name, border=False, align=None, size=16)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(widths))
    header_row(ws, 3, ["ลำดับ", "มาตรการ/โครงการ/กิจกรรม", "ผู้รับผิดชอบ", L.ROUND_LABELS[6], None, None,
                       L.ROUND_LABELS[12], None, None, "หมายเหตุ"])
    header_row(ws, 4, [None, None, None, "สถานะ", "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ",
                       "สถานะ", "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ", None])
    for col in (1, 2, 3, 10):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=6)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=9)
    print_setup(ws, unit_name=data.unit_name, header_rows="3:4", freeze="C5")
    row = PROGRESS_FIRST_ROW
    if data.plan_year is None:
        put(ws, row, 1, "ไม่มีมาตรการ", border=False, align=None)
        return ProgressLayout(PROGRESS_FIRST_ROW, PROGRESS_FIRST_ROW - 1)
    fmt = Formats.for_digits(data.thai_digits)
    groups, show_headers = _groups(data)
    for name, rows in groups:
        if show_headers:
            _group_row(ws, row, name or "", len(widths))
            ws.row_dimensions[row].height = 24
            row += 1
        for ms in rows:
            put(ws, row, 1, ms.number, fmt=fmt.integer, align=TOP_CENTER)
            put(ws, row, 2, ms.title)
            put(ws, row, 3, "\n".join(ms.responsible))
            for rnd, col in ((6, 4), (12, 7)):
                status = ms.status[rnd]
                put(ws, row, col, L.STATUS_LABELS.get(status, "") if status else None, align=WRAP_CENTER)
                put(ws, row, col + 1, ms.summary[rnd])
                put(ws, row, col + 2, ms.outcome[rnd])
            remarks = [f"{L.ROUND_LABELS[r]}: {ms.remarks[r]}" for r in (6, 12) if ms.remarks[r]]
            put(ws, row, 10, "\n".join(remarks))
            fit_row(ws, row, widths)
            row += 1
    layout = ProgressLayout(PROGRESS_FIRST_ROW, row - 1)
    if not layout.empty:
        dv = DataValidation(
            type="list", formula1='"' + ",".join(L.STATUS_LABELS[s] for s in L.STATUS_ORDER) + '"',
            allow_blank=True, showDropDown=False, showErrorMessage=True, errorStyle="stop",
            errorTitle="สถานะไม่ถูกต้อง",
            error="กรุณาเลือกสถานะจากรายการ: ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ / ยังไม่ดำเนินการ",
            promptTitle="สถานะ", prompt="เลือกสถานะของมาตรการในรอบนี้", showInputMessage=True,
        )
        for col in layout.status_col.values():
            dv.add(f"{col}{layout.first_row}:{col}{layout.last_row}")
        ws.add_data_validation(dv)
    return layout


# --- status counts -------------------------------------------------------------------------------


def _status_sheet(wb: Workbook, data: SummaryData, progress: ProgressLayout) -> None:
    """Counts by round and by department, as formulas over the progress sheet's dropdowns, so they
    follow the statuses an officer changes in the workbook."""
    ws = wb.create_sheet(L.SHEET_STATUS)
    statuses = [L.STATUS_LABELS[s] for s in L.STATUS_ORDER]
    widths = [30] + [14] * 10
    set_widths(ws, widths)
    heading = _plan_title(data) if data.plan_year else "มาตรการ"
    title(ws, 1, f"สรุปสถานะการดำเนินการตาม{heading}", 9)
    put(ws, 2, 1, data.unit_name, border=False, align=None, size=16)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=9)
    print_setup(ws, unit_name=data.unit_name, header_rows=None, freeze="B4")
    fmt = Formats.for_digits(data.thai_digits)
    if progress.empty:
        put(ws, 3, 1, "ไม่มีมาตรการ", border=False, align=None)
        return
    numbers = progress.ref(progress.number_col)
    header_row(ws, 3, ["รอบการรายงาน"] + statuses + ["ยังไม่รายงาน", "รวม"])
    row = 4
    for rnd in L.ROUNDS:
        status_ref = progress.ref(progress.status_col[rnd])
        put(ws, row, 1, L.ROUND_LABELS[rnd], bold=True)
        for j, label in enumerate(statuses):
            formula(ws, row, 2 + j, f'=COUNTIFS({numbers},">0",{status_ref},"{label}")', fmt=fmt.integer)
        formula(ws, row, 5, f"=F{row}-SUM(B{row}:D{row})", fmt=fmt.integer)
        formula(ws, row, 6, f"=COUNT({numbers})", fmt=fmt.integer)
        row += 1

    row += 1
    top = row
    header_row(ws, top, ["หน่วยงานผู้รับผิดชอบ"] + [L.ROUND_LABELS[6], None, None, None]
               + [L.ROUND_LABELS[12], None, None, None] + ["จำนวนมาตรการ"])
    header_row(ws, top + 1, [None] + (statuses + ["ยังไม่รายงาน"]) * 2 + [None])
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=5)
    ws.merge_cells(start_row=top, start_column=6, end_row=top, end_column=9)
    ws.merge_cells(start_row=top, start_column=10, end_row=top + 1, end_column=10)
    ws.row_dimensions[top + 1].height = 46
    row = top + 2
    resp = progress.ref(progress.responsible_col)
    for name in department_names(data):
        put(ws, row, 1, name)
        # "ไม่ระบุ" stands for an empty responsible cell; other names match inside the cell's list.
        who = f'{resp},""' if name == "ไม่ระบุ" else f'{resp},"*"&$A{row}&"*"'
        total = f"COUNTIFS({numbers},\">0\",{who})"
        for k, rnd in enumerate(L.ROUNDS):
            status_ref = progress.ref(progress.status_col[rnd])
            base = 2 + 4 * k
            for j, label in enumerate(statuses):
                formula(ws, row, base + j, f'=COUNTIFS({numbers},">0",{who},{status_ref},"{label}")',
                        fmt=fmt.integer)
            formula(ws, row, base + 3,
                    f"={total}-SUM({get_column_letter(base)}{row}:{get_column_letter(base + 2)}{row})", fmt=fmt.integer)
        formula(ws, row, 10, f"={total}", fmt=fmt.integer)
        fit_row(ws, row, widths)
        row += 1
    put(ws, row + 1, 1, "ตัวเลขคำนวณจากสถานะในแผ่นงาน “ผลการดำเนินงาน” (เปลี่ยนสถานะที่นั่นแล้วตัวเลขจะเปลี่ยนตาม) "
                        "มาตรการที่มีผู้รับผิดชอบหลายหน่วยนับในทุกหน่วย", size=14, border=False)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=10)


# --- machine-readable data -----------------------------------------------------------------------


def _data_values(data: SummaryData, progress: ProgressLayout) -> dict:
    ys = data.year_scores
    values: dict = {
        "generated": dt.datetime.now().replace(microsecond=0),
        "unit.name": data.unit_name, "unit.kind": data.unit_kind,
        "unit.district": data.district, "unit.province": data.province,
        "fiscal_year": data.fiscal_year,
        "catalogue": ys.catalogue if ys else None,
        "overall": ys.overall.effective if ys else None,
        "overall.computed": round(ys.overall.computed, 2) if ys and ys.overall.computed is not None else None,
        "level": ys.level if ys else None,
        "level.computed": ys.level_computed if ys else None,
    }
    for code in TOOLS:
        v = ys.tools.get(code) if ys else None
        values[f"tool.{code}"] = v.effective if v else None
    for n in sorted(data.indicator_names):
        v = ys.indicators.get(n) if ys else None
        values[f"indicator.{n}"] = v.effective if v else None
        values[f"indicator.{n}.name"] = data.indicator_names[n]
    values.update({
        "plan_year": data.plan_year,
        "measures": len(data.measures),
        "progress.sheet": progress.sheet,
        "progress.first_row": progress.first_row,
        "progress.last_row": progress.last_row,
        "progress.number_col": progress.number_col,
        "progress.status_col.6": progress.status_col[6],
        "progress.status_col.12": progress.status_col[12],
    })
    return values
