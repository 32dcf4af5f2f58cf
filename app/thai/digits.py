"""Thai ⇄ Arabic digits, and reading numbers an officer typed (Thai digits, commas, spaces)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)


# Web addresses, e-mail addresses, account handles (LINE ``@919ndngu``) and codes (``O10``,
# ``ITA-2568``, ``5G``) are typed to be copied and looked up: they keep their Latin digits when a
# document prints Thai digits.
LATIN_SPAN = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*[A-Za-z0-9/#=_\-]"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
    r"|(?<![A-Za-z0-9.])[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:go|or|ac|co|in|mi|net)\.th"
    r"(?:/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*[A-Za-z0-9/#=_\-])?"
    r"|(?<![A-Za-z0-9])@[A-Za-z0-9._\-]*[A-Za-z0-9]"
    r"|(?<![A-Za-z0-9])[A-Za-z]+[\-_]?[0-9][A-Za-z0-9]*(?:[\-_./][A-Za-z0-9]+)*"
    r"|(?<![A-Za-z0-9.])[0-9]+[A-Za-z][A-Za-z0-9]*")


def to_thai_digits(text: str) -> str:
    if not any("0" <= c <= "9" for c in text):
        return text
    out, pos = [], 0
    for m in LATIN_SPAN.finditer(text):
        out.append(text[pos:m.start()].translate(_TO_THAI))
        out.append(m.group())
        pos = m.end()
    out.append(text[pos:].translate(_TO_THAI))
    return "".join(out)


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def digits(text: str, thai: bool) -> str:
    """Render ``text`` with Thai digits when ``thai`` is set, Arabic otherwise."""
    return to_thai_digits(text) if thai else to_arabic_digits(text)


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def parse_number(text: str | float | int | None) -> float | None:
    """Read a number as typed: Thai or Arabic digits, thousands commas, stray spaces.

    Returns None for blank input; raises ValueError (message in Thai) for anything else.
    """
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    cleaned = to_arabic_digits(str(text)).replace(",", "").replace("\u00a0", "").strip()
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        raise ValueError(f"“{text}” ไม่ใช่ตัวเลข")
    try:
        return float(Decimal(cleaned))
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex
        raise ValueError(f"“{text}” ไม่ใช่ตัวเลข") from exc


def parse_score(text: str | float | int | None) -> float | None:
    """A score 0–100 with at most two decimals; None when blank."""
    value = parse_number(text)
    if value is None:
        return None
    if not 0 <= value <= 100:
        typed = to_arabic_digits(str(text)).strip()
        if re.fullmatch(r"\d{1,3},\d{1,2}", typed):  # "91,5": a decimal comma, not thousands
            raise ValueError(f"คะแนน {text} ใช้จุลภาคแทนจุดทศนิยม ให้พิมพ์ {typed.replace(',', '.')}")
        raise ValueError(f"คะแนน {text} อยู่นอกช่วง ๐–๑๐๐")
    return round(value, 2)


def format_score(value: float | None, thai: bool = True, blank: str = "-") -> str:
    """Two decimals, as the NACC publishes scores ("๙๕.๔๑")."""
    if value is None:
        return blank
    return digits(f"{value:.2f}", thai)
