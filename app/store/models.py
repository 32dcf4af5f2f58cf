"""The domain as SQLAlchemy 2 typed models.

Portable on purpose: plain column types and ``sa.JSON`` (SQLite and PostgreSQL both have it),
a constraint naming convention so Alembic can alter constraints by name, nothing SQLite-only
here (the engine set-up in ``app.store.db`` holds the SQLite pragmas).

Scores keep two kinds of value apart: what the officer typed from the NACC's published result
(``published``) and what the scoring service computes from the level below. Neither replaces
the other.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy import ForeignKey, MetaData, String, Text, UniqueConstraint
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Progress statuses, as stored (stable English keys) and shown (Thai labels in app.domain).
STATUS_IN_PROGRESS = "in_progress"
STATUS_DONE = "done"
STATUS_NOT_STARTED = "not_started"
STATUSES = (STATUS_IN_PROGRESS, STATUS_DONE, STATUS_NOT_STARTED)

# What a signer does on the unit's memos: signs them (officer), or comments as ปลัด (chief) or
# นายก (head).
ROLE_OFFICER = "officer"
ROLE_CHIEF = "chief"
ROLE_HEAD = "head"
SIGNER_ROLES = (ROLE_OFFICER, ROLE_CHIEF, ROLE_HEAD)

PHOTOS_AT_END = "end"
PHOTOS_PER_GROUP = "group"
PHOTO_PLACEMENTS = (PHOTOS_AT_END, PHOTOS_PER_GROUP)

GROUP_BY_INDICATOR = "indicator"
GROUP_BY_THEME = "theme"
# The layout a document's wording may store, by document kind ("" = chosen from the data): the
# progress report's (app.reports.options.PROGRESS_LAYOUTS) and the plan's grouping.
DOCUMENT_LAYOUTS = {"progress": ("columns", "items", "status"), "plan": (GROUP_BY_INDICATOR, GROUP_BY_THEME)}
# How the progress report's heading prints its round ("" stores the first, the program's own):
# "period" "รอบ ๑๒ เดือน (ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖)", "plain" "(รอบ ๑๒ เดือน)" after the year (seed 001),
# "months" "รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)" (seed 004), "none" no round
# line: the officer's title words the heading whole (seed 002 names no round).
ROUND_PERIOD = "period"
ROUND_PLAIN = "plain"
ROUND_MONTHS = "months"
ROUND_NONE = "none"
ROUND_STYLES = (ROUND_PERIOD, ROUND_PLAIN, ROUND_MONTHS, ROUND_NONE)

SECTION_PROBLEMS = "problems"
SECTION_GUIDELINES = "guidelines"
SECTION_RECOMMENDATIONS = "recommendations"
SECTION_KINDS = (SECTION_PROBLEMS, SECTION_GUIDELINES, SECTION_RECOMMENDATIONS)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: sa.JSON, list[Any]: sa.JSON}


class Versioned:
    """A row version for optimistic concurrency: every UPDATE and DELETE says which version it
    read (``WHERE version = ?``) and bumps it, so a write based on data another window or
    process has changed since matches no row and is refused (``StaleDataError``, shown in Thai)
    instead of silently overwriting. SQLite serialises writers already (``BEGIN IMMEDIATE`` in
    ``app.store.db``); a shared PostgreSQL database needs exactly this."""

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.version}


# --- Catalogue: one ITA framework per fiscal year -------------------------------------------


class Catalogue(Base):
    __tablename__ = "catalogue"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # "ITA-2568"
    fiscal_year: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    provisional: Mapped[bool] = mapped_column(default=False)
    level_rule: Mapped[dict[str, Any]]
    themes: Mapped[list[Any]]  # [{"number": 1, "name": "...", "indicators": [1, 6]}]
    source: Mapped[str] = mapped_column(Text, default="")

    tools: Mapped[list[CatTool]] = relationship(
        back_populates="catalogue", cascade="all, delete-orphan", order_by="CatTool.position"
    )
    indicators: Mapped[list[CatIndicator]] = relationship(
        back_populates="catalogue", cascade="all, delete-orphan", order_by="CatIndicator.number"
    )
    groups: Mapped[list[CatGroup]] = relationship(
        back_populates="catalogue", cascade="all, delete-orphan", order_by="CatGroup.position"
    )
    items: Mapped[list[CatItem]] = relationship(
        back_populates="catalogue", cascade="all, delete-orphan", order_by="CatItem.position"
    )


class CatTool(Base):
    __tablename__ = "cat_tool"
    __table_args__ = (UniqueConstraint("catalogue_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogue.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10))  # IIT / EIT / OIT
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[float]
    position: Mapped[int]
    catalogue: Mapped[Catalogue] = relationship(back_populates="tools")


class CatIndicator(Base):
    __tablename__ = "cat_indicator"
    __table_args__ = (UniqueConstraint("catalogue_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogue.id", ondelete="CASCADE"))
    number: Mapped[int]
    tool_code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    catalogue: Mapped[Catalogue] = relationship(back_populates="indicators")


class CatGroup(Base):
    """An OIT sub-group such as 9.1 ข้อมูลพื้นฐาน."""

    __tablename__ = "cat_group"
    __table_args__ = (UniqueConstraint("catalogue_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogue.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10))  # "9.1"
    indicator_number: Mapped[int]
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int]
    catalogue: Mapped[Catalogue] = relationship(back_populates="groups")


class CatItem(Base):
    __tablename__ = "cat_item"
    __table_args__ = (UniqueConstraint("catalogue_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogue.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10))  # i1, e1, o1
    indicator_number: Mapped[int]
    group_code: Mapped[Optional[str]] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    dual: Mapped[bool] = mapped_column(default=False)  # carries EIT Public and Survey scores
    position: Mapped[int]
    catalogue: Mapped[Catalogue] = relationship(back_populates="items")


# --- Units and the people who sign -----------------------------------------------------------


class Unit(Versioned, Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(100), default="")  # อบต. / เทศบาลตำบล …
    district: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    doc_prefix: Mapped[str] = mapped_column(String(100), default="")  # "ลบ ๗๖๓๐๑"
    head_title: Mapped[str] = mapped_column(String(200), default="")  # "นายกเทศมนตรีตำบลม่วงยาย"
    font: Mapped[str] = mapped_column(String(100), default="Sarabun")
    thai_digits: Mapped[bool] = mapped_column(default=True)
    garuda_png: Mapped[Optional[bytes]] = mapped_column(sa.LargeBinary)
    # ส่วนราชการ of its memos ("สำนักงานปลัด องค์การบริหารส่วนตำบล…"); the unit's name when empty
    office: Mapped[str] = mapped_column(Text, default="")

    departments: Mapped[list[Department]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Department.position",
        collection_class=ordering_list("position"),
    )
    signers: Mapped[list[Signer]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Signer.position",
        collection_class=ordering_list("position"),
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Assessment.fiscal_year"
    )
    plans: Mapped[list[MeasurePlan]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="MeasurePlan.fiscal_year"
    )
    memos: Mapped[list[Memo]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Memo.id"
    )
    wordings: Mapped[list[DocumentWording]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="DocumentWording.id"
    )


class Department(Versioned, Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("unit_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    unit: Mapped[Unit] = relationship(back_populates="departments")


class Signer(Versioned, Base):
    __tablename__ = "signer"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))  # stable within a unit, used by exchange files
    name: Mapped[str] = mapped_column(String(200))
    positions: Mapped[list[Any]]  # ["นักวิเคราะห์นโยบายและแผน ชำนาญการ", "รักษาราชการแทน …"]
    position: Mapped[int] = mapped_column(default=0)
    role: Mapped[str] = mapped_column(String(20), default="")  # one of SIGNER_ROLES or ""
    signature_png: Mapped[Optional[bytes]] = mapped_column(sa.LargeBinary)  # scanned, optional
    unit: Mapped[Unit] = relationship(back_populates="signers")


# --- Assessment: a unit's result for one fiscal year -----------------------------------------


class Assessment(Versioned, Base):
    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("unit_id", "fiscal_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    fiscal_year: Mapped[int]
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogue.id"))
    published_overall: Mapped[Optional[float]]
    published_level: Mapped[Optional[str]] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. rank among the province's units

    unit: Mapped[Unit] = relationship(back_populates="assessments")
    catalogue: Mapped[Catalogue] = relationship()
    item_scores: Mapped[list[ItemScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    group_scores: Mapped[list[GroupScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    indicator_scores: Mapped[list[IndicatorScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    tool_scores: Mapped[list[ToolScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    analyses: Mapped[list[Analysis]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    sections: Mapped[list[AssessmentSection]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="AssessmentSection.kind"
    )


class ItemScore(Versioned, Base):
    __tablename__ = "item_score"
    __table_args__ = (UniqueConstraint("assessment_id", "item_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    item_code: Mapped[str] = mapped_column(String(10))
    score: Mapped[Optional[float]]  # single-score items (IIT, OIT, EIT before 2568)
    public: Mapped[Optional[float]]  # EIT Public (from 2568)
    survey: Mapped[Optional[float]]  # EIT Survey (from 2568)
    assessment: Mapped[Assessment] = relationship(back_populates="item_scores")


class GroupScore(Versioned, Base):
    __tablename__ = "group_score"
    __table_args__ = (UniqueConstraint("assessment_id", "group_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    group_code: Mapped[str] = mapped_column(String(10))
    published: Mapped[Optional[float]]
    assessment: Mapped[Assessment] = relationship(back_populates="group_scores")


class IndicatorScore(Versioned, Base):
    __tablename__ = "indicator_score"
    __table_args__ = (UniqueConstraint("assessment_id", "indicator_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    indicator_number: Mapped[int]
    published: Mapped[Optional[float]]
    public: Mapped[Optional[float]]  # published EIT Public mean (from 2568)
    survey: Mapped[Optional[float]]  # published EIT Survey mean (from 2568)
    assessment: Mapped[Assessment] = relationship(back_populates="indicator_scores")


class ToolScore(Versioned, Base):
    __tablename__ = "tool_score"
    __table_args__ = (UniqueConstraint("assessment_id", "tool_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    tool_code: Mapped[str] = mapped_column(String(10))
    published: Mapped[Optional[float]]
    assessment: Mapped[Assessment] = relationship(back_populates="tool_scores")


class Analysis(Versioned, Base):
    __tablename__ = "analysis"
    __table_args__ = (UniqueConstraint("assessment_id", "indicator_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    indicator_number: Mapped[int]
    deficiency: Mapped[str] = mapped_column(Text, default="")
    to_develop: Mapped[str] = mapped_column(Text, default="")
    to_keep: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[Assessment] = relationship(back_populates="analyses")


class AssessmentSection(Versioned, Base):
    """Free text sections: problems and obstacles, improvement guidelines, recommendations."""

    __tablename__ = "assessment_section"
    __table_args__ = (UniqueConstraint("assessment_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[Assessment] = relationship(back_populates="sections")


# --- Measures for a fiscal year and their progress per round ---------------------------------


class MeasurePlan(Versioned, Base):
    """The measures a unit sets for one fiscal year (มาตรการส่งเสริมคุณธรรมและความโปร่งใส)."""

    __tablename__ = "measure_plan"
    __table_args__ = (UniqueConstraint("unit_id", "fiscal_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    fiscal_year: Mapped[int]
    grouping: Mapped[str] = mapped_column(String(20), default=GROUP_BY_INDICATOR)
    intro: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship(back_populates="plans")
    measures: Mapped[list[Measure]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Measure.position",
        collection_class=ordering_list("position"),
    )
    notes: Mapped[list[ProgressNote]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ProgressNote.id"
    )


class Measure(Versioned, Base):
    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("measure_plan.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    indicator_number: Mapped[Optional[int]]
    theme_number: Mapped[Optional[int]]
    title: Mapped[str] = mapped_column(Text)
    finding: Mapped[str] = mapped_column(Text, default="")  # the analysis finding it answers
    steps: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[Optional[dt.date]]
    period_end: Mapped[Optional[dt.date]]
    period_text: Mapped[str] = mapped_column(Text, default="")  # free text wins when set
    responsible: Mapped[list[Any]]  # department names
    related_items: Mapped[list[Any]]  # item codes, e.g. ["o10", "o11"]
    monitoring: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[MeasurePlan] = relationship(back_populates="measures")
    progress: Mapped[list[Progress]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="Progress.round"
    )


class Progress(Versioned, Base):
    __tablename__ = "progress"
    __table_args__ = (UniqueConstraint("measure_id", "round"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"))
    round: Mapped[int]  # 6 or 12
    status: Mapped[str] = mapped_column(String(20), default=STATUS_NOT_STARTED)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="progress")
    photos: Mapped[list[Photo]] = relationship(
        back_populates="progress", cascade="all, delete-orphan", order_by="Photo.position",
        collection_class=ordering_list("position"),
    )


class Photo(Versioned, Base):
    __tablename__ = "photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    progress_id: Mapped[int] = mapped_column(ForeignKey("progress.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    caption: Mapped[str] = mapped_column(Text, default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    mime: Mapped[str] = mapped_column(String(60), default="image/jpeg")
    # Prepared once when the photo enters the database (app.services.photo_prep): upright,
    # sized for print, JPEG or PNG; width/height in pixels so reports place it without decoding.
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
    width: Mapped[Optional[int]]
    height: Mapped[Optional[int]]
    progress: Mapped[Progress] = relationship(back_populates="photos")


class ProgressNote(Versioned, Base):
    """A narrative paragraph for a round, above an indicator's or theme's rows (seed 004)."""

    __tablename__ = "progress_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("measure_plan.id", ondelete="CASCADE"))
    round: Mapped[int]
    indicator_number: Mapped[Optional[int]]
    theme_number: Mapped[Optional[int]]
    text: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[MeasurePlan] = relationship(back_populates="notes")


# --- Cover memos -----------------------------------------------------------------------------


class Memo(Versioned, Base):
    """A บันทึกข้อความ. ``sections`` is [{"heading": "เรื่องเดิม" | "", "text": "…"}];
    ``comments`` is [{"title": "ความเห็นปลัด…", "text": "", "signer_name": "…", "positions": […]}]."""

    __tablename__ = "memo"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    fiscal_year: Mapped[Optional[int]]
    document_kind: Mapped[str] = mapped_column(String(40), default="")  # what it covers
    round: Mapped[Optional[int]]
    office: Mapped[str] = mapped_column(Text, default="")  # ส่วนราชการ
    number: Mapped[str] = mapped_column(String(100), default="")  # ที่
    date: Mapped[Optional[dt.date]]
    subject: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(Text, default="")
    body_form: Mapped[str] = mapped_column(String(20), default="short")  # short | four_part
    sections: Mapped[list[Any]]
    signer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("signer.id", ondelete="SET NULL"))
    comments: Mapped[list[Any]]

    unit: Mapped[Unit] = relationship(back_populates="memos")
    signer: Mapped[Optional[Signer]] = relationship()


class DocumentWording(Versioned, Base):
    """The officer's wording for one document (kind, fiscal year, round), as it is printed.

    Empty values mean the program's defaults: ``title`` the kind's standard title; ``headings``
    {column key: label} overrides the standard column headings; ``columns`` the columns printed,
    in order (empty: the default set); ``date`` the document date
    (default: the document's own period); ``cover_title`` the cover page's title lines (default:
    the report's title; seed 001's cover is shorter); ``cover_extra`` further cover lines printed
    below the unit (seed 003's "ภาค ๖" and pledge); ``preparer`` the ผู้จัดทำ block (seed 004);
    ``layout`` the progress report's layout or the plan's grouping (seed 002 prints "items");
    ``round_style`` how the progress heading prints its round (``ROUND_STYLES``; "" = "period").
    """

    __tablename__ = "document_wording"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    document_kind: Mapped[str] = mapped_column(String(40))
    fiscal_year: Mapped[int]
    round: Mapped[Optional[int]]
    title: Mapped[str] = mapped_column(Text, default="")
    headings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    columns: Mapped[list[Any]] = mapped_column(default=list)  # chosen columns in order; [] = default
    date: Mapped[Optional[dt.date]]
    cover: Mapped[bool] = mapped_column(default=False)
    cover_title: Mapped[str] = mapped_column(Text, default="")  # "" = the report's title
    cover_extra: Mapped[str] = mapped_column(Text, default="")  # the cover's own further lines (seed 003)
    preparer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("signer.id", ondelete="SET NULL"))
    photos_placement: Mapped[str] = mapped_column(String(20), default=PHOTOS_AT_END)
    computed_notes: Mapped[bool] = mapped_column(default=False)
    # progress: columns | items | status; plan: indicator | theme; "" = chosen from the data
    layout: Mapped[str] = mapped_column(String(20), default="")
    round_style: Mapped[str] = mapped_column(String(20), default="")  # ROUND_STYLES; "" = "period"

    unit: Mapped[Unit] = relationship(back_populates="wordings")
    preparer: Mapped[Optional[Signer]] = relationship()


# --- The user's own phrase library (analysis editor) -----------------------------------------


class Phrase(Versioned, Base):
    """A standard wording the officer saved for reuse in analysis texts.

    The shipped NACC wording lives in ``resources/phrases.json``; only the user's own phrases
    are stored here. ``category`` is an analysis field (``deficiency``, ``to_develop``,
    ``to_keep``) or a section kind (``problems``, ``guidelines``, ``recommendations``);
    ``indicator_number`` is None for a phrase that fits any indicator.
    """

    __tablename__ = "phrase"
    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    indicator_number: Mapped[Optional[int]]
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
