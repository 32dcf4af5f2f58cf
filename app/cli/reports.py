"""``python -m app report KIND --unit U --year Y [...] -o out.pdf``: print a document headless."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import KIND_HELP, opened_db
from app.reports.options import KINDS, PROGRESS_LAYOUTS, ROUND_STYLES, DocumentRequest


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.build import build_document

    columns = tuple(c.strip() for c in args.columns.split(",") if c.strip()) if args.columns else None
    request = DocumentRequest(
        kind=args.kind, unit=args.unit, year=args.year, round=args.round, layout=args.layout,
        with_memo=args.memo, memo_kind=args.memo_kind, thai_digits=False if args.arabic_digits else None,
        font=args.font, photos=not args.no_photos, columns=columns,
        include_plan=not args.no_plan, include_comparison=args.comparison, compare_year=args.compare_year,
        title=args.title.replace("\\n", "\n") if args.title else None, subject=args.subject,
        date=_date(args.date) if args.date else None, preparer=args.preparer,
        # a cover title or cover lines ask for the cover unless --no-cover says otherwise
        cover=True if (args.cover_title or args.cover_extra) and args.cover is None else args.cover,
        cover_title=args.cover_title.replace("\\n", "\n") if args.cover_title else None,
        cover_extra=args.cover_extra.replace("\\n", "\n") if args.cover_extra is not None else None,
        headings=tuple(_heading(h) for h in args.heading) if args.heading else None,
        photos_placement=args.photos, computed_notes=True if args.computed_notes else None,
        round_style=args.round_style,
    )
    request.validate()
    out = Path(args.output)
    fmt = args.format or ("docx" if out.suffix.lower() == ".docx" else "pdf")
    with opened_db(args) as db, db.session() as session:
        if fmt == "docx":
            from app.docx import build_docx

            data = build_docx(session, request)
        else:
            data = build_document(session, request)
        note = _memo_note(session, request)
    if args.output == "-":
        sys.stdout.buffer.write(data)
    else:
        from app.fsio import write_bytes

        write_bytes(out, data)  # a failure leaves the previous file (or none), never a 0-byte one
    print(f"เขียน {out} แล้ว ({len(data) / 1024:.0f} KB)", file=sys.stderr if args.output == "-" else sys.stdout)
    if note:  # a blank name line is right on paper, but the officer should know before printing
        sys.stdout.flush()
        print(f"คำเตือน: {note}", file=sys.stderr)
    return 0


def _memo_note(session, request: DocumentRequest) -> str:
    """The memo's signature blocks that print no name (app.reports.memo_check), "" if none or
    no memo."""
    if request.kind != "memo" and not request.with_memo:
        return ""
    from app.reports.build import memo_for
    from app.reports.memo_check import missing_signers, missing_signers_note

    return missing_signers_note(missing_signers(memo_for(session, request)))


def _date(text: str):
    """--date: ISO (2025-10-13) or Thai "๑๓/๑๐/๒๕๖๘" / "13/10/2568" (day/month/BE year)."""
    import datetime as dt

    from app.thai.digits import to_arabic_digits

    raw = to_arabic_digits(text.strip())
    try:
        if "/" in raw:
            day, month, year = (int(x) for x in raw.split("/"))
            return dt.date(year - 543 if year > 2400 else year, month, day)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"วันที่ “{text}” อ่านไม่ได้ (ใช้ 2025-10-13 หรือ 13/10/2568)") from None


def _heading(text: str) -> tuple[str, str]:
    """--heading column=label."""
    if "=" not in text:
        raise ValueError(f"--heading ต้องเป็น คอลัมน์=หัวคอลัมน์ เช่น title=มาตรการ/กิจกรรม ไม่ใช่ “{text}”")
    column, label = text.split("=", 1)
    return column.strip(), label.strip()


def configure(verb: str, p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, help=KIND_HELP)
    p.add_argument("--unit", required=True, help="ชื่อหน่วยงาน")
    p.add_argument("--year", type=int, required=True,
                   help="ปีงบประมาณ พ.ศ.: ปีที่ประเมิน (analysis, comparison) หรือปีของมาตรการ (plan, progress, summary)")
    p.add_argument("--round", type=int, choices=(6, 12), default=12, help="รอบการรายงาน ๖ หรือ ๑๒ เดือน")
    p.add_argument("--layout", help="รูปแบบ: progress = " + " | ".join(PROGRESS_LAYOUTS)
                   + " (ตามคอลัมน์ | ตามข้อคำถาม | ตามสถานะ), plan = indicator | theme"
                   " (ตามตัวชี้วัด | ตามประเด็น) ไม่ระบุ = รูปแบบที่บันทึกไว้กับเอกสาร หรือตามข้อมูล")
    p.add_argument("--round-style", choices=ROUND_STYLES,
                   help="progress: บรรทัดรอบการรายงานในหัวรายงาน period = รอบ ๑๒ เดือน (ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖)"
                        " | plain = (รอบ ๑๒ เดือน) ต่อท้ายปีงบประมาณ (แบบเอกสาร ๐๐๑)"
                        " | months = รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖) (แบบเอกสาร ๐๐๔)"
                        " | none = ไม่พิมพ์บรรทัดรอบ ชื่อรายงานระบุเอง (แบบเอกสาร ๐๐๒)"
                        " ไม่ระบุ = แบบที่บันทึกไว้กับเอกสาร")
    p.add_argument("--memo", action="store_true", help="มีบันทึกข้อความนำหน้าเอกสาร (พิมพ์เป็นไฟล์เดียว)")
    p.add_argument("--memo-kind", choices=("analysis", "plan", "progress"),
                   help="memo: บันทึกข้อความของเอกสารชนิดใด")
    p.add_argument("--arabic-digits", action="store_true", help="ใช้เลขอารบิกแทนเลขไทย")
    p.add_argument("--font", help="แบบอักษร เช่น Sarabun หรือ TH SarabunIT๙ (ถ้ามีในเครื่อง)")
    p.add_argument("--no-photos", action="store_true", help="ไม่พิมพ์ภาพประกอบ")
    p.add_argument("--columns", help="คอลัมน์ที่พิมพ์ คั่นด้วยจุลภาค เช่น title,steps,summary,outcome")
    p.add_argument("--no-plan", action="store_true", help="analysis: ไม่พิมพ์ตารางมาตรการปีถัดไป")
    p.add_argument("--comparison", action="store_true",
                   help="progress: ต่อท้ายด้วยผลการประเมินสองปีและข้อเสนอแนะ (แบบเอกสาร ๐๐๐)")
    p.add_argument("--compare-year", type=int, help="comparison: ปีที่นำมาเปรียบเทียบ (ค่าเริ่มต้น ปีก่อนหน้า)")
    p.add_argument("--title", help="ชื่อรายงาน (บรรทัดแรกของหัวเรื่อง; ขึ้นบรรทัดใหม่ด้วย \\n)")
    p.add_argument("--subject", help="เรื่อง ของบันทึกข้อความ (ค่าเริ่มต้น: ชื่อรายงาน)")
    p.add_argument("--date", help="วันที่ของบันทึกข้อความ เช่น 2025-10-13 หรือ 13/10/2568 "
                                  "(ค่าเริ่มต้น: ในช่วงเวลาของเอกสาร)")
    p.add_argument("--cover", action="store_true", default=None, help="มีหน้าปก")
    p.add_argument("--no-cover", dest="cover", action="store_false", help="ไม่มีหน้าปก")
    p.add_argument("--cover-title", help="ชื่อบนหน้าปก (ค่าเริ่มต้น: ชื่อรายงาน; ขึ้นบรรทัดใหม่ด้วย \\n; "
                                         "ใส่แล้วมีหน้าปก)")
    p.add_argument("--cover-extra", help="ข้อความเพิ่มบนหน้าปก ใต้ชื่อหน่วยงาน เช่น ภาค ๖ หรือคำขวัญ "
                                         "(ขึ้นบรรทัดใหม่ด้วย \\n; \"\" = ไม่พิมพ์; ค่าเริ่มต้น: ที่บันทึกไว้กับเอกสาร)")
    p.add_argument("--preparer", help="ผู้จัดทำ: รหัสหรือชื่อผู้ลงนาม (\"\" = ไม่พิมพ์)")
    p.add_argument("--heading", action="append", metavar="คอลัมน์=หัวคอลัมน์",
                   help="หัวคอลัมน์ของเอกสารนี้ เช่น title=มาตรการ/กิจกรรมที่ดำเนินการ (ใส่ได้หลายครั้ง)")
    p.add_argument("--photos", choices=("end", "group"),
                   help="ภาพประกอบ: end = ท้ายรายงาน, group = ต่อท้ายแต่ละกลุ่ม/ประเด็น (แบบเอกสาร ๐๐๐)")
    p.add_argument("--computed-notes", action="store_true",
                   help="analysis: พิมพ์หมายเหตุเมื่อค่าที่คำนวณต่างจากที่ประกาศ")
    p.add_argument("--format", choices=("pdf", "docx"),
                   help="pdf หรือ docx (ไฟล์ Word ที่แก้ไขได้); ค่าเริ่มต้นตามนามสกุลของไฟล์ที่เขียน")
    p.add_argument("-o", "--output", required=True, help="ไฟล์ PDF หรือ .docx ที่จะเขียน")
    p.set_defaults(func=cmd_report)
