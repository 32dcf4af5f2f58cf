"""Buddhist-era dates, the Thai fiscal year and the 6- and 12-month reporting rounds.

The fiscal year N (BE) runs 1 October of N-1 to 30 September of N. Dates are stored as
``datetime.date`` (Gregorian) and only shown in the Buddhist era.

``pythainlp.util`` has the same month names (``thai_full_months``, ``thai_abbr_months``) and
``thai_strftime("%-d %B %Y")`` writes the same dates (``tests/test_thai_helpers.py`` checks both
give the same text), and ``thai_strptime`` reads them. The few lines here are kept because
importing ``pythainlp`` costs about 0.3 s, which the window would pay on its own thread the first
time it shows a date, and the ``years`` verb on every run, while neither
needs the word breaker that ``pythainlp`` is loaded for in the document layer.
"""
from __future__ import annotations

import datetime as dt

from app.thai.digits import digits

BE_OFFSET = 543

MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)

ROUNDS = (6, 12)


def be_year(date: dt.date) -> int:
    return date.year + BE_OFFSET


def format_date(date: dt.date, thai: bool = True, abbr: bool = False, prefix_be: bool = False) -> str:
    """"๑๓ ตุลาคม ๒๕๖๘" (memo style: day, full month, BE year, no "พ.ศ.")."""
    month = (MONTHS_ABBR if abbr else MONTHS)[date.month - 1]
    year = f"พ.ศ. {be_year(date)}" if prefix_be else str(be_year(date))
    return digits(f"{date.day} {month} {year}", thai)


def format_month(year: int, month: int, thai: bool = True, abbr: bool = True) -> str:
    """"ต.ค. ๒๕๖๗" for a Gregorian (year, month)."""
    name = (MONTHS_ABBR if abbr else MONTHS)[month - 1]
    return digits(f"{name} {year + BE_OFFSET}", thai)


def fiscal_year_of(date: dt.date) -> int:
    """The BE fiscal year a date falls in."""
    return be_year(date) + (1 if date.month >= 10 else 0)


def fiscal_year_bounds(fiscal_year_be: int) -> tuple[dt.date, dt.date]:
    start_ad = fiscal_year_be - BE_OFFSET - 1
    return dt.date(start_ad, 10, 1), dt.date(start_ad + 1, 9, 30)


def round_bounds(fiscal_year_be: int, round_months: int) -> tuple[dt.date, dt.date]:
    """6-month round: Oct–Mar; 12-month round: Oct–Sep."""
    if round_months not in ROUNDS:
        raise ValueError(f"รอบการรายงานต้องเป็น ๖ หรือ ๑๒ เดือน ไม่ใช่ {round_months}")
    start, end = fiscal_year_bounds(fiscal_year_be)
    if round_months == 6:
        end = dt.date(start.year + 1, 3, 31)
    return start, end


def round_in_progress(fiscal_year_be: int, today: dt.date) -> int:
    """The round an officer works on or reports now: 6 until the end of March of the fiscal
    year (and for a year not yet begun), 12 after it."""
    return 6 if today <= round_bounds(fiscal_year_be, 6)[1] else 12


def format_range(start: dt.date, end: dt.date, thai: bool = True) -> str:
    """"ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘"; the year is written once when both ends share it."""
    if start.year == end.year:
        left = (MONTHS_ABBR[start.month - 1])
        if start.month == end.month:
            return format_month(start.year, start.month, thai)
        return digits(f"{left} – ", thai) + format_month(end.year, end.month, thai)
    return format_month(start.year, start.month, thai) + " – " + format_month(end.year, end.month, thai)


def format_round(fiscal_year_be: int, round_months: int, thai: bool = True) -> str:
    """"รอบ ๖ เดือน (ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘)"."""
    start, end = round_bounds(fiscal_year_be, round_months)
    return digits(f"รอบ {round_months} เดือน (", thai) + format_range(start, end, thai) + ")"


def format_round_months(fiscal_year_be: int, round_months: int, thai: bool = True) -> str:
    """Seed 004's round line: "รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)"."""
    start, end = round_bounds(fiscal_year_be, round_months)
    return digits(f"รอบ {round_months} เดือน (ตั้งแต่เดือน", thai) + format_month(start.year, start.month, thai, False) \
        + " - เดือน" + format_month(end.year, end.month, thai, False) + ")"
