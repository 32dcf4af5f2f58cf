"""The headless command line, ``python -m app VERB …``: the same services as the window.

Verbs are registered by modules that expose ``register(subparsers)``; each verb's handler
takes the parsed arguments and returns an exit code. Errors reach the user as one Thai line
on stderr with a non-zero exit code.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from app.store.db import Database, open_database

# Modules contributing verbs (each has ``register(subparsers)``); absent ones are skipped so
# a partial checkout still gives a working command line.
VERB_MODULES = ("app.reports.cli", "app.excel.cli", "app.maintenance.cli", "app.years_cli")

EXIT_USAGE = 2
EXIT_ERROR = 1


def open_db(args: argparse.Namespace) -> Database:
    return open_database(Path(args.db) if getattr(args, "db", None) else None)


@contextmanager
def opened_db(args: argparse.Namespace) -> Iterator[Database]:
    """The verb's database (``--db`` or the default), closed when the verb is done."""
    db = open_db(args)
    try:
        yield db
    finally:
        db.close()


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


# --- verbs -----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from app.exchange.demo import load_demo

    with opened_db(args) as db:
        names = load_demo(db)
    print("โหลดข้อมูลตัวอย่างแล้ว: " + ", ".join(names))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.exchange.workspace import import_file

    with opened_db(args) as db, db.transaction() as session:
        unit = import_file(session, Path(args.file))
        name = unit.name
    print(f"นำเข้าข้อมูลหน่วยงาน “{name}” แล้ว")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.exchange.workspace import export_unit

    with opened_db(args) as db, db.session() as session:
        counts = export_unit(session, args.unit, Path(args.file))
    print(f"ส่งออก “{args.unit}” ไปที่ {args.file} แล้ว "
          f"(ผลการประเมิน {counts['assessments']} ปี, มาตรการ {counts['plans']} ปี, ภาพ {counts['photos']} ภาพ)")
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    from app.services.units import list_units

    with opened_db(args) as db, db.session() as session:
        units = list_units(session)
    if args.json:
        _print_json([u.as_dict() for u in units])
    elif not units:
        print("ยังไม่มีหน่วยงาน (ใช้คำสั่ง demo เพื่อโหลดข้อมูลตัวอย่าง)")
    else:
        for u in units:
            years = ", ".join(map(str, u.assessment_years)) or "-"
            print(f"{u.name}\t{u.district} {u.province}\tผลการประเมินปี: {years}")
    return 0


def cmd_scores(args: argparse.Namespace) -> int:
    from app.services.units import score_sheet

    with opened_db(args) as db, db.session() as session:
        sheet = score_sheet(session, args.unit, args.year)
        data = sheet.as_dict()
    if args.json:
        _print_json(data)
        return 0
    overall = data["overall"]
    print(f"{args.unit} ปีงบประมาณ {args.year} ({data['catalogue']})")
    print(f"คะแนนรวม: คำนวณ {_fmt(overall['computed'])}  ประกาศ {_fmt(overall['published'])}")
    print(f"ระดับ: คำนวณ {data['level']['computed'] or '-'}  ประกาศ {data['level']['published'] or '-'}")
    for t in data["tools"]:
        print(f"  {t['code']}: คำนวณ {_fmt(t['computed'])}  ประกาศ {_fmt(t['published'])}")
    for i in data["indicators"]:
        flag = "  ≠ ไม่ตรงกับที่ประกาศ" if i["mismatch"] else ""
        print(f"  ตัวชี้วัดที่ {i['number']} {i['name']}: คำนวณ {_fmt(i['computed'])}  ประกาศ {_fmt(i['published'])}{flag}")
    for mm in data["mismatches"]:
        print(f"  ไม่ตรงกัน: {mm['where']} คำนวณ {mm['computed']} ประกาศ {mm['published']}")
    return 0


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.2f}"


def cmd_catalogues(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.services.catalogues import catalogue_files
    from app.store.models import Catalogue

    with opened_db(args) as db, db.session() as session:
        stored = {c.code: c for c in session.scalars(select(Catalogue)).all()}
        rows = []
        for code in sorted(set(catalogue_files()) | set(stored)):
            cat = stored.get(code)
            rows.append({"code": code, "in_database": cat is not None,
                         "provisional": cat.provisional if cat else None,
                         "items": len(cat.items) if cat else None})
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            where = "ในฐานข้อมูล" if r["in_database"] else "มากับโปรแกรม"
            print(f"{r['code']}\t{where}" + ("\tชั่วคราว" if r["provisional"] else ""))
    return 0


def cmd_catalogue_copy(args: argparse.Namespace) -> int:
    from app.services.catalogues import copy_catalogue

    with opened_db(args) as db, db.transaction() as session:
        cat = copy_catalogue(session, args.source, args.new_code, args.year)
        count = len(cat.items)
    print(f"สร้างชุดตัวชี้วัด {args.new_code} จาก {args.source} แล้ว ({count} ข้อ) แก้ไขได้ก่อนใช้")
    return 0


def cmd_typeset(args: argparse.Namespace) -> int:
    from app.typeset.debug import typeset_file

    typeset_file(Path(args.file), Path(args.output), font=args.font, size=args.size, thai_digits=args.thai_digits)
    print(f"เขียน {args.output} แล้ว")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    try:
        from ui.main import run_gui
    except ImportError:
        build_parser().print_help()
        return 0
    return run_gui(Path(args.db) if getattr(args, "db", None) else None,
                   demo_first_run=getattr(args, "demo", False))


# --- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)")
    parser = argparse.ArgumentParser(
        prog="python -m app", parents=[common],
        description="ITA Desk: งานเอกสาร ITA ของ อปท. (ไม่ระบุคำสั่ง = เปิดหน้าต่างโปรแกรม)",
    )
    parser.add_argument("--selftest", action="store_true", help="ทดสอบตัวเอง (เหมือนคำสั่ง selftest)")
    sub = parser.add_subparsers(dest="verb", metavar="คำสั่ง")

    def verb(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(func=func)
        return p

    p = verb("run", cmd_run, "เปิดหน้าต่างโปรแกรม")
    p.add_argument("--demo", action="store_true", help="ฐานข้อมูลว่าง: เปิดข้อมูลตัวอย่างทันทีโดยไม่ถามข้อมูลหน่วยงาน")
    verb("demo", cmd_demo, "โหลดหน่วยงานตัวอย่างจากรายงานจริง")
    p = verb("import", cmd_import, "นำเข้าไฟล์แลกเปลี่ยนข้อมูล (.itaz หรือ .json)")
    p.add_argument("file")
    p = verb("export", cmd_export, "ส่งออกข้อมูลทั้งหมดของหน่วยงานเป็นไฟล์เดียว")
    p.add_argument("file")
    p.add_argument("--unit", required=True, help="ชื่อหน่วยงาน")
    p = verb("units", cmd_units, "รายชื่อหน่วยงานในฐานข้อมูล")
    p.add_argument("--json", action="store_true")
    p = verb("scores", cmd_scores, "คะแนนรายตัวชี้วัด เครื่องมือ ภาพรวม และระดับ (คำนวณและที่ประกาศ)")
    p.add_argument("--unit", required=True)
    p.add_argument("--year", type=int, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2568")
    p.add_argument("--json", action="store_true")
    p = verb("catalogues", cmd_catalogues, "ชุดตัวชี้วัดรายปีที่มากับโปรแกรมและที่อยู่ในฐานข้อมูล")
    p.add_argument("--json", action="store_true")
    p = verb("catalogue-copy", cmd_catalogue_copy, "คัดลอกชุดตัวชี้วัดเพื่อเริ่มปีใหม่โดยไม่ต้องรอโปรแกรมรุ่นใหม่")
    p.add_argument("source", help="ชุดต้นแบบ เช่น ITA-2569")
    p.add_argument("new_code", help="รหัสชุดใหม่ เช่น ITA-2570")
    p.add_argument("--year", type=int, required=True, help="ปีงบประมาณของชุดใหม่")
    p = verb("typeset", cmd_typeset, "จัดหน้าข้อความไทยจากไฟล์ข้อความเป็น PDF (ตรวจการตัดคำ)")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--font", default="Sarabun")
    p.add_argument("--size", type=float, default=16)
    p.add_argument("--thai-digits", action="store_true")

    for module_name in VERB_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--selftest" in argv:  # the installed program's self-test: python -m app --selftest
        argv = ["selftest"] + [a for a in argv if a != "--selftest"]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args.func = cmd_run
    try:
        return args.func(args)
    except (ValueError, KeyError, FileNotFoundError) as exc:  # InputError is a ValueError
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"ผิดพลาด: {message}", file=sys.stderr)
        return EXIT_ERROR
