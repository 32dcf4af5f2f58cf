"""Thai sort order.

Thai dictionary order ignores leading vowels (เ แ โ ใ ไ are written before the consonant
they follow in speech) and sorts tone marks after the base text. This key implements that
rule so lists sort as a Thai reader expects without relying on the OS locale, which is
absent on many Windows PCs and CI machines.
"""
from __future__ import annotations

_LEADING_VOWELS = set("เแโใไ")
_TONES_AND_MARKS = set("\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e47\u0e4d\u0e4e")


def thai_sort_key(text: str) -> tuple[str, str, str]:
    base: list[str] = []
    marks: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _LEADING_VOWELS and i + 1 < len(chars) and "\u0e01" <= chars[i + 1] <= "\u0e2e":
            # Swap so the consonant decides the order, the vowel comes second.
            base.append(chars[i + 1])
            base.append(ch)
            i += 2
            continue
        if ch in _TONES_AND_MARKS:
            marks.append(ch)
        else:
            base.append(ch)
        i += 1
    return ("".join(base), "".join(marks), text)
