"""Where things live: bundled resources, the per-user data folder, the default database."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ITADesk"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (beside the package, or inside a PyInstaller bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """Per-user data folder; ``ITA_DESK_DATA`` overrides it (tests, portable installs)."""
    override = os.environ.get("ITA_DESK_DATA")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / "ita.sqlite3"


def backups_dir() -> Path:
    return data_dir() / "backups"


def configure_pythainlp() -> None:
    """pythainlp must never reach the network nor write outside our data folder.

    Must run before the first ``import pythainlp``; its settings are read at import time.
    """
    os.environ["PYTHAINLP_OFFLINE"] = "1"
    os.environ["PYTHAINLP_READ_ONLY"] = "1"
    os.environ["PYTHAINLP_DATA"] = str(data_dir() / "pythainlp-data")
