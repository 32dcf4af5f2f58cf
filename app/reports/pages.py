"""Page templates and document assembly: A4 portrait, A4 landscape and the memo page, one PDF.

A print job is a list of *parts* (a memo, then the document it covers); each part numbers its own
pages ("- ๒ -" centred at the top from its second page on), as a stack of paper would be numbered.
Page numbers are drawn when a page ends, after a part's first flowable (``PartStart``) has told the
document where the part began.
"""
from __future__ import annotations

import io
from typing import Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.flowables import Flowable

from app.reports.styles import BODY, Styles
from app.typeset import KeepWithNext, draw_thai_line

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
MEMO = "memo"

# (left, right, top, bottom) margins
MARGINS = {
    PORTRAIT: (2.5 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm),
    LANDSCAPE: (1.5 * cm, 1.5 * cm, 2.0 * cm, 1.5 * cm),
    MEMO: (3.0 * cm, 2.0 * cm, 1.5 * cm, 2.0 * cm),
}
SIZES = {PORTRAIT: A4, LANDSCAPE: landscape(A4), MEMO: A4}
PAGE_NUMBER_FROM_TOP = 1.1 * cm


def frame_width(template: str) -> float:
    left, right, _top, _bottom = MARGINS[template]
    return SIZES[template][0] - left - right


class PartStart(Flowable):
    """Zero-size marker: a new part (memo, document) starts on this page."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        self.canv._doctemplate.part_start = self.canv.getPageNumber()


class ReportDocument(BaseDocTemplate):
    def __init__(self, buffer, styles: Styles, *, title: str, author: str, subject: str,
                 first_template: str = PORTRAIT, progress: Callable[[float, str], None] | None = None,
                 continuations: dict[int, str] | None = None):
        super().__init__(
            buffer, pagesize=A4, title=title, author=author, subject=subject, lang="th-TH",
            creator="ITA Desk", producer="ITA Desk (ReportLab)", displayDocTitle=1,
            # otherwise ReportLab declares (unembedded) Helvetica as every page's initial font
            initialFontName=styles.fonts.regular, initialFontSize=12,
            # a heading marked keep-with-next carries only the start of what follows
            keepTogetherClass=KeepWithNext,
        )
        self.styles = styles
        self.part_start = 1
        # memo pages: page number -> the words the next page starts with ("/ข้อเสนอแนะ...")
        self.continuations = continuations or {}
        self.first_text: dict[int, str] = {}
        self._progress = progress
        templates = []
        # ReportLab starts on the first template in the list.
        for name in sorted((MEMO, PORTRAIT, LANDSCAPE), key=lambda n: n != first_template):
            left, right, top, bottom = MARGINS[name]
            w, h = SIZES[name]
            frame = Frame(left, bottom, w - left - right, h - top - bottom, id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=(w, h),
                                          onPageEnd=self._page_end))
        self.addPageTemplates(templates)
        if progress is not None:
            self.setProgressCallBack(self._on_progress)
        self._size_est = 1

    def _on_progress(self, kind, value):
        if kind == "SIZE_EST":
            self._size_est = max(1, value)
        elif kind == "PROGRESS" and self._progress is not None:
            self._progress(0.3 + 0.65 * min(1.0, value / self._size_est), "จัดหน้าเอกสาร")

    def afterFlowable(self, flowable):
        text = getattr(flowable, "text", None)
        if text and self.page not in self.first_text:
            self.first_text[self.page] = text

    def _page_end(self, canvas, doc):
        page = canvas.getPageNumber()
        cont = self.continuations.get(page)
        if cont and self.pageTemplate.id == MEMO:
            # the official form's catchword: the next page's first words at the foot, right
            st = self.styles
            w, _h = canvas._pagesize
            _l, right, _t, bottom = MARGINS[MEMO]
            canvas.saveState()
            draw_thai_line(canvas, w - right, bottom - 16, f"/{cont}...", st.fonts.regular, st.real(BODY),
                           align="right")
            canvas.restoreState()
        number = page - self.part_start + 1
        if number < 2:
            return
        w, h = canvas._pagesize
        canvas.saveState()
        st = self.styles
        draw_thai_line(canvas, w / 2, h - PAGE_NUMBER_FROM_TOP, st.t(f"- {number} -"),
                       st.fonts.regular, st.real(BODY), align="center")
        canvas.restoreState()


def start_part(story: list, template: str, name: str) -> None:
    """Start a part on a new page with ``template`` (the first part uses the document's first
    template) and mark where its page numbering begins."""
    if story:
        story.append(NextPageTemplate(template))
        story.append(PageBreak())
    story.append(PartStart(name))


def switch(story: list, template: str) -> None:
    """Continue the same part on a new page with another template (portrait ↔ landscape)."""
    story.append(NextPageTemplate(template))
    story.append(PageBreak())


def build_pdf(story: list, styles: Styles, first_template: str, *, title: str, author: str,
              subject: str, progress: Callable[[float, str], None] | None = None,
              continuations: dict[int, str] | None = None) -> bytes:
    buf = io.BytesIO()
    doc = ReportDocument(buf, styles, title=title, author=author, subject=subject,
                         first_template=first_template, progress=progress, continuations=continuations)
    doc.build(story)
    return buf.getvalue()


def catchword(text: str, limit: int = 16) -> str:
    """The first word (up to a space) of a page, for the catchword at the foot of the one before."""
    word = text.strip().split()[0] if text.strip() else ""
    return word[:limit]


def memo_continuations(story: list, styles: Styles) -> dict[int, str]:
    """Lay out a memo alone to learn where its pages break: page -> catchword of the next page.

    The memo opens the print job, so its pages break the same way in the full job.
    """
    doc = ReportDocument(io.BytesIO(), styles, title="", author="", subject="", first_template=MEMO)
    doc.build(story)
    pages = sorted(doc.first_text)
    return {p - 1: catchword(doc.first_text[p]) for p in pages if p > 1 and catchword(doc.first_text[p])}
