"""File dialogs that start where the officer keeps files and remember where they went.

The first dialog of a kind (PDF documents, Excel files, photos, images…) starts in the user's
Documents folder; every later one of the same kind starts in the folder last used for that
kind, also after a restart. ``Folders`` keeps them through ``ui.settings.WindowSettings`` (the
window gives the context one); without settings it remembers for the session only, so tests
never write the user's configuration.

The helpers call ``QFileDialog``'s static functions, so they show the native dialog where
there is one (tests patch those functions).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from ui.settings import WindowSettings

# kinds of file, each with its own remembered folder
PDF = "pdf"
WORD = "word"
EXCEL = "excel"
PHOTOS = "photos"
IMAGE = "image"  # the Garuda emblem and other single images


def documents_folder() -> Path:
    """The user's Documents folder (home when the platform has none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(docs) if docs else Path.home()
    return path if path.is_dir() else Path.home()


class Folders:
    def __init__(self, settings: WindowSettings | None = None) -> None:
        self._settings = settings
        self._session: dict[str, Path] = {}

    def start(self, kind: str) -> Path:
        """Where a dialog of ``kind`` opens: the folder last used for it, else Documents."""
        remembered = self._session.get(kind)
        if remembered is None and self._settings is not None:
            remembered = self._settings.folder(kind)
        return remembered if remembered is not None and remembered.is_dir() else documents_folder()

    def remember(self, kind: str, chosen: str | Path) -> None:
        path = Path(chosen)
        folder = path if path.is_dir() else path.parent
        self._session[kind] = folder
        if self._settings is not None:
            self._settings.set_folder(kind, folder)

    # --- the dialogs ---------------------------------------------------------------------------

    def open_file(self, parent: QWidget | None, kind: str, caption: str, name_filter: str) -> Path | None:
        chosen, _f = QFileDialog.getOpenFileName(parent, caption, str(self.start(kind)), name_filter)
        if not chosen:
            return None
        self.remember(kind, chosen)
        return Path(chosen)

    def open_files(self, parent: QWidget | None, kind: str, caption: str, name_filter: str) -> list[Path]:
        chosen, _f = QFileDialog.getOpenFileNames(parent, caption, str(self.start(kind)), name_filter)
        if chosen:
            self.remember(kind, chosen[0])
        return [Path(c) for c in chosen]

    def save_file(self, parent: QWidget | None, kind: str, caption: str, file_name: str, name_filter: str,
                  suffix: str) -> Path | None:
        """Ask where to save ``file_name``; the answer always ends in ``suffix`` (".pdf")."""
        chosen, _f = QFileDialog.getSaveFileName(parent, caption, str(self.start(kind) / file_name), name_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.remember(kind, path)
        return path

    def folder(self, parent: QWidget | None, kind: str, caption: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, caption, str(self.start(kind)))
        if not chosen:
            return None
        self.remember(kind, chosen)
        return Path(chosen)
