"""Year verbs: ``years`` (what can be added) and ``year-add``.

The same services as the window's year dialog (``app.services.years`` and
``app.services.carry_over``): a year without its own catalogue is refused with the list of
catalogues to copy, and ``--copy-from`` names the one to use.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json

from app.cli.common import opened_db


def _today(args: argparse.Namespace) -> dt.date | None:
    if not getattr(args, "today", None):
        return None
    try:
        return dt.date.fromisoformat(args.today)
    except ValueError:
        raise ValueError(f"วันที่ “{args.today}” ไม่ถูกต้อง (ใช้รูปแบบ ปปปป-ดด-วว แบบ ค.ศ. เช่น 2026-11-30)") from None


def _unit_id(session, name: str) -> int:
    from app.services.units import find_unit

    return find_unit(session, name).id


def _chosen(session, unit_id: int, plan_year: int, spec: str) -> list[int] | None:
    """"all", or positions in the previous plan ("1,3,5", as the measures page numbers them)."""
    from app.services import carry_over

    if spec.strip() == "all":
        return None
    _, measures = carry_over.previous_measures(session, unit_id, plan_year)
    try:
        positions = [int(x) for x in spec.replace(" ", "").split(",") if x]
    except ValueError:
        raise ValueError(f"--from-previous ต้องเป็น all หรือลำดับมาตรการคั่นด้วยจุลภาค เช่น 1,3,5 (ได้ “{spec}”)") from None
    wrong = [p for p in positions if not 1 <= p <= len(measures)]
    if wrong or not positions:
        raise ValueError(f"แผนมาตรการปี {plan_year - 1} มี {len(measures)} มาตรการ: ไม่มีลำดับ "
                         f"{', '.join(map(str, wrong)) or spec}")
    return [measures[p - 1].id for p in positions]


def cmd_years(args: argparse.Namespace) -> int:
    from app.services.years import year_options

    today = _today(args)
    with opened_db(args) as db, db.session() as session:
        opts = year_options(session, _unit_id(session, args.unit) if args.unit else None, today)
    data = {
        "first_year": opts.first_year, "last_year": opts.last_year, "current_year": opts.current_year,
        "results_year": opts.results_year, "plan_year": opts.plan_year,
        "assessment_years": list(opts.assessment_years), "plan_years": list(opts.plan_years),
        "catalogues": [{"code": c.code, "fiscal_year": c.fiscal_year, "items": c.item_count,
                        "provisional": c.provisional} for c in opts.catalogues],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(f"ปีงบประมาณปัจจุบัน {opts.current_year}: เพิ่มได้ตั้งแต่ปี {opts.first_year} ถึง {opts.last_year}")
    print(f"ผลการประเมินที่น่าจะต้องกรอกตอนนี้: ปี {opts.results_year}  มาตรการ: ปี {opts.plan_year}")
    for c in opts.catalogues:
        print(f"  {c.label}")
    return 0


def cmd_year_add(args: argparse.Namespace) -> int:
    from app.services import carry_over, measure_edits
    from app.services.years import add_results_year, default_plan_year, default_results_year, check_year

    today = _today(args)
    lines = []
    with opened_db(args) as db, db.transaction() as session:
        unit_id = _unit_id(session, args.unit)
        if not args.plan_only:
            year = args.year or default_results_year(today)
            lines.append(add_results_year(session, unit_id, year, args.copy_from, today).message)
        if args.plan_year or args.plan_only:
            plan_year = args.plan_year or default_plan_year(today)
            check_year(plan_year, today)
            if args.from_previous:
                ids = _chosen(session, unit_id, plan_year, args.from_previous)
                _, plan_id = carry_over.start_plan_from_previous(session, unit_id, plan_year, ids)
            else:
                _, plan_id = measure_edits.create_plan(session, unit_id, plan_year)
            count = len(measure_edits.plan_view(session, unit_id, plan_year).measures)
            lines.append(f"สร้างแผนมาตรการปี {plan_year} แล้ว ({count} มาตรการ)")
    print("\n".join(lines))
    return 0


def configure(verb: str, p: argparse.ArgumentParser) -> None:
    if verb == "years":
        p.add_argument("--unit", help="ชื่อหน่วยงาน (แสดงปีที่หน่วยงานมีแล้ว)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_years)
    else:
        p.add_argument("--unit", required=True, help="ชื่อหน่วยงาน")
        p.add_argument("--year", type=int, help="ปีของผลการประเมิน (ค่าเริ่มต้น: ปีที่เพิ่งประเมิน)")
        p.add_argument("--copy-from", help="ชุดตัวชี้วัดที่จะคัดลอก เมื่อปีนั้นยังไม่มีชุดของตัวเอง เช่น ITA-2569")
        p.add_argument("--plan-year", type=int, help="สร้างแผนมาตรการของปีนี้ด้วย")
        p.add_argument("--plan-only", action="store_true", help="สร้างเฉพาะแผนมาตรการ (ค่าเริ่มต้น: ปีถัดจากปีที่เพิ่งประเมิน)")
        p.add_argument("--from-previous", metavar="all|1,3,5",
                       help="เริ่มแผนจากมาตรการของแผนปีก่อน: ทั้งหมด (all) หรือลำดับที่เลือก")
        p.set_defaults(func=cmd_year_add)
    p.add_argument("--today", help="วันที่อ้างอิงแบบ ค.ศ. เช่น 2026-11-30 (ค่าเริ่มต้น: วันนี้)")
