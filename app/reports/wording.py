"""The officer's wording of a document: title, memo subject, column headings, date, cover page
with its own title and extra lines, ผู้จัดทำ block, where photos go, whether the program's computed-versus-published notes print, and the progress
report's layout or the plan's grouping, and how the progress heading prints its round.

Each document (kind, fiscal year, round) may store its wording (``DocumentWording`` rows, edited
on the Documents page); a print request may override any part of it (the CLI's ``--title`` …).
``PRESETS`` holds the seeds' variants so an officer picks the wording their office uses.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.reports.model import SignerInfo
from app.reports.options import (
    KIND_ANALYSIS, KIND_COMPARISON, KIND_MEMO, KIND_PLAN, KIND_PROGRESS, KIND_SUMMARY, KIND_TITLES,
    DocumentRequest,
)
from app.store import models as m
from app.thai.dates import fiscal_year_bounds, round_bounds
from app.thai.digits import digits, to_arabic_digits

# The report's own title: the first lines of its heading (unit and year lines follow).
DEFAULT_TITLES = {
    KIND_ANALYSIS: KIND_TITLES[KIND_ANALYSIS],
    KIND_PLAN: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน",  # + "ของ<unit>" (seed 003)
    KIND_PROGRESS: KIND_TITLES[KIND_PROGRESS],
    KIND_SUMMARY: KIND_TITLES[KIND_SUMMARY],
    KIND_COMPARISON: KIND_TITLES[KIND_COMPARISON],
}


YEAR_WORD = "ปีงบประมาณ"


def names_year(text: str) -> bool:
    """Whether a title words its own fiscal year (seed 002's "…ภายในหน่วยงานปีงบประมาณ พ.ศ. ๒๕๖๘",
    seed 001's cover "…ในปีงบประมาณ พ.ศ. ๒๕๖๖"): the program then prints no year line of its own,
    as a title naming the unit gets no "ของ<unit>" line."""
    return YEAR_WORD in text


# A preset's title may name the document's year and unit: filled in when the officer applies it.
YEAR_FIELD = "{year}"
UNIT_FIELD = "{unit}"


@dataclass(frozen=True)
class Preset:
    """One seed's wording of a document kind."""

    name: str
    title: str  # may hold YEAR_FIELD and UNIT_FIELD (seed 002's heading names both)
    headings: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    photos_placement: str = m.PHOTOS_AT_END
    cover: bool = False
    cover_title: str = ""  # "" = the report's title
    round_style: str = ""  # progress heading's round line (m.ROUND_STYLES); "" = "period"

    def title_for(self, year: int | None, unit: str, thai: bool = True) -> str:
        """The title as applied to one document: its year (in the unit's digits) and unit filled in."""
        title = self.title
        if year is not None:
            title = title.replace(YEAR_FIELD, digits(str(year), thai))
        return title.replace(UNIT_FIELD, unit) if unit else title


# Seed 001's cover: shorter than its report's title (the year and round lines follow).
COVER_TITLE_001 = "รายงานผลการดำเนินการ\nเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"

PRESETS: dict[str, list[Preset]] = {
    KIND_PROGRESS: [
        Preset("มาตรฐาน (ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส)", DEFAULT_TITLES[KIND_PROGRESS]),
        Preset("แผนงานเสริมสร้างคุณธรรม จริยธรรม ธรรมาภิบาล (แบบเอกสาร ๐๐๐)",
               "รายงานผลการดำเนินการตามแผนงานเสริมสร้างคุณธรรม จริยธรรม ธรรมาภิบาลเพื่อป้องกันการทุจริต",
               {"title": "มาตรการ/กิจกรรมที่ดำเนินการ", "steps": "ขั้นตอน/วิธีปฏิบัติ",
                "summary": "สรุปผลการดำเนินงานตามมาตรการหรือกิจกรรม", "outcome": "ผลลัพธ์หรือความสำเร็จ",
                "responsible": "หน่วยงานผู้รับผิดชอบ"},
               ("title", "steps", "summary", "outcome", "responsible"), m.PHOTOS_PER_GROUP),
        Preset("ผลการดำเนินการเพื่อส่งเสริมคุณธรรมฯ มีหน้าปก (แบบเอกสาร ๐๐๑)",
               "ผลการดำเนินการ\nเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n"
               "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", cover=True, cover_title=COVER_TITLE_001,
               round_style=m.ROUND_PLAIN),
        Preset("รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมฯ (แบบเอกสาร ๐๐๒)",  # its heading as written
               f"รายงานการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานปีงบประมาณ พ.ศ. {YEAR_FIELD}\n"
               f"ของ {UNIT_FIELD}",
               {"summary": "ผลการดำเนินการ", "outcome": "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ",
                "title": "มาตรการ/โครงการ/กิจกรรม"},
               ("title", "steps", "period", "responsible", "summary", "outcome"), round_style=m.ROUND_NONE),
        Preset("รายงานผลตามมาตรการส่งเสริมคุณธรรมฯ (แบบเอกสาร ๐๐๔)",
               "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", round_style=m.ROUND_MONTHS),
    ],
    KIND_ANALYSIS: [
        Preset("มาตรฐาน (แบบเอกสาร ๐๐๓)", DEFAULT_TITLES[KIND_ANALYSIS]),
        Preset("มาตรฐาน มีหน้าปก (แบบเอกสาร ๐๐๓)", DEFAULT_TITLES[KIND_ANALYSIS], cover=True),
    ],
    KIND_PLAN: [
        Preset("มาตรฐาน (แบบเอกสาร ๐๐๓)", DEFAULT_TITLES[KIND_PLAN]),
        Preset("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
               "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n",
               {"title": "มาตรการ/โครงการ/กิจกรรม", "finding": "ผลการวิเคราะห์ที่สอดคล้อง"}),
    ],
    KIND_SUMMARY: [Preset("มาตรฐาน", DEFAULT_TITLES[KIND_SUMMARY])],
    KIND_COMPARISON: [Preset("มาตรฐาน", DEFAULT_TITLES[KIND_COMPARISON])],
}


def _lines(text: str | None) -> list[str]:
    return [x.strip() for x in (text or "").split("\n") if x.strip()]


def round_style(value: str | None) -> str:
    """A stored or asked round style with "" read as the program's own ("period")."""
    return value or m.ROUND_PERIOD


def matching_preset(kind: str, values: dict, year: int | None = None, unit: str = "") -> int | None:
    """The index in ``PRESETS[kind]`` of the preset a document's stored wording (the values of
    ``wording_edits.wording_values``) is, or None when the officer's wording matches none.

    Compared is what a preset sets: title (empty = the kind's default; the document's ``year``
    and ``unit`` filled in, in either digits), headings, columns, cover and its title, where
    photos go, how the round prints.
    """
    default = _lines(DEFAULT_TITLES.get(kind, ""))
    title = [to_arabic_digits(x) for x in _lines(values.get("title")) or default]
    for k, p in enumerate(PRESETS.get(kind, [])):
        if ((_lines(p.title_for(year, unit, False)) or default) == title
                and dict(p.headings) == dict(values.get("headings") or {})
                and list(p.columns) == list(values.get("columns") or [])
                and p.cover == bool(values.get("cover"))
                and _lines(p.cover_title) == _lines(values.get("cover_title"))
                and p.photos_placement == (values.get("photos_placement") or m.PHOTOS_AT_END)
                and round_style(p.round_style) == round_style(values.get("round_style"))):
            return k
    return None


@dataclass
class Wording:
    """What a print of one document says where the officer may choose."""

    title: str
    headings: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] | None = None
    date: dt.date | None = None
    subject: str | None = None
    cover: bool = False
    cover_title: str = ""  # "" = the report's title
    cover_extra: str = ""  # further cover lines below the unit (seed 003's "ภาค ๖" and pledge)
    preparer: SignerInfo | None = None
    photos_placement: str = m.PHOTOS_AT_END
    computed_notes: bool = False
    date_forced: bool = False  # the request named the date: it wins over a stored memo's too
    layout: str | None = None  # progress layout or plan grouping; None: chosen from the data
    round_style: str = m.ROUND_PERIOD  # how the progress heading prints its round (m.ROUND_STYLES)

    @property
    def title_lines(self) -> list[str]:
        return [x.strip() for x in self.title.split("\n") if x.strip()]

    @property
    def title_one_line(self) -> str:
        return " ".join(self.title_lines)

    @property
    def cover_title_lines(self) -> list[str]:
        """The cover's title: its own when the officer wrote one, else the report's."""
        own = [x.strip() for x in self.cover_title.split("\n") if x.strip()]
        return own or self.title_lines

    @property
    def cover_extra_lines(self) -> list[str]:
        """The cover's further lines as typed; an empty line between them is kept (a gap)."""
        lines = [x.strip() for x in self.cover_extra.split("\n")]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        return lines


def covered_kind(request: DocumentRequest) -> str:
    """The kind of document a request's wording belongs to (a memo: the document it covers)."""
    if request.kind == KIND_MEMO:
        return request.memo_kind or KIND_ANALYSIS
    return request.kind


def wording_key(kind: str, year: int, round_: int | None) -> tuple[str, int, int | None]:
    return kind, year, (round_ if kind in (KIND_PROGRESS,) else None)


def default_date(kind: str, year: int, round_: int | None = None) -> dt.date:
    """A document's date when the officer gave none: in its own period, never today.

    Progress and the status summary: the last day of the round; the plan: the first day of its
    fiscal year (seed 000: measures announced 1 October); the analysis and the comparison: the
    last day of the assessed fiscal year.
    """
    if kind in (KIND_PROGRESS, KIND_SUMMARY):
        return round_bounds(year, round_ if round_ in (6, 12) else 12)[1]
    start, end = fiscal_year_bounds(year)
    return start if kind == KIND_PLAN else end


def stored_wording(unit: m.Unit, kind: str, year: int, round_: int | None) -> m.DocumentWording | None:
    k, y, r = wording_key(kind, year, round_)
    return next((w for w in unit.wordings if (w.document_kind, w.fiscal_year, w.round) == (k, y, r)), None)


def signer_info(s: m.Signer) -> SignerInfo:
    return SignerInfo(s.name, [str(p) for p in s.positions or []], s.signature_png)


def find_signer(unit: m.Unit, key_or_name: str) -> m.Signer:
    text = key_or_name.strip()
    for s in unit.signers:
        if text in (s.key, s.name):
            return s
    known = ", ".join(f"{s.key} ({s.name})" for s in unit.signers) or "ยังไม่มีผู้ลงนาม"
    raise ValueError(f"ไม่พบผู้ลงนาม “{text}” ของ{unit.name} (มี: {known})")


def resolve(unit: m.Unit, request: DocumentRequest) -> Wording:
    """The wording this print uses: the request's overrides over the document's stored wording
    over the defaults."""
    kind = covered_kind(request)
    if kind == KIND_MEMO:
        kind = KIND_ANALYSIS
    round_ = request.round if kind in (KIND_PROGRESS, KIND_SUMMARY) else None
    row = stored_wording(unit, kind, request.year, round_)
    w = Wording(title=DEFAULT_TITLES.get(kind, KIND_TITLES.get(kind, "")))
    if row is not None:
        if row.title.strip():
            w.title = row.title
        w.headings = {str(k): str(v) for k, v in (row.headings or {}).items() if str(v).strip()}
        w.columns = tuple(str(c) for c in row.columns or []) or None
        w.date = row.date
        w.cover = bool(row.cover)
        w.cover_title = row.cover_title or ""
        w.cover_extra = row.cover_extra or ""
        w.preparer = signer_info(row.preparer) if row.preparer is not None else None
        w.photos_placement = row.photos_placement or m.PHOTOS_AT_END
        w.computed_notes = bool(row.computed_notes)
        w.layout = row.layout or None
        w.round_style = round_style(row.round_style)
    if request.layout:
        w.layout = request.layout
    if request.round_style:
        w.round_style = request.round_style
    if request.title is not None and request.title.strip():
        w.title = request.title
    if request.subject is not None and request.subject.strip():
        w.subject = request.subject.strip()
    if request.headings is not None:
        w.headings = {**w.headings, **{c: label for c, label in request.headings if label.strip()}}
    if request.columns is not None:
        w.columns = request.columns
    if request.date is not None:
        w.date = request.date
        w.date_forced = True
    if request.cover is not None:
        w.cover = request.cover
    if request.cover_title is not None and request.cover_title.strip():
        w.cover_title = request.cover_title
    if request.cover_extra is not None:
        w.cover_extra = request.cover_extra
    if request.preparer is not None:
        w.preparer = signer_info(find_signer(unit, request.preparer)) if request.preparer.strip() else None
    if request.photos_placement is not None:
        w.photos_placement = request.photos_placement
    if request.computed_notes is not None:
        w.computed_notes = request.computed_notes
    return w
