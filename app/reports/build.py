"""Print jobs: a DocumentRequest in, PDF bytes out (the CLI and the window both call this)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import _listWrapOn
from sqlalchemy.orm import Session

from app.services.units import find_unit
from app.reports import gather
from app.reports.analysis import analysis_story
from app.reports.comparison import comparison_story
from app.reports.memo import memo_story
from app.reports.model import MemoDoc
from app.reports.options import (
    KIND_ANALYSIS, KIND_COMPARISON, KIND_MEMO, KIND_PLAN, KIND_PROGRESS, KIND_SUMMARY, KIND_TITLES,
    DocumentRequest,
)
from app.reports.pages import (
    LANDSCAPE, MARGINS, MEMO, PORTRAIT, SIZES, build_pdf, frame_width, start_part,
)
from app.reports.plan import plan_story
from app.reports.progress import progress_story, starts_portrait
from app.reports.styles import Styles
from app.reports.summary import summary_story
from app.reports.wording import Wording, names_year, resolve
from app.reports.cover import cover_page, preparer_block
from app.thai.dates import format_round
from app.typeset import ThaiTable, register_font_set, set_custom_words
from app.typeset.breaking import HONORIFICS

Progress = Callable[[float, str], None]


def _frame_height(template: str) -> float:
    _l, _r, top, bottom = MARGINS[template]
    return SIZES[template][1] - top - bottom


UNIT_KINDS = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบต.", "ทต.", "ทม.")


def _place_name(unit_name: str) -> str:
    for kind in UNIT_KINDS:
        if unit_name.startswith(kind):
            return unit_name[len(kind):]
    return unit_name


def _custom_words(unit) -> list[str]:
    """Names the dictionary does not know and that must never be split: the unit's place name,
    district, province, short department names and the people who sign.

    A custom word is broken by the typeset layer only when it alone is wider than the line: then
    at its inner dictionary words (a narrow column's "กองสาธารณสุข|และสิ่งแวดล้อม"), else
    between letters.
    """
    words = {unit.name, _place_name(unit.name), unit.district, unit.province}
    words.update(d.name for d in unit.departments)
    people = [s.name for s in unit.signers]
    for mm in unit.memos:
        people += [str(c.get("signer_name") or "") for c in mm.comments or []]
    for name in people:
        words.update(_without_honorific(part) for part in name.split() if part)
    return sorted(w for w in words if w and len(w) <= 40)


def _without_honorific(word: str) -> str:
    """"นางสาวอัมภพร" → "อัมภพร": the honorific is kept with the name by the typeset layer's
    own rule, and a bare name fits narrow columns that the glued form would overflow."""
    for title in sorted(HONORIFICS, key=len, reverse=True):
        if word.startswith(title) and len(word) > len(title):
            return word[len(title):]
    return word


def _title_of(request: DocumentRequest, wording: Wording, st: Styles) -> str:
    kind = request.kind
    title = wording.title_one_line if kind != KIND_MEMO else KIND_TITLES[kind]
    year = "" if names_year(title) else f" ปีงบประมาณ พ.ศ. {request.year}"  # a title naming its year
    if kind == KIND_PROGRESS:
        return st.t(f"{title}{year} " + format_round(request.year, request.round, st.thai))
    return st.t(f"{title}{year}")


def memo_for(session: Session, request: DocumentRequest, wording: Wording | None = None) -> MemoDoc:
    """The memo a request prints (stored, or drafted from the data): the GUI edits this."""
    kind = request.memo_kind or (request.kind if request.kind != KIND_MEMO else KIND_ANALYSIS)
    covered = {KIND_SUMMARY: KIND_PROGRESS, KIND_COMPARISON: KIND_ANALYSIS}.get(kind, kind)
    rnd = request.round if covered == KIND_PROGRESS else None
    if wording is None:
        wording = resolve(find_unit(session, request.unit), request.with_(kind=covered)
                          if request.kind != KIND_MEMO else request.with_(memo_kind=covered))
    return gather.memo_doc(session, request.unit, covered, request.year, rnd, wording)


@dataclass
class Composition:
    """A print job before layout: the flowables and what the writers need to lay them out.

    The PDF writer (``build_document``) and the Word writer (``app.docx``) both start from this, so
    the two formats say the same things in the same order.
    """

    story: list
    styles: Styles
    first_template: str
    title: str
    author: str
    subject: str
    memo: MemoDoc | None = None
    memo_length: int = 0  # the memo's flowables at the head of ``story``
    wording: Wording | None = None  # the officer's wording of the document (title, headings …)


def compose(session: Session, request: DocumentRequest, progress: Progress | None = None,
            memo: MemoDoc | None = None, font: str | None = None) -> Composition:
    """The flowables of ``request``; with ``with_memo`` (or kind ``memo``) the cover memo comes first.

    ``memo`` overrides the stored/drafted memo (the officer's edited text); ``font`` overrides the
    request's and the unit's font choice.
    """
    request.validate()
    report = progress or (lambda _f, _m: None)
    report(0.0, "รวบรวมข้อมูล")
    unit = find_unit(session, request.unit)
    thai = unit.thai_digits if request.thai_digits is None else request.thai_digits
    fonts = register_font_set(font or request.font or unit.font or "Sarabun")
    st = Styles(fonts, thai)
    set_custom_words(_custom_words(unit))

    wording = resolve(unit, request)
    story: list = []
    first_template = None
    kind = request.kind
    memo_length = 0
    if kind == KIND_MEMO or request.with_memo:
        memo = memo or memo_for(session, request, wording)
        start_part(story, MEMO, "memo")
        first_template = MEMO
        story += memo_story(st, memo, frame_width(MEMO), _frame_height(MEMO))
        memo_length = len(story)
    else:
        memo = None
    report(0.15, "เตรียมเนื้อหา")
    if kind != KIND_MEMO:
        if wording.cover:
            start_part(story, PORTRAIT, "cover")
            first_template = first_template or PORTRAIT
            next_plan = kind == KIND_ANALYSIS and request.include_plan and any(
                p.fiscal_year == request.year + 1 for p in unit.plans)
            story += cover_page(st, gather.unit_info(unit), wording, request, _frame_height(PORTRAIT), next_plan,
                                frame_width(PORTRAIT))
        template, body = _document_story(session, request, st, wording)
        start_part(story, template, kind)
        first_template = first_template or template
        story += body
        if wording.preparer is not None:
            story += _signed(body, preparer_block(st, wording.preparer), frame_width(template))
    return Composition(story, st, first_template, _title_of(request, wording, st), unit.name,
                       f"ITA {request.year} — {unit.name}", memo, memo_length, wording)


def _signed(body: list, block: list, width: float) -> list:
    """The ผู้จัดทำ ``block`` signs what it follows: the last thing printed before it goes with it
    to a new page rather than leave the block alone on one (a table's last row at least). Returns
    what to add after ``body``."""
    # a KeepTogether reports an endless height to force its split: measure what it holds
    flat = [g for f in block for g in (f._content if isinstance(f, KeepTogether) else [f])]
    block_h = _listWrapOn(flat, width, None)[1]
    for f in reversed(body):
        if isinstance(f, Spacer):
            continue
        last, rest = f, block
        if isinstance(f, KeepTogether):   # ReportLab's keep-with-next skips containers: join it
            last = next((g for g in reversed(f._content) if not isinstance(g, Spacer)), f)
            f._content.extend(block)
            rest = []
        if isinstance(last, ThaiTable):
            last.keep_end_with(block_h)
        elif not isinstance(last, (ActionFlowable, KeepTogether)):   # a page break keeps nothing
            last.keepWithNext = True
        return rest
    return block


def build_document(session: Session, request: DocumentRequest, progress: Progress | None = None,
                   memo: MemoDoc | None = None) -> bytes:
    """The PDF for ``request`` (see ``compose``). ``progress`` is called with (fraction 0–1, Thai
    message). The memo is laid out once, with the document (its catchwords are filled in as the
    pages are made)."""
    report = progress or (lambda _f, _m: None)
    job = compose(session, request, report, memo)
    report(0.3, "จัดหน้าเอกสาร")
    pdf = build_pdf(job.story, job.styles, job.first_template, title=job.title, author=job.author,
                    subject=job.subject, progress=report)
    report(1.0, "เสร็จแล้ว")
    return pdf


def _document_story(session: Session, request: DocumentRequest, st: Styles,
                    wording: Wording) -> tuple[str, list]:
    """(the template the document starts on, its flowables)."""
    kind = request.kind
    if kind == KIND_ANALYSIS:
        # the next year's measures print with the plan's own wording (title, headings, columns)
        # and grouping
        plan_wording = resolve(find_unit(session, request.unit),
                               DocumentRequest(KIND_PLAN, request.unit, request.year + 1))
        doc = gather.analysis_doc(session, request.unit, request.year, request.include_plan, plan_wording.layout)
        return PORTRAIT, analysis_story(st, doc, request.columns, wording, plan_wording)
    if kind == KIND_PLAN:
        doc = gather.plan_doc(session, request.unit, request.year, wording.layout)
        return LANDSCAPE, plan_story(st, doc, wording.columns, wording)
    if kind == KIND_PROGRESS:
        doc = gather.progress_doc(session, request.unit, request.year, request.round, wording.layout,
                                  request.include_comparison)
        story = progress_story(st, doc, frame_width(LANDSCAPE), _frame_height(LANDSCAPE),
                               photos=request.photos, columns=wording.columns, wording=wording)
        return (PORTRAIT if starts_portrait(doc) else LANDSCAPE), story
    if kind == KIND_SUMMARY:
        return PORTRAIT, summary_story(st, gather.status_summary_doc(session, request.unit, request.year))
    if kind == KIND_COMPARISON:
        doc = gather.comparison_doc(session, request.unit, request.year, request.compare_year)
        return PORTRAIT, comparison_story(st, doc)
    raise ValueError(f"ไม่รู้จักชนิดเอกสาร “{kind}”")
