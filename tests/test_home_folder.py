"""The test run never touches the real home folder (conftest points it into a temporary folder)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

pwd = pytest.importorskip("pwd")  # the real home folder, whatever HOME says (POSIX)


def test_home_and_window_settings_are_private():
    from PySide6.QtCore import QSettings

    from ui.settings import APPLICATION, ORGANIZATION

    real_home = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    temp = Path(tempfile.gettempdir()).resolve()
    for folder in (Path.home(), Path(os.environ["XDG_CONFIG_HOME"]),
                   Path(QSettings(ORGANIZATION, APPLICATION).fileName())):
        assert folder.resolve().is_relative_to(temp) and not folder.resolve().is_relative_to(real_home)
