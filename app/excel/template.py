"""The score template: one row per item, group, indicator and tool of a year's catalogue, plus the
overall score and level, for the officer to type the NACC's published result into (or fill from the
NACC's web system by copy and paste), and for ``score_import`` to read back.

Column A (hidden) holds the program's key for the row (``item:i1``, ``group:9.1``, ``indicator:6``,
``tool:IIT``, ``overall``, ``level``); the hidden sheet ``ข้อมูลแบบฟอร์ม`` says which catalogue,
year and unit the template is for. When a unit and year are given and the unit has that year's
assessment, the template comes filled with what is stored, so exporting and re-importing it
changes nothing.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.excel import labels as L
from app.excel.styles import (
    GROUP_FILL, INPUT_FILL, TOP_CENTER, TOP_RIGHT, TOTAL_FILL, Formats, fit_row, header_row, print_setup, put,
    set_widths, title,
)
from app.excel.summary import save
from app.errors import InputError
from app.services.units import find_unit
from app.services.catalogues import catalogue_files
from app.store import models as m
from app.thai.digits import digits

FORMAT = "ita-desk-score-template"
FORMAT_VERSION = 1
FIRST_ROW = 5
COL_KEY, COL_TOOL, COL_IND, COL_CODE, COL_TEXT, COL_SCORE, COL_PUBLIC, COL_SURVEY = range(1, 9)
VALUE_COLS = {COL_SCORE: "score", COL_PUBLIC: "public", COL_SURVEY: "survey"}
BLOCKED = PatternFill("solid", fgColor="BFBFBF")
UNLOCKED = Protection(locked=False)


def catalogue_for(session: Session, code: str) -> m.Catalogue:
    """The database copy of a catalogue, or the shipped one read without touching the database."""
    cat = session.scalar(select(m.Catalogue).where(m.Catalogue.code == code))
    if cat is not None:
        return cat
    if code not in catalogue_files():
        raise InputError(f"ไม่รู้จักชุดตัวชี้วัด “{code}”")
    from app.services.catalogues import catalogue_from_data, shipped_catalogue

    return catalogue_from_data(shipped_catalogue(code))


def template_rows(cat: m.Catalogue) -> list[tuple[str, str, int | None, str, str, bool, str]]:
    """(key, tool, indicator, code shown, text, dual, kind) per row, in the catalogue's order."""
    rows = []
    tool_of = {d.number: d.tool_code for d in cat.indicators}
    for ind in cat.indicators:
        items = [it for it in cat.items if it.indicator_number == ind.number]
        dual = any(it.dual for it in items)
        rows.append((f"indicator:{ind.number}", ind.tool_code, ind.number, "",
                     f"ตัวชี้วัดที่ {ind.number} {ind.name}", dual, "indicator"))
        shown: set[str] = set()
        groups = {g.code: g for g in cat.groups if g.indicator_number == ind.number}
        for it in items:
            if it.group_code and it.group_code in groups and it.group_code not in shown:
                shown.add(it.group_code)
                g = groups[it.group_code]
                rows.append((f"group:{g.code}", ind.tool_code, ind.number, g.code, g.name, False, "group"))
            rows.append((f"item:{it.code}", tool_of.get(it.indicator_number, ""), it.indicator_number, it.code,
                         it.text, it.dual, "item"))
    for t in cat.tools:
        rows.append((f"tool:{t.code}", t.code, None, "", t.name, False, "tool"))
    rows.append(("overall", "", None, "", L.OVERALL_LABEL, False, "overall"))
    rows.append(("level", "", None, "", L.LEVEL_LABEL, False, "level"))
    return rows


def current_values(a: m.Assessment | None) -> dict[str, dict[str, object]]:
    """What is stored, by template key and field (score/public/survey)."""
    if a is None:
        return {}
    out: dict[str, dict[str, object]] = {}
    for s in a.item_scores:
        out[f"item:{s.item_code}"] = {"score": s.score, "public": s.public, "survey": s.survey}
    for g in a.group_scores:
        out[f"group:{g.group_code}"] = {"score": g.published}
    for s in a.indicator_scores:
        out[f"indicator:{s.indicator_number}"] = {"score": s.published, "public": s.public, "survey": s.survey}
    for t in a.tool_scores:
        out[f"tool:{t.tool_code}"] = {"score": t.published}
    out["overall"] = {"score": a.published_overall}
    out["level"] = {"score": a.published_level}
    return out


def write_score_template(session: Session, catalogue_code: str, path: Path, unit_name: str | None = None,
                         fiscal_year: int | None = None) -> Path:
    """Write the template for a catalogue; filled with the unit's stored scores when it has the year."""
    cat = catalogue_for(session, catalogue_code)
    fiscal_year = fiscal_year or cat.fiscal_year
    unit = find_unit(session, unit_name) if unit_name else None
    assessment = None
    if unit is not None:
        assessment = next((a for a in unit.assessments if a.fiscal_year == fiscal_year), None)
        if assessment is not None and assessment.catalogue.code != cat.code:
            raise InputError(f"ผลการประเมินปี {fiscal_year} ของ “{unit.name}” ใช้ชุดตัวชี้วัด "
                                f"{assessment.catalogue.code} ไม่ใช่ {cat.code}")
    thai = unit.thai_digits if unit is not None else True
    fmt = Formats.for_digits(thai)
    values = current_values(assessment)

    wb = Workbook()
    ws = wb.active
    ws.title = L.SHEET_TEMPLATE
    widths = [14, 8, 9, 8, 64, 13, 13, 13]
    set_widths(ws, widths)
    ws.column_dimensions["A"].hidden = True
    year_text = digits(str(fiscal_year), thai)
    title(ws, 1, f"แบบกรอกคะแนนผลการประเมิน ITA ปีงบประมาณ {year_text} ({cat.code})", len(widths))
    put(ws, 2, 2, f"หน่วยงาน: {unit.name}" if unit else "หน่วยงาน: (ระบุเมื่อนำเข้า)", border=False, align=None)
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=len(widths))
    put(ws, 3, 2, "กรอกคะแนนตามที่ สำนักงาน ป.ป.ช. ประกาศในช่องสีเหลือง (๐–๑๐๐ ใช้เลขไทยหรือเลขอารบิกได้) "
                  "ช่องที่เว้นว่างจะไม่เปลี่ยนค่าที่บันทึกไว้ ช่องสีเทาไม่ต้องกรอก", size=14, border=False, align=None)
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=len(widths))
    ws.row_dimensions[3].height = 44
    header_row(ws, 4, ["รหัส", "แบบวัด", "ตัวชี้วัด", "ข้อ/กลุ่ม", "รายการ", "คะแนน", "Public", "Survey"])
    print_setup(ws, unit_name=unit.name if unit else f"แบบกรอกคะแนน {cat.code}", header_rows="4:4",
                freeze="F5", landscape=False)

    level_dv = DataValidation(type="list", allow_blank=True, showErrorMessage=False,
                              formula1='"' + ",".join(b["label"] for b in cat.level_rule.get("bands", [])) + '"')
    ws.add_data_validation(level_dv)
    row = FIRST_ROW
    for key, tool, ind, code, text, dual, kind in template_rows(cat):
        fill = {"indicator": GROUP_FILL, "tool": TOTAL_FILL, "overall": TOTAL_FILL, "level": TOTAL_FILL}.get(kind)
        bold = kind != "item"
        put(ws, row, COL_KEY, key)
        put(ws, row, COL_TOOL, tool, align=TOP_CENTER, fill=fill, bold=bold)
        put(ws, row, COL_IND, ind, fmt=fmt.integer, align=TOP_CENTER, fill=fill, bold=bold)
        put(ws, row, COL_CODE, code, align=TOP_CENTER, fill=fill, bold=bold)
        put(ws, row, COL_TEXT, text, fill=fill, bold=bold)
        stored = values.get(key, {})
        wanted = _input_fields(kind, dual)
        for col, field in VALUE_COLS.items():
            if field in wanted:
                value = stored.get(field)
                cell = put(ws, row, col, value, fmt=fmt.score, align=TOP_RIGHT, fill=INPUT_FILL, bold=bold)
                cell.protection = UNLOCKED
                if kind == "level":
                    level_dv.add(cell.coordinate)
            else:
                put(ws, row, col, None, fill=BLOCKED)
        fit_row(ws, row, widths)
        row += 1

    meta = wb.create_sheet(L.SHEET_TEMPLATE_META)
    for r, (k, v) in enumerate((("format", FORMAT), ("format_version", FORMAT_VERSION), ("catalogue", cat.code),
                                ("fiscal_year", fiscal_year), ("unit", unit.name if unit else "")), start=1):
        put(meta, r, 1, k, border=False, align=None)
        put(meta, r, 2, v, border=False, align=None)
    meta.sheet_state = "hidden"
    return save(wb, Path(path))


def _input_fields(kind: str, dual: bool) -> tuple[str, ...]:
    if kind in ("item", "indicator") and dual:
        return ("public", "survey") if kind == "item" else ("score", "public", "survey")
    return ("score",)


__all__ = ["write_score_template", "template_rows", "current_values", "catalogue_for", "FORMAT"]
