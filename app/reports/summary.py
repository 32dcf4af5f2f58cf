"""The status summary: how many measures are done, in progress, not started, per round."""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from app.reports.model import StatusSummaryDoc
from app.reports.progress import summary_sentence, summary_table
from app.reports.styles import Styles
from app.thai.dates import format_round


def summary_story(st: Styles, doc: StatusSummaryDoc) -> list:
    out = [
        st.p("สรุปสถานะการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", st.title),
        st.p(f"ของ{doc.unit.full_name}", st.title),
        st.p(f"ประจำปีงบประมาณ พ.ศ. {doc.year}", st.title),
        Spacer(1, 10),
    ]
    for s in doc.rounds:
        # a round's table is a few rows: it moves whole with its heading and sentence rather than
        # leave its header and first row at the foot of a page (a longer one still splits)
        out += [KeepTogether([st.p(format_round(doc.year, s.round, st.thai), st.heading),
                              st.p(summary_sentence(st, s), st.body), Spacer(1, 4),
                              summary_table(st, s)]), Spacer(1, 8)]
    return out
