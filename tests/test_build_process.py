"""Documents are built in a separate process (issue 15 §5): the runner delivers the child's PDF,
a cancel terminates the child and a fresh one builds the next request, the child's failures and
its death come back as Thai messages (never a traceback), and the child only reads the database."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.reports import DocumentRequest, build_document  # noqa: E402
from app.services.units import list_units  # noqa: E402
from tests import build_process_builders as builders  # noqa: E402
from ui.build_process import DIED_MESSAGE  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def request_(demo_db) -> DocumentRequest:
    with demo_db.session() as s:
        unit = next(u.id for u in list_units(s) if "ม่วงยาย" in u.name)
    return DocumentRequest(kind="plan", unit=unit, year=2569)


def _runner(qtbot, db, build_process, builder=build_document):
    from ui.workers import ReportRunner

    return ReportRunner(db, None, builder=builder, process=build_process)


def _pid(build_process) -> int:
    return build_process.pid


def test_the_pdf_comes_from_the_child(qtbot, demo_db, build_process, request_):
    runner = _runner(qtbot, demo_db, build_process)
    with qtbot.waitSignal(runner.finished, timeout=60000) as done:
        runner.generate(request_)
        assert runner.busy()
    pdf, request = done.args
    assert pdf.startswith(b"%PDF") and request == request_
    assert not runner.busy()
    import os

    assert _pid(build_process) != os.getpid()


def test_cancel_terminates_the_child_and_a_fresh_one_builds(qtbot, demo_db, build_process, request_):
    slow = _runner(qtbot, demo_db, build_process, builders.slow)
    finished, failed = [], []
    slow.finished.connect(lambda *a: finished.append(a))
    slow.failed.connect(failed.append)
    with qtbot.waitSignal(slow.progress, timeout=60000):
        slow.generate(request_)
    old = _pid(build_process)
    slow.cancel()
    assert not slow.busy()
    assert _pid(build_process) != old  # a fresh child is on its way
    with pytest.raises(ProcessLookupError):
        import os

        os.kill(old, 0)  # the old one is gone
    qtbot.wait(300)
    assert finished == [] and failed == []  # a cancelled build says nothing

    # asking again while a build runs cancels the older one: only the newer result arrives
    with qtbot.waitSignal(slow.progress, timeout=60000):
        slow.generate(request_)
    slow.builder = build_document
    with qtbot.waitSignal(slow.finished, timeout=60000) as done:
        slow.generate(request_)
    assert done.args[0].startswith(b"%PDF") and failed == []


def test_failures_come_back_in_thai(qtbot, demo_db, build_process, request_):
    runner = _runner(qtbot, demo_db, build_process, builders.broken)
    with qtbot.waitSignal(runner.failed, timeout=60000) as failed:
        runner.generate(request_)
    assert failed.args == ["สร้างเอกสารไม่สำเร็จ: boom"]

    runner.builder = build_document  # a Thai ValueError from the reports passes as it is
    with qtbot.waitSignal(runner.failed, timeout=60000) as failed:
        runner.generate(request_.with_(year=2590))
    assert "ไม่มีมาตรการ" in failed.args[0] and "Traceback" not in failed.args[0]


def test_a_dead_child_is_reported_and_replaced(qtbot, demo_db, build_process, request_):
    runner = _runner(qtbot, demo_db, build_process, builders.dies)
    with qtbot.waitSignal(runner.failed, timeout=60000) as failed:
        runner.generate(request_)
    assert failed.args == [DIED_MESSAGE] and not runner.busy()
    runner.builder = build_document
    with qtbot.waitSignal(runner.finished, timeout=60000) as done:
        runner.generate(request_)
    assert done.args[0].startswith(b"%PDF")


def test_the_child_only_reads(qtbot, demo_db, build_process, request_):
    runner = _runner(qtbot, demo_db, build_process, builders.writes)
    with qtbot.waitSignal(runner.failed, timeout=60000) as failed:
        runner.generate(request_)
    assert failed.args[0].startswith("สร้างเอกสารไม่สำเร็จ") and "readonly" in failed.args[0]
    with demo_db.session() as s:
        assert "x" not in {u.name for u in list_units(s)}


def test_wait_delivers_the_result_without_an_event_loop(qtbot, demo_db, build_process, request_):
    runner = _runner(qtbot, demo_db, build_process)
    got = []
    runner.finished.connect(lambda pdf, _r: got.append(pdf))
    runner.generate(request_)
    assert runner.wait(60000) and not runner.busy()
    assert len(got) == 1 and got[0].startswith(b"%PDF")


def test_a_database_in_memory_is_refused_in_thai(qtbot, build_process, request_):
    from app.store.db import open_database

    memory = open_database(":memory:")
    try:
        runner = _runner(qtbot, memory, build_process)
        with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
            runner.generate(request_)
        assert "หน่วยความจำ" in failed.args[0] and not runner.busy()
    finally:
        memory.close()


def test_the_bundles_entry_hands_a_started_child_over_first():
    """In the bundle the build process is the bundle's own executable started again: its entry
    must call multiprocessing.freeze_support() before anything else, or the child would open a
    second window instead of building."""
    import ast
    from pathlib import Path

    entry = Path(__file__).resolve().parents[1] / "packaging" / "ita_desk_main.py"
    main = next(node for node in ast.parse(entry.read_text(encoding="utf-8")).body
                if isinstance(node, ast.FunctionDef) and node.name == "main")
    calls = [node for stmt in main.body for node in ast.walk(stmt) if isinstance(node, ast.Call)]
    first = calls[0].func
    assert isinstance(first, ast.Attribute) and first.attr == "freeze_support"
    assert isinstance(first.value, ast.Name) and first.value.id == "multiprocessing"


def test_the_word_copy_warms_its_process_while_the_file_is_chosen(qtbot, demo_db, request_, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from ui.widgets.word_export import WordExport

    page = QWidget()
    qtbot.addWidget(page)
    word = WordExport(page, demo_db, lambda: request_, lambda _r: "x.docx")
    monkeypatch.setattr(word, "ask_path", lambda _r: None)  # the officer cancels the file dialog
    try:
        assert word.save() is None and not word.runner.busy()
        qtbot.waitUntil(lambda: word.runner.process.pid is not None, timeout=10000)  # warm for next time
    finally:
        word.runner.shutdown()
    assert word.runner.process.pid is None
