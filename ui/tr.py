"""The one helper for translatable strings outside a QObject's ``self.tr``.

A module binds its translation context once, ``_tr = translator("Commands")``, and wraps every
user-visible string in ``_tr("…")``; the context is the one the compiled ``.ts`` files use.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """``text`` translated in ``context`` by the translators installed at start-up."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr
