"""Scoring: indicator, tool and overall scores and the level, from a year's catalogue.

Rules (docs/domain.md, "Scores" and "Levels"; checked against the seeds):
- an item group (OIT 9.1 …) is the mean of its items;
- an indicator is the mean of its items, or of its groups when it has groups, or — for EIT
  items carrying Public and Survey scores (2568 on) — the mean of (Public mean, Survey mean);
- a tool is the mean of its indicators; overall is the weighted sum of the tools;
- the level comes from the catalogue's ordered bands (overall minimum and, from 2567, a floor
  every indicator must meet).

Every node has a computed value (from the level below) and, when the officer typed it from
the NACC's result, a published value. The published value is what the NACC decided, so it is
what the level above is computed from; the computed value is shown beside it and any
difference beyond rounding is reported as a mismatch, never silently replaced.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from statistics import fmean
from typing import Any, Iterable

from app.store.models import Assessment, Catalogue

TOLERANCE = 0.01 + 1e-9  # published figures are rounded to two decimals


@dataclass
class Value:
    computed: float | None = None
    published: float | None = None

    @property
    def effective(self) -> float | None:
        return self.published if self.published is not None else self.computed

    @property
    def mismatch(self) -> bool:
        return (
            self.computed is not None
            and self.published is not None
            and abs(round(self.computed, 2) - self.published) > TOLERANCE
        )

    def as_dict(self) -> dict[str, Any]:
        rounded = None if self.computed is None else round(self.computed, 2)
        return {"computed": rounded, "published": self.published, "mismatch": self.mismatch}


@dataclass
class ItemResult:
    code: str
    text: str
    indicator: int
    group: str | None
    dual: bool
    score: float | None = None
    public: float | None = None
    survey: float | None = None


@dataclass
class GroupResult:
    code: str
    name: str
    indicator: int
    value: Value


@dataclass
class IndicatorResult:
    number: int
    name: str
    tool: str
    value: Value
    public: Value | None = None  # EIT Public mean, dual-scored years only
    survey: Value | None = None
    items: list[ItemResult] = field(default_factory=list)
    groups: list[GroupResult] = field(default_factory=list)


@dataclass
class ToolResult:
    code: str
    name: str
    weight: float
    value: Value


@dataclass
class Mismatch:
    where: str  # "group 10.2", "indicator 6", "tool EIT", "overall", "level"
    computed: Any
    published: Any


@dataclass
class ScoreSheet:
    fiscal_year: int
    catalogue: str
    indicators: list[IndicatorResult]
    tools: list[ToolResult]
    overall: Value
    level_computed: str | None
    level_published: str | None
    mismatches: list[Mismatch]

    @property
    def level(self) -> str | None:
        return self.level_published or self.level_computed

    def indicator(self, number: int) -> IndicatorResult:
        return next(i for i in self.indicators if i.number == number)

    def as_dict(self) -> dict[str, Any]:
        def ind(i: IndicatorResult) -> dict[str, Any]:
            out = {"number": i.number, "name": i.name, "tool": i.tool, **i.value.as_dict()}
            if i.public is not None:
                out["public"] = i.public.as_dict()
                out["survey"] = i.survey.as_dict() if i.survey else None
            if i.groups:
                out["groups"] = [{"code": g.code, "name": g.name, **g.value.as_dict()} for g in i.groups]
            return out

        return {
            "fiscal_year": self.fiscal_year,
            "catalogue": self.catalogue,
            "overall": self.overall.as_dict(),
            "level": {
                "computed": self.level_computed,
                "published": self.level_published,
                "mismatch": self._level_mismatch(),
            },
            "tools": [{"code": t.code, "name": t.name, "weight": t.weight, **t.value.as_dict()} for t in self.tools],
            "indicators": [ind(i) for i in self.indicators],
            "mismatches": [asdict(m) for m in self.mismatches],
        }

    def _level_mismatch(self) -> bool:
        return bool(self.level_published and self.level_computed and self.level_published != self.level_computed)


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def level_for(rule: dict[str, Any], overall: float | None, indicators: Iterable[float | None]) -> str | None:
    """The first band whose overall minimum and indicator floor are both met."""
    if overall is None:
        return None
    floors = [v for v in indicators if v is not None]
    rounded = round(overall, 2)
    for band in rule.get("bands", []):
        if rounded + 1e-9 < band.get("overall_min", 0):
            continue
        floor = band.get("indicator_min")
        if floor is not None and any(round(v, 2) + 1e-9 < floor for v in floors):
            continue
        return band["label"]
    return None


@dataclass(frozen=True)
class ScoreRow:
    """One stored score row's numbers (an item's score, or an indicator's published figures)."""
    value: float | None = None  # item score, or indicator published
    public: float | None = None
    survey: float | None = None


@dataclass(frozen=True)
class ScoreInputs:
    """What an assessment stores, as plain numbers: all ``compute`` needs besides the catalogue,
    so a view that keeps the catalogue re-scores after an edit by reading only these."""
    fiscal_year: int
    items: dict[str, ScoreRow]
    groups: dict[str, float | None]
    indicators: dict[int, ScoreRow]
    tools: dict[str, float | None]
    published_overall: float | None
    published_level: str | None


def score_inputs(assessment: Assessment) -> ScoreInputs:
    """The assessment's stored scores (loads its score rows, not its catalogue)."""
    return ScoreInputs(
        fiscal_year=assessment.fiscal_year,
        items={s.item_code: ScoreRow(s.score, s.public, s.survey) for s in assessment.item_scores},
        groups={g.group_code: g.published for g in assessment.group_scores},
        indicators={s.indicator_number: ScoreRow(s.published, s.public, s.survey) for s in assessment.indicator_scores},
        tools={t.tool_code: t.published for t in assessment.tool_scores},
        published_overall=assessment.published_overall,
        published_level=assessment.published_level,
    )


def compute(assessment: Assessment) -> ScoreSheet:
    """Score an assessment from what is stored for it (no database access beyond its relations)."""
    return compute_scores(assessment.catalogue, score_inputs(assessment))


def compute_scores(cat: Catalogue, inputs: ScoreInputs) -> ScoreSheet:
    """Score stored numbers on their year's catalogue."""
    item_rows = inputs.items
    group_pub = inputs.groups
    ind_rows = inputs.indicators
    tool_pub = inputs.tools
    mismatches: list[Mismatch] = []

    def note(where: str, value: Value) -> Value:
        if value.mismatch:
            mismatches.append(Mismatch(where, round(value.computed, 2), value.published))
        return value

    indicators: list[IndicatorResult] = []
    for ind in cat.indicators:
        items = []
        for it in cat.items:
            if it.indicator_number != ind.number:
                continue
            row = item_rows.get(it.code)
            items.append(ItemResult(
                code=it.code, text=it.text, indicator=it.indicator_number, group=it.group_code,
                dual=it.dual, score=row.value if row else None,
                public=row.public if row else None, survey=row.survey if row else None,
            ))
        groups = [
            GroupResult(g.code, g.name, g.indicator_number, note(f"group {g.code}", Value(
                computed=_mean(i.score for i in items if i.group == g.code),
                published=group_pub.get(g.code),
            )))
            for g in cat.groups if g.indicator_number == ind.number
        ]
        row = ind_rows.get(ind.number)
        published = row.value if row else None
        public = survey = None
        if any(i.dual for i in items):
            public = note(f"indicator {ind.number} public", Value(
                _mean(i.public for i in items), row.public if row else None))
            survey = note(f"indicator {ind.number} survey", Value(
                _mean(i.survey for i in items), row.survey if row else None))
            computed = _mean([public.effective, survey.effective])
        elif groups:
            computed = _mean(g.value.effective for g in groups)
        else:
            computed = _mean(i.score for i in items)
        value = note(f"indicator {ind.number}", Value(computed, published))
        indicators.append(IndicatorResult(ind.number, ind.name, ind.tool_code, value, public, survey, items, groups))

    tools = []
    for tool in cat.tools:
        computed = _mean(i.value.effective for i in indicators if i.tool == tool.code)
        tools.append(ToolResult(tool.code, tool.name, tool.weight,
                                note(f"tool {tool.code}", Value(computed, tool_pub.get(tool.code)))))

    tool_values = [t.value.effective for t in tools]
    overall_computed = (
        sum(t.weight * v for t, v in zip(tools, tool_values)) if all(v is not None for v in tool_values) else None
    )
    overall = note("overall", Value(overall_computed, inputs.published_overall))
    level_computed = level_for(
        cat.level_rule,
        overall.computed if overall.computed is not None else overall.published,
        [i.value.effective for i in indicators],
    )
    sheet = ScoreSheet(
        fiscal_year=inputs.fiscal_year,
        catalogue=cat.code,
        indicators=indicators,
        tools=tools,
        overall=overall,
        level_computed=level_computed,
        level_published=inputs.published_level,
        mismatches=mismatches,
    )
    if sheet._level_mismatch():
        mismatches.append(Mismatch("level", level_computed, inputs.published_level))
    return sheet
