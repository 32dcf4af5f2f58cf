"""Workaround for a reference-count bug in PySide6 6.12.0 on CPython 3.11.

Every Python-level call into the event loop (``QCoreApplication.processEvents``,
``QEventLoop.exec``, ``QDialog.exec`` …) releases one reference to ``None`` that it never took.
On Python 3.12+ ``None`` is immortal and nothing happens; on 3.11 (our pinned interpreter) its
count runs down until the interpreter aborts with "deallocating None" — measured here: a
process that calls ``processEvents`` 10 000 times dies (tests/test_ui_refcount_guard.py). A
session with many dialogs, or a test run with many ``qtbot.wait`` loops, would crash sooner
or later.

PySide6 6.11.3 has no such leak, but QtPdf (the print preview) is published for 6.12 only
outside the large Addons wheel, so instead ``None`` gets a reserve of references large enough
that no session can use it up. The reserve is only added where ``None`` is mortal.
"""
from __future__ import annotations

import sys

RESERVE = 1 << 40  # ~10^12 leaked references before the count could reach zero
_applied = False


def protect_none() -> bool:
    """Add the reserve once; returns whether it was added."""
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
    return True
