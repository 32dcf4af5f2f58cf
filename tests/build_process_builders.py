"""Builders for tests/test_build_process.py. The build process receives a builder by name, so
these live in an importable module (as ``app.reports.build_document`` does)."""
from __future__ import annotations

import os
import time

from sqlalchemy import text


def slow(_session, _request, progress, memo=None) -> bytes:
    """Reports progress for a minute: only a cancel ends it early."""
    for i in range(600):
        progress(i / 600, f"ขั้นที่ {i}")
        time.sleep(0.1)
    return b"never"


def broken(_session, _request, progress, memo=None) -> bytes:
    raise RuntimeError("boom")


def dies(_session, _request, progress, memo=None) -> bytes:
    os._exit(3)


def writes(session, _request, progress, memo=None) -> bytes:
    session.execute(text("UPDATE unit SET name = 'x'"))
    session.commit()
    return b"written"
