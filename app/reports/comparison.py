"""Two years' indicator scores side by side, and further recommendations (seed 000's closing part)."""
from __future__ import annotations

from reportlab.platypus import Spacer

from app.reports.chart import IndicatorChart
from app.reports.model import ComparisonDoc
from app.reports.styles import HEADER_BG, TABLE, Styles, heading_for_table, table
from app.typeset import ThaiTable


def comparison_table(st: Styles, doc: ComparisonDoc) -> ThaiTable:
    y0, y1 = doc.years
    s = doc.series
    rows: list = [["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", st.n(f"คะแนนปี {y0}"), st.n(f"คะแนนปี {y1}"),
                   "เพิ่มขึ้น/ลดลง"]]
    for n in sorted(s.names):
        a, b = s.scores.get(y0, {}).get(n), s.scores.get(y1, {}).get(n)
        diff = "" if a is None or b is None else (("+" if b - a > 0.004 else "") + st.score(b - a))
        rows.append([st.n(n), st.t(s.names[n]), st.score(a), st.score(b), diff])
    a, b = s.overall.get(y0), s.overall.get(y1)
    diff = "" if a is None or b is None else (("+" if b - a > 0.004 else "") + st.score(b - a))
    rows.append([[("คะแนนภาพรวม", True)], None, [(st.score(a), True)], [(st.score(b), True)], diff])
    last = len(rows)
    rows.append([[("ระดับผลการประเมิน", True)], None, s.levels.get(y0) or "-", s.levels.get(y1) or "-", ""])
    return table(rows, [10, 48, 14, 14, 14], style=st.cell, font_size=TABLE, header_background=HEADER_BG,
                     spans=[((0, last - 1), (1, last - 1)), ((0, last), (1, last))],
                     col_aligns=["center", "left", "center", "center", "center"])


def comparison_story(st: Styles, doc: ComparisonDoc, closing: bool = False) -> list:
    y0, y1 = doc.years
    s = doc.series
    out = []
    if closing:
        out.append(st.p("ผลลัพธ์หรือความสำเร็จของการดำเนินการในภาพรวม", st.title))
    else:
        out += [st.p("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน", st.title),
                st.p(f"ของ{doc.unit.full_name}", st.title)]
    out += [st.p(f"เปรียบเทียบปีงบประมาณ พ.ศ. {y0} และ พ.ศ. {y1}", st.title), Spacer(1, 8),
            *heading_for_table(st, "สรุปผลการประเมินรายตัวชี้วัด"), comparison_table(st, doc), Spacer(1, 8)]
    sentences = []
    for y in (y0, y1):
        if s.overall.get(y) is not None:
            sentences.append(f"คะแนนการประเมินในภาพรวม ประจำปี พ.ศ. {y} คิดเป็น {st.score(s.overall[y])} คะแนน "
                             f"ระดับการประเมิน {s.levels.get(y) or '-'}")
    if sentences:
        out.append(st.p(" ".join(sentences), st.body))
    out += [Spacer(1, 6), IndicatorChart(st, s, height=200)]
    if doc.recommendations.strip():
        out.append(st.p("ข้อเสนอแนะเพิ่มเติมในการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", st.heading))
        out += st.paras(doc.recommendations)
    return out
