"""The one list of screens in the main window: (key, Thai title, factory).

A factory is called with ``(ctx, parent)`` the first time its page is visited and returns the
page widget (normally a ``ui.pages.base.Page`` subclass). ``lazy(module, class)`` imports the
module only then, so starting the program does not pay for screens not yet opened.

A new screen is one more ``PageSpec`` line.
The order here is the order of the navigation list and of the Ctrl+1…Ctrl+9 shortcuts.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import UiContext

PageFactory = Callable[[UiContext, "QWidget | None"], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable name, kept in QSettings as the last page
    title_source: str  # Thai title, translated with context "Pages"
    factory: PageFactory

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.title_source)


def lazy(module: str, class_name: str) -> PageFactory:
    def factory(ctx: UiContext, parent: QWidget | None = None) -> QWidget:
        return getattr(importlib.import_module(module), class_name)(ctx, parent)

    factory.__qualname__ = f"lazy({module}.{class_name})"
    return factory


PAGES: list[PageSpec] = [
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "ภาพรวม"), lazy("ui.pages.overview", "OverviewPage")),
    PageSpec("scores", QT_TRANSLATE_NOOP("Pages", "คะแนน"), lazy("ui.pages.scores", "ScoresPage")),
    PageSpec("analysis", QT_TRANSLATE_NOOP("Pages", "บทวิเคราะห์"), lazy("ui.pages.analysis", "AnalysisPage")),
    PageSpec("measures", QT_TRANSLATE_NOOP("Pages", "มาตรการ"), lazy("ui.pages.measures", "MeasuresPage")),
    PageSpec("tracking", QT_TRANSLATE_NOOP("Pages", "ติดตามผล"), lazy("ui.pages.tracking", "TrackingPage")),
    PageSpec("documents", QT_TRANSLATE_NOOP("Pages", "เอกสาร"), lazy("ui.pages.documents", "DocumentsPage")),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "ข้อมูลหน่วยงาน"), lazy("ui.pages.settings", "UnitSettingsPage")),
]


def page_index(key: str) -> int | None:
    return next((i for i, p in enumerate(PAGES) if p.key == key), None)
