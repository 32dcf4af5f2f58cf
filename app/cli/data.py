"""Workspace verbs: demo, import, export, units, scores, catalogues, catalogue-copy."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import db_path, opened_db, print_json
from app.paths import default_db_path


def cmd_demo(args: argparse.Namespace) -> int:
    from app.exchange.demo import load_demo

    with opened_db(args) as db:
        names = load_demo(db)
    if names:
        print("โหลดข้อมูลตัวอย่างแล้ว: " + ", ".join(names))
    else:
        print("มีหน่วยงานตัวอย่างครบในฐานข้อมูลแล้ว (ไม่แทนที่ข้อมูลที่มีอยู่)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.exchange.importing import AS_NEW, REFUSE, REPLACE, import_workspace

    mode = REPLACE if args.replace else AS_NEW if args.as_new is not None else REFUSE
    with opened_db(args) as db:
        result = import_workspace(db, Path(args.file), mode, args.as_new)
    if result.backup is not None:
        print(f"สำรองข้อมูลก่อนแทนที่ไว้ที่ {result.backup}")
    verb = "แทนที่ข้อมูลหน่วยงาน" if result.replaced else "นำเข้าข้อมูลหน่วยงาน"
    print(f"{verb} “{result.unit_name}” แล้ว")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.exchange.workspace import export_unit

    with opened_db(args) as db, db.session() as session:
        counts = export_unit(session, args.unit, Path(args.file))
    print(f"ส่งออก “{args.unit}” ไปที่ {args.file} แล้ว "
          f"(ผลการประเมิน {counts['assessments']} ปี, มาตรการ {counts['plans']} ปี, ภาพ {counts['photos']} ภาพ)")
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    from app.store.quick_read import unit_summaries

    units = unit_summaries(db_path(args) or default_db_path())
    if units is None:  # no database yet, or one to migrate: open it the normal way
        from app.services.units import list_units

        with opened_db(args) as db, db.session() as session:
            units = [u.as_dict() for u in list_units(session)]
    if args.json:
        print_json(units)
    elif not units:
        print("ยังไม่มีหน่วยงาน (ใช้คำสั่ง demo เพื่อโหลดข้อมูลตัวอย่าง)")
    else:
        for u in units:
            years = ", ".join(map(str, u["assessment_years"])) or "-"
            print(f"{u['name']}\t{u['district']} {u['province']}\tผลการประเมินปี: {years}")
    return 0


def cmd_scores(args: argparse.Namespace) -> int:
    from app.services.units import score_sheet

    with opened_db(args) as db, db.session() as session:
        sheet = score_sheet(session, args.unit, args.year)
        data = sheet.as_dict()
    if args.json:
        print_json(data)
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
        print_json(rows)
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


def configure(verb: str, p: argparse.ArgumentParser) -> None:
    if verb in ("import", "export"):
        p.add_argument("file")
    if verb == "import":
        how = p.add_mutually_exclusive_group()
        how.add_argument("--replace", action="store_true",
                         help="หน่วยงานชื่อนี้มีอยู่แล้ว: แทนที่ข้อมูลทั้งหมด (สำรองข้อมูลปัจจุบันไว้ให้ก่อน)")
        how.add_argument("--as-new", metavar="ชื่อใหม่", help="นำเข้าเป็นหน่วยงานใหม่ในชื่อนี้ ไม่แตะหน่วยงานเดิม")
    if verb in ("export", "scores"):
        p.add_argument("--unit", required=True, help="ชื่อหน่วยงาน")
    if verb == "scores":
        p.add_argument("--year", type=int, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2568")
    if verb in ("units", "scores", "catalogues"):
        p.add_argument("--json", action="store_true")
    if verb == "catalogue-copy":
        p.add_argument("source", help="ชุดต้นแบบ เช่น ITA-2569")
        p.add_argument("new_code", help="รหัสชุดใหม่ เช่น ITA-2570")
        p.add_argument("--year", type=int, required=True, help="ปีงบประมาณของชุดใหม่")
    p.set_defaults(func={
        "demo": cmd_demo, "import": cmd_import, "export": cmd_export, "units": cmd_units,
        "scores": cmd_scores, "catalogues": cmd_catalogues, "catalogue-copy": cmd_catalogue_copy,
    }[verb])
