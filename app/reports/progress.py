"""Progress reports for a round (6 or 12 months) in each layout the seeds use.

- ``columns`` (seeds 001, 000): measure | steps | responsible | period | summary | outcome, rows
  grouped under their indicator or theme.
- ``items`` (seed 002): a heading per theme "๑) …" and its table; the outcome column also lists the
  related items with their wording and score ("o10 คู่มือ… ผลคะแนน ๑๐๐").
- ``status`` (seed 004): per tool and indicator a narrative paragraph, then a table whose status is
  three columns (อยู่ระหว่างดำเนินการ | ดำเนินการแล้ว | ยังไม่ดำเนินการ) with the text in the
  matching one, plus remarks.
Then the status summary, the photo pages (seed 000) and, optionally, seed 000's closing part.
"""
from __future__ import annotations

import re

from reportlab.platypus import KeepTogether, PageBreak, Spacer

from app.reports.comparison import comparison_story
from app.reports.gather import STATUS_LABELS
from app.reports.model import MeasureGroup, MeasureRow, ProgressDoc, RoundSummary
from app.reports.options import KIND_PROGRESS, LAYOUT_ITEMS, LAYOUT_STATUS, PROGRESS_COLUMNS
from app.reports.pages import LANDSCAPE, PORTRAIT, switch
from app.reports.photos import photo_pages
from app.reports.styles import HEADER_BG, TABLE, Styles, grouped_table, heading_for_table, table
from app.reports.wording import DEFAULT_TITLES, Wording, names_year
from app.store.models import (
    PHOTOS_PER_GROUP, ROUND_MONTHS, ROUND_NONE, ROUND_PERIOD, ROUND_PLAIN, STATUS_DONE, STATUS_IN_PROGRESS, STATUS_NOT_STARTED,
    STATUSES,
)
from app.thai.dates import format_round, format_round_months
from app.thai.digits import to_arabic_digits
from app.typeset import ThaiTable

COLUMN_HEADERS = {
    "title": ("มาตรการ/แนวทาง", 18),
    "steps": ("ขั้นตอน/วิธีการปฏิบัติ", 22),
    "responsible": ("หน่วยงานผู้รับผิดชอบ", 11),
    "period": ("ระยะเวลาดำเนินการ", 10),
    "summary": ("สรุปผลการดำเนินการ", 20),
    "outcome": ("ผลลัพธ์/ความสำเร็จ", 19),
    "remarks": ("หมายเหตุ", 9),
}
ITEMS_COLUMNS = [
    ("title", "มาตรการ/โครงการ/กิจกรรม", 16), ("steps", "ขั้นตอน/วิธีการปฏิบัติ", 21),
    ("period", "ระยะเวลาดำเนินการ", 11), ("responsible", "หน่วยงานผู้รับผิดชอบ", 11),
    ("summary", "ผลการดำเนินการ", 19), ("outcome", "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ", 22),
]


def _title(st: Styles, doc: ProgressDoc, wording: Wording | None = None) -> list:
    lines = (wording.title_lines if wording is not None else []) or [DEFAULT_TITLES[KIND_PROGRESS]]
    style = wording.round_style if wording is not None else ROUND_PERIOD
    # A title the officer wrote with the unit's name in it (seed 001: "…ความโปร่งใสของ<unit>")
    # gets no "ของ<unit>" line of the program's: the name would print twice; nor, naming its year
    # (seed 002: "…ภายในหน่วยงานปีงบประมาณ พ.ศ. ๒๕๖๘"), a year of the program's.
    own = "".join(lines)
    of_unit = "" if doc.unit.name in own else f"ของ{doc.unit.full_name}"
    year = "" if names_year(own) else f"ประจำปีงบประมาณ พ.ศ. {doc.year}"
    if style == ROUND_NONE:  # seed 002: the title words the heading, no round line
        lines += [f"{of_unit} {year}"]
    elif style == ROUND_PLAIN:  # seed 001: "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๑๒ เดือน)"
        lines += [of_unit, f"{year} (รอบ {doc.round} เดือน)"]
    elif style == ROUND_MONTHS:  # seed 004: the round and its months on a line of their own
        lines += [f"{of_unit} {year}", format_round_months(doc.year, doc.round, False)]
    elif starts_portrait(doc):  # a portrait line holds less: the year goes with the round
        lines += [of_unit, f"{year} " + format_round(doc.year, doc.round, False)]
    else:
        lines += [f"{of_unit} {year}", format_round(doc.year, doc.round, False)]
    return [st.p(line.strip(), st.title) for line in lines if line.strip()] + [Spacer(1, 10)]


def default_progress_columns(rows) -> list[str]:
    """The columns printed when the officer chose none: a column nobody filled in (seed 000 has no
    period column) is left out. ``rows`` have the text attributes of ``MeasureRow``."""
    return [c for c in PROGRESS_COLUMNS
            if c in ("title", "summary", "outcome") or any(getattr(r, c).strip() for r in rows)]


def _columns(doc: ProgressDoc, columns: tuple[str, ...] | None) -> list[str]:
    if columns:
        return [c for c in columns if c in COLUMN_HEADERS]
    return default_progress_columns(doc.measures)


def _columns_table(st: Styles, doc: ProgressDoc, columns: tuple[str, ...] | None,
                   labels: dict[str, str] | None = None, groups: list[MeasureGroup] | None = None) -> ThaiTable:
    return grouped_table(st, COLUMN_HEADERS, doc.groups if groups is None else groups,
                         _columns(doc, columns), labels)


def _outcome_with_items(st: Styles, doc: ProgressDoc, r: MeasureRow) -> list:
    """The outcome text, then each related item as "code wording ผลคะแนน N" (seed 002)."""
    out = []
    if r.outcome.strip():
        out.append(st.p(r.outcome.strip(), st.cell))
    written = to_arabic_digits(r.outcome).lower().replace(" ", "")
    for code in r.related_items:
        if re.search(rf"(?<![a-z0-9]){re.escape(code.lower())}(?![0-9])", written):
            continue  # the officer already wrote this item into the outcome (seed 002 does)
        item = doc.item_scores.get(code)
        if item is None:
            out.append(st.p([(st.t(code), True)], st.cell))
            continue
        score = st.score(item.score).removesuffix(st.t(".00")) if item.score is not None else "-"
        out.append(st.p([(st.t(code) + " ", True), (st.t(item.text) + " ", False),
                         (f"ผลคะแนน {score}", True)], st.cell.replace(space_before=3)))
    return out or [st.p("", st.cell)]


def _items_story(st: Styles, doc: ProgressDoc, labels: dict[str, str], after_group) -> list:
    out = []
    columns = list(ITEMS_COLUMNS)
    if any(r.remarks.strip() for g in doc.groups for r in g.rows):  # never drop what was typed
        columns.append(("remarks", COLUMN_HEADERS["remarks"][0], COLUMN_HEADERS["remarks"][1]))
    for g in doc.groups:
        heading = g.heading
        if g.key is not None and heading.startswith("ประเด็นที่"):
            heading = f"{g.key}) " + heading.split(" ", 2)[-1] if heading.count(" ") >= 2 else heading
        rows: list = [[labels.get(k) or h for k, h, _w in columns]]
        for r in g.rows:
            row = []
            for key, _h, _w in columns:
                row.append(_outcome_with_items(st, doc, r) if key == "outcome" else st.t(getattr(r, key)))
            rows.append(row)
        t = table(rows, [w for _k, _h, w in columns], style=st.cell, font_size=TABLE,
                          header_background=HEADER_BG)
        out += heading_for_table(st, heading) + [t, Spacer(1, 6)]
        out += after_group(g)
    return out


# The status table's columns: issue, approach, responsible, the three status columns, remarks.
# Each keeps a floor (its heading's longest word, a department's name) and the rest of the width
# goes where the text is: one status column holds every row's result while the other two are
# often empty, and a result squeezed into a fixed eighth of the page wraps every few characters
# (a web address or the unit's name then has to break inside).
STATUS_FLOORS = (12, 14, 10, 8, 8, 8, 8)


def _status_texts(r: MeasureRow) -> tuple[str, list[str], str, str, str, str, str]:
    """A measure's texts in the status table's columns (the approach as its paragraphs)."""
    issue = r.finding.strip() or r.title
    approach = [r.title] if r.finding.strip() else []
    if r.steps.strip():
        approach.append(r.steps)
    result = "\n".join(x for x in (r.summary.strip(), r.outcome.strip()) if x)
    status = r.status if r.status in STATUSES else STATUS_NOT_STARTED
    cells = {s: "" for s in (STATUS_IN_PROGRESS, STATUS_DONE, STATUS_NOT_STARTED)}
    cells[status] = result or STATUS_LABELS[status]
    return (issue, approach, r.responsible, cells[STATUS_IN_PROGRESS], cells[STATUS_DONE],
            cells[STATUS_NOT_STARTED], r.remarks)


def _status_cells(st: Styles, r: MeasureRow) -> list:
    issue, approach, *rest = _status_texts(r)
    return [st.t(issue), [st.p(a, st.cell) for a in approach] or "", *(st.t(x) for x in rest)]


def status_ratios(rows: list[MeasureRow]) -> list[float]:
    """Column shares for the status tables of a report: each column's floor, plus the rest of the
    width shared in proportion to the text the column holds across the report (so every group's
    table has the same columns)."""
    chars = [0] * len(STATUS_FLOORS)
    for r in rows:
        for i, text in enumerate(_status_texts(r)):
            chars[i] += sum(map(len, text)) if isinstance(text, list) else len(text or "")
    spare = 100 - sum(STATUS_FLOORS)
    total = sum(chars)
    if not total:
        return [float(f) + spare / len(STATUS_FLOORS) for f in STATUS_FLOORS]
    return [f + spare * c / total for f, c in zip(STATUS_FLOORS, chars)]


def _status_table(st: Styles, g: MeasureGroup, ratios: list[float]) -> ThaiTable:
    rows: list = [
        ["ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อนจากการประเมิน", "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ",
         "ผู้รับผิดชอบ", "ผลการดำเนินการ", None, None, "หมายเหตุ"],
        [None, None, None] + [STATUS_LABELS[s] for s in (STATUS_IN_PROGRESS, STATUS_DONE, STATUS_NOT_STARTED)]
        + [None],
    ]
    rows += [_status_cells(st, r) for r in g.rows]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (5, 0)), ((6, 0), (6, 1))]
    return table(rows, ratios, header_rows=2, style=st.cell, font_size=TABLE,
                     spans=spans, header_background=HEADER_BG)


def _status_story(st: Styles, doc: ProgressDoc, after_group) -> list:
    out = []
    seen_tools: list[str] = []
    ratios = status_ratios([r for g in doc.groups for r in g.rows])
    for g in doc.groups:
        if g.tool and g.tool not in seen_tools:
            seen_tools.append(g.tool)
            out += heading_for_table(st, f"{len(seen_tools)}. ด้าน {g.tool}", st.heading)
        out += heading_for_table(st, g.heading.split(" (")[0])
        out += st.paras(g.note, introduces=True)
        out += [Spacer(1, 4), _status_table(st, g, ratios), Spacer(1, 6)]
        out += after_group(g)
    return out


def summary_table(st: Styles, s: RoundSummary) -> ThaiTable:
    head = ["กลุ่มมาตรการ", "จำนวนมาตรการ", STATUS_LABELS[STATUS_DONE], STATUS_LABELS[STATUS_IN_PROGRESS],
            STATUS_LABELS[STATUS_NOT_STARTED], "ร้อยละที่ดำเนินการแล้ว"]
    rows: list = [head]
    for heading, total, counts in s.by_group:
        share = 100.0 * counts.get(STATUS_DONE, 0) / total if total else 0.0
        rows.append([st.t(heading), st.n(total), st.n(counts.get(STATUS_DONE, 0)),
                     st.n(counts.get(STATUS_IN_PROGRESS, 0)), st.n(counts.get(STATUS_NOT_STARTED, 0)),
                     st.score(share)])
    rows.append([[("รวม", True)], [(st.n(s.total), True)], [(st.n(s.counts.get(STATUS_DONE, 0)), True)],
                 [(st.n(s.counts.get(STATUS_IN_PROGRESS, 0)), True)],
                 [(st.n(s.counts.get(STATUS_NOT_STARTED, 0)), True)], [(st.score(s.share_done), True)]])
    return table(rows, [30, 14, 14, 14, 14, 14], style=st.cell, font_size=TABLE,
                     header_background=HEADER_BG, col_aligns=["left"] + ["center"] * 5)


def summary_sentence(st: Styles, s: RoundSummary) -> str:
    done = s.counts.get(STATUS_DONE, 0)
    going = s.counts.get(STATUS_IN_PROGRESS, 0)
    todo = s.counts.get(STATUS_NOT_STARTED, 0)
    return st.t(f"รอบ {s.round} เดือน มีมาตรการทั้งสิ้น {s.total} มาตรการ ดำเนินการแล้ว {done} มาตรการ "
                f"อยู่ระหว่างดำเนินการ {going} มาตรการ ยังไม่ดำเนินการ {todo} มาตรการ "
                f"ดำเนินการแล้วคิดเป็นร้อยละ {st.score(s.share_done)} ของมาตรการทั้งหมด")


PORTRAIT_INTRO_CHARS = 700  # above this, the opening text gets portrait pages of its own


def starts_portrait(doc: ProgressDoc) -> bool:
    return len(doc.intro.strip()) + len(doc.note.strip()) > PORTRAIT_INTRO_CHARS


def progress_story(st: Styles, doc: ProgressDoc, landscape_width: float, landscape_height: float,
                   *, photos: bool = True, columns: tuple[str, ...] | None = None,
                   wording: Wording | None = None) -> list:
    """The report's flowables; it starts on a portrait page when it opens with text (an intro or
    a narrative), since long lines across a landscape page are hard to read, else on landscape.

    Photos follow each group's rows (seed 000) when ``wording.photos_placement`` is "group", else
    they close the report's body."""
    labels = wording.headings if wording is not None else {}
    per_group = photos and wording is not None and wording.photos_placement == PHOTOS_PER_GROUP

    def after_group(g: MeasureGroup) -> list:
        if not per_group:
            return []
        pages = photo_pages(st, g.rows, landscape_width, landscape_height)
        return [Spacer(1, 12), *pages, PageBreak()] if pages else []

    out = _title(st, doc, wording)
    opens_table = not starts_portrait(doc)   # else the table starts on a landscape page of its own
    out += st.paras(doc.intro, introduces=opens_table and not doc.note.strip())
    out += st.paras(doc.note, introduces=opens_table)
    if starts_portrait(doc):
        switch(out, LANDSCAPE)
    elif doc.intro.strip() or doc.note.strip():
        out.append(Spacer(1, 6))
    if doc.layout == LAYOUT_ITEMS:
        out += _items_story(st, doc, labels, after_group)
    elif doc.layout == LAYOUT_STATUS:
        out += _status_story(st, doc, after_group)
    elif per_group:
        for g in doc.groups:  # seed 000: each theme's table, then its photos
            out += [_columns_table(st, doc, columns, labels, [g]), Spacer(1, 6)]
            out += after_group(g)
    else:
        out.append(_columns_table(st, doc, columns, labels))
    out.append(KeepTogether([
        Spacer(1, 10), st.p("สรุปสถานะการดำเนินการตามมาตรการ", st.subheading),
        st.p(summary_sentence(st, doc.summary), st.body), Spacer(1, 4),
        summary_table(st, doc.summary),
    ]))
    if photos and not per_group and any(r.photos for r in doc.measures):
        switch(out, LANDSCAPE)
        out += photo_pages(st, doc.measures, landscape_width, landscape_height)
    if doc.comparison is not None:
        switch(out, PORTRAIT)
        out += comparison_story(st, doc.comparison, closing=True)
    return out
