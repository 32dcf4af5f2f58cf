"""Maintenance verbs: backup, restore, backups, check, selftest, about."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from app.maintenance.backup import BackupError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _db_path(args: argparse.Namespace) -> Path:
    from app.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"ผิดพลาด: {message}", file=sys.stderr)
    return code


def cmd_backup(args: argparse.Namespace) -> int:
    from app.maintenance.backup import backup_now, backup_to

    try:
        path = backup_to(Path(args.output), _db_path(args)) if args.output else backup_now(_db_path(args))
    except BackupError as exc:
        return _fail(exc.args[0])
    print(f"สำรองข้อมูลไว้ที่ {path} แล้ว")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from app.maintenance.backup import list_backups

    backups = list_backups(db_path=_db_path(args))
    if args.json:
        print(json.dumps([{"path": str(b.path), "reason": b.reason, "created": b.created.isoformat(),
                           "size": b.size} for b in backups], ensure_ascii=False, indent=1))
    elif not backups:
        print("ยังไม่มีไฟล์สำรองข้อมูล")
    else:
        for b in backups:
            print(f"{b.created:%Y-%m-%d %H:%M:%S}\t{b.label}\t{b.size / 1024:.0f} KB\t{b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.maintenance.backup import restore
    from app.store.db import open_database

    if not args.yes:
        return _fail("การคืนข้อมูลจะแทนที่ข้อมูลปัจจุบันทั้งหมด (โปรแกรมสำรองข้อมูลปัจจุบันไว้ให้ก่อน) "
                     "หากแน่ใจ ให้สั่งใหม่พร้อม --yes", EXIT_USAGE)
    target = _db_path(args)
    from app.store.lock import WriterLock, locked_message

    lock = WriterLock(target)
    if lock.is_held_elsewhere():  # replacing the data under an open window's feet loses its edits
        return _fail(locked_message(target, lock.owner()) + " — ปิดหน้าต่างนั้นก่อนคืนข้อมูล "
                     "หรือคืนข้อมูลจากเมนู เครื่องมือ ในหน้าต่างนั้น")
    try:
        result = restore(Path(args.file), target)
    except BackupError as exc:
        return _fail(exc.args[0])
    open_database(target).close()  # an older backup is brought up to this program's schema now
    print(f"คืนข้อมูลจาก {result.restored_from} แล้ว")
    if result.safety_backup:
        print(f"ข้อมูลก่อนคืนสำรองไว้ที่ {result.safety_backup}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.maintenance.integrity import check_database

    report = check_database(_db_path(args))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.text())
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_selftest(args: argparse.Namespace) -> int:
    from app.maintenance.selftest import selftest_report, summary_lines, write_report

    report = selftest_report(render=not args.no_render)
    path = Path(args.report) if args.report else Path(tempfile.gettempdir()) / "ita-desk-selftest.json"
    write_report(report, path)
    for line in summary_lines(report):
        print(line)
    print(f"รายงานผลอยู่ที่ {path}")
    return EXIT_OK if report["ok"] else EXIT_FAILED


def cmd_about(args: argparse.Namespace) -> int:
    from app.maintenance.versions import about_text

    print(about_text())
    return EXIT_OK


def configure(verb: str, p: argparse.ArgumentParser) -> None:
    if verb == "backup":
        p.add_argument("-o", "--output", help="ไฟล์ปลายทาง (ค่าเริ่มต้น: โฟลเดอร์ backups ในโฟลเดอร์ข้อมูล)")
    elif verb in ("backups", "check"):
        p.add_argument("--json", action="store_true")
    elif verb == "restore":
        p.add_argument("file")
        p.add_argument("--yes", action="store_true", help="ยืนยันการแทนที่ข้อมูลปัจจุบัน")
    elif verb == "selftest":
        p.add_argument("--report", help="ไฟล์รายงานผล JSON")
        p.add_argument("--no-render", action="store_true", help="ข้ามขั้นแสดงผล PDF ด้วย Qt")
    p.set_defaults(func={"backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore, "check": cmd_check,
                         "selftest": cmd_selftest, "about": cmd_about}[verb])
