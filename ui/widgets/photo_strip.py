"""Evidence photos of one measure in one round: thumbnails with captions, in print order.

``PhotoListModel`` is a list model over ``app.services.photo_edits.PhotoInfo`` (roles below);
``PhotoStrip`` shows it as a row of thumbnails, takes image files dropped on it, and turns the
officer's actions into signals the page makes undoable commands of:

- ``files_chosen(list[str])``: files dropped, or picked with "เพิ่มภาพ…";
- ``remove_requested(int)``, ``move_requested(int, int)``: photo id, and the new index;
- ``caption_edited(int, str, object)``: photo id, caption and typing session, while the
  caption of the chosen photo is typed in the field above the thumbnails (saved after a short
  pause like every text field, see ``ui.widgets.text_edits``; F2 or a double click on a
  thumbnail goes to that field). One typing session is one undo step.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget,
)

from app.services.photo_edits import PhotoInfo
from app.store.limits_guard import field_limit
from app.store.models import Photo
from ui.file_dialogs import PHOTOS, Folders
from ui.widgets.text_edits import CommitLineEdit

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = 150
IMAGE_FILTER = "ภาพ (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.JPG *.JPEG *.PNG)"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp")


class PhotoListModel(QAbstractListModel):
    """Roles: DisplayRole caption (or a hint to write one; never the file name), EditRole caption,
    DecorationRole thumbnail, ToolTipRole file name, ``PHOTO_ID_ROLE`` the photo id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._photos: list[PhotoInfo] = []
        self._thumbs: dict[tuple[int, int], QIcon] = {}

    def set_photos(self, photos: Sequence[PhotoInfo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        keep = {(p.id, len(p.data)) for p in self._photos}
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in keep}
        self.endResetModel()

    def photos(self) -> list[PhotoInfo]:
        return list(self._photos)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._photos)

    def _thumb(self, p: PhotoInfo) -> QIcon:
        key = (p.id, len(p.data))
        if key not in self._thumbs:
            image = QImage.fromData(p.data)
            if image.isNull():
                self._thumbs[key] = QIcon()
            else:
                scaled = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation)
                self._thumbs[key] = QIcon(QPixmap.fromImage(scaled))
        return self._thumbs[key]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        p = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.caption or self.tr("(ยังไม่มีคำบรรยาย)")
        if role == Qt.ItemDataRole.EditRole:
            return p.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumb(p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{p.caption}\n{p.filename}".strip()
        if role == PHOTO_ID_ROLE:
            return p.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _DropListView(QListView):
    files_dropped = Signal(list)
    caption_wanted = Signal()  # F2, the item views' "edit" key: the caption field takes over

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_F2 and self.currentIndex().isValid():
            self.caption_wanted.emit()
            return
        super().keyPressEvent(event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("ยังไม่มีภาพประกอบ\nลากไฟล์ภาพมาวางที่นี่ หรือกด “เพิ่มภาพ…”"))
            painter.end()

    @staticmethod
    def _files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls()
                if u.isLocalFile() and u.toLocalFile().lower().endswith(IMAGE_SUFFIXES)]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class PhotoStrip(QWidget):
    files_chosen = Signal(list)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)
    caption_edited = Signal(int, str, object)  # photo id, caption, typing session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folders: Folders | None = None  # the page gives its context's (remembered folders)
        self.model = PhotoListModel(self)
        self.view = _DropListView(self)
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # captions are typed in the field below (saved while typing), not in place: an editor
        # inside the list would be closed by the list's refresh after every save
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(THUMB + 60)
        self.view.setToolTip(self.tr("ลากไฟล์ภาพมาวางที่นี่ได้ · ดับเบิลคลิกหรือกด F2 เพื่อพิมพ์คำบรรยาย"))
        self.view.files_dropped.connect(self.files_chosen)
        self.view.doubleClicked.connect(lambda _i: self.edit_caption())
        self.view.caption_wanted.connect(self.edit_caption)

        self.caption_edit = CommitLineEdit(self)
        self.caption_edit.setObjectName("photo-caption")
        self.caption_edit.setMaxLength(field_limit(Photo, "caption"))
        self.caption_edit.setPlaceholderText(self.tr("คำบรรยายภาพที่เลือก เช่น ประชุมชี้แจงเจ้าหน้าที่"))
        self.caption_edit.committed.connect(self._caption_typed)
        self._caption_photo: int | None = None  # the photo the caption field shows
        self._resetting = False

        self.add_button = QPushButton(self.tr("เพิ่มภาพ…"), self)
        self.remove_button = QPushButton(self.tr("ลบภาพ"), self)
        self.left_button = QPushButton(self.tr("◀ เลื่อนก่อน"), self)
        self.right_button = QPushButton(self.tr("เลื่อนหลัง ▶"), self)
        self.left_button.setToolTip(self.tr("Ctrl+Shift+ซ้าย"))
        self.right_button.setToolTip(self.tr("Ctrl+Shift+ขวา"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_current)
        self.left_button.clicked.connect(lambda: self.move_current(-1))
        self.right_button.clicked.connect(lambda: self.move_current(+1))
        for seq, slot in ((QKeySequence.StandardKey.Delete, self.remove_current),
                          (QKeySequence("Ctrl+Shift+Left"), lambda: self.move_current(-1)),
                          (QKeySequence("Ctrl+Shift+Right"), lambda: self.move_current(+1))):
            sc = QShortcut(seq, self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.left_button, self.right_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        caption_row = QHBoxLayout()
        caption_label = QLabel(self.tr("คำบรรยาย:"), self)
        caption_label.setBuddy(self.caption_edit)
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption_edit, 1)
        left = QVBoxLayout()
        left.addLayout(caption_row)  # above the thumbnails: in sight without scrolling the tab
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.model.modelReset.connect(self._sync_buttons)
        self._sync_buttons()
        self._show_caption()

    def set_photos(self, photos: Sequence[PhotoInfo], current_id: int | None = None) -> None:
        if current_id is None:
            current_id = self.current_id()
        # the reset passes through "no photo chosen": not a reason to touch a caption being typed
        self._resetting = True
        try:
            self.model.set_photos(photos)
            for row, p in enumerate(photos):
                if p.id == current_id:
                    self.view.setCurrentIndex(self.model.index(row))
        finally:
            self._resetting = False
        self._sync_buttons()
        self._show_caption()

    def _current_changed(self) -> None:
        self._sync_buttons()
        if not self._resetting:
            self._show_caption()

    def _show_caption(self) -> None:
        """The chosen photo's caption in the field (what another photo's field still waits to
        save is saved first, to that photo)."""
        index = self.view.currentIndex()
        pid = index.data(PHOTO_ID_ROLE) if index.isValid() else None
        other = pid != self._caption_photo
        if other:
            self.caption_edit.commit_if_pending()
        self._caption_photo = pid
        self.caption_edit.set_value((index.data(Qt.ItemDataRole.EditRole) or "") if pid is not None else "", other)
        self.caption_edit.setEnabled(pid is not None)

    def edit_caption(self) -> None:
        """F2 / double click: type the chosen photo's caption."""
        if self._caption_photo is not None:
            self.caption_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.caption_edit.selectAll()

    def _caption_typed(self, text: str) -> None:
        if self._caption_photo is not None:
            self.caption_edited.emit(self._caption_photo, text, self.caption_edit.typing_session)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(PHOTO_ID_ROLE) if index.isValid() else None

    def _sync_buttons(self) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.left_button.setEnabled(row > 0)
        self.right_button.setEnabled(0 <= row < count - 1)

    def choose_files(self) -> None:
        if self.folders is not None:  # starts in Documents, then where the last photos came from
            files = [str(p) for p in self.folders.open_files(self, PHOTOS, self.tr("เลือกภาพประกอบ"), self.tr(IMAGE_FILTER))]
        else:
            files, _ = QFileDialog.getOpenFileNames(self, self.tr("เลือกภาพประกอบ"), "", self.tr(IMAGE_FILTER))
        if files:
            self.files_chosen.emit(list(files))

    def remove_current(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.remove_requested.emit(pid)

    def move_current(self, step: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        target = index.row() + step
        if 0 <= target < self.model.rowCount():
            self.move_requested.emit(index.data(PHOTO_ID_ROLE), target)
