"""The headless command line, ``python -m app VERB …``: the same services as the window.

Every verb is declared in ``VERBS`` (its name, the module that handles it, its Thai help). The
top-level parser lists them all without importing them; only the chosen verb's module is
imported, to add its arguments (``configure(verb, parser)``) and run its handler, so
``--help`` or ``units`` never load the reports, Excel or typesetting layers
(``benchmarks/bench_cli.py`` measures it; ``tests/test_cli_imports.py`` checks it).

A handler takes the parsed arguments and returns an exit code. Errors reach the user as one
Thai line on stderr with a non-zero exit code.

The window is not part of ``app/``: ``python -m ui`` (``ui.launch``) calls ``main`` with a
``window`` callable, which the ``run`` verb and the no-verb case use. Without it (``python -m
app``) no verb prints the help.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.cli.common import EXIT_ERROR, EXIT_USAGE, KIND_HELP
from app.cli.thai_help import ThaiHelpFormatter, use_thai

# Opens the window: (database path or None for the default, load the demo into an empty database).
Window = Callable[[Path | None, bool], int]


@dataclass(frozen=True)
class Verb:
    name: str
    module: str  # has configure(verb, parser): adds the verb's arguments and its handler
    help: str


VERBS = (
    Verb("demo", "app.cli.data", "โหลดหน่วยงานตัวอย่างจากรายงานจริง"),
    Verb("import", "app.cli.data", "นำเข้าไฟล์แลกเปลี่ยนข้อมูล (.itaz หรือ .json)"),
    Verb("export", "app.cli.data", "ส่งออกข้อมูลทั้งหมดของหน่วยงานเป็นไฟล์เดียว"),
    Verb("units", "app.cli.data", "รายชื่อหน่วยงานในฐานข้อมูล"),
    Verb("scores", "app.cli.data", "คะแนนรายตัวชี้วัด เครื่องมือ ภาพรวม และระดับ (คำนวณและที่ประกาศ)"),
    Verb("catalogues", "app.cli.data", "ชุดตัวชี้วัดรายปีที่มากับโปรแกรมและที่อยู่ในฐานข้อมูล"),
    Verb("catalogue-copy", "app.cli.data", "คัดลอกชุดตัวชี้วัดเพื่อเริ่มปีใหม่โดยไม่ต้องรอโปรแกรมรุ่นใหม่"),
    Verb("years", "app.cli.years", "ปีงบประมาณที่เพิ่มได้ ปีที่ควรกรอกตอนนี้ และชุดตัวชี้วัด"),
    Verb("year-add", "app.cli.years", "เพิ่มปีงบประมาณให้หน่วยงาน: ผลการประเมินของปีใดก็ได้ และแผนมาตรการของปีถัดไป"),
    Verb("typeset", "app.cli.typeset", "จัดหน้าข้อความไทยจากไฟล์ข้อความเป็น PDF (ตรวจการตัดคำ)"),
    Verb("report", "app.cli.reports", "พิมพ์เอกสารเป็น PDF หรือ Word (" + KIND_HELP + ")"),
    Verb("xlsx", "app.cli.excel", "ส่งออกสรุปผล ITA ของหน่วยงานเป็น Excel (.xlsx)"),
    Verb("score-template", "app.cli.excel", "สร้างแบบกรอกคะแนน Excel ของชุดตัวชี้วัด"),
    Verb("score-import", "app.cli.excel", "ตรวจและนำเข้าคะแนนจากแบบกรอกคะแนน Excel"),
    Verb("consolidate", "app.cli.excel", "รวมไฟล์สรุปผล Excel ของหลายหน่วยงานเป็นไฟล์เดียว (อำเภอ/จังหวัด)"),
    Verb("backup", "app.cli.maintenance", "สำรองข้อมูล (ทำได้ขณะเปิดโปรแกรมอยู่)"),
    Verb("backups", "app.cli.maintenance", "รายการไฟล์สำรองข้อมูล ใหม่สุดก่อน"),
    Verb("restore", "app.cli.maintenance", "คืนข้อมูลจากไฟล์สำรอง (สำรองข้อมูลปัจจุบันไว้ให้ก่อน)"),
    Verb("check", "app.cli.maintenance", "ตรวจความถูกต้องของฐานข้อมูล"),
    Verb("selftest", "app.cli.maintenance", "ทดสอบว่าโปรแกรมที่ติดตั้งทำงานครบ (ฐานข้อมูล PDF ไทย Excel QtPdf)"),
    Verb("about", "app.cli.maintenance", "รุ่นของโปรแกรมและส่วนประกอบ และสัญญาอนุญาต"),
)
VERB_NAMES = frozenset(v.name for v in VERBS) | {"run"}
OPTIONS_WITH_VALUE = ("--db",)  # top-level options whose value may look like a verb


def chosen_verb(argv: list[str]) -> str | None:
    """The verb on the command line (the first word that is not an option or an option's value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in VERB_NAMES else None
    return None


def build_parser(verb: str | None = None, window: Window | None = None) -> argparse.ArgumentParser:
    """Every verb listed; only ``verb``'s module imported and its arguments added."""
    use_thai()  # before any parser exists: "-h"'s own help is translated when it is added
    common = argparse.ArgumentParser(add_help=False, formatter_class=ThaiHelpFormatter)
    common.add_argument("--db", default=argparse.SUPPRESS, help="ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)")
    parser = argparse.ArgumentParser(
        prog="python -m app" if window is None else "ita-desk", parents=[common],
        formatter_class=ThaiHelpFormatter,
        description="ITA Desk: งานเอกสาร ITA ของ อปท. " + (
            "(เปิดหน้าต่างโปรแกรมด้วย python -m ui หรือคำสั่ง ita-desk)" if window is None
            else "(ไม่ระบุคำสั่ง = เปิดหน้าต่างโปรแกรม)"),
    )
    parser.add_argument("--selftest", action="store_true", help="ทดสอบตัวเอง (เหมือนคำสั่ง selftest)")
    sub = parser.add_subparsers(dest="verb", metavar="คำสั่ง")

    p = sub.add_parser("run", parents=[common], formatter_class=ThaiHelpFormatter,
                       help="เปิดหน้าต่างโปรแกรม" if window else "เปิดหน้าต่างโปรแกรม (ใช้ python -m ui หรือคำสั่ง ita-desk)")
    p.add_argument("--demo", action="store_true", help="ฐานข้อมูลว่าง: เปิดข้อมูลตัวอย่างทันทีโดยไม่ถามข้อมูลหน่วยงาน")
    p.set_defaults(func=lambda args: _run(window, args))
    for v in VERBS:
        p = sub.add_parser(v.name, parents=[common], help=v.help, formatter_class=ThaiHelpFormatter)
        if v.name == verb:
            importlib.import_module(v.module).configure(v.name, p)
    return parser


def _run(window: Window | None, args: argparse.Namespace) -> int:
    if window is None:
        print("ผิดพลาด: คำสั่ง python -m app ไม่เปิดหน้าต่าง ให้ใช้ python -m ui หรือคำสั่ง ita-desk", file=sys.stderr)
        return EXIT_USAGE
    return window(Path(args.db) if getattr(args, "db", None) else None, getattr(args, "demo", False))


def main(argv: list[str] | None = None, *, window: Window | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--selftest" in argv:  # the installed program's self-test: python -m app --selftest
        argv = ["selftest"] + [a for a in argv if a != "--selftest"]
    parser = build_parser(chosen_verb(argv), window)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:  # no verb: the window when there is one, else the help
        if window is None:
            parser.print_help()
            return 0
        return _run(window, args)
    try:
        return func(args)
    except (ValueError, KeyError) as exc:  # InputError is a ValueError
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"ผิดพลาด: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("หยุดตามที่สั่ง (ข้อมูลที่บันทึกแล้วยังอยู่ครบ)", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the officer gets Thai, whoever helps gets the log
        return _unexpected(exc)


def _unexpected(exc: BaseException) -> int:
    """OS and database failures as Thai sentences; anything else logged, never a traceback."""
    import sqlite3

    import sqlalchemy.exc

    from app.fsio import os_error_message
    from app.maintenance.backup import BackupError

    if isinstance(exc, BackupError):
        message = exc.args[0]
    elif isinstance(exc, OSError):
        message = os_error_message(exc, exc.filename, "ใช้")
    elif isinstance(exc, (sqlite3.Error, sqlalchemy.exc.OperationalError, sqlalchemy.exc.DatabaseError)):
        from app.store.db import sqlite_error_message

        message = sqlite_error_message(exc, None, "ใช้")
    else:
        from app.maintenance.logs import error_message, log, setup_logging

        try:
            where = setup_logging()
            log.critical("unexpected error in the command line", exc_info=exc)
        except Exception:  # noqa: BLE001 - the log itself cannot be written (full disk, no rights)
            where = None
        message = error_message(exc, where)
    print(f"ผิดพลาด: {message}", file=sys.stderr)
    return EXIT_ERROR
