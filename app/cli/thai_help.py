"""argparse in Thai: its own words translated, and Thai help wrapped without splitting a cluster.

argparse has no hook for its messages other than gettext, and gettext would need a compiled
``.mo`` catalogue on disk plus a process-wide language setting. argparse looks its ``_`` up as a
module global each time it formats a message, so ``use_thai()`` points that name at the small
table below; the command line is the only caller, at start-up, so nothing else is affected.

Its wrapping (``textwrap``) counts characters: a Thai line with its above and below vowels and
tone marks is cut short, and a long Thai run without spaces is cut at any character, which can
part a tone mark from its consonant (``…รุ่นใหม`` / ``่``). ``ThaiHelpFormatter`` counts display
columns (combining marks take none) and breaks only at spaces; a run wider than the line is left
whole, which the terminal wraps at a character it can show.
"""
from __future__ import annotations

import argparse
import re
import unicodedata

ARGPARSE_THAI = {
    "usage: ": "วิธีใช้: ",
    "positional arguments": "ส่วนที่ต้องระบุ",
    "options": "ตัวเลือก",
    "show this help message and exit": "แสดงคำอธิบายนี้แล้วจบ",
    "show program's version number and exit": "แสดงรุ่นของโปรแกรมแล้วจบ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ผิดพลาด: %(message)s\n",
    "the following arguments are required: %s": "ต้องระบุ: %s",
    "argument %(argument_name)s: %(message)s": "ตัวเลือก %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ไม่มีตัวเลือก %(value)r (เลือกจาก %(choices)s)",
    "invalid %(type)s value: %(value)r": "ค่า %(value)r ใช้ไม่ได้ (ต้องเป็น %(type)s)",
    "unrecognized arguments: %s": "ไม่รู้จัก: %s",
    "expected one argument": "ต้องมีค่าหนึ่งค่า",
    "expected at most one argument": "มีค่าได้ไม่เกินหนึ่งค่า",
    "expected at least one argument": "ต้องมีค่าอย่างน้อยหนึ่งค่า",
    "ambiguous option: %(option)s could match %(matches)s": "ตัวเลือก %(option)s กำกวม อาจหมายถึง %(matches)s",
    "not allowed with argument %s": "ใช้ร่วมกับ %s ไม่ได้",
    "one of the arguments %s is required": "ต้องระบุอย่างใดอย่างหนึ่ง: %s",
    "ignored explicit argument %r": "ตัวเลือกนี้ไม่รับค่า %r",
    "can't open '%(filename)s': %(error)s": "เปิดไฟล์ '%(filename)s' ไม่ได้: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ไม่มีคำสั่ง %(parser_name)r (คำสั่งที่มี: %(choices)s)",
    "expected %s argument": "ต้องมีค่า %s ค่า",
    "expected %s arguments": "ต้องมีค่า %s ค่า",
}


def thai(message: str) -> str:
    """argparse's message in Thai; a message not in the table (a programming error) stays as is."""
    return ARGPARSE_THAI.get(message, message)


def _thai_ngettext(singular: str, plural: str, n: int) -> str:
    return thai(singular if n == 1 else plural)


def use_thai() -> None:
    """Make argparse speak Thai (see the module docstring for why this is done this way)."""
    argparse._ = thai  # type: ignore[attr-defined]
    argparse.ngettext = _thai_ngettext  # type: ignore[attr-defined]


def display_width(text: str) -> int:
    """Terminal columns: Thai vowels above and below and tone marks take none."""
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))


def wrap(text: str, width: int) -> list[str]:
    """Greedy wrap at spaces by display width; never inside a run without spaces."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and display_width(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


class ThaiHelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with ``wrap`` in place of ``textwrap``."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(re.sub(r"\s+", " ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(re.sub(r"\s+", " ", text).strip(), width - len(indent)))
