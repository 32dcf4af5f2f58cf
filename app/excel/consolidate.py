"""Consolidation: many units' summary workbooks into one for the district or province office.

Each input is read through its hidden data sheet (see ``datasheet``) and, for the measures, the
status dropdowns of its progress sheet, so statuses an officer changed in the workbook count. A file
that cannot be read is reported with its reason and skipped; so is a unit already read from another
file and a file of another fiscal year than the one consolidated.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import column_index_from_string

from app.excel import labels as L
from app.excel.labels import INDICATORS, NOT_REPORTED, TOOLS
from app.excel.datasheet import FORMAT, FORMAT_VERSION, read_data_sheet
from app.excel.safety import ExcelFileError, open_workbook
from app.excel.styles import (
    GROUP_FILL, TOP_CENTER, TOP_RIGHT, TOTAL_FILL, WRAP_CENTER, Formats, fit_row, fit_unset_rows, header_row, print_setup, put,
    set_widths, title,
)
from app.excel.summary import save
from app.thai.digits import digits
from app.thai.sort import thai_sort_key

LEVEL_ORDER = ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "AA", "A", "B", "C", "D", "E", "F")


@dataclass
class UnitRecord:
    source: Path
    name: str
    kind: str
    district: str
    province: str
    fiscal_year: int
    catalogue: str
    overall: float | None
    level: str | None
    tools: dict[str, float | None]
    indicators: dict[int, float | None]
    indicator_names: dict[int, str]
    plan_year: int | None
    measures: int
    status: dict[int, Counter]  # round → Counter of status keys (and NOT_REPORTED)
    rank: int | None = None

    @property
    def passed(self) -> bool | None:
        return None if self.overall is None else round(self.overall, 2) >= L.PASS_MARK


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass
class ConsolidationResult:
    fiscal_year: int | None
    units: list[UnitRecord] = field(default_factory=list)  # in rank order
    skipped: list[Skipped] = field(default_factory=list)
    xlsx: Path | None = None
    pdf: Path | None = None
    pdf_error: str | None = None

    @property
    def scored(self) -> list[UnitRecord]:
        return [u for u in self.units if u.overall is not None]

    @property
    def average(self) -> float | None:
        scores = [u.overall for u in self.scored]
        return fmean(scores) if scores else None

    @property
    def passed(self) -> int:
        return sum(1 for u in self.scored if u.passed)

    @property
    def pass_rate(self) -> float | None:
        return self.passed / len(self.scored) if self.scored else None

    def indicator_average(self, n: int) -> float | None:
        values = [u.indicators.get(n) for u in self.units if u.indicators.get(n) is not None]
        return fmean(values) if values else None

    def tool_average(self, code: str) -> float | None:
        values = [u.tools.get(code) for u in self.units if u.tools.get(code) is not None]
        return fmean(values) if values else None

    def level_counts(self) -> list[tuple[str, int]]:
        counts = Counter(u.level for u in self.scored if u.level)
        return sorted(counts.items(), key=lambda kv: (LEVEL_ORDER.index(kv[0]) if kv[0] in LEVEL_ORDER else 99, kv[0]))

    def status_total(self, rnd: int) -> Counter:
        total: Counter = Counter()
        for u in self.units:
            total.update(u.status.get(rnd, Counter()))
        return total

    @property
    def area(self) -> str:
        districts = {(u.district, u.province) for u in self.units}
        provinces = {u.province for u in self.units}
        if len(districts) == 1:
            d, p = next(iter(districts))
            return " ".join(x for x in (f"อำเภอ{d}" if d else "", f"จังหวัด{p}" if p else "") if x)
        if len(provinces) == 1 and next(iter(provinces)):
            return f"จังหวัด{next(iter(provinces))}"
        return ""


# --- reading -------------------------------------------------------------------------------------


def _score(data: dict[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ExcelFileError(f"ค่า {key} ในแผ่นงานข้อมูลไม่ใช่ตัวเลข ({value!r})")
    if not 0 <= value <= 100:
        raise ExcelFileError(f"ค่า {key} ในแผ่นงานข้อมูลอยู่นอกช่วง ๐–๑๐๐ ({value})")
    return float(value)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value).strip()


def read_unit_workbook(path: Path) -> UnitRecord:
    """One unit's summary workbook; ExcelFileError (Thai) when it cannot be used."""
    path = Path(path)
    wb = open_workbook(path, read_only=True)
    try:
        data = read_data_sheet(wb)
        if data is None or data.get("format") != FORMAT:
            raise ExcelFileError("ไม่ใช่ไฟล์สรุปผล ITA ที่ส่งออกจากโปรแกรม (ไม่พบแผ่นงานข้อมูลสำหรับรวมผล)")
        if data.get("format_version") != FORMAT_VERSION:
            raise ExcelFileError(f"รุ่นของไฟล์สรุปผล ({data.get('format_version')}) ไม่รองรับ")
        name = _text(data, "unit.name")
        if not name:
            raise ExcelFileError("ไม่มีชื่อหน่วยงานในแผ่นงานข้อมูล")
        year = data.get("fiscal_year")
        if isinstance(year, bool) or not isinstance(year, int):
            raise ExcelFileError(f"ปีงบประมาณในแผ่นงานข้อมูลไม่ถูกต้อง ({year!r})")
        plan_year = data.get("plan_year")
        record = UnitRecord(
            source=path, name=name, kind=_text(data, "unit.kind"), district=_text(data, "unit.district"),
            province=_text(data, "unit.province"), fiscal_year=year, catalogue=_text(data, "catalogue"),
            overall=_score(data, "overall"), level=_text(data, "level") or None,
            tools={code: _score(data, f"tool.{code}") for code in TOOLS},
            indicators={n: _score(data, f"indicator.{n}") for n in INDICATORS},
            indicator_names={n: _text(data, f"indicator.{n}.name") for n in INDICATORS},
            plan_year=plan_year if isinstance(plan_year, int) and not isinstance(plan_year, bool) else None,
            measures=0, status={r: Counter() for r in L.ROUNDS},
        )
        _read_statuses(wb, data, record)
        return record
    finally:
        wb.close()


def _read_statuses(wb, data: dict[str, Any], record: UnitRecord) -> None:
    sheet = _text(data, "progress.sheet")
    first, last = data.get("progress.first_row"), data.get("progress.last_row")
    if not sheet or not isinstance(first, int) or not isinstance(last, int) or last < first:
        return
    if sheet not in wb.sheetnames:
        raise ExcelFileError(f"ไม่พบแผ่นงาน “{sheet}” ที่มีสถานะของมาตรการ")
    try:
        number_col = column_index_from_string(_text(data, "progress.number_col"))
        status_cols = {r: column_index_from_string(_text(data, f"progress.status_col.{r}")) for r in L.ROUNDS}
    except ValueError:
        raise ExcelFileError("ตำแหน่งคอลัมน์สถานะในแผ่นงานข้อมูลไม่ถูกต้อง") from None
    width = max([number_col, *status_cols.values()])
    for row in wb[sheet].iter_rows(min_row=first, max_row=last, max_col=width, values_only=True):
        row = tuple(row) + (None,) * (width - len(row))
        number = row[number_col - 1]
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            continue  # a group heading
        record.measures += 1
        for rnd, col in status_cols.items():
            label = row[col - 1]
            label = " ".join(str(label).split()) if label is not None else ""
            record.status[rnd][L.STATUS_FROM_LABEL.get(label, NOT_REPORTED)] += 1


def read_units(paths: Iterable[Path], fiscal_year: int | None = None) -> ConsolidationResult:
    records: list[UnitRecord] = []
    result = ConsolidationResult(fiscal_year)
    for path in paths:
        try:
            records.append(read_unit_workbook(Path(path)))
        except ExcelFileError as exc:
            result.skipped.append(Skipped(Path(path), str(exc)))
        except Exception as exc:  # never fatal: one broken file must not stop a district's merge
            result.skipped.append(Skipped(Path(path), f"อ่านไม่ได้ ({type(exc).__name__}: {exc})"))
    if fiscal_year is None and records:
        # The year most files are for; ties go to the later year.
        counts = Counter(r.fiscal_year for r in records)
        fiscal_year = max(counts, key=lambda y: (counts[y], y))
    result.fiscal_year = fiscal_year
    seen: dict[str, Path] = {}
    for rec in records:
        if rec.fiscal_year != fiscal_year:
            result.skipped.append(Skipped(rec.source, f"เป็นข้อมูลปีงบประมาณ {rec.fiscal_year} ไม่ใช่ปี {fiscal_year}"))
        elif rec.name in seen:
            result.skipped.append(Skipped(rec.source, f"หน่วยงาน “{rec.name}” ซ้ำกับไฟล์ {seen[rec.name].name}"))
        else:
            seen[rec.name] = rec.source
            result.units.append(rec)
    _rank(result.units)
    return result


def _rank(units: list[UnitRecord]) -> None:
    """Highest overall first; equal (two-decimal) scores share a rank (1, 2, 2, 4); unscored last."""
    units.sort(key=lambda u: (u.overall is None, -(round(u.overall, 2) if u.overall is not None else 0),
                              thai_sort_key(u.name)))
    previous = None
    for i, u in enumerate(units, start=1):
        if u.overall is None:
            u.rank = None
            continue
        score = round(u.overall, 2)
        u.rank = previous[1] if previous and previous[0] == score else i
        previous = (score, u.rank)


# --- writing -------------------------------------------------------------------------------------


def consolidate(paths: Iterable[Path], out_xlsx: Path, pdf: Path | None = None, fiscal_year: int | None = None,
                thai_digits: bool = True, title_text: str | None = None) -> ConsolidationResult:
    """Merge units' summary workbooks into ``out_xlsx`` (and ``pdf`` when given). Bad files are listed
    in ``result.skipped`` and in the workbook, never fatal. Raises ExcelFileError only when no file
    at all could be used."""
    result = read_units(paths, fiscal_year)
    if not result.units:
        reasons = "; ".join(f"{s.path.name}: {s.reason}" for s in result.skipped[:5])
        raise ExcelFileError(f"ไม่มีไฟล์ที่ใช้รวมผลได้ ({reasons})" if reasons else "ไม่ได้ระบุไฟล์ที่จะรวมผล")
    heading = title_text or result.area
    result.xlsx = save(build_consolidated(result, thai_digits, heading), Path(out_xlsx))
    if pdf is not None:
        try:
            from app.excel.consolidate_pdf import write_consolidation_pdf
        except ImportError as exc:  # the report layer is optional for the workbook
            result.pdf_error = f"สร้าง PDF ไม่ได้: ไม่มีส่วนจัดหน้า PDF ({exc})"
        else:
            result.pdf = write_consolidation_pdf(result, Path(pdf), thai_digits=thai_digits, heading=heading)
    return result


def build_consolidated(result: ConsolidationResult, thai_digits: bool = True, heading: str = "") -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    fmt = Formats.for_digits(thai_digits)
    year = digits(str(result.fiscal_year), thai_digits)
    header_name = " ".join(x for x in (f"สรุปผล ITA ปีงบประมาณ {year}", heading) if x)
    _units_sheet(wb, result, fmt, thai_digits, year, heading, header_name)
    _overview_sheet(wb, result, fmt, thai_digits, year, heading, header_name)
    _status_sheet(wb, result, fmt, year, heading, header_name)
    _skipped_sheet(wb, result, header_name)
    for ws in wb.worksheets:
        fit_unset_rows(ws)
    wb.active = 0
    return wb


def _units_sheet(wb, result: ConsolidationResult, fmt: Formats, thai: bool, year: str, heading: str,
                 header_name: str) -> None:
    ws = wb.create_sheet(L.SHEET_UNITS)
    widths = [8, 36, 14, 14, 11, 13, 10, 10, 10, 10] + [9] * len(INDICATORS)
    set_widths(ws, widths)
    names = next((u.indicator_names for u in result.units if any(u.indicator_names.values())), {})
    title(ws, 1, f"ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ {year} {heading} "
                 f"({digits(str(len(result.units)), thai)} หน่วยงาน)", len(widths))
    header_row(ws, 2, ["อันดับ", "หน่วยงาน", "อำเภอ", "จังหวัด", L.OVERALL_LABEL, "ระดับ", "ผ่านเกณฑ์",
                       *TOOLS, *[f"ตัวชี้วัด {digits(str(n), thai)}" for n in INDICATORS]])
    # Indicator names under the short headings, for the reader who does not know the numbers.
    header_row(ws, 3, [None] * 10 + [names.get(n, "") for n in INDICATORS])
    for c in range(1, 11):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    print_setup(ws, unit_name=header_name, header_rows="2:3", freeze="C4")
    row = 4
    for u in result.units:
        put(ws, row, 1, u.rank, fmt=fmt.integer, align=TOP_CENTER)
        put(ws, row, 2, u.name)
        put(ws, row, 3, u.district)
        put(ws, row, 4, u.province)
        put(ws, row, 5, u.overall, fmt=fmt.score, align=TOP_RIGHT, bold=True)
        put(ws, row, 6, u.level or "", align=TOP_CENTER)
        put(ws, row, 7, {True: "ผ่าน", False: "ไม่ผ่าน", None: ""}[u.passed], align=TOP_CENTER)
        for j, code in enumerate(TOOLS):
            put(ws, row, 8 + j, u.tools.get(code), fmt=fmt.score, align=TOP_RIGHT)
        for j, n in enumerate(INDICATORS):
            put(ws, row, 11 + j, u.indicators.get(n), fmt=fmt.score, align=TOP_RIGHT)
        fit_row(ws, row, widths)
        row += 1
    put(ws, row, 1, None, fill=TOTAL_FILL)
    put(ws, row, 2, "ค่าเฉลี่ย", bold=True, fill=TOTAL_FILL)
    for c in (3, 4, 6, 7):
        put(ws, row, c, None, fill=TOTAL_FILL)
    put(ws, row, 5, result.average, fmt=fmt.score, align=TOP_RIGHT, bold=True, fill=TOTAL_FILL)
    for j, code in enumerate(TOOLS):
        put(ws, row, 8 + j, result.tool_average(code), fmt=fmt.score, align=TOP_RIGHT, bold=True, fill=TOTAL_FILL)
    for j, n in enumerate(INDICATORS):
        put(ws, row, 11 + j, result.indicator_average(n), fmt=fmt.score, align=TOP_RIGHT, bold=True, fill=TOTAL_FILL)
    ws.row_dimensions[row].height = 27
    ws.auto_filter.ref = f"A3:{ws.cell(row=3, column=len(widths)).column_letter}{row - 1}"


def _overview_sheet(wb, result: ConsolidationResult, fmt: Formats, thai: bool, year: str, heading: str,
                    header_name: str) -> None:
    ws = wb.create_sheet(L.SHEET_OVERVIEW)
    widths = [44, 16, 14]
    set_widths(ws, widths)
    title(ws, 1, f"ภาพรวมผลการประเมิน ITA ปีงบประมาณ {year} {heading}", 3)
    print_setup(ws, unit_name=header_name, header_rows=None, landscape=False, one_page=True)
    scored = result.scored
    rows: list[tuple[str, Any, str]] = [
        ("จำนวนหน่วยงานที่รวมผล", len(result.units), fmt.integer),
        ("หน่วยงานที่มีผลคะแนน", len(scored), fmt.integer),
        ("คะแนนรวมเฉลี่ย", result.average, fmt.score),
        ("คะแนนรวมสูงสุด", max((u.overall for u in scored), default=None), fmt.score),
        ("คะแนนรวมต่ำสุด", min((u.overall for u in scored), default=None), fmt.score),
        (f"ผ่านเกณฑ์ (คะแนนรวม {digits('85', thai)} ขึ้นไป)", result.passed, fmt.integer),
        ("อัตราการผ่านเกณฑ์", result.pass_rate, fmt.percent),
        ("ไฟล์ที่ข้าม (ดูแผ่นงาน “ไฟล์ที่ข้าม”)", len(result.skipped), fmt.integer),
    ]
    header_row(ws, 2, ["รายการ", "ค่า", None])
    ws.merge_cells("B2:C2")
    row = 3
    for label, value, number_format in rows:
        put(ws, row, 1, label)
        put(ws, row, 2, value, fmt=number_format, align=TOP_RIGHT, bold=True)
        put(ws, row, 3, None)
        row += 1
    row += 1
    header_row(ws, row, ["ระดับผลการประเมิน", "จำนวนหน่วยงาน", "ร้อยละ"])
    row += 1
    for level, count in result.level_counts():
        put(ws, row, 1, level)
        put(ws, row, 2, count, fmt=fmt.integer, align=TOP_RIGHT)
        put(ws, row, 3, count / len(scored) if scored else None, fmt=fmt.percent, align=TOP_RIGHT)
        row += 1
    row += 1
    header_row(ws, row, ["ตัวชี้วัด / แบบวัด", "คะแนนเฉลี่ย", None])
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    first = row + 1
    names = next((u.indicator_names for u in result.units if any(u.indicator_names.values())), {})
    for n in INDICATORS:
        row += 1
        put(ws, row, 1, f"{digits(str(n), thai)} {names.get(n, '')}".strip())
        put(ws, row, 2, result.indicator_average(n), fmt=fmt.score, align=TOP_RIGHT)
        put(ws, row, 3, None)
    last = row
    for code in TOOLS:
        row += 1
        put(ws, row, 1, code, bold=True, fill=GROUP_FILL)
        put(ws, row, 2, result.tool_average(code), fmt=fmt.score, align=TOP_RIGHT, bold=True, fill=GROUP_FILL)
        put(ws, row, 3, None, fill=GROUP_FILL)
    chart = BarChart()
    chart.type = "col"
    chart.title = "คะแนนเฉลี่ยรายตัวชี้วัด"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.width, chart.height = 17, 9
    ws.add_chart(chart, f"A{row + 2}")


def _status_sheet(wb, result: ConsolidationResult, fmt: Formats, year: str, heading: str, header_name: str) -> None:
    ws = wb.create_sheet(L.SHEET_UNIT_STATUS)
    statuses = [*L.STATUS_ORDER, NOT_REPORTED]
    status_names = [L.STATUS_LABELS.get(s, "ยังไม่รายงาน") for s in statuses]
    widths = [36, 11, 11] + [13] * 8
    set_widths(ws, widths)
    title(ws, 1, f"มาตรการของหน่วยงานจำแนกตามสถานะการดำเนินการ {heading}", len(widths))
    header_row(ws, 2, ["หน่วยงาน", "ปีของมาตรการ", "จำนวนมาตรการ", L.ROUND_LABELS[6], None, None, None,
                       L.ROUND_LABELS[12], None, None, None])
    header_row(ws, 3, [None, None, None, *status_names, *status_names])
    for c in (1, 2, 3):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=7)
    ws.merge_cells(start_row=2, start_column=8, end_row=2, end_column=11)
    print_setup(ws, unit_name=header_name, header_rows="2:3", freeze="B4")
    row = 4
    for u in sorted(result.units, key=lambda u: thai_sort_key(u.name)):
        put(ws, row, 1, u.name)
        put(ws, row, 2, u.plan_year, fmt=fmt.year, align=TOP_CENTER)
        put(ws, row, 3, u.measures, fmt=fmt.integer, align=TOP_RIGHT)
        for k, rnd in enumerate(L.ROUNDS):
            for j, s in enumerate(statuses):
                put(ws, row, 4 + 4 * k + j, u.status[rnd][s], fmt=fmt.integer, align=TOP_RIGHT)
        fit_row(ws, row, widths)
        row += 1
    put(ws, row, 1, "รวม", bold=True, fill=TOTAL_FILL)
    put(ws, row, 2, None, fill=TOTAL_FILL)
    put(ws, row, 3, sum(u.measures for u in result.units), fmt=fmt.integer, align=TOP_RIGHT, bold=True,
        fill=TOTAL_FILL)
    for k, rnd in enumerate(L.ROUNDS):
        total = result.status_total(rnd)
        for j, s in enumerate(statuses):
            put(ws, row, 4 + 4 * k + j, total[s], fmt=fmt.integer, align=TOP_RIGHT, bold=True, fill=TOTAL_FILL)


def _skipped_sheet(wb, result: ConsolidationResult, header_name: str) -> None:
    ws = wb.create_sheet(L.SHEET_SKIPPED)
    widths = [44, 90]
    set_widths(ws, widths)
    title(ws, 1, "ไฟล์ที่ไม่ได้นำมารวมผล", 2)
    header_row(ws, 2, ["ไฟล์", "เหตุผล"])
    print_setup(ws, unit_name=header_name, header_rows="2:2", freeze="A3")
    if not result.skipped:
        put(ws, 3, 1, "ไม่มี (รวมผลได้ทุกไฟล์)", align=WRAP_CENTER)
        put(ws, 3, 2, None)
        return
    for i, s in enumerate(result.skipped, start=3):
        put(ws, i, 1, s.path.name)
        put(ws, i, 2, s.reason)
        fit_row(ws, i, widths)
