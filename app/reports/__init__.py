"""Printed documents: analysis report, measures plan, progress reports, status summary, year
comparison and the cover memo, as PDF, laid out through the Thai typesetting layer (app.typeset).

Public API (used by the CLI and the window)::

    from app.reports import DocumentRequest, build_document
    pdf_bytes = build_document(session, DocumentRequest("progress", unit, 2568, round=12),
                               progress=lambda fraction, message: ...)

``memo_for(session, request)`` gives the cover memo's text (stored, or drafted from the data) for
the officer to edit before ``build_document(..., memo=edited)``; ``app.reports.gather`` gives the
plain document models of every kind.
"""
from app.reports.build import build_document, memo_for
from app.reports.options import (
    KINDS, PLAN_COLUMNS, PROGRESS_COLUMNS, PROGRESS_LAYOUTS, DocumentRequest,
)

__all__ = ["DocumentRequest", "KINDS", "PLAN_COLUMNS", "PROGRESS_COLUMNS", "PROGRESS_LAYOUTS",
           "build_document", "memo_for"]
