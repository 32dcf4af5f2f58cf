"""The pinned PySide6 leaks no reference per event-loop call or per signal (issue 12 §7).

PySide6 6.12.0 on CPython 3.11 dropped one reference to ``None`` per event-loop call and one
to ``True`` per unit/year switch; the interpreter then aborted ("deallocating None",
"bool_dealloc") after about 10,000 of them. The loops below run in a child process, so an
abort is a failed test and not a dead test run, and compare ``sys.getrefcount`` of ``None``
and ``True`` before and after.
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.legacy_venv import installed_pyside

ROOT = Path(__file__).resolve().parent.parent
LOOPS = 20_000

CHILD = r"""
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from app.store.db import open_database
from ui.context import UiContext

qapp = QApplication([])
db = open_database(sys.argv[1])
ctx = UiContext(db)
seen = []
ctx.selection_changed.connect(lambda: seen.append(ctx.fiscal_year))
n = int(sys.argv[2])
result = {}

def counts():
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

before = counts()
for i in range(n):  # unit/year switches, each followed by an event-loop call
    ctx.select(1 + i % 2, 2567 + i % 3)
    qapp.processEvents()
after = counts()
result["switches"] = [a - b for a, b in zip(after, before)]
result["signals"] = len(seen)

before = counts()
loop = QEventLoop()
for i in range(n // 10):  # nested event loops, as every dialog's exec() runs one
    QTimer.singleShot(0, loop.quit)
    loop.exec()
after = counts()
result["loops"] = [a - b for a, b in zip(after, before)]
db.close()
print(json.dumps(result))
"""


def _locked_pyside() -> str:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return re.search(r"^pyside6-essentials==(\S+)", lock, re.M)[1]


def test_twenty_thousand_switches_and_event_loop_calls_leak_nothing(tmp_path):
    if installed_pyside() != _locked_pyside():
        pytest.skip(f"PySide6 {installed_pyside()} installed, {_locked_pyside()} locked: "
                    "this venv was not built from requirements.lock")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               ITA_DESK_DATA=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "t.sqlite3"), str(LOOPS)],
                          env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-800:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["signals"] == LOOPS  # every switch changed the selection and was delivered
    # A leak of one reference per call would show as -20,000 (or -2,000); allow a little noise.
    for phase in ("switches", "loops"):
        assert all(abs(d) < 50 for d in result[phase]), (phase, result)
