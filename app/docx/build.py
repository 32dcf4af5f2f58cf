"""Print jobs as Word: a DocumentRequest in, .docx bytes out (the CLI and the window both call this)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.docx.styles import WordFont
from app.docx.writer import WordWriter
from app.reports.build import Progress, compose
from app.reports.model import MemoDoc
from app.reports.options import DocumentRequest


def build_docx(session: Session, request: DocumentRequest, progress: Progress | None = None,
               memo: MemoDoc | None = None) -> bytes:
    """The .docx of ``request`` (options as for the PDF; ``memo`` is the officer's edited memo).

    The Word copy names TH SarabunIT๙ unless the request names a font (see ``WordFont.choose``);
    the flowables are composed with the bundled Sarabun metrics, which only the chart picture uses.
    """
    report = progress or (lambda _f, _m: None)
    job = compose(session, request, report, memo, font="Sarabun")
    report(0.4, "เขียนไฟล์ Word")
    writer = WordWriter(job.styles, WordFont.choose(request.font))
    core = writer.doc.core_properties
    core.title, core.author, core.subject = job.title, job.author, job.subject
    core.language, core.comments = "th-TH", ""
    data = writer.write(job.story, job.first_template)
    report(1.0, "เสร็จแล้ว")
    return data
