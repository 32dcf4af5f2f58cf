"""The Word writer: a print job's flowables (the very ones the PDF is laid out from) as a .docx.

Walking the composed story rather than the document models keeps the two formats saying the same
things in the same order for every kind and layout. Each flowable has a Word twin: a Thai paragraph
becomes a paragraph in a Thai-named style; a table a Word table (fixed column widths, merged spans,
shaded header rows that repeat on every page, rows allowed to split); a photo grid a borderless table
of pictures and captions; a change of page template a new section (A4 portrait, landscape, or the
memo's margins) whose header prints "- ๒ -" from a part's second page; the memo's own flowables their
Word forms (tab stops with dotted leaders; see ``memo.py``). A drawing with no Word twin (the score
chart) is placed as a 200 dpi picture of exactly what the PDF draws.
"""
from __future__ import annotations

import io
import logging

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table
from reportlab.platypus.flowables import Flowable, Image

from app.docx import memo as memo_parts
from app.docx import ooxml, styles
from app.docx.picture import image_bytes, rasterize
from app.reports.pages import MARGINS, SIZES, PartStart, frame_width
from app.reports.styles import SMALL, Styles
from app.typeset import ThaiParagraph, ThaiTable

log = logging.getLogger(__name__)

GRID_EIGHTHS = 4  # ½ pt grid lines, as the PDF's tables
TEXT_ALIGN = {"LEFT": "left", "CENTER": "center", "CENTRE": "center", "RIGHT": "right",
              "JUSTIFY": "justify", "DECIMAL": "right"}


class Container:
    """Where flowables go: the document body or a table cell (whose first, empty paragraph is
    used before any new one is added)."""

    def __init__(self, target, *, in_cell: bool):
        self.target = target
        self.in_cell = in_cell
        self._fresh = target.paragraphs[0] if in_cell else None

    def paragraph(self):
        if self._fresh is not None:
            p, self._fresh = self._fresh, None
            return p
        return self.target.add_paragraph()

    def table(self, rows: int, cols: int):
        if self.in_cell:
            return self.target.add_table(rows, cols)
        return self.target.add_table(rows=rows, cols=cols)


class WordWriter:
    def __init__(self, st: Styles, font: styles.WordFont):
        self.st = st
        self.font = font
        self.doc = Document()
        styles.install(self.doc, st, font)
        self.twins = styles.twins(st)
        self.bases = styles.base_styles(st)
        self.template: str | None = None
        self.next_template: str | None = None
        self.section = None
        self.space = 0.0  # room asked for by spacers, given to the next paragraph
        self.keep_together = 0

    # --- document and sections --------------------------------------------------------------
    def write(self, story: list, first_template: str) -> bytes:
        self._start_section(first_template, first=True)
        self.walk(story, Container(self.doc, in_cell=False))
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _start_section(self, template: str, *, first: bool = False) -> None:
        section = self.doc.sections[0] if first else self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = SIZES[template]
        section.orientation = WD_ORIENT.LANDSCAPE if width > height else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Pt(width), Pt(height)
        left, right, top, bottom = MARGINS[template]
        section.left_margin, section.right_margin = Pt(left), Pt(right)
        section.top_margin, section.bottom_margin = Pt(top), Pt(bottom)
        section.header_distance = Pt(0.7 * 28.35)
        section.different_first_page_header_footer = False
        ooxml.set_page_numbering(section, restart=False, thai_digits=self.st.thai)
        header = section.header
        header.is_linked_to_previous = False
        p = header.paragraphs[0]
        p.style = self.doc.styles[styles.PAGE_NUMBER_STYLE]
        p.add_run("- ")
        ooxml.add_field(p, "PAGE", self.st.n(2))
        p.add_run(" -")
        first_header = section.first_page_header
        first_header.is_linked_to_previous = False
        self.section = section
        self.template = template

    def _part_starts(self) -> None:
        """The current section opens a part: its numbering restarts and its first page has none."""
        self.section.different_first_page_header_footer = True
        ooxml.set_page_numbering(self.section, restart=True, thai_digits=self.st.thai)

    @property
    def width(self) -> float:
        return frame_width(self.template)

    # --- the walk -----------------------------------------------------------------------------
    def walk(self, flowables, where: Container, width: float | None = None) -> None:
        for f in flowables:
            self.flowable(f, where, width)

    def flowable(self, f, where: Container, width: float | None = None) -> None:
        width = width or self.width
        if isinstance(f, (list, tuple)):
            self.walk(f, where, width)
        elif isinstance(f, str):
            if f.strip():
                self._plain_text(f, where)
        elif isinstance(f, NextPageTemplate):
            self.next_template = f.action[1]
        elif isinstance(f, PageBreak):
            self._page_break(where)
        elif isinstance(f, PartStart):
            self._part_starts()
        elif isinstance(f, CondPageBreak):
            pass  # Word keeps headings with what follows by keep-with-next
        elif isinstance(f, Spacer):
            self.space += f.height
        elif isinstance(f, KeepTogether):
            self.keep_together += 1
            content = list(f._content)
            for k, inner in enumerate(content):
                if k == len(content) - 1:
                    self.keep_together -= 1
                self.flowable(inner, where, width)
        elif isinstance(f, ThaiParagraph):
            self.paragraph(f, where)
        elif isinstance(f, Table):
            self.table(f, where, width)
        elif isinstance(f, Image):
            self.image(f, where)
        elif memo_parts.handles(f):
            memo_parts.write(self, f, where, width)
        elif isinstance(f, Flowable):
            self._drawing(f, where, width)

    def _page_break(self, where: Container) -> None:
        template = self.next_template or self.template
        self.next_template = None
        if not where.in_cell:
            self._start_section(template)
        self.space = 0.0

    # --- paragraphs ---------------------------------------------------------------------------
    def paragraph(self, tp: ThaiParagraph, where: Container):
        ps = tp.style
        name = self.twins.get(ps) or styles.nearest(ps, where.in_cell)
        base = self.bases[name]
        p = where.paragraph()
        p.style = self.doc.styles[name]
        styles.apply_paragraph(p.paragraph_format, ps, base, font=self.font)
        if ps.align != base.align:
            ooxml.set_alignment(p._p.get_or_add_pPr(), ps.align)
        self._take_space(p, ps.space_before)
        if self.keep_together:
            p.paragraph_format.keep_with_next = True
        for text, bold in tp.runs:
            self._runs(p, text, size=ps.size if ps.size != base.size else None,
                       bold=bold if bold != base.bold else None)
        return p

    def _take_space(self, p, own: float) -> None:
        if self.space:
            p.paragraph_format.space_before = Pt(own + self.space)
            self.space = 0.0

    def _runs(self, p, text: str, *, size: float | None = None, bold: bool | None = None) -> None:
        """``text`` as runs of ``p``: a newline in the text is a line break, as in the PDF."""
        lines = text.split("\n")
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)
            if size is not None or bold is not None:
                ooxml.set_run_font(ooxml.run_properties(run), self.font.name,
                                   self.font.size(size) if size is not None else None, bold)

    def _plain_text(self, text: str, where: Container) -> None:
        p = where.paragraph()
        p.style = self.doc.styles[styles.CELL_STYLE if where.in_cell else styles.PLAIN_STYLE]
        self._runs(p, self.st.t(text))

    # --- tables -------------------------------------------------------------------------------
    def table(self, t: Table, where: Container, width: float) -> None:
        data = t._cellvalues
        nrows, ncols = len(data), (len(data[0]) if data else 0)
        if not nrows or not ncols:
            return
        widths = _column_widths(t._argW, ncols, width)
        grid = any(cmd[0] in ("GRID", "INNERGRID", "BOX", "OUTLINE") for cmd in t._linecmds)
        doc_table = where.table(nrows, ncols)
        ooxml.set_fixed_layout(doc_table, [int(w * 20) for w in widths])
        ooxml.set_table_borders(doc_table, GRID_EIGHTHS if grid else None)
        padding = _padding(t)
        ooxml.set_cell_margins(doc_table, padding)
        if t.hAlign == "CENTER":
            doc_table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r in range(nrows):
            for c in range(ncols):
                doc_table.cell(r, c).width = Pt(widths[c])
        covered = set()
        for _cmd, start, stop in t._spanCmds:
            (c0, r0), (c1, r1) = _cell(start, nrows, ncols), _cell(stop, nrows, ncols)
            if (c0, r0) == (c1, r1):
                continue
            doc_table.cell(r0, c0).merge(doc_table.cell(r1, c1))
            covered |= {(rr, cc) for rr in range(r0, r1 + 1) for cc in range(c0, c1 + 1)} - {(r0, c0)}
        for cmd in t._bkgrndcmds:
            (c0, r0), (c1, r1) = _cell(cmd[1], nrows, ncols), _cell(cmd[2], nrows, ncols)
            colour = _hex(cmd[3])
            if colour is None:
                continue
            for rr in range(r0, r1 + 1):
                for cc in range(c0, c1 + 1):
                    if (rr, cc) not in covered:
                        ooxml.shade_cell(doc_table.cell(rr, cc), colour)
        header_rows = t.repeatRows if isinstance(t.repeatRows, int) else len(t.repeatRows or ())
        if isinstance(t, ThaiTable):
            header_rows = max(header_rows, 0)
        for r in range(min(header_rows, nrows)):
            ooxml.repeat_as_header(doc_table.rows[r])
        saved_space, self.space = self.space, 0.0
        for r, row in enumerate(data):
            for c, value in enumerate(row):
                if (r, c) in covered:
                    continue
                cell = doc_table.cell(r, c)
                cell_style = t._cellStyles[r][c]
                ooxml.set_cell_valign(cell, getattr(cell_style, "valign", "TOP"))
                inner = Container(cell, in_cell=True)
                span_w = sum(widths[c:c + 1]) - 2 * padding
                if isinstance(value, str):
                    if value.strip():
                        p = inner.paragraph()
                        p.style = self.doc.styles[styles.CELL_STYLE]
                        align = TEXT_ALIGN.get(getattr(cell_style, "alignment", "LEFT"), "left")
                        if align != "left":
                            ooxml.set_alignment(p._p.get_or_add_pPr(), align)
                        self._runs(p, self.st.t(value))
                else:
                    self.flowable(value, inner, span_w)
                self.space = 0.0
        self.space = saved_space
        if not where.in_cell:
            # Word glues two consecutive tables into one; a paragraph between keeps them apart
            spacer = where.paragraph()
            spacer.style = self.doc.styles[styles.PLAIN_STYLE]
            ooxml.set_run_font(ooxml.mark_properties(spacer), self.font.name,
                               self.font.size(SMALL / 2))

    # --- pictures -----------------------------------------------------------------------------
    def image(self, img: Image, where: Container) -> None:
        data = image_bytes(img)
        if data is None:
            return
        self.picture(data, img.drawWidth, where, align=getattr(img, "hAlign", "CENTER"))

    def picture(self, data: bytes, width_pt: float, where: Container, align: str = "CENTER"):
        p = where.paragraph()
        p.style = self.doc.styles[styles.PLAIN_STYLE]
        p.alignment = {"LEFT": WD_ALIGN_PARAGRAPH.LEFT, "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT}.get(
            align, WD_ALIGN_PARAGRAPH.CENTER)
        self._take_space(p, 0)
        if self.keep_together:
            p.paragraph_format.keep_with_next = True
        p.add_run().add_picture(io.BytesIO(data), width=Pt(width_pt))
        return p

    def _drawing(self, f: Flowable, where: Container, width: float) -> None:
        text = getattr(f, "text", None)
        if isinstance(text, str) and text.strip():
            self._plain_text(text, where)
            return
        shot = rasterize(f, width)
        if shot is None:
            log.warning("Word copy: nothing drawn for %r", f)
            return
        png, w = shot
        self.picture(png, w, where)


def _cell(ref, nrows: int, ncols: int) -> tuple[int, int]:
    c, r = ref
    return (c + ncols if c < 0 else c), (r + nrows if r < 0 else r)


def _column_widths(arg_widths, ncols: int, width: float) -> list[float]:
    """Points per column from ReportLab's colWidths ("12.5%", points, or None for a share)."""
    fixed: list[float | None] = []
    for w in list(arg_widths or [None] * ncols)[:ncols]:
        if isinstance(w, str) and w.endswith("%"):
            fixed.append(width * float(w[:-1]) / 100.0)
        elif isinstance(w, (int, float)):
            fixed.append(float(w))
        else:
            fixed.append(None)
    fixed += [None] * (ncols - len(fixed))
    free = [i for i, w in enumerate(fixed) if w is None]
    rest = max(0.0, width - sum(w for w in fixed if w is not None))
    out = [w if w is not None else rest / max(1, len(free)) for w in fixed]
    total = sum(out)
    return [w * width / total for w in out] if total > width + 0.5 else out


def _padding(t: Table) -> float:
    style = t._cellStyles[0][0] if t._cellStyles and t._cellStyles[0] else None
    return float(getattr(style, "leftPadding", 4)) if style is not None else 4.0


def _hex(colour) -> str | None:
    try:
        return colors.toColor(colour).hexval()[2:]
    except (ValueError, AttributeError):
        return None
