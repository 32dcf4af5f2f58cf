"""Workspace exchange files: one file holding a whole unit (format in docs/exchange-format.md).

Export writes a ZIP with ``workspace.json`` and the photos by content hash; import reads a
ZIP or a bare ``workspace.json``, validates everything into new objects first and only then
replaces the unit inside the caller's transaction, so a bad file writes nothing.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange.fields import ExchangeError, Node
from app.fsio import atomic_path
from app.services.catalogues import catalogue_files, ensure_catalogue
from app.services.units import find_unit
from app.store import models as m

FORMAT = "ita-workspace"
FORMAT_VERSION = 1
JSON_NAME = "workspace.json"
MAX_ZIP_MEMBER = 200 * 1024 * 1024  # refuse absurd members (zip bombs) before reading them
MAX_ZIP_TOTAL = 1024 * 1024 * 1024

_EXT = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"}
_SECTION_KINDS = m.SECTION_KINDS
_DOC_KINDS = ("analysis", "plan", "progress", "other", "")


# --- export ----------------------------------------------------------------------------------


def unit_to_document(unit: m.Unit) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The exchange document for a unit, and the photo bytes it references."""
    photos: dict[str, bytes] = {}
    signer_keys = {s.id: s.key for s in unit.signers}

    def image_file(data: bytes, mime: str) -> str:
        name = f"photos/{hashlib.sha256(data).hexdigest()}.{_EXT.get(mime, 'bin')}"
        photos[name] = data
        return name

    def photo_entry(p: m.Photo) -> dict[str, Any]:
        name = f"photos/{hashlib.sha256(p.data).hexdigest()}.{_EXT.get(p.mime, 'bin')}"
        photos[name] = p.data
        return {"file": name, "caption": p.caption, "filename": p.filename, "mime": p.mime}

    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "unit": {
            "name": unit.name, "kind": unit.kind, "district": unit.district,
            "province": unit.province, "phone": unit.phone, "doc_prefix": unit.doc_prefix,
            "head_title": unit.head_title, "font": unit.font, "thai_digits": unit.thai_digits,
            "departments": [d.name for d in unit.departments], "office": unit.office,
        },
        "signers": [_drop_none({"key": s.key, "name": s.name, "positions": list(s.positions), "role": s.role,
                                "signature": image_file(s.signature_png, _guess_mime(s.signature_png))
                                if s.signature_png else None})
                    for s in unit.signers],
        "assessments": [
            {
                "fiscal_year": a.fiscal_year,
                "catalogue": a.catalogue.code,
                "published_overall": a.published_overall,
                "published_level": a.published_level,
                "note": a.note,
                "item_scores": [
                    _drop_none({"item": s.item_code, "score": s.score, "public": s.public, "survey": s.survey})
                    for s in sorted(a.item_scores, key=lambda s: _item_order(a, s.item_code))
                ],
                "group_scores": [
                    {"group": g.group_code, "published": g.published}
                    for g in sorted(a.group_scores, key=lambda g: _group_order(a, g.group_code))
                ],
                "indicator_scores": [
                    _drop_none({"indicator": s.indicator_number, "published": s.published,
                                "public": s.public, "survey": s.survey})
                    for s in sorted(a.indicator_scores, key=lambda s: s.indicator_number)
                ],
                "tool_scores": [
                    {"tool": t.tool_code, "published": t.published}
                    for t in sorted(a.tool_scores, key=lambda t: t.tool_code)
                ],
                "analysis": [
                    {"indicator": x.indicator_number, "deficiency": x.deficiency,
                     "to_develop": x.to_develop, "to_keep": x.to_keep}
                    for x in sorted(a.analyses, key=lambda x: x.indicator_number)
                ],
                "sections": {s.kind: s.text for s in a.sections},
            }
            for a in unit.assessments
        ],
        "plans": [
            {
                "fiscal_year": p.fiscal_year,
                "grouping": p.grouping,
                "intro": p.intro,
                "measures": [
                    {
                        "indicator": ms.indicator_number, "theme": ms.theme_number,
                        "title": ms.title, "finding": ms.finding, "steps": ms.steps,
                        "period_start": ms.period_start.isoformat() if ms.period_start else None,
                        "period_end": ms.period_end.isoformat() if ms.period_end else None,
                        "period_text": ms.period_text, "responsible": list(ms.responsible),
                        "related_items": list(ms.related_items), "monitoring": ms.monitoring,
                        "progress": [
                            {"round": pr.round, "status": pr.status, "summary": pr.summary,
                             "outcome": pr.outcome, "remarks": pr.remarks,
                             "photos": [photo_entry(ph) for ph in pr.photos]}
                            for pr in ms.progress
                        ],
                    }
                    for ms in p.measures
                ],
                "notes": [
                    {"round": n.round, "indicator": n.indicator_number, "theme": n.theme_number, "text": n.text}
                    for n in p.notes
                ],
            }
            for p in unit.plans
        ],
        "memos": [
            {
                "fiscal_year": mm.fiscal_year, "document_kind": mm.document_kind, "round": mm.round,
                "office": mm.office, "number": mm.number,
                "date": mm.date.isoformat() if mm.date else None,
                "subject": mm.subject, "addressee": mm.addressee, "body_form": mm.body_form,
                "sections": list(mm.sections),
                "signer": signer_keys.get(mm.signer_id) if mm.signer_id else None,
                "comments": list(mm.comments),
            }
            for mm in unit.memos
        ],
        "documents": [
            {
                "document_kind": w.document_kind, "fiscal_year": w.fiscal_year, "round": w.round,
                "title": w.title, "headings": dict(w.headings or {}), "columns": list(w.columns or []),
                "date": w.date.isoformat() if w.date else None, "cover": w.cover,
                "preparer": signer_keys.get(w.preparer_id) if w.preparer_id else None,
                "photos_placement": w.photos_placement, "computed_notes": w.computed_notes,
            }
            for w in unit.wordings
        ],
    }
    return doc, photos


def _item_order(a: m.Assessment, code: str) -> tuple[int, str]:
    positions = {it.code: it.position for it in a.catalogue.items}
    return (positions.get(code, 10_000), code)


def _group_order(a: m.Assessment, code: str) -> tuple[int, str]:
    positions = {g.code: g.position for g in a.catalogue.groups}
    return (positions.get(code, 10_000), code)


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def dumps(doc: dict[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, Thai kept as is, so equal data gives equal bytes."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def export_unit(session: Session, unit_name: str, dest: Path) -> dict[str, int]:
    unit = find_unit(session, unit_name)
    doc, photos = unit_to_document(unit)
    with atomic_path(Path(dest), private=True, action="ส่งออก") as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            # A fixed timestamp keeps exports of unchanged data byte-identical.
            _write(zf, JSON_NAME, dumps(doc))
            for name in sorted(photos):
                _write(zf, name, photos[name], compress=zipfile.ZIP_STORED)
    return {"assessments": len(doc["assessments"]), "plans": len(doc["plans"]), "photos": len(photos)}


def _write(zf: zipfile.ZipFile, name: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = compress
    zf.writestr(info, data)


# --- import ----------------------------------------------------------------------------------


@dataclass
class LoadedFile:
    document: dict[str, Any]
    photos: dict[str, bytes]


def read_file(path: Path) -> LoadedFile:
    """Read an exchange ZIP or a bare JSON file; photos of a bare file are read beside it."""
    path = Path(path)
    if not path.exists():
        raise ExchangeError(f"ไม่พบไฟล์ {path}")
    if zipfile.is_zipfile(path):
        return _read_zip(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(f"ไฟล์ {path.name} ไม่ใช่ไฟล์แลกเปลี่ยนข้อมูล (อ่าน JSON ไม่ได้: {exc})") from None
    photos = {}
    for ref in _photo_refs(doc):
        candidate = (path.parent / ref).resolve()
        if path.parent.resolve() in candidate.parents and candidate.is_file():
            photos[ref] = candidate.read_bytes()
    return LoadedFile(doc, photos)


def _read_zip(path: Path) -> LoadedFile:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > MAX_ZIP_TOTAL or any(i.file_size > MAX_ZIP_MEMBER for i in infos):
                raise ExchangeError(f"ไฟล์ {path.name} มีขนาดเมื่อแตกออกใหญ่ผิดปกติ จึงไม่เปิด")
            if JSON_NAME not in zf.namelist():
                raise ExchangeError(f"ไฟล์ {path.name} ไม่มี {JSON_NAME} จึงไม่ใช่ไฟล์แลกเปลี่ยนข้อมูล")
            doc = json.loads(zf.read(JSON_NAME).decode("utf-8"))
            photos = {n: zf.read(n) for n in zf.namelist() if n.startswith("photos/")}
    except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(f"ไฟล์ {path.name} เสียหาย อ่านไม่ได้ ({exc})") from None
    return LoadedFile(doc, photos)


def _photo_refs(doc: Any) -> list[str]:
    refs = []
    for s in (doc.get("signers") or []) if isinstance(doc, dict) else []:
        if isinstance(s, dict) and isinstance(s.get("signature"), str):
            refs.append(s["signature"])
    for plan in (doc.get("plans") or []) if isinstance(doc, dict) else []:
        for ms in plan.get("measures") or [] if isinstance(plan, dict) else []:
            for pr in ms.get("progress") or [] if isinstance(ms, dict) else []:
                for ph in pr.get("photos") or [] if isinstance(pr, dict) else []:
                    if isinstance(ph, dict) and isinstance(ph.get("file"), str):
                        refs.append(ph["file"])
    return refs


def import_document(session: Session, loaded: LoadedFile) -> m.Unit:
    """Build the unit from the document and replace any unit of the same name.

    Everything is validated while building detached objects; the session is only touched
    once the whole document has been read, and the caller's transaction makes it atomic.
    """
    root = Node(loaded.document)
    if not isinstance(loaded.document, dict) or loaded.document.get("format") != FORMAT:
        raise ExchangeError("ไฟล์นี้ไม่ใช่ไฟล์แลกเปลี่ยนข้อมูลของโปรแกรม (ช่อง format ต้องเป็น “ita-workspace”)")
    version = root.int("format_version", required=True)
    if version != FORMAT_VERSION:
        raise root.fail("format_version", f"รุ่น {version} ไม่รองรับ (รองรับรุ่น {FORMAT_VERSION})")

    u = root.obj("unit")
    assert u is not None
    unit = m.Unit(
        name=u.str("name", required=True).strip(), kind=u.str("kind"), district=u.str("district"),
        province=u.str("province"), phone=u.str("phone"), doc_prefix=u.str("doc_prefix"),
        head_title=u.str("head_title"), font=u.str("font", default="Sarabun") or "Sarabun",
        thai_digits=u.bool("thai_digits", True), office=u.str("office"),
    )
    seen_depts: set[str] = set()
    for i, name in enumerate(u.str_list("departments")):
        if name in seen_depts:
            raise u.fail(f"departments[{i}]", f"ชื่อหน่วยงานย่อย “{name}” ซ้ำ")
        seen_depts.add(name)
        unit.departments.append(m.Department(name=name, position=i))

    signers: dict[str, m.Signer] = {}
    for i, s in enumerate(root.list("signers")):
        key = s.str("key", required=True)
        if key in signers:
            raise s.fail("key", f"รหัสผู้ลงนาม “{key}” ซ้ำ")
        signers[key] = m.Signer(key=key, name=s.str("name", required=True),
                                positions=s.str_list("positions"), position=i,
                                role=s.choice("role", ("",) + m.SIGNER_ROLES, _ROLE_OF_KEY.get(key, "")))
        signature = s.opt_str("signature")
        if signature:
            if signature not in loaded.photos:
                raise s.fail("signature", f"ไม่พบไฟล์ภาพลายมือชื่อ “{signature}” ในไฟล์แลกเปลี่ยน")
            signers[key].signature_png = loaded.photos[signature]
    unit.signers = list(signers.values())

    codes = set(catalogue_files())
    catalogue_cache: dict[str, m.Catalogue] = {}

    def catalogue(node: Node) -> m.Catalogue:
        code = node.str("catalogue", required=True)
        if code not in catalogue_cache:
            existing = session.scalar(select(m.Catalogue).where(m.Catalogue.code == code))
            if existing is None and code not in codes:
                raise node.fail("catalogue", f"ไม่รู้จักชุดตัวชี้วัด “{code}”")
            catalogue_cache[code] = existing or ensure_catalogue(session, code)
        return catalogue_cache[code]

    years: set[int] = set()
    for a in root.list("assessments"):
        unit.assessments.append(_read_assessment(a, catalogue(a), years))

    plan_years: set[int] = set()
    for p in root.list("plans"):
        unit.plans.append(_read_plan(p, loaded.photos, plan_years))

    for mm in root.list("memos"):
        unit.memos.append(_read_memo(mm, signers))

    seen_docs: set[tuple] = set()
    for d in root.list("documents"):
        unit.wordings.append(_read_wording(d, signers, seen_docs))

    old = session.scalar(select(m.Unit).where(m.Unit.name == unit.name))
    if old is not None:
        session.delete(old)
        session.flush()
    session.add(unit)
    session.flush()
    return unit


def _read_assessment(a: Node, cat: m.Catalogue, years: set[int]) -> m.Assessment:
    fy = a.int("fiscal_year", required=True, low=2500, high=2700)
    if fy in years:
        raise a.fail("fiscal_year", f"ปีงบประมาณ {fy} ซ้ำ")
    years.add(fy)
    items = {it.code: it for it in cat.items}
    groups = {g.code for g in cat.groups}
    tools = {t.code for t in cat.tools}
    numbers = {d.number for d in cat.indicators}
    out = m.Assessment(
        fiscal_year=fy, catalogue=cat, published_overall=a.score("published_overall"),
        published_level=a.opt_str("published_level"), note=a.str("note"),
    )
    seen: set[str] = set()
    for s in a.list("item_scores"):
        code = s.str("item", required=True)
        if code not in items:
            raise s.fail("item", f"ไม่มีข้อ “{code}” ในชุดตัวชี้วัด {cat.code}")
        if code in seen:
            raise s.fail("item", f"ข้อ “{code}” ซ้ำ")
        seen.add(code)
        out.item_scores.append(m.ItemScore(item_code=code, score=s.score("score"),
                                           public=s.score("public"), survey=s.score("survey")))
    for g in a.list("group_scores"):
        code = g.str("group", required=True)
        if code not in groups:
            raise g.fail("group", f"ไม่มีกลุ่ม “{code}” ในชุดตัวชี้วัด {cat.code}")
        out.group_scores.append(m.GroupScore(group_code=code, published=g.score("published")))
    for s in a.list("indicator_scores"):
        num = s.int("indicator", required=True)
        if num not in numbers:
            raise s.fail("indicator", f"ไม่มีตัวชี้วัดที่ {num}")
        out.indicator_scores.append(m.IndicatorScore(
            indicator_number=num, published=s.score("published"),
            public=s.score("public"), survey=s.score("survey")))
    for t in a.list("tool_scores"):
        code = t.str("tool", required=True)
        if code not in tools:
            raise t.fail("tool", f"ไม่มีเครื่องมือ “{code}”")
        out.tool_scores.append(m.ToolScore(tool_code=code, published=t.score("published")))
    for x in a.list("analysis"):
        num = x.int("indicator", required=True)
        if num not in numbers:
            raise x.fail("indicator", f"ไม่มีตัวชี้วัดที่ {num}")
        out.analyses.append(m.Analysis(indicator_number=num, deficiency=x.str("deficiency"),
                                       to_develop=x.str("to_develop"), to_keep=x.str("to_keep")))
    sections = a.obj("sections", required=False)
    if sections is not None:
        for kind in sections.value:
            if kind not in _SECTION_KINDS:
                raise sections.fail(kind, f"ไม่รู้จักหัวข้อ (รองรับ {', '.join(_SECTION_KINDS)})")
            out.sections.append(m.AssessmentSection(kind=kind, text=sections.str(kind)))
    return out


def _read_plan(p: Node, photos: dict[str, bytes], years: set[int]) -> m.MeasurePlan:
    fy = p.int("fiscal_year", required=True, low=2500, high=2700)
    if fy in years:
        raise p.fail("fiscal_year", f"ปีงบประมาณ {fy} ซ้ำ")
    years.add(fy)
    plan = m.MeasurePlan(fiscal_year=fy, grouping=p.choice("grouping", (m.GROUP_BY_INDICATOR, m.GROUP_BY_THEME),
                                                               m.GROUP_BY_INDICATOR), intro=p.str("intro"))
    for i, ms in enumerate(p.list("measures")):
        measure = m.Measure(
            position=i, indicator_number=ms.int("indicator", low=1, high=10),
            theme_number=ms.int("theme", low=1, high=7), title=ms.str("title", required=True),
            finding=ms.str("finding"), steps=ms.str("steps"), period_start=ms.date("period_start"),
            period_end=ms.date("period_end"), period_text=ms.str("period_text"),
            responsible=ms.str_list("responsible"), related_items=ms.str_list("related_items"),
            monitoring=ms.str("monitoring"),
        )
        if measure.period_start and measure.period_end and measure.period_end < measure.period_start:
            raise ms.fail("period_end", "วันสิ้นสุดมาก่อนวันเริ่มต้น")
        rounds: set[int] = set()
        for pr in ms.list("progress"):
            rnd = pr.int("round", required=True, choices=(6, 12))
            if rnd in rounds:
                raise pr.fail("round", f"รอบ {rnd} เดือน ซ้ำ")
            rounds.add(rnd)
            progress = m.Progress(round=rnd, status=pr.choice("status", m.STATUSES, m.STATUS_NOT_STARTED),
                                  summary=pr.str("summary"), outcome=pr.str("outcome"), remarks=pr.str("remarks"))
            for j, ph in enumerate(pr.list("photos")):
                ref = ph.str("file", required=True)
                if ref not in photos:
                    raise ph.fail("file", f"ไม่พบไฟล์ภาพ “{ref}” ในไฟล์แลกเปลี่ยน")
                data = photos[ref]
                progress.photos.append(m.Photo(
                    position=j, caption=ph.str("caption"), filename=ph.str("filename") or Path(ref).name,
                    mime=ph.str("mime") or _guess_mime(data), data=data))
            measure.progress.append(progress)
        plan.measures.append(measure)
    for n in p.list("notes"):
        plan.notes.append(m.ProgressNote(
            round=n.int("round", required=True, choices=(6, 12)), indicator_number=n.int("indicator", low=1, high=10),
            theme_number=n.int("theme", low=1, high=7), text=n.str("text")))
    return plan


def _read_memo(mm: Node, signers: dict[str, m.Signer]) -> m.Memo:
    signer_key = mm.opt_str("signer")
    if signer_key and signer_key not in signers:
        raise mm.fail("signer", f"ไม่มีผู้ลงนามรหัส “{signer_key}” ในรายการ signers")
    sections = []
    for s in mm.list("sections"):
        sections.append({"heading": s.str("heading"), "text": s.str("text")})
    comments = []
    for c in mm.list("comments"):
        comments.append({"title": c.str("title"), "text": c.str("text"),
                         "signer_name": c.str("signer_name"), "positions": c.str_list("positions")})
    memo = m.Memo(
        fiscal_year=mm.int("fiscal_year", low=2500, high=2700),
        document_kind=mm.choice("document_kind", _DOC_KINDS, ""), round=mm.int("round", choices=(6, 12)),
        office=mm.str("office"), number=mm.str("number"), date=mm.date("date"), subject=mm.str("subject"),
        addressee=mm.str("addressee"), body_form=mm.choice("body_form", ("short", "four_part"), "short"),
        sections=sections, comments=comments,
    )
    if signer_key:
        memo.signer = signers[signer_key]
    return memo


_ROLE_OF_KEY = {"officer": m.ROLE_OFFICER, "palad": m.ROLE_CHIEF, "chief": m.ROLE_CHIEF, "head": m.ROLE_HEAD}
_WORDING_KINDS = ("analysis", "plan", "progress", "summary", "comparison")


def _read_wording(d: Node, signers: dict[str, m.Signer], seen: set[tuple]) -> m.DocumentWording:
    kind = d.choice("document_kind", _WORDING_KINDS, "")
    if not kind:
        raise d.fail("document_kind", f"ต้องระบุชนิดเอกสาร ({', '.join(_WORDING_KINDS)})")
    year = d.int("fiscal_year", required=True, low=2500, high=2700)
    rnd = d.int("round", choices=(6, 12)) if kind == "progress" else None
    if (kind, year, rnd) in seen:
        raise d.fail("fiscal_year", "ถ้อยคำของเอกสารนี้ซ้ำ")
    seen.add((kind, year, rnd))
    headings = d.obj("headings", required=False)
    preparer = d.opt_str("preparer")
    if preparer and preparer not in signers:
        raise d.fail("preparer", f"ไม่มีผู้ลงนามรหัส “{preparer}” ในรายการ signers")
    w = m.DocumentWording(
        document_kind=kind, fiscal_year=year, round=rnd, title=d.str("title"),
        headings={k: headings.str(k) for k in headings.value} if headings is not None else {},
        columns=d.str_list("columns"), date=d.date("date"), cover=d.bool("cover", False),
        photos_placement=d.choice("photos_placement", m.PHOTO_PLACEMENTS, m.PHOTOS_AT_END),
        computed_notes=d.bool("computed_notes", False),
    )
    if preparer:
        w.preparer = signers[preparer]
    return w


def _guess_mime(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    return "application/octet-stream"


def import_file(session: Session, path: Path) -> m.Unit:
    return import_document(session, read_file(path))


def document_bytes(session: Session, unit_name: str) -> bytes:
    """Canonical JSON of a unit, for comparisons and tests."""
    doc, _ = unit_to_document(find_unit(session, unit_name))
    return dumps(doc)


__all__ = [
    "ExchangeError", "export_unit", "import_file", "import_document", "read_file",
    "unit_to_document", "document_bytes", "dumps",
]
