"""Thai digits, Buddhist-era dates, fiscal years and rounds, sort order."""
import datetime as dt

import pytest

from app.thai.dates import (
    MONTHS, MONTHS_ABBR, fiscal_year_bounds, fiscal_year_of, format_date, format_range, format_round, round_bounds,
)
from app.thai.digits import format_score, parse_number, parse_score, to_arabic_digits, to_thai_digits
from app.thai.sort import thai_sort_key


def test_digits_round_trip():
    assert to_thai_digits("ลบ 76301/413") == "ลบ ๗๖๓๐๑/๔๑๓"
    assert to_arabic_digits("๙๕.๔๑") == "95.41"
    assert to_arabic_digits(to_thai_digits("0123456789")) == "0123456789"


@pytest.mark.parametrize("typed, printed", [
    # seed 000: a LINE account's handle is looked up as typed
    ("Line Official Account (ID : @919ndngu) ปี 2568", "Line Official Account (ID : @919ndngu) ปี ๒๕๖๘"),
    ("เครือข่าย 5G ครบ 12 หมู่", "เครือข่าย 5G ครบ ๑๒ หมู่"),
    ("ตัวชี้วัด O10 และ ITA-2568 ข้อ 3", "ตัวชี้วัด O10 และ ITA-2568 ข้อ ๓"),
    ("saraban_2568@wiangha.go.th โทร 0 3648 8123", "saraban_2568@wiangha.go.th โทร ๐ ๓๖๔๘ ๘๑๒๓"),
    ("ร้อยละ 95.5 ของ 10 แห่ง", "ร้อยละ ๙๕.๕ ของ ๑๐ แห่ง"),
])
def test_codes_keep_latin_digits(typed, printed):
    assert to_thai_digits(typed) == printed


@pytest.mark.parametrize("typed, value", [
    ("๙๕.๔๑", 95.41), (" 98.67 ", 98.67), ("100", 100.0), ("๑,๐๐๐", 1000.0), ("", None), ("  ", None),
])
def test_parse_number(typed, value):
    assert parse_number(typed) == value


def test_parse_score_rejects_out_of_range_and_text_in_thai():
    with pytest.raises(ValueError, match="นอกช่วง"):
        parse_score("๑๐๑")
    with pytest.raises(ValueError, match="ไม่ใช่ตัวเลข"):
        parse_score("ดี")
    assert parse_score("๙๓.๙๔๔") == 93.94


def test_format_score():
    assert format_score(95.408) == "๙๕.๔๑"
    assert format_score(100, thai=False) == "100.00"
    assert format_score(None) == "-"


def test_memo_date_and_abbreviations():
    assert format_date(dt.date(2025, 12, 5)) == "๕ ธันวาคม ๒๕๖๘"
    assert format_date(dt.date(2025, 10, 13), thai=False) == "13 ตุลาคม 2568"
    assert format_date(dt.date(2025, 3, 1), abbr=True) == "๑ มี.ค. ๒๕๖๘"


def test_fiscal_year_and_rounds():
    assert fiscal_year_of(dt.date(2024, 10, 1)) == 2568
    assert fiscal_year_of(dt.date(2025, 9, 30)) == 2568
    assert fiscal_year_bounds(2568) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    assert round_bounds(2568, 6) == (dt.date(2024, 10, 1), dt.date(2025, 3, 31))
    assert format_range(*round_bounds(2568, 6)) == "ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘"
    assert format_round(2566, 6) == "รอบ ๖ เดือน (ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖)"
    assert format_range(dt.date(2025, 1, 1), dt.date(2025, 3, 31)) == "ม.ค. – มี.ค. ๒๕๖๘"
    with pytest.raises(ValueError, match="๖ หรือ ๑๒"):
        round_bounds(2568, 9)


def test_dates_equal_pythainlp_util():
    """Our month names and date text are pythainlp's (kept only for its import cost: see dates.py)."""
    from pythainlp.util import thai_strftime
    from pythainlp.util.date import thai_abbr_months, thai_full_months

    assert list(MONTHS) == list(thai_full_months) and list(MONTHS_ABBR) == list(thai_abbr_months)
    day = dt.date(2024, 10, 1)
    for n in range(0, 800, 7):
        date = day + dt.timedelta(days=n)
        moment = dt.datetime(date.year, date.month, date.day)
        assert format_date(date) == thai_strftime(moment, "%-d %B %Y", thaidigit=True)
        assert format_date(date, thai=False, abbr=True) == thai_strftime(moment, "%-d %b %Y")


def test_thai_sort_ignores_leading_vowels():
    words = ["เทศบาล", "กองช่าง", "ไก่", "ขาม", "องค์การ", "โรงเรียน"]
    # ไก่ sorts under ก, เทศบาล under ท, โรงเรียน under ร.
    assert sorted(words, key=thai_sort_key) == ["กองช่าง", "ไก่", "ขาม", "เทศบาล", "โรงเรียน", "องค์การ"]
    assert thai_sort_key("ก่า") > thai_sort_key("กา")


def test_a_decimal_comma_is_named_not_called_out_of_range():
    for typed in ("91,5", "๙๑,๕", "8,25"):
        with pytest.raises(ValueError, match="ใช้จุลภาคแทนจุดทศนิยม ให้พิมพ์ "):
            parse_score(typed)
    with pytest.raises(ValueError, match="อยู่นอกช่วง"):
        parse_score("1,000")  # a thousands comma: a real out-of-range number
    assert parse_score("๙๑.๕") == 91.5
