"""Type sizes, paragraph styles and small text helpers shared by every document.

Sizes are in "TH Sarabun points" (what an officer means by 16 pt); indents, spacing and leading
are real points (the typeset layer's convention). Digits are converted here, once, for the whole
document: Thai by default, Arabic when the officer asks for it.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import cm

from app.thai.digits import digits, format_score
from app.typeset import FontSet, ParaStyle, ThaiParagraph, ThaiTable

BODY = 16
TABLE = 14
SMALL = 12
HEADING = 16
TITLE = 18
MEMO_TITLE = 29
MEMO_LABEL = 20

REPORT_INDENT = 1.5 * cm
MEMO_INDENT = 2.5 * cm


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    thai: bool

    # --- text ---------------------------------------------------------------------------------
    def t(self, text: str | None) -> str:
        """The text as printed: the document's digits."""
        return digits(text or "", self.thai)

    def n(self, value: int | float | str) -> str:
        return digits(str(value), self.thai)

    def score(self, value: float | None, blank: str = "-") -> str:
        return format_score(value, self.thai, blank)

    def real(self, size: float) -> float:
        return size * self.fonts.scale

    # --- paragraph styles ---------------------------------------------------------------------
    def style(self, size: float = BODY, **kw) -> ParaStyle:
        return ParaStyle(self.fonts, size=size, **kw)

    @property
    def body(self) -> ParaStyle:
        return self.style(BODY, align="justify", first_indent=REPORT_INDENT, space_before=4)

    @property
    def plain(self) -> ParaStyle:
        return self.style(BODY, align="justify")

    @property
    def title(self) -> ParaStyle:
        return self.style(TITLE, align="center", bold=True)

    @property
    def heading(self) -> ParaStyle:
        return self.style(HEADING, align="left", bold=True, space_before=10, space_after=2,
                          keep_with_next=True)

    @property
    def subheading(self) -> ParaStyle:
        return self.style(BODY, align="left", bold=True, space_before=6, keep_with_next=True)

    @property
    def cell(self) -> ParaStyle:
        return self.style(TABLE, align="left")

    @property
    def caption(self) -> ParaStyle:
        return self.style(TABLE, align="center")

    # --- flowables ----------------------------------------------------------------------------
    def p(self, text, style: ParaStyle | None = None) -> ThaiParagraph:
        if isinstance(text, str):
            text = self.t(text)
        else:
            text = [(self.t(s), b) for s, b in text]
        return ThaiParagraph(text, style or self.body)

    def paras(self, text: str, style: ParaStyle | None = None, *, first_only_space: bool = False,
              introduces: bool = False) -> list:
        """One paragraph per line of ``text`` (officers type one paragraph or list item a line).
        ``introduces``: the text introduces what follows (a table), so its last paragraph stays
        with the start of it rather than end a page whose next one opens with the table."""
        style = style or self.body
        out = []
        for i, line in enumerate(x.strip() for x in (text or "").split("\n")):
            if not line:
                continue
            st = style if (i == 0 or not first_only_space) else style.replace(space_before=0)
            out.append(self.p(line, st))
        for p in out[:-1]:
            p.joins_next = True   # one entered text: read whole across a page (readingorder.py)
        if introduces and out:
            out[-1].keepWithNext = True
        return out


HEADER_BG = colors.HexColor("#e8eef5")  # table header rows
GROUP_BG = colors.HexColor("#f4f6f8")  # full-width group heading rows


MERGED_COLUMNS = ("finding",)  # one finding answered by several measures prints once (seed 003)


def grouped_table(st: Styles, headers: dict, groups, cols: tuple[str, ...] | list[str],
                  labels: dict[str, str] | None = None) -> ThaiTable:
    """A table of ``cols`` (``headers[col] = (label, width ratio)``; ``labels`` the officer's own
    headings) whose rows come in groups, each with a full-width heading row ("ประเด็นที่ ๑ …");
    rows give each column as an attribute. Within a group, a finding repeated on consecutive
    rows is one cell spanning them."""
    labels = labels or {}
    rows: list = [[labels.get(c) or headers[c][0] for c in cols]]
    group_rows = []
    spans = []
    for g in groups:
        group_rows.append(len(rows))
        rows.append([st.t(g.heading)])
        first = len(rows)
        for r in g.rows:
            rows.append([st.t(getattr(r, c)) for c in cols])
        for k, c in enumerate(cols):
            if c not in MERGED_COLUMNS:
                continue
            start = first
            for i in range(first + 1, len(rows) + 1):
                same = i < len(rows) and rows[i][k] and rows[i][k] == rows[start][k]
                if same:
                    continue
                if i - start > 1:
                    spans.append(((k, start), (k, i - 1)))
                    for j in range(start + 1, i):
                        rows[j][k] = None
                start = i
    t = table(rows, [headers[c][1] for c in cols], style=st.cell, font_size=TABLE,
              group_rows=group_rows, header_background=HEADER_BG, spans=spans)
    for r in group_rows:
        t.setStyle([("BACKGROUND", (0, r), (-1, r), GROUP_BG)])
    return t


def table(rows, col_ratios, **kw) -> ThaiTable:
    """A ThaiTable whose group heading rows stay with the row under them."""
    t = ThaiTable(rows, col_ratios, **kw)
    # ReportLab sets each cell's font even when the cell holds only flowables; without this the
    # page declares (unembedded) Helvetica
    if kw.get("style") is not None:
        t.setStyle([("FONTNAME", (0, 0), (-1, -1), kw["style"].font.regular)])
    # a group heading row stays with the row under it
    for r in kw.get("group_rows", ()):
        if r + 1 < len(rows):
            t.setStyle([("NOSPLIT", (0, r), (-1, r + 1))])
    return t


def heading_for_table(st: Styles, text: str, style: ParaStyle | None = None) -> list:
    """A heading that stays with the start of the table after it: keep-with-next carries only
    the table's header rows and first row (or two lines of it) with it (app/typeset/keep.py)."""
    return [st.p(text, (style or st.subheading).replace(keep_with_next=True))]
