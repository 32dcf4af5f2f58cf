"""Log files rotate; an unexpected error is logged in full and shown as a Thai message."""
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.maintenance.logs import LOG_NAME, error_message, install_excepthook, log_path, setup_logging

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


def test_logging_rotates(tmp_path, restore_root_logger):
    path = setup_logging(tmp_path / "logs", max_bytes=2000, backup_count=2)
    assert path == tmp_path / "logs" / LOG_NAME and log_path() == path
    log = logging.getLogger("ita_desk.test")
    for i in range(200):
        log.info("บรรทัดที่ %d ของบันทึกการทำงาน", i)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == [LOG_NAME, LOG_NAME + ".1", LOG_NAME + ".2"]
    for p in path.parent.iterdir():
        assert p.stat().st_size <= 2000 + 200
    assert "บรรทัดที่ 199" in path.read_text(encoding="utf-8")  # newest in the live file, UTF-8
    # Set up again (e.g. a second window): still one handler of ours.
    setup_logging(tmp_path / "logs")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_ita_desk_handler", False)]
    assert len(ours) == 1


def test_excepthook_logs_the_traceback_and_shows_where(tmp_path, restore_root_logger):
    path = setup_logging(tmp_path / "logs")
    shown: list[str] = []
    previous = sys.excepthook
    uninstall = install_excepthook(shown.append)
    assert sys.excepthook is not previous
    try:
        try:
            {}["ไม่มีคีย์นี้"]
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "Traceback" in text and "ไม่มีคีย์นี้" in text
    assert "test_excepthook_logs_the_traceback_and_shows_where" in text  # the frame is there
    assert len(shown) == 1
    assert "เกิดข้อผิดพลาดที่โปรแกรมไม่ได้คาดไว้" in shown[0] and str(path) in shown[0]
    assert "KeyError" in shown[0]
    assert sys.excepthook is previous  # uninstalled


def test_thread_errors_are_logged_but_not_shown_from_the_thread(tmp_path, restore_root_logger, capsys):
    path = setup_logging(tmp_path / "logs")
    shown: list[str] = []
    uninstall = install_excepthook(shown.append)
    try:
        t = threading.Thread(target=lambda: 1 / 0, name="งานเบื้องหลัง")
        t.start()
        t.join()
    finally:
        uninstall()
    assert "ZeroDivisionError" in path.read_text(encoding="utf-8")
    assert shown == []  # a window may only be touched from the main thread
    assert str(path) in capsys.readouterr().err


def test_a_failing_message_box_still_leaves_the_log(tmp_path, restore_root_logger):
    path = setup_logging(tmp_path / "logs")

    def broken(_text):
        raise RuntimeError("no window")

    uninstall = install_excepthook(broken)
    try:
        try:
            raise ValueError("ข้อมูลผิด")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    text = path.read_text(encoding="utf-8")
    assert "ข้อมูลผิด" in text and "could not show the error message" in text


def test_uncaught_error_in_a_real_process(tmp_path):
    """End to end: a program that dies of an exception leaves the log and says where it is."""
    code = ("import app\nfrom app.maintenance.logs import setup_logging, install_excepthook\n"
            "setup_logging()\ninstall_excepthook(None)\n"
            "def ประมวลผล():\n    raise RuntimeError('ระเบิด')\nประมวลผล()\n")
    env = dict(os.environ, ITA_DESK_DATA=str(tmp_path / "data"), PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                          encoding="utf-8")
    assert proc.returncode == 1
    log_file = tmp_path / "data" / "logs" / LOG_NAME
    assert str(log_file) in proc.stderr and "เกิดข้อผิดพลาด" in proc.stderr
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: ระเบิด" in text and "ประมวลผล" in text


def test_error_message_without_a_log():
    text = error_message(OSError("ดิสก์เต็ม"), None)
    assert "OSError: ดิสก์เต็ม" in text and "ไม่สามารถบันทึกรายละเอียดลงไฟล์ได้" in text
