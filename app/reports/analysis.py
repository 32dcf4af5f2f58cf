"""The analysis report (รายงานการวิเคราะห์ผลการประเมิน ITA), after seed 003.

Order as in the seed: the overall result; the summary table tool | indicator | name | score (with
Public and Survey columns in dual-scored years); the chart of indicator scores across the years on
record; one table per indicator (its items and scores, then the deficiencies, what to develop and
what to keep); the next year's measures (landscape); problems and obstacles; improvement guidelines.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Spacer

from app.reports.chart import IndicatorChart
from app.reports.model import AnalysisDoc, IndicatorSection
from app.reports.pages import LANDSCAPE, PORTRAIT, switch
from app.reports.plan import plan_story
from app.reports.styles import HEADER_BG, TABLE, Styles, heading_for_table, table
from app.reports.options import KIND_ANALYSIS
from app.reports.wording import DEFAULT_TITLES, Wording, names_year
from app.typeset import ThaiTable

SUB_BG = colors.HexColor("#f4f6f8")


def _title(st: Styles, doc: AnalysisDoc, wording: Wording | None) -> list:
    unit = doc.unit
    lines = (wording.title_lines if wording is not None else []) or [DEFAULT_TITLES[KIND_ANALYSIS]]
    out = [st.p(line, st.title) for line in lines]
    # a title naming the unit or the year itself gets no line of the program's for it
    own = "".join(lines)
    if unit.name not in own:
        out.append(st.p(f"ของ{unit.full_name}", st.title))
    if not names_year(own):
        out.append(st.p(f"ปีงบประมาณ พ.ศ. {doc.year}", st.title))
        if doc.plan is not None:
            out += [st.p("เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", st.title),
                    st.p(f"ประจำปีงบประมาณ พ.ศ. {doc.plan.year}", st.title)]
    out.append(Spacer(1, 10))
    return out


def _overall(st: Styles, doc: AnalysisDoc, computed_notes: bool = False) -> list:
    """The overall result; the program's own computed-versus-published notes only when asked for
    (they belong on the screen, not in an official document)."""
    text = (f"จากผลการประเมินฯ ITA ในปีงบประมาณ พ.ศ. {doc.year} พบว่าคะแนนภาพรวมของ{doc.unit.name} "
            f"ได้ {st.score(doc.overall)} คะแนน ระดับผลการประเมิน “{doc.level or '-'}”")
    if doc.note.strip():
        text += f" {doc.note.strip()}"
    out = [st.p(f"๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                f"ประจำปีงบประมาณ พ.ศ. {doc.year}", st.heading),
           st.p(text + " โดยแบ่งคะแนนตามเครื่องมือและตัวชี้วัดดังต่อไปนี้")]
    if not computed_notes:
        return out
    if (doc.overall_computed is not None and doc.overall is not None
            and abs(round(doc.overall_computed, 2) - doc.overall) > 0.011):
        out.append(st.p(f"(คะแนนภาพรวมที่คำนวณจากคะแนนรายเครื่องมือได้ {st.score(doc.overall_computed)} "
                        f"คะแนน ต่างจากที่ประกาศ)", st.body))
    if doc.level_computed and doc.level and doc.level_computed != doc.level:
        out.append(st.p(f"(ระดับที่คำนวณตามเกณฑ์ได้ “{doc.level_computed}” ต่างจากที่ประกาศ)", st.body))
    return out


def _tool_table(st: Styles, doc: AnalysisDoc) -> ThaiTable:
    rows = [["เครื่องมือการประเมิน", "", "น้ำหนัก", "คะแนน"]]
    weights = {"IIT": 30, "EIT": 30, "OIT": 40}
    for t in doc.tools:
        rows.append([t.code, st.t(t.name), st.n(f"ร้อยละ {weights.get(t.code, '')}") if t.code in weights else "",
                     st.score(t.score)])
    rows.append(["คะแนนภาพรวม", None, "", st.score(doc.overall)])
    last = len(rows) - 1
    return table(rows, [10, 52, 14, 14], style=st.cell, font_size=TABLE, header_background=HEADER_BG,
                     spans=[((0, 0), (1, 0)), ((0, last), (2, last))],
                     col_aligns=["center", "left", "center", "center"])


def _summary_table(st: Styles, doc: AnalysisDoc) -> ThaiTable:
    dual = doc.dual
    head = ["แบบสำรวจ", "ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด"]
    head += ["Public", "Survey", "คะแนน"] if dual else ["คะแนน"]
    rows = [head]
    spans = []
    by_tool: dict[str, list[IndicatorSection]] = {}
    for ind in doc.indicators:
        by_tool.setdefault(ind.tool, []).append(ind)
    for tool, inds in by_tool.items():
        first = len(rows)
        for k, ind in enumerate(inds):
            row = [tool if k == 0 else None, st.n(ind.number), st.t(ind.name)]
            if dual:
                row += [st.score(ind.public, "") if ind.dual else "", st.score(ind.survey, "") if ind.dual else ""]
            row.append(st.score(ind.score))
            rows.append(row)
        if len(inds) > 1:
            spans.append(((0, first), (0, first + len(inds) - 1)))
    ratios = [12, 10, 48] + ([12, 12, 12] if dual else [14])
    aligns = ["center", "center", "left"] + ["center"] * (4 if dual else 1)
    return table(rows, ratios, style=st.cell, font_size=TABLE, header_background=HEADER_BG,
                     spans=spans, col_aligns=aligns, valign="middle")


def _indicator_table(st: Styles, ind: IndicatorSection) -> ThaiTable:
    dual = ind.dual
    ncols = 4 if dual else 2
    ratios = [64, 12, 12, 12] if dual else [84, 16]
    rows: list = []
    spans = []
    group_rows = []
    head = [st.t(f"ตัวชี้วัดที่ {ind.number} {ind.name}")] + [None] * (ncols - 2) + [st.score(ind.score)]
    rows.append(head)
    if ncols > 2:
        spans.append(((0, 0), (ncols - 2, 0)))
    tool_head = f"เครื่องมือการประเมิน{ind.tool_name} ({ind.tool})" if ind.tool_name else f"เครื่องมือ {ind.tool}"
    if ind.items:  # an indicator-level year (2564, 2565) has no item rows to head
        rows.append([st.t(tool_head)] + (["Public", "Survey", "คะแนน"] if dual else ["คะแนน"]))
    group_of = {g.code: g for g in ind.groups}
    current = None
    for item in ind.items:
        if item.group and item.group != current and item.group in group_of:
            current = item.group
            g = group_of[current]
            rows.append([st.t(f"{g.code} {g.name}")] + [None] * (ncols - 2) + [st.score(g.score)])
            if ncols > 2:
                spans.append(((0, len(rows) - 1), (ncols - 2, len(rows) - 1)))
        label = [(st.t(item.code) + " ", True), (st.t(item.text), False)]
        if dual:
            mean = None
            if item.public is not None and item.survey is not None:
                mean = (item.public + item.survey) / 2
            rows.append([label, st.score(item.public), st.score(item.survey), st.score(mean)])
        else:
            rows.append([label, st.score(item.score)])
    analysis = [("ข้อบกพร่อง/ข้อปรับปรุง", ind.deficiency), ("ข้อที่ต้องพัฒนา", ind.to_develop),
                ("รักษาระดับ", ind.to_keep)]
    if any(text.strip() for _, text in analysis):
        group_rows.append(len(rows))
        rows.append(["วิเคราะห์ข้อบกพร่อง/ข้อปรับปรุง ข้อที่ต้องพัฒนา หรือรักษาระดับ"])
        for label, text in analysis:
            if not text.strip():
                continue
            rows.append([[(label + " ", True), (st.t(text.strip()), False)]] + [None] * (ncols - 1))
            spans.append(((0, len(rows) - 1), (ncols - 1, len(rows) - 1)))
    t = table(rows, ratios, header_rows=2 if ind.items else 1, style=st.cell, font_size=TABLE,
                      header_background=HEADER_BG, spans=spans, group_rows=group_rows,
                      col_aligns=["left"] + ["center"] * (ncols - 1))
    # the indicator's own heading row reads left, like the seed's "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่  ๙๘.๖๗"
    for r in group_rows:
        t.setStyle([("BACKGROUND", (0, r), (-1, r), SUB_BG)])
    return t


def analysis_story(st: Styles, doc: AnalysisDoc, plan_columns: tuple[str, ...] | None = None,
                   wording: Wording | None = None, plan_wording: Wording | None = None) -> list:
    """``plan_wording``: the next year's plan's own wording (its title, headings and columns print
    in the analysis as in the plan itself)."""
    notes = wording.computed_notes if wording is not None else False
    out = _title(st, doc, wording) + _overall(st, doc, notes)
    out += [Spacer(1, 4), *heading_for_table(st, "ผลการประเมินรายเครื่องมือ"), _tool_table(st, doc),
            Spacer(1, 8), *heading_for_table(st, f"สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. {doc.year}"),
            _summary_table(st, doc)]
    series = doc.series
    if series.years:
        first, last = series.years[0], series.years[-1]
        span = f"{first}–{last}" if first != last else f"{last}"
        out += [Spacer(1, 8), CondPageBreak(260),
                st.p(f"ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. {span}", st.subheading),
                IndicatorChart(st, series, height=230)]
    # An indicator-level year lists no items; an indicator with neither items nor analysis text
    # would be an empty box repeating the summary table, so it is left out.
    detailed = [ind for ind in doc.indicators
                if ind.items or any(t.strip() for t in (ind.deficiency, ind.to_develop, ind.to_keep))]
    if detailed:
        out += heading_for_table(st, f"๒. ข้อมูลรายละเอียดการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสใน"
                                     f"การดำเนินงานของ{doc.unit.name} ประจำปีงบประมาณ พ.ศ. {doc.year} แยกเป็น "
                                     f"{len(detailed)} ตัวชี้วัด ดังต่อไปนี้", st.heading)
    for ind in detailed:
        out += [Spacer(1, 8), _indicator_table(st, ind)]
    if doc.plan is not None and doc.plan.measures:
        switch(out, LANDSCAPE)
        out.append(st.p(f"๓. วิธีการนำผลการวิเคราะห์แต่ละตัวชี้วัดไปสู่การปฏิบัติ ในปีงบประมาณ พ.ศ. "
                        f"{doc.plan.year}", st.heading))
        if plan_columns is None and plan_wording is not None:
            plan_columns = plan_wording.columns
        out += plan_story(st, doc.plan, plan_columns, plan_wording)
        switch(out, PORTRAIT)
    tail = []
    if doc.problems.strip():
        tail += [st.p("การวิเคราะห์ปัญหา/อุปสรรคของหน่วยงานในการดำเนินการประเมินคุณธรรมและความโปร่งใสใน"
                      "การดำเนินงานของหน่วยงานภาครัฐ", st.heading),
                 st.p("ปัญหา/อุปสรรค", st.subheading)]
        tail += st.paras(doc.problems)
    if doc.guidelines.strip():
        tail += [st.p("แนวทางการปรับปรุงเพื่อรักษาระดับคะแนน", st.heading)]
        tail += st.paras(doc.guidelines)
    if doc.recommendations.strip():
        tail += [st.p("ข้อเสนอแนะเพิ่มเติม", st.heading)]
        tail += st.paras(doc.recommendations)
    out += tail
    return out
