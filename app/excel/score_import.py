"""Reading a filled score template back: a plan of every change, checked before anything is applied.

``read_score_file`` never writes: it returns a ``ScoreImportPlan`` listing each change (what, old
value, new value, where in the file) and each problem (sheet, cell, reason in Thai). The GUI shows
the plan; ``apply_score_plan`` applies it only when it has no problems, inside the caller's
transaction. Cells may hold numbers, Thai or Arabic digits as text, stray spaces or thousands
commas; a blank cell leaves the stored value as it is.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.excel import labels as L
from app.excel.safety import ExcelFileError, open_workbook
from app.excel.template import (
    COL_KEY, FIRST_ROW, FORMAT, VALUE_COLS, _input_fields, catalogue_for, current_values, template_rows,
)
from app.errors import InputError
from app.services.units import find_unit
from app.services.catalogues import ensure_catalogue
from app.services.changes import Changes
from app.store import models as m
from app.thai.digits import parse_number

_FIELD_LABEL = {"score": "", "public": " (Public)", "survey": " (Survey)"}
_EPS = 1e-9


@dataclass(frozen=True)
class ScoreChange:
    key: str  # template key: item:i1, group:9.1, indicator:6, tool:IIT, overall, level
    field: str  # score | public | survey
    label: str  # Thai, for the preview
    old: Any
    new: Any
    cell: str  # where in the file


@dataclass(frozen=True)
class ScoreProblem:
    sheet: str
    cell: str
    reason: str

    def __str__(self) -> str:
        return f"แผ่นงาน “{self.sheet}” ช่อง {self.cell}: {self.reason}"


@dataclass
class ScoreImportPlan:
    unit_name: str
    fiscal_year: int
    catalogue_code: str
    source: str
    creates_assessment: bool
    changes: list[ScoreChange] = field(default_factory=list)
    problems: list[ScoreProblem] = field(default_factory=list)
    unchanged: int = 0  # filled cells equal to what is stored
    blank: int = 0  # empty input cells (left as stored)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return f"พบปัญหา {len(self.problems)} รายการ จึงยังนำเข้าไม่ได้"
        return f"จะเปลี่ยน {len(self.changes)} รายการ (ไม่เปลี่ยน {self.unchanged} ช่องว่าง {self.blank})"


def _label(key: str, fld: str) -> str:
    kind, _, code = key.partition(":")
    base = {
        "item": f"ข้อ {code}", "group": f"กลุ่ม {code}", "indicator": f"ตัวชี้วัดที่ {code}",
        "tool": f"แบบวัด {code}", "overall": L.OVERALL_LABEL, "level": L.LEVEL_LABEL,
    }[kind]
    return base + _FIELD_LABEL[fld]


def read_score_file(session: Session, path: Path, unit_name: str, fiscal_year: int) -> ScoreImportPlan:
    """Check a filled template against the unit's year; nothing is written."""
    path = Path(path)
    wb = open_workbook(path)
    name = path.name
    if L.SHEET_TEMPLATE_META not in wb.sheetnames or L.SHEET_TEMPLATE not in wb.sheetnames:
        raise ExcelFileError(f"ไฟล์ {name} ไม่ใช่แบบกรอกคะแนนของโปรแกรม (ไม่พบแผ่นงาน “{L.SHEET_TEMPLATE}”) "
                             "กรุณาสร้างแบบกรอกคะแนนจากโปรแกรมแล้วกรอกลงในแบบนั้น")
    meta = {str(r[0]): r[1] for r in wb[L.SHEET_TEMPLATE_META].iter_rows(max_col=2, values_only=True) if r[0]}
    if meta.get("format") != FORMAT:
        raise ExcelFileError(f"ไฟล์ {name} ไม่ใช่แบบกรอกคะแนนของโปรแกรม")
    code = str(meta.get("catalogue") or "")
    file_year = meta.get("fiscal_year")
    file_unit = str(meta.get("unit") or "").strip()
    if file_year != fiscal_year:
        raise ExcelFileError(f"ไฟล์ {name} เป็นแบบกรอกคะแนนปีงบประมาณ {file_year} ไม่ใช่ปี {fiscal_year}")
    unit = find_unit(session, unit_name)
    if file_unit and file_unit != unit.name:
        raise ExcelFileError(f"ไฟล์ {name} เป็นแบบกรอกคะแนนของ “{file_unit}” ไม่ใช่ “{unit.name}”")
    assessment = next((a for a in unit.assessments if a.fiscal_year == fiscal_year), None)
    if assessment is not None and assessment.catalogue.code != code:
        raise ExcelFileError(f"ไฟล์ {name} ใช้ชุดตัวชี้วัด {code} แต่ผลการประเมินปี {fiscal_year} ใช้ "
                             f"{assessment.catalogue.code}")
    cat = assessment.catalogue if assessment is not None else catalogue_for(session, code)
    if assessment is None and int(cat.fiscal_year) != fiscal_year:
        # A new year is only ever scored on its own catalogue (issue 10): the officer chooses
        # which catalogue to copy when adding the year, not a template made from another year's.
        raise ExcelFileError(f"ไฟล์ {name} ใช้ชุดตัวชี้วัด {code} ของปี {cat.fiscal_year} แต่ปี {fiscal_year} "
                             f"ยังไม่มีผลการประเมิน: เพิ่มปี {fiscal_year} ก่อน (“เพิ่มปีงบประมาณ…” หรือคำสั่ง "
                             f"year-add) แล้วสร้างแบบกรอกคะแนนใหม่")

    plan = ScoreImportPlan(unit.name, fiscal_year, code, str(path), creates_assessment=assessment is None)
    stored = current_values(assessment)
    rows = {key: (kind, dual) for key, _t, _i, _c, _x, dual, kind in template_rows(cat)}
    levels = [b["label"] for b in cat.level_rule.get("bands", [])]
    ws = wb[L.SHEET_TEMPLATE]
    sheet = ws.title
    cached = None  # the values-only view, loaded only if a cell holds a formula
    seen: dict[str, str] = {}

    for r in range(FIRST_ROW, ws.max_row + 1):
        key_cell = ws.cell(row=r, column=COL_KEY)
        key = key_cell.value
        inputs = {col: ws.cell(row=r, column=col) for col in VALUE_COLS}
        if key is None or (isinstance(key, str) and not key.strip()):
            if any(_present(c.value) for c in inputs.values()):
                plan.problems.append(ScoreProblem(sheet, f"A{r}", "แถวนี้มีคะแนนแต่ไม่มีรหัสรายการ (คอลัมน์ A ที่ซ่อนไว้) "
                                                                 "อย่าแทรกหรือลบแถวในแบบกรอกคะแนน"))
            continue
        key = str(key).strip()
        if key not in rows:
            plan.problems.append(ScoreProblem(sheet, f"A{r}", f"ไม่รู้จักรหัส “{key}” ในชุดตัวชี้วัด {code}"))
            continue
        if key in seen:
            plan.problems.append(ScoreProblem(sheet, f"A{r}", f"รหัส “{key}” ซ้ำกับแถว {seen[key]}"))
            continue
        seen[key] = str(r)
        kind, dual = rows[key]
        wanted = _input_fields(kind, dual)
        for col, fld in VALUE_COLS.items():
            cell = inputs[col]
            raw = cell.value
            if cell.data_type == "f" or (isinstance(raw, str) and raw.startswith("=")):
                if cached is None:
                    cached = open_workbook(path, data_only=True)[sheet]
                raw = cached.cell(row=r, column=col).value
                if raw is None:
                    plan.problems.append(ScoreProblem(sheet, cell.coordinate, "เป็นสูตรที่ยังไม่มีผลลัพธ์ "
                                                                             "กรุณาวางเป็นค่า (Paste Values)"))
                    continue
            if not _present(raw):
                if fld in wanted:
                    plan.blank += 1
                continue
            if fld not in wanted:
                why = ("ข้อนี้มีคะแนน Public และ Survey แยกกัน กรุณากรอกในสองช่องนั้น" if fld == "score"
                       else "รายการนี้ไม่มีคะแนน Public/Survey (ช่องสีเทา)")
                plan.problems.append(ScoreProblem(sheet, cell.coordinate, why))
                continue
            try:
                new = _parse(raw, kind, levels)
            except ValueError as exc:
                plan.problems.append(ScoreProblem(sheet, cell.coordinate, str(exc)))
                continue
            old = stored.get(key, {}).get(fld)
            if _same(old, new):
                plan.unchanged += 1
            else:
                plan.changes.append(ScoreChange(key, fld, _label(key, fld), old, new, cell.coordinate))
    missing = [k for k in rows if k not in seen]
    if len(missing) == len(rows):
        plan.problems.append(ScoreProblem(sheet, f"A{FIRST_ROW}", "ไม่พบรายการคะแนนในแบบกรอก (แถวถูกลบหรือย้าย)"))
    return plan


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _parse(raw: Any, kind: str, levels: list[str]) -> Any:
    if kind == "level":
        text = " ".join(str(raw).split())
        if text not in levels:
            raise ValueError(f"ระดับ “{text}” ไม่มีในเกณฑ์ของปีนี้ (ใช้ได้: {', '.join(levels)})")
        return text
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise ValueError(f"“{raw}” ไม่ใช่คะแนน (ต้องเป็นตัวเลข ๐–๑๐๐)")
    try:
        # Not parse_score: it rounds to two decimals, and some published figures carry three.
        value = parse_number(raw)
    except ValueError as exc:
        raise ValueError(f"{exc} (ต้องเป็นตัวเลข ๐–๑๐๐)") from None
    if value is None or not 0 <= value <= 100:
        raise ValueError(f"คะแนน {raw} อยู่นอกช่วง ๐–๑๐๐")
    return value


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return abs(old - new) < _EPS
    return old == new


def apply_score_plan(session: Session, plan: ScoreImportPlan) -> Changes:
    """Apply a problem-free plan inside the caller's transaction. Refuses a plan whose old values no
    longer match the database (someone changed the scores after the file was checked)."""
    if plan.problems:
        raise InputError(f"ยังนำเข้าไม่ได้: {plan.problems[0]} (และอีก {len(plan.problems) - 1} รายการ)"
                            if len(plan.problems) > 1 else f"ยังนำเข้าไม่ได้: {plan.problems[0]}")
    unit = find_unit(session, plan.unit_name)
    a = next((x for x in unit.assessments if x.fiscal_year == plan.fiscal_year), None)
    if a is None:
        if not plan.creates_assessment and plan.changes:
            raise InputError("ผลการประเมินปีนี้ถูกลบไปหลังจากตรวจไฟล์ กรุณาตรวจไฟล์ใหม่")
        if not plan.changes:
            return Changes()
        a = m.Assessment(fiscal_year=plan.fiscal_year, catalogue=ensure_catalogue(session, plan.catalogue_code))
        unit.assessments.append(a)
    stored = current_values(a)
    for ch in plan.changes:
        now = stored.get(ch.key, {}).get(ch.field)
        if not _same(now, ch.old):
            raise InputError(f"{ch.label} ถูกแก้ไขหลังจากตรวจไฟล์ (ตอนนี้ {now} ไม่ใช่ {ch.old}) กรุณาตรวจไฟล์ใหม่")
    for ch in plan.changes:
        _set(a, ch)
    session.flush()
    return Changes(scores=bool(plan.changes))


def _set(a: m.Assessment, ch: ScoreChange) -> None:
    kind, _, code = ch.key.partition(":")
    if kind == "overall":
        a.published_overall = ch.new
    elif kind == "level":
        a.published_level = ch.new
    elif kind == "item":
        row = next((s for s in a.item_scores if s.item_code == code), None)
        if row is None:
            row = m.ItemScore(item_code=code)
            a.item_scores.append(row)
        setattr(row, ch.field, ch.new)
    elif kind == "group":
        row = next((g for g in a.group_scores if g.group_code == code), None)
        if row is None:
            row = m.GroupScore(group_code=code)
            a.group_scores.append(row)
        row.published = ch.new
    elif kind == "indicator":
        number = int(code)
        row = next((s for s in a.indicator_scores if s.indicator_number == number), None)
        if row is None:
            row = m.IndicatorScore(indicator_number=number)
            a.indicator_scores.append(row)
        setattr(row, "published" if ch.field == "score" else ch.field, ch.new)
    elif kind == "tool":
        row = next((t for t in a.tool_scores if t.tool_code == code), None)
        if row is None:
            row = m.ToolScore(tool_code=code)
            a.tool_scores.append(row)
        row.published = ch.new
