"""The consolidation as a landscape A4 PDF, typeset by ``app.typeset`` (shaped, word-broken Thai):
the figures, the units ranked with their indicators, and measures by status."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.excel import labels as L
from app.excel.labels import INDICATORS, NOT_REPORTED, TOOLS
from app.thai.digits import digits, format_score
from app.thai.sort import thai_sort_key
from app.typeset import ParaStyle, ThaiParagraph, ThaiTable, register_font_set

HEADER_BG = colors.HexColor("#D9E2F3")


def write_consolidation_pdf(result, path: Path, *, thai_digits: bool = True, heading: str = "",
                            font: str = "Sarabun") -> Path:
    fs = register_font_set(font)
    # Digits are converted where numbers are formatted, not by the style: names keep their own digits.
    body = ParaStyle(font=fs, size=14, align="left", thai_digits=False)
    head = body.replace(size=18, bold=True, align="center", space_after=6)
    d = (lambda t: digits(str(t), thai_digits))
    s = (lambda v: format_score(v, thai=thai_digits))
    year = d(result.fiscal_year)
    story = [ThaiParagraph(f"ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ {year} {heading}".strip(), head)]

    rate = "-" if result.pass_rate is None else d(f"{result.pass_rate * 100:.2f}") + "%"
    facts = [
        ["จำนวนหน่วยงาน", d(len(result.units)), "คะแนนรวมเฉลี่ย", s(result.average)],
        [f"ผ่านเกณฑ์ (ตั้งแต่ {d(85)} คะแนน)", d(result.passed), "อัตราการผ่านเกณฑ์", rate],
        ["ระดับผลการประเมิน", ", ".join(f"{lv} {d(n)}" for lv, n in result.level_counts()) or "-",
         "ไฟล์ที่ข้าม", d(len(result.skipped))],
    ]
    story += [ThaiTable(facts, [3, 2, 3, 2], header_rows=0, style=body), Spacer(1, 0.4 * cm)]

    header = ["อันดับ", "หน่วยงาน", L.OVERALL_LABEL, "ระดับ", *TOOLS, *[d(n) for n in INDICATORS]]
    rows = [header]
    for u in result.units:
        rows.append([d(u.rank) if u.rank else "-", u.name, s(u.overall), u.level or "-",
                     *[s(u.tools.get(c)) for c in TOOLS], *[s(u.indicators.get(n)) for n in INDICATORS]])
    rows.append(["", "ค่าเฉลี่ย", s(result.average), "", *[s(result.tool_average(c)) for c in TOOLS],
                 *[s(result.indicator_average(n)) for n in INDICATORS]])
    aligns = ["center", "left", "right", "center"] + ["right"] * (len(TOOLS) + len(INDICATORS))
    story += [ThaiTable(rows, [1.8, 8, 2.6, 3] + [2.6] * len(TOOLS) + [2.6] * len(INDICATORS), style=body,
                        header_background=HEADER_BG, col_aligns=aligns, font_size=12), Spacer(1, 0.4 * cm)]

    statuses = [*L.STATUS_ORDER, NOT_REPORTED]
    names = [L.STATUS_LABELS.get(x, "ยังไม่รายงาน") for x in statuses]
    rows = [["หน่วยงาน", "มาตรการ", *[f"{L.ROUND_LABELS[6]}\n{n}" for n in names],
             *[f"{L.ROUND_LABELS[12]}\n{n}" for n in names]]]
    for u in sorted(result.units, key=lambda u: thai_sort_key(u.name)):
        rows.append([u.name, d(u.measures), *[d(u.status[r][x]) for r in L.ROUNDS for x in statuses]])
    totals = {r: result.status_total(r) for r in L.ROUNDS}
    rows.append(["รวม", d(sum(u.measures for u in result.units)), *[d(totals[r][x]) for r in L.ROUNDS for x in statuses]])
    story += [ThaiParagraph("มาตรการจำแนกตามสถานะการดำเนินการ", head.replace(size=16, align="left")),
              ThaiTable(rows, [9, 2.4] + [2.6] * 8, style=body, header_background=HEADER_BG,
                        col_aligns=["left"] + ["right"] * 9, font_size=12)]
    if result.skipped:
        rows = [["ไฟล์ที่ข้าม", "เหตุผล"]] + [[x.path.name, x.reason] for x in result.skipped]
        story += [Spacer(1, 0.4 * cm), ThaiTable(rows, [1, 3], style=body, header_background=HEADER_BG, font_size=12)]

    footer_font, footer_size = fs.face(False), 12 * fs.scale

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont(footer_font, footer_size)
        canvas.drawCentredString(doc.pagesize[0] / 2, 0.8 * cm, d(f"หน้า {doc.page}"))
        canvas.restoreState()

    from app.fsio import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                                topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                                title=f"สรุปผล ITA ปีงบประมาณ {year} {heading}".strip())
        doc.build(story, onFirstPage=page, onLaterPages=page)
    return path
