"""Fiscal years: which year it is, which years can be added, and adding one.

The current fiscal year follows the date (fiscal year N starts on 1 October of N-1); every
function takes ``today`` so tests and the window can freeze the clock. A unit may add any year
from the oldest shipped catalogue to the current year + 1. The results year an officer most
likely needs is the one just assessed (the NACC publishes year N's results at the end of N,
so during year N+1 the officer enters N's results and runs the plan for N+1).

A year is never scored on another year's catalogue without the officer saying so: a year with
no catalogue of its own raises ``CatalogueNeeded`` (Thai message naming the candidates), and
the caller asks which catalogue to copy.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.catalogues import catalogue_files, copy_catalogue, ensure_catalogue, shipped_catalogue
from app.services.changes import Changes
from app.store.models import Assessment, Catalogue, Unit
from app.thai.dates import fiscal_year_of
from app.thai.digits import to_thai_digits


def current_fiscal_year(today: dt.date | None = None) -> int:
    return fiscal_year_of(today or dt.date.today())


def default_results_year(today: dt.date | None = None) -> int:
    """The year just assessed: 2569 on 30 November 2026 (fiscal year 2570)."""
    return current_fiscal_year(today) - 1


def default_plan_year(today: dt.date | None = None) -> int:
    """The year the measures are for: the one after the results year."""
    return default_results_year(today) + 1


@dataclass(frozen=True)
class CatalogueChoice:
    code: str
    fiscal_year: int
    title: str
    provisional: bool
    item_count: int  # 0: an indicator-level catalogue (scores per indicator only)

    @property
    def label(self) -> str:
        """How the officer sees it: code, title, and what kind of catalogue it is."""
        notes = []
        if self.provisional:
            notes.append("ฉบับชั่วคราว")
        notes.append("คะแนนรายตัวชี้วัดเท่านั้น" if self.item_count == 0
                     else f"{to_thai_digits(str(self.item_count))} ข้อคำถาม")
        return f"{self.code} — {self.title} ({', '.join(notes)})"


def catalogue_choices(session: Session) -> list[CatalogueChoice]:
    """Every catalogue the program ships or the database holds, oldest year first."""
    stored = {c.code: c for c in session.scalars(select(Catalogue)).all()}
    out = []
    for code, _path in catalogue_files().items():
        if code in stored:
            continue
        data = shipped_catalogue(code)
        out.append(CatalogueChoice(code, int(data["fiscal_year"]), data.get("title", code),
                                   bool(data.get("provisional")), len(data.get("items", []))))
    for code, cat in stored.items():
        out.append(CatalogueChoice(code, cat.fiscal_year, cat.title, cat.provisional, len(cat.items)))
    return sorted(out, key=lambda c: (c.fiscal_year, c.code))


def catalogue_of_year(session: Session, fiscal_year: int) -> CatalogueChoice | None:
    """The catalogue made for that year (shipped, or copied into the database), if any."""
    own = [c for c in catalogue_choices(session) if c.fiscal_year == fiscal_year]
    exact = [c for c in own if c.code == f"ITA-{fiscal_year}"]
    return (exact or own or [None])[0]


def year_range(today: dt.date | None = None) -> tuple[int, int]:
    """The years that can be added: the oldest shipped catalogue's to the current year + 1."""
    years = [int(code.split("-")[1]) for code in catalogue_files()]
    return min(years), current_fiscal_year(today) + 1


class CatalogueNeeded(ValueError):
    """A year has no catalogue of its own; the officer must choose one to copy."""

    def __init__(self, fiscal_year: int, candidates: list[CatalogueChoice]) -> None:
        self.fiscal_year = fiscal_year
        self.candidates = candidates
        names = ", ".join(c.code for c in candidates) or "ไม่มี"
        super().__init__(
            f"ยังไม่มีชุดตัวชี้วัดของปีงบประมาณ {to_thai_digits(str(fiscal_year))}: "
            f"เลือกชุดที่จะคัดลอกมาใช้ (มี: {names}) แล้วแก้ถ้อยคำให้ตรงกับปีนั้นภายหลังได้")


@dataclass(frozen=True)
class YearOptions:
    """What the year dialog offers on a given day for a unit."""

    first_year: int
    last_year: int
    current_year: int
    results_year: int  # default for scores
    plan_year: int  # default for measures
    assessment_years: tuple[int, ...]
    plan_years: tuple[int, ...]
    catalogues: tuple[CatalogueChoice, ...]

    def catalogue_for(self, fiscal_year: int) -> CatalogueChoice | None:
        own = [c for c in self.catalogues if c.fiscal_year == fiscal_year]
        exact = [c for c in own if c.code == f"ITA-{fiscal_year}"]
        return (exact or own or [None])[0]

    def newest_catalogue_before(self, fiscal_year: int) -> CatalogueChoice | None:
        """The suggestion (never applied unasked) when a year has no catalogue of its own."""
        earlier = [c for c in self.catalogues if c.fiscal_year < fiscal_year]
        return earlier[-1] if earlier else None


def year_options(session: Session, unit_id: int | None, today: dt.date | None = None) -> YearOptions:
    first, last = year_range(today)
    unit = session.get(Unit, unit_id) if unit_id is not None else None
    return YearOptions(
        first, last, current_fiscal_year(today), default_results_year(today), default_plan_year(today),
        tuple(a.fiscal_year for a in unit.assessments) if unit else (),
        tuple(p.fiscal_year for p in unit.plans) if unit else (),
        tuple(catalogue_choices(session)),
    )


@dataclass(frozen=True)
class YearAdded:
    changes: Changes
    assessment_id: int
    fiscal_year: int
    catalogue_code: str
    copied_from: str | None  # the catalogue copied to make this year's, when one was

    @property
    def message(self) -> str:
        year = to_thai_digits(str(self.fiscal_year))
        if self.copied_from:
            return (f"เพิ่มผลการประเมินปี {year} แล้ว โดยคัดลอกชุดตัวชี้วัด {self.copied_from} "
                    f"เป็น {self.catalogue_code} (ฉบับชั่วคราว แก้ถ้อยคำได้)")
        return f"เพิ่มผลการประเมินปี {year} แล้ว (ชุดตัวชี้วัด {self.catalogue_code})"


def check_year(fiscal_year: int, today: dt.date | None) -> None:
    first, last = year_range(today)
    if not first <= fiscal_year <= last:
        raise ValueError(f"ปีงบประมาณต้องอยู่ระหว่าง {to_thai_digits(str(first))} ถึง "
                         f"{to_thai_digits(str(last))} (ได้ {to_thai_digits(str(fiscal_year))})")


def add_results_year(session: Session, unit_id: int, fiscal_year: int, copy_from: str | None = None,
                     today: dt.date | None = None) -> YearAdded:
    """Start a unit's results for a year on that year's own catalogue. A year without one needs
    ``copy_from`` (a catalogue code): it is copied as ``ITA-<year>``, provisional, and said so."""
    check_year(fiscal_year, today)
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ValueError("ไม่พบหน่วยงาน")
    if any(a.fiscal_year == fiscal_year for a in unit.assessments):
        raise ValueError(f"หน่วยงาน “{unit.name}” มีผลการประเมินปีงบประมาณ "
                         f"{to_thai_digits(str(fiscal_year))} อยู่แล้ว")
    own = catalogue_of_year(session, fiscal_year)
    copied_from = None
    if own is not None:
        cat = ensure_catalogue(session, own.code)
    elif copy_from:
        cat = copy_catalogue(session, copy_from, f"ITA-{fiscal_year}", fiscal_year)
        copied_from = copy_from
    else:
        raise CatalogueNeeded(fiscal_year, catalogue_choices(session))
    a = Assessment(fiscal_year=fiscal_year, catalogue=cat)
    unit.assessments.append(a)
    session.flush()
    return YearAdded(Changes(scores=True, analysis=True, catalogue=copied_from is not None),
                     a.id, fiscal_year, cat.code, copied_from)


def remove_results_year(session: Session, unit_id: int, fiscal_year: int,
                        drop_catalogue: str | None = None) -> Changes:
    """Undo ``add_results_year``: the (still empty) assessment, and the catalogue copy it made."""
    a = session.scalar(select(Assessment).where(Assessment.unit_id == unit_id, Assessment.fiscal_year == fiscal_year))
    if a is not None:
        session.delete(a)
        session.flush()
    if drop_catalogue:
        cat = session.scalar(select(Catalogue).where(Catalogue.code == drop_catalogue))
        used = session.scalar(select(Assessment.id).where(Assessment.catalogue_id == cat.id)) if cat else None
        if cat is not None and used is None:
            session.delete(cat)
            session.flush()
    return Changes(scores=True, analysis=True, catalogue=bool(drop_catalogue))
