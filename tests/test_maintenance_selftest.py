"""The self-test, the integrity check and the About data, on real databases."""
import json
import sqlite3

import pytest

from app.cli import main as cli_main
from app.maintenance import selftest
from app.maintenance.integrity import FAIL, OK, WARN, check_database
from app.maintenance.selftest import run_selftest
from app.maintenance.versions import LICENCES, about_text, component_versions

STEPS = ["database", "demo", "integrity", "backup", "thai_pdf", "workbook"]


def test_selftest_headless_parts_pass(tmp_path):
    report_path = tmp_path / "report.json"
    assert run_selftest(report_path, render=False, keep_dir=tmp_path / "work") == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["ok"] is True
    assert [s["name"] for s in report["steps"]] == STEPS
    assert all(s["ok"] and s["error"] is None for s in report["steps"])
    steps = {s["name"]: s["detail"] for s in report["steps"]}
    assert steps["demo"]["units"] == 5 and 0 < steps["demo"]["overall"] <= 100
    assert steps["thai_pdf"]["paragraph_lines"] >= 3
    assert steps["workbook"]["writer"] in ("app.excel.summary", "openpyxl")
    assert (tmp_path / "work" / "selftest.pdf").read_bytes().startswith(b"%PDF")


def test_a_failing_step_fails_the_run_and_skips_what_needs_it(tmp_path, monkeypatch):
    def broken(ctx):
        raise RuntimeError("ไม่มีฟอนต์")

    monkeypatch.setattr(selftest, "_thai_pdf", broken)
    report_path = tmp_path / "r.json"
    ran = []
    extra = [("render", lambda ctx: ran.append(ctx["pdf"]), ("thai_pdf",)),
             ("window", lambda ctx: ran.append(ctx["unit"]) or {"shown": True}, ("demo",))]
    assert run_selftest(report_path, extra_steps=extra) == 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    steps = {s["name"]: s for s in report["steps"]}
    assert report["ok"] is False
    assert steps["thai_pdf"]["error"] == "RuntimeError: ไม่มีฟอนต์" and "Traceback" in steps["thai_pdf"]["detail"]["traceback"]
    assert steps["render"]["error"] == "skipped: needs thai_pdf"
    assert steps["demo"]["ok"] and steps["workbook"]["ok"]  # independent steps still ran
    assert steps["window"]["ok"] and steps["window"]["detail"] == {"shown": True}
    assert len(ran) == 1  # the window step ran with the demo unit; the render step did not run


def test_selftest_verb(tmp_path, capsys):
    report = tmp_path / "r.json"
    assert cli_main(["selftest", "--no-render", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "ผ่านทุกขั้น" in out and str(report) in out
    assert json.loads(report.read_text(encoding="utf-8"))["ok"]


# --- integrity -------------------------------------------------------------------------------


def test_integrity_of_a_sound_database(demo_db, capsys):
    report = check_database(demo_db.path)
    assert report.ok and [c.status for c in report.checks] == [OK, OK, OK, OK]  # last: access rights
    assert cli_main(["check", "--db", str(demo_db.path)]) == 0
    assert "ข้อมูลถูกต้องครบถ้วน" in capsys.readouterr().out


def test_integrity_finds_broken_references(demo_db, capsys):
    demo_db.close()
    conn = sqlite3.connect(str(demo_db.path))
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO department (unit_id, name, position) VALUES (9999, 'กองที่ไม่มีเจ้าของ', 0)")
    conn.commit()
    conn.close()
    report = check_database(demo_db.path)
    assert not report.ok
    fk = report.checks[1]
    assert fk.status == FAIL and "ตาราง department" in fk.lines[0] and "ตาราง unit" in fk.lines[0]
    assert cli_main(["check", "--db", str(demo_db.path)]) == 1
    assert "พบปัญหา" in capsys.readouterr().out


def test_integrity_finds_a_damaged_file(demo_db, tmp_path):
    demo_db.close()
    data = bytearray(demo_db.path.read_bytes())
    page = 4096
    assert len(data) > 40 * page
    for p in range(5, 40, 3):  # overwrite the middle of several b-tree pages
        data[p * page + 100:p * page + 3000] = b"\xff" * 2900
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    report = check_database(damaged)
    assert not report.ok
    assert report.checks[0].status == FAIL
    assert "พบปัญหา" in report.text()


def test_integrity_of_an_older_revision_warns(tmp_path):
    from alembic import command

    from app.store.db import alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    report = check_database(path)
    assert report.ok and report.checks[2].status == WARN and "เก่ากว่า" in report.checks[2].detail
    missing = check_database(tmp_path / "none.sqlite3")
    assert not missing.ok and "ไม่พบไฟล์" in missing.text()


# --- about -----------------------------------------------------------------------------------


def test_about_lists_versions_and_licences(capsys):
    versions = {c.name: c.version for c in component_versions()}
    for name in ("ITA Desk", "Python", "SQLite", "Qt (PySide6)", "QtPdf", "SQLAlchemy", "Alembic",
                 "ReportLab", "uharfbuzz", "PyThaiNLP", "openpyxl"):
        assert versions[name] not in ("", "-"), name
    assert component_versions(qt_version="6.99.0")[3].version == "6.99.0"
    licences = {x.licence for x in LICENCES}
    assert {"OFL-1.1", "LGPL-3.0-only", "Apache-2.0", "MIT", "BSD-3-Clause"} <= licences
    assert cli_main(["about"]) == 0
    out = capsys.readouterr().out
    assert "Sarabun" in out and "SIL Open Font License" in out and "สัญญาอนุญาต" in out
    assert "LGPL-3.0-only" in out and "pythainlp" in out.lower() and "ทุกส่วนประกอบที่มากับโปรแกรม" in out
    assert about_text().count("\n") > 20
