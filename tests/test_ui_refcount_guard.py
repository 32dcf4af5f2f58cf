"""The PySide6 6.12.0 None-refcount leak exists in the pinned version, and the guard holds."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOP = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
for _ in range(30000):
    app.processEvents()
print("survived")
"""


def _run(prefix: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", prefix + LOOP], env=env, capture_output=True,
                          text=True, timeout=120)


def test_many_event_loop_calls_survive_with_the_guard():
    result = _run("import ui\n")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout


def test_the_leak_is_still_there_without_it():
    """When this fails, the pinned PySide6 no longer leaks: drop ui/refcount_guard.py."""
    if sys.version_info >= (3, 12):
        return  # None is immortal there; the leak cannot crash
    result = _run("")
    assert result.returncode != 0 and "deallocating None" in result.stderr
