"""Page templates and document assembly: A4 portrait, A4 landscape and the memo page, one PDF.

A print job is a list of *parts* (a memo, then the document it covers); each part numbers its own
pages ("- ๒ -" centred at the top from its second page on), as a stack of paper would be numbered.
A page's number, and a memo page's catchword, are its *furniture*: drawn when the page ends (a
part's first flowable, ``PartStart``, has told the document where the part began), then moved in
the page's stream to its last *safe point*, where no text goes on in what follows, so a text
continued on the next page is read whole (readers read in drawing order: see
app/typeset/readingorder.py). Where they stand on the page does not change.

A memo page that the memo continues past carries the official form's catchword at its foot: the
next page's first words. The page ends before those words are known, so the foot draws a PDF form
that is filled in once the next page's first text is placed (ReportLab resolves forms at save);
the memo is laid out once.
"""
from __future__ import annotations

import io
from typing import Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable

from app.reports.styles import BODY, Styles
from app.typeset import KeepWithNext, draw_thai_line
from app.typeset.keep import PageRules
from app.typeset.readingorder import carries_out, joins_next

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


class ReportDocument(PageRules, BaseDocTemplate):
    def __init__(self, buffer, styles: Styles, *, title: str, author: str, subject: str,
                 first_template: str = PORTRAIT, progress: Callable[[float, str], None] | None = None):
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
        # the catchword form a memo page drew at its foot, waiting for the next page's first
        # words: (form name, page, page size, drawn as outlines)
        self._pending_catchword: tuple[str, int, tuple[float, float], bool] | None = None
        # reading order (app/typeset/readingorder.py): whether the text drawn last goes on in what
        # comes next, and where on this page's stream the furniture may go (code index, matrix)
        self._open = False
        self._safe: tuple[int, tuple] | None = None
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
        if not isinstance(flowable, (ActionFlowable, PageBreak, PartStart, Spacer)):
            self._open = carries_out(flowable) or joins_next(flowable)
        if not self._open:
            self.mark_safe_point(self.canv)
        pending = self._pending_catchword
        if pending is None or self.page <= pending[1]:
            return
        if isinstance(flowable, PartStart):
            self._fill_catchword("")  # a new part: the memo ended on the page before
            return
        text = getattr(flowable, "text", None)
        if isinstance(text, list):  # runs of (text, bold)
            text = "".join(t for t, _b in text)
        if isinstance(text, str) and text.strip():
            self._fill_catchword(catchword(text))

    def _fill_catchword(self, word: str) -> None:
        """Define the form the previous memo page drew at its foot: "/word..." at the right."""
        name, _page, (w, h), outlines = self._pending_catchword
        self._pending_catchword = None
        c = self.canv
        c.beginForm(name, 0, 0, w, h)
        if word:
            _l, right, _t, bottom = MARGINS[MEMO]
            st = self.styles
            draw_thai_line(c, w - right, bottom - 16, f"/{word}...", st.fonts.regular, st.real(BODY),
                           align="right", outlines=outlines)
        c.endForm()

    def _endBuild(self):
        # the last page's catchword form must exist before the file is written
        self._doSave = 0
        super()._endBuild()
        if self._pending_catchword is not None:
            self._fill_catchword("")
        self.canv.save()

    def handle_pageBegin(self):
        super().handle_pageBegin()
        self._safe = None
        if not self._open:   # the page does not start with the rest of a text
            self.mark_safe_point(self.canv)

    def mark_safe_point(self, canvas) -> None:
        """Nothing drawn so far on this page goes on in what is drawn next: the page's furniture
        may be read here (the last such point of the page is used)."""
        self._safe = (len(canvas._code), canvas._currentMatrix)

    def _page_end(self, canvas, doc):
        if self._pending_catchword is not None:  # a page with no text at all
            self._fill_catchword("")
        page = canvas.getPageNumber()
        safe = self._safe
        # no safe point: the page lies inside one text from its first line to its last; its
        # furniture is drawn as outlines, which readers do not read
        outlines = safe is None
        start = len(canvas._code)
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        if self.pageTemplate.id == MEMO:
            name = f"catchword{page}"
            canvas.doForm(name)
            self._pending_catchword = (name, page, tuple(canvas._pagesize), outlines)
        number = page - self.part_start + 1
        if number >= 2:
            w, h = canvas._pagesize
            st = self.styles
            draw_thai_line(canvas, w / 2, h - PAGE_NUMBER_FROM_TOP, st.t(f"- {number} -"),
                           st.fonts.regular, st.real(BODY), align="center", outlines=outlines)
        canvas.restoreState()
        if safe is not None:
            move_to_safe_point(canvas, start, *safe)


def move_to_safe_point(canvas, start: int, at: int, matrix: tuple) -> None:
    """Move what the page's stream holds from ``start`` on (drawn in page coordinates) to index
    ``at``, where the current matrix was ``matrix``."""
    code = canvas._code
    block = code[start:]
    del code[start:]
    a, b, c, d, e, f = matrix
    if matrix != (1, 0, 0, 1, 0, 0):
        det = a * d - b * c
        inverse = (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)
        block = ["q " + fp_str(*inverse) + " cm"] + block + ["Q"]
    code[at:at] = block


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
              subject: str, progress: Callable[[float, str], None] | None = None) -> bytes:
    buf = io.BytesIO()
    doc = ReportDocument(buf, styles, title=title, author=author, subject=subject,
                         first_template=first_template, progress=progress)
    doc.build(story)
    return buf.getvalue()


def catchword(text: str, limit: int = 16) -> str:
    """The first word (up to a space) of a page, for the catchword at the foot of the one before."""
    word = text.strip().split()[0] if text.strip() else ""
    return word[:limit]
