"""``python -m app``: a verb runs the command line; no verb (or ``run``) hands over to the window."""
from __future__ import annotations

import subprocess
import sys

from app.__main__ import _wants_window


def test_verbs_stay_on_the_command_line_and_no_verb_opens_the_window():
    assert _wants_window([])
    assert _wants_window(["run", "--demo"])
    assert _wants_window(["--db", "x.sqlite3"])
    assert not _wants_window(["units"])
    assert not _wants_window(["--db", "run", "units"])  # "run" here is the option's value
    assert not _wants_window(["--help"])
    assert not _wants_window(["--selftest"])


def test_help_is_printed_by_the_command_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True, timeout=60,
                         env={"ITA_DESK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.returncode == 0 and "python -m ui" in out.stdout
