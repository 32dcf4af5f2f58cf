"""Plain document models: what each printed document says, gathered from the database.

Nothing here knows about PDF. The gathering layer (``app.reports.gather``) fills these from a
Session; the writers (one module per kind) lay them out. The GUI can show or edit a model before
it is printed (a memo's text is prefilled from the data and editable).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class UnitInfo:
    name: str
    kind: str = ""
    district: str = ""
    province: str = ""
    phone: str = ""
    doc_prefix: str = ""
    head_title: str = ""
    garuda_png: bytes | None = None
    departments: list[str] = field(default_factory=list)
    office: str = ""  # ส่วนราชการ of the unit's memos

    @property
    def office_line(self) -> str:
        """ส่วนราชการ as a memo prints it: the unit's own office (else its name) and phone."""
        text = self.office.strip() or self.name
        return f"{text} โทร. {self.phone.strip()}" if self.phone.strip() else text

    @property
    def place(self) -> str:
        """"อำเภอเวียงแก่น จังหวัดเชียงราย" (empty parts left out)."""
        parts = []
        if self.district:
            parts.append(f"อำเภอ{self.district}")
        if self.province:
            parts.append(f"จังหวัด{self.province}")
        return " ".join(parts)

    @property
    def full_name(self) -> str:
        return f"{self.name} {self.place}".strip()


@dataclass
class ToolRow:
    code: str
    name: str
    score: float | None
    computed: float | None = None


@dataclass
class ItemRow:
    code: str
    text: str
    score: float | None = None
    public: float | None = None
    survey: float | None = None
    dual: bool = False
    group: str | None = None


@dataclass
class GroupRow:
    """An OIT sub-group (9.1 …) with its published and computed score."""

    code: str
    name: str
    score: float | None
    computed: float | None = None


@dataclass
class IndicatorSection:
    number: int
    name: str
    tool: str
    tool_name: str = ""
    score: float | None = None
    computed: float | None = None
    public: float | None = None
    survey: float | None = None
    items: list[ItemRow] = field(default_factory=list)
    groups: list[GroupRow] = field(default_factory=list)
    deficiency: str = ""
    to_develop: str = ""
    to_keep: str = ""

    @property
    def dual(self) -> bool:
        return any(i.dual for i in self.items)


@dataclass
class YearSeries:
    """Indicator scores across the years on record, for the chart and the comparison table."""

    years: list[int]
    names: dict[int, str]  # indicator number -> name (latest year's wording)
    scores: dict[int, dict[int, float | None]]  # year -> indicator -> score
    overall: dict[int, float | None] = field(default_factory=dict)
    levels: dict[int, str | None] = field(default_factory=dict)


@dataclass
class PhotoEntry:
    data: bytes
    caption: str = ""
    mime: str = "image/jpeg"
    width: int | None = None  # pixels of the prepared image (None: a photo stored before preparation)
    height: int | None = None


@dataclass
class MeasureRow:
    position: int
    title: str
    indicator: int | None = None
    theme: int | None = None
    finding: str = ""
    steps: str = ""
    period: str = ""
    responsible: str = ""
    related_items: list[str] = field(default_factory=list)
    monitoring: str = ""
    # progress of the round being reported (empty in a plan)
    status: str = ""
    summary: str = ""
    outcome: str = ""
    remarks: str = ""
    photos: list[PhotoEntry] = field(default_factory=list)


@dataclass
class MeasureGroup:
    """The rows under one indicator or one theme, with its heading and any narrative note."""

    key: int | None
    heading: str
    rows: list[MeasureRow] = field(default_factory=list)
    note: str = ""
    tool: str = ""  # the indicator's tool (IIT/EIT/OIT) when grouped by indicator


@dataclass
class PlanDoc:
    unit: UnitInfo
    year: int
    grouping: str
    intro: str
    groups: list[MeasureGroup]
    score_year: int | None  # the assessment year whose scores the headings carry

    @property
    def measures(self) -> list[MeasureRow]:
        return [r for g in self.groups for r in g.rows]


@dataclass
class RoundSummary:
    round: int
    total: int
    counts: dict[str, int]  # status -> count
    by_group: list[tuple[str, int, dict[str, int]]]  # heading, total, counts

    @property
    def share_done(self) -> float:
        return 100.0 * self.counts.get("done", 0) / self.total if self.total else 0.0


@dataclass
class StatusSummaryDoc:
    unit: UnitInfo
    year: int
    rounds: list[RoundSummary]


@dataclass
class ItemScore:
    code: str
    text: str
    score: float | None


@dataclass
class ComparisonDoc:
    unit: UnitInfo
    years: tuple[int, int]
    series: YearSeries
    recommendations: str = ""


@dataclass
class ProgressDoc:
    unit: UnitInfo
    year: int
    round: int
    layout: str
    intro: str
    groups: list[MeasureGroup]
    item_scores: dict[str, ItemScore]  # related items' wording and score, for the "items" layout
    item_year: int | None
    summary: RoundSummary
    comparison: ComparisonDoc | None = None
    note: str = ""  # the round's narrative not tied to an indicator or theme

    @property
    def measures(self) -> list[MeasureRow]:
        return [r for g in self.groups for r in g.rows]


@dataclass
class AnalysisDoc:
    unit: UnitInfo
    year: int
    overall: float | None
    overall_computed: float | None
    level: str | None
    level_computed: str | None
    note: str
    tools: list[ToolRow]
    indicators: list[IndicatorSection]
    series: YearSeries
    plan: PlanDoc | None
    problems: str = ""
    guidelines: str = ""
    recommendations: str = ""

    @property
    def dual(self) -> bool:
        return any(i.dual for i in self.indicators)


@dataclass
class MemoSection:
    heading: str
    text: str


@dataclass
class MemoComment:
    title: str
    text: str = ""
    signer_name: str = ""
    positions: list[str] = field(default_factory=list)
    signature: bytes | None = None  # the signer's scanned signature, when the unit has one


@dataclass
class SignerInfo:
    """A person as a signature block prints them."""

    name: str
    positions: list[str] = field(default_factory=list)
    signature: bytes | None = None


@dataclass
class MemoDoc:
    unit: UnitInfo
    office: str
    number: str
    date: dt.date | None
    subject: str
    addressee: str
    body_form: str
    sections: list[MemoSection]
    signer_name: str = ""
    signer_positions: list[str] = field(default_factory=list)
    comments: list[MemoComment] = field(default_factory=list)
    closing: str = ""  # "จึงเรียนมาเพื่อโปรดทราบ" when the sections do not already end with it
    signer_signature: bytes | None = None
