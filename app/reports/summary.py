"""The status summary: how many measures are done, in progress, not started, per round."""
from __future__ import annotations

from reportlab.platypus import Spacer

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
        out += [st.p(format_round(doc.year, s.round, st.thai), st.heading),
                # the sentence introduces the table: it stays with the table's first rows
                st.p(summary_sentence(st, s), st.body.replace(keep_with_next=True)), Spacer(1, 4),
                summary_table(st, s), Spacer(1, 8)]
    return out
