"""From the database to the plain document models of ``app.reports.model``.

Pure reads: every function takes a Session and returns plain data, so the writers never touch the
database and the GUI can preview or edit what will be printed.
"""
from __future__ import annotations

import datetime as dt
from statistics import fmean

from sqlalchemy.orm import Session

from app.errors import InputError
from app.services.units import find_unit
from app.reports import model as rm
from app.reports.options import LAYOUT_COLUMNS, LAYOUT_ITEMS, LAYOUT_STATUS
from app.services.scoring import ScoreSheet, compute
from app.store import models as m
from app.thai.dates import fiscal_year_bounds, format_date
from app.thai.digits import to_thai_digits

STATUS_LABELS = {
    m.STATUS_IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    m.STATUS_DONE: "ดำเนินการแล้ว",
    m.STATUS_NOT_STARTED: "ยังไม่ดำเนินการ",
}

# Used when no catalogue in the database names them (docs/domain.md, "The framework").
DEFAULT_THEMES = {
    1: "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
    2: "การให้บริการและระบบ E-Service",
    3: "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ",
    4: "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
    5: "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
    6: "กระบวนการควบคุม ตรวจสอบการใช้อำนาจ และการบริหารงานบุคคล",
    7: "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
}
DEFAULT_INDICATORS = {
    1: ("IIT", "การปฏิบัติหน้าที่"), 2: ("IIT", "การใช้งบประมาณ"), 3: ("IIT", "การใช้อำนาจ"),
    4: ("IIT", "การใช้ทรัพย์สินของราชการ"), 5: ("IIT", "การแก้ไขปัญหาการทุจริต"),
    6: ("EIT", "คุณภาพการดำเนินงาน"), 7: ("EIT", "ประสิทธิภาพการสื่อสาร"),
    8: ("EIT", "การปรับปรุงการทำงาน"), 9: ("OIT", "การเปิดเผยข้อมูล"), 10: ("OIT", "การป้องกันการทุจริต"),
}


def unit_info(unit: m.Unit) -> rm.UnitInfo:
    return rm.UnitInfo(
        name=unit.name, kind=unit.kind, district=unit.district, province=unit.province,
        phone=unit.phone, doc_prefix=unit.doc_prefix, head_title=unit.head_title,
        garuda_png=unit.garuda_png, departments=[d.name for d in unit.departments],
        office=unit.office,
    )


def _assessment(unit: m.Unit, year: int) -> m.Assessment | None:
    return next((a for a in unit.assessments if a.fiscal_year == year), None)


def _require_assessment(unit: m.Unit, year: int) -> m.Assessment:
    a = _assessment(unit, year)
    if a is None:
        years = ", ".join(str(x.fiscal_year) for x in unit.assessments) or "ไม่มี"
        raise InputError(f"หน่วยงาน “{unit.name}” ไม่มีผลการประเมินปีงบประมาณ {year} (มี: {years})")
    return a


def _require_plan(unit: m.Unit, year: int) -> m.MeasurePlan:
    plan = next((p for p in unit.plans if p.fiscal_year == year), None)
    if plan is None:
        years = ", ".join(str(p.fiscal_year) for p in unit.plans) or "ไม่มี"
        raise InputError(f"หน่วยงาน “{unit.name}” ไม่มีมาตรการปีงบประมาณ {year} (มี: {years})")
    return plan


def _section(a: m.Assessment | None, kind: str) -> str:
    if a is None:
        return ""
    return next((s.text for s in a.sections if s.kind == kind), "")


def _score_for(ind) -> float | None:
    return ind.value.effective


def year_series(unit: m.Unit, years: list[int] | None = None) -> rm.YearSeries:
    """Indicator scores (published where typed, else computed) for every year on record."""
    names: dict[int, str] = {}
    scores: dict[int, dict[int, float | None]] = {}
    overall: dict[int, float | None] = {}
    levels: dict[int, str | None] = {}
    for a in sorted(unit.assessments, key=lambda a: a.fiscal_year):
        if years is not None and a.fiscal_year not in years:
            continue
        sheet = compute(a)
        scores[a.fiscal_year] = {i.number: _score_for(i) for i in sheet.indicators}
        for i in sheet.indicators:
            names[i.number] = i.name
        overall[a.fiscal_year] = sheet.overall.effective
        levels[a.fiscal_year] = sheet.level
    return rm.YearSeries(sorted(scores), names, scores, overall, levels)


def analysis_doc(session: Session, unit_name: str, year: int, include_plan: bool = True,
                 plan_grouping: str | None = None) -> rm.AnalysisDoc:
    """The analysis of ``year``; with the next year's measures grouped by ``plan_grouping`` (the
    plan document's stored grouping; None: the plan's own)."""
    unit = find_unit(session, unit_name)
    a = _require_assessment(unit, year)
    sheet: ScoreSheet = compute(a)
    tool_names = {t.code: t.name for t in sheet.tools}
    analyses = {x.indicator_number: x for x in a.analyses}
    sections = []
    for ind in sheet.indicators:
        an = analyses.get(ind.number)
        sections.append(rm.IndicatorSection(
            number=ind.number, name=ind.name, tool=ind.tool, tool_name=tool_names.get(ind.tool, ""),
            score=ind.value.effective, computed=ind.value.computed,
            public=ind.public.effective if ind.public else None,
            survey=ind.survey.effective if ind.survey else None,
            items=[rm.ItemRow(i.code, i.text, i.score, i.public, i.survey, i.dual, i.group) for i in ind.items],
            groups=[rm.GroupRow(g.code, g.name, g.value.effective, g.value.computed) for g in ind.groups],
            deficiency=an.deficiency if an else "", to_develop=an.to_develop if an else "",
            to_keep=an.to_keep if an else "",
        ))
    plan = None
    if include_plan and any(p.fiscal_year == year + 1 for p in unit.plans):
        plan = plan_doc(session, unit_name, year + 1, plan_grouping)
    # the chart runs up to the year reported on, as seed 003's 2564–2568 does for 2568
    history = [x.fiscal_year for x in unit.assessments if x.fiscal_year <= year]
    return rm.AnalysisDoc(
        unit=unit_info(unit), year=year,
        overall=sheet.overall.effective, overall_computed=sheet.overall.computed,
        level=sheet.level, level_computed=sheet.level_computed, note=a.note,
        tools=[rm.ToolRow(t.code, t.name, t.value.effective, t.value.computed) for t in sheet.tools],
        indicators=sections, series=year_series(unit, history), plan=plan,
        problems=_section(a, m.SECTION_PROBLEMS), guidelines=_section(a, m.SECTION_GUIDELINES),
        recommendations=_section(a, m.SECTION_RECOMMENDATIONS),
    )


def _catalogue_near(unit: m.Unit, year: int) -> m.Catalogue | None:
    """The catalogue of the latest assessment not after ``year`` (else the earliest one)."""
    before = [a for a in unit.assessments if a.fiscal_year <= year]
    pool = before or list(unit.assessments)
    if not pool:
        return None
    return max(pool, key=lambda a: a.fiscal_year).catalogue if before else pool[0].catalogue


def _theme_names(cat: m.Catalogue | None) -> dict[int, str]:
    names = dict(DEFAULT_THEMES)
    if cat is not None:
        for t in cat.themes or []:
            names[int(t["number"])] = t["name"]
    return names


def _indicator_names(cat: m.Catalogue | None) -> dict[int, tuple[str, str]]:
    names = dict(DEFAULT_INDICATORS)
    if cat is not None:
        for ind in cat.indicators:
            names[ind.number] = (ind.tool_code, ind.name)
    return names


def period_text(ms: m.Measure) -> str:
    if ms.period_text.strip():
        return ms.period_text.strip()
    if ms.period_start and ms.period_end:
        return f"{format_date(ms.period_start)} - {format_date(ms.period_end)}"
    if ms.period_start:
        return f"ตั้งแต่ {format_date(ms.period_start)}"
    if ms.period_end:
        return f"{format_date(fiscal_year_bounds(ms.plan.fiscal_year)[0])} - {format_date(ms.period_end)}"
    return ""


def whole_year(year: int) -> str:
    """"๑ ตุลาคม ๒๕๖๘ - ๓๐ กันยายน ๒๕๖๙": the period of a measure that names none."""
    start, end = fiscal_year_bounds(year)
    return f"{format_date(start)} - {format_date(end)}"


def _measure_row(ms: m.Measure, round_: int | None) -> rm.MeasureRow:
    row = rm.MeasureRow(
        position=ms.position, title=ms.title, indicator=ms.indicator_number, theme=ms.theme_number,
        finding=ms.finding, steps=ms.steps, period=period_text(ms),
        responsible="\n".join(str(r) for r in ms.responsible or []),
        related_items=[str(c) for c in ms.related_items or []], monitoring=ms.monitoring,
    )
    if round_ is not None:
        pr = next((p for p in ms.progress if p.round == round_), None)
        if pr is not None:
            row.status = pr.status
            row.summary, row.outcome, row.remarks = pr.summary, pr.outcome, pr.remarks
            row.photos = [rm.PhotoEntry(ph.data, ph.caption, ph.mime, ph.width, ph.height) for ph in pr.photos]
        else:
            row.status = m.STATUS_NOT_STARTED
    return row


def _score_text(score: float | None) -> str:
    return "-" if score is None else f"{score:.2f}"


def _group_measures(unit: m.Unit, plan: m.MeasurePlan, grouping: str, round_: int | None,
                    score_year: int | None) -> list[rm.MeasureGroup]:
    cat = _catalogue_near(unit, plan.fiscal_year)
    scores: dict[int, float | None] = {}
    a = _assessment(unit, score_year) if score_year else None
    if a is not None:
        scores = {i.number: _score_for(i) for i in compute(a).indicators}
        cat = a.catalogue
    notes = {}
    if round_ is not None:
        for n in plan.notes:
            if n.round == round_ and (n.indicator_number is not None or n.theme_number is not None):
                key = n.indicator_number if grouping == m.GROUP_BY_INDICATOR else n.theme_number
                notes[key] = (notes[key] + "\n" + n.text) if key in notes else n.text
    groups: dict[int | None, rm.MeasureGroup] = {}
    ind_names = _indicator_names(cat)
    theme_names = _theme_names(cat)
    for ms in plan.measures:
        key = ms.indicator_number if grouping == m.GROUP_BY_INDICATOR else ms.theme_number
        if key not in groups:
            if key is None:
                heading, tool = "มาตรการอื่น ๆ", ""
            elif grouping == m.GROUP_BY_INDICATOR:
                tool, name = ind_names.get(key, ("", ""))
                heading = f"ตัวชี้วัดที่ {key} {name}".strip()
                if key in scores and scores[key] is not None:
                    heading += f" ({_score_text(scores[key])} คะแนน)"
            else:
                tool = ""
                heading = f"ประเด็นที่ {key} {theme_names.get(key, '')}".strip()
            groups[key] = rm.MeasureGroup(key, heading, [], notes.get(key, ""), tool)
        groups[key].rows.append(_measure_row(ms, round_))

    # Groups keep the order of their first measure: the officer's order is the seed's order. A
    # plan entered by indicator and printed by theme (or the other way) has no such order for
    # the other grouping: its groups follow their numbers ("ประเด็นที่ ๑ … ๗"), the rest last.
    if grouping == plan.grouping:
        return list(groups.values())
    return sorted(groups.values(), key=lambda g: (g.key is None, g.key or 0))


def plan_doc(session: Session, unit_name: str, year: int, grouping: str | None = None) -> rm.PlanDoc:
    unit = find_unit(session, unit_name)
    plan = _require_plan(unit, year)
    grouping = grouping or plan.grouping
    score_year = year - 1 if _assessment(unit, year - 1) else None
    groups = _group_measures(unit, plan, grouping, None, score_year)
    # the plan's period column is never empty: a measure with no period runs through the year
    for row in (r for g in groups for r in g.rows):
        row.period = row.period or whole_year(year)
    return rm.PlanDoc(unit_info(unit), year, grouping, plan.intro, groups, score_year)


def round_summary(plan: m.MeasurePlan, round_: int, groups: list[rm.MeasureGroup] | None = None) -> rm.RoundSummary:
    """Counts per status for one round (a measure with no progress row counts as not started)."""
    def count(rows: list[str]) -> dict[str, int]:
        out = {s: 0 for s in m.STATUSES}
        for s in rows:
            out[s if s in out else m.STATUS_NOT_STARTED] += 1
        return out

    statuses = []
    for ms in plan.measures:
        pr = next((p for p in ms.progress if p.round == round_), None)
        statuses.append(pr.status if pr else m.STATUS_NOT_STARTED)
    by_group = []
    for g in groups or []:
        st = [r.status or m.STATUS_NOT_STARTED for r in g.rows]
        by_group.append((g.heading, len(st), count(st)))
    return rm.RoundSummary(round_, len(statuses), count(statuses), by_group)


def default_layout(plan: m.MeasurePlan, round_: int) -> str:
    """The seed layout that fits the data: narratives → status columns (004), else columns."""
    if any(n.round == round_ and n.indicator_number is not None for n in plan.notes):
        return LAYOUT_STATUS
    return LAYOUT_COLUMNS


def progress_doc(session: Session, unit_name: str, year: int, round_: int = 12,
                 layout: str | None = None, include_comparison: bool = False) -> rm.ProgressDoc:
    unit = find_unit(session, unit_name)
    plan = _require_plan(unit, year)
    layout = layout or default_layout(plan, round_)
    grouping = plan.grouping
    if layout == LAYOUT_ITEMS:
        grouping = m.GROUP_BY_THEME if any(ms.theme_number for ms in plan.measures) else plan.grouping
    elif layout == LAYOUT_STATUS:
        grouping = m.GROUP_BY_INDICATOR if any(ms.indicator_number for ms in plan.measures) else plan.grouping
    groups = _group_measures(unit, plan, grouping, round_, None)
    # As on the plan, a measure with no period runs through the year; the period column is only
    # printed when some measure has one (seed 000 has none), so only then is the year filled in.
    rows = [r for g in groups for r in g.rows]
    if any(r.period for r in rows):
        for r in rows:
            r.period = r.period or whole_year(year)
    # Related items are shown with the score of the year being reported on if it is known,
    # else with the score that led to the measure (the year before).
    item_year = year if _assessment(unit, year) else (year - 1 if _assessment(unit, year - 1) else None)
    item_scores: dict[str, rm.ItemScore] = {}
    if item_year is not None:
        for ind in compute(_assessment(unit, item_year)).indicators:
            for it in ind.items:
                score = it.score
                if it.dual and it.public is not None and it.survey is not None:
                    score = fmean([it.public, it.survey])
                item_scores[it.code] = rm.ItemScore(it.code, it.text, score)
    comparison = None
    if include_comparison and len(unit.assessments) >= 1:
        last = max((a.fiscal_year for a in unit.assessments if a.fiscal_year <= year), default=None)
        if last is not None:
            comparison = comparison_doc(session, unit_name, last)
    general = "\n".join(n.text for n in plan.notes if n.round == round_
                         and n.indicator_number is None and n.theme_number is None)
    return rm.ProgressDoc(
        unit=unit_info(unit), year=year, round=round_, layout=layout, intro=plan.intro, note=general,
        groups=groups, item_scores=item_scores, item_year=item_year,
        summary=round_summary(plan, round_, groups), comparison=comparison,
    )


def status_summary_doc(session: Session, unit_name: str, year: int) -> rm.StatusSummaryDoc:
    unit = find_unit(session, unit_name)
    plan = _require_plan(unit, year)
    rounds = []
    for r in (6, 12):
        groups = _group_measures(unit, plan, plan.grouping, r, None)
        rounds.append(round_summary(plan, r, groups))
    return rm.StatusSummaryDoc(unit_info(unit), year, rounds)


def comparison_doc(session: Session, unit_name: str, year: int, compare_year: int | None = None) -> rm.ComparisonDoc:
    unit = find_unit(session, unit_name)
    a = _require_assessment(unit, year)
    if compare_year is None:
        earlier = [x.fiscal_year for x in unit.assessments if x.fiscal_year < year]
        compare_year = max(earlier) if earlier else year - 1
    _require_assessment(unit, compare_year)
    series = year_series(unit, [compare_year, year])
    return rm.ComparisonDoc(unit_info(unit), (compare_year, year), series,
                            _section(a, m.SECTION_RECOMMENDATIONS))


# --- memos -------------------------------------------------------------------------------------


def _memo_score(mm: m.Memo, kind: str, year: int, round_: int | None) -> int | None:
    """How well a stored memo fits the document asked for (None: not at all)."""
    if kind == "plan":
        if mm.document_kind == "plan" and mm.fiscal_year == year:
            return 3
        if mm.document_kind == "analysis" and mm.fiscal_year == year - 1:
            return 2  # seed 003: one memo covers the analysis and the next year's measures
        return None
    if mm.document_kind != kind:
        return None
    if mm.fiscal_year not in (year, None):
        return None
    score = 2 if mm.fiscal_year == year else 1
    if kind == "progress" and round_ is not None:
        if mm.round == round_:
            score += 2
        elif mm.round is not None:
            return None
    return score


def find_memo(unit: m.Unit, kind: str, year: int, round_: int | None = None) -> m.Memo | None:
    best, best_score = None, None
    for mm in unit.memos:
        s = _memo_score(mm, kind, year, round_)
        if s is not None and (best_score is None or s > best_score):
            best, best_score = mm, s
    return best


def _role_signer(unit: m.Unit, role: str) -> m.Signer | None:
    return next((s for s in unit.signers if s.role == role), None)


def _memo_signer(unit: m.Unit) -> m.Signer | None:
    """Who signs a drafted memo: the officer, else the first signer who does not comment."""
    return _role_signer(unit, m.ROLE_OFFICER) or next(
        (s for s in unit.signers if s.role not in (m.ROLE_CHIEF, m.ROLE_HEAD)), None)


def _comment_role(title: str) -> str | None:
    """The role whose comment block a title opens ("ความเห็นปลัด…" → chief, "ความเห็นนายก…" → head)."""
    if "ปลัด" in title:
        return m.ROLE_CHIEF
    if "นายก" in title:
        return m.ROLE_HEAD
    return None


def _completed_comment(unit: m.Unit, c: rm.MemoComment) -> rm.MemoComment:
    """A comment block with its signer filled from the unit's signers when the memo left the
    name empty; the signer's scanned signature travels with the name."""
    signer = None
    if c.signer_name.strip():
        signer = next((s for s in unit.signers if s.name == c.signer_name.strip()), None)
    else:
        role = _comment_role(c.title)
        signer = _role_signer(unit, role) if role else None
        if signer is not None:
            c.signer_name = signer.name
            if not c.positions:
                c.positions = [str(p) for p in signer.positions or []]
        elif role == m.ROLE_CHIEF and not c.positions:
            c.positions = [_chief_title(unit)]
        elif role == m.ROLE_HEAD and not c.positions and unit.head_title:
            c.positions = [unit.head_title]
    if signer is not None:
        c.signature = signer.signature_png
    return c


def _memo_from_row(unit: m.Unit, mm: m.Memo) -> rm.MemoDoc:
    # A stored memo that names no signer is signed as a drafted one is: by the unit's ผู้เสนอบันทึก
    # (seed 003's memo was stored before anyone was on the list of signers).
    signer = mm.signer or _memo_signer(unit)
    info = unit_info(unit)
    # A memo stored with ส่วนราชการ left empty prints the unit's own (with its phone), as a drafted
    # one does: a signed memo never goes out with that line blank; an empty ที่ gets the unit's
    # prefix for the registry to complete, as on a drafted memo.
    number = (mm.number or "").strip() or (f"{unit.doc_prefix}/" if unit.doc_prefix else "")
    return rm.MemoDoc(
        unit=info, office=(mm.office or "").strip() or info.office_line, number=number, date=mm.date,
        subject=mm.subject, addressee=mm.addressee or unit.head_title, body_form=mm.body_form,
        sections=[rm.MemoSection(str(s.get("heading") or ""), str(s.get("text") or "")) for s in mm.sections or []],
        signer_name=signer.name if signer else "", signer_positions=list(signer.positions) if signer else [],
        comments=[_completed_comment(unit, rm.MemoComment(
                      str(c.get("title") or ""), str(c.get("text") or ""), str(c.get("signer_name") or ""),
                      [str(p) for p in c.get("positions") or []]))
                  for c in mm.comments or []],
        signer_signature=signer.signature_png if signer else None,
    )


def _chief_title(unit: m.Unit) -> str:
    return "ปลัด" + unit.name


def draft_subject(unit: m.Unit, kind: str, year: int, round_: int | None, title: str | None = None) -> str:
    """The memo's เรื่อง for a document: the report's title (the officer's wording when given),
    the unit and the year."""
    from app.reports.wording import DEFAULT_TITLES, names_year

    be = to_thai_digits(str(year))
    title = " ".join(x.strip() for x in (title or "").split("\n") if x.strip())
    of_unit = "" if unit.name in title else f" ของ{unit.name}"  # a title may name the unit itself
    if kind == "analysis":
        return f"{title or DEFAULT_TITLES['analysis']}{of_unit} ประจำปีงบประมาณ พ.ศ. {be}"
    if kind == "plan":
        base = title or DEFAULT_TITLES["plan"] + "หน่วยงาน"
        return f"{base}{of_unit} ประจำปีงบประมาณ พ.ศ. {be}"
    if kind == "progress":
        rnd = to_thai_digits(str(round_ or 12))
        title = title or DEFAULT_TITLES['progress']
        year = "" if names_year(title) else f" ประจำปีงบประมาณ พ.ศ. {be}"  # seed 002's title names it
        return f"{title}{year} รอบ {rnd} เดือน"
    return (f"{title or 'รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน'} "
            f"ประจำปีงบประมาณ พ.ศ. {be}")


def draft_memo(unit: m.Unit, kind: str, year: int, round_: int | None = None, wording=None) -> rm.MemoDoc:
    """A memo prefilled from the data, in the short form, for a document with no stored memo.

    ส่วนราชการ is the unit's own (with its phone); the date the officer's, else one in the
    document's own period; เรื่อง the report's title; the comment blocks carry the unit's ปลัด
    and นายก when they are on its list of signers.
    """
    from app.reports.wording import default_date

    be = to_thai_digits(str(year))
    info = unit_info(unit)
    subject = (wording.subject if wording is not None and wording.subject else None) or draft_subject(
        unit, kind, year, round_, wording.title if wording is not None else None)
    what = subject
    sections = [
        rm.MemoSection("", f"ตามที่ {unit.name} ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ"
                           f"หน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ "
                           f"พ.ศ. {be} นั้น"),
        rm.MemoSection("", f"บัดนี้ ได้จัดทำ{what} เสร็จเรียบร้อยแล้ว รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้"),
        rm.MemoSection("", "จึงเรียนมาเพื่อโปรดทราบ"),
    ]
    signer = _memo_signer(unit)
    chief = _role_signer(unit, m.ROLE_CHIEF)
    comments = [rm.MemoComment(f"ความเห็น{chief.positions[0] if chief and chief.positions else _chief_title(unit)}")]
    head = _role_signer(unit, m.ROLE_HEAD)
    if head is not None or unit.head_title:
        comments.append(rm.MemoComment(
            f"ความเห็น{head.positions[0] if head and head.positions else unit.head_title}"))
    date = wording.date if wording is not None and wording.date else default_date(kind, year, round_)
    return rm.MemoDoc(
        unit=info, office=info.office_line, number=f"{unit.doc_prefix}/" if unit.doc_prefix else "",
        date=date, subject=subject, addressee=unit.head_title, body_form="short",
        sections=sections, signer_name=signer.name if signer else "",
        signer_positions=list(signer.positions) if signer else [],
        comments=[_completed_comment(unit, c) for c in comments],
        signer_signature=signer.signature_png if signer else None,
    )


def memo_doc(session: Session, unit_name: str, kind: str, year: int, round_: int | None = None,
             wording=None) -> rm.MemoDoc:
    """The stored memo covering this document, or a draft prefilled from the data.

    ``wording`` (app.reports.wording.Wording) carries the officer's subject and date for this
    print; they override a stored memo's too.
    """
    unit = find_unit(session, unit_name)
    mm = find_memo(unit, kind, year, round_)
    if mm is None:
        return draft_memo(unit, kind, year, round_, wording)
    doc = _memo_from_row(unit, mm)
    if wording is not None:
        if wording.subject:
            doc.subject = wording.subject
        if wording.date_forced:
            doc.date = wording.date
    if doc.date is None:
        from app.reports.wording import default_date

        doc.date = default_date(kind, year, round_)
    return doc
