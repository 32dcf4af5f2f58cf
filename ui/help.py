"""The Thai user guide, offline, in a window of its own (Help menu → คู่มือการใช้งาน, F1).

The guide is Markdown with screenshots in ``docs/guide/`` of the repository (readable there
too) and is shipped with the program; ``QTextBrowser`` shows it without any network. F1 opens
it at the section of the screen being used: each page key has an anchor in the guide
(``<a name="measures"></a>`` just above the section's ``##`` heading; Qt's Markdown reader
drops raw HTML, so the window finds the heading that follows the anchor). Links inside the
guide stay in the window; links to the web are not followed (the program works offline).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

GUIDE_FILE = "index.md"


def guide_dir() -> Path:
    """``docs/guide`` beside the package, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return root / "docs" / "guide"


class HelpWindow(QDialog):
    """Non-modal: the officer reads it beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("คู่มือการใช้งาน ITA Desk"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # followed below: sections by heading, never the web
        self.browser.anchorClicked.connect(self._link)
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.document().setDefaultStyleSheet("img { max-width: 100%; }")
        back = QPushButton(self.tr("◀ ย้อนกลับ"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("หน้าแรกของคู่มือ"), self)
        home.clicked.connect(lambda: self.show_section(None))
        close = QPushButton(self.tr("ปิด"), self)
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(home)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, activated=self.browser.backward)
        self.resize(900, 640)
        self._anchor: str | None = None
        self.show_section(None)

    def show_section(self, anchor: str | None) -> bool:
        """Show the guide at ``anchor`` (a page key such as "measures"); False if the guide is missing."""
        path = guide_dir() / GUIDE_FILE
        if not path.is_file():
            self.browser.setPlainText(self.tr("ไม่พบไฟล์คู่มือ (%1) — ติดตั้งโปรแกรมใหม่อีกครั้ง").replace("%1", str(path)))
            return False
        url = QUrl.fromLocalFile(str(path))
        if self.browser.source() != url:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self._anchor = anchor
        self._fit_images()
        self._scroll()
        QTimer.singleShot(0, self._scroll)  # again once shown and laid out at its real width
        return True

    def _fit_images(self) -> None:
        """Screenshots as wide as the window, never wider (Markdown cannot give a width)."""
        width = max(200, self.browser.viewport().width() - 40)
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    native = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    if native is not None and not native.isNull() and native.width():
                        shown = min(width, native.width())
                        if abs(image.width() - shown) > 1:
                            image.setWidth(shown)
                            image.setHeight(native.height() * shown / native.width())
                            cursor.setPosition(fragment.position())
                            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                            cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_images()

    def _scroll(self) -> None:
        block = self._heading_block(self._anchor) if self._anchor else None
        if block is None:
            self.browser.verticalScrollBar().setValue(0)
            return
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def _heading_block(self, anchor: str):
        """The heading block of the section marked ``<a name="anchor"></a>`` in the guide."""
        try:
            text = (guide_dir() / GUIDE_FILE).read_text(encoding="utf-8")
        except OSError:
            return None
        match = re.search(r'<a name="' + re.escape(anchor) + r'"></a>\s*#+\s*(.+)', text)
        if match is None:
            return None
        title = match.group(1).strip()
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == title:
                return block
            block = block.next()
        return None

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.hasFragment() and (not url.path() or url.path().endswith(GUIDE_FILE)):
            self.show_section(url.fragment())
        elif url.scheme() in ("", "file") and url.path().endswith(".md"):
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        # anything else (the web) is left alone: the program works offline


def show_help(parent: QWidget, anchor: str | None = None) -> HelpWindow:
    """Open (or bring forward) the guide window belonging to ``parent``."""
    window = parent.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(parent)
    already_open = window.isVisible()
    window.show()
    window.show_section(anchor)
    if already_open:  # behind the main window: bring it forward
        window.raise_()
        window.activateWindow()
    return window
