"""Test-only shim for a developer venv that predates requirements.lock (PySide6 6.12.0).

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` per event-loop call; a long test
session then aborts with "deallocating None". The program pins 6.11.3 (no leak, see
tests/test_ui_refcount.py), so this is never active in a venv built from the lock (``make
install``, CI, the bundle); it only keeps the suite runnable in an older shared venv until it
is rebuilt. Remove it when no such venv is left.
"""
from __future__ import annotations

import sys

LEAKY = ("6.12.0",)
RESERVE = 1 << 40


def installed_pyside() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("PySide6-Essentials")
    except PackageNotFoundError:
        return None


def pad_none_on_leaky_pyside() -> bool:
    """Give ``None`` a reserve of references when the installed PySide6 is a leaky one."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there
    if installed_pyside() not in LEAKY:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE  # ob_refcnt is the first field
    return True
