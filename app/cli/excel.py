"""Excel verbs: xlsx, score-template, score-import, consolidate."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_ERROR, opened_db
from app.thai.digits import format_score


def configure(verb: str, p: argparse.ArgumentParser) -> None:
    if verb == "xlsx":
        p.add_argument("--unit", required=True, help="ชื่อหน่วยงาน")
        p.add_argument("--year", type=int, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2568")
        p.add_argument("-o", "--output", required=True, help="ไฟล์ .xlsx ที่จะเขียน")
        p.set_defaults(func=cmd_xlsx)
    elif verb == "score-template":
        p.add_argument("--catalogue", help="รหัสชุดตัวชี้วัด เช่น ITA-2568 (ค่าเริ่มต้น: ของปีที่ระบุ)")
        p.add_argument("--unit", help="ชื่อหน่วยงาน (ถ้าระบุพร้อมปี จะเติมคะแนนที่บันทึกไว้)")
        p.add_argument("--year", type=int, help="ปีงบประมาณ พ.ศ.")
        p.add_argument("-o", "--output", required=True)
        p.set_defaults(func=cmd_score_template)
    elif verb == "score-import":
        p.add_argument("file")
        p.add_argument("--unit", required=True)
        p.add_argument("--year", type=int, required=True)
        p.add_argument("--apply", action="store_true", help="บันทึกการเปลี่ยนแปลง (ไม่ระบุ = ตรวจและแสดงอย่างเดียว)")
        p.set_defaults(func=cmd_score_import)
    elif verb == "consolidate":
        p.add_argument("inputs", nargs="+", help="ไฟล์สรุปผล .xlsx ของแต่ละหน่วยงาน")
        p.add_argument("-o", "--output", required=True, help="ไฟล์ .xlsx ที่จะเขียน")
        p.add_argument("--pdf", help="เขียน PDF ของสรุปผลด้วย")
        p.add_argument("--year", type=int, help="ปีงบประมาณที่จะรวม (ค่าเริ่มต้น: ปีที่ไฟล์ส่วนใหญ่เป็น)")
        p.add_argument("--title", help="ชื่อพื้นที่ในหัวเรื่อง เช่น “อำเภอเวียงแก่น จังหวัดเชียงราย”")
        p.add_argument("--arabic-digits", action="store_true", help="แสดงตัวเลขอารบิกแทนเลขไทย")
        p.set_defaults(func=cmd_consolidate)


def cmd_xlsx(args: argparse.Namespace) -> int:
    from app.excel.summary import write_summary

    with opened_db(args) as db, db.session() as session:
        write_summary(session, args.unit, args.year, Path(args.output))
    print(f"เขียน {args.output} แล้ว")
    return 0


def cmd_score_template(args: argparse.Namespace) -> int:
    from app.excel.template import write_score_template
    from app.services.years import CatalogueNeeded, catalogue_choices, catalogue_of_year

    if not args.catalogue and not args.year:
        raise ValueError("ระบุ --catalogue หรือ --year อย่างใดอย่างหนึ่ง")
    with opened_db(args) as db, db.session() as session:
        code = args.catalogue
        if code is None:  # the year's own catalogue; another year's only when named
            own = catalogue_of_year(session, args.year)
            if own is None:
                raise CatalogueNeeded(args.year, catalogue_choices(session))
            code = own.code
        write_score_template(session, code, Path(args.output), unit_name=args.unit, fiscal_year=args.year)
    print(f"เขียนแบบกรอกคะแนน {code} ที่ {args.output} แล้ว")
    return 0


def cmd_score_import(args: argparse.Namespace) -> int:
    from app.excel.score_import import apply_score_plan, read_score_file

    with opened_db(args) as db, db.transaction() as session:
        plan = read_score_file(session, Path(args.file), args.unit, args.year)
        for ch in plan.changes:
            print(f"  {ch.label} [{ch.cell}]: {_show(ch.old)} → {_show(ch.new)}")
        for problem in plan.problems:
            print(f"  ปัญหา: {problem}", file=sys.stderr)
        print(plan.summary())
        if not plan.ok:
            return EXIT_ERROR
        if args.apply and plan.changes:
            apply_score_plan(session, plan)
            print("บันทึกคะแนนแล้ว")
        elif plan.changes:
            print("ยังไม่ได้บันทึก (ใช้ --apply เพื่อบันทึก)")
    return 0


def _show(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, (int, float)):
        return format_score(value, thai=False)
    return str(value)


def cmd_consolidate(args: argparse.Namespace) -> int:
    from app.excel.consolidate import consolidate

    result = consolidate([Path(p) for p in args.inputs], Path(args.output),
                         pdf=Path(args.pdf) if args.pdf else None, fiscal_year=args.year,
                         thai_digits=not args.arabic_digits, title_text=args.title)
    print(f"รวมผล {len(result.units)} หน่วยงาน ปีงบประมาณ {result.fiscal_year} ไปที่ {result.xlsx}")
    for s in result.skipped:
        print(f"  ข้าม {s.path}: {s.reason}", file=sys.stderr)
    if result.pdf:
        print(f"เขียน PDF ที่ {result.pdf} แล้ว")
    if result.pdf_error:
        print(f"  {result.pdf_error}", file=sys.stderr)
    return 0
