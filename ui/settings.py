"""Window state kept between runs (QSettings), behind typed properties.

Only window state lives here: size and position, the splitter, the last page, unit and year,
and the folders the file dialogs last used per kind of file.
Everything the user edits is in the database.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ITADesk"
APPLICATION = "ITA Desk"


class WindowSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._s.setValue("window/splitter", value)

    @property
    def last_page(self) -> str | None:
        value = self._s.value("place/page")
        return str(value) if value else None

    @last_page.setter
    def last_page(self, key: str) -> None:
        self._s.setValue("place/page", key)

    @property
    def last_unit(self) -> str | None:
        """The unit's name (ids change when a unit is re-imported)."""
        value = self._s.value("place/unit")
        return str(value) if value else None

    @last_unit.setter
    def last_unit(self, name: str) -> None:
        self._s.setValue("place/unit", name)

    @property
    def last_year(self) -> int | None:
        value = self._s.value("place/year")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_year.setter
    def last_year(self, year: int | None) -> None:
        self._s.setValue("place/year", "" if year is None else int(year))

    def folder(self, kind: str) -> Path | None:
        """The folder a file dialog of ``kind`` last used (``ui.file_dialogs``)."""
        value = self._s.value(f"folders/{kind}")
        return Path(str(value)) if value else None

    def set_folder(self, kind: str, folder: Path) -> None:
        self._s.setValue(f"folders/{kind}", str(folder))

    def sync(self) -> None:
        self._s.sync()
